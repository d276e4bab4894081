//! SQLite, the embedded default: one file in WAL mode, foreign keys on, a busy timeout,
//! and a single writer connection so writers queue instead of failing.

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use super::{SchemaStatus, Store};

pub type Db = sqlx::Sqlite;

/// The SQL function that finds text in text: `FN(haystack, needle)`, 0 when absent.
const SQL_FIND_FN: &str = "instr";
/// Whether rows read in bulk (a batch of compliance events, pages of history) are handed
/// over as one JSON array a row (`json_array`): here one value a row to hand over from
/// SQLite's thread instead of nine or fourteen was most of an export's time.
const ROWS_AS_JSON: bool = true;
/// The SQL function that picks the smaller of two values.
const SQL_LEAST: &str = "min";
/// The SQL function that picks the larger of two values.
const SQL_GREATEST: &str = "max";

/// Full-text search: the rows searched, what goes around the bound query to match it, the
/// order (newest first).
const SEARCH_FROM: &str = "messages_fts JOIN messages m ON m.id = messages_fts.rowid";
const SEARCH_MATCH: (&str, &str) = ("messages_fts MATCH ", "");
const SEARCH_ORDER: &str = "messages_fts.rowid DESC";

/// The words of a search as an FTS5 query: each a quoted string (no word is read as an
/// operator), all of them required.
fn search_terms(words: &[String]) -> String {
    words.iter().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect::<Vec<_>>().join(" ")
}

/// The last id of a block of `$1` new ids for the table `{table}`: the single writer holds
/// the database, so the ids after the largest in use are free.
fn id_block_sql(table: &str) -> String {
    format!("SELECT COALESCE(MAX(id), 0) + $1 FROM {table}")
}

/// Whether waiting compliance events are found after a watermark: the one writer numbers
/// them in commit order (so every event at or below it is in a batch).
const COMPLIANCE_WATERMARK: bool = true;

/// One SQLite file serves one node: no other node's caches to tell of a write.
const NOTIFY_ON_WRITE: Option<&str> = None;

include!("sql_body.rs");
include!("sql_chat.rs");
include!("sql_compliance.rs");
include!("sql_topology.rs");
include!("sql_nodes.rs");
include!("sql_jobs.rs");

/// How an insert keeps the ids it is given.
const SQL_OVERRIDING_IDS: &str = "";
/// What makes the id sequence go on after ids an import kept.
const SQL_AFTER_EXPLICIT_IDS: Option<&str> = None;

pub const MIGRATIONS: &[Migration] = &[
    Migration { version: 1, sql: include_str!("migrations/sqlite/0001_init.sql") },
    Migration { version: 2, sql: include_str!("migrations/sqlite/0002_folded_principals_and_store_id.sql") },
    Migration { version: 3, sql: include_str!("migrations/sqlite/0003_folded_group_members.sql") },
    Migration { version: 4, sql: include_str!("migrations/sqlite/0004_messages.sql") },
    Migration { version: 5, sql: include_str!("migrations/sqlite/0005_message_search.sql") },
    Migration { version: 6, sql: include_str!("migrations/sqlite/0006_files.sql") },
    Migration { version: 7, sql: include_str!("migrations/sqlite/0007_audit_log.sql") },
    Migration { version: 8, sql: include_str!("migrations/sqlite/0008_post_in_one_statement.sql") },
    Migration { version: 9, sql: include_str!("migrations/sqlite/0009_search_without_sizes.sql") },
    Migration { version: 10, sql: include_str!("migrations/sqlite/0010_compliance.sql") },
    Migration { version: 11, sql: include_str!("migrations/sqlite/0011_topology.sql") },
    Migration { version: 12, sql: include_str!("migrations/sqlite/0012_pool_nodes.sql") },
    Migration { version: 13, sql: include_str!("migrations/sqlite/0013_live_events.sql") },
    Migration { version: 14, sql: include_str!("migrations/sqlite/0014_pool_states.sql") },
    Migration { version: 15, sql: include_str!("migrations/sqlite/0015_jobs.sql") },
    Migration { version: 16, sql: include_str!("migrations/sqlite/0016_recorded_post_in_one_statement.sql") },
    Migration { version: 17, sql: include_str!("migrations/sqlite/0017_one_directory_sync.sql") },
];

