CREATE SCHEMA shop;
CREATE TABLE shop.features (customer_id bigint PRIMARY KEY, orders int, spend double precision NOT NULL);
INSERT INTO shop.features SELECT c, CASE WHEN c % 10 = 0 THEN NULL ELSE c % 5 END, c * 0.5 FROM generate_series(1, 2000) AS c;
ANALYZE shop.features;
