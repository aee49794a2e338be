package org.featureparity.store.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.AsOfRange;
import org.featureparity.store.HistorySample;
import org.featureparity.store.LookupRequest;
import org.featureparity.store.LookupResult;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.RowCursor;
import org.featureparity.store.ScanRequest;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreDescription;
import org.featureparity.store.StoreException;
import org.featureparity.store.StoreInfo;
import org.featureparity.store.UrlRedaction;
import org.featureparity.store.checksum.KeyChecksums;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A {@link FeatureStore} over any JDBC source, on Jdbi. Every read opens a read-only connection and a read-only
 * transaction that is rolled back at the end: nothing this class runs can change the store.
 */
public final class JdbcFeatureStore implements FeatureStore {

    private static final Set<String> TABLE_KINDS_WITH_CONSTRAINTS = Set.of("TABLE", "BASE TABLE", "PARTITIONED TABLE");

    private final String role;
    private final Jdbi jdbi;
    private final String redactedUrl;
    private final Duration statementTimeout;
    private final ZoneId sessionZone;
    private volatile StoreInfo info;
    private volatile JdbcDialect dialect;

    /**
     * @param role             {@code old} or {@code new}, for messages
     * @param connections      opens connections to the store
     * @param url              the store's JDBC URL; only its redacted form is kept
     * @param statementTimeout limit for each statement; zero for none
     */
    public JdbcFeatureStore(String role, ConnectionSource connections, String url, Duration statementTimeout) {
        this(role, Jdbi.create(connections::open), UrlRedaction.redact(url), statementTimeout, ZoneOffset.UTC, null, null);
    }

    private JdbcFeatureStore(String role, Jdbi jdbi, String redactedUrl, Duration statementTimeout, ZoneId sessionZone,
                             StoreInfo info, JdbcDialect dialect) {
        this.role = role;
        this.jdbi = jdbi;
        this.redactedUrl = redactedUrl;
        this.statementTimeout = statementTimeout;
        this.sessionZone = sessionZone;
        this.info = info;
        this.dialect = dialect;
    }

    @Override
    public FeatureStore within(Duration limit) {
        if (statementTimeout.isZero() || limit.compareTo(statementTimeout) < 0) {
            return new JdbcFeatureStore(role, jdbi, redactedUrl, limit, sessionZone, info, dialect);
        }
        return this;
    }

    /** Sessions in {@code zone} (UTC unless asked): never the JVM default zone pgjdbc would send. */
    @Override
    public FeatureStore inZone(ZoneId zone) {
        return zone.equals(sessionZone) ? this : new JdbcFeatureStore(role, jdbi, redactedUrl, statementTimeout, zone, info, dialect);
    }

    /** Probes per lookup statement: large enough to amortize round trips, small enough for any parameter limit. */
    private static final int LOOKUP_BATCH = 500;

    @Override
    public LookupResult lookup(LookupRequest request) {
        return inReadOnlyTransaction(handle -> queries(handle).lookup(request),
                "look up point-in-time values in " + request.source().describe());
    }

    @Override
    public HistorySample sampleHistory(SourceRef source, List<StoreColumn> entityColumns, StoreColumn asOfColumn,
                                       long seed, int limit) {
        return inReadOnlyTransaction(handle -> queries(handle).sample(source, entityColumns, asOfColumn, seed, limit),
                "sample the history of " + source.describe());
    }

    @Override
    public List<AsOfRange> asOfRanges(SourceRef source, List<StoreColumn> entityColumns, StoreColumn asOfColumn,
                                      List<List<Object>> keys) {
        return inReadOnlyTransaction(handle -> queries(handle).ranges(source, entityColumns, asOfColumn, keys, LOOKUP_BATCH),
                "read as-of ranges of " + source.describe());
    }

    @Override
    public Optional<Object> newest(SourceRef source, StoreColumn column) {
        return inReadOnlyTransaction(handle -> queries(handle).newest(source, column),
                "read the newest " + column.name() + " of " + source.describe());
    }

    private HistoryQueries queries(Handle handle) {
        return new HistoryQueries(handle.getConnection(), dialect(), timeoutSeconds());
    }

    @Override
    public StoreInfo info() {
        StoreInfo known = info;
        if (known == null) {
            known = inReadOnlyTransaction(handle -> {
                DatabaseMetaData metadata = handle.getConnection().getMetaData();
                return new StoreInfo(role, metadata.getDatabaseProductName(), metadata.getDatabaseProductVersion(), redactedUrl);
            }, "read store metadata");
            info = known;
        }
        return known;
    }

