-- The raw events both user_activity pipelines read; created once per pipeline database, loaded per try.
CREATE SCHEMA events;

CREATE TABLE events.users (
    user_id bigint PRIMARY KEY
);

-- no key on event_id: a duplicate delivery is loaded as it arrives
CREATE TABLE events.user_events (
    event_id bigint NOT NULL,
    user_id bigint NOT NULL REFERENCES events.users (user_id),
    event_timestamp timestamptz NOT NULL,
    ingested_at timestamptz NOT NULL,
    value numeric(12, 2)
);
