-- Planted in the new computation: event times are stored as wall-clock time in the session's zone
-- (timestamp without time zone) and the view reads them as if they were UTC.
ALTER TABLE events.user_events ALTER COLUMN event_timestamp TYPE timestamp, ALTER COLUMN ingested_at TYPE timestamp;

CREATE SCHEMA streaming;

CREATE TABLE streaming.feature_clock (as_of timestamptz NOT NULL);
INSERT INTO streaming.feature_clock VALUES (TIMESTAMPTZ '2026-11-01 00:00:00+00');

CREATE VIEW streaming.user_activity_features AS
WITH windowed AS (
    SELECT DISTINCT ON (e.event_id) e.user_id, e.event_id, e.value, e.event_timestamp
    FROM events.user_events e
    CROSS JOIN streaming.feature_clock c
    WHERE e.event_timestamp >= (c.as_of AT TIME ZONE 'UTC') - INTERVAL '24 hours'
      AND e.event_timestamp < (c.as_of AT TIME ZONE 'UTC')
    ORDER BY e.event_id
)
SELECT u.user_id,
       coalesce(agg.events, 0)::bigint AS events_last_24h,
       agg.total_value::numeric(18, 2) AS total_value_last_24h,
       agg.last_event AT TIME ZONE 'UTC' AS last_event_time
FROM events.users u
LEFT JOIN (
    SELECT user_id, count(*) AS events, sum(value) AS total_value, max(event_timestamp) AS last_event
    FROM windowed
    GROUP BY user_id
) agg ON agg.user_id = u.user_id;
