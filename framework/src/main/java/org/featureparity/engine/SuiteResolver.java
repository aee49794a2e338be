package org.featureparity.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves suites: {@code @FeatureSuite} classes, contract files and classpath resources, and {@code [suite:...]}
 * UniqueIds; all end in the same {@link SuiteDescriptor}, so there is one way a suite is built.
 */
final class SuiteResolver implements SelectorResolver {

    private final UniqueId engineId;

    SuiteResolver(UniqueId engineId) {
        this.engineId = engineId;
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        Class<?> candidate = selector.getJavaClass();
        return JavaSuiteReader.isSuite(candidate) ? resolveSuite(() -> JavaSuiteReader.read(candidate), context) : Resolution.unresolved();
    }

    @Override
    public Resolution resolve(ClasspathResourceSelector selector, Context context) {
        String resource = selector.getClasspathResourceName();
        if (!YamlSuiteReader.isContractFile(resource)) {
            return Resolution.unresolved();
        }
        return resolveSuite(() -> YamlSuiteReader.fromClasspath(resource, classLoader()), context);
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        Path file = selector.getPath();
        if (!YamlSuiteReader.isContractFile(file.getFileName().toString())) {
            return Resolution.unresolved();
        }
        return resolveSuite(() -> YamlSuiteReader.fromFile(file, classLoader()), context);
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        UniqueId.Segment last = id.getLastSegment();
        if (!last.getType().equals(SuiteDescriptor.SEGMENT) || !id.removeLastSegment().equals(engineId)) {
            return Resolution.unresolved();
        }
        String value = last.getValue();
        if (value.startsWith(YamlSuiteReader.CLASSPATH_PREFIX)) {
            String resource = value.substring(YamlSuiteReader.CLASSPATH_PREFIX.length());
            return resolveSuite(() -> YamlSuiteReader.fromClasspath(resource, classLoader()), context);
        }
        if (value.startsWith(YamlSuiteReader.FILE_PREFIX)) {
            Path file = Path.of(value.substring(YamlSuiteReader.FILE_PREFIX.length()));
            return resolveSuite(() -> YamlSuiteReader.fromFile(file, classLoader()), context);
        }
        Optional<Class<?>> suiteClass = ReflectionSupport.tryToLoadClass(value).toOptional();
        return suiteClass.filter(JavaSuiteReader::isSuite)
                .map(c -> resolveSuite(() -> JavaSuiteReader.read(c), context))
                .orElse(Resolution.unresolved());
    }

    private Resolution resolveSuite(Supplier<SuiteDefinition> reader, Context context) {
        return context.addToParent(parent -> Optional.of(new SuiteDescriptor(parent.getUniqueId(), reader.get())))
                .map(suite -> Resolution.match(Match.exact(suite, () -> groupSelectors(suite))))
                .orElse(Resolution.unresolved());
    }

    private static Set<? extends DiscoverySelector> groupSelectors(SuiteDescriptor suite) {
        return suite.definition().groups().stream()
                .map(g -> selectUniqueId(suite.getUniqueId().append(GroupDescriptor.SEGMENT, g.name())))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static ClassLoader classLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : SuiteResolver.class.getClassLoader();
    }
}
