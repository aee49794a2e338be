package org.featureparity.reports;

/** Renders a {@link SchemaDiff} as an HTML table; rows where the stores differ are highlighted. */
final class SchemaDiffHtml {

    private SchemaDiffHtml() {
    }

    static String render(String title, SchemaDiff diff) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n<table>\n<thead><tr>");
        diff.header().forEach(column -> body.append("<th>").append(Html.escape(column)).append("</th>"));
        body.append("</tr></thead>\n<tbody>\n");
        for (SchemaDiff.Row row : diff.rows()) {
            body.append(row.differs() ? "<tr class=\"differs\">" : "<tr>");
            row.cells().forEach(cell -> body.append("<td>").append(Html.escape(cell)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n<p>Highlighted rows differ between the old and the new store.</p>\n");
        return Html.page(title, body.toString());
    }
}
