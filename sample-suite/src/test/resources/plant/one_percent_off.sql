-- old store: 100 of 10,000 users' totals off by 1.00, far beyond the 0.01 tolerance (agreement 0.99)
UPDATE legacy.user_activity_features
SET total_value_last_24h = total_value_last_24h + 1
WHERE user_id <= 9900 AND user_id % 99 = 0;
