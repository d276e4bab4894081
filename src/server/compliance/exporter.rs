//! The exporter: hands each recorded event to the adapter exactly once across a pool's
//! nodes. One node at a time holds a pool's lease in the store (a node that dies loses it
//! when it runs out). A run chooses a batch of waiting events and commits the choice, writes
//! the batch's files (temporary names, synced, renamed), then marks the batch written in
//! another transaction. A crash before the mark leaves the batch pending: the next run, on
//! any node, writes the same batch again with the settings it was chosen with, to the same
//! file names, and only then takes new events. So no event is lost, and none lands in two
//! files: the worst a crash does is write a file twice over itself.

use std::sync::Arc;
use std::time::Duration;

use super::xml::{BatchSettings, BatchWriter, Lookup, RoomInfo, UserInfo};
use crate::api::{ErrorCode, ExportedBatch};
use crate::server::error::{ApiError, ApiResult};
use crate::store::{now_ms, BatchFilter, ComplianceBatch, Store};

/// Events in one batch at most (one file, unless one room per file; held in memory while
/// they are written), and read at a time.
pub const BATCH_EVENTS: usize = 50_000;
const PAGE_EVENTS: usize = 10_000;
/// How often a node looks for work; after a failed run, how soon it tries again.
const TICK: Duration = Duration::from_secs(5);
const RETRY_SECS: i64 = 10;

/// Aborts the process here when `PCHAT_CRASH_AT` names this point: how the tests kill an
/// exporter at the exact step whose crash they check (docs/compliance.md). Off otherwise.
pub fn failpoint(name: &str) {
    static AT: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    if AT.get_or_init(|| std::env::var("PCHAT_CRASH_AT").ok()).as_deref() == Some(name) {
        eprintln!("PCHAT_CRASH_AT={name}: aborting here");
        std::process::abort();
    }
}

/// A node's exporter.
pub struct Exporter {
    store: Arc<dyn Store>,
    /// This node's name, as it holds leases.
    pub node: String,
    lease: Duration,
    /// One run at a time on this node (the interval's and those asked for).
    running: tokio::sync::Mutex<()>,
}

impl Exporter {
    pub fn new(store: Arc<dyn Store>, node: String, lease: Duration) -> Exporter {
        Exporter { store, node, lease, running: tokio::sync::Mutex::new(()) }
    }

    fn lease_until(&self, now: i64) -> i64 {
        now.saturating_add(i64::try_from(self.lease.as_millis()).unwrap_or(i64::MAX))
    }

    /// Exports a pool's waiting events that `filter` takes, batch after batch, finishing a
    /// pending batch first. Refused when another node holds the pool's lease.
    pub async fn export_pool(&self, pool: &str, filter: &BatchFilter) -> ApiResult<Vec<ExportedBatch>> {
        let _one = self.running.lock().await;
        let mut done = Vec::new();
        let result = self.run_batches(pool, filter, &mut done).await;
        // The run is over, done or failed: any node may take the next one (another node's
        // export asked for now need not wait for this lease to run out, and a node that
        // cannot write does not keep the pool from one that can).
        let mut tx = self.store.chat_write().await?;
        tx.release_compliance_lease(pool, &self.node).await?;
        tx.commit().await?;
        result.map(|()| done)
    }

