package org.featureparity.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.featureparity.contract.ContractException;
import org.featureparity.contract.PipelinesDeclaration;
import org.featureparity.contract.yaml.YamlContractReader;
import org.featureparity.pipeline.sql.ScriptSource;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;

/** Reads a {@code *.parity.yaml} contract file as a suite of one group; its stores come from configuration. */
final class YamlSuiteReader {

    static final String SUFFIX = ".parity.yaml";
    static final String CLASSPATH_PREFIX = "classpath:";
    static final String FILE_PREFIX = "file:";
    /** The contract reader's own limit (1 MB of text). */
    private static final int MAX_CONTRACT_CHARS = 1024 * 1024;

    private YamlSuiteReader() {
    }

    static boolean isContractFile(String name) {
        return name.endsWith(SUFFIX);
    }

    static SuiteDefinition fromClasspath(String resource, ClassLoader classLoader) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        String id = CLASSPATH_PREFIX + path;
        TestSource source = ClasspathResourceSource.from(path);
        InputStream in = classLoader.getResourceAsStream(path);
        if (in == null) {
            return broken(id, fileName(path), source, id + ": contract file not found on the classpath", classLoader);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(id, fileName(path), source, reader, classLoader, ScriptSource.classpath(classLoader));
        } catch (IOException e) {
            return broken(id, fileName(path), source, id + ": " + e.getMessage(), classLoader);
        }
    }

    static SuiteDefinition fromFile(Path file, ClassLoader classLoader) {
        String id = FILE_PREFIX + displayPath(file);
        TestSource source = FileSource.from(file.toFile());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(id, file.getFileName().toString(), source, reader, classLoader, besideOrClasspath(file, classLoader));
        } catch (IOException e) {
            return broken(id, file.getFileName().toString(), source, id + ": cannot read: " + e.getMessage(), classLoader);
        }
    }

    /** A path relative to the working directory where possible, so UniqueIds are the same on every machine. */
    static String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        String shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString() : absolute.toString();
        return shown.replace('\\', '/');
    }

    private static SuiteDefinition read(String id, String displayName, TestSource source, Reader reader, ClassLoader loader,
                                        ScriptSource scripts) throws IOException {
        GroupDefinition group;
        // read once, parsed twice: the contract, then its pipelines section (both validate the whole file)
        String text = boundedText(reader);
        try {
            group = GroupDefinition.valid(YamlContractReader.read(id, new java.io.StringReader(text)));
            Optional<PipelinesDeclaration> pipelines = YamlContractReader.readPipelines(id, new java.io.StringReader(text));
            if (pipelines.isPresent()) {
                group = group.withProperties(new GroupProperties(
                        Optional.of(new PipelineSource(pipelines.get(), scripts, id)), List.of()));
            }
        } catch (ContractException e) {
            group = GroupDefinition.invalid(groupNameFrom(displayName), e.getMessage(), id);
        }
        return new SuiteDefinition(id, displayName, source, Optional.empty(), Map.of(), List.of(group), Optional.empty(), loader);
    }

    /**
     * The text, but never more than one character beyond the largest contract: the reader then rejects it as too
     * large, without this having read a hostile file to its end.
     */
    private static String boundedText(Reader reader) throws IOException {
        char[] buffer = new char[8192];
        StringBuilder text = new StringBuilder();
        for (int read = reader.read(buffer); read >= 0 && text.length() <= MAX_CONTRACT_CHARS; read = reader.read(buffer)) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }

    /** Pipeline scripts of a contract file: next to it, else on the classpath (like its init scripts). */
    private static ScriptSource besideOrClasspath(Path file, ClassLoader classLoader) {
        Path directory = file.toAbsolutePath().getParent();
        ScriptSource beside = ScriptSource.under(directory);
        ScriptSource classpath = ScriptSource.classpath(classLoader);
        return path -> Files.isRegularFile(directory.resolve(path)) ? beside.read(path) : classpath.read(path);
    }

    private static SuiteDefinition broken(String id, String displayName, TestSource source, String problem, ClassLoader loader) {
        return new SuiteDefinition(id, displayName, source, Optional.empty(), Map.of(), List.of(), Optional.of(problem), loader);
    }

    /** A stable name for a group whose contract could not be read: the file name without its suffix. */
    private static String groupNameFrom(String fileName) {
        String stem = fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
        return stem.isBlank() ? "unreadable" : stem;
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
