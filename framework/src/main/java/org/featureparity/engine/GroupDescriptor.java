package org.featureparity.engine;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.featureparity.check.GroupRun;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.PipelinesDeclaration;
import org.featureparity.contract.Side;
import org.featureparity.temporal.StoreMismatchEvidence;
import org.featureparity.temporal.WindowBoundsCheck;
import org.featureparity.evidence.CheckKind;
import org.featureparity.evidence.CheckStatus;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** {@code [group:<name>]}: one feature group; tagged {@code group:<name>} plus its contract's tags. */
final class GroupDescriptor extends AbstractTestDescriptor implements Node<ParityExecutionContext> {

    static final String SEGMENT = "group";

    private GroupDefinition group;
    private final SuiteDefinition suite;

    GroupDescriptor(UniqueId parentId, GroupDefinition group, SuiteDefinition suite) {
        super(parentId.append(SEGMENT, group.name()), group.name(), ReportingNames.childSource(suite.source()));
        this.group = group;
        this.suite = suite;
    }

    GroupDefinition group() {
        return group;
    }

    SuiteDefinition suite() {
        return suite;
    }

    /** The checks this group expands into: the contract check alone when its contract is invalid. */
    Set<CheckKind> checkKinds() {
        if (!group.isValid()) {
            return Set.of(CheckKind.CONTRACT);
        }
        Set<CheckKind> kinds = java.util.EnumSet.of(CheckKind.SCHEMA, CheckKind.COVERAGE, CheckKind.VALUES,
                CheckKind.NULL_RATE, CheckKind.DISTRIBUTION);
        group.contract().filter(c -> c.asOf().isPresent()).ifPresent(c -> kinds.add(CheckKind.POINT_IN_TIME));
        group.contract().filter(c -> c.maxStaleness().isPresent()).ifPresent(c -> kinds.add(CheckKind.FRESHNESS));
        // the temporal checks probe a window through the group's pipelines: both must be declared
        if (group.contract().orElseThrow().window().isPresent() && group.properties().pipelines().isPresent()) {
            kinds.add(CheckKind.WINDOW_BOUNDS);
            kinds.add(CheckKind.LEAKAGE);
        }
        return kinds;
    }

    /** Turns this group into one failed contract check stating the problem (found after discovery). */
    void invalidate(String problem) {
        group = group.withProblem(problem);
        new java.util.ArrayList<>(getChildren()).forEach(this::removeChild);
        createCheck(CheckKind.CONTRACT.id()).ifPresent(this::addChild);
    }

    /** The group's {@code [property:<name>]} node, when the group is valid and declares that property. */
    Optional<PropertyDescriptor> createProperty(String name) {
        if (!group.isValid() || !group.properties().names().contains(name)) {
            return Optional.empty();
        }
        return Optional.of(new PropertyDescriptor(getUniqueId(), name, this));
    }

    /** The names of the group's properties; none when its contract is invalid. */
    java.util.List<String> propertyNames() {
        return group.isValid() ? group.properties().names() : java.util.List.of();
    }

    Optional<CheckDescriptor> createCheck(String kindId) {
        return CheckKind.fromId(kindId).filter(checkKinds()::contains)
                .map(kind -> new CheckDescriptor(getUniqueId(), kind, this));
    }

    @Override
    public Set<TestTag> getTags() {
        Set<TestTag> tags = new LinkedHashSet<>();
        tags.add(TestTag.create("group:" + group.name()));
        group.contract().ifPresent(c -> c.tags().stream().filter(TestTag::isValid).map(TestTag::create).forEach(tags::add));
        return tags;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /** Skips the group when an upstream group of this run did not pass, unless {@code parity.dependencies=ignore}. */
    @Override
    public SkipResult shouldBeSkipped(ParityExecutionContext context) {
        if (!group.isValid() || !context.configuration().enforceDependencies()) {
            return SkipResult.doNotSkip();
        }
        for (String upstream : group.contract().orElseThrow().dependsOn()) {
            Optional<CheckStatus> verdict = context.evidence().groupVerdict(upstream);
            if (verdict.isPresent() && verdict.get() != CheckStatus.PASS) {
                String reason = "upstream group '" + upstream + "' is " + verdict.get();
                CheckRunner.reportSkipped(context, this, reason);
                return SkipResult.skip(reason);
            }
        }
        return SkipResult.doNotSkip();
    }

    @Override
    public ParityExecutionContext before(ParityExecutionContext context) {
        if (!group.isValid()) {
            return context;
        }
        // compare only the features whose values checks survived filtering: a schema-only gate scans no values
        Set<String> compared = new LinkedHashSet<>();
        getChildren().stream().filter(c -> c instanceof CheckDescriptor check && check.kind() == CheckKind.VALUES)
                .flatMap(c -> c.getChildren().stream())
                .forEach(f -> compared.add(((FeatureCheckDescriptor) f).feature().name()));
        Set<String> profiled = new LinkedHashSet<>();
        getChildren().stream().filter(c -> c instanceof CheckDescriptor check
                        && (check.kind() == CheckKind.NULL_RATE || check.kind() == CheckKind.DISTRIBUTION))
                .flatMap(c -> c.getChildren().stream())
                .forEach(f -> profiled.add(((FeatureCheckDescriptor) f).feature().name()));
        SuiteStores stores = context.suite();
        PipelineRegistry pipelines = context.pipelines();
        GroupDefinition definition = group;
        GroupRun run = new GroupRun(group.contract().get(), stores::store, compared, context.configuration().fetchSize(),
                context.configuration().compareStrategy(), () -> pipelines.pipelines(suite, definition))
                .profiling(profiled).scope(context.configuration().scopeFor(group.contract().get()))
                .pushdownLimits(context.configuration().pushdownLimits());
        classifyByRecomputation(run, context.configuration().fetchSize());
        return context.withGroup(run);
    }

    /**
     * Where the stores were materialized from the group's pipelines as of a declared time ({@code stores_as_of}),
     * the values checks name each mismatch's cause by recomputing the entity's events from the old store;
     * otherwise by the two values alone, and their evidence says which.
     */
    private void classifyByRecomputation(GroupRun run, int fetchSize) {
        FeatureGroupContract contract = run.contract();
        Optional<PipelinesDeclaration> declaration = group.properties().pipelines().map(PipelineSource::declaration);
        Optional<Instant> storesAsOf = declaration.flatMap(PipelinesDeclaration::storesAsOf);
        if (storesAsOf.isEmpty() || contract.window().isEmpty() || contract.entity().size() != 1) {
            return;
        }
        run.classifyMismatchesBy(StoreMismatchEvidence.stage(contract, () -> run.store(Side.OLD),
                declaration.get().events(), () -> run.pipelines().orElseThrow().oldPipeline(), storesAsOf.get(),
                WindowBoundsCheck.POSTGRES_RESOLUTION, fetchSize));
    }
}
