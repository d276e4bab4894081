-- SQLite's search index loses the document sizes it never used; PostgreSQL's has none.
SELECT 1;
