//! The store: traits by noun, and one module per backend chosen by URL scheme.
//!
//! Every read and write happens inside a transaction ([`Tx`]). Writers are serialised
//! (SQLite: one writer connection; PostgreSQL: an advisory lock), so the changeset engine
//! can read, validate and write without another writer slipping in between.

use async_trait::async_trait;

use crate::api::{Addin, Category, ChatConfigScope, Group, Policy, Role, Room, Token, User};

#[cfg(feature = "postgres")]
pub mod postgres;
#[cfg(feature = "postgres")]
pub mod scratch;
#[cfg(any(feature = "sqlite", feature = "postgres"))]
mod sql;
#[cfg(feature = "sqlite")]
pub mod sqlite;
pub mod switch;

#[cfg(not(any(feature = "sqlite", feature = "postgres")))]
compile_error!("the `server` feature needs a store: enable `sqlite`, `postgres` or both");

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// The row moved on since the revision the writer read.
    #[error("the object changed while it was being written")]
    Conflict,
    #[error("store unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

#[cfg(any(feature = "sqlite", feature = "postgres"))]
impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        match err {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => {
                StoreError::Unavailable(err.to_string())
            }
            other => StoreError::Other(anyhow::Error::new(other)),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Filters of a room listing that the store applies in SQL.
#[derive(Debug, Clone, Default)]
pub struct RoomFilter {
    pub category: Option<String>,
    pub pool: Option<String>,
    pub privacy: Option<crate::api::Privacy>,
    pub room_type: Option<crate::api::RoomType>,
    pub disabled: Option<bool>,
    pub member: Option<String>,
    pub manager: Option<String>,
    pub addin: Option<String>,
    /// Glob on the name (`*`, `?`), case-insensitive.
    pub name_glob: Option<String>,
}

/// Where a page starts: after this (name, id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct After {
    pub name: String,
    pub id: i64,
}

/// A room with the ids the store needs to link it.
pub struct RoomWrite<'a> {
    pub room: &'a Room,
    pub category_id: i64,
    pub addin_id: Option<i64>,
}

/// A stored token as the server sees it (the secret itself is never stored).
#[derive(Debug, Clone)]
pub struct TokenRecord {
    pub token: Token,
}

#[async_trait]
pub trait DirectoryStore {
    async fn users_by_sip(&mut self, sips: &[String]) -> StoreResult<Vec<User>>;
    async fn list_users(
        &mut self,
        name_glob: Option<&str>,
        after: Option<&After>,
        limit: usize,
    ) -> StoreResult<Vec<User>>;
    /// Every OU that holds at least one user.
    async fn user_ous(&mut self) -> StoreResult<Vec<String>>;
    /// Inserts new users; answers their ids, in the order given.
    async fn insert_users(&mut self, users: &[&User]) -> StoreResult<Vec<i64>>;
    async fn update_user(&mut self, user: &User) -> StoreResult<()>;
    async fn delete_user(&mut self, id: i64) -> StoreResult<()>;
    async fn all_groups(&mut self) -> StoreResult<Vec<Group>>;
    /// Inserts new groups with their members; answers their ids, in the order given.
    async fn insert_groups(&mut self, groups: &[&Group]) -> StoreResult<Vec<i64>>;
    async fn update_group(&mut self, group: &Group) -> StoreResult<()>;
    async fn delete_group(&mut self, id: i64) -> StoreResult<()>;
}

#[async_trait]
pub trait CategoryStore {
    async fn all_categories(&mut self) -> StoreResult<Vec<Category>>;
    async fn insert_category(&mut self, category: &mut Category) -> StoreResult<()>;
    async fn update_category(&mut self, category: &Category) -> StoreResult<()>;
    async fn delete_category(&mut self, id: i64) -> StoreResult<()>;
    async fn count_rooms_in_category(&mut self, id: i64) -> StoreResult<i64>;
}

