-- Full-text search over messages (FTS5): the index holds each message's title and body,
-- kept in step with the messages table by triggers (deletes through a room's cascade too).
CREATE VIRTUAL TABLE messages_fts USING fts5(
    title, body, content = 'messages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF title, body ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO messages_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');
