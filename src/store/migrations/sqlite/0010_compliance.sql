-- Compliance: its configuration per target (`global`, `pool:NAME`; a value left NULL is
-- inherited), the events recorded in the same transaction as what they describe, the
-- batches the adapter writes them out in, and each pool's exporter lease and last run.
-- Events keep copies of what they describe (names, text) and no foreign keys: they
-- outlive the rooms, users and messages they name.
CREATE TABLE compliance_config (
    target TEXT PRIMARY KEY,
    enabled BOOLEAN,
    adapter TEXT,
    interval_secs BIGINT,
    one_room_per_file BOOLEAN,
    room_details BOOLEAN,
    user_details BOOLEAN,
    output_dir TEXT,
    retention_secs BIGINT,
    revision BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- On SQLite an event's id is its rowid (no AUTOINCREMENT, whose sequence row would be one
-- more page written by every post) and there is no index of waiting events (one more page
-- again): the one writer numbers events in commit order, so each pool's waiting events are
-- found after `compliance_watermark.waiting_from`, at or below which every event is in a
-- batch. A purge brings it down to the largest id left, so an id given again after a
-- purge is never below it.
CREATE TABLE compliance_events (
    id INTEGER PRIMARY KEY,
    pool TEXT NOT NULL,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    channel_name TEXT NOT NULL,
    room_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    user_uri TEXT NOT NULL,
    user_name TEXT NOT NULL,
    message_id BIGINT NOT NULL,
    content TEXT NOT NULL,
    detail TEXT NOT NULL,
    batch_id BIGINT
);

CREATE TABLE compliance_batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pool TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    exported_at BIGINT,
    events BIGINT NOT NULL,
    settings TEXT NOT NULL,
    files TEXT NOT NULL DEFAULT '',
    -- The batch's events are those with its id between these two (read and purged by
    -- this range, so no index of batches is kept on the events).
    first_id BIGINT NOT NULL DEFAULT 0,
    last_id BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX compliance_batches_pool ON compliance_batches (pool, state, id);

CREATE TABLE compliance_pools (
    pool TEXT PRIMARY KEY,
    holder TEXT,
    lease_until BIGINT NOT NULL DEFAULT 0,
    last_run_at BIGINT NOT NULL DEFAULT 0,
    last_success_at BIGINT,
    last_error TEXT,
    last_error_at BIGINT
);

CREATE TABLE compliance_watermark (waiting_from BIGINT NOT NULL);
INSERT INTO compliance_watermark (waiting_from) VALUES (0);
