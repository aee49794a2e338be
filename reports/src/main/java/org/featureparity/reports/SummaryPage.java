package org.featureparity.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code parity-summary.html}: the migration at a glance, per group its verdict and per check its agreement against
 * its threshold and its mismatch categories. Rendered from the verdict document, so it never says anything the
 * verdict does not; one self-contained file (no scripts, fonts or styles from elsewhere) that opens from file://.
 */
final class SummaryPage {

    static final String FILE_NAME = "parity-summary.html";
    private static final int TREND_SHOWN = 20;

    private SummaryPage() {
    }

    static String render(JsonNode verdict) {
        return render(verdict, MigrationTrend.none());
    }

    static String render(JsonNode verdict, MigrationTrend trend) {
        StringBuilder body = new StringBuilder();
        JsonNode run = verdict.path("run");
        String verdictText = verdict.path("verdict").asText();
        body.append("<h1>Migration verdict: ").append(status(verdictText)).append("</h1>\n");
        body.append("<p>").append(Html.escape(verdict.path("message").asText())).append("</p>\n");
        body.append("<p>Run started ").append(Html.escape(run.path("started").asText())).append(", finished ")
                .append(Html.escape(run.path("finished").asText())).append("; seed ")
                .append(Html.escape(run.path("seed").asText())).append("; FeatureParity ")
                .append(Html.escape(run.path("framework_version").asText()))
                .append(".</p>\n");
        migrationOrder(body, verdict.path("graph"));
        for (JsonNode group : groupsInMigrationOrder(verdict)) {
            group(body, group, trend);
        }
        return Html.page("Migration verdict: " + verdictText, body.toString());
    }

    /** The suggested order (upstream first, smallest blast radius first), and the graph beside this page. */
    private static void migrationOrder(StringBuilder body, JsonNode graph) {
        List<String> order = new ArrayList<>();
        graph.path("migration_order").forEach(group -> order.add(group.asText()));
        if (order.isEmpty()) {
            return;
        }
        body.append("<p>Suggested migration order (upstream groups first; among the rest the smallest blast radius, ")
                .append("lowest serving tier and fewest consuming models, first): <b>")
                .append(Html.escape(String.join(" → ", order))).append("</b>. Dependencies and verdicts: ")
                .append("<a href=\"").append(DependencyGraphSvg.FILE_NAME).append("\">").append(DependencyGraphSvg.FILE_NAME)
                .append("</a>.</p>\n");
    }