    async fn run_batches(&self, pool: &str, filter: &BatchFilter, done: &mut Vec<ExportedBatch>) -> ApiResult<()> {
        let mut next = self.choose(pool, filter, None).await?;
        let mut read = match &next {
            Some(batch) => Some(self.read_batch(batch).await),
            None => None,
        };
        while let Some(batch) = next.take() {
            let started = std::time::Instant::now();
            failpoint("compliance-batch-chosen");
            let settings: BatchSettings = serde_json::from_str(&batch.settings)
                .map_err(|e| ApiError::internal(format!("batch {} holds unreadable settings: {e}", batch.id)))?;
            let dir = settings.output_dir.clone();
            let content = read.take().unwrap_or_else(|| Err(WriteError::Io("the batch was not read".into())));
            // The next batch is chosen and read while this one is written (reading takes
            // other connections and threads); a failure leaves it pending, for the next run.
            let (written, following) = tokio::join!(self.write(&batch, settings, content), async {
                let following = self.choose(pool, filter, Some(&batch)).await?;
                let read = match &following {
                    Some(next) => Some(self.read_batch(next).await),
                    None => None,
                };
                Ok::<_, ApiError>((following, read))
            });
            let files = match written {
                Ok(files) => files,
                Err(WriteError::LeaseLost) => return Err(self.busy(pool).await),
                Err(WriteError::Io(e)) => {
                    let reason = format!("compliance batch {} could not be written to {dir}: {e}", batch.id);
                    tracing::warn!(pool, "compliance export failed: {reason}");
                    let mut tx = self.store.chat_write().await?;
                    tx.note_compliance_run(pool, now_ms(), Some(&reason)).await?;
                    tx.commit().await?;
                    return Err(ApiError::new(ErrorCode::Unavailable, reason));
                }
            };
            let written = started.elapsed();
            failpoint("compliance-files-written");
            let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
            let now = now_ms();
            let mut tx = self.store.chat_write().await?;
            if !tx.take_compliance_lease(pool, &self.node, now, self.lease_until(now)).await? {
                // Another node took the lease while this one wrote: it writes the same batch
                // again, to the same files, and marks it.
                drop(tx);
                return Err(self.busy(pool).await);
            }
            tx.close_batch(batch.id, &names.join("\n"), now).await?;
            tx.note_compliance_run(pool, now, None).await?;
            let retention = self.retention(pool).await?;
            tx.purge_compliance(pool, now.saturating_sub(retention.saturating_mul(1000)).saturating_add(1)).await?;
            tx.commit().await?;
            // What writers that died left of this batch under temporary names.
            remove_leftovers(std::path::Path::new(&dir), &BatchWriter::stem(pool, batch.id));
            tracing::info!(
                pool,
                batch = batch.id,
                events = batch.events,
                files = names.len(),
                write_ms = written.as_millis() as u64,
                mark_ms = (started.elapsed() - written).as_millis() as u64,
                "compliance batch written"
            );
            done.push(ExportedBatch { pool: pool.to_string(), batch: batch.id, events: batch.events, files: names });
            (next, read) = following?;
        }
        Ok(())
    }

    /// A batch's events with ids in `(after, through]`, in id order.
    async fn read_range(
        &self,
        batch: &ComplianceBatch,
        mut after: i64,
        through: i64,
    ) -> ApiResult<Vec<crate::store::ComplianceEvent>> {
        let mut tx = self.store.read().await?;
        let room = usize::try_from(through - after).unwrap_or(0).min(BATCH_EVENTS);
        let mut events = Vec::with_capacity(room);
        loop {
            let page = tx.batch_events(batch, after, through, PAGE_EVENTS).await?;
            let Some(last) = page.last() else { break };
            after = last.id;
            let full = page.len() == PAGE_EVENTS;
            events.extend(page);
            if !full {
                break;
            }
        }
        Ok(events)
    }

    /// Renews the lease while a batch is written; false when another node has it.
    async fn renew(&self, pool: &str) -> ApiResult<bool> {
        let now = now_ms();
        let mut tx = self.store.chat_write().await?;
        let held = tx.take_compliance_lease(pool, &self.node, now, self.lease_until(now)).await?;
        tx.commit().await?;
        Ok(held)
    }

    async fn retention(&self, pool: &str) -> ApiResult<i64> {
        let targets = self.store.read().await?.compliance_targets().await?;
        Ok(super::effective(&targets, pool).retention_secs)
    }

    async fn busy(&self, pool: &str) -> ApiError {
        let holder = match self.store.read().await {
            Ok(mut tx) => tx.compliance_pools().await.ok().and_then(|p| p.into_iter().find(|p| p.pool == pool)),
            Err(_) => None,
        };
        let (who, until) =
            holder.map(|p| (p.holder.unwrap_or_default(), crate::store::format_ms(p.lease_until))).unwrap_or_default();
        ApiError::new(
            ErrorCode::LeaseHeld,
            format!("node {who:?} holds the compliance exporter's lease of pool {pool} until {until}; it exports the pool's events, or this node can once the lease runs out"),
        )
    }

