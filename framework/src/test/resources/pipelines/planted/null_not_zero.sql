-- Planted: the aggregate is joined without coalesce, so an entity without events gets NULL instead of 0.
WITH deduplicated AS (
    SELECT DISTINCT ON (event_id) * FROM events.user_events ORDER BY event_id, ingested_at
)
SELECT u.user_id,
       agg.events AS events_last_24h,
       agg.total_value::numeric(18, 2) AS total_value_last_24h,
       agg.last_event AS last_event_time
FROM events.users u
LEFT JOIN (
    SELECT user_id, count(*) AS events, sum(value) AS total_value, max(event_timestamp) AS last_event
    FROM deduplicated
    WHERE event_timestamp >= :as_of - INTERVAL '24 hours' AND event_timestamp < :as_of
    GROUP BY user_id
) agg ON agg.user_id = u.user_id
ORDER BY u.user_id
