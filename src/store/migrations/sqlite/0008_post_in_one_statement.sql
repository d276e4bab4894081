-- On SQLite a post is one statement: the message takes its room's next number in the
-- INSERT itself (one writer at a time holds the database), and this trigger moves the
-- room's counter on. Numbers never go back: the counter keeps the largest ever given.
CREATE TRIGGER messages_count AFTER INSERT ON messages BEGIN
    INSERT INTO room_counters (room_id, last_seq, last_posted_at) VALUES (new.room_id, new.seq, new.posted_at)
    ON CONFLICT (room_id) DO UPDATE SET
        last_seq = max(room_counters.last_seq, excluded.last_seq),
        last_posted_at = max(room_counters.last_posted_at, excluded.last_posted_at);
END;