#[async_trait]
pub trait RoomStore {
    async fn list_rooms(&mut self, filter: &RoomFilter, after: Option<&After>, limit: usize) -> StoreResult<Vec<Room>>;
    /// The rooms that list any of these principals, in any role.
    async fn rooms_listing(&mut self, principals: &[String]) -> StoreResult<Vec<Room>>;
    /// Rooms of any pool with one of these names.
    async fn rooms_by_name(&mut self, names: &[String]) -> StoreResult<Vec<Room>>;
    async fn rooms_by_id(&mut self, ids: &[i64]) -> StoreResult<Vec<Room>>;
    async fn rooms_in_category(&mut self, category_id: i64) -> StoreResult<Vec<Room>>;
    /// Inserts new rooms with their principals; answers their ids, in the order given.
    async fn insert_rooms(&mut self, rooms: &[RoomWrite<'_>]) -> StoreResult<Vec<i64>>;
    async fn update_room(&mut self, room: &RoomWrite<'_>, principals_changed: bool) -> StoreResult<()>;
    async fn delete_room(&mut self, id: i64) -> StoreResult<()>;
    async fn count_rooms_with_addin(&mut self, addin_id: i64) -> StoreResult<i64>;
}

#[async_trait]
pub trait AddinStore {
    async fn all_addins(&mut self) -> StoreResult<Vec<Addin>>;
    async fn insert_addin(&mut self, addin: &mut Addin) -> StoreResult<()>;
    async fn update_addin(&mut self, addin: &Addin) -> StoreResult<()>;
    async fn delete_addin(&mut self, id: i64) -> StoreResult<()>;
}

#[async_trait]
pub trait PolicyStore {
    async fn all_policies(&mut self) -> StoreResult<Vec<Policy>>;
    async fn insert_policy(&mut self, policy: &mut Policy) -> StoreResult<()>;
    async fn update_policy(&mut self, policy: &Policy) -> StoreResult<()>;
    async fn delete_policy(&mut self, id: i64) -> StoreResult<()>;
    /// Sets (or clears) the tag policy of these users; returns how many rows changed.
    async fn grant_policy(&mut self, sips: &[String], tag: Option<&str>, now_ms: i64) -> StoreResult<u64>;
    async fn count_grants(&mut self, tag: &str) -> StoreResult<i64>;
}

#[async_trait]
pub trait ConfigStore {
    async fn all_config_scopes(&mut self) -> StoreResult<Vec<ChatConfigScope>>;
    async fn insert_config_scope(&mut self, scope: &mut ChatConfigScope) -> StoreResult<()>;
    async fn update_config_scope(&mut self, scope: &ChatConfigScope) -> StoreResult<()>;
    async fn delete_config_scope(&mut self, id: i64) -> StoreResult<()>;
}

#[async_trait]
pub trait TokenStore {
    async fn insert_token(
        &mut self,
        hash: &str,
        role: Role,
        owner: Option<&str>,
        description: &str,
        now_ms: i64,
    ) -> StoreResult<Token>;
    async fn list_tokens(&mut self) -> StoreResult<Vec<Token>>;
    /// Marks a token revoked; false when there is no such live token.
    async fn revoke_token(&mut self, id: i64, now_ms: i64) -> StoreResult<bool>;
    async fn token_by_hash(&mut self, hash: &str) -> StoreResult<Option<Token>>;
}

/// A post as the chat writer commits it.
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub room_id: i64,
    pub sender: String,
    /// The server's time of the post; the room's last post time if that is later, so a
    /// room's messages are in time order as well as in number order.
    pub posted_at: i64,
    pub kind: crate::api::MessageKind,
    pub title: String,
    pub body: String,
    /// False where the room's category keeps no history: the post takes its number and
    /// is delivered, but no message row is written.
    pub keep: bool,
    /// The files it refers to, as the `files` column keeps them (empty: none).
    pub files: String,
    /// Its compliance event (CHAT), recorded in the post's transaction; the message's id
    /// is filled in there.
    pub record: Option<ComplianceEvent>,
    /// The message as live events tell it, its id, number and time still to be stamped:
    /// where a pool's nodes share live events, the post's transaction sends it to them.
    pub live: Option<crate::api::Message>,
}

/// An entry of the audit log: who did what to which room, and how much.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: i64,
    pub at: i64,
    /// The token that did it (`token 7`, `local administrator`) and its owner, if any.
    pub actor: String,
    /// `remove_messages`, `replace_messages`, `clear_room`.
    pub action: String,
    /// The room (`pool/name`).
    pub target: String,
    /// JSON: the selection and what it changed.
    pub detail: String,
}

/// What an administrator does to a room's content, with its audit entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentChange {
    /// These messages go.
    Remove(Vec<i64>),
    /// These messages keep their place and number; their text becomes the replacement.
    Replace(Vec<i64>, String),
    /// Every message posted at or before this time goes.
    ClearThrough(i64),
}

