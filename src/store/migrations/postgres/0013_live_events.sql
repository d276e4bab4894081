-- Live events shared by a pool's nodes (LISTEN/NOTIFY on pchat_events): each takes the
-- next id of this sequence, the same on every node; an event too large for a notification
-- waits here, a few minutes, for every node to read it.
CREATE SEQUENCE live_event_ids;
CREATE TABLE live_payloads (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body TEXT NOT NULL,
    at BIGINT NOT NULL
);