    /// Under the lease: the first pending batch after `after`, else a new one of the
    /// waiting events `filter` takes, with the settings that apply now; None when nothing
    /// waits. After a batch of this run, only events with higher ids are looked for: a lower
    /// one still waiting was not taken by the filter that batch was chosen with, or committed
    /// after the choice (PostgreSQL numbers events before they commit); it goes in the next
    /// run, which starts from the first id. So choosing a batch never walks the events
    /// batched before it (on PostgreSQL each walk passed the old version of every row
    /// batched before, until a vacuum removed them: a million events took 20 s, not 4).
    async fn choose(
        &self,
        pool: &str,
        filter: &BatchFilter,
        after: Option<&ComplianceBatch>,
    ) -> ApiResult<Option<ComplianceBatch>> {
        let (after, scan_after) = after.map_or((0, 0), |b| (b.id, b.last_id));
        let now = now_ms();
        // The lease first, in a transaction of its own: taking it locks the pool's row, and
        // the choice below is long (the renewal of a batch being written must not wait for
        // it). Each event goes into one batch whatever the lease says; the lease only keeps
        // a second node from working on the pool at the same time.
        if !self.renew(pool).await? {
            return Err(self.busy(pool).await);
        }
        let mut tx = self.store.chat_write().await?;
        if let Some(pending) = tx.pending_batch(pool, after).await? {
            tx.commit().await?;
            return Ok(Some(pending));
        }
        let effective = super::effective(&tx.compliance_targets().await?, pool);
        let Some(output_dir) = effective.output_dir.clone() else {
            tx.note_compliance_run(
                pool,
                now,
                Some("no output directory is set (pchat compliance set --output-dir DIR)"),
            )
            .await?;
            tx.commit().await?;
            return Err(ApiError::field(
                ErrorCode::Required,
                "output_dir",
                format!("pool {pool} has no compliance output directory: set one with pchat compliance set --pool {pool} --output-dir DIR"),
            ));
        };
        let settings = BatchSettings {
            output_dir,
            one_room_per_file: effective.one_room_per_file,
            room_details: effective.room_details,
            user_details: effective.user_details,
        };
        let settings = serde_json::to_string(&settings).map_err(|e| ApiError::internal(e.to_string()))?;
        let batch = tx.open_batch(pool, filter, scan_after, BATCH_EVENTS, &settings, now).await?;
        if batch.is_none() {
            tx.note_compliance_run(pool, now, None).await?;
        }
        tx.commit().await?;
        Ok(batch)
    }

    /// A batch's events, in channel order (a channel's in id order), with what is known of
    /// their rooms and users. A batch's events are held at once, so a batch is bounded
    /// ([`BATCH_EVENTS`]); its range is read in two halves at once, on two connections.
    async fn read_batch(&self, batch: &ComplianceBatch) -> Result<BatchContent, WriteError> {
        let fail = |e: String| WriteError::Io(e);
        let settings: BatchSettings =
            serde_json::from_str(&batch.settings).map_err(|e| fail(format!("unreadable settings: {e}")))?;
        let mut tx = self.store.read().await.map_err(|e| fail(e.to_string()))?;
        let categories: foldhash::HashMap<(String, String), bool> = tx
            .all_categories()
            .await
            .map_err(|e| fail(e.to_string()))?
            .into_iter()
            .map(|c| ((c.pool, c.name), c.chat_history))
            .collect();
        let mid = batch.first_id + (batch.last_id - batch.first_id) / 2;
        let (low, high) = tokio::try_join!(
            self.read_range(batch, batch.first_id - 1, mid),
            self.read_range(batch, mid, batch.last_id)
        )
        .map_err(|e| fail(e.0.detail.clone()))?;
        let mut events = Vec::with_capacity(low.len() + high.len());
        events.extend(low);
        events.extend(high);
        // Stable: a channel's events stay in id order.
        events.sort_by(|a, b| a.channel.cmp(&b.channel));
        let mut found = Lookup::default();
        let mut rooms: Vec<i64> = events.iter().map(|e| e.room_id).filter(|id| *id != 0).collect();
        rooms.sort_unstable();
        rooms.dedup();
        for room in tx.rooms_by_id(&rooms).await.map_err(|e| fail(e.to_string()))? {
            let history_kept = categories.get(&(room.pool.clone(), room.category.clone())).copied().unwrap_or(true);
            found.rooms.insert(
                room.meta.id,
                RoomInfo {
                    category: room.category,
                    privacy: room.privacy.as_str().to_string(),
                    room_type: room.room_type.as_str().to_string(),
                    description: room.description,
                    disabled: room.disabled,
                    history_kept,
                },
            );
        }
        if settings.user_details {
            let mut users: Vec<String> =
                events.iter().filter(|e| e.user_uri.starts_with("sip:")).map(|e| e.user_uri.clone()).collect();
            users.sort_unstable();
            users.dedup();
            for user in tx.users_by_sip(&users).await.map_err(|e| fail(e.to_string()))? {
                found.users.insert(user.sip, UserInfo { ou: user.ou, site: user.site });
            }
        }
        Ok(BatchContent { events, lookup: found })
    }

