package org.featureparity.pipeline.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.pipeline.FeaturePipeline;
import org.featureparity.pipeline.PipelineException;
import org.featureparity.pipeline.PipelineOutput;
import org.featureparity.store.jdbc.ConnectionSource;
import org.featureparity.store.jdbc.SessionTimeZone;

/**
 * A SQL feature computation on a database the framework owns. The schema is created once; each history is then
 * loaded, computed and read inside one transaction that is rolled back, so tries are isolated without a new
 * database or a TRUNCATE per try, and nothing a try wrote outlives it.
 */
public final class SqlPipeline implements FeaturePipeline {

    /** Histories with at least this many events are analyzed after loading; generated ones are far smaller. */
    static final int ANALYZE_FROM_EVENTS = 1_000;
    /** Longer than any check may run: no statement timeout is set. */
    private static final Duration UNLIMITED = Duration.ofDays(1);

    private final SqlPipelineDefinition definition;
    private final Connection connection;
    private final List<AsOfStatement> afterLoad;
    private final AsOfStatement featureQuery;

    private SqlPipeline(SqlPipelineDefinition definition, Connection connection) {
        this.definition = definition;
        this.connection = connection;
        this.afterLoad = definition.afterLoad().stream().map(AsOfStatement::parse).toList();
        this.featureQuery = AsOfStatement.parse(definition.featureQuery());
    }

    /** Connects, creates the pipeline's schema and keeps the connection for its computations. */
    public static SqlPipeline open(ConnectionSource database, SqlPipelineDefinition definition) {
        Connection connection = null;
        try {
            connection = database.open();
            connection.setAutoCommit(false);
            if (!definition.schema().isBlank()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(definition.schema());
                }
            }
            connection.commit();
            return new SqlPipeline(definition, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new PipelineException("pipeline " + definition.name() + ": could not create its schema: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public PipelineOutput compute(EventHistory history) {
        return compute(history, UNLIMITED);
    }

    @Override
    public PipelineOutput compute(EventHistory history, Duration limit) {
        PipelineOutput output;
        try {
            output = loadAndRead(history, limit);
        } catch (SQLException e) {
            PipelineException failure = new PipelineException("pipeline " + name() + " failed on a history as of "
                    + history.asOf() + ": " + e.getMessage(), e);
            rollbackAfter(failure);
            throw failure;
        } catch (RuntimeException e) {
            rollbackAfter(e);
            throw e;
        }
        rollback();
        return output;
    }

    private PipelineOutput loadAndRead(EventHistory history, Duration limit) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(SessionTimeZone.setLocal(history.zone()));
            if (limit.compareTo(UNLIMITED) < 0) {
                // the server cancels whatever statement of this try is still running then (0 would mean no limit)
                statement.execute("SET LOCAL statement_timeout = " + Math.max(1, limit.toMillis()));
            }
        }
        EventInsert.load(connection, definition.events(), history);
        if (history.events().size() >= ANALYZE_FROM_EVENTS) {
            // rows loaded in this transaction have no statistics: the planner would take the tables for tiny and
            // join them by nested loops, quadratic in the events (minutes for a store's 10^5 events)
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE " + definition.events().table());
                if (definition.events().entityTable().isPresent()) {
                    statement.execute("ANALYZE " + definition.events().entityTable().get());
                }
            }
        }
        for (AsOfStatement statement : afterLoad) {
            try (PreparedStatement prepared = statement.prepare(connection, history.asOf())) {
                prepared.execute();
            }
        }
        try (PreparedStatement query = featureQuery.prepare(connection, history.asOf());
             ResultSet rows = query.executeQuery()) {
            return read(rows);
        }
    }

    @Override
    public String loadScript(EventHistory history) {
        return LoadScript.render(definition.events(), history);
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static PipelineOutput read(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> values = new ArrayList<>();
        while (rows.next()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(CanonicalValues.read(rows, meta, i));
            }
            values.add(row);
        }
        return new PipelineOutput(columns, values);
    }

    /** Undoes the try: its events, derived data and session zone, so the next try starts from the schema alone. */
    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // a try that cannot be undone would leak its events into the next one: stop rather than go on
            throw new PipelineException("pipeline " + name() + ": could not roll back a try: " + e.getMessage(), e);
        }
    }

    private void rollbackAfter(RuntimeException failure) {
        try {
            rollback();
        } catch (PipelineException e) {
            failure.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing after a failure: the first error is the one worth reporting
            }
        }
    }
}
