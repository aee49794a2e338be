package org.featureparity.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.featureparity.evidence.Mismatch;

/** Renders a check's top mismatches as RFC 4180 CSV, largest delta first. */
final class MismatchCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final String EXTENSION = "csv";

    private static final String LINE_END = "\r\n";

    private MismatchCsv() {
    }

    static String render(List<Mismatch> mismatches) {
        List<String> keyColumns = keyColumns(mismatches);
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(keyColumns);
        header.addAll(List.of("old_value", "new_value", "delta", "category"));
        appendRow(csv, header);
        for (Mismatch mismatch : Delta.largestFirst(mismatches)) {
            List<String> row = new ArrayList<>();
            keyColumns.forEach(column -> row.add(mismatch.key().getOrDefault(column, "")));
            row.add(mismatch.oldValue());
            row.add(mismatch.newValue());
            row.add(Delta.text(mismatch.delta()));
            row.add(mismatch.category().id());
            appendRow(csv, row);
        }
        return csv.toString();
    }

    // The union in first-seen order: all rows of one check share their key columns, but a short row must not
    // shift the others' columns.
    private static List<String> keyColumns(List<Mismatch> mismatches) {
        Set<String> columns = new LinkedHashSet<>();
        mismatches.forEach(mismatch -> columns.addAll(mismatch.key().keySet()));
        return List.copyOf(columns);
    }

    private static void appendRow(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(LINE_END);
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
