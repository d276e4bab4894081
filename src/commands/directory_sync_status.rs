//! `pchat directory sync status`: the server's scheduled syncs (`pchat server
//! --directory-sync`), newest first, each a job of kind `directory-sync` with its counts.

use anyhow::Context;

use super::{Ctx, Exit};
use crate::api::migration::{Job, JobState, JOBS_PATH};
use crate::output::Tabular;

/// The job kind of a scheduled sync.
pub const KIND: &str = "directory-sync";

/// A run as the table shows it.
struct Run<'a>(&'a Job);

impl Tabular for Run<'_> {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h =
            vec!["STARTED", "STATE", "NODE", "USERS", "GROUPS", "SKIPPED", "ADDED", "CHANGED", "DESTROYED", "ERROR"];
        if wide {
            h.extend(["ID", "FINISHED", "LEFT OUT"]);
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let job = self.0;
        let count =
            |what: &str| job.progress.iter().find(|c| c.what == what).map(|c| c.done.to_string()).unwrap_or_default();
        let mut r = vec![job.started_at.clone(), job.state.as_str().to_string(), job.node.clone()];
        r.extend(["users", "groups", "skipped", "added", "changed", "destroyed"].map(count));
        r.push(job.error.as_ref().map(|e| e.message.clone()).unwrap_or_default());
        if wide {
            r.extend([job.id.to_string(), job.finished_at.clone().unwrap_or_default(), count("left out")]);
        }
        r
    }
}

/// Lists the last `limit` runs. Exit 4 when the newest one failed, so a monitor can run
/// it as a check.
pub async fn run(ctx: &Ctx, limit: u32) -> anyhow::Result<()> {
    let limit = limit.to_string();
    let jobs: Vec<Job> = ctx
        .client
        .get(JOBS_PATH, &[("kind", KIND), ("limit", limit.as_str())])
        .await
        .context("reading the scheduled directory syncs")?;
    if ctx.out.structured() {
        ctx.out.data(&jobs)?;
    } else if jobs.is_empty() {
        ctx.out.note("no scheduled directory sync has run: start a node with pchat server --directory-sync CONFIG");
    } else {
        let wide = matches!(ctx.out.format, crate::output::OutputFormat::Wide);
        let rows = jobs.iter().map(|j| Run(j).row(wide)).collect();
        ctx.out.rows(&Run::headers(wide), rows)?;
    }
    if jobs.first().is_some_and(|j| j.state == JobState::Failed) {
        return Err(Exit(crate::exit::CHECKS_FAILED).into());
    }
    Ok(())
}