/// A file's record: its content is in the file store, named by `sha256`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub id: i64,
    pub room_id: i64,
    pub sha256: String,
    pub name: String,
    pub size: i64,
    pub content_type: String,
    pub sender: String,
    pub uploaded_at: i64,
}

/// What a committed post became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posted {
    /// None when the post was not kept.
    pub id: Option<i64>,
    pub seq: i64,
    pub posted_at: i64,
}

/// A message row.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredMessage {
    pub id: i64,
    pub room_id: i64,
    pub seq: i64,
    pub sender: String,
    pub posted_at: i64,
    pub kind: crate::api::MessageKind,
    pub title: String,
    pub body: String,
    pub files: String,
}

/// Which messages of a room a history page holds: sequence numbers strictly between
/// `after` and `before`, posted between `since` and `until` (inclusive), `limit` of them,
/// the newest first unless `oldest_first` (a page read towards newer messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HistoryRange {
    pub after: i64,
    pub before: i64,
    pub since: i64,
    pub until: i64,
    pub limit: usize,
    pub oldest_first: bool,
}

impl HistoryRange {
    pub fn newest(limit: usize) -> HistoryRange {
        HistoryRange { after: 0, before: i64::MAX, since: i64::MIN, until: i64::MAX, limit, oldest_first: false }
    }
}

/// A full-text search: messages holding every word, newest first, with an id below
/// `before`, posted between `since` and `until`, in one room or from one sender if given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRange {
    pub words: Vec<String>,
    pub room_id: Option<i64>,
    pub sender: Option<String>,
    pub since: i64,
    pub until: i64,
    pub before: i64,
    pub limit: usize,
}

/// How many messages a room holds, and when the last was posted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RoomActivity {
    pub messages: i64,
    pub last_seq: i64,
    pub last_posted_at: Option<i64>,
}

#[async_trait]
pub trait MessageStore {
    async fn history(&mut self, room_id: i64, range: &HistoryRange) -> StoreResult<Vec<StoredMessage>>;
    async fn room_activity(&mut self, room_id: i64) -> StoreResult<RoomActivity>;
    async fn search(&mut self, range: &SearchRange) -> StoreResult<Vec<StoredMessage>>;
    /// The ids of the rooms a user has joined.
    async fn joined_rooms(&mut self, sip: &str) -> StoreResult<Vec<i64>>;
    async fn files_by_id(&mut self, ids: &[i64]) -> StoreResult<Vec<StoredFile>>;
    /// What the file store holds, in bytes: each content once (it is named by its hash).
    async fn file_store_bytes(&mut self) -> StoreResult<i64>;
    /// The `files` of a room's messages posted at or after `since` that name any.
    async fn posted_files(&mut self, room_id: i64, since: i64) -> StoreResult<Vec<String>>;
    /// How many messages of a room were posted at or before a time.
    async fn count_through(&mut self, room_id: i64, through: i64) -> StoreResult<i64>;
    /// The audit log, newest first, below the id `before`.
    async fn audit_log(&mut self, before: i64, limit: usize) -> StoreResult<Vec<AuditEntry>>;
    /// How many people have joined a room.
    async fn joined_count(&mut self, room_id: i64) -> StoreResult<i64>;
}

/// A compliance event as it is recorded: copies of what it describes (names, text), kept
/// whatever happens later to the room, user or message it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplianceEvent {
    /// The store's to give (0 until it is stored).
    pub id: i64,
    pub pool: String,
    pub at: i64,
    pub kind: crate::api::EventKind,
    /// `ma-chan://POOL/ROOM-ID` or `ma-cat://POOL/CATEGORY-ID`.
    pub channel: String,
    pub channel_name: String,
    /// The room's id (0 for a category's event).
    pub room_id: i64,
    /// The user's id in the directory (0 for an actor that is no user).
    pub user_id: i64,
    pub user_uri: String,
    pub user_name: String,
    /// The message's id (CHAT, REMOVE, REPLACE) or file's (FILEUPLOAD, FILEDOWNLOAD); 0 otherwise.
    pub content_id: i64,
    pub content: String,
    /// JSON, or empty: what was asked for, or an object's before and after.
    pub detail: String,
    pub batch_id: Option<i64>,
}

