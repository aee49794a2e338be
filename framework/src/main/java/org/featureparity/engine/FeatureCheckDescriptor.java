package org.featureparity.engine;

import java.util.Optional;
import java.util.Set;
import org.featureparity.check.SchemaCheck;
import org.featureparity.check.ValuesCheck;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.evidence.CheckKind;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** {@code [feature:<name>]}: one feature under a schema or values check. */
final class FeatureCheckDescriptor extends AbstractTestDescriptor implements Node<ParityExecutionContext> {

    static final String SEGMENT = "feature";

    private final FeatureSpec feature;
    private final CheckDescriptor check;

    FeatureCheckDescriptor(UniqueId parentId, FeatureSpec feature, CheckDescriptor check) {
        super(parentId.append(SEGMENT, feature.name()), ReportingNames.path(check.getDisplayName(), feature.name()), check.getSource().orElse(null));
        this.feature = feature;
        this.check = check;
    }

    FeatureSpec feature() {
        return feature;
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

    @Override
    public ParityExecutionContext execute(ParityExecutionContext context, DynamicTestExecutor executor) {
        if (check.kind() == CheckKind.SCHEMA) {
            CheckRunner.run(context, this, Optional.of(feature.name()), () -> SchemaCheck.feature(context.group(), feature));
        } else {
            CheckRunner.run(context, this, Optional.of(feature.name()), () -> ValuesCheck.run(context.group(), feature));
        }
        return context;
    }
}
