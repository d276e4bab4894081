-- On SQLite a post that compliance records is one statement too: an insert into this view,
-- whose trigger writes the message (or only moves the counter of a room that keeps no
-- history) and its CHAT event, the event taking the message's id and time. One statement
-- is one hand-over to SQLite's thread and one answer; a transaction of four statements was
-- five answers, a fifth of a lone post's time.
CREATE VIEW recorded_posts AS SELECT
    0 AS room_id, 0 AS keep, '' AS sender, 0 AS posted_at, '' AS kind, '' AS title, '' AS body, '' AS files,
    '' AS pool, '' AS event_kind, '' AS channel, '' AS channel_name, 0 AS user_id, '' AS user_uri,
    '' AS user_name, '' AS content, '' AS detail
WHERE 0;

CREATE TRIGGER recorded_posts_insert INSTEAD OF INSERT ON recorded_posts BEGIN
    INSERT INTO messages (room_id, seq, sender, posted_at, kind, title, body, files)
    SELECT new.room_id, COALESCE(c.last_seq, 0) + 1, new.sender, max(new.posted_at, COALESCE(c.last_posted_at, 0)),
           new.kind, new.title, new.body, new.files
    FROM (SELECT 1) LEFT JOIN room_counters c ON c.room_id = new.room_id
    WHERE new.keep;
    INSERT INTO room_counters (room_id, last_seq, last_posted_at)
    SELECT new.room_id, 1, new.posted_at WHERE NOT new.keep
    ON CONFLICT (room_id) DO UPDATE SET last_seq = room_counters.last_seq + 1,
        last_posted_at = max(room_counters.last_posted_at, excluded.last_posted_at);
    INSERT INTO compliance_events (pool, at, kind, channel, channel_name, room_id, user_id, user_uri, user_name,
                                   message_id, content, detail)
    SELECT new.pool, c.last_posted_at, new.event_kind, new.channel, new.channel_name, new.room_id, new.user_id,
           new.user_uri, new.user_name,
           CASE WHEN new.keep THEN (SELECT m.id FROM messages m WHERE m.room_id = c.room_id AND m.seq = c.last_seq)
                ELSE 0 END,
           new.content, new.detail
    FROM room_counters c WHERE c.room_id = new.room_id;
END;
