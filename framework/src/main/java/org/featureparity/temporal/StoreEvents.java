package org.featureparity.temporal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.featureparity.contract.PipelinesDeclaration;
import org.featureparity.contract.SourceRef;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.RowCursor;
import org.featureparity.store.ScanRequest;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreDescription;
import org.featureparity.store.StoreException;

/**
 * Reads the events of some entities from a store's declared events table (through the store, so read-only like
 * every other read of a compared store), as the history a materialized feature table was computed from.
 */
public final class StoreEvents {

    private StoreEvents() {
    }

    /**
     * @param asOf   the time the store's features were computed as of
     * @param zone   the zone {@code timestamp} (without zone) columns are read in
     */
    public static EventHistory read(FeatureStore store, PipelinesDeclaration.Events events, Set<Long> entities,
                                    Instant asOf, Duration window, ZoneId zone, int fetchSize) {
        List<Long> ids = entities.stream().sorted().toList();
        if (ids.isEmpty()) {
            return new EventHistory(asOf, window, zone, List.of(), List.of(), Map.of());
        }
        // the generator's optional columns may be absent from a store's own events table: an event without an
        // arrival time arrived at its event time, one without a value has none
        StoreDescription table = store.describe(new SourceRef.Table(events.table()));
        Optional<String> ingestedAt = events.ingestedAtColumn().filter(c -> table.column(c).isPresent());
        Optional<String> valueColumn = events.valueColumn().filter(c -> table.column(c).isPresent());
        List<String> valueColumns = new ArrayList<>(List.of(events.eventTimeColumn()));
        ingestedAt.ifPresent(valueColumns::add);
        valueColumn.ifPresent(valueColumns::add);
        String sql = "SELECT " + events.entityColumn() + ", " + events.eventIdColumn() + ", "
                + String.join(", ", valueColumns) + " FROM " + events.table() + " WHERE " + events.entityColumn()
                + " IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        SourceRef source = new SourceRef.Query(sql);
        StoreDescription description = store.describe(source);
        List<StoreColumn> keys = List.of(column(description, events.entityColumn()),
                column(description, events.eventIdColumn()));
        List<StoreColumn> values = valueColumns.stream().map(c -> column(description, c)).toList();
        List<Event> read = new ArrayList<>();
        try (RowCursor rows = store.scan(new ScanRequest(source, keys, values, fetchSize))) {
            while (rows.hasNext()) {
                FeatureRow row = rows.next();
                Instant time = instant(row.value(0), zone, events.eventTimeColumn());
                Instant ingested = ingestedAt.isPresent() ? instant(row.value(1), zone, ingestedAt.get()) : time;
                Optional<BigDecimal> value = valueColumn.isPresent()
                        ? Optional.ofNullable(row.value(valueColumns.size() - 1)).map(v -> new BigDecimal(v.toString()))
                        : Optional.empty();
                read.add(new Event(number(row.key(1), events.eventIdColumn()), number(row.key(0), events.entityColumn()),
                        time, ingested, value));
            }
        }
        // the order the store received them in, as a pipeline loading them would
        read.sort(Comparator.comparing(Event::ingestedAt));
        return new EventHistory(asOf, window, zone, ids, read, Map.of());
    }

    private static StoreColumn column(StoreDescription description, String name) {
        return description.column(name).orElseThrow(() -> new StoreException("events table: no column '" + name
                + "' in " + description.source().describe()));
    }

    private static Instant instant(Object value, ZoneId zone, String column) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(zone).toInstant();
        }
        throw new StoreException("events table: column '" + column + "' holds " + value + ", not a timestamp");
    }

    private static long number(Object value, String column) {
        if (value instanceof Number number && EntityFeatures.normalizedKey(number) instanceof Long id) {
            return id;
        }
        throw new StoreException("events table: column '" + column + "' holds " + value + ", not an integer id");
    }
}
