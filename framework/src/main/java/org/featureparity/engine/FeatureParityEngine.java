package org.featureparity.engine;

import java.util.Optional;
import org.featureparity.api.Constants;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The {@code feature-parity} TestEngine: discovers feature suites (classes and contract files) and runs each
 * group's checks against the old and the new store.
 */
public final class FeatureParityEngine extends HierarchicalTestEngine<ParityExecutionContext> {

    private static final EngineDiscoveryRequestResolver<ParityEngineDescriptor> RESOLVER =
            EngineDiscoveryRequestResolver.<ParityEngineDescriptor>builder()
                    .addSelectorResolver(context -> new ContractFileResolver(context.getClassNameFilter()))
                    .addClassContainerSelectorResolver(JavaSuiteReader::isSuite)
                    .addSelectorResolver(context -> new SuiteResolver(context.getEngineDescriptor().getUniqueId()))
                    .addSelectorResolver(new TreeResolver())
                    .build();

    @Override
    public String getId() {
        return Constants.ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("org.featureparity");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("parity-framework");
    }

    @Override
    public Optional<String> getVersion() {
        return Optional.of(FrameworkVersion.current());
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        ParityEngineDescriptor engine = new ParityEngineDescriptor(uniqueId);
        RESOLVER.resolve(request, engine);
        DependencyOrder.apply(engine);
        return engine;
    }

    @Override
    protected ParityExecutionContext createExecutionContext(ExecutionRequest request) {
        return ParityExecutionContext.forRun(new ParityConfiguration(request.getConfigurationParameters()),
                request.getEngineExecutionListener());
    }
}
