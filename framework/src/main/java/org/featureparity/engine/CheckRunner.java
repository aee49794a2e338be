package org.featureparity.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.featureparity.api.Constants;
import org.featureparity.check.CheckOutcome;
import org.featureparity.check.CheckSteps;
import org.featureparity.compare.Deadline;
import org.featureparity.compare.ProgressReporting;
import org.featureparity.contract.BlastRadius;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.CheckKind;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.CheckStep;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.GroupInfo;
import org.featureparity.store.UrlRedaction;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one check and turns what happened into evidence and a test result: FAIL throws
 * {@link AssertionFailedError} (a failed test), anything that kept the check from finishing throws
 * {@link CheckCouldNotRunException} (an errored test). Evidence is published in every case, before the throw.
 */
final class CheckRunner {

    private CheckRunner() {
    }

    static void run(ParityExecutionContext context, TestDescriptor node, Optional<String> feature, Supplier<CheckOutcome> check) {
        CheckDescriptor checkNode = node instanceof CheckLeafDescriptor leaf ? leaf.check() : (CheckDescriptor) node;
        run(context, node, checkNode.group(), checkNode.kind(), feature, check);
    }

    /** Runs a check of the given kind for a node of the group that is not below a {@code [check:...]} node. */
    static void run(ParityExecutionContext context, TestDescriptor node, GroupDescriptor group, CheckKind kind,
                    Optional<String> feature, Supplier<CheckOutcome> check) {
        Instant started = Instant.now();
        CheckSteps steps = new CheckSteps();
        CheckOutcome outcome;
        try {
            Duration limit = context.configuration().checkTimeout();
            context.group().deadline(Deadline.after(limit, Constants.CHECK_TIMEOUT + "=" + limit));
            context.group().steps(steps);
            context.group().progress(new ProgressReporting(context.configuration().progressInterval(),
                    new ProgressToConsoleAndEntries(context, node)));
            outcome = check.get();
        } catch (RuntimeException | AssertionError e) {
            String message = UrlRedaction.redact(describe(e));
            publish(context, node, group.suite(), groupInfo(group.group().name(), group.group().contract(), group.group().origin()),
                    kind, feature, errorOutcome(message), started, Optional.of(e), redacted(steps));
            throw new CheckCouldNotRunException(message, e);
        } finally {
            context.group().steps(CheckSteps.NONE);
            context.group().progress(ProgressReporting.NONE);
        }
        steps.conclude(kind.id() + " gate", outcome.status(), outcome.message(), started);
        publish(context, node, group.suite(), groupInfo(group.group().name(), group.group().contract(), group.group().origin()),
                kind, feature, outcome, started, Optional.empty(), redacted(steps));
        if (outcome.status() == CheckStatus.FAIL) {
            throw new AssertionFailedError(outcome.message());
        }
        if (outcome.status() == CheckStatus.ERROR) {
            throw new CheckCouldNotRunException(outcome.message(), null);
        }
    }

    /** Reports every check below a skipped group as SKIPPED with the reason, so the verdict accounts for them. */
    static void reportSkipped(ParityExecutionContext context, GroupDescriptor group, String reason) {
        CheckOutcome skipped = new CheckOutcome(CheckStatus.SKIPPED, reason, Counts.NONE, OptionalDouble.empty(),
                OptionalDouble.empty(), Map.of(), List.of(), Map.of(), List.of());
        GroupInfo info = groupInfo(group.group().name(), group.group().contract(), group.group().origin());
        for (TestDescriptor leaf : group.getDescendants()) {
            if (leaf instanceof FeatureCheckDescriptor feature) {
                publish(context, leaf, group.suite(), info, feature.check().kind(), Optional.of(feature.feature().name()),
                        skipped, Instant.now(), Optional.empty(), List.of());
            } else if (leaf instanceof KeyColumnsDescriptor keys) {
                publish(context, leaf, group.suite(), info, keys.check().kind(), Optional.empty(), skipped, Instant.now(), Optional.empty(), List.of());
            } else if (leaf instanceof PropertyDescriptor property) {
                publish(context, leaf, group.suite(), info, CheckKind.PROPERTY, Optional.empty(), skipped, Instant.now(), Optional.empty(), List.of());
            } else if (leaf instanceof CheckDescriptor check && !check.hasFeatures()) {
                publish(context, leaf, group.suite(), info, check.kind(), Optional.empty(), skipped, Instant.now(), Optional.empty(), List.of());
            }
        }
    }

