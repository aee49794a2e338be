-- Stores for fault tests: a table big enough to scan for a while, and a slow view.
CREATE SCHEMA faults;
CREATE TABLE faults.big (user_id bigint PRIMARY KEY, v double precision NOT NULL);
INSERT INTO faults.big SELECT u, u * 0.5 FROM generate_series(1, 20000) AS u;
CREATE TABLE faults.small (user_id bigint PRIMARY KEY, v double precision NOT NULL);
INSERT INTO faults.small SELECT u, u * 0.5 FROM generate_series(1, 100) AS u;
-- a millisecond per row, evaluated for every row (VOLATILE): a scan slow enough to be interrupted
CREATE FUNCTION faults.slowly(v double precision) RETURNS double precision LANGUAGE plpgsql VOLATILE AS
    $$ BEGIN PERFORM pg_sleep(0.001); RETURN v; END $$;
