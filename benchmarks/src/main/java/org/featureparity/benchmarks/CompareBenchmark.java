package org.featureparity.benchmarks;

import static org.featureparity.contract.Contracts.FLOAT64;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.table;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.sql.DataSource;
import org.featureparity.check.GroupRun;
import org.featureparity.compare.ComparisonResult;
import org.featureparity.compare.FeatureTally;
import org.featureparity.compare.StrategyChoice;
import org.featureparity.contract.ContractBuilder;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.Side;
import org.featureparity.postgres.BinaryTransfer;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.jdbc.JdbcFeatureStore;
import org.postgresql.PGConnection;

/**
 * Times the comparison strategies against the databases' own work on two embedded PostgreSQL stores holding N rows
 * of {@code entity_id bigint} and ten {@code float8} features (about 3% NULL), the new store differing in a given
 * fraction of rows scattered uniformly over the keys. Prints wall time (median of the measured runs), rows per
 * second per side, heap (the sampled peak of the used heap, and the most left after a collection), and the ratios the
 * issue's targets are stated in.
 *
 * <p>Arguments: {@code --rows 1000000,10000000 --rates 0,0.001,0.1 --warmup 1 --runs 3 [--skip-naive]}.
 */
public final class CompareBenchmark {

    private static final int FEATURES = 10;
    private static final int HASH_RANGE = 1 << 20;
    private static final String BASELINE = "(c) baseline hash_record_extended";
    private static final String COPY = "(e) binary COPY ordered, both sides";

    private final ExecutorService sides = Executors.newFixedThreadPool(2);
    private final EmbeddedPostgres oldServer;
    private final EmbeddedPostgres newServer;
    private final DataSource oldData;
    private final DataSource newData;
    private final int warmup;
    private final int runs;
    private final boolean naive;
    private final Set<String> cases;
    private final boolean explain;

    private CompareBenchmark(int warmup, int runs, boolean naive, Set<String> cases, boolean explain) throws IOException {
        this.cases = cases;
        this.explain = explain;
        this.warmup = warmup;
        this.runs = runs;
        this.naive = naive;
        this.oldServer = start();
        this.newServer = start();
        this.oldData = BinaryTransfer.enable(oldServer.getPostgresDatabase());
        this.newData = BinaryTransfer.enable(newServer.getPostgresDatabase());
    }

