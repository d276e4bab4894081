//! Jobs: an export or an import with an id, its progress written to the store (so every
//! node shows it) at most every [`WRITE_EVERY`], and a cancel asked through the store and
//! seen at the next write.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::api::migration::{Job, JobCount, JobError, JobState};
use crate::server::error::ApiResult;
use crate::store::{format_ms, now_ms, JobRow, Store};

const WRITE_EVERY: Duration = Duration::from_millis(500);
/// A running job whose progress has not moved for this long lost its node: it is shown as
/// failed (its node marks it so when it starts again).
pub const STALE_AFTER_MS: i64 = 120_000;

/// The job was asked to stop.
#[derive(Debug)]
pub struct Cancelled;

/// A running job, as the code that does its work reports on it.
pub struct JobHandle {
    store: std::sync::Arc<dyn Store>,
    pub id: i64,
    counts: Mutex<Vec<JobCount>>,
    written: Mutex<Instant>,
}

impl JobHandle {
    pub async fn start(
        store: std::sync::Arc<dyn Store>,
        kind: &str,
        created_by: String,
        node: &str,
        detail: String,
    ) -> ApiResult<Self> {
        let now = now_ms();
        let row = JobRow {
            kind: kind.into(),
            state: JobState::Running.as_str().into(),
            created_by,
            node: node.into(),
            detail,
            started_at: now,
            updated_at: now,
            progress: "[]".into(),
            ..Default::default()
        };
        let mut tx = store.write().await?;
        let id = tx.insert_job(&row).await?;
        tx.commit().await?;
        Ok(JobHandle { store, id, counts: Mutex::new(Vec::new()), written: Mutex::new(Instant::now()) })
    }

    /// The handle of a job the store started already ([`crate::store::JobStore::claim_job`]).
    pub fn claimed(store: std::sync::Arc<dyn Store>, id: i64) -> Self {
        JobHandle { store, id, counts: Mutex::new(Vec::new()), written: Mutex::new(Instant::now()) }
    }

    /// Sets a count outright (done and total alike).
    pub fn set(&self, what: &str, n: u64) {
        self.with_count(what, |c| {
            c.done = n;
            c.total = n;
        });
    }

    fn with_count(&self, what: &str, f: impl FnOnce(&mut JobCount)) {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        match counts.iter_mut().find(|c| c.what == what) {
            Some(c) => f(c),
            None => {
                let mut c = JobCount { what: what.into(), done: 0, total: 0 };
                f(&mut c);
                counts.push(c);
            }
        }
    }

    pub fn total(&self, what: &str, total: u64) {
        self.with_count(what, |c| c.total = total);
    }

    pub fn done(&self, what: &str, n: u64) {
        self.with_count(what, |c| c.done += n);
    }

    fn progress_json(&self) -> String {
        serde_json::to_string(&*self.counts.lock().unwrap_or_else(|e| e.into_inner())).unwrap_or_default()
    }

    /// Writes the progress when it is due; `Err(Cancelled)` once the job was asked to stop.
    pub async fn tick(&self) -> Result<(), Cancelled> {
        {
            let mut written = self.written.lock().unwrap_or_else(|e| e.into_inner());
            if written.elapsed() < WRITE_EVERY {
                return Ok(());
            }
            *written = Instant::now();
        }
        let progress = self.progress_json();
        let asked = async {
            let mut tx = self.store.write().await?;
            let asked = tx.job_progress(self.id, &progress, now_ms()).await?;
            tx.commit().await?;
            Ok::<_, crate::store::StoreError>(asked)
        }
        .await;
        match asked {
            Ok(true) => Err(Cancelled),
            // Progress not written is no reason to stop the work.
            Ok(false) | Err(_) => Ok(()),
        }
    }

    pub async fn finish(&self, state: JobState, error: Option<JobError>) {
        let progress = self.progress_json();
        let error = error.map(|e| serde_json::to_string(&e).unwrap_or_default());
        let finished = async {
            let mut tx = self.store.write().await?;
            tx.finish_job(self.id, state.as_str(), &progress, error.as_deref(), now_ms()).await?;
            tx.commit().await
        }
        .await;
        if let Err(e) = finished {
            tracing::warn!(job = self.id, error = %e, "could not record the end of a job");
        }
    }
}

/// Jobs a node was running when it stopped are failed at its next start.
pub async fn abandon_previous(store: &dyn Store, node: &str) {
    let done = async {
        let mut tx = store.write().await?;
        let n = tx.abandon_jobs(node, now_ms()).await?;
        tx.commit().await?;
        Ok::<_, crate::store::StoreError>(n)
    }
    .await;
    match done {
        Ok(0) => {}
        Ok(n) => tracing::warn!(jobs = n, "jobs this node was running when it stopped are marked failed"),
        Err(e) => tracing::warn!(error = %e, "could not mark this node's unfinished jobs"),
    }
}

/// A job as the API shows it: its percent, rate and time left worked out.
pub fn view(row: JobRow) -> Job {
    let progress: Vec<JobCount> = serde_json::from_str(&row.progress).unwrap_or_default();
    let mut row = row;
    if row.state == JobState::Running.as_str() && now_ms() - row.updated_at > STALE_AFTER_MS {
        row.state = JobState::Failed.as_str().into();
        row.error = Some(
            serde_json::to_string(&JobError {
                code: "interrupted".into(),
                message: format!(
                    "no progress since {} : the node running it ({}) stopped; run it again to finish it",
                    format_ms(row.updated_at),
                    row.node
                ),
                location: None,
                left: None,
            })
            .unwrap_or_default(),
        );
    }
    let (done, total) = progress.iter().fold((0u64, 0u64), |(d, t), c| (d + c.done, t + c.total.max(c.done)));
    let state = JobState::parse(&row.state);
    let end = row.finished_at.unwrap_or(row.updated_at);
    let seconds = ((end - row.started_at).max(1) as f64) / 1000.0;
    let rate = done as f64 / seconds;
    let percent = if total == 0 {
        if state == JobState::Succeeded {
            100.0
        } else {
            0.0
        }
    } else {
        (done as f64 * 100.0 / total as f64).min(100.0)
    };
    let eta_seconds = (state == JobState::Running && rate > 0.0).then(|| (total.saturating_sub(done)) as f64 / rate);
    Job {
        id: row.id,
        kind: row.kind,
        state,
        created_by: row.created_by,
        node: row.node,
        detail: row.detail,
        started_at: format_ms(row.started_at),
        updated_at: format_ms(row.updated_at),
        finished_at: row.finished_at.map(format_ms),
        progress,
        percent: (percent * 10.0).round() / 10.0,
        rate: rate.round(),
        eta_seconds: eta_seconds.map(|s| s.round()),
        error: row.error.and_then(|e| serde_json::from_str(&e).ok()),
        cancel_requested: row.cancel_requested,
    }
}
