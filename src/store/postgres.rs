//! PostgreSQL, the store for pools with several nodes. Writers take one advisory lock per
//! transaction so that read-validate-write is never interleaved with another writer.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use super::{LiveNotice, SchemaStatus, Store, StoreNotice};

pub type Db = sqlx::Postgres;

/// The SQL function that finds text in text: `FN(haystack, needle)`, 0 when absent.
const SQL_FIND_FN: &str = "strpos";
/// Whether rows read in bulk are handed over as one JSON array a row: not here, where the
/// binary protocol hands columns over cheaply and `json_build_array` costs the server
/// three times the plain select.
const ROWS_AS_JSON: bool = false;
/// The SQL function that picks the smaller of two values.
const SQL_LEAST: &str = "least";
/// The SQL function that picks the larger of two values.
const SQL_GREATEST: &str = "greatest";

/// Full-text search: the rows searched, what goes around the bound query to match it, the
/// order (newest first).
const SEARCH_FROM: &str = "messages m";
const SEARCH_MATCH: (&str, &str) = ("m.search @@ plainto_tsquery('simple', ", ")");
const SEARCH_ORDER: &str = "m.id DESC";

/// The words of a search as `plainto_tsquery` reads them: all of them required.
fn search_terms(words: &[String]) -> String {
    words.join(" ")
}

/// The last id of a block of `$1` new ids for the table `{table}`, taken from its identity
/// sequence (writers hold the advisory lock, so no other insert takes ids meanwhile).
fn id_block_sql(table: &str) -> String {
    format!("SELECT setval(pg_get_serial_sequence('{table}', 'id'), nextval(pg_get_serial_sequence('{table}', 'id')) + $1 - 1)")
}

/// Whether waiting compliance events are found after a watermark: not here, where
/// concurrent writers commit ids out of order (an index of waiting events finds them).
const COMPLIANCE_WATERMARK: bool = false;

/// A management write tells every node of the pool (their caches derived from the store
/// are dropped when it commits).
const NOTIFY_ON_WRITE: Option<&str> = Some("SELECT pg_notify('pchat_changes', '')");

/// The channels every node listens on.
const CHANGES_CHANNEL: &str = "pchat_changes";
const EVENTS_CHANNEL: &str = "pchat_events";
/// The largest event sent in a notification itself (PostgreSQL's limit is 8,000 bytes);
/// a larger one waits in `live_payloads`, and the notification names it.
const NOTIFY_INLINE_BYTES: usize = 7_900;
/// How long a large event's payload is kept for the nodes to read.
const LIVE_PAYLOAD_KEEP_MS: i64 = 10 * 60 * 1000;

/// Sends live events in `tx`: every node receives them when `tx` commits, in commit
/// order, each with the same id on every node. Events small enough go in one statement.
async fn announce_in(tx: &mut sqlx::Transaction<'static, Db>, notices: &[LiveNotice]) -> StoreResult<()> {
    let mut bodies = Vec::with_capacity(notices.len());
    for notice in notices {
        bodies.push(serde_json::to_string(notice).map_err(|e| StoreError::Other(e.into()))?);
    }
    let mut small: Vec<&str> = Vec::with_capacity(bodies.len());
    for body in &bodies {
        if body.len() <= NOTIFY_INLINE_BYTES {
            small.push(body);
            continue;
        }
        send_small(tx, &mut small).await?;
        send_large(tx, body).await?;
    }
    send_small(tx, &mut small).await
}

/// Notifies these events, in order, in one statement.
async fn send_small(tx: &mut sqlx::Transaction<'static, Db>, bodies: &mut Vec<&str>) -> StoreResult<()> {
    if bodies.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "SELECT pg_notify('pchat_events', nextval('live_event_ids')::text || ' ' || b) \
         FROM unnest($1::text[]) WITH ORDINALITY AS t(b, n) ORDER BY n",
    )
    .bind(&*bodies)
    .execute(&mut **tx)
    .await?;
    bodies.clear();
    Ok(())
}

