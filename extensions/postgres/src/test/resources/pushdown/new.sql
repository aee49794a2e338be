CREATE SCHEMA shop;
CREATE TABLE shop.features (customer_id bigint PRIMARY KEY, orders int, spend double precision NOT NULL);
-- one differing row in two thousand: the pushdown fetches its bucket only
INSERT INTO shop.features SELECT c, CASE WHEN c % 10 = 0 THEN NULL ELSE c % 5 END, CASE WHEN c = 777 THEN 1.0 ELSE c * 0.5 END
    FROM generate_series(1, 2000) AS c;
ANALYZE shop.features;