/// The compliance settings stored for one target; None is inherited.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ComplianceTarget {
    pub target: String,
    pub enabled: Option<bool>,
    pub adapter: Option<String>,
    pub interval_secs: Option<i64>,
    pub one_room_per_file: Option<bool>,
    pub room_details: Option<bool>,
    pub user_details: Option<bool>,
    pub output_dir: Option<String>,
    pub retention_secs: Option<i64>,
    pub revision: i64,
    pub updated_at: i64,
}

/// Which waiting events of a pool a batch takes: recorded in `[since, until)`, of one room
/// (by id, or by name for a room that is gone) if given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchFilter {
    pub since: i64,
    pub until: i64,
    pub room_id: Option<i64>,
    pub channel_name: Option<String>,
}

impl BatchFilter {
    pub fn all() -> BatchFilter {
        BatchFilter { since: i64::MIN, until: i64::MAX, room_id: None, channel_name: None }
    }
}

/// A batch of events the adapter writes out together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplianceBatch {
    pub id: i64,
    pub pool: String,
    /// Chosen and not yet written (`pending`), or written (`done`).
    pub done: bool,
    pub created_at: i64,
    pub exported_at: Option<i64>,
    pub events: i64,
    /// JSON: the settings it is written with, fixed when it is chosen, so writing it again
    /// after a crash writes the same files.
    pub settings: String,
    /// The files written, one per line.
    pub files: String,
    /// Its events have ids in `first_id..=last_id`.
    pub first_id: i64,
    pub last_id: i64,
}

/// One pool's exporter as the store keeps it, with its counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompliancePool {
    pub pool: String,
    pub holder: Option<String>,
    pub lease_until: i64,
    pub last_run_at: i64,
    pub last_success_at: Option<i64>,
    pub last_error: Option<String>,
    pub last_error_at: Option<i64>,
    pub waiting: i64,
    pub pending_batch: Option<i64>,
    pub exported_kept: i64,
}

#[async_trait]
pub trait ComplianceStore {
    async fn insert_compliance_events(&mut self, events: &[ComplianceEvent]) -> StoreResult<()>;
    /// Events oldest first, after the id `after`; of one pool, of one room (its name), and
    /// exported (`Some(true)`: in a batch written) or waiting (`Some(false)`: in none, or in
    /// one not yet written), if asked.
    async fn compliance_events(
        &mut self,
        pool: Option<&str>,
        room: Option<&str>,
        exported: Option<bool>,
        after: i64,
        limit: usize,
    ) -> StoreResult<Vec<ComplianceEvent>>;
    /// The highest event id recorded (0 when none): where a reader of what comes next starts.
    async fn last_compliance_event_id(&mut self) -> StoreResult<i64>;
    async fn compliance_targets(&mut self) -> StoreResult<Vec<ComplianceTarget>>;
    /// Inserts or replaces a target's settings.
    async fn put_compliance_target(&mut self, target: &ComplianceTarget) -> StoreResult<()>;
    async fn delete_compliance_target(&mut self, target: &str) -> StoreResult<bool>;
    /// Takes the pool's exporter lease for `node` until `until`, or renews it; false when
    /// another node holds it and its lease has not run out at `now`. Holding it locks the
    /// pool's row until the transaction ends.
    async fn take_compliance_lease(&mut self, pool: &str, node: &str, now: i64, until: i64) -> StoreResult<bool>;
    /// Gives the lease up (when a run is over), if `node` holds it.
    async fn release_compliance_lease(&mut self, pool: &str, node: &str) -> StoreResult<()>;
    /// The first batch chosen and not yet written whose id is above `after`, if any.
    async fn pending_batch(&mut self, pool: &str, after: i64) -> StoreResult<Option<ComplianceBatch>>;
    /// Chooses up to `limit` waiting events (oldest first) with ids above `scan_after` for a
    /// new batch; None when none wait.
    async fn open_batch(
        &mut self,
        pool: &str,
        filter: &BatchFilter,
        scan_after: i64,
        limit: usize,
        settings: &str,
        now: i64,
    ) -> StoreResult<Option<ComplianceBatch>>;
    /// A batch's events in id order, after the id `after` and up to `through`.
    async fn batch_events(
        &mut self,
        batch: &ComplianceBatch,
        after: i64,
        through: i64,
        limit: usize,
    ) -> StoreResult<Vec<ComplianceEvent>>;
    /// Marks a batch written, with its files.
    async fn close_batch(&mut self, batch: i64, files: &str, now: i64) -> StoreResult<()>;
    /// Starts a pool's run interval at `now` if it has never run (its first run is one
    /// interval later, as every later one is one interval after the last).
    async fn start_compliance_clock(&mut self, pool: &str, now: i64) -> StoreResult<()>;
    /// Records a run of the pool's exporter: a success clears the last error.
    async fn note_compliance_run(&mut self, pool: &str, now: i64, error: Option<&str>) -> StoreResult<()>;
    /// Deletes the events of batches written before `exported_before`, and the batches;
    /// answers how many events went.
    async fn purge_compliance(&mut self, pool: &str, exported_before: i64) -> StoreResult<u64>;
    /// Every pool that has events, a batch or a record of runs, with its counts.
    async fn compliance_pools(&mut self) -> StoreResult<Vec<CompliancePool>>;
}

