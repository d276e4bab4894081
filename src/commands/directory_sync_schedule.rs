//! `pchat server --directory-sync CONFIG`: the directory sync run by the server on the
//! config's interval. Each run is a job of kind `directory-sync` that the store lets one node
//! at a time start (`JobStore::claim_job`): whichever node of the pools sharing the store
//! finds the last run older than the interval runs the next one, through this node's admin
//! socket, and records its counts or its error (`pchat directory sync status`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use super::directory_sync::{sync, SyncReport};
use super::directory_sync_status::KIND;
use super::plan::ApplyOptions;
use super::{Ctx, InvalidInput};
use crate::api::migration::{JobError, JobState};
use crate::client::Client;
use crate::output::{Output, OutputFormat};
use crate::plan::diff::DIRECTORY_SYNC_MANAGER;
use crate::server::migration::jobs::{JobHandle, STALE_AFTER_MS};
use crate::store::{now_ms, JobRow, Store};
use crate::sync::config::{Settings, SyncFile};

/// How often a node looks whether a run is due, at most.
const LOOK_EVERY: Duration = Duration::from_secs(30);
/// How often a running sync says it is alive (well inside [`STALE_AFTER_MS`]).
const ALIVE_EVERY: Duration = Duration::from_secs(10);
/// The counts a run records (`pchat directory sync status` shows them).
const COUNTS: [&str; 7] = ["users", "groups", "skipped", "left out", "added", "changed", "destroyed"];
/// The shortest interval accepted.
const SHORTEST: Duration = Duration::from_secs(1);

/// A schedule read from its config file, checked before the server starts.
pub struct Schedule {
    config: PathBuf,
    settings: Settings,
    interval: Duration,
}

impl Schedule {
    /// Reads and checks the config (its password file included): a server with a schedule
    /// it cannot run refuses to start.
    pub fn load(config: &Path) -> anyhow::Result<Schedule> {
        let file = SyncFile::load(config).map_err(InvalidInput)?;
        let at = config.display();
        let interval = file.interval.as_deref().ok_or_else(|| {
            InvalidInput(format!("{at}: --directory-sync needs an interval (e.g. interval: 1h) in the config"))
        })?;
        let interval = humantime::parse_duration(interval)
            .map_err(|e| InvalidInput(format!("{at}: interval {interval:?}: {e} (write e.g. 15m, 1h or 1d)")))?;
        if interval < SHORTEST {
            return Err(InvalidInput(format!("{at}: interval must be at least 1s")).into());
        }
        if file.bind_dn.is_some() && file.password_file.is_none() {
            return Err(InvalidInput(format!(
                "{at}: bind-dn needs password-file: a scheduled sync has no standard input to read a password from"
            ))
            .into());
        }
        let settings = file.settings(None).map_err(|e| InvalidInput(format!("{at}: {e}")))?;
        Ok(Schedule { config: config.to_path_buf(), settings, interval })
    }

    /// Runs the schedule until the task is dropped: looks every [`LOOK_EVERY`] (or the
    /// interval, when shorter) whether a run is due, and runs it when this node gets it.
    pub async fn run(self, store: Arc<dyn Store>, node: String, socket: PathBuf) {
        let client = match Client::over_socket(&socket) {
            Ok(client) => client,
            Err(e) => {
                tracing::error!(error = %e, "the directory sync cannot reach this node's admin socket; no scheduled sync runs");
                return;
            }
        };
        let ctx = Ctx { client, out: Output { format: OutputFormat::Table, quiet: true, color: false } };
        tracing::info!(config = %self.config.display(), interval = %humantime::format_duration(self.interval), "directory sync scheduled");
        let mut looks = tokio::time::interval(self.interval.min(LOOK_EVERY));
        looks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            looks.tick().await;
            match self.claim(&store, &node).await {
                Ok(Some(job)) => self.run_once(&ctx, job).await,
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "could not look whether a directory sync is due"),
            }
        }
    }

    /// The next run, when it is due and no other node runs it.
    async fn claim(&self, store: &Arc<dyn Store>, node: &str) -> crate::store::StoreResult<Option<JobHandle>> {
        let now = now_ms();
        let detail = serde_json::json!({
            "ldap": self.settings.url,
            "base": self.settings.base,
            "config": self.config.display().to_string(),
        });
        let row = JobRow {
            kind: KIND.into(),
            state: JobState::Running.as_str().into(),
            created_by: "pchat server --directory-sync".into(),
            node: node.into(),
            detail: detail.to_string(),
            started_at: now,
            updated_at: now,
            progress: "[]".into(),
            ..Default::default()
        };
        let interval = i64::try_from(self.interval.as_millis()).unwrap_or(i64::MAX);
        let mut tx = store.write().await?;
        let id = tx.claim_job(&row, now.saturating_sub(interval), now - STALE_AFTER_MS).await?;
        tx.commit().await?;
        Ok(id.map(|id| JobHandle::claimed(store.clone(), id)))
    }

    /// One run: the sync, with the job kept alive while it works (and stopped when it is
    /// cancelled), then its counts or its error recorded.
    async fn run_once(&self, ctx: &Ctx, job: JobHandle) {
        let options = ApplyOptions {
            yes: true,
            dry_run: false,
            prune: self.settings.prune,
            allow_destroy: false,
            manager: DIRECTORY_SYNC_MANAGER,
            check_first: true,
        };
        let tell = |line: String| tracing::warn!(job = job.id, "directory sync: {line}");
        let work = sync(ctx, &self.settings, &options, &tell);
        tokio::pin!(work);
        let mut alive = tokio::time::interval(ALIVE_EVERY);
        alive.tick().await;
        let outcome = loop {
            tokio::select! {
                done = &mut work => break Some(done),
                _ = alive.tick() => {
                    if job.tick().await.is_err() {
                        break None;
                    }
                }
            }
        };
        match outcome {
            Some(Ok(report)) => {
                record(&job, &report);
                tracing::info!(
                    job = job.id,
                    users = report.users,
                    groups = report.groups,
                    skipped = report.skipped,
                    added = report.plan.add,
                    changed = report.plan.change,
                    destroyed = report.plan.destroy,
                    "directory sync done"
                );
                job.finish(JobState::Succeeded, None).await;
            }
            Some(Err(e)) => {
                let message = crate::chain_text(&e);
                tracing::warn!(job = job.id, error = %message, "directory sync failed; nothing was applied");
                let error = JobError {
                    code: "directory_sync_failed".into(),
                    message,
                    location: None,
                    left: Some("the users and groups as before the run".into()),
                };
                job.finish(JobState::Failed, Some(error)).await;
            }
            None => {
                tracing::info!(job = job.id, "directory sync cancelled");
                job.finish(JobState::Cancelled, None).await;
            }
        }
    }
}

fn record(job: &JobHandle, report: &SyncReport) {
    let counts = [
        report.users,
        report.groups,
        report.skipped,
        report.members_left_out,
        report.plan.add,
        report.plan.change,
        report.plan.destroy,
    ];
    for (what, n) in COUNTS.iter().zip(counts) {
        job.set(what, n as u64);
    }
}
