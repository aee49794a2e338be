package org.featureparity.postgres;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded random feature tables for comparing strategies: an old table and a new one that differs in planted ways
 * (changed values of every kind, NULLs, NaN, infinities, rows missing on either side).
 */
final class StrategyData {

    enum Difference { NONE, SCATTERED, FIRST_AND_LAST }

    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    private final String columns;
    private final int keyColumns;
    private final TreeMap<List<Comparable<?>>, Object[]> rows;
    private final Random random;
    private final Mutator mutator;

    private StrategyData(String columns, int keyColumns, TreeMap<List<Comparable<?>>, Object[]> rows, long seed, Mutator mutator) {
        this.columns = columns;
        this.keyColumns = keyColumns;
        this.rows = rows;
        this.random = new Random(seed * 31 + 7);
        this.mutator = mutator;
    }

    @FunctionalInterface
    private interface Mutator {
        /** Changes one row of the new side in place (some changes keep the value, e.g. -0.0 for 0.0). */
        void mutate(Object[] row, Random random);
    }

    /** Bigint keys with gaps (negative ones too), ten float8 features with NULLs, NaN, infinities and -0.0. */
    static StrategyData wide(long seed, int size) {
        Random random = new Random(seed);
        TreeMap<List<Comparable<?>>, Object[]> rows = new TreeMap<>(StrategyData::compareKeys);
        long id = -500;
        for (int n = 0; n < size; n++) {
            id += 1 + random.nextInt(6);
            Object[] row = new Object[11];
            row[0] = id;
            for (int f = 1; f <= 10; f++) {
                row[f] = wideValue(random);
            }
            rows.put(List.of(id), row);
        }
        String columns = "entity_id bigint PRIMARY KEY, " + String.join(", ",
                java.util.stream.IntStream.range(0, 10).mapToObj(i -> "f" + i + " float8").toList());
        return new StrategyData(columns, 1, rows, seed, StrategyData::mutateWide);
    }

    private static Double wideValue(Random random) {
        int kind = random.nextInt(200);
        if (kind < 10) {
            return null;
        }
        return switch (kind) {
            case 10 -> Double.NaN;
            case 11 -> Double.POSITIVE_INFINITY;
            case 12 -> Double.NEGATIVE_INFINITY;
            case 13 -> -0.0;
            default -> Math.round(random.nextGaussian() * 1e6) / 1e3;
        };
    }

