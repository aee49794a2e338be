-- Two stores in one database, as schemas: old_store (batch tables) and new_store (views), for engine tests.
CREATE SCHEMA old_store;
CREATE SCHEMA new_store;

CREATE TABLE old_store.user_activity (
    user_id bigint PRIMARY KEY,
    events_last_24h bigint NOT NULL,
    total_value numeric(18, 2),
    last_event_time timestamptz
);
INSERT INTO old_store.user_activity
SELECT u, u % 13, (u % 97) + 0.5, TIMESTAMPTZ '2026-11-01 00:00:00+00' - INTERVAL '1 minute' * u
FROM generate_series(1, 500) AS u;

CREATE VIEW new_store.user_activity AS SELECT * FROM old_store.user_activity;

-- a new store that drifted: every 10th total is off by 1.00
CREATE VIEW new_store.user_activity_drifted AS
SELECT user_id, events_last_24h,
       CASE WHEN user_id % 10 = 0 THEN total_value + 1 ELSE total_value END AS total_value,
       last_event_time
FROM old_store.user_activity;

CREATE TABLE old_store.empty_features (user_id bigint PRIMARY KEY, score float8);
CREATE TABLE new_store.empty_features (user_id bigint PRIMARY KEY, score float8);

CREATE TABLE old_store.sessions (session_key text PRIMARY KEY, duration_s int NOT NULL);
INSERT INTO old_store.sessions SELECT 'session-' || s, s FROM generate_series(1, 50) AS s;
CREATE VIEW new_store.sessions AS SELECT * FROM old_store.sessions;
