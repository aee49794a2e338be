-- Sample-like raw events for store-level classification tests, in a database of its own: 1,000 users, twelve
-- events each over the 48 hours before t = 2026-11-01 00:00 UTC (users 991..1,000 have none), some NULL values,
-- every 7th user with an event exactly at t - 24h, every 11th exactly at t, every 5th with one event delivered twice.
CREATE SCHEMA events;

CREATE TABLE events.users (user_id bigint PRIMARY KEY);
INSERT INTO events.users SELECT u FROM generate_series(1, 1000) AS u;

-- no key on event_id: a duplicate delivery is stored as it arrived
CREATE TABLE events.user_events (
    event_id bigint NOT NULL,
    user_id bigint NOT NULL REFERENCES events.users (user_id),
    event_timestamp timestamptz NOT NULL,
    ingested_at timestamptz NOT NULL,
    value numeric(12, 2)
);

INSERT INTO events.user_events
SELECT u * 100 + i, u, ts, ts + INTERVAL '5 seconds',
       CASE WHEN (u + i) % 13 = 0 THEN NULL ELSE ((u * 31 + i * 17) % 10000) / 100.0 END
FROM generate_series(1, 990) AS u, generate_series(0, 11) AS i,
     LATERAL (SELECT TIMESTAMPTZ '2026-11-01 00:00:00+00'
                     - INTERVAL '1 second' * (1 + (u * 7919 + i * 104729) % (48 * 3600))
                     - INTERVAL '1 microsecond' * ((u * 31 + i) % 1000) AS ts) t;

INSERT INTO events.user_events
SELECT u * 100 + 50, u, TIMESTAMPTZ '2026-10-31 00:00:00+00', TIMESTAMPTZ '2026-10-31 00:00:05+00', 1.00
FROM generate_series(7, 990, 7) AS u;
INSERT INTO events.user_events
SELECT u * 100 + 60, u, TIMESTAMPTZ '2026-11-01 00:00:00+00', TIMESTAMPTZ '2026-11-01 00:00:05+00', 2.00
FROM generate_series(11, 990, 11) AS u;
INSERT INTO events.user_events
SELECT event_id, user_id, event_timestamp, ingested_at + INTERVAL '1 minute', value
FROM events.user_events WHERE user_id % 5 = 0 AND event_id % 100 = 3;

-- the feature clock both stores computed as of
CREATE TABLE events.feature_clock (as_of timestamptz NOT NULL);
INSERT INTO events.feature_clock VALUES (TIMESTAMPTZ '2026-11-01 00:00:00+00');
