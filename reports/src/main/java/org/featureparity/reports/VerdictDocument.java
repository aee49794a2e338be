package org.featureparity.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Distribution;
import org.featureparity.evidence.Mismatch;
import org.featureparity.evidence.RunInfo;

/**
 * The content of {@code verdict.json}: the run, its verdict and, per feature group, the checks behind it.
 *
 * <p>Built as a JSON tree so that field order is exactly the order written here, whatever Jackson's defaults.
 */
final class VerdictDocument {

    static final String NOTHING_COMPARED = "No check ran, so nothing was compared: the run fails closed.";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private VerdictDocument() {
    }

    private record GroupKey(String suite, String group) {
    }

    static final String INCOMPLETE = "the run started but has not finished: if it stopped (killed, cancelled, out of "
            + "memory) nothing it checked counts, and no earlier verdict stands in for it";

    static ObjectNode of(RunInfo run, Instant finished, List<CheckEvidence> checks) {
        return of(run, finished, checks, KeyRedaction.OFF);
    }

    static ObjectNode of(RunInfo run, Instant finished, List<CheckEvidence> checks, KeyRedaction keys) {
        Map<GroupKey, List<CheckEvidence>> groups = new LinkedHashMap<>();
        checks.forEach(check -> groups.computeIfAbsent(new GroupKey(check.suite(), check.group()),
                key -> new ArrayList<>()).add(check));
        List<CheckStatus> groupVerdicts = groups.values().stream().map(VerdictDocument::verdict).toList();

        ObjectNode document = NODES.objectNode();
        document.set("run", run(run, finished));
        document.put("verdict", (checks.isEmpty() ? CheckStatus.ERROR : CheckStatus.verdictOf(groupVerdicts)).name());
        document.put("message", checks.isEmpty() ? NOTHING_COMPARED : summary(checks, groups.size()));
        document.put("complete", true);
        ArrayNode groupNodes = document.putArray("groups");
        groups.values().forEach(group -> groupNodes.add(group(group, keys)));
        document.set("graph", MigrationGraph.of(checks).json());
        return document;
    }

    /**
     * What {@code verdict.json} says while a run is going: ERROR and not complete, replaced when the run ends. A run
     * that never ends leaves exactly this.
     */
    static ObjectNode inProgress(RunInfo run) {
        ObjectNode document = NODES.objectNode();
        ObjectNode runNode = document.putObject("run");
        runNode.put("started", run.started().toString());
        runNode.putNull("finished");
        runNode.put("seed", run.seed());
        runNode.put("framework_version", run.frameworkVersion());
        document.put("verdict", CheckStatus.ERROR.name());
        document.put("message", INCOMPLETE);
        document.put("complete", false);
        document.putArray("groups");
        return document;
    }

    private static CheckStatus verdict(List<CheckEvidence> checks) {
        return CheckStatus.verdictOf(checks.stream().map(CheckEvidence::status).toList());
    }

    private static ObjectNode run(RunInfo run, Instant finished) {
        ObjectNode node = NODES.objectNode();
        node.put("started", run.started().toString());
        node.put("finished", finished.toString());
        node.put("seed", run.seed());
        node.put("framework_version", run.frameworkVersion());
        node.set("environment", strings(new TreeMap<>(Redaction.masked(run.environment()))));
        return node;
    }

    private static String summary(List<CheckEvidence> checks, int groups) {
        Map<CheckStatus, Long> byStatus = new LinkedHashMap<>();
        for (CheckStatus status : CheckStatus.values()) {
            byStatus.put(status, checks.stream().filter(check -> check.status() == status).count());
        }
        return checks.size() + " checks in " + groups + " groups: " + byStatus.get(CheckStatus.PASS) + " passed, "
                + byStatus.get(CheckStatus.FAIL) + " failed, " + byStatus.get(CheckStatus.ERROR) + " could not run, "
                + byStatus.get(CheckStatus.SKIPPED) + " skipped.";
    }

