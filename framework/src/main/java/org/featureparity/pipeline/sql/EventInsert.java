package org.featureparity.pipeline.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;

/** Loads a history's entities and events with one batched INSERT per table: one round trip each. */
final class EventInsert {

    private EventInsert() {
    }

    static List<String> columns(EventTable table) {
        List<String> columns = new ArrayList<>(List.of(table.eventIdColumn(), table.entityColumn(), table.eventTimeColumn()));
        table.ingestedAtColumn().ifPresent(columns::add);
        table.valueColumn().ifPresent(columns::add);
        return columns;
    }

    static void load(Connection connection, EventTable table, EventHistory history) throws SQLException {
        if (table.entityTable().isPresent()) {
            String sql = "INSERT INTO " + table.entityTable().get() + " (" + table.entityTableIdColumn().orElseThrow()
                    + ") VALUES (?)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Long entity : history.entities()) {
                    insert.setLong(1, entity);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (history.events().isEmpty()) {
            return;
        }
        List<String> columns = columns(table);
        String sql = "INSERT INTO " + table.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Event event : history.events()) {
                int index = 1;
                insert.setLong(index++, event.eventId());
                insert.setLong(index++, event.entityId());
                insert.setObject(index++, timestamp(event.eventTime()));
                if (table.ingestedAtColumn().isPresent()) {
                    insert.setObject(index++, timestamp(event.ingestedAt()));
                }
                if (table.valueColumn().isPresent()) {
                    if (event.value().isPresent()) {
                        insert.setBigDecimal(index, event.value().get());
                    } else {
                        insert.setNull(index, Types.NUMERIC);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
