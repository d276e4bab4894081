-- Chat: messages (and stories), each numbered per room; who has joined which room.
-- A message's id is never reused (an identity column), so an id once handed out stays that
-- message's, whatever is removed or cleared later.
CREATE TABLE messages (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room_id BIGINT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    sender TEXT COLLATE "C" NOT NULL,
    posted_at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    UNIQUE (room_id, seq)
);
CREATE INDEX messages_room_time ON messages (room_id, posted_at, seq);

-- The last sequence number given out in each room: a post takes the next one in its own
-- transaction, so numbers are gapless and never reused, even after a clear.
CREATE TABLE room_counters (
    room_id BIGINT PRIMARY KEY REFERENCES rooms (id) ON DELETE CASCADE,
    last_seq BIGINT NOT NULL,
    last_posted_at BIGINT NOT NULL
);

CREATE TABLE room_joins (
    user_sip TEXT COLLATE "C" NOT NULL,
    room_id BIGINT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (user_sip, room_id)
);
CREATE INDEX room_joins_room ON room_joins (room_id);
