package org.featureparity.pipeline.sql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.featureparity.pipeline.PipelineException;

/** Reads the scripts a pipeline declaration names, e.g. next to the contract file or on the classpath. */
@FunctionalInterface
public interface ScriptSource {

    /** The script's text; a missing or unreadable script is a {@link PipelineException}. */
    String read(String path);

    /** Scripts relative to a directory, usually the contract file's. */
    static ScriptSource under(Path directory) {
        return path -> {
            Path file = directory.resolve(path);
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new PipelineException("cannot read the pipeline script " + file + ": " + e, e);
            }
        };
    }

    /** Scripts as classpath resources. */
    static ScriptSource classpath(ClassLoader loader) {
        return path -> {
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new PipelineException("no pipeline script " + path + " on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new PipelineException("cannot read the pipeline script " + path + ": " + e, e);
            }
        };
    }
}
