package org.featureparity.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Finds {@code *.parity.yaml} contract files in selected directories and classpath roots and hands them on as file
 * and classpath-resource selectors, like Cucumber finds feature files. A classpath root also yields its suite
 * classes here: the platform asks only the first resolver that resolves a selector.
 */
final class ContractFileResolver implements SelectorResolver {

    private final Predicate<String> classNameFilter;

    ContractFileResolver(Predicate<String> classNameFilter) {
        this.classNameFilter = classNameFilter;
    }

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        Path directory = selector.getPath();
        Set<DiscoverySelector> files = contractFiles(directory).map(file -> selectFile(file.toFile()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return files.isEmpty() ? Resolution.unresolved() : Resolution.selectors(files);
    }

    @Override
    public Resolution resolve(ClasspathRootSelector selector, Context context) {
        URI root = selector.getClasspathRoot();
        if (!"file".equals(root.getScheme())) {
            return Resolution.unresolved();
        }
        Path rootPath = Path.of(root);
        if (!Files.isDirectory(rootPath)) {
            return Resolution.unresolved();
        }
        Set<DiscoverySelector> resources = contractFiles(rootPath)
                .map(file -> selectClasspathResource(rootPath.relativize(file).toString().replace('\\', '/')))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        ReflectionSupport.findAllClassesInClasspathRoot(root, JavaSuiteReader::isSuite, classNameFilter)
                .forEach(suiteClass -> resources.add(selectClass(suiteClass)));
        return resources.isEmpty() ? Resolution.unresolved() : Resolution.selectors(resources);
    }

    private static Stream<Path> contractFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> YamlSuiteReader.isContractFile(p.getFileName().toString()))
                    .sorted()
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list contract files in " + directory, e);
        }
    }
}
