-- Every published topology (docs/topology.md), each version kept: the document as JSON,
-- who published it and when. The latest is the one in force.
CREATE TABLE topology_versions (
    version BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    document TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    published_by TEXT NOT NULL
);
