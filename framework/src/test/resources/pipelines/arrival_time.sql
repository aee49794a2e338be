-- A window of [t - 24h, t) over the events that had arrived by t: computed as of arrival time, as a streaming
-- job does, where a batch recomputed later also counts the events that arrived after t.
SELECT u.user_id,
       count(e.event_id) AS events_last_24h,
       sum(e.value)::numeric(18, 2) AS total_value_last_24h,
       max(e.event_timestamp) AS last_event_time
FROM events.users u
LEFT JOIN events.user_events e
       ON e.user_id = u.user_id
      AND e.event_timestamp >= :as_of - INTERVAL '24 hours'
      AND e.event_timestamp < :as_of
      AND e.ingested_at <= :as_of
GROUP BY u.user_id
ORDER BY u.user_id
