-- old store: the column lost its NOT NULL constraint while the contract still declares the feature not null
ALTER TABLE legacy.user_activity_features ALTER COLUMN events_last_24h DROP NOT NULL;