    /// Writes a batch's files (what [`Exporter::read_batch`] read) on a blocking thread,
    /// once the lease is renewed.
    async fn write(
        &self,
        batch: &ComplianceBatch,
        settings: BatchSettings,
        content: Result<BatchContent, WriteError>,
    ) -> Result<Vec<std::path::PathBuf>, WriteError> {
        let content = content?;
        if !self.renew(&batch.pool).await.map_err(|e| WriteError::Io(e.0.detail.clone()))? {
            return Err(WriteError::LeaseLost);
        }
        let mut writer = BatchWriter::new(settings, &batch.pool, batch.id, &self.node);
        let writing = tokio::task::spawn_blocking(move || -> std::io::Result<Vec<std::path::PathBuf>> {
            for page in content.events.chunks(PAGE_EVENTS) {
                if let Err(e) = writer.page(page, &content.lookup) {
                    writer.abandon();
                    return Err(e);
                }
            }
            writer.finish()
        });
        let written = writing.await.map_err(|e| WriteError::Io(format!("the writer stopped: {e}")))?;
        written.map_err(|e| WriteError::Io(e.to_string()))
    }

    /// The interval's work: every pool with waiting events whose next run is due (one run
    /// interval after its last, the first one interval after its events were first seen; at
    /// once for a pending batch), and the purge of exported events past their retention.
    pub async fn tick(&self) -> ApiResult<()> {
        let (pools, targets) = {
            let mut tx = self.store.read().await?;
            (tx.compliance_pools().await?, tx.compliance_targets().await?)
        };
        let now = now_ms();
        for pool in pools {
            let effective = super::effective(&targets, &pool.pool);
            if pool.exported_kept > 0 && pool.pending_batch.is_none() {
                let mut tx = self.store.chat_write().await?;
                let before = now.saturating_sub(effective.retention_secs.saturating_mul(1000)).saturating_add(1);
                tx.purge_compliance(&pool.pool, before).await?;
                tx.commit().await?;
            }
            if pool.waiting == 0 {
                continue;
            }
            if pool.holder.as_deref().is_some_and(|h| h != self.node) && pool.lease_until >= now {
                continue; // another node exports this pool
            }
            if pool.last_run_at == 0 && pool.pending_batch.is_none() {
                // Events wait in a pool that never ran: its first run is one interval on.
                let mut tx = self.store.chat_write().await?;
                tx.start_compliance_clock(&pool.pool, now).await?;
                tx.commit().await?;
                continue;
            }
            let wait = if pool.last_error.is_some() {
                effective.run_interval_secs.min(RETRY_SECS)
            } else {
                effective.run_interval_secs
            };
            let due = pool.pending_batch.is_some() || now >= pool.last_run_at.saturating_add(wait.saturating_mul(1000));
            if !due {
                continue;
            }
            if let Err(e) = self.export_pool(&pool.pool, &BatchFilter::all()).await {
                if e.0.code != ErrorCode::LeaseHeld {
                    tracing::warn!(pool = pool.pool, "compliance export: {}", e.0.detail);
                }
            }
        }
        Ok(())
    }

    /// Runs [`Exporter::tick`] until the node stops.
    pub async fn run(self: Arc<Self>, mut stopping: tokio::sync::watch::Receiver<bool>) {
        loop {
            if let Err(e) = self.tick().await {
                tracing::warn!("compliance exporter: {}", e.0.detail);
            }
            tokio::select! {
                _ = tokio::time::sleep(TICK) => {}
                _ = stopping.changed() => return,
            }
        }
    }
}

/// A batch as read: its events in the order they are written, and what is known of their
/// rooms and users.
struct BatchContent {
    events: Vec<crate::store::ComplianceEvent>,
    lookup: Lookup,
}

/// Why a batch was not written.
enum WriteError {
    /// What failed, naming the file within the output directory.
    Io(String),
    /// Another node took the lease meanwhile (it writes the batch).
    LeaseLost,
}

/// Removes the temporary files of a batch that writers which died left behind.
fn remove_leftovers(dir: &std::path::Path, stem: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let prefix = format!(".{stem}");
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(&prefix) && name.ends_with(".tmp") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
