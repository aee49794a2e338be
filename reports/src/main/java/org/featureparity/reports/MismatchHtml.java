package org.featureparity.reports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.featureparity.evidence.Mismatch;

/** Renders a check's top mismatches as a readable HTML table, largest delta first, every value escaped. */
final class MismatchHtml {

    static final String MEDIA_TYPE = "text/html";
    static final String EXTENSION = "html";

    private MismatchHtml() {
    }

    static String render(String title, List<Mismatch> mismatches) {
        Set<String> keyColumns = new LinkedHashSet<>();
        mismatches.forEach(mismatch -> keyColumns.addAll(mismatch.key().keySet()));
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        body.append("<p>").append(mismatches.size()).append(" largest mismatches, largest delta first.</p>\n");
        body.append("<table>\n<thead><tr>");
        keyColumns.forEach(column -> body.append("<th>").append(Html.escape(column)).append("</th>"));
        body.append("<th>old</th><th>new</th><th>delta</th><th>category</th></tr></thead>\n<tbody>\n");
        for (Mismatch mismatch : Delta.largestFirst(mismatches)) {
            body.append("<tr>");
            keyColumns.forEach(column -> cell(body, mismatch.key().getOrDefault(column, ""), ""));
            cell(body, mismatch.oldValue(), "");
            cell(body, mismatch.newValue(), "");
            cell(body, Delta.text(mismatch.delta()), "num");
            cell(body, mismatch.category().id(), "");
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return Html.page(title, body.toString());
    }

    private static void cell(StringBuilder body, String value, String cssClass) {
        body.append(cssClass.isEmpty() ? "<td>" : "<td class=\"" + cssClass + "\">").append(Html.escape(value))
                .append("</td>");
    }
}