    private static ObjectNode group(List<CheckEvidence> checks, KeyRedaction keys) {
        CheckEvidence first = checks.get(0);
        ObjectNode node = NODES.objectNode();
        node.put("group", first.group());
        node.put("suite", first.suite());
        node.put("migration", first.migration());
        node.put("owner", first.groupInfo().owner().orElse(null));
        node.put("version", first.groupInfo().version().orElse(null));
        node.put("origin", first.groupInfo().origin());
        node.put("tier", first.groupInfo().tier().orElse(null));
        first.groupInfo().consumers().forEach(node.putArray("consumers")::add);
        first.groupInfo().dependsOn().forEach(node.putArray("depends_on")::add);
        node.put("verdict", verdict(checks).name());
        ArrayNode checkNodes = node.putArray("checks");
        checks.forEach(check -> checkNodes.add(check(check, keys)));
        return node;
    }

    private static ObjectNode check(CheckEvidence evidence, KeyRedaction keys) {
        ObjectNode node = NODES.objectNode();
        node.put("check", evidence.check().id());
        node.put("feature", evidence.feature().orElse(null));
        node.put("status", evidence.status().name());
        node.put("unique_id", evidence.uniqueId());
        node.put("compared", evidence.counts().compared());
        node.put("agreed", evidence.counts().agreed());
        node.put("mismatched", evidence.counts().mismatched());
        node.put("missing_old", evidence.counts().missingOld());
        node.put("missing_new", evidence.counts().missingNew());
        putNumber(node, "agreement", evidence.agreement());
        putNumber(node, "threshold", evidence.threshold());
        ObjectNode categories = node.putObject("categories");
        new TreeMap<>(evidence.categories()).forEach(categories::put);
        node.put("message", evidence.message());
        node.set("parameters", strings(Redaction.masked(evidence.parameters())));
        node.put("started", evidence.started().toString());
        node.put("finished", evidence.finished().toString());
        node.putArray("top_mismatches").addAll(Delta.largestFirst(keys.apply(evidence.mismatches())).stream()
                .map(VerdictDocument::mismatch).toList());
        evidence.distribution().ifPresent(d -> node.set("distribution", distribution(d)));
        return node;
    }

    /** Bins and counts per side, enough to redraw the old-vs-new histogram. */
    private static ObjectNode distribution(Distribution distribution) {
        ObjectNode node = NODES.objectNode();
        node.put("shape", distribution.shape().name().toLowerCase(java.util.Locale.ROOT));
        distribution.bins().forEach(node.putArray("bins")::add);
        ArrayNode edges = node.putArray("edges");
        for (double edge : distribution.edges()) {
            if (Double.isFinite(edge)) {
                edges.add(edge);
            } else {
                edges.add(Delta.text(edge));
            }
        }
        distribution.oldCounts().forEach(node.putArray("old")::add);
        distribution.newCounts().forEach(node.putArray("new")::add);
        return node;
    }

    private static ObjectNode mismatch(Mismatch mismatch) {
        ObjectNode node = NODES.objectNode();
        node.set("key", strings(mismatch.key()));
        node.put("old", mismatch.oldValue());
        node.put("new", mismatch.newValue());
        putNumber(node, "delta", OptionalDouble.of(mismatch.delta()));
        node.put("category", mismatch.category().id());
        return node;
    }

    // JSON has no infinity or NaN: a bare token would make the whole file unreadable, so those become strings.
    private static void putNumber(ObjectNode node, String field, OptionalDouble value) {
        if (value.isEmpty()) {
            node.putNull(field);
        } else if (Double.isFinite(value.getAsDouble())) {
            node.put(field, value.getAsDouble());
        } else {
            node.put(field, Delta.text(value.getAsDouble()));
        }
    }

    private static ObjectNode strings(Map<String, String> entries) {
        ObjectNode node = NODES.objectNode();
        entries.forEach(node::put);
        return node;
    }
}
