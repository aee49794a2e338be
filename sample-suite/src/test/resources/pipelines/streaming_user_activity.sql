-- The streaming view, read after the feature clock was set to the as-of time.
SELECT * FROM streaming.user_activity_features
