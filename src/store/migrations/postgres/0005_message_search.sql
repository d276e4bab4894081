-- Full-text search over messages: each message's title and body as words ('simple': no
-- stemming and no stop words, so any language's words are found as written), in a GIN index.
ALTER TABLE messages ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED;
CREATE INDEX messages_search ON messages USING GIN (search);
