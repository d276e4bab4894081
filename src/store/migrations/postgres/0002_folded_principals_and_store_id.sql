-- Each room keeps its principals folded into one column (`role TAB principal`, one per
-- line, in list order). Listing rooms reads one row per room, and writing a room writes
-- one row instead of one per principal; the member and manager filters match a whole line
-- of it. room_principals, which held the same entries a row each, goes.
ALTER TABLE rooms ADD COLUMN principals TEXT;
UPDATE rooms r SET principals = (
    SELECT string_agg(p.role || chr(9) || p.principal, chr(10) ORDER BY p.role, p.position)
    FROM room_principals p WHERE p.room_id = r.id
);
DROP TABLE room_principals;

-- The store's identity: saved plans are bound to the store they were read from.
CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO store_info (key, value) VALUES ('store_id', md5(random()::text || clock_timestamp()::text));
