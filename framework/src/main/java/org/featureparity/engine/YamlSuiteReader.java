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
import org.featureparity.contract.yaml.YamlContractReader;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;

/** Reads a {@code *.parity.yaml} contract file as a suite of one group; its stores come from configuration. */
final class YamlSuiteReader {

    static final String SUFFIX = ".parity.yaml";
    static final String CLASSPATH_PREFIX = "classpath:";
    static final String FILE_PREFIX = "file:";

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
            return read(id, fileName(path), source, reader, classLoader);
        } catch (IOException e) {
            return broken(id, fileName(path), source, id + ": " + e.getMessage(), classLoader);
        }
    }

    static SuiteDefinition fromFile(Path file, ClassLoader classLoader) {
        String id = FILE_PREFIX + displayPath(file);
        TestSource source = FileSource.from(file.toFile());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(id, file.getFileName().toString(), source, reader, classLoader);
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

    private static SuiteDefinition read(String id, String displayName, TestSource source, Reader reader, ClassLoader loader) {
        GroupDefinition group;
        try {
            group = GroupDefinition.valid(YamlContractReader.read(id, reader));
        } catch (ContractException e) {
            group = GroupDefinition.invalid(groupNameFrom(displayName), e.getMessage(), id);
        }
        return new SuiteDefinition(id, displayName, source, Optional.empty(), Map.of(), List.of(group), Optional.empty(), loader);
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