/// A published topology: its version, the document (JSON), who published it and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTopology {
    pub version: i64,
    pub name: String,
    pub document: String,
    pub published_at: i64,
    pub published_by: String,
}

impl StoredTopology {
    /// The document it keeps.
    pub fn spec(&self) -> Result<crate::api::topology::TopologySpec, serde_json::Error> {
        serde_json::from_str(&self.document)
    }
}

#[async_trait]
pub trait TopologyStore {
    /// The topology in force (the latest published), if any.
    async fn latest_topology(&mut self) -> StoreResult<Option<StoredTopology>>;
    /// One published version.
    async fn topology_at(&mut self, version: i64) -> StoreResult<Option<StoredTopology>>;
    /// Published versions, newest first.
    async fn topology_history(&mut self, limit: usize) -> StoreResult<Vec<StoredTopology>>;
    async fn insert_topology(&mut self, topology: &StoredTopology) -> StoreResult<()>;
}

/// A live event as the nodes of a pool pass it to each other: which room, what kind of
/// event for the streams to route, whose join or leave, and the event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LiveNotice {
    pub room_id: i64,
    pub kind: crate::server::chat::events::Kind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<crate::api::ChatEvent>,
}

/// What a shared store tells each node (PostgreSQL's LISTEN/NOTIFY), in commit order.
#[derive(Debug, Clone)]
pub enum StoreNotice {
    /// A live event, with its id, the same on every node.
    Event { id: u64, notice: Box<LiveNotice> },
    /// The listening connection was lost and is made again: what was sent meanwhile is
    /// lost (and management writes may have been missed: caches were dropped).
    Lost,
}

/// A node of a pool as its last heartbeat left it.
#[derive(Debug, Clone, PartialEq)]
pub struct PoolNode {
    pub pool: String,
    pub node: String,
    pub address: String,
    pub version: String,
    pub standby: bool,
    pub started_at: i64,
    pub heartbeat_at: i64,
    /// The node's own timeout: it is down once its heartbeat is older than this.
    pub heartbeat_timeout_ms: i64,
    /// Set when the node stopped cleanly.
    pub stopped_at: Option<i64>,
    pub connections: i64,
    pub requests_per_second: f64,
    pub subscribers: i64,
    /// Whether the node runs on the pool's backup store (failed over).
    pub on_backup: bool,
}

/// A pool's state as a failover or failback left it: the newest epoch of the pool's two
/// stores says which one its nodes use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolState {
    pub pool: String,
    /// `normal` or `failed_over`.
    pub state: String,
    pub epoch: i64,
    pub changed_at: i64,
    pub changed_by: String,
    /// The stores it moved from and to, their URLs without credentials.
    pub from_store: String,
    pub to_store: String,
}

#[async_trait]
pub trait NodeStore {
    /// Writes the node's row (made on its first heartbeat).
    async fn heartbeat(&mut self, node: &PoolNode) -> StoreResult<()>;
    /// Every node that ever registered, by pool and name.
    async fn pool_nodes(&mut self) -> StoreResult<Vec<PoolNode>>;
    /// The pool's state, if it was ever failed over.
    async fn pool_state(&mut self, pool: &str) -> StoreResult<Option<PoolState>>;
    /// Sets the pool's state and keeps the change.
    async fn record_pool_state(&mut self, state: &PoolState) -> StoreResult<()>;
    /// The pool's failovers and failbacks, newest first.
    async fn pool_state_changes(&mut self, pool: &str, limit: usize) -> StoreResult<Vec<PoolState>>;
}

