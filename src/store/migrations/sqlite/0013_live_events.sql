-- Live events shared by a pool's nodes go through PostgreSQL's LISTEN/NOTIFY; one SQLite
-- file serves one node, whose events stay in its memory. The table keeps both schemas
-- alike.
CREATE TABLE live_payloads (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
    at BIGINT NOT NULL
);
