-- The nodes of each pool (pchat server --pool --node): each writes its row every heartbeat
-- with what pools status shows. A node is up while its heartbeat is younger than the
-- timeout; one that stops cleanly says so (stopped_at).
CREATE TABLE pool_nodes (
    pool TEXT NOT NULL,
    node TEXT NOT NULL,
    address TEXT NOT NULL,
    version TEXT NOT NULL,
    standby INTEGER NOT NULL DEFAULT 0,
    started_at BIGINT NOT NULL,
    heartbeat_at BIGINT NOT NULL,
    heartbeat_timeout_ms BIGINT NOT NULL,
    stopped_at BIGINT,
    connections BIGINT NOT NULL DEFAULT 0,
    requests_per_second REAL NOT NULL DEFAULT 0,
    subscribers BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (pool, node)
);