    @Override
    public StoreDescription describe(SourceRef source) {
        return inReadOnlyTransaction(handle -> source instanceof SourceRef.Table table
                ? describeTable(handle.getConnection(), table)
                : describeQuery(handle, (SourceRef.Query) source), "describe " + source.describe());
    }

    @Override
    public long countNulls(SourceRef source, String column) {
        String sql = "SELECT count(*) FROM " + dialect().relation(source) + " WHERE " + dialect().quote(column) + " IS NULL";
        return inReadOnlyTransaction(handle -> handle.createQuery(sql).setQueryTimeout(timeoutSeconds())
                .mapTo(Long.class).one(), "count NULLs in " + column);
    }

    @Override
    public RowCursor scan(ScanRequest request) {
        JdbcDialect sql = dialect();
        String statement = "SELECT " + Stream.concat(request.keyColumns().stream(), request.valueColumns().stream())
                .map(c -> sql.quote(c.name())).collect(Collectors.joining(", "))
                + " FROM " + sql.relation(request.source())
                + sampleFilter(sql, request)
                + " ORDER BY " + request.keyColumns().stream().map(sql::orderTerm).collect(Collectors.joining(", "));
        return scanStatement(statement, statement, request);
    }

    @Override
    public Optional<KeyChecksums> checksums() {
        return PushdownDialects.forProduct(info().product()).map(pushdown -> new JdbcChecksums(this, pushdown));
    }

    /** Streams a statement's rows (key columns, then value columns, as the request lists them). */
    RowCursor scanStatement(String statement, String evidence, ScanRequest request) {
        return scanStatement(statement, evidence, request, List.of());
    }

    /** A scan run after {@code settings} in its transaction (e.g. {@code SET LOCAL} of a planner setting). */
    RowCursor scanStatement(String statement, String evidence, ScanRequest request, List<String> settings) {
        List<StoreColumn> columns = Stream.concat(request.keyColumns().stream(), request.valueColumns().stream()).toList();
        Optional<RowStreamer> streamer = PushdownDialects.forProduct(info().product()).flatMap(d -> d.rowStreamer(columns));
        Handle handle = openReadOnly();
        try {
            settings.forEach(handle::execute);
            if (streamer.isPresent()) {
                return new JdbcRowCursor(handle, streamer.get().open(handle.getConnection(), statement,
                        request.keyColumns().size(), timeoutSeconds()), streamer.get().statementFor(evidence), role, this::failureOf);
            }
            PreparedStatement prepared = handle.getConnection().prepareStatement(statement);
            prepared.setFetchSize(request.fetchSize());
            prepared.setQueryTimeout(timeoutSeconds());
            ResultSetRows rows = new ResultSetRows(prepared, prepared.executeQuery(),
                    request.keyColumns().stream().map(ColumnReader::forColumn).toArray(ColumnReader[]::new),
                    request.valueColumns().stream().map(ColumnReader::forColumn).toArray(ColumnReader[]::new));
            return new JdbcRowCursor(handle, rows, evidence, role, this::failureOf);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(handle);
            throw new StoreException(role + " store: scan failed: " + failureOf(e), e);
        }
    }

    private String sampleFilter(JdbcDialect sql, ScanRequest request) {
        if (request.sample().isEmpty()) {
            return "";
        }
        return " WHERE " + sql.samplePredicate(request.keyColumns().subList(0, request.sampledKeyColumns()), request.sample().get())
                .orElseThrow(() -> new StoreException(role + " store (" + info().product() + ") cannot sample entities: "
                        + "sampled comparison needs the same SQL hash in both stores, which only PostgreSQL provides so far"));
    }

