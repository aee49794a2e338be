-- The raw events both pipelines read: 10,000 users, about 200,000 events over the 48 hours before the
-- feature clock (2026-11-01 00:00 UTC). Deterministic: no random(), so every run sees the same data.
-- Users 1..9,900 have at least one event in the last 24 hours; users 9,901..10,000 have none at all,
-- which is where "0 events" versus "NULL" differences between pipelines show up.
CREATE SCHEMA events;

CREATE TABLE events.users (
    user_id bigint PRIMARY KEY,
    signup_date date NOT NULL
);

INSERT INTO events.users (user_id, signup_date)
SELECT u, DATE '2025-01-01' + (u % 365)
FROM generate_series(1, 10000) AS u;

CREATE TABLE events.user_events (
    event_id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES events.users (user_id),
    event_timestamp timestamptz NOT NULL,
    value numeric(12, 2)
);

-- one guaranteed event per active user, an hour before the clock, with a value
INSERT INTO events.user_events (event_id, user_id, event_timestamp, value)
SELECT u, u, TIMESTAMPTZ '2026-11-01 00:00:00+00' - INTERVAL '1 hour', (u % 50) + 0.25
FROM generate_series(1, 9900) AS u;

-- spread events: pseudo-random by multiplicative hashing, some NULL values
INSERT INTO events.user_events (event_id, user_id, event_timestamp, value)
SELECT 100000 + i,
       1 + (i * 7919) % 9900,
       TIMESTAMPTZ '2026-11-01 00:00:00+00' - INTERVAL '1 second' * (1 + (i * 104729) % (48 * 3600)),
       CASE WHEN i % 97 = 0 THEN NULL ELSE ((i * 31) % 100000) / 100.0 END
FROM generate_series(1::bigint, 190000) AS i;

-- events exactly on the window bounds: at t - 24h (inside a closed-open window) and at t (outside)
INSERT INTO events.user_events (event_id, user_id, event_timestamp, value)
SELECT 900000 + u, u, TIMESTAMPTZ '2026-10-31 00:00:00+00', 1.00 FROM generate_series(1, 9900, 7) AS u;
INSERT INTO events.user_events (event_id, user_id, event_timestamp, value)
SELECT 950000 + u, u, TIMESTAMPTZ '2026-11-01 00:00:00+00', 1.00 FROM generate_series(1, 9900, 11) AS u;

ANALYZE events.users;
ANALYZE events.user_events;
