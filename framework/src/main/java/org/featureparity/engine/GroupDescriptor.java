package org.featureparity.engine;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.featureparity.check.GroupRun;
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
        return group.isValid()
                ? Set.of(CheckKind.SCHEMA, CheckKind.COVERAGE, CheckKind.VALUES)
                : Set.of(CheckKind.CONTRACT);
    }

    /** Turns this group into one failed contract check stating the problem (found after discovery). */
    void invalidate(String problem) {
        group = group.withProblem(problem);
        new java.util.ArrayList<>(getChildren()).forEach(this::removeChild);
        createCheck(CheckKind.CONTRACT.id()).ifPresent(this::addChild);
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
        SuiteStores stores = context.suite();
        return context.withGroup(new GroupRun(group.contract().get(), stores::store, compared, context.configuration().fetchSize(),
                context.configuration().compareStrategy()));
    }
}
