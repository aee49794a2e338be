-- The legacy pipeline: a nightly batch job that materializes features as of the clock into a table.
CREATE SCHEMA legacy;

CREATE TABLE legacy.user_activity_features (
    user_id bigint PRIMARY KEY,
    events_last_24h bigint NOT NULL,
    total_value_last_24h numeric(18, 2),
    last_event_time timestamptz,
    computed_at timestamptz NOT NULL
);

INSERT INTO legacy.user_activity_features
SELECT u.user_id,
       count(e.event_id),
       sum(e.value),
       max(e.event_timestamp),
       TIMESTAMPTZ '2026-11-01 00:00:00+00'
FROM events.users u
LEFT JOIN events.user_events e
       ON e.user_id = u.user_id
      AND e.event_timestamp >= TIMESTAMPTZ '2026-11-01 00:00:00+00' - INTERVAL '24 hours'
      AND e.event_timestamp < TIMESTAMPTZ '2026-11-01 00:00:00+00'
GROUP BY u.user_id;

-- Profile features, also from the nightly batch: account age as of the clock.
CREATE TABLE legacy.user_profile_features (
    user_id bigint PRIMARY KEY,
    signup_date date NOT NULL,
    account_age_days integer NOT NULL
);

INSERT INTO legacy.user_profile_features
SELECT user_id, signup_date, DATE '2026-11-01' - signup_date
FROM events.users;
