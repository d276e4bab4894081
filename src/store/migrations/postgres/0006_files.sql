-- Files posted into rooms: their content is in the pool's file store, named by its SHA-256;
-- here is what the room shows of them. A message lists the files it refers to (a JSON
-- array of {id, name, size, content_type}: what it shows never changes).
CREATE TABLE files (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room_id BIGINT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    name TEXT NOT NULL,
    size BIGINT NOT NULL,
    content_type TEXT NOT NULL,
    sender TEXT NOT NULL,
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX files_room ON files (room_id);
ALTER TABLE messages ADD COLUMN files TEXT NOT NULL DEFAULT '';
