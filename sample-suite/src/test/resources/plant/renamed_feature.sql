-- new store: the feature's column was renamed without the contract declaring it
ALTER VIEW streaming.user_activity_features RENAME COLUMN events_last_24h TO event_count_24h;
