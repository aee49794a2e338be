-- Feature histories for the point-in-time and freshness tests: one row per (user_id, as_of).
-- pit_old keeps as_of as timestamptz; pit_new keeps the same instants as timestamp (without time zone), written as
-- local times in Europe/Berlin, the contracts' zone. Users 1-4 have hand-placed rows (see PointInTimeLookupTests);
-- user 3 straddles the end of summer time in Berlin (2026-10-25 01:00 UTC).
CREATE SCHEMA pit_old;
CREATE SCHEMA pit_new;

CREATE TABLE pit_old.history (
    user_id bigint NOT NULL,
    as_of timestamptz NOT NULL,
    score float8,
    tier text,
    PRIMARY KEY (user_id, as_of)
);
INSERT INTO pit_old.history VALUES
    (1, '2026-11-01 00:00:00+00', 1.0, 'bronze'),
    (1, '2026-11-02 00:00:00+00', 2.0, 'silver'),
    (1, '2026-11-05 12:00:00+00', 3.0, 'gold'),
    (2, '2026-11-03 06:30:00+00', NULL, 'bronze'),
    (3, '2026-10-25 00:00:00+00', 30.0, 'a'),
    (3, '2026-10-25 02:00:00+00', 31.0, 'b'),
    (4, '2026-11-01 10:00:00+00', 40.0, 'x'),
    (4, '2026-11-01 10:00:00.000001+00', 41.0, 'y');
-- a larger population for sampling: users 100-299, five rows each, six hours apart
INSERT INTO pit_old.history
SELECT u, TIMESTAMPTZ '2026-11-10 00:00:00+00' + INTERVAL '6 hours' * r + INTERVAL '1 minute' * (u % 7),
       u * 0.5 + r, CASE WHEN r % 2 = 0 THEN 'even' ELSE 'odd' END
FROM generate_series(100, 299) AS u, generate_series(0, 4) AS r;

CREATE TABLE pit_new.history (
    user_id bigint NOT NULL,
    as_of timestamp NOT NULL,
    score float8,
    tier text,
    PRIMARY KEY (user_id, as_of)
);
INSERT INTO pit_new.history SELECT user_id, as_of AT TIME ZONE 'Europe/Berlin', score, tier FROM pit_old.history;

-- the same history computed by a view: its cast to timestamp runs in the session's zone, which must be the
-- contract's, never the JVM's default
CREATE VIEW pit_new.history_view AS
SELECT user_id, as_of::timestamp AS as_of, score, tier FROM pit_old.history;

-- a new store that drifted: the last row of every user divisible by 10 is missing, and user 110's scores are off
CREATE VIEW pit_new.history_drifted AS
SELECT user_id, as_of, CASE WHEN user_id = 110 THEN score + 1 ELSE score END AS score, tier
FROM pit_old.history h
WHERE NOT (user_id % 10 = 0 AND as_of = (SELECT max(as_of) FROM pit_old.history l WHERE l.user_id = h.user_id));

-- per-user facts computed from the history, for the time-zone tests: the old store wrote them as Berlin local times,
-- the new store's view computes them in the session's zone
CREATE TABLE pit_old.first_seen AS
SELECT user_id, min(as_of) AT TIME ZONE 'Europe/Berlin' AS first_seen, (min(as_of) AT TIME ZONE 'Europe/Berlin')::date AS first_day,
       min(as_of) AS first_seen_at
FROM pit_old.history GROUP BY user_id;
ALTER TABLE pit_old.first_seen ADD PRIMARY KEY (user_id);
CREATE VIEW pit_new.first_seen AS
SELECT user_id, min(as_of)::timestamp AS first_seen, min(as_of)::date AS first_day, min(as_of) AS first_seen_at
FROM pit_old.history GROUP BY user_id;

-- pairs to look up, as a training set would keep them
CREATE TABLE pit_old.training_keys (user_id bigint NOT NULL, label_time timestamptz NOT NULL);
INSERT INTO pit_old.training_keys VALUES
    (1, '2026-10-31 23:59:59.999999+00'), (1, '2026-11-01 00:00:00+00'), (1, '2026-11-04 00:00:00+00'),
    (2, '2026-11-03 06:30:00+00'), (3, '2026-10-25 01:00:00+00'), (5, '2026-11-01 00:00:00+00');

CREATE TABLE pit_old.empty_history (user_id bigint NOT NULL, as_of timestamptz NOT NULL, score float8);
CREATE TABLE pit_new.empty_history (user_id bigint NOT NULL, as_of timestamptz NOT NULL, score float8);

-- a new store keeping the same history as timestamptz, for engine runs where every check of the group must pass
CREATE VIEW pit_new.history_tz AS SELECT * FROM pit_old.history;
CREATE VIEW pit_new.history_drifted_tz AS
SELECT user_id, as_of, CASE WHEN user_id % 3 = 0 THEN score + 1 ELSE score END AS score, tier FROM pit_old.history;

-- a history keyed by two columns (text and integer) with a date as-of, read through a query, for lookups
CREATE TABLE pit_old.daily_sales (region text NOT NULL, store_id integer NOT NULL, as_of date NOT NULL, sales numeric(12, 2),
                                  PRIMARY KEY (region, store_id, as_of));
INSERT INTO pit_old.daily_sales VALUES
    ('north', 1, '2026-11-01', 10.00), ('north', 1, '2026-11-03', 30.00),
    ('north', 2, '2026-11-02', 20.00), ('south', 1, '2026-11-01', 5.50);