/// One post, one statement: the message takes its room's next number and a time no earlier
/// than the room's last post, and the `messages_count` trigger moves the counter on. Only
/// one writer holds a SQLite database, so nothing comes between the read and the insert.
async fn post_one(db: impl sqlx::SqliteExecutor<'_>, post: &NewMessage) -> StoreResult<Posted> {
    let row = if post.keep {
        sqlx::query(
            "INSERT INTO messages (room_id, seq, sender, posted_at, kind, title, body, files) \
             SELECT $1, COALESCE(c.last_seq, 0) + 1, $2, max($3, COALESCE(c.last_posted_at, 0)), $4, $5, $6, $7 \
             FROM (SELECT 1) LEFT JOIN room_counters c ON c.room_id = $1 RETURNING id, seq, posted_at",
        )
        .bind(post.room_id)
        .bind(&post.sender)
        .bind(post.posted_at)
        .bind(post.kind.as_str())
        .bind(&post.title)
        .bind(&post.body)
        .bind(&post.files)
        .fetch_one(db)
        .await?
    } else {
        // Not kept: the number is taken all the same.
        sqlx::query(
            "INSERT INTO room_counters (room_id, last_seq, last_posted_at) VALUES ($1, 1, $2) \
             ON CONFLICT (room_id) DO UPDATE SET last_seq = room_counters.last_seq + 1, \
             last_posted_at = max(room_counters.last_posted_at, excluded.last_posted_at) \
             RETURNING NULL AS id, last_seq AS seq, last_posted_at AS posted_at",
        )
        .bind(post.room_id)
        .bind(post.posted_at)
        .fetch_one(db)
        .await?
    };
    Ok(Posted { id: row.try_get("id")?, seq: row.try_get("seq")?, posted_at: row.try_get("posted_at")? })
}

/// One post and its compliance record, one statement: an insert into the
/// `recorded_posts` view, whose trigger writes both (migration 16). The number, time and
/// id come back from the room's counter as the trigger left it (the statement holds the
/// one writer, so nothing comes between).
async fn post_one_recorded(
    db: impl sqlx::SqliteExecutor<'_>,
    post: &NewMessage,
    record: &ComplianceEvent,
) -> StoreResult<Posted> {
    let row = sqlx::query(
        "INSERT INTO recorded_posts (room_id, keep, sender, posted_at, kind, title, body, files, pool, event_kind, \
         channel, channel_name, user_id, user_uri, user_name, content, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) \
         RETURNING \
         CASE WHEN $2 THEN (SELECT m.id FROM messages m JOIN room_counters c ON c.room_id = m.room_id \
             AND c.last_seq = m.seq WHERE m.room_id = $1) END AS id, \
         (SELECT last_seq FROM room_counters WHERE room_id = $1) AS seq, \
         (SELECT last_posted_at FROM room_counters WHERE room_id = $1) AS posted_at",
    )
    .bind(post.room_id)
    .bind(post.keep)
    .bind(&post.sender)
    .bind(post.posted_at)
    .bind(post.kind.as_str())
    .bind(&post.title)
    .bind(&post.body)
    .bind(&post.files)
    .bind(&record.pool)
    .bind(record.kind.as_str())
    .bind(&record.channel)
    .bind(&record.channel_name)
    .bind(record.user_id)
    .bind(&record.user_uri)
    .bind(&record.user_name)
    .bind(&record.content)
    .bind(&record.detail)
    .fetch_one(db)
    .await?;
    Ok(Posted { id: row.try_get("id")?, seq: row.try_get("seq")?, posted_at: row.try_get("posted_at")? })
}

