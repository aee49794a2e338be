package org.featureparity.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.AsOfRange;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.HistorySample;
import org.featureparity.store.LookupRequest;
import org.featureparity.store.LookupResult;
import org.featureparity.store.Probe;
import org.featureparity.store.StoreColumn;

/**
 * The statements over a feature history (one row per entity and as-of): point-in-time lookups, seeded samples,
 * per-entity as-of ranges and the newest as-of. Each runs on a connection the caller opened read-only.
 *
 * <p>Lookups are one {@code LEFT JOIN LATERAL (... ORDER BY as_of DESC LIMIT 1)} per batch of probes: with an index
 * on (entity, as_of) each probe is one index descent, whatever the history's length.
 */
final class HistoryQueries {

    private static final String SOURCE = "parity_source";
    private static final String PROBES = "parity_probe";
    private static final String FOUND = "parity_found";

    private final Connection connection;
    private final JdbcDialect dialect;
    private final int timeoutSeconds;

    HistoryQueries(Connection connection, JdbcDialect dialect, int timeoutSeconds) {
        this.connection = connection;
        this.dialect = dialect;
        this.timeoutSeconds = timeoutSeconds;
    }

    LookupResult lookup(LookupRequest request) throws SQLException {
        boolean ttl = request.probes().stream().anyMatch(p -> p.notBefore().isPresent());
        List<ColumnReader> readers = Stream.concat(Stream.of(request.asOfColumn()), request.valueColumns().stream())
                .map(ColumnReader::forColumn).toList();
        List<Optional<FeatureRow>> answers = new ArrayList<>(Collections.nCopies(request.probes().size(), Optional.empty()));
        String template = null;
        int statements = 0;
        for (int from = 0; from < request.probes().size(); from += request.batchSize()) {
            List<Probe> batch = request.probes().subList(from, Math.min(request.probes().size(), from + request.batchSize()));
            String sql = lookupSql(request, batch.size(), ttl);
            if (template == null) {
                template = lookupSql(request, 1, ttl);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setQueryTimeout(timeoutSeconds);
                int parameter = 1;
                for (int i = 0; i < batch.size(); i++) {
                    Probe probe = batch.get(i);
                    statement.setInt(parameter++, from + i);
                    for (Object key : probe.key()) {
                        statement.setObject(parameter++, TemporalValues.forDriver(key));
                    }
                    statement.setObject(parameter++, TemporalValues.bindable(probe.at(), request.asOfColumn(), request.zone()));
                    if (ttl) {
                        statement.setObject(parameter++, probe.notBefore()
                                .map(b -> TemporalValues.bindable(b, request.asOfColumn(), request.zone())).orElse(null));
                    }
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        int index = rows.getInt(1);
                        Object asOf = readers.get(0).read(rows, 2);
                        if (asOf != null) {
                            Object[] values = new Object[readers.size() - 1];
                            for (int v = 0; v < values.length; v++) {
                                values[v] = readers.get(v + 1).read(rows, v + 3);
                            }
                            answers.set(index, Optional.of(new FeatureRow(new Object[] {asOf}, values)));
                        }
                    }
                }
            }
            statements++;
        }
        return new LookupResult(answers, template == null ? "" : template, statements);
    }

    /** The lookup statement for {@code probes} probes; shown in evidence with one probe. */
    private String lookupSql(LookupRequest request, int probes, boolean ttl) {
        List<String> keyNames = IntStream.range(0, request.entityColumns().size()).mapToObj(i -> "parity_k" + i).toList();
        String cast = "CAST(? AS " + dialect.castType(request.asOfColumn()) + ")";
        String row = Stream.of(Stream.of("CAST(? AS integer)"),
                        request.entityColumns().stream().map(c -> "CAST(? AS " + dialect.castType(c) + ")"),
                        Stream.of(cast), ttl ? Stream.of(cast) : Stream.<String>empty())
                .flatMap(s -> s).collect(Collectors.joining(", ", "(", ")"));
        String asOf = SOURCE + "." + dialect.quote(request.asOfColumn().name());
        String match = IntStream.range(0, keyNames.size())
                .mapToObj(i -> SOURCE + "." + dialect.quote(request.entityColumns().get(i).name()) + " = " + PROBES + "." + keyNames.get(i))
                .collect(Collectors.joining(" AND "));
        String found = Stream.concat(Stream.of(request.asOfColumn()), request.valueColumns().stream())
                .map(c -> SOURCE + "." + dialect.quote(c.name())).collect(Collectors.joining(", "));
        String selected = Stream.concat(Stream.of(request.asOfColumn()), request.valueColumns().stream())
                .map(c -> FOUND + "." + dialect.quote(c.name())).collect(Collectors.joining(", "));
        return "SELECT " + PROBES + ".parity_index, " + selected
                + " FROM (VALUES " + String.join(", ", Collections.nCopies(probes, row)) + ") AS " + PROBES
                + "(parity_index, " + String.join(", ", keyNames) + ", parity_t" + (ttl ? ", parity_not_before" : "") + ")"
                + " LEFT JOIN LATERAL (SELECT " + found + " FROM " + dialect.aliased(request.source(), SOURCE)
                + " WHERE " + match + " AND " + asOf + " <= " + PROBES + ".parity_t"
                + (ttl ? " AND (" + PROBES + ".parity_not_before IS NULL OR " + asOf + " >= " + PROBES + ".parity_not_before)" : "")
                + " ORDER BY " + asOf + " DESC LIMIT 1) AS " + FOUND + " ON TRUE"
                + " ORDER BY " + PROBES + ".parity_index";
    }

    HistorySample sample(SourceRef source, List<StoreColumn> entityColumns, StoreColumn asOfColumn, long seed, int limit)
            throws SQLException {
        List<String> texts = new ArrayList<>();
        entityColumns.forEach(c -> texts.add("CAST(" + dialect.quote(c.name()) + " AS text)"));
        texts.add(dialect.instantText(dialect.quote(asOfColumn.name())));
        String columns = Stream.concat(entityColumns.stream(), Stream.of(asOfColumn)).map(c -> dialect.quote(c.name()))
                .collect(Collectors.joining(", "));
        String notNull = Stream.concat(entityColumns.stream(), Stream.of(asOfColumn))
                .map(c -> dialect.quote(c.name()) + " IS NOT NULL").collect(Collectors.joining(" AND "));
        String order = Stream.concat(entityColumns.stream(), Stream.of(asOfColumn)).map(dialect::orderTerm)
                .collect(Collectors.joining(", "));
        String sql = "SELECT " + columns + ", parity_rank FROM (SELECT " + columns + ", " + dialect.seededHash(texts)
                + " AS parity_rank FROM " + dialect.aliased(source, SOURCE) + " WHERE " + notNull + ") AS parity_sample"
                + " ORDER BY parity_rank, " + order + " LIMIT ?";
        List<ColumnReader> keyReaders = entityColumns.stream().map(ColumnReader::forColumn).toList();
        ColumnReader asOfReader = ColumnReader.forColumn(asOfColumn);
        List<HistorySample.Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(timeoutSeconds);
            statement.setLong(1, seed);
            statement.setInt(2, limit);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    List<Object> key = new ArrayList<>();
                    for (int i = 0; i < keyReaders.size(); i++) {
                        key.add(keyReaders.get(i).read(result, i + 1));
                    }
                    Object asOf = asOfReader.read(result, keyReaders.size() + 1);
                    rows.add(new HistorySample.Row(key, asOf, result.getLong(keyReaders.size() + 2)));
                }
            }
        }
        return new HistorySample(rows, sql);
    }

    List<AsOfRange> ranges(SourceRef source, List<StoreColumn> entityColumns, StoreColumn asOfColumn,
                           List<List<Object>> keys, int batchSize) throws SQLException {
        String columns = entityColumns.stream().map(c -> dialect.quote(c.name())).collect(Collectors.joining(", "));
        String row = entityColumns.stream().map(c -> "CAST(? AS " + dialect.castType(c) + ")")
                .collect(Collectors.joining(", ", "(", ")"));
        String asOf = dialect.quote(asOfColumn.name());
        List<ColumnReader> keyReaders = entityColumns.stream().map(ColumnReader::forColumn).toList();
        ColumnReader asOfReader = ColumnReader.forColumn(asOfColumn);
        List<AsOfRange> ranges = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += batchSize) {
            List<List<Object>> batch = keys.subList(from, Math.min(keys.size(), from + batchSize));
            String sql = "SELECT " + columns + ", min(" + asOf + "), max(" + asOf + ") FROM " + dialect.aliased(source, SOURCE)
                    + " WHERE (" + columns + ") IN (VALUES " + String.join(", ", Collections.nCopies(batch.size(), row)) + ")"
                    + " GROUP BY " + columns;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setQueryTimeout(timeoutSeconds);
                int parameter = 1;
                for (List<Object> key : batch) {
                    for (Object value : key) {
                        statement.setObject(parameter++, TemporalValues.forDriver(value));
                    }
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Object[] key = new Object[keyReaders.size()];
                        for (int i = 0; i < key.length; i++) {
                            key[i] = keyReaders.get(i).read(result, i + 1);
                        }
                        Object first = asOfReader.read(result, key.length + 1);
                        Object last = asOfReader.read(result, key.length + 2);
                        if (first != null) {
                            ranges.add(new AsOfRange(Arrays.asList(key), first, last));
                        }
                    }
                }
            }
        }
        return ranges;
    }

    Optional<Object> newest(SourceRef source, StoreColumn column) throws SQLException {
        String sql = "SELECT max(" + dialect.quote(column.name()) + ") FROM " + dialect.aliased(source, SOURCE);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(timeoutSeconds);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return Optional.ofNullable(ColumnReader.forColumn(column).read(result, 1));
            }
        }
    }
}