/// One transaction over every noun.
/// A job as the store keeps it (`api::Job` is how it is shown).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JobRow {
    pub id: i64,
    /// `export`, `import` or `directory-sync`.
    pub kind: String,
    /// `running`, `succeeded`, `failed` or `cancelled`.
    pub state: String,
    pub created_by: String,
    pub node: String,
    /// JSON: what it works on (the scope, the archive and options).
    pub detail: String,
    pub started_at: i64,
    pub updated_at: i64,
    pub finished_at: Option<i64>,
    /// JSON: counts done and total per type.
    pub progress: String,
    /// JSON: the error, where it is, and what the job left.
    pub error: Option<String>,
    pub cancel_requested: bool,
}

/// One message as an import writes it: its id kept where that id is free (None: a new one),
/// its number in the room as the archive gives it, plus the room's offset.
#[derive(Debug, Clone)]
pub struct ImportedMessage {
    pub id: Option<i64>,
    pub seq: i64,
    pub sender: String,
    pub posted_at: i64,
    pub kind: crate::api::MessageKind,
    pub title: String,
    pub body: String,
    pub files: String,
}

/// A batch of an import's messages for one room, and the mark it leaves.
#[derive(Debug, Clone)]
pub struct ImportBatch<'a> {
    /// The archive's identity (its manifest's SHA-256).
    pub archive: &'a str,
    pub room_id: i64,
    pub seq_offset: i64,
    /// The archive's number of the batch's last message.
    pub done_seq: i64,
    /// The room's counter goes at least this far (numbers an archive kept after its last
    /// message, which was removed).
    pub last_seq: i64,
    pub messages: &'a [ImportedMessage],
}

#[async_trait]
pub trait JobStore {
    async fn insert_job(&mut self, job: &JobRow) -> StoreResult<i64>;
    /// Writes a running job's progress; answers whether it was asked to stop.
    async fn job_progress(&mut self, id: i64, progress: &str, now: i64) -> StoreResult<bool>;
    async fn finish_job(
        &mut self,
        id: i64,
        state: &str,
        progress: &str,
        error: Option<&str>,
        now: i64,
    ) -> StoreResult<()>;
    /// The newest jobs first; only those of `kind` when given.
    async fn jobs(&mut self, limit: usize, kind: Option<&str>) -> StoreResult<Vec<JobRow>>;
    /// Starts a job of which one at a time may run across the nodes sharing the store (a
    /// scheduled directory sync), unless one of its kind runs or started after `since`:
    /// its id, or None. A running one whose progress stopped before `stale_before` lost its
    /// node and is marked failed first.
    async fn claim_job(&mut self, job: &JobRow, since: i64, stale_before: i64) -> StoreResult<Option<i64>>;
    async fn job(&mut self, id: i64) -> StoreResult<Option<JobRow>>;
    /// Asks a running job to stop; false when it is not running.
    async fn cancel_job(&mut self, id: i64) -> StoreResult<bool>;
    /// Marks failed the jobs a node was running when it stopped (at its next start).
    async fn abandon_jobs(&mut self, node: &str, now: i64) -> StoreResult<u64>;
    /// Where an import of `archive` stands in a room: (its last number done, the offset).
    async fn import_mark(&mut self, archive: &str, room_id: i64) -> StoreResult<Option<(i64, i64)>>;
    /// Which of these message ids are already taken.
    async fn taken_message_ids(&mut self, ids: &[i64]) -> StoreResult<Vec<i64>>;
}

#[async_trait]
pub trait Tx:
    JobStore
    + DirectoryStore
    + CategoryStore
    + RoomStore
    + AddinStore
    + PolicyStore
    + ConfigStore
    + TokenStore
    + MessageStore
    + ComplianceStore
    + TopologyStore
    + NodeStore
    + Send
{
    async fn commit(self: Box<Self>) -> StoreResult<()>;
}

/// What the database says of itself, for the deployment checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseFacts {
    /// A file of this node: its size on disk (with its write-ahead log) and where it is.
    Sqlite {
        file: Option<std::path::PathBuf>,
        bytes: u64,
    },
    Postgres(PostgresFacts),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostgresFacts {
    /// The server's clock when it answered (ms since the epoch).
    pub now_ms: i64,
    /// `server_version_num`, e.g. 150008.
    pub version_num: i64,
    pub version: String,
    pub max_connections: i64,
    pub reserved_connections: i64,
    /// The database's and the role's own limits (`CONNECTION LIMIT`), -1 when none.
    pub database_limit: i64,
    pub role_limit: i64,
    /// Connections open to this database now.
    pub open: i64,
    pub database_bytes: i64,
}