    private static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("maintenance_work_mem", "512MB")
                .start();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--skip-naive") || args[i].equals("--explain")) {
                options.put(args[i].substring(2), "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
        }
        long[] sizes = Arrays.stream(options.getOrDefault("rows", "1000000").split(",")).mapToLong(Long::parseLong).toArray();
        double[] rates = Arrays.stream(options.getOrDefault("rates", "0,0.001,0.1").split(",")).mapToDouble(Double::parseDouble).toArray();
        CompareBenchmark benchmark = new CompareBenchmark(Integer.parseInt(options.getOrDefault("warmup", "1")),
                Integer.parseInt(options.getOrDefault("runs", "3")), !options.containsKey("skip-naive"),
                Set.of(options.getOrDefault("cases", "a,b,c,d,e").split(",")), options.containsKey("explain"));
        try {
            benchmark.describeMachine();
            for (long rows : sizes) {
                for (double rate : rates) {
                    benchmark.run(rows, rate);
                }
            }
        } finally {
            benchmark.close();
        }
    }

    private void describeMachine() throws SQLException {
        try (Connection connection = oldData.getConnection(); Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SELECT version()")) {
            version.next();
            System.out.printf(Locale.ROOT, "machine: %d cores, java %s, max heap %d MB; %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20, version.getString(1));
        }
    }

    private void run(long rows, double rate) throws Exception {
        String oldTable = "bench_old_" + rows;
        String newTable = "bench_new_" + rows + "_" + Long.toString(Math.round(rate * HASH_RANGE));
        long started = System.nanoTime();
        ensureTable(oldData, oldTable, rows, 0);
        ensureTable(newData, newTable, rows, rate);
        long expected = expectedDifferences(rows, rate);
        System.out.printf(Locale.ROOT, "%nN=%d, difference rate %s (%d rows differ, scattered by key hash); tables ready in %.1f s%n",
                rows, rate, expected, (System.nanoTime() - started) / 1e9);
        FeatureGroupContract contract = contract(oldTable, newTable);
        FeatureStore old = new JdbcFeatureStore("old", oldData::getConnection, oldServer.getJdbcUrl("postgres", "postgres"), Duration.ofHours(1));
        FeatureStore fresh = new JdbcFeatureStore("new", newData::getConnection, newServer.getJdbcUrl("postgres", "postgres"), Duration.ofHours(1));

        Map<String, Measurement> results = new LinkedHashMap<>();
        if (explain) {
            explain(oldData, "EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*), sum(hash_record_extended(t, 0)) FROM " + oldTable + " t");
            ComparisonResult result = new GroupRun(contract, side -> side == Side.OLD ? old : fresh,
                    IntStream.range(0, FEATURES).mapToObj(i -> "f" + i).collect(Collectors.toSet()), 10_000,
                    StrategyChoice.PUSHDOWN).comparison();
            explain(oldData, "SET work_mem = '128MB'; EXPLAIN (ANALYZE, COSTS OFF) " + result.statements().get("old").split(";\n\n")[0]);
        }
        if (cases.contains("a")) {
            results.put("(a) merge", measure(() -> compare(contract, old, fresh, StrategyChoice.MERGE, expected)));
        }
        if (cases.contains("b")) {
            results.put("(b) pushdown", measure(() -> compare(contract, old, fresh, StrategyChoice.PUSHDOWN, expected)));
        }
        if (cases.contains("c")) {
            results.put(BASELINE, measure(() -> baseline(oldTable, newTable)));
        }
        if (cases.contains("e")) {
            results.put(COPY, measure(() -> copy(oldTable, newTable)));
        }
        if (naive && cases.contains("d")) {
            results.put("(d) naive HashMap", measure(() -> naive(oldTable, newTable, expected)));
        }
        System.out.printf(Locale.ROOT, "%-38s %10s %14s %10s %10s  %s%n", "case", "median s", "rows/s/side", "peak heap",
                "after GC", "notes");
        for (Map.Entry<String, Measurement> entry : results.entrySet()) {
            Measurement m = entry.getValue();
            System.out.printf(Locale.ROOT, "%-38s %10s %14s %7d MB %10s  %s%n", entry.getKey(),
                    m.failed() ? "failed" : String.format(Locale.ROOT, "%.3f", m.seconds()),
                    m.failed() ? "-" : String.format(Locale.ROOT, "%,.0f", rows / m.seconds()), m.peakHeapMb(),
                    m.liveAfterGcMb() == 0 ? "no GC" : m.liveAfterGcMb() + " MB", m.note());
        }
        if (results.keySet().containsAll(List.of("(a) merge", "(b) pushdown", BASELINE, COPY))) {
            double c = results.get(BASELINE).seconds();
            double e = results.get(COPY).seconds();
            System.out.printf(Locale.ROOT, "ratios: (a)/(c) = %.2f   (b)/(c) = %.2f   (a)/(e) = %.2f%n",
                    results.get("(a) merge").seconds() / c, results.get("(b) pushdown").seconds() / c,
                    results.get("(a) merge").seconds() / e);
        }
    }

    private static void explain(DataSource data, String sql) throws SQLException {
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            System.out.println("plan of " + (sql.length() > 160 ? sql.substring(0, 160) + "..." : sql));
            statement.execute(sql);
            while (statement.getResultSet() == null && (statement.getMoreResults() || statement.getUpdateCount() != -1)) {
                // skip the SET's update count to the EXPLAIN's rows
            }
            try (ResultSet plan = statement.getResultSet()) {
                while (plan.next()) {
                    System.out.println("    " + plan.getString(1));
                }
            }
        }
    }

    private static FeatureGroupContract contract(String oldTable, String newTable) {
        ContractBuilder builder = FeatureGroupContract.group("bench").entity("entity_id")
                .source(table("public." + oldTable), table("public." + newTable));
        for (int i = 0; i < FEATURES; i++) {
            builder.feature("f" + i, FLOAT64, nullable());
        }
        return builder.build();
    }

    private String compare(FeatureGroupContract contract, FeatureStore old, FeatureStore fresh, StrategyChoice choice,
                           long expected) {
        Set<String> features = IntStream.range(0, FEATURES).mapToObj(i -> "f" + i).collect(Collectors.toSet());
        ComparisonResult result = new GroupRun(contract, side -> side == Side.OLD ? old : fresh, features, 10_000, choice)
                .comparison();
        long mismatched = result.features().values().stream().mapToLong(FeatureTally::mismatched).sum();
        if (mismatched != expected || result.matched() != result.rowsOld()) {
            throw new IllegalStateException(choice.value() + " found " + mismatched + " mismatches, expected " + expected);
        }
        return String.format(Locale.ROOT, "%d mismatches; fetched %d old / %d new rows; %s", mismatched,
                result.strategy().rowsFetchedOld(), result.strategy().rowsFetchedNew(),
                choice == StrategyChoice.PUSHDOWN ? result.strategy().detail().replaceAll("; chosen by .*", "") : "");
    }

    private String baseline(String oldTable, String newTable) throws Exception {
        Future<String> oldSide = sides.submit(() -> checksum(oldData, oldTable));
        Future<String> newSide = sides.submit(() -> checksum(newData, newTable));
        return "count, checksum old " + oldSide.get() + ", new " + newSide.get();
    }

    private static String checksum(DataSource data, String table) throws SQLException {
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*), sum(hash_record_extended(t, 0)) FROM " + table + " t")) {
            rs.next();
            return rs.getLong(1) + "/" + rs.getBigDecimal(2).toBigInteger().longValue();
        }
    }

    private String copy(String oldTable, String newTable) throws Exception {
        Future<Long> oldSide = sides.submit(copyOut(oldData, oldTable));
        Future<Long> newSide = sides.submit(copyOut(newData, newTable));
        return String.format(Locale.ROOT, "%d + %d rows to a null sink", oldSide.get(), newSide.get());
    }

    private static Callable<Long> copyOut(DataSource data, String table) {
        return () -> {
            try (Connection connection = data.getConnection()) {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyOut(
                        "COPY (SELECT * FROM " + table + " ORDER BY entity_id) TO STDOUT (FORMAT binary)",
                        OutputStream.nullOutputStream());
            }
        };
    }

    /** Everything of the old side into a HashMap, then the new side streamed against it. */
    private String naive(String oldTable, String newTable, long expected) throws SQLException {
        Map<Long, Double[]> oldRows = new HashMap<>();
        try (Connection connection = oldData.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(10_000);
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + oldTable)) {
                    while (rs.next()) {
                        oldRows.put(rs.getLong(1), values(rs));
                    }
                }
            }
        }
        long mismatched = 0;
        try (Connection connection = newData.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(10_000);
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + newTable)) {
                    while (rs.next()) {
                        Double[] old = oldRows.get(rs.getLong(1));
                        Double[] fresh = values(rs);
                        for (int i = 0; i < FEATURES; i++) {
                            if (old == null || !java.util.Objects.equals(old[i], fresh[i])) {
                                mismatched++;
                            }
                        }
                    }
                }
            }
        }
        if (mismatched != expected) {
            throw new IllegalStateException("naive comparison found " + mismatched + " mismatches, expected " + expected);
        }
        return mismatched + " mismatches";
    }

    private static Double[] values(ResultSet rs) throws SQLException {
        Double[] values = new Double[FEATURES];
        for (int i = 0; i < FEATURES; i++) {
            double value = rs.getDouble(i + 2);
            values[i] = rs.wasNull() ? null : value;
        }
        return values;
    }

    private Measurement measure(Callable<String> work) {
        List<Double> seconds = new ArrayList<>();
        String note = "";
        HeapWatch heap = new HeapWatch();
        try {
            for (int i = 0; i < warmup + runs; i++) {
                System.gc();
                heap.reset();
                long start = System.nanoTime();
                try {
                    note = work.call();
                } catch (OutOfMemoryError e) {
                    return new Measurement(Double.NaN, heap.peakMb(), heap.liveMb(), "OutOfMemoryError with max heap "
                            + (Runtime.getRuntime().maxMemory() >> 20) + " MB (allowed to fail: it holds one side in memory)");
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (i >= warmup) {
                    seconds.add(elapsed);
                    heap.keep();
                }
            }
        } finally {
            heap.close();
        }
        seconds.sort(Double::compare);
        String all = seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).collect(Collectors.joining(" "));
        return new Measurement(seconds.get(seconds.size() / 2), heap.peakMb(), heap.liveMb(), note + " [runs: " + all + "]");
    }

    /**
     * The heap a run used, measured honestly: the peak of the used heap sampled every few milliseconds (it never
     * exceeds {@code -Xmx}; summing each pool's own peak would, since the pools peak at different times), and the
     * largest heap left after any collection during the run (what the run kept alive, plus garbage not yet
     * collected in other regions).
     */
    private static final class HeapWatch implements AutoCloseable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .map(java.lang.management.MemoryPoolMXBean::getName).collect(Collectors.toSet());
        private final Thread sampler;
        private final java.util.List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener afterGc;
        private volatile long peak;
        private volatile long live;
        private long keptPeak;
        private long keptLive;
        private volatile boolean running = true;

        HeapWatch() {
            sampler = new Thread(() -> {
                while (running) {
                    try {
                        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    } catch (OutOfMemoryError e) {
                        // the naive case runs out of heap by design; keep sampling
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            afterGc = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (javax.management.openmbean.CompositeData) notification.getUserData());
                    if (!info.getGcCause().equals("System.gc()")) {
                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(pool -> heapPools.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed()).sum();
                        live = Math.max(live, used);
                    }
                }
            };
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(afterGc, null, null);
                    emitters.add(emitter);
                }
            }
        }

        void reset() {
            peak = memory.getHeapMemoryUsage().getUsed();
            live = 0;
        }

        void keep() {
            keptPeak = Math.max(keptPeak, peak);
            keptLive = Math.max(keptLive, live);
        }

        long peakMb() {
            return Math.max(keptPeak, peak) >> 20;
        }

        long liveMb() {
            return Math.max(keptLive, live) >> 20;
        }

        @Override
        public void close() {
            running = false;
            sampler.interrupt();
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(afterGc);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            }
        }
    }

    private record Measurement(double seconds, long peakHeapMb, long liveAfterGcMb, String note) {
        boolean failed() {
            return Double.isNaN(seconds);
        }
    }

    /** Rows whose feature f(g mod 10) the new table changes: a hash of the key below the rate's share of its range. */
    private long expectedDifferences(long rows, double rate) throws SQLException {
        long threshold = Math.round(rate * HASH_RANGE);
        try (Connection connection = newData.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM generate_series(1, " + rows + ") g WHERE "
                     + "(hashint8extended(g, 999) & " + (HASH_RANGE - 1) + ") < " + threshold)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void ensureTable(DataSource data, String table, long rows, double rate) throws SQLException {
        long threshold = Math.round(rate * HASH_RANGE);
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
                exists.next();
                if (exists.getBoolean(1)) {
                    return;
                }
            }
            String differs = "(hashint8extended(g, 999) & " + (HASH_RANGE - 1) + ") < " + threshold;
            String features = IntStream.range(0, FEATURES).mapToObj(i -> {
                String base = "CASE WHEN (hashint8extended(g, " + i + ") & 31) = 0 THEN NULL ELSE "
                        + "((hashint8extended(g, " + (100 + i) + ") % 1000000) / 1000.0)::float8 END";
                return (threshold == 0 ? base
                        : "CASE WHEN g % " + FEATURES + " = " + i + " AND " + differs + " THEN coalesce(" + base + ", 0) + 1 ELSE " + base + " END")
                        + " AS f" + i;
            }).collect(Collectors.joining(", "));
            // keys with gaps: every third integer
            statement.execute("CREATE TABLE " + table + " AS SELECT g * 3 AS entity_id, " + features
                    + " FROM generate_series(1, " + rows + ") g");
            statement.execute("ALTER TABLE " + table + " ADD PRIMARY KEY (entity_id)");
            statement.execute("VACUUM ANALYZE " + table);
        }
    }

    private void close() throws IOException {
        sides.shutdownNow();
        oldServer.close();
        newServer.close();
    }
}
