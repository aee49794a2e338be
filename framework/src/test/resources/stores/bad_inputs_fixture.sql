-- Stores for the bad-input suite: hostile identifiers, duplicate keys, special values, extreme sizes and times.
CREATE SCHEMA bad;
CREATE TABLE bad.victim (id int);
INSERT INTO bad.victim VALUES (1);

CREATE TABLE bad.plain (user_id bigint PRIMARY KEY, score double precision NOT NULL);
INSERT INTO bad.plain SELECT u, u FROM generate_series(1, 10) AS u;

CREATE TABLE bad.text_keys (user_id text PRIMARY KEY, score double precision NOT NULL);
INSERT INTO bad.text_keys SELECT u::text, u FROM generate_series(1, 10) AS u;

CREATE TABLE bad.duplicated (user_id bigint NOT NULL, score double precision NOT NULL);
INSERT INTO bad.duplicated SELECT u, u FROM generate_series(1, 10) AS u;
INSERT INTO bad.duplicated VALUES (7, 7);

CREATE TABLE bad.null_key (user_id bigint, score double precision NOT NULL);
INSERT INTO bad.null_key VALUES (1, 1), (NULL, 2);

CREATE TABLE bad.empty (user_id bigint PRIMARY KEY, score double precision NOT NULL);

CREATE TABLE bad."we""ird" ("user_id" bigint PRIMARY KEY, "größe" double precision NOT NULL, "x; drop table bad.victim" int);
INSERT INTO bad."we""ird" SELECT u, u, u FROM generate_series(1, 10) AS u;

CREATE TABLE bad.special_old (user_id bigint PRIMARY KEY, v double precision, d numeric, s text, t timestamptz);
CREATE TABLE bad.special_new (user_id bigint PRIMARY KEY, v double precision, d numeric, s text, t timestamptz);
INSERT INTO bad.special_old VALUES
    (1, 'NaN', 1e400, repeat('x', 1000000), 'infinity'),
    (2, 'Infinity', -1e400, repeat('y', 1000000), '-infinity'),
    (3, '-0.0', 0, '', '4713-01-01 00:00:00+00 BC'),
    (4, 1.0, 1, 'a', '294276-12-31 23:59:59.999999+00');
INSERT INTO bad.special_new SELECT * FROM bad.special_old;
CREATE TABLE bad.special_drift (user_id bigint PRIMARY KEY, v double precision, d numeric, s text, t timestamptz);
INSERT INTO bad.special_drift VALUES
    (1, 1.0, 2e400, repeat('x', 999999) || 'z', '-infinity'),
    (2, 'Infinity', -1e400, repeat('y', 1000000), '-infinity'),
    (3, 0.0, 0, '', '4713-01-01 00:00:00+00 BC'),
    (4, 'NaN', 1, 'a', '294276-12-31 23:59:59.999999+00');
UPDATE bad.special_new SET v = 0.0 WHERE user_id = 3;