/// Posts that came together, set-based: the counters of their rooms read once, the numbers
/// and times given here in order, the kept ones inserted in one statement (the trigger
/// moves each counter on), so a batch is four statements however many posts it holds.
async fn post_many(tx: &mut sqlx::Transaction<'static, Db>, posts: &[NewMessage]) -> StoreResult<Vec<Posted>> {
    let mut rooms: Vec<i64> = posts.iter().map(|p| p.room_id).collect();
    rooms.sort_unstable();
    rooms.dedup();
    let mut counters: HashMap<i64, (i64, i64)> = HashMap::new();
    for chunk in rooms.chunks(IN_CHUNK) {
        let mut qb =
            QueryBuilder::<Db>::new("SELECT room_id, last_seq, last_posted_at FROM room_counters WHERE room_id IN (");
        let mut sep = qb.separated(", ");
        for id in chunk {
            sep.push_bind(*id);
        }
        qb.push(")");
        for row in qb.build().fetch_all(&mut **tx).await? {
            counters.insert(row.try_get("room_id")?, (row.try_get("last_seq")?, row.try_get("last_posted_at")?));
        }
    }
    let mut posted = Vec::with_capacity(posts.len());
    for post in posts {
        let (seq, at) = counters.entry(post.room_id).or_insert((0, 0));
        *seq += 1;
        *at = (*at).max(post.posted_at);
        posted.push(Posted { id: None, seq: *seq, posted_at: *at });
    }
    let kept: Vec<(&NewMessage, &Posted)> = posts.iter().zip(&posted).filter(|(p, _)| p.keep).collect();
    let mut ids: HashMap<(i64, i64), i64> = HashMap::with_capacity(kept.len());
    for chunk in kept.chunks(INSERT_CHUNK_PARAMS / 8) {
        let mut qb = QueryBuilder::<Db>::new(
            "INSERT INTO messages (room_id, seq, sender, posted_at, kind, title, body, files) ",
        );
        qb.push_values(chunk, |mut b, (m, p)| {
            b.push_bind(m.room_id)
                .push_bind(p.seq)
                .push_bind(m.sender.clone())
                .push_bind(p.posted_at)
                .push_bind(m.kind.as_str())
                .push_bind(m.title.clone())
                .push_bind(m.body.clone())
                .push_bind(m.files.clone());
        });
        qb.push(" RETURNING id, room_id, seq");
        for row in qb.build().fetch_all(&mut **tx).await? {
            ids.insert((row.try_get("room_id")?, row.try_get("seq")?), row.try_get("id")?);
        }
    }
    // Rooms whose last posts were not kept: their counters are moved on here.
    for (room_id, (seq, at)) in &counters {
        if posts.iter().any(|p| p.room_id == *room_id && !p.keep) {
            sqlx::query(
                "INSERT INTO room_counters (room_id, last_seq, last_posted_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (room_id) DO UPDATE SET last_seq = max(room_counters.last_seq, excluded.last_seq), \
                 last_posted_at = max(room_counters.last_posted_at, excluded.last_posted_at)",
            )
            .bind(room_id)
            .bind(seq)
            .bind(at)
            .execute(&mut **tx)
            .await?;
        }
    }
    for (post, p) in posts.iter().zip(posted.iter_mut()) {
        if post.keep {
            p.id = ids.get(&(post.room_id, p.seq)).copied();
        }
    }
    insert_events_in(tx, &post_records(posts, &posted)).await?;
    Ok(posted)
}

pub struct SqliteStore {
    read: sqlx::SqlitePool,
    write: sqlx::SqlitePool,
    /// Chat's own writer: posts never queue behind a changeset's validation, only behind
    /// its commit (SQLite has one writer at a time, whichever connection it is).
    chat: sqlx::SqlitePool,
    /// The database file (None in memory).
    file: Option<std::path::PathBuf>,
    generation: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl SqliteStore {
    pub async fn open(url: &str, migrate: bool) -> anyhow::Result<SqliteStore> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let file = Some(options.get_filename().to_path_buf()).filter(|f| f.as_os_str() != ":memory:");
        // SQLite's default page cache (2 MB) spills while a changeset writes 10,000 rooms
        // and their indexes; a larger one keeps that write in memory until the commit.
        // Pages are only allocated when used, so a small store stays small.
        // A SQLite connection is a file handle, never stale: no ping before each use (it was
        // a round trip to the connection's thread, on every post and every read).
        let write = SqlitePoolOptions::new()
            .test_before_acquire(false)
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options.clone().pragma("cache_size", "-65536"))
            .await?;
        let chat = SqlitePoolOptions::new()
            .test_before_acquire(false)
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options.clone().pragma("cache_size", "-8192"))
            .await?;
        if migrate {
            run_migrations(&write, MIGRATIONS).await?;
        }
        // Readers scan (listings) and the system caches the file anyway: a page cache of
        // 4 MB each, where 32 MB held a whole store of the sizing model in four copies.
        let read = SqlitePoolOptions::new()
            .test_before_acquire(false)
            .max_connections(4)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options.pragma("cache_size", "-4096").row_buffer_size(4096))
            .await?;
        Ok(SqliteStore { read, write, chat, file, generation: Default::default() })
    }
}

