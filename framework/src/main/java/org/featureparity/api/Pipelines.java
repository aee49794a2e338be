package org.featureparity.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static {@link PipelinesSpec} field of a {@link FeatureSuite} as the old and new computation of a group:
 * the group then gets a {@code [property:equivalence]} node that runs generated event histories through both.
 * <pre>
 * &#64;Pipelines("user_activity")
 * static final PipelinesSpec activityPipelines = PipelinesSpec
 *         .events("pipelines/events.sql", "events.user_events", "event_id", "user_id", "event_timestamp")
 *         .value("value").entities("events.users", "user_id")
 *         .oldPipeline(PipelinesSpec.sql("pipelines/batch.sql"))
 *         .newPipeline(PipelinesSpec.sql("pipelines/view.sql").setup("streaming/views.sql")
 *                 .afterLoad("UPDATE streaming.feature_clock SET as_of = :as_of"));
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Pipelines {

    /** The group these are the pipelines of; may be left out when the suite declares one group. */
    String value() default "";

    /** Generated histories per run; 0 means {@code parity.tries} (default 200). */
    int tries() default 0;
}
