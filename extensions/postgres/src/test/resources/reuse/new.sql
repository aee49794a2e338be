CREATE SCHEMA shop;
CREATE VIEW shop.features AS SELECT c::bigint AS customer_id, c % 5 AS orders, c % 7 AS visits FROM generate_series(1, 200) AS c;
