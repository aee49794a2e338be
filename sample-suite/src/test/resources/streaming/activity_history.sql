-- The streaming side's feature history: hourly tumbling aggregates, materialized and indexed for point-in-time
-- serving. date_trunc on timestamptz truncates in the session's zone, so the job pins its zone, as production does.
SET TIME ZONE 'UTC';

CREATE MATERIALIZED VIEW streaming.user_activity_hourly AS
SELECT user_id, date_trunc('hour', event_timestamp) + INTERVAL '1 hour' AS as_of,
       count(*) AS events_in_hour, sum(value) AS value_in_hour
FROM events.user_events
GROUP BY 1, 2;

CREATE UNIQUE INDEX ON streaming.user_activity_hourly (user_id, as_of);
ANALYZE streaming.user_activity_hourly;
