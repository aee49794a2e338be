-- new store: users without events get NULL instead of 0 events (the 100 users 9,901..10,000)
ALTER VIEW streaming.user_activity_features RENAME TO user_activity_features_base;
CREATE VIEW streaming.user_activity_features AS
SELECT user_id, nullif(events_last_24h, 0) AS events_last_24h, total_value_last_24h, last_event_time
FROM streaming.user_activity_features_base;
