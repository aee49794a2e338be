package org.featureparity.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The engine's root: opens the run's evidence before any suite and closes stores and evidence after all. */
final class ParityEngineDescriptor extends EngineDescriptor implements Node<ParityExecutionContext> {

    ParityEngineDescriptor(UniqueId uniqueId) {
        super(uniqueId, "FeatureParity");
    }

    @Override
    public ParityExecutionContext before(ParityExecutionContext context) {
        context.evidence().start();
        return context;
    }

    @Override
    public void after(ParityExecutionContext context) {
        try {
            context.pipelines().close();
            context.stores().close();
        } finally {
            context.evidence().finish();
        }
    }
}