#[async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    async fn read(&self) -> StoreResult<Box<dyn Tx>> {
        Ok(Box::new(SqlTx::new(self.read.begin().await?)))
    }

    /// `BEGIN IMMEDIATE`: the writer holds SQLite's write lock from its first read, so a
    /// chat post committed meanwhile cannot make its later write fail (a deferred
    /// transaction may not write over a snapshot another connection has moved past).
    async fn write(&self) -> StoreResult<Box<dyn Tx>> {
        Ok(Box::new(SqlTx::writer(self.write.begin_with("BEGIN IMMEDIATE").await?, self.generation.clone())))
    }

    async fn schema(&self) -> StoreResult<SchemaStatus> {
        let current = schema_version(&self.read).await?;
        Ok(SchemaStatus { current, expected: MIGRATIONS.last().map_or(0, |m| m.version) })
    }

    async fn durability(&self) -> StoreResult<Option<(String, i64)>> {
        // Asked of the chat writer, whose settings decide what a commit survives.
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(&self.chat).await?;
        let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(&self.chat).await?;
        Ok(Some((mode, synchronous)))
    }

    async fn database_facts(&self) -> StoreResult<super::DatabaseFacts> {
        let size = |path: &std::path::Path| std::fs::metadata(path).map_or(0, |m| m.len());
        let bytes = self.file.as_ref().map_or(0, |file| {
            let mut wal = file.clone().into_os_string();
            wal.push("-wal");
            size(file) + size(std::path::Path::new(&wal))
        });
        Ok(super::DatabaseFacts::Sqlite { file: self.file.clone(), bytes })
    }

    async fn store_id(&self) -> StoreResult<String> {
        store_id(&self.read).await
    }

    async fn close(&self) {
        self.chat.close().await;
        self.write.close().await;
        self.read.close().await;
    }

    fn connections(&self) -> (u32, u32) {
        let pools = [&self.read, &self.write, &self.chat];
        (pools.iter().map(|p| p.size()).sum(), pools.iter().map(|p| p.num_idle() as u32).sum())
    }

    fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::SeqCst)
    }

    fn group_commit(&self) -> bool {
        true
    }

    fn default_file_store(&self) -> Option<std::path::PathBuf> {
        let file = self.file.as_ref()?;
        Some(file.with_file_name(format!("{}-files", file.file_stem()?.to_string_lossy())))
    }

    /// A post alone is one statement, committed on its own (with its compliance record, one
    /// call); posts that came together are one transaction (group commit).
    async fn post_messages(&self, posts: &[NewMessage]) -> StoreResult<Vec<Posted>> {
        if let [post] = posts {
            return Ok(vec![match &post.record {
                None => post_one(&self.chat, post).await?,
                Some(record) => post_one_recorded(&self.chat, post, record).await?,
            }]);
        }
        let mut tx = self.chat.begin_with("BEGIN IMMEDIATE").await?;
        let posted = post_many(&mut tx, posts).await?;
        tx.commit().await?;
        Ok(posted)
    }

    async fn change_content(
        &self,
        room_id: i64,
        change: &ContentChange,
        audit: &AuditEntry,
        records: &[ComplianceEvent],
    ) -> StoreResult<u64> {
        let mut tx = self.chat.begin_with("BEGIN IMMEDIATE").await?;
        let changed = change_content_in(&mut tx, room_id, change, audit, records).await?;
        tx.commit().await?;
        Ok(changed)
    }

    async fn import_messages(&self, room_id: i64, messages: &[NewMessage]) -> StoreResult<u64> {
        let mut tx = self.chat.begin_with("BEGIN IMMEDIATE").await?;
        let imported = import_in(&mut tx, room_id, messages).await?;
        tx.commit().await?;
        Ok(imported)
    }

    /// FTS5 merges the segments of a load a little at every later write: posts after a load
    /// of a million messages paid for half of its merging. Merged at once here instead.
    async fn import_batch(&self, batch: &ImportBatch<'_>) -> StoreResult<()> {
        let mut tx = self.chat.begin_with("BEGIN IMMEDIATE").await?;
        import_batch_in(&mut tx, batch).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn settle_after_import(&self) -> StoreResult<()> {
        sqlx::query("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')").execute(&self.chat).await?;
        Ok(())
    }

    async fn record_token_use(&self, id: i64, now_ms: i64) -> StoreResult<()> {
        sqlx::query("UPDATE tokens SET last_used_at = $1 WHERE id = $2")
            .bind(now_ms)
            .bind(id)
            .execute(&self.chat)
            .await?;
        Ok(())
    }

    async fn insert_file(&self, file: &StoredFile, record: Option<&ComplianceEvent>) -> StoreResult<i64> {
        let mut tx = self.chat.begin_with("BEGIN IMMEDIATE").await?;
        let id = insert_file_in(&mut tx, file, record).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn set_joined(
        &self,
        sip: &str,
        room_id: i64,
        joined: bool,
        now_ms: i64,
        record: Option<&ComplianceEvent>,
    ) -> StoreResult<bool> {
        let mut tx = self.chat.begin_with("BEGIN IMMEDIATE").await?;
        let changed = set_joined_in(&mut tx, sip, room_id, joined, now_ms, record).await?;
        tx.commit().await?;
        Ok(changed)
    }

    async fn chat_write(&self) -> StoreResult<Box<dyn Tx>> {
        Ok(Box::new(SqlTx::new(self.chat.begin_with("BEGIN IMMEDIATE").await?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn files_go_beside_the_database_file_by_default() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("chat.db").display());
        let store = SqliteStore::open(&url, true).await.unwrap();
        assert_eq!(store.default_file_store(), Some(dir.path().join("chat-files")));
        store.close().await;
    }
}
