-- The new pipeline: streaming-style features as a view over the events, evaluated at the feature clock.
CREATE SCHEMA streaming;

CREATE TABLE streaming.feature_clock (as_of timestamptz NOT NULL);
INSERT INTO streaming.feature_clock VALUES (TIMESTAMPTZ '2026-11-01 00:00:00+00');

CREATE VIEW streaming.user_activity_features AS
-- each event id counts once: the stream delivers at least once
WITH windowed AS (
    SELECT DISTINCT ON (e.event_id) e.user_id, e.event_id, e.value, e.event_timestamp
    FROM events.user_events e
    CROSS JOIN streaming.feature_clock c
    WHERE e.event_timestamp >= c.as_of - INTERVAL '24 hours'
      AND e.event_timestamp < c.as_of
    ORDER BY e.event_id
)
SELECT u.user_id,
       coalesce(agg.events, 0)::bigint AS events_last_24h,
       agg.total_value::numeric(18, 2) AS total_value_last_24h,
       agg.last_event AS last_event_time
FROM events.users u
LEFT JOIN (
    SELECT user_id, count(*) AS events, sum(value) AS total_value, max(event_timestamp) AS last_event
    FROM windowed
    GROUP BY user_id
) agg ON agg.user_id = u.user_id;

CREATE VIEW streaming.user_profile_features AS
SELECT u.user_id,
       u.signup_date,
       ((c.as_of AT TIME ZONE 'UTC')::date - u.signup_date)::integer AS account_age_days
FROM events.users u
CROSS JOIN streaming.feature_clock c;