/// An event too large for a notification: kept in `live_payloads`, which the notification
/// names.
async fn send_large(tx: &mut sqlx::Transaction<'static, Db>, body: &str) -> StoreResult<()> {
    {
        let now = super::now_ms();
        sqlx::query("DELETE FROM live_payloads WHERE at < $1")
            .bind(now - LIVE_PAYLOAD_KEEP_MS)
            .execute(&mut **tx)
            .await?;
        sqlx::query(
            "WITH p AS (INSERT INTO live_payloads (body, at) VALUES ($1, $2) RETURNING id) \
             SELECT pg_notify('pchat_events', nextval('live_event_ids')::text || ' @' || p.id::text) FROM p",
        )
        .bind(body)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// A connection listening on the pool's channels. A lost connection is ours to make again,
/// at once and in [`listen_loop`] (not behind the pool's connection backoff).
async fn listener(pool: &sqlx::PgPool) -> Result<sqlx::postgres::PgListener, sqlx::Error> {
    let mut l = sqlx::postgres::PgListener::connect_with(pool).await?;
    l.eager_reconnect(false);
    l.listen_all([CHANGES_CHANNEL, EVENTS_CHANNEL]).await?;
    Ok(l)
}

/// Listens for the pool's notifications until every receiver is gone: a management write
/// moves the generation; a live event goes to the receivers. A lost connection is made
/// again, and said (what was sent meanwhile is lost, and caches are dropped).
async fn listen_loop(
    pool: sqlx::PgPool,
    generation: std::sync::Arc<std::sync::atomic::AtomicU64>,
    listening: std::sync::Arc<std::sync::atomic::AtomicBool>,
    out: tokio::sync::broadcast::Sender<StoreNotice>,
) {
    use std::sync::atomic::Ordering;
    let mut first = true;
    while out.receiver_count() > 0 {
        let mut listener = match listener(&pool).await {
            Ok(l) => l,
            Err(e) => {
                tracing::debug!(error = %e, "connecting to listen for the pool's notifications");
                tokio::time::sleep(Duration::from_millis(500)).await;
                continue;
            }
        };
        if !first {
            tracing::info!("listening for the pool's notifications again");
            // Whatever was written while nobody listened: caches go, streams reload.
            generation.fetch_add(1, Ordering::SeqCst);
            let _ = out.send(StoreNotice::Lost);
        }
        first = false;
        listening.store(true, Ordering::SeqCst);
        loop {
            if out.receiver_count() == 0 {
                return;
            }
            let n = match listener.try_recv().await {
                Ok(Some(n)) => n,
                // The connection was lost (or broke): a new listener is made.
                Ok(None) | Err(_) => {
                    listening.store(false, Ordering::SeqCst);
                    tracing::warn!("lost the connection that listens for the pool's notifications; making it again");
                    generation.fetch_add(1, Ordering::SeqCst);
                    let _ = out.send(StoreNotice::Lost);
                    break;
                }
            };
            if n.channel() == CHANGES_CHANNEL {
                generation.fetch_add(1, Ordering::SeqCst);
                continue;
            }
            let Some((id, body)) = n.payload().split_once(' ') else { continue };
            let Ok(id) = id.parse::<u64>() else { continue };
            let body = match body.strip_prefix('@').map(str::parse::<i64>) {
                Some(Ok(payload)) => {
                    match sqlx::query_scalar::<_, String>("SELECT body FROM live_payloads WHERE id = $1")
                        .bind(payload)
                        .fetch_optional(&pool)
                        .await
                    {
                        Ok(Some(body)) => body,
                        _ => {
                            let _ = out.send(StoreNotice::Lost);
                            continue;
                        }
                    }
                }
                _ => body.to_string(),
            };
            match serde_json::from_str::<LiveNotice>(&body) {
                Ok(notice) => {
                    let _ = out.send(StoreNotice::Event { id, notice: Box::new(notice) });
                }
                Err(e) => tracing::warn!(error = %e, "a live event this node cannot read"),
            }
        }
    }
}

include!("sql_body.rs");
include!("sql_chat.rs");
include!("sql_compliance.rs");
include!("sql_topology.rs");
include!("sql_nodes.rs");
include!("sql_jobs.rs");

/// A column value in COPY's text format.
fn copy_text(out: &mut Vec<u8>, text: &str) {
    for b in text.bytes() {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => out.push(b),
        }
    }
}

/// An import's messages through COPY, PostgreSQL's bulk path: those keeping their ids, then
/// the others (numbered by the identity column after the kept ones).
async fn copy_imported(tx: &mut sqlx::Transaction<'static, Db>, batch: &ImportBatch<'_>) -> StoreResult<()> {
    use std::io::Write;
    for ids in [true, false] {
        let rows: Vec<&crate::store::ImportedMessage> =
            batch.messages.iter().filter(|m| m.id.is_some() == ids).collect();
        if rows.is_empty() {
            continue;
        }
        let top = rows.iter().filter_map(|m| m.id).max().unwrap_or(0);
        let columns = if ids { "id, " } else { "" };
        let statement =
            format!("COPY messages ({columns}room_id, seq, sender, posted_at, kind, title, body, files) FROM STDIN");
        let mut copy = tx.copy_in_raw(&statement).await?;
        let mut buf = Vec::with_capacity(256 * 1024);
        for m in rows {
            if let Some(id) = m.id {
                let _ = write!(buf, "{id}\t");
            }
            let _ = write!(buf, "{}\t{}\t", batch.room_id, m.seq);
            copy_text(&mut buf, &m.sender);
            let _ = write!(buf, "\t{}\t{}\t", m.posted_at, m.kind.as_str());
            copy_text(&mut buf, &m.title);
            buf.push(b'\t');
            copy_text(&mut buf, &m.body);
            buf.push(b'\t');
            copy_text(&mut buf, &m.files);
            buf.push(b'\n');
            if buf.len() >= 256 * 1024 {
                copy.send(std::mem::take(&mut buf)).await?;
            }
        }
        if !buf.is_empty() {
            copy.send(buf).await?;
        }
        copy.finish().await?;
        if let (true, Some(sql)) = (ids, SQL_AFTER_EXPLICIT_IDS) {
            sqlx::query(sql).bind(top).execute(&mut **tx).await?;
        }
    }
    Ok(())
}

/// How an insert keeps the ids it is given.
const SQL_OVERRIDING_IDS: &str = " OVERRIDING SYSTEM VALUE ";
/// What makes the id sequence go on after ids an import kept.
const SQL_AFTER_EXPLICIT_IDS: Option<&str> =
    Some("SELECT setval('messages_id_seq', $1) WHERE $1 > (SELECT last_value FROM messages_id_seq)");

pub const MIGRATIONS: &[Migration] = &[
    Migration { version: 1, sql: include_str!("migrations/postgres/0001_init.sql") },
    Migration { version: 2, sql: include_str!("migrations/postgres/0002_folded_principals_and_store_id.sql") },
    Migration { version: 3, sql: include_str!("migrations/postgres/0003_folded_group_members.sql") },
    Migration { version: 4, sql: include_str!("migrations/postgres/0004_messages.sql") },
    Migration { version: 5, sql: include_str!("migrations/postgres/0005_message_search.sql") },
    Migration { version: 6, sql: include_str!("migrations/postgres/0006_files.sql") },
    Migration { version: 7, sql: include_str!("migrations/postgres/0007_audit_log.sql") },
    Migration { version: 8, sql: include_str!("migrations/postgres/0008_post_in_one_statement.sql") },
    Migration { version: 9, sql: include_str!("migrations/postgres/0009_search_without_sizes.sql") },
    Migration { version: 10, sql: include_str!("migrations/postgres/0010_compliance.sql") },
    Migration { version: 11, sql: include_str!("migrations/postgres/0011_topology.sql") },
    Migration { version: 12, sql: include_str!("migrations/postgres/0012_pool_nodes.sql") },
    Migration { version: 13, sql: include_str!("migrations/postgres/0013_live_events.sql") },
    Migration { version: 14, sql: include_str!("migrations/postgres/0014_pool_states.sql") },
    Migration { version: 15, sql: include_str!("migrations/postgres/0015_jobs.sql") },
    Migration { version: 16, sql: include_str!("migrations/postgres/0016_recorded_post_in_one_statement.sql") },
    Migration { version: 17, sql: include_str!("migrations/postgres/0017_one_directory_sync.sql") },
];

/// Key of the advisory lock that serialises writers (and migrations) across nodes.
const WRITE_LOCK: i64 = 0x7063_6861_7401;

/// Commits each post in `tx`: the room's next number (and a time no earlier than its last
/// post's) from its counter row, locked until the commit, then the message row when it is
/// kept.
async fn post_in(tx: &mut sqlx::Transaction<'static, Db>, posts: &[NewMessage]) -> StoreResult<Vec<Posted>> {
    let counter = format!(
        "INSERT INTO room_counters (room_id, last_seq, last_posted_at) VALUES ($1, 1, $2) \
         ON CONFLICT (room_id) DO UPDATE SET last_seq = room_counters.last_seq + 1, \
         last_posted_at = {SQL_GREATEST}(room_counters.last_posted_at, excluded.last_posted_at) \
         RETURNING last_seq, last_posted_at"
    );
    let mut out = Vec::with_capacity(posts.len());
    for post in posts {
        let row = sqlx::query(&counter).bind(post.room_id).bind(post.posted_at).fetch_one(&mut **tx).await?;
        let (seq, posted_at): (i64, i64) = (row.try_get("last_seq")?, row.try_get("last_posted_at")?);
        let id = if post.keep {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO messages (room_id, seq, sender, posted_at, kind, title, body, files) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind(post.room_id)
            .bind(seq)
            .bind(&post.sender)
            .bind(posted_at)
            .bind(post.kind.as_str())
            .bind(&post.title)
            .bind(&post.body)
            .bind(&post.files)
            .fetch_one(&mut **tx)
            .await?;
            Some(id)
        } else {
            None
        };
        out.push(Posted { id, seq, posted_at });
    }
    insert_events_in(tx, &post_records(posts, &out)).await?;
    let mut live = Vec::new();
    for (post, posted) in posts.iter().zip(&out) {
        if let Some(template) = &post.live {
            let message = crate::api::Message {
                id: posted.id,
                seq: posted.seq,
                posted_at: format_ms(posted.posted_at),
                ..template.clone()
            };
            let notice = LiveNotice {
                room_id: post.room_id,
                kind: crate::server::chat::events::Kind::Message,
                user: None,
                event: Some(crate::api::ChatEvent::Message { message }),
            };
            live.push(notice);
        }
    }
    if !live.is_empty() {
        announce_in(tx, &live).await?;
    }
    Ok(out)
}

pub struct PostgresStore {
    pool: sqlx::PgPool,
    generation: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// The pool's notifications, once something listens.
    notices: std::sync::OnceLock<tokio::sync::broadcast::Sender<StoreNotice>>,
    /// Whether the connection that listens is up.
    listening: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl PostgresStore {
    pub async fn open(url: &str, migrate: bool) -> anyhow::Result<PostgresStore> {
        let options = PgConnectOptions::from_str(url)?;
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options)
            .await?;
        if migrate {
            let mut lock = pool.acquire().await?;
            sqlx::query("SELECT pg_advisory_lock($1)").bind(WRITE_LOCK).execute(&mut *lock).await?;
            let result = run_migrations(&pool, MIGRATIONS).await;
            sqlx::query("SELECT pg_advisory_unlock($1)").bind(WRITE_LOCK).execute(&mut *lock).await?;
            result?;
        }
        Ok(PostgresStore {
            pool,
            generation: Default::default(),
            notices: std::sync::OnceLock::new(),
            listening: Default::default(),
        })
    }
}

#[async_trait]
impl Store for PostgresStore {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    async fn read(&self) -> StoreResult<Box<dyn Tx>> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *tx).await?;
        Ok(Box::new(SqlTx::new(tx)))
    }

    async fn write(&self) -> StoreResult<Box<dyn Tx>> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(WRITE_LOCK).execute(&mut *tx).await?;
        Ok(Box::new(SqlTx::writer(tx, self.generation.clone())))
    }

    async fn schema(&self) -> StoreResult<SchemaStatus> {
        let current = schema_version(&self.pool).await?;
        Ok(SchemaStatus { current, expected: MIGRATIONS.last().map_or(0, |m| m.version) })
    }

    async fn store_id(&self) -> StoreResult<String> {
        store_id(&self.pool).await
    }

    async fn database_facts(&self) -> StoreResult<super::DatabaseFacts> {
        let row = sqlx::query(
            "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint, \
                    current_setting('server_version_num')::bigint, current_setting('server_version'), \
                    current_setting('max_connections')::bigint, \
                    current_setting('superuser_reserved_connections')::bigint, \
                    (SELECT datconnlimit::bigint FROM pg_database WHERE datname = current_database()), \
                    (SELECT rolconnlimit::bigint FROM pg_roles WHERE rolname = current_user), \
                    (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()), \
                    pg_database_size(current_database())",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(super::DatabaseFacts::Postgres(super::PostgresFacts {
            now_ms: row.try_get(0)?,
            version_num: row.try_get(1)?,
            version: row.try_get(2)?,
            max_connections: row.try_get(3)?,
            reserved_connections: row.try_get(4)?,
            database_limit: row.try_get(5)?,
            role_limit: row.try_get(6)?,
            open: row.try_get(7)?,
            database_bytes: row.try_get(8)?,
        }))
    }

    async fn close(&self) {
        self.pool.close().await;
    }

    fn connections(&self) -> (u32, u32) {
        (self.pool.size(), self.pool.num_idle() as u32)
    }

    fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::SeqCst)
    }

    fn group_commit(&self) -> bool {
        false
    }

    /// A pool's nodes share one file store, which only the administrator can name.
    fn default_file_store(&self) -> Option<std::path::PathBuf> {
        None
    }

    /// Concurrent posts commit concurrently: a room's counter row, locked by the post that
    /// takes its next number until that post commits, keeps each room's order.
    async fn post_messages(&self, posts: &[NewMessage]) -> StoreResult<Vec<Posted>> {
        let mut tx = self.pool.begin().await?;
        let posted = post_in(&mut tx, posts).await?;
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
        let mut tx = self.pool.begin().await?;
        let changed = change_content_in(&mut tx, room_id, change, audit, records).await?;
        tx.commit().await?;
        Ok(changed)
    }

    async fn import_messages(&self, room_id: i64, messages: &[NewMessage]) -> StoreResult<u64> {
        let mut tx = self.pool.begin().await?;
        let imported = import_in(&mut tx, room_id, messages).await?;
        tx.commit().await?;
        Ok(imported)
    }

    async fn import_batch(&self, batch: &ImportBatch<'_>) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        copy_imported(&mut tx, batch).await?;
        import_bookkeeping(&mut tx, batch).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn settle_after_import(&self) -> StoreResult<()> {
        sqlx::query("ANALYZE messages").execute(&self.pool).await?;
        Ok(())
    }

    async fn record_token_use(&self, id: i64, now_ms: i64) -> StoreResult<()> {
        sqlx::query("UPDATE tokens SET last_used_at = $1 WHERE id = $2")
            .bind(now_ms)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn insert_file(&self, file: &StoredFile, record: Option<&ComplianceEvent>) -> StoreResult<i64> {
        let mut tx = self.pool.begin().await?;
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
        let mut tx = self.pool.begin().await?;
        let changed = set_joined_in(&mut tx, sip, room_id, joined, now_ms, record).await?;
        tx.commit().await?;
        Ok(changed)
    }

    async fn chat_write(&self) -> StoreResult<Box<dyn Tx>> {
        Ok(Box::new(SqlTx::new(self.pool.begin().await?)))
    }

    fn shares_live_events(&self) -> bool {
        true
    }

    fn listen(&self) -> Option<tokio::sync::broadcast::Receiver<StoreNotice>> {
        let mut started = None;
        let sender = self.notices.get_or_init(|| {
            let (tx, rx) = tokio::sync::broadcast::channel(LISTEN_BUFFER);
            started = Some(rx);
            tokio::spawn(listen_loop(self.pool.clone(), self.generation.clone(), self.listening.clone(), tx.clone()));
            tx
        });
        Some(started.unwrap_or_else(|| sender.subscribe()))
    }

    fn live_ready(&self) -> Result<(), String> {
        match self.notices.get() {
            Some(_) if !self.listening.load(std::sync::atomic::Ordering::SeqCst) => {
                Err("not listening for the pool's notifications yet (live events and cache invalidation)".into())
            }
            _ => Ok(()),
        }
    }

    async fn announce(&self, notices: &[LiveNotice]) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        announce_in(&mut tx, notices).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Notifications a slow receiver may fall behind by before it is told it lost some.
const LISTEN_BUFFER: usize = 65_536;
