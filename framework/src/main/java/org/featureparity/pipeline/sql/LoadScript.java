package org.featureparity.pipeline.sql;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.store.jdbc.SessionTimeZone;

/** Renders the INSERT statements that load a history by hand, with literals exactly equal to what is bound. */
final class LoadScript {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS'+00'").withZone(ZoneOffset.UTC);

    private LoadScript() {
    }

    static String render(EventTable table, EventHistory history) {
        StringBuilder script = new StringBuilder();
        script.append("-- as of ").append(history.asOf()).append(", window ").append(history.window())
                .append(", session zone ").append(SessionTimeZone.name(history.zone())).append('\n');
        script.append(SessionTimeZone.setLocal(history.zone()).replace("LOCAL ", "")).append(";\n");
        if (table.entityTable().isPresent()) {
            for (Long entity : history.entities()) {
                script.append("INSERT INTO ").append(table.entityTable().get()).append(" (")
                        .append(table.entityTableIdColumn().orElseThrow()).append(") VALUES (").append(entity)
                        .append(");\n");
            }
        }
        for (Event event : history.events()) {
            List<String> values = new ArrayList<>();
            values.add(Long.toString(event.eventId()));
            values.add(Long.toString(event.entityId()));
            values.add(timestamp(event.eventTime()));
            table.ingestedAtColumn().ifPresent(column -> values.add(timestamp(event.ingestedAt())));
            table.valueColumn().ifPresent(column -> values.add(event.value().map(v -> v.toPlainString()).orElse("NULL")));
            script.append("INSERT INTO ").append(table.table()).append(" (")
                    .append(String.join(", ", EventInsert.columns(table))).append(") VALUES (")
                    .append(String.join(", ", values)).append(");\n");
        }
        return script.toString();
    }

    private static String timestamp(Instant instant) {
        return "TIMESTAMPTZ '" + TIMESTAMP.format(instant) + "'";
    }
}
