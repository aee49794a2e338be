-- new store, planted cause: the total cast to a whole number
CREATE OR REPLACE VIEW streaming.user_activity_features AS
WITH windowed AS (
    SELECT DISTINCT ON (e.event_id) e.user_id, e.event_id, e.value, e.event_timestamp
    FROM events.user_events e
    CROSS JOIN (SELECT as_of AS as_of FROM streaming.feature_clock) c
    WHERE e.event_timestamp >= c.as_of - INTERVAL '24 hours'
      AND e.event_timestamp < c.as_of
    ORDER BY e.event_id
)
SELECT u.user_id,
       coalesce(agg.events, 0)::bigint AS events_last_24h,
       agg.total_value::bigint::numeric(18, 2) AS total_value_last_24h,
       agg.last_event AS last_event_time
FROM events.users u
LEFT JOIN (
    SELECT user_id, count(*) AS events, sum(value) AS total_value, max(event_timestamp) AS last_event
    FROM windowed
    GROUP BY user_id
) agg ON agg.user_id = u.user_id;
