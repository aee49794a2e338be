-- The old store: a batch table, each event id counted once, window [t - 24h, t).
CREATE SCHEMA legacy;
CREATE TABLE legacy.user_activity_features AS
WITH deduplicated AS (
    SELECT DISTINCT ON (event_id) * FROM events.user_events ORDER BY event_id, ingested_at
)
SELECT u.user_id,
       count(e.event_id) AS events_last_24h,
       sum(e.value)::numeric(18, 2) AS total_value_last_24h,
       max(e.event_timestamp) AS last_event_time
FROM events.users u
CROSS JOIN events.feature_clock c
LEFT JOIN deduplicated e
       ON e.user_id = u.user_id
      AND e.event_timestamp >= c.as_of - INTERVAL '24 hours'
      AND e.event_timestamp < c.as_of
GROUP BY u.user_id;
