CREATE SCHEMA shop;
CREATE TABLE shop.features (customer_id bigint PRIMARY KEY, orders int NOT NULL);
INSERT INTO shop.features SELECT c, c % 5 FROM generate_series(1, 100) AS c;
