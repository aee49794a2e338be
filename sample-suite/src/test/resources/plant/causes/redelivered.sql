-- Both stores' copy of the sample events, delivered at least once: every 50th event arrives twice, as a stream
-- delivers it. Both sample pipelines count an event id once, so the unchanged stores still agree.
ALTER TABLE events.user_events DROP CONSTRAINT user_events_pkey;
INSERT INTO events.user_events (event_id, user_id, event_timestamp, value)
SELECT event_id, user_id, event_timestamp, value FROM events.user_events WHERE event_id % 50 = 7;
ANALYZE events.user_events;
