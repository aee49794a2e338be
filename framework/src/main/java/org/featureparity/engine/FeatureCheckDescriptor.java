package org.featureparity.engine;

import java.util.Optional;
import org.featureparity.check.SchemaCheck;
import org.featureparity.check.ValuesCheck;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.evidence.CheckKind;
import org.junit.platform.engine.UniqueId;

/** {@code [feature:<name>]}: one feature under a schema or values check. */
final class FeatureCheckDescriptor extends CheckLeafDescriptor {

    static final String SEGMENT = "feature";

    private final FeatureSpec feature;

    FeatureCheckDescriptor(UniqueId parentId, FeatureSpec feature, CheckDescriptor check) {
        super(parentId.append(SEGMENT, feature.name()), feature.name(), check);
        this.feature = feature;
    }

    FeatureSpec feature() {
        return feature;
    }

    @Override
    public ParityExecutionContext execute(ParityExecutionContext context, DynamicTestExecutor executor) {
        if (check().kind() == CheckKind.SCHEMA) {
            CheckRunner.run(context, this, Optional.of(feature.name()), () -> SchemaCheck.feature(context.group(), feature));
        } else {
            CheckRunner.run(context, this, Optional.of(feature.name()), () -> ValuesCheck.run(context.group(), feature));
        }
        return context;
    }
}
