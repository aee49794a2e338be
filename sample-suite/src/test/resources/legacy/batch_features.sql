-- The legacy pipeline: a nightly batch job that materializes features as of the clock into a table.
CREATE SCHEMA legacy;

CREATE TABLE legacy.user_activity_features (
    user_id bigint PRIMARY KEY,
    events_last_24h bigint NOT NULL,
    total_value_last_24h numeric(18, 2),
    last_event_time timestamptz,
    computed_at timestamptz NOT NULL
);

-- The batch computation as of any time; the nightly job below runs it as of the clock, and the sample's
-- equivalence property runs it on generated histories (pipelines/legacy_user_activity.sql). Each event id counts
-- once: the stream delivers at least once.
CREATE FUNCTION legacy.user_activity_as_of(as_of timestamptz)
RETURNS TABLE (user_id bigint, events_last_24h bigint, total_value_last_24h numeric, last_event_time timestamptz)
LANGUAGE sql STABLE AS $$
    WITH delivered AS (
        SELECT DISTINCT ON (event_id) event_id, user_id, event_timestamp, value
        FROM events.user_events
        ORDER BY event_id
    )
    SELECT u.user_id, count(e.event_id), sum(e.value), max(e.event_timestamp)
    FROM events.users u
    LEFT JOIN delivered e
           ON e.user_id = u.user_id
          AND e.event_timestamp >= as_of - INTERVAL '24 hours'
          AND e.event_timestamp < as_of
    GROUP BY u.user_id
$$;

INSERT INTO legacy.user_activity_features
SELECT f.user_id, f.events_last_24h, f.total_value_last_24h, f.last_event_time, TIMESTAMPTZ '2026-11-01 00:00:00+00'
FROM legacy.user_activity_as_of(TIMESTAMPTZ '2026-11-01 00:00:00+00') f;

-- Profile features, also from the nightly batch: account age as of the clock.
CREATE TABLE legacy.user_profile_features (
    user_id bigint PRIMARY KEY,
    signup_date date NOT NULL,
    account_age_days integer NOT NULL
);

INSERT INTO legacy.user_profile_features
SELECT user_id, signup_date, DATE '2026-11-01' - signup_date
FROM events.users;
