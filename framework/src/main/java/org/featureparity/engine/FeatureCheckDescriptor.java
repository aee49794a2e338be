package org.featureparity.engine;

import java.util.Optional;
import java.util.function.Supplier;
import org.featureparity.check.CheckOutcome;
import org.featureparity.check.DistributionCheck;
import org.featureparity.check.NullRateCheck;
import org.featureparity.check.SchemaCheck;
import org.featureparity.check.ValuesCheck;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.evidence.CheckKind;
import org.junit.platform.engine.UniqueId;

/** {@code [feature:<name>]}: one feature under a schema, values, null-rate or distribution check. */
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
        Supplier<CheckOutcome> check = switch (check().kind()) {
            case SCHEMA -> () -> SchemaCheck.feature(context.group(), feature);
            case NULL_RATE -> () -> NullRateCheck.run(context.group(), feature);
            case DISTRIBUTION -> () -> DistributionCheck.run(context.group(), feature);
            default -> () -> ValuesCheck.run(context.group(), feature);
        };
        CheckRunner.run(context, this, Optional.of(feature.name()), check);
        return context;
    }
}
