-- old store: 5 users missing
DELETE FROM legacy.user_activity_features WHERE user_id BETWEEN 11 AND 15;
