-- The new store, with a planted cause: users without events get NULL instead of 0 events
CREATE SCHEMA streaming;
CREATE VIEW streaming.user_activity_features AS
WITH clock AS (SELECT as_of AS as_of FROM events.feature_clock),
deduplicated AS (
    SELECT DISTINCT ON (event_id) * FROM events.user_events ORDER BY event_id, ingested_at
)
SELECT u.user_id,
       nullif(count(e.event_id), 0) AS events_last_24h,
       sum(e.value)::numeric(18, 2) AS total_value_last_24h,
       max(e.event_timestamp) AS last_event_time
FROM events.users u
CROSS JOIN clock c
LEFT JOIN deduplicated e
       ON e.user_id = u.user_id
      AND e.event_timestamp >= c.as_of - INTERVAL '24 hours'
      AND e.event_timestamp < c.as_of
GROUP BY u.user_id;
