//! `pchat jobs list|show|follow|cancel`: exports and imports on the server.

use anyhow::Context;

use super::Ctx;
use crate::api::migration::{Job, JobState, JOBS_PATH};
use crate::cli::JobsCommand;
use crate::client::NO_QUERY;
use crate::output::Tabular;

impl Tabular for Job {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["ID", "KIND", "STATE", "PERCENT", "RATE/S", "STARTED", "BY"];
        if wide {
            h.extend(["NODE", "DETAIL", "ERROR"]);
        }
        h
    }

    fn row(&self, wide: bool) -> Vec<String> {
        let mut row = vec![
            self.id.to_string(),
            self.kind.clone(),
            self.state.as_str().to_string(),
            format!("{:.1}", self.percent),
            format!("{}", self.rate),
            self.started_at.clone(),
            self.created_by.clone(),
        ];
        if wide {
            row.push(self.node.clone());
            row.push(self.detail.clone());
            row.push(self.error.as_ref().map(|e| e.message.clone()).unwrap_or_default());
        }
        row
    }
}

pub async fn run(ctx: &Ctx, command: JobsCommand) -> anyhow::Result<()> {
    let c = &ctx.client;
    match command {
        JobsCommand::List { limit } => {
            let jobs: Vec<Job> = c.get(JOBS_PATH, &[("limit", limit)]).await.context("listing jobs")?;
            ctx.out.list(&jobs)
        }
        JobsCommand::Show { id } => {
            let job = get(ctx, id).await?;
            if ctx.out.structured() {
                return ctx.out.data(&job);
            }
            ctx.out.rows(&["", ""], describe(&job))
        }
        JobsCommand::Follow { id } => follow(ctx, id).await,
        JobsCommand::Cancel { id } => {
            let job: Job = c
                .post_empty(&format!("{JOBS_PATH}/{id}/cancel"), NO_QUERY)
                .await
                .with_context(|| format!("cancelling job {id}"))?;
            ctx.out.written(&job, format!("asked job {id} to stop; `pchat jobs show {id}` says where it stopped"))
        }
    }
}

async fn get(ctx: &Ctx, id: i64) -> anyhow::Result<Job> {
    ctx.client.get(&format!("{JOBS_PATH}/{id}"), NO_QUERY).await.with_context(|| format!("reading job {id}"))
}

/// A job as `show` prints it: one line per field and per count.
fn describe(job: &Job) -> Vec<Vec<String>> {
    let mut rows = vec![
        vec!["job".into(), format!("{} ({})", job.id, job.kind)],
        vec!["state".into(), job.state.as_str().into()],
        vec!["detail".into(), job.detail.clone()],
        vec!["started".into(), format!("{} by {} on {}", job.started_at, job.created_by, job.node)],
    ];
    if let Some(f) = &job.finished_at {
        rows.push(vec!["finished".into(), f.clone()]);
    }
    for c in &job.progress {
        rows.push(vec![c.what.clone(), format!("{} of {}", c.done, c.total)]);
    }
    rows.push(vec!["percent".into(), format!("{:.1}", job.percent)]);
    rows.push(vec!["rate".into(), format!("{} records/s", job.rate)]);
    if let Some(eta) = job.eta_seconds {
        rows.push(vec!["time left".into(), format!("{eta} s")]);
    }
    if let Some(e) = &job.error {
        rows.push(vec!["error".into(), format!("{} ({})", e.message, e.code)]);
        if let Some(at) = &e.location {
            rows.push(vec!["where".into(), at.clone()]);
        }
        if let Some(left) = &e.left {
            rows.push(vec!["left".into(), left.clone()]);
        }
    }
    rows
}

/// Follows a job to its end with a bar on stderr; fails unless it succeeded.
pub async fn follow(ctx: &Ctx, id: i64) -> anyhow::Result<()> {
    let mut job = get(ctx, id).await?;
    let total = |j: &Job| j.progress.iter().map(|c| c.total.max(c.done)).sum::<u64>();
    let done = |j: &Job| j.progress.iter().map(|c| c.done).sum::<u64>();
    let bar = ctx.out.progress(total(&job), &format!("{} (job {id})", job.kind));
    while job.state == JobState::Running {
        bar.set_length(total(&job));
        bar.set_position(done(&job));
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        job = get(ctx, id).await?;
    }
    bar.finish_and_clear();
    if ctx.out.structured() {
        ctx.out.data(&job)?;
    }
    match (&job.state, &job.error) {
        (JobState::Succeeded, _) => {
            let counts: Vec<String> = job.progress.iter().map(|c| format!("{} {}", c.done, c.what)).collect();
            ctx.out.note(format!("job {id} ({}) succeeded: {}", job.kind, counts.join(", ")));
            Ok(())
        }
        (state, error) => {
            let (message, at, left) = match error {
                Some(e) => (
                    e.message.clone(),
                    e.location.as_deref().map(|l| format!(" at {l}")).unwrap_or_default(),
                    e.left.as_deref().map(|l| format!("; {l}")).unwrap_or_default(),
                ),
                None => ("no reason recorded".into(), String::new(), String::new()),
            };
            anyhow::bail!("job {id} ({}) {}{at}: {message}{left}", job.kind, state.as_str())
        }
    }
}
