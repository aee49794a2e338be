-- A new events table that keeps wall-clock time: timestamptz values are stored in the session's zone.
CREATE SCHEMA events;

CREATE TABLE events.users (
    user_id bigint PRIMARY KEY
);

CREATE TABLE events.user_events (
    event_id bigint NOT NULL,
    user_id bigint NOT NULL REFERENCES events.users (user_id),
    event_timestamp timestamp NOT NULL,
    ingested_at timestamp NOT NULL,
    value numeric(12, 2)
);
