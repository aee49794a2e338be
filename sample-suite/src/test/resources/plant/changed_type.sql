-- old store: a count stored as numeric(20,0) instead of bigint
ALTER TABLE legacy.user_activity_features ALTER COLUMN events_last_24h TYPE numeric(20, 0);
