package org.featureparity.engine;

import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** A test below a schema or values check (a feature, the key columns): tagged and sourced like its check. */
abstract class CheckLeafDescriptor extends AbstractTestDescriptor implements Node<ParityExecutionContext> {

    private final CheckDescriptor check;

    CheckLeafDescriptor(UniqueId uniqueId, String name, CheckDescriptor check) {
        super(uniqueId, ReportingNames.path(check.getDisplayName(), name), check.getSource().orElse(null));
        this.check = check;
    }

    CheckDescriptor check() {
        return check;
    }

    @Override
    public Set<TestTag> getTags() {
        return check.getTags();
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
