-- SQLite counts a room's posts with a trigger (its posts are one statement each);
-- PostgreSQL's posts lock the room's counter row first, so it needs none.
SELECT 1;
