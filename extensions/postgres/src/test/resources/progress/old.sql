CREATE SCHEMA shop;
CREATE TABLE shop.features (customer_id bigint PRIMARY KEY, orders int NOT NULL, spend double precision NOT NULL);
INSERT INTO shop.features SELECT c, c % 5, c * 0.5 FROM generate_series(1, 20000) AS c;
ANALYZE shop.features;
