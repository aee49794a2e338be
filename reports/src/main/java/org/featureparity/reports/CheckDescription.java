package org.featureparity.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.GroupInfo;

/** The Markdown description of a check's Allure result: outcome, counts and where the contract came from. */
final class CheckDescription {

    private CheckDescription() {
    }

    static String markdown(CheckEvidence evidence) {
        List<String> blocks = new ArrayList<>();
        blocks.add(evidence.message());
        if (!evidence.counts().equals(Counts.NONE)) {
            blocks.add(countsTable(evidence.counts()));
        }
        if (!evidence.categories().isEmpty()) {
            blocks.add("**Mismatch categories:** " + categories(evidence.categories()));
        }
        blocks.add(contract(evidence.groupInfo()));
        return String.join("\n\n", blocks) + "\n";
    }

    private static String countsTable(Counts counts) {
        return "| compared | agreed | mismatched | missing in old | missing in new |\n"
                + "|---:|---:|---:|---:|---:|\n"
                + "| " + counts.compared() + " | " + counts.agreed() + " | " + counts.mismatched()
                + " | " + counts.missingOld() + " | " + counts.missingNew() + " |";
    }

    private static String categories(Map<String, Long> categories) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(categories).forEach((id, count) -> parts.add(id + " " + count));
        return String.join(", ", parts);
    }

    private static String contract(GroupInfo group) {
        List<String> lines = new ArrayList<>();
        lines.add("**Contract:** " + group.name() + group.version().map(version -> " version " + version).orElse("")
                + " (from " + group.origin() + ")");
        group.lineageSource().ifPresent(source -> lines.add("**Lineage source:** " + source));
        group.lineageTransformation().ifPresent(transformation ->
                lines.add("**Lineage transformation:** " + transformation));
        // Two trailing spaces make a Markdown line break, keeping one fact per line.
        return String.join("  \n", lines);
    }
}