    private StoreDescription describeTable(Connection connection, SourceRef.Table table) throws SQLException {
        QualifiedName name = QualifiedName.parse(table.qualifiedName());
        DatabaseMetaData metadata = connection.getMetaData();
        String escape = metadata.getSearchStringEscape();
        String catalog = name.catalog().orElse(null);
        String schemaPattern = name.schema().map(s -> escapePattern(s, escape)).orElse(null);
        String tablePattern = escapePattern(name.table(), escape);
        String relationKind = null;
        try (ResultSet tables = metadata.getTables(catalog, schemaPattern, tablePattern, null)) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equals(name.table())) {
                    relationKind = tables.getString("TABLE_TYPE");
                    break;
                }
            }
        }
        if (relationKind == null) {
            throw new StoreException(role + " store: table or view '" + table.qualifiedName()
                    + "' does not exist or is not visible to this user");
        }
        boolean enforced = TABLE_KINDS_WITH_CONSTRAINTS.contains(relationKind.toUpperCase(java.util.Locale.ROOT));
        List<StoreColumn> columns = new ArrayList<>();
        try (ResultSet rs = metadata.getColumns(catalog, schemaPattern, tablePattern, null)) {
            while (rs.next()) {
                if (!rs.getString("TABLE_NAME").equals(name.table())) {
                    continue;
                }
                int jdbcType = rs.getInt("DATA_TYPE");
                String typeName = rs.getString("TYPE_NAME");
                int precision = rs.getInt("COLUMN_SIZE");
                int scale = rs.getInt("DECIMAL_DIGITS");
                boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                columns.add(new StoreColumn(rs.getString("COLUMN_NAME"),
                        JdbcTypeMapping.portable(jdbcType, typeName, precision, scale),
                        JdbcTypeMapping.nativeSpelling(typeName, jdbcType, precision, scale), nullable, enforced));
            }
        }
        return new StoreDescription(table, relationKind.toLowerCase(java.util.Locale.ROOT), columns);
    }

    private StoreDescription describeQuery(Handle handle, SourceRef.Query query) throws SQLException {
        String probe = "SELECT * FROM " + dialect().relation(query) + " WHERE 1 = 0";
        try (var statement = handle.getConnection().prepareStatement(probe)) {
            statement.setQueryTimeout(timeoutSeconds());
            ResultSetMetaData metadata = statement.executeQuery().getMetaData();
            List<StoreColumn> columns = new ArrayList<>();
            for (int i = 1; i <= metadata.getColumnCount(); i++) {
                int jdbcType = metadata.getColumnType(i);
                String typeName = metadata.getColumnTypeName(i);
                int precision = metadata.getPrecision(i);
                int scale = metadata.getScale(i);
                columns.add(new StoreColumn(metadata.getColumnLabel(i),
                        JdbcTypeMapping.portable(jdbcType, typeName, precision, scale),
                        JdbcTypeMapping.nativeSpelling(typeName, jdbcType, precision, scale),
                        metadata.isNullable(i) != ResultSetMetaData.columnNoNulls, false));
            }
            return new StoreDescription(query, "query", columns);
        }
    }

    private static String escapePattern(String identifier, String escape) {
        if (escape == null || escape.isEmpty()) {
            return identifier;
        }
        return identifier.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    String role() {
        return role;
    }

    JdbcDialect dialect() {
        JdbcDialect known = dialect;
        if (known == null) {
            known = JdbcDialect.forProduct(info().product());
            dialect = known;
        }
        return known;
    }

    // JDBC counts whole seconds and reads 0 as "no limit": a limit under a second still limits
    int timeoutSeconds() {
        if (statementTimeout.isZero()) {
            return 0;
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, statementTimeout.toSeconds()));
    }

    /** Opens a handle whose connection and transaction are read-only; the caller closes it. */
    Handle openReadOnly() {
        Handle handle;
        try {
            handle = jdbi.open();
        } catch (RuntimeException e) {
            throw new StoreException(role + " store (" + redactedUrl + ") is unreachable: "
                    + UrlRedaction.redact(rootMessage(e)), e);
        }
        try {
            handle.getConnection().setReadOnly(true);
            handle.begin();
            JdbcDialect known = dialect == null
                    ? JdbcDialect.forProduct(handle.getConnection().getMetaData().getDatabaseProductName()) : dialect;
            known.readOnlyTransactionStatements().forEach(handle::execute);
            if (known == JdbcDialect.POSTGRESQL) {
                handle.execute(SessionTimeZone.setLocal(sessionZone));
            }
            return handle;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(handle);
            throw new StoreException(role + " store: could not open a read-only transaction: "
                    + UrlRedaction.redact(rootMessage(e)), e);
        }
    }

    <T> T inReadOnlyTransaction(SqlWork<T> work, String what) {
        Handle handle = openReadOnly();
        try {
            return work.run(handle);
        } catch (StoreException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(role + " store: could not " + what + ": " + failureOf(e), e);
        } finally {
            closeQuietly(handle);
        }
    }

    static void closeQuietly(Handle handle) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } catch (RuntimeException ignored) {
            // the connection may already be gone; closing below still releases it
        } finally {
            try {
                handle.close();
            } catch (RuntimeException ignored) {
                // nothing more can be done for a broken connection
            }
        }
    }

    /** The cause a person needs: a cancelled statement says which limit cancelled it. */
    String failureOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())) {
                return "statement cancelled after its time limit (" + statementTimeout
                        + "; see parity.timeout.statement and parity.timeout.check)";
            }
        }
        return UrlRedaction.redact(rootMessage(error));
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Handle handle) throws SQLException;
    }
}
