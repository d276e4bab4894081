-- Long jobs (exports, imports) with their progress, so any node can show and cancel them,
-- and where each import stands in each room, written in the transaction of each batch of
-- its messages: an import run again after a crash goes on from there.
CREATE TABLE jobs (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    created_by TEXT NOT NULL,
    node TEXT NOT NULL,
    detail TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    finished_at BIGINT,
    progress TEXT NOT NULL,
    error TEXT,
    cancel_requested BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE TABLE import_marks (
    archive TEXT NOT NULL,
    room_id BIGINT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    done_seq BIGINT NOT NULL,
    seq_offset BIGINT NOT NULL,
    PRIMARY KEY (archive, room_id)
);
