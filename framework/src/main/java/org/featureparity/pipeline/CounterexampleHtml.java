package org.featureparity.pipeline;

import static org.featureparity.evidence.HtmlText.escape;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;

/**
 * Renders a counterexample as a self-contained HTML page for the report: the minimal history as a table (each
 * event placed relative to the window), the disagreements, and what each pipeline computed for it.
 */
public final class CounterexampleHtml {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:1em;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}"
            + "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"
            + "th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}"
            + "tr.edge td{background:#fff6dd}code{font-size:.95em}";

    private CounterexampleHtml() {
    }

    /** The counterexample of a failed result as an attachment ({@code counterexample.html}). */
    public static EvidenceAttachment attachment(EquivalenceResult result) {
        return new EvidenceAttachment("counterexample (table)", "text/html", "html", render(result));
    }

    public static String render(EquivalenceResult result) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Property ").append(escape(result.property())).append(": ").append(result.status())
                .append("</h1>\n");
        body.append(facts(Map.of(), result));
        result.counterexample().ifPresent(example -> {
            body.append("<h2>Minimal history</h2>\n").append(history(example.history()));
            body.append("<h2>Disagreements</h2>\n<table><tr><th>entity</th><th>feature</th><th>old</th><th>new</th></tr>\n");
            for (Disagreement d : example.disagreements()) {
                body.append("<tr><td>").append(escape(String.valueOf(d.entity()))).append("</td><td>")
                        .append(escape(d.kind() == Disagreement.Kind.VALUE ? d.feature() : d.toString()))
                        .append("</td><td>").append(escape(d.oldValue())).append("</td><td>")
                        .append(escape(d.newValue())).append("</td></tr>\n");
            }
            body.append("</table>\n");
            body.append("<h2>Old pipeline output</h2>\n").append(output(example.oldOutput()));
            body.append("<h2>New pipeline output</h2>\n").append(output(example.newOutput()));
        });
        return page("property " + result.property(), body.toString());
    }

    /** The history's setting (as of, window, zone) and its events, one row each, in arrival order. */
    public static String history(EventHistory history) {
        StringBuilder html = new StringBuilder();
        html.append("<p>as of <code>").append(history.asOf()).append("</code>, window <code>").append(history.window())
                .append("</code> from <code>").append(history.windowStart()).append("</code>, zone <code>")
                .append(escape(history.zone().equals(ZoneOffset.UTC) ? "UTC" : history.zone().getId()))
                .append("</code>, entities ").append(escape(history.entities().toString())).append("</p>\n");
        html.append("<table><tr><th>event_id</th><th>entity</th><th>event time (UTC)</th><th>ingested at (UTC)</th>"
                + "<th>value</th><th>relative to the window</th></tr>\n");
        if (history.events().isEmpty()) {
            html.append("<tr><td colspan=\"6\">no events</td></tr>\n");
        }
        for (Event event : history.events()) {
            String place = place(history, event.eventTime());
            html.append(place.startsWith("exactly") ? "<tr class=\"edge\">" : "<tr>")
                    .append("<td class=\"num\">").append(event.eventId()).append("</td><td class=\"num\">")
                    .append(event.entityId()).append("</td><td>").append(event.eventTime()).append("</td><td>")
                    .append(event.ingestedAt()).append("</td><td class=\"num\">")
                    .append(event.value().map(v -> v.toPlainString()).orElse("NULL")).append("</td><td>")
                    .append(escape(place)).append("</td></tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    /** A small key/value table of the run: seed, tries, shrinking. */
    static String facts(Map<String, String> extra, EquivalenceResult result) {
        StringBuilder html = new StringBuilder("<table>\n");
        row(html, "seed", result.seed() + " (replay with parity.seed=" + result.seed() + ")");
        row(html, "tries", Integer.toString(result.tries()));
        row(html, "events tried", Long.toString(result.eventsTried()));
        result.counterexample().ifPresent(example -> {
            row(html, "shrunk", "from " + example.originalEvents() + " to " + example.history().events().size()
                    + " events in " + example.shrinkSteps() + " steps (" + example.shrinkReplays() + " replays)");
        });
        result.error().ifPresent(error -> row(html, "error", error));
        extra.forEach((key, value) -> row(html, key, value));
        return html.append("</table>\n").toString();
    }

    private static String place(EventHistory history, Instant time) {
        if (time.equals(history.windowStart())) {
            return "exactly at the window start";
        }
        if (time.equals(history.asOf())) {
            return "exactly at the as-of time";
        }
        if (time.isAfter(history.asOf())) {
            return "after the as-of time";
        }
        return time.isBefore(history.windowStart()) ? "before the window" : "inside the window";
    }

    private static String output(PipelineOutput output) {
        StringBuilder html = new StringBuilder("<table><tr>");
        output.columns().forEach(column -> html.append("<th>").append(escape(column)).append("</th>"));
        html.append("</tr>\n");
        for (List<Object> row : output.rows()) {
            html.append("<tr>");
            row.forEach(value -> html.append("<td>").append(escape(value == null ? "NULL" : String.valueOf(value)))
                    .append("</td>"));
            html.append("</tr>\n");
        }
        if (output.rows().isEmpty()) {
            html.append("<tr><td colspan=\"").append(Math.max(1, output.columns().size())).append("\">no rows</td></tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    private static void row(StringBuilder html, String key, String value) {
        html.append("<tr><th>").append(escape(key)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    /** A whole page: inline style only, so it renders from file:// and inside Allure's iframe. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }
}