/// Connections a node opens to PostgreSQL: its pool, and the one that listens for the
/// pool's live events.
pub const POSTGRES_CONNECTIONS_PER_NODE: i64 = 9;

/// Whether the schema is the one this binary expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaStatus {
    pub current: i64,
    pub expected: i64,
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// `sqlite` or `postgres`.
    fn backend(&self) -> &'static str;
    /// A read-only view (it may still be a transaction; it is never committed).
    async fn read(&self) -> StoreResult<Box<dyn Tx>>;
    /// A writing transaction; writers are serialised.
    async fn write(&self) -> StoreResult<Box<dyn Tx>>;
    async fn schema(&self) -> StoreResult<SchemaStatus>;
    /// SQLite's journal mode and synchronous level (`PRAGMA synchronous`: 0 off, 1 normal,
    /// 2 full, 3 extra) as the store's connections have them; None for other stores.
    async fn durability(&self) -> StoreResult<Option<(String, i64)>> {
        Ok(None)
    }
    /// The database's clock, version, limits and size.
    async fn database_facts(&self) -> StoreResult<DatabaseFacts>;
    /// A random identity made when the store was created; it survives restarts and moves.
    async fn store_id(&self) -> StoreResult<String>;
    async fn close(&self);
    /// The store's connections: open, and of those idle (for `/metrics`).
    fn connections(&self) -> (u32, u32);
    /// Counts committed management writes: what was derived from the store at one count
    /// holds until the count moves.
    fn generation(&self) -> u64;
    /// Where files go when `pchat server --file-store` does not say: beside the SQLite
    /// file; None for a store that is not a file.
    fn default_file_store(&self) -> Option<std::path::PathBuf>;
    /// Whether posts are best committed together, many in one transaction (SQLite, whose
    /// one writer would otherwise take them one commit at a time).
    fn group_commit(&self) -> bool;
    /// Commits posts in one transaction, each with the next number of its room, outside
    /// the management writers' lock (chat has its own write path).
    async fn post_messages(&self, posts: &[NewMessage]) -> StoreResult<Vec<Posted>>;
    /// Removes, replaces or clears messages of a room and records `audit` and `records`
    /// (compliance) in the same transaction; answers how many messages changed.
    async fn change_content(
        &self,
        room_id: i64,
        change: &ContentChange,
        audit: &AuditEntry,
        records: &[ComplianceEvent],
    ) -> StoreResult<u64>;
    /// Records a file (its `id` is the store's to give), and its compliance event with the
    /// file's id filled in; answers its id.
    async fn insert_file(&self, file: &StoredFile, record: Option<&ComplianceEvent>) -> StoreResult<i64>;
    /// Loads messages into a room in one transaction, set-based (imports and benchmarks:
    /// not a post each). They take the room's next numbers, in order; `posted_at` is theirs.
    async fn import_messages(&self, room_id: i64, messages: &[NewMessage]) -> StoreResult<u64>;
    /// Writes one batch of an import (ids and numbers as given) with its mark.
    async fn import_batch(&self, batch: &ImportBatch<'_>) -> StoreResult<()>;
    /// After a bulk load: fold the search index into one piece (SQLite) or refresh the
    /// planner's statistics (PostgreSQL), so the posts that follow do not pay for the load.
    async fn settle_after_import(&self) -> StoreResult<()>;
    /// Records when a token was last used. Not a management write: it does not move the
    /// generation (what was derived from the store still holds).
    async fn record_token_use(&self, id: i64, now_ms: i64) -> StoreResult<()>;
    /// Records that a user joined (or left) a room, and its compliance event if it changed
    /// anything; false when nothing changed.
    async fn set_joined(
        &self,
        sip: &str,
        room_id: i64,
        joined: bool,
        now_ms: i64,
        record: Option<&ComplianceEvent>,
    ) -> StoreResult<bool>;
    /// A writing transaction on chat's own path: outside the management writers' lock, and
    /// its commit moves no generation (compliance records and the exporter's bookkeeping).
    async fn chat_write(&self) -> StoreResult<Box<dyn Tx>>;
    /// Whether this store carries live events between the nodes of a pool (PostgreSQL):
    /// then every event goes out through [`Store::announce`] (a post's in its own
    /// transaction) and comes back to every node, this one too, through [`Store::listen`].
    fn shares_live_events(&self) -> bool {
        false
    }
    /// Starts listening for what the other nodes send (once per store); None where
    /// nothing is shared.
    fn listen(&self) -> Option<tokio::sync::broadcast::Receiver<StoreNotice>> {
        None
    }
    /// Whether what the other nodes send is heard (Err: why not).
    fn live_ready(&self) -> Result<(), String> {
        Ok(())
    }
    /// Sends live events to every node of the pool, in one transaction.
    async fn announce(&self, _notices: &[LiveNotice]) -> StoreResult<()> {
        Ok(())
    }
}

