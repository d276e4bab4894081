-- Each room keeps its principals folded into one column (`role TAB principal`, one per
-- line, in list order), written with them, so listing rooms reads one row per room and
-- no subquery. room_principals stays the table that lookups by principal use.
ALTER TABLE rooms ADD COLUMN principals TEXT;
UPDATE rooms r SET principals = (
    SELECT string_agg(p.role || chr(9) || p.principal, chr(10) ORDER BY p.role, p.position)
    FROM room_principals p WHERE p.room_id = r.id
);

-- No query looks rooms up by principal (the member and manager filters probe each room's
-- primary key), so that index only slowed every write of a room's principals down.
DROP INDEX room_principals_principal;

-- The store's identity: saved plans are bound to the store they were read from.
CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO store_info (key, value) VALUES ('store_id', md5(random()::text || clock_timestamp()::text));
