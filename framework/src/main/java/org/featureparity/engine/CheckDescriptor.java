package org.featureparity.engine;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.featureparity.check.CoverageCheck;
import org.featureparity.check.FreshnessCheck;
import org.featureparity.check.PointInTimeCheck;
import org.featureparity.evidence.CheckKind;
import org.featureparity.temporal.TemporalChecks;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * {@code [check:<kind>]}: tagged {@code check:<kind>}. Schema and values checks are containers with a child per
 * feature (and, for schema, one for the key columns); coverage and contract checks are tests themselves.
 */
final class CheckDescriptor extends AbstractTestDescriptor implements Node<ParityExecutionContext> {

    static final String SEGMENT = "check";

    private final CheckKind kind;
    private final GroupDescriptor group;

    CheckDescriptor(UniqueId parentId, CheckKind kind, GroupDescriptor group) {
        super(parentId.append(SEGMENT, kind.id()), ReportingNames.path(group.getDisplayName(), kind.id()), group.getSource().orElse(null));
        this.kind = kind;
        this.group = group;
    }

    CheckKind kind() {
        return kind;
    }

    GroupDescriptor group() {
        return group;
    }

    boolean hasFeatures() {
        return kind == CheckKind.SCHEMA || kind == CheckKind.VALUES || kind == CheckKind.NULL_RATE
                || kind == CheckKind.DISTRIBUTION;
    }

    Optional<KeyColumnsDescriptor> createKeys(String keyColumns) {
        return group.group().contract().filter(c -> kind == CheckKind.SCHEMA && group.group().isValid())
                .filter(c -> KeyColumnsDescriptor.segmentValue(c.keyColumns()).equals(keyColumns))
                .map(c -> new KeyColumnsDescriptor(getUniqueId(), keyColumns, this));
    }

    Optional<FeatureCheckDescriptor> createFeature(String name) {
        if (!hasFeatures()) {
            return Optional.empty();
        }
        return group.group().contract().filter(c -> group.group().isValid()).flatMap(c -> c.feature(name))
                .map(f -> new FeatureCheckDescriptor(getUniqueId(), f, this));
    }

    @Override
    public Set<TestTag> getTags() {
        Set<TestTag> tags = new LinkedHashSet<>(group.getTags());
        tags.add(TestTag.create("check:" + kind.id()));
        return tags;
    }

    @Override
    public Type getType() {
        return hasFeatures() ? Type.CONTAINER : Type.TEST;
    }

    @Override
    public ParityExecutionContext execute(ParityExecutionContext context, DynamicTestExecutor executor) {
        switch (kind) {
            case CONTRACT -> CheckRunner.runContractProblem(context, this);
            case COVERAGE -> CheckRunner.run(context, this, Optional.empty(), () -> CoverageCheck.run(context.group()));
            case POINT_IN_TIME -> CheckRunner.run(context, this, Optional.empty(),
                    () -> PointInTimeCheck.run(context.group(), context.configuration().pointInTime(group.suite().classLoader())));
            case FRESHNESS -> CheckRunner.run(context, this, Optional.empty(),
                    () -> FreshnessCheck.run(context.group(), context.configuration().referenceTime()));
            case WINDOW_BOUNDS -> CheckRunner.run(context, this, Optional.empty(),
                    () -> TemporalChecks.windowBounds(context.group()));
            case LEAKAGE -> CheckRunner.run(context, this, Optional.empty(), () -> TemporalChecks.leakage(
                    context.group(), context.configuration().seed(), context.configuration().leakageSamples()));
            default -> {
                // schema and values checks run in their children
            }
        }
        return context;
    }
}
