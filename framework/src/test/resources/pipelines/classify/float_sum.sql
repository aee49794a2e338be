-- Planted: the total summed in double precision (float noise in the last digits).
WITH deduplicated AS (
    SELECT DISTINCT ON (event_id) * FROM events.user_events ORDER BY event_id, ingested_at
)
SELECT u.user_id,
       count(e.event_id) AS events_last_24h,
       sum(e.value::float8) AS total_value_last_24h,
       max(e.event_timestamp) AS last_event_time
FROM events.users u
LEFT JOIN deduplicated e
       ON e.user_id = u.user_id
      AND e.event_timestamp >= :as_of - INTERVAL '24 hours'
      AND e.event_timestamp < :as_of
GROUP BY u.user_id
ORDER BY u.user_id
