package org.featureparity.temporal;

import static org.featureparity.contract.Contracts.INT64;
import static org.featureparity.contract.Contracts.TIMESTAMPTZ;
import static org.featureparity.contract.Contracts.absolute;
import static org.featureparity.contract.Contracts.decimal;
import static org.featureparity.contract.Contracts.notNull;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.pipeline.sql.EventTable;
import org.featureparity.pipeline.sql.SqlPipeline;
import org.featureparity.pipeline.sql.SqlPipelineDefinition;
import org.featureparity.testing.TestDatabase;

/** SQL pipelines over the user_activity events on fresh databases of the test PostgreSQL. */
final class TemporalPipelines {

    static final EventTable USER_EVENTS = EventTable.of("events.user_events", "event_id", "user_id", "event_timestamp")
            .withIngestedAt("ingested_at").withValue("value").withEntities("events.users", "user_id");

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TemporalPipelines() {
    }

    static FeatureGroupContract userActivity(Bounds bounds, ZoneId zone) {
        return FeatureGroupContract.group("user_activity")
                .entity("user_id")
                .source(table("legacy.user_activity_features"), table("streaming.user_activity_features"))
                .feature("events_last_24h", INT64, notNull())
                .feature("total_value_last_24h", decimal(18, 2), nullable(), absolute(0.01))
                .feature("last_event_time", TIMESTAMPTZ, nullable())
                .window("event_timestamp", Duration.ofHours(24), bounds, zone)
                .build();
    }

    /** The same group with the total compared exactly. */
    static FeatureGroupContract userActivityExactTotal(ZoneId zone) {
        return FeatureGroupContract.group("user_activity")
                .entity("user_id")
                .source(table("legacy.user_activity_features"), table("streaming.user_activity_features"))
                .feature("events_last_24h", INT64, notNull())
                .feature("total_value_last_24h", decimal(18, 2), nullable())
                .feature("last_event_time", TIMESTAMPTZ, nullable())
                .window("event_timestamp", Duration.ofHours(24), Bounds.CLOSED_OPEN, zone)
                .build();
    }

    /** A pipeline running the feature query in {@code query} (a test resource) over the user_activity events. */
    static SqlPipeline open(String name, String query) {
        return open(name, "pipelines/events.sql", query);
    }

    static SqlPipeline open(String name, String schema, String query) {
        String database = "temporal_" + name.replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.incrementAndGet();
        TestDatabase.execute("DROP DATABASE IF EXISTS " + database);
        TestDatabase.execute("CREATE DATABASE " + database);
        DataSource source = TestDatabase.postgres().getDatabase("postgres", database);
        return SqlPipeline.open(source::getConnection, SqlPipelineDefinition.query(name, resource(schema), USER_EVENTS,
                resource(query)));
    }

    static String resource(String path) {
        try (InputStream in = TemporalPipelines.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
