-- SQLite's version 16 rewrote its post statement's helper objects; PostgreSQL's post was
-- one statement already. Kept so both stores count their versions alike.
SELECT 1;