/// Opens the store a URL names (`sqlite://PATH` or `postgres://...`) and runs its migrations.
pub async fn open(url: &str, migrate: bool) -> anyhow::Result<std::sync::Arc<dyn Store>> {
    use anyhow::Context;
    // A plain path is a SQLite file, as `--database pchat.db` is meant.
    let plain;
    let url = if !url.contains("://") && !url.starts_with("sqlite:") && !url.starts_with("postgres") {
        plain = format!("sqlite://{url}");
        plain.as_str()
    } else {
        url
    };
    if url.starts_with("sqlite:") {
        if let Some(dir) = sqlite_parent(url) {
            if !dir.as_os_str().is_empty() && !dir.is_dir() {
                anyhow::bail!(
                    "cannot open SQLite store {url}: the directory {} does not exist (create it first)",
                    dir.display()
                );
            }
        }
        #[cfg(feature = "sqlite")]
        {
            let store = sqlite::SqliteStore::open(url, migrate)
                .await
                .map_err(database_said)
                .with_context(|| format!("opening SQLite store {url}"))?;
            return Ok(std::sync::Arc::new(store));
        }
        #[cfg(not(feature = "sqlite"))]
        anyhow::bail!("this pchat was built without the `sqlite` feature, so it cannot open {url}");
    }
    if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        #[cfg(feature = "postgres")]
        {
            let store = postgres::PostgresStore::open(url, migrate)
                .await
                .map_err(database_said)
                .with_context(|| format!("opening PostgreSQL store {}", redact_url(url)))?;
            return Ok(std::sync::Arc::new(store));
        }
        #[cfg(not(feature = "postgres"))]
        anyhow::bail!("this pchat was built without the `postgres` feature, so it cannot open {}", redact_url(url));
    }
    anyhow::bail!("unsupported database URL {:?}: use sqlite://PATH or postgres://USER@HOST/DB", redact_url(url))
}

/// An error the database itself returned, as the database said it: sqlx's wrapping
/// ("error returned from database: (code: 14) unable to open database file") tells a
/// person nothing more than "unable to open database file (code 14)".
#[cfg(any(feature = "sqlite", feature = "postgres"))]
fn database_said(err: anyhow::Error) -> anyhow::Error {
    match err.downcast_ref::<sqlx::Error>() {
        Some(sqlx::Error::Database(db)) => {
            let code = db.code().map(|c| format!(" (code {c})")).unwrap_or_default();
            anyhow::anyhow!("{}{code}", db.message())
        }
        _ => err,
    }
}

/// The directory a SQLite URL's file is in (None in memory).
fn sqlite_parent(url: &str) -> Option<std::path::PathBuf> {
    let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return None;
    }
    std::path::Path::new(path).parent().map(std::path::Path::to_path_buf)
}

/// Hides a password in a database URL before it is printed.
pub fn redact_url(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://") {
        if let Some((creds, host)) = rest.split_once('@') {
            if let Some((user, _)) = creds.split_once(':') {
                return format!("{scheme}://{user}:***@{host}");
            }
        }
    }
    url.to_string()
}

/// `PCHAT_CLOCK_OFFSET_MS` shifts the node's clock by that much: a node whose clock is
/// wrong, for tests of what notices (libfaketime cannot be preloaded into a binary whose
/// allocator replaces malloc).
pub fn now_ms() -> i64 {
    static OFFSET: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    let offset =
        *OFFSET.get_or_init(|| std::env::var("PCHAT_CLOCK_OFFSET_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(0));
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64);
    now.unwrap_or(0).saturating_add(offset)
}

/// Milliseconds since the epoch as RFC 3339 (the wire form of every timestamp).
pub fn format_ms(ms: i64) -> String {
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms.max(0) as u64);
    humantime::format_rfc3339_millis(t).to_string()
}

pub fn parse_ms(text: &str) -> i64 {
    humantime::parse_rfc3339_weak(text)
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
