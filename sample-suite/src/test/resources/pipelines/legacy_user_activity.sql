-- The legacy batch computation as of any time: the function legacy/batch_features.sql materializes the table with.
SELECT * FROM legacy.user_activity_as_of(:as_of) ORDER BY user_id
