SELECT * FROM streaming.user_activity_features
