package org.featureparity.engine;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.featureparity.check.CheckOutcome;
import org.featureparity.check.EquivalenceCheck;
import org.featureparity.temporal.TemporalChecks;
import org.featureparity.evidence.CheckKind;
import org.featureparity.generate.PropertySettings;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * {@code [property:<name>]}: generated cases through the group's pipelines or a suite's property method; tagged
 * {@code check:property}. Every run prints and records its seed; {@code parity.seed=<seed>} replays it.
 */
final class PropertyDescriptor extends AbstractTestDescriptor implements Node<ParityExecutionContext> {

    static final String SEGMENT = "property";

    private static final System.Logger LOG = System.getLogger(PropertyDescriptor.class.getName());

    private final String name;
    private final GroupDescriptor group;

    PropertyDescriptor(UniqueId parentId, String name, GroupDescriptor group) {
        super(parentId.append(SEGMENT, name), ReportingNames.path(group.getDisplayName(), "property " + name),
                group.getSource().orElse(null));
        this.name = name;
        this.group = group;
    }

    String name() {
        return name;
    }

    @Override
    public Set<TestTag> getTags() {
        Set<TestTag> tags = new LinkedHashSet<>(group.getTags());
        tags.add(TestTag.create("check:" + CheckKind.PROPERTY.id()));
        return tags;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public ParityExecutionContext execute(ParityExecutionContext context, DynamicTestExecutor executor) {
        GroupProperties properties = group.group().properties();
        CheckRunner.run(context, this, group, CheckKind.PROPERTY, Optional.empty(), () -> {
            Optional<PropertyMethod> method = properties.method(name);
            OptionalInt declared = method.map(PropertyMethod::tries)
                    .orElseGet(() -> properties.pipelines().map(p -> p.declaration().tries()).orElse(OptionalInt.empty()));
            PropertySettings settings = PropertySettings.of(context.configuration().seed(),
                    declared.orElse(context.configuration().tries()));
            LOG.log(System.Logger.Level.INFO, () -> "property " + group.group().name() + "/" + name + ": seed "
                    + settings.seed() + ", up to " + settings.tries() + " tries (replay with -D"
                    + org.featureparity.api.Constants.SEED + "=" + settings.seed() + ")");
            CheckOutcome outcome = method.isPresent()
                    ? MethodPropertyCheck.run(context.group(), method.get(), settings)
                    : TemporalChecks.equivalence(context.group(), settings);
            return outcome;
        });
        return context;
    }
}
