package org.featureparity.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.featureparity.api.PipelinesSpec.sql;
import static org.featureparity.contract.Contracts.DATE;
import static org.featureparity.contract.Contracts.INT32;
import static org.featureparity.contract.Contracts.INT64;
import static org.featureparity.contract.Contracts.TIMESTAMPTZ;
import static org.featureparity.contract.Contracts.absolute;
import static org.featureparity.contract.Contracts.agreement;
import static org.featureparity.contract.Contracts.decimal;
import static org.featureparity.contract.Contracts.notNull;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.pointInTime;
import static org.featureparity.contract.Contracts.table;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.featureparity.api.Contract;
import org.featureparity.api.FeatureSuite;
import org.featureparity.api.JdbcStoreSpec;
import org.featureparity.api.Pipelines;
import org.featureparity.api.PipelinesSpec;
import org.featureparity.api.Property;
import org.featureparity.api.Store;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.pipeline.PipelinePair;
import org.featureparity.postgres.PostgresStores;

/**
 * The sample migration written in Java: the legacy batch tables against the streaming views, user_profile upstream
 * of user_activity.
 */
@FeatureSuite(migration = "feature-store-2026")
class UserActivityMigrationTest {

    @Store("old")
    static final JdbcStoreSpec legacy = PostgresStores.embedded().init("common/events.sql", "legacy/batch_features.sql",
            "legacy/activity_history.sql");

    @Store("new")
    static final JdbcStoreSpec streaming = PostgresStores.embedded().init("common/events.sql", "streaming/feature_views.sql",
            "streaming/activity_history.sql");

    /** The computations behind the two tables, for the equivalence property over generated event histories. */
    @Pipelines("user_activity")
    static final PipelinesSpec activityPipelines = PipelinesSpec
            .events("pipelines/events.sql", "events.user_events", "event_id", "user_id", "event_timestamp")
            .ingestedAt("ingested_at").value("value").entities("events.users", "user_id")
            .oldPipeline(sql("pipelines/legacy_user_activity.sql").setup("legacy/batch_features.sql"))
            .newPipeline(sql("pipelines/streaming_user_activity.sql").setup("streaming/feature_views.sql")
                    .afterLoad("UPDATE streaming.feature_clock SET as_of = :as_of"))
            .storesAsOf(Instant.parse("2026-11-01T00:00:00Z"));

    @Contract
    static FeatureGroupContract userActivity() {
        return FeatureGroupContract.group("user_activity")
                .version("3")
                .owner("risk-ml")
                .tier("critical")
                .consumers("fraud_v7", "churn_v2")
                .dependsOn("user_profile")
                .entity("user_id")
                .source(table("legacy.user_activity_features"), table("streaming.user_activity_features"))
                .feature("events_last_24h", INT64, notNull())
                .feature("total_value_last_24h", decimal(18, 2), nullable(), absolute(0.01))
                .feature("last_event_time", TIMESTAMPTZ, nullable())
                .window("event_timestamp", Duration.ofHours(24), Bounds.CLOSED_OPEN)
                .gate(agreement(0.995))
                .lineage("events.user_events", "24h window aggregates per user, as of the feature clock")
                .build();
    }

    /** A property of the new computation alone: every registered user gets a row, with or without events. */
    @Property(group = "user_activity", tries = 100)
    static void everyUserGetsARow(EventHistory history, PipelinePair pipelines) {
        assertThat(pipelines.newPipeline().compute(history).rows()).hasSize(history.entities().size());
    }

    @Contract
    static FeatureGroupContract userProfile() {
        return FeatureGroupContract.group("user_profile")
                .version("1")
                .owner("identity-data")
                .tier("standard")
                .consumers("churn_v2")
                .entity("user_id")
                .source(table("legacy.user_profile_features"), table("streaming.user_profile_features"))
                .feature("signup_date", DATE, notNull())
                .feature("account_age_days", INT32, notNull())
                .gate(agreement(1.0))
                .lineage("events.users", "days between signup and the feature clock (UTC)")
                .build();
    }

    /** A feature history: served as of any past time, so it gets the point-in-time and freshness checks too. */
    @Contract
    static FeatureGroupContract userActivityHourly() {
        return FeatureGroupContract.group("user_activity_hourly")
                .version("1")
                .owner("risk-ml")
                .tier("high")
                .consumers("fraud_v7")
                .entity("user_id")
                .asOf("as_of")
                .zone(ZoneOffset.UTC)
                .source(table("legacy.user_activity_hourly"), table("streaming.user_activity_hourly"))
                .feature("events_in_hour", INT64, notNull())
                .feature("value_in_hour", decimal(18, 2), nullable(), absolute(0.01))
                .pointInTime(pointInTime().withTtl(Duration.ofHours(6)))
                .maxStaleness(Duration.ofHours(2))
                .gate(agreement(0.995))
                .lineage("events.user_events", "events and value per user and clock hour (UTC), as of the hour's end")
                .build();
    }
}
