-- Search answers newest first, never by rank: the index needs no document sizes, and a
-- post writes one page less without them (columnsize=0).
DROP TRIGGER messages_fts_insert;
DROP TRIGGER messages_fts_delete;
DROP TRIGGER messages_fts_update;
DROP TABLE messages_fts;
CREATE VIRTUAL TABLE messages_fts USING fts5(
    title, body, content = 'messages', content_rowid = 'id', columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2'
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
