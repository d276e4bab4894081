-- A pool's state (normal, or failed over to its backup store) and every change of it: the
-- newest epoch found in the pool's two stores says which store its nodes use. Each node
-- says in its heartbeat which one it is on.
CREATE TABLE pool_states (
    pool TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    epoch BIGINT NOT NULL,
    changed_at BIGINT NOT NULL,
    changed_by TEXT NOT NULL,
    from_store TEXT NOT NULL,
    to_store TEXT NOT NULL
);
CREATE TABLE pool_state_changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pool TEXT NOT NULL,
    state TEXT NOT NULL,
    epoch BIGINT NOT NULL,
    changed_at BIGINT NOT NULL,
    changed_by TEXT NOT NULL,
    from_store TEXT NOT NULL,
    to_store TEXT NOT NULL
);
ALTER TABLE pool_nodes ADD COLUMN on_backup BOOLEAN NOT NULL DEFAULT FALSE;