    private static List<JsonNode> groupsInMigrationOrder(JsonNode verdict) {
        List<String> order = new ArrayList<>();
        verdict.path("graph").path("migration_order").forEach(group -> order.add(group.asText()));
        List<JsonNode> groups = new ArrayList<>();
        verdict.path("groups").forEach(groups::add);
        groups.sort(java.util.Comparator.comparingInt(group -> {
            int at = order.indexOf(group.path("group").asText());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        return groups;
    }

    private static void group(StringBuilder body, JsonNode group, MigrationTrend trend) {
        body.append("<h2>").append(Html.escape(group.path("group").asText())).append(": ")
                .append(status(group.path("verdict").asText())).append("</h2>\n");
        body.append("<p>Suite ").append(Html.escape(group.path("suite").asText()));
        if (!group.path("owner").isNull()) {
            body.append(", owner ").append(Html.escape(group.path("owner").asText()));
        }
        if (!group.path("tier").isNull() && !group.path("tier").isMissingNode()) {
            body.append(", tier ").append(Html.escape(group.path("tier").asText()));
        }
        if (group.path("consumers").size() > 0) {
            List<String> models = new ArrayList<>();
            group.path("consumers").forEach(model -> models.add(model.asText()));
            body.append(", consumed by ").append(Html.escape(String.join(", ", models)));
        }
        body.append("</p>\n");
        trend(body, trend.of(group.path("suite").asText(), group.path("group").asText()));
        body.append("<table>\n<thead><tr><th>check</th><th>feature</th><th>status</th><th>agreement or measure</th>")
                .append("<th>threshold</th><th>compared</th><th>mismatched</th><th>categories</th></tr></thead>\n")
                .append("<tbody>\n");
        for (JsonNode check : group.path("checks")) {
            body.append("<tr><td>").append(Html.escape(check.path("check").asText())).append("</td><td>")
                    .append(Html.escape(check.path("feature").isNull() ? "" : check.path("feature").asText()))
                    .append("</td><td>").append(status(check.path("status").asText())).append("</td>")
                    .append(agreement(check)).append("<td class=\"num\">")
                    .append(Html.escape(number(check.path("threshold")))).append("</td><td class=\"num\">")
                    .append(check.path("compared").asLong()).append("</td><td class=\"num\">")
                    .append(check.path("mismatched").asLong()).append("</td><td>")
                    .append(Html.escape(categories(check.path("categories")))).append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n");
    }

    /** The group's verdict in each kept run, oldest first, with its lowest values agreement. */
    private static void trend(StringBuilder body, List<MigrationTrend.GroupPoint> points) {
        if (points.isEmpty()) {
            body.append("<p>Trend: this run only (set <code>parity.report.trend-dir</code> to keep one).</p>\n");
            return;
        }
        List<MigrationTrend.GroupPoint> shown = points.subList(Math.max(0, points.size() - TREND_SHOWN), points.size());
        long passed = shown.stream().filter(point -> point.verdict().equals("PASS")).count();
        body.append("<p>Trend, last ").append(shown.size()).append(shown.size() == 1 ? " run" : " runs")
                .append(" (oldest first): ").append(passed).append(" passed. ");
        for (MigrationTrend.GroupPoint point : shown) {
            String agreement = point.lowestAgreement().map(a -> String.format(Locale.ROOT, " %.4f", a)).orElse("");
            body.append("<span class=\"").append(Html.escape(point.verdict())).append("\" title=\"")
                    .append(Html.escape(point.started())).append("\">").append(Html.escape(point.verdict()))
                    .append(Html.escape(agreement)).append("</span> ");
        }
        body.append("</p>\n");
    }

    // Highlighted when below its threshold, the number a reviewer looks for first. Checks that gate a measure rather
    // than a share (null-rate delta, PSI and KS) show that measure, highlighted when it failed its gate.
    private static String agreement(JsonNode check) {
        JsonNode agreement = check.path("agreement");
        JsonNode threshold = check.path("threshold");
        if (!agreement.isNumber()) {
            String measure = measure(check.path("parameters"));
            boolean failed = !measure.isEmpty() && check.path("status").asText().equals("FAIL");
            return "<td class=\"num" + (failed ? " below" : "") + "\">" + Html.escape(measure) + "</td>";
        }
        boolean below = threshold.isNumber() && agreement.asDouble() < threshold.asDouble();
        return "<td class=\"num" + (below ? " below" : "") + "\">" + Html.escape(number(agreement)) + "</td>";
    }

    private static String measure(JsonNode parameters) {
        if (parameters.has("null rate delta")) {
            return "Δ " + decimal(parameters.path("null rate delta").asText());
        }
        if (parameters.has("psi")) {
            return "PSI " + decimal(parameters.path("psi").asText())
                    + (parameters.has("ks") ? ", KS " + decimal(parameters.path("ks").asText()) : "");
        }
        return "";
    }

    private static String decimal(String text) {
        try {
            return String.format(Locale.ROOT, "%.6f", Double.parseDouble(text));
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    private static String number(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isNumber() ? String.format(Locale.ROOT, "%.6f", value.asDouble()) : value.asText();
    }

    private static String categories(JsonNode categories) {
        List<String> parts = new ArrayList<>();
        categories.fields().forEachRemaining(entry -> parts.add(entry.getKey() + " " + entry.getValue().asLong()));
        return String.join(", ", parts);
    }

    // Status names are a closed enum, but escaping costs nothing and keeps the page safe if that ever changes.
    private static String status(String status) {
        String escaped = Html.escape(status);
        return "<span class=\"" + escaped + "\">" + escaped + "</span>";
    }
}