    private static void mutateWide(Object[] row, Random random) {
        int f = 1 + random.nextInt(10);
        Double value = (Double) row[f];
        row[f] = switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> value == null ? 0.0 : value + 1.5;
            case 2 -> value == null || value.isNaN() ? 1.0 : Double.NaN;
            case 3 -> value != null && value.isInfinite() ? -value : Double.POSITIVE_INFINITY;
            case 4 -> value != null && value == 0.0 ? Double.valueOf(-value) : value;  // -0.0 against 0.0 agrees
            case 5 -> value == null ? null : Double.valueOf(value + 0.004);  // within f9's tolerance
            case 6 -> value == null ? 7.0 : value + 0.02;
            default -> value == null ? 1e-9 : value * 1.0000001;
        };
    }

    /** Keys (text, int4) in code-point order traps, and one feature of every kind. */
    static StrategyData mixed(long seed, int size) {
        Random random = new Random(seed);
        String[] regions = {"a", "B", "Z", "z", "é", "ä", "日本", "a b", "a\u00a0", "ß"};
        TreeMap<List<Comparable<?>>, Object[]> rows = new TreeMap<>(StrategyData::compareKeys);
        while (rows.size() < size) {
            String region = regions[random.nextInt(regions.length)];
            int user = random.nextInt(size * 3);
            Object[] row = {region, user, (long) random.nextInt(1000),
                    random.nextInt(20) == 0 ? null : BigDecimal.valueOf(random.nextInt(10_000_000), 3),
                    random.nextInt(20) == 0 ? null : "label-" + random.nextInt(50),
                    random.nextInt(20) == 0 ? null : random.nextBoolean(),
                    random.nextInt(20) == 0 ? null : OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                            .plusSeconds(random.nextInt(10_000_000)).plusNanos(random.nextInt(1000) * 1000L),
                    random.nextInt(20) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365))};
            rows.put(List.of(region, user), row);
        }
        String columns = "region text, user_id int4, cnt int8 NOT NULL, amount numeric(12,3), label text, flag boolean, "
                + "seen timestamptz, day date, PRIMARY KEY (region, user_id)";
        return new StrategyData(columns, 2, rows, seed, StrategyData::mutateMixed);
    }

    private static void mutateMixed(Object[] row, Random random) {
        switch (random.nextInt(9)) {
            case 0 -> row[2] = (Long) row[2] + 1;
            case 1 -> row[3] = row[3] == null ? BigDecimal.ZERO : ((BigDecimal) row[3]).add(new BigDecimal("0.004"));
            case 2 -> row[3] = row[3] == null ? BigDecimal.ONE : ((BigDecimal) row[3]).add(new BigDecimal("0.05"));
            case 3 -> row[4] = row[4] == null ? "" : row[4] + " ";
            case 4 -> row[5] = row[5] == null ? Boolean.TRUE : !(Boolean) row[5];
            case 5 -> row[6] = row[6] == null ? null : ((OffsetDateTime) row[6]).plusHours(2);
            case 6 -> row[6] = row[6] == null ? null : ((OffsetDateTime) row[6]).plusNanos(1000);
            case 7 -> row[7] = row[7] == null ? LocalDate.EPOCH : ((LocalDate) row[7]).plusDays(1);
            default -> row[4] = null;
        }
    }

    String firstKey() {
        return String.valueOf(rows.firstKey().get(0));
    }

    String lastKey() {
        return String.valueOf(rows.lastKey().get(0));
    }

    /** Creates {@code legacy.<name>} with the rows and {@code streaming.<name>} with them, changed as asked. */
    void load(String name, Difference difference, Connections connections) {
        List<Object[]> newRows = new ArrayList<>();
        for (Object[] row : rows.values()) {
            newRows.add(row.clone());
        }
        if (difference == Difference.FIRST_AND_LAST) {
            for (Object[] row : List.of(newRows.get(0), newRows.get(newRows.size() - 1))) {
                row[1] = row[1] == null ? 1.0 : (Double) row[1] + 1.0;
            }
        } else if (difference == Difference.SCATTERED) {
            List<Object[]> kept = new ArrayList<>();
            for (Object[] row : newRows) {
                int roll = random.nextInt(1000);
                if (roll < 2) {
                    continue;  // missing in the new store
                }
                if (roll < 8) {
                    mutator.mutate(row, random);
                }
                kept.add(row);
            }
            // rows only the new store has, in gaps and past the end
            for (int i = 0; i < Math.max(2, rows.size() / 500); i++) {
                Object[] extra = kept.get(random.nextInt(kept.size())).clone();
                if (keyColumns == 1) {
                    extra[0] = i % 2 == 0 ? (Long) extra[0] * 7919 + 3 : Long.MAX_VALUE - i;
                } else {
                    extra[1] = -1 - i;
                }
                if (!rows.containsKey(key(extra))) {
                    kept.add(extra);
                }
            }
            newRows = kept;
        }
        try (Connection connection = connections.open()) {
            insert(connection, "legacy." + name, new ArrayList<>(rows.values()));
            insert(connection, "streaming." + name, newRows);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private List<Comparable<?>> key(Object[] row) {
        List<Comparable<?>> key = new ArrayList<>();
        for (int i = 0; i < keyColumns; i++) {
            key.add((Comparable<?>) row[i]);
        }
        return key;
    }

    private void insert(Connection connection, String table, List<Object[]> data) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (" + columns + ")");
        }
        int width = data.get(0).length;
        String placeholders = String.join(", ", java.util.Collections.nCopies(width, "?"));
        java.util.Set<List<Comparable<?>>> seen = new java.util.HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + placeholders + ")")) {
            for (Object[] row : data) {
                if (!seen.add(key(row))) {
                    continue;
                }
                for (int i = 0; i < width; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE " + table);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Comparable<?>> a, List<Comparable<?>> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
