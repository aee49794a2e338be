-- new store: one user in five gets its total in cents (x100), and one in fifty NULL: the totals' distribution
-- (PSI, KS) and null rate shift beyond the gate
ALTER VIEW streaming.user_activity_features RENAME TO user_activity_features_base;
CREATE VIEW streaming.user_activity_features AS
SELECT user_id, events_last_24h,
       CASE WHEN user_id % 5 = 0 THEN total_value_last_24h * 100
            WHEN user_id % 50 = 1 THEN NULL
            ELSE total_value_last_24h END AS total_value_last_24h,
       last_event_time
FROM streaming.user_activity_features_base;
