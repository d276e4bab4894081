-- Each room keeps its principals folded into one column (`role TAB principal`, one per
-- line, in list order), written with them, so listing rooms reads one row per room and
-- no subquery. room_principals stays the table that lookups by principal use.
ALTER TABLE rooms ADD COLUMN principals TEXT;
UPDATE rooms SET principals = (
    SELECT group_concat(p.role || char(9) || p.principal, char(10) ORDER BY p.role, p.position)
    FROM room_principals p WHERE p.room_id = rooms.id
);

-- No query looks rooms up by principal (the member and manager filters probe each room's
-- primary key), so that index only slowed every write of a room's principals down; and
-- without a rowid the primary key is the table itself: one b-tree per row instead of two.
DROP INDEX room_principals_principal;
CREATE TABLE room_principals_by_room (
    room_id BIGINT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    principal TEXT NOT NULL,
    PRIMARY KEY (room_id, role, principal)
) WITHOUT ROWID;
INSERT INTO room_principals_by_room (room_id, role, position, principal)
    SELECT room_id, role, position, principal FROM room_principals;
DROP TABLE room_principals;
ALTER TABLE room_principals_by_room RENAME TO room_principals;

-- The store's identity: saved plans are bound to the store they were read from.
CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO store_info (key, value) VALUES ('store_id', lower(hex(randomblob(16))));
