-- The legacy batch job's feature history: events and value per user and clock hour, one row per (user_id, as_of),
-- as_of the end of the hour. Computed in UTC explicitly.
CREATE TABLE legacy.user_activity_hourly (
    user_id bigint NOT NULL,
    as_of timestamptz NOT NULL,
    events_in_hour bigint NOT NULL,
    value_in_hour numeric(18, 2),
    PRIMARY KEY (user_id, as_of)
);

INSERT INTO legacy.user_activity_hourly
SELECT user_id, (date_trunc('hour', event_timestamp AT TIME ZONE 'UTC') + INTERVAL '1 hour') AT TIME ZONE 'UTC',
       count(*), sum(value)
FROM events.user_events
GROUP BY 1, 2;

ANALYZE legacy.user_activity_hourly;