    static void runContractProblem(ParityExecutionContext context, CheckDescriptor node) {
        GroupDefinition group = node.group().group();
        String message = group.problem().orElse("invalid contract");
        publish(context, node, node.group().suite(), groupInfo(group.name(), group.contract(), group.origin()),
                CheckKind.CONTRACT, Optional.empty(), errorOutcome(message), Instant.now(), Optional.empty(), List.of());
        throw new CheckCouldNotRunException(message, null);
    }

    static void runSuiteProblem(ParityExecutionContext context, SuiteDescriptor node, String problem) {
        SuiteDefinition suite = node.definition();
        publish(context, node, suite, groupInfo(suite.displayName(), Optional.empty(), suite.id()),
                CheckKind.CONTRACT, Optional.empty(), errorOutcome(problem), Instant.now(), Optional.empty(), List.of());
        throw new CheckCouldNotRunException(problem, null);
    }

    private static void publish(ParityExecutionContext context, TestDescriptor node, SuiteDefinition suite, GroupInfo group,
                                CheckKind kind, Optional<String> feature, CheckOutcome outcome, Instant started,
                                Optional<Throwable> cause, List<CheckStep> steps) {
        List<String> tags = node.getTags().stream().map(TestTag::getName).toList();
        CheckEvidence evidence = new CheckEvidence(node.getUniqueId().toString(),
                suite.migration().orElse(context.configuration().migration()), suite.displayName(), group, kind, feature,
                outcome.status(), outcome.message(), outcome.counts(), outcome.agreement(), outcome.threshold(),
                outcome.categories(), outcome.mismatches(), outcome.parameters(), outcome.attachments(), tags, started,
                Instant.now(), cause, steps, outcome.distribution());
        context.evidence().publish(evidence);
        if (evidence.status() != CheckStatus.SKIPPED) {
            // a skipped node never starts, and entries belong to started nodes
            context.listener().reportingEntryPublished(node, ReportEntry.from(reportEntry(evidence)));
        }
    }

    private static Map<String, String> reportEntry(CheckEvidence evidence) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("parity.status", evidence.status().name());
        if (evidence.counts().compared() > 0 || evidence.counts().missingOld() + evidence.counts().missingNew() > 0) {
            entry.put("parity.compared", Long.toString(evidence.counts().compared()));
            entry.put("parity.mismatched", Long.toString(evidence.counts().mismatched()));
        }
        evidence.agreement().ifPresent(a -> entry.put("parity.agreement", Double.toString(a)));
        // a property's seed, printed with its result so any run can be replayed with parity.seed=<seed>
        Optional.ofNullable(evidence.parameters().get("seed")).ifPresent(seed -> entry.put("parity.seed", seed));
        Optional.ofNullable(evidence.parameters().get("tries")).ifPresent(tries -> entry.put("parity.tries", tries));
        return entry;
    }

    private static GroupInfo groupInfo(String name, Optional<FeatureGroupContract> contract, String origin) {
        return new GroupInfo(name, contract.flatMap(FeatureGroupContract::version), contract.flatMap(FeatureGroupContract::owner),
                contract.map(FeatureGroupContract::tags).orElse(List.of()),
                contract.flatMap(c -> c.lineage().source()), contract.flatMap(c -> c.lineage().transformation()), origin,
                contract.map(FeatureGroupContract::dependsOn).orElse(List.of()),
                contract.map(c -> c.blastRadius().consumers()).orElse(List.of()),
                contract.flatMap(c -> c.blastRadius().tier()).map(BlastRadius.Tier::id));
    }

    // a phase that failed quotes its error, which may carry a store's URL
    private static List<CheckStep> redacted(CheckSteps steps) {
        return steps.steps().stream().map(step -> new CheckStep(step.name(), step.status(), UrlRedaction.redact(step.detail()),
                step.started(), step.finished())).toList();
    }

    private static CheckOutcome errorOutcome(String message) {
        return new CheckOutcome(CheckStatus.ERROR, message, Counts.NONE, OptionalDouble.empty(), OptionalDouble.empty(),
                Map.of(), List.of(), Map.of(), List.of());
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getName();
        }
        return message;
    }
}
