CREATE SCHEMA shop;
CREATE TABLE shop.features (customer_id bigint PRIMARY KEY, orders int NOT NULL, visits int NOT NULL);
INSERT INTO shop.features SELECT c, c % 5, c % 7 FROM generate_series(1, 200) AS c;
