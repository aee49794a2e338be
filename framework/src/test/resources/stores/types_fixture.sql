-- Every PostgreSQL type the portable mapping knows, plus one it does not (jsonb), for store tests.
CREATE SCHEMA types_store;
CREATE TABLE types_store.all_types (
    id bigint PRIMARY KEY,
    c_int2 smallint NOT NULL,
    c_int4 integer,
    c_int8 bigint,
    c_float4 real,
    c_float8 double precision,
    c_numeric numeric(18, 2),
    c_numeric_free numeric,
    c_text text,
    c_varchar varchar(20),
    c_bool boolean,
    c_date date,
    c_ts timestamp,
    c_tstz timestamptz(3),
    c_json jsonb
);
INSERT INTO types_store.all_types VALUES
    (1, 1, 2, 3, 0.1, 0.1, 12.34, 1e30, 'a', 'b', true, DATE '2026-11-01',
     TIMESTAMP '2026-11-01 10:00:00', TIMESTAMPTZ '2026-11-01 10:00:00.123+00', '{}'),
    (2, 0, NULL, NULL, 'NaN', '-Infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
CREATE VIEW types_store.all_types_view AS SELECT * FROM types_store.all_types;

-- text keys whose byte order differs from a natural-language collation's
CREATE TABLE types_store.text_keys (k text PRIMARY KEY, v int NOT NULL);
INSERT INTO types_store.text_keys VALUES ('b', 1), ('B', 2), ('a', 3), ('_x', 4), ('Z', 5), ('é', 6), ('😀', 7), (E'\uFFFD', 8);

-- a function that writes, to prove reads cannot
CREATE TABLE types_store.audit (note text);
CREATE FUNCTION types_store.sneaky_write() RETURNS int LANGUAGE sql AS
    $$ INSERT INTO types_store.audit VALUES ('written'); SELECT 1 $$;
