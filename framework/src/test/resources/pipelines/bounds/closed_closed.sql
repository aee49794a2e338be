-- A window of [t - 24h, t]: closed_closed bounds.
SELECT u.user_id,
       count(e.event_id) AS events_last_24h,
       sum(e.value)::numeric(18, 2) AS total_value_last_24h,
       max(e.event_timestamp) AS last_event_time
FROM events.users u
LEFT JOIN events.user_events e
       ON e.user_id = u.user_id
      AND e.event_timestamp >= :as_of - INTERVAL '24 hours'
      AND e.event_timestamp <= :as_of
GROUP BY u.user_id
ORDER BY u.user_id
