-- The raw events as both user_activity pipelines receive them, empty: the property loads generated histories into
-- it, one rolled-back transaction per try. The columns of common/events.sql, plus when each delivery arrived; no
-- key on event_id, because the stream delivers at least once and both computations must count an event once.
CREATE SCHEMA events;

CREATE TABLE events.users (
    user_id bigint PRIMARY KEY,
    signup_date date NOT NULL DEFAULT DATE '2025-01-01'
);

CREATE TABLE events.user_events (
    event_id bigint NOT NULL,
    user_id bigint NOT NULL REFERENCES events.users (user_id),
    event_timestamp timestamptz NOT NULL,
    ingested_at timestamptz NOT NULL,
    value numeric(12, 2)
);
