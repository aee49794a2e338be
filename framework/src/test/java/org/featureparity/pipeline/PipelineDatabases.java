package org.featureparity.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.featureparity.pipeline.sql.EventTable;
import org.featureparity.store.jdbc.ConnectionSource;
import org.featureparity.testing.TestDatabase;

/** Fresh databases on the test PostgreSQL for pipelines to own, and the user_activity pipeline fixtures. */
final class PipelineDatabases {

    static final EventTable USER_EVENTS = EventTable.of("events.user_events", "event_id", "user_id", "event_timestamp")
            .withIngestedAt("ingested_at").withValue("value").withEntities("events.users", "user_id");

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private PipelineDatabases() {
    }

    /** A new empty database, so each pipeline can create the same schema names as in production. */
    static ConnectionSource fresh(String purpose) {
        String name = "pipeline_" + purpose + "_" + DATABASES.incrementAndGet();
        TestDatabase.execute("DROP DATABASE IF EXISTS " + name);
        TestDatabase.execute("CREATE DATABASE " + name);
        DataSource database = TestDatabase.postgres().getDatabase("postgres", name);
        return database::getConnection;
    }

    static String resource(String path) {
        try (InputStream in = PipelineDatabases.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
