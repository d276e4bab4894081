//! `pchat checklist`: the deployment checklist (docs/checklist.md), a line per check with
//! the fix under each failure and a summary, or the report as data; exit 4 when a check
//! fails (or warns, with `--strict`).

use anyhow::Context;

use super::{Ctx, Exit};
use std::collections::BTreeMap;

mod textfile;
mod verification;

use crate::api::checklist::{Check, Outcome, Report, CHECKLIST_PATH, VERIFICATION_CHECKS};
use crate::cli::ChecklistArgs;
use crate::output::write_stdout;

pub async fn run(ctx: &Ctx, args: ChecklistArgs) -> anyhow::Result<()> {
    let plan = Plan::of(&args)?;
    if let Some(interval) = args.watch {
        return watch(ctx, &args, &plan, interval).await;
    }
    let started = std::time::Instant::now();
    let reports = run_once(ctx, &args, &plan).await?;
    if let Some(file) = &args.metrics_file {
        textfile::write(file, &reports)?;
    }
    if ctx.out.structured() {
        match (&args.pool, reports.as_slice()) {
            (None, [report]) => ctx.out.data(report)?,
            _ => ctx.out.data(&reports)?,
        }
    } else {
        for report in &reports {
            show(ctx, &report.checks)?;
            write_stdout(&format!(
                "{} checks on {}: {} pass, {} warn, {} fail, {} skip ({:.2} s)\n",
                report.checks.len(),
                report.node,
                report.count(Outcome::Pass),
                report.count(Outcome::Warn),
                report.count(Outcome::Fail),
                report.count(Outcome::Skip),
                started.elapsed().as_secs_f64()
            ))?;
        }
    }
    let failed = |r: &Report| r.count(Outcome::Fail) > 0 || (args.strict && r.count(Outcome::Warn) > 0);
    if reports.iter().any(failed) {
        return Err(Exit(crate::exit::CHECKS_FAILED).into());
    }
    Ok(())
}

/// What a run asks the nodes for, and whether it runs the synthetic transaction itself.
struct Plan {
    /// The node's phases and checks (none of the verification phase); None: ask nothing.
    node: Option<(Vec<String>, Vec<String>)>,
    /// The synthetic transaction's steps to report (empty: all); None: do not run it.
    verification: Option<Vec<String>>,
}

impl Plan {
    fn of(args: &ChecklistArgs) -> anyhow::Result<Plan> {
        let is_step = |c: &String| c.starts_with("verification.");
        if let Some(unknown) =
            args.checks.iter().filter(|c| is_step(c)).find(|c| !VERIFICATION_CHECKS.contains(&c.as_str()))
        {
            return Err(super::InvalidInput(format!(
                "no check {unknown:?}: the verification phase's checks are {}",
                VERIFICATION_CHECKS.join(", ")
            ))
            .into());
        }
        let phases: Vec<String> = args.phases.iter().filter(|p| *p != "verification").cloned().collect();
        let checks: Vec<String> = args.checks.iter().filter(|c| !is_step(c)).cloned().collect();
        let steps: Vec<String> = args.checks.iter().filter(|c| is_step(c)).cloned().collect();
        let node_wanted =
            (args.phases.is_empty() || !phases.is_empty()) && (args.checks.is_empty() || !checks.is_empty());
        let verification_wanted = (args.phases.is_empty() || args.phases.iter().any(|p| p == "verification"))
            && (args.checks.is_empty() || !steps.is_empty());
        Ok(Plan { node: node_wanted.then_some((phases, checks)), verification: verification_wanted.then_some(steps) })
    }
}

/// One run: the nodes' checks and, at the same time, the synthetic transaction (a report
/// of its own with `--pool`, the node's last checks without). The node's checks leave the
/// transaction's objects out, so neither sees the other.
async fn run_once(ctx: &Ctx, args: &ChecklistArgs, plan: &Plan) -> anyhow::Result<Vec<Report>> {
    let nodes = async {
        match (&plan.node, &args.pool) {
            (None, _) => Ok(Vec::new()),
            (Some(asked), Some(pool)) => of_pool(ctx, args, asked, pool).await,
            (Some(asked), None) => Ok(vec![fetch(&ctx.client, args, asked).await?]),
        }
    };
    let transaction = async {
        let steps = plan.verification.as_ref()?;
        Some(match verification::Nodes::find(&ctx.client, args.pool.as_deref()).await {
            Ok(nodes) => {
                let checks = verification::run(&ctx.client, &nodes, args.leftover_age, steps).await;
                (nodes.writer_name, checks)
            }
            Err(e) => (
                args.pool.clone().unwrap_or_default(),
                vec![Check::failed(
                    "verification.setup",
                    "verification",
                    format!("{e:#}"),
                    "see `pchat pools status`: the transaction runs through the pool's active nodes".into(),
                )],
            ),
        })
    };
    let (reports, transaction) = tokio::join!(nodes, transaction);
    let mut reports = reports?;
    if let Some((node, checks)) = transaction {
        match (args.pool.as_deref(), reports.iter_mut().find(|r| r.node == node)) {
            (None, Some(report)) => report.checks.extend(checks),
            (Some(pool), _) => reports.push(Report { node: format!("pool {pool}"), checks }),
            (None, None) => reports.push(Report { node, checks }),
        }
    }
    Ok(reports)
}

/// Every up node of `pool` asked at once for its own checks. A node that does not answer
/// is a failed check of its own (`node.reachable`), so the run fails.
async fn of_pool(
    ctx: &Ctx,
    args: &ChecklistArgs,
    asked: &(Vec<String>, Vec<String>),
    pool: &str,
) -> anyhow::Result<Vec<Report>> {
    use crate::api::pools::{NodeState, PoolsStatus};
    let all: PoolsStatus =
        ctx.client.get(&crate::client::path(&["pools"]), crate::client::NO_QUERY).await.context("reading the pools")?;
    let Some(found) = all.pools.into_iter().find(|p| p.name == pool) else {
        return Err(
            super::NotFound(format!("no pool {pool:?}: neither the topology nor a running node names it")).into()
        );
    };
    let nodes: Vec<_> = found.nodes.into_iter().filter(|n| n.state == NodeState::Up).collect();
    if nodes.is_empty() {
        return Err(super::InvalidInput(format!("no node of pool {pool} is up (`pchat pools status {pool}`)")).into());
    }
    // Each node on a task of its own, answers kept in the nodes' order.
    let asked: Vec<_> = nodes
        .iter()
        .map(|n| {
            let client = ctx.client.for_node(&n.address);
            let query = query(args, asked);
            tokio::spawn(async move { client.get::<Report>(CHECKLIST_PATH, &query).await })
        })
        .collect();
    let mut reports = Vec::with_capacity(asked.len());
    for (n, answer) in nodes.iter().zip(asked) {
        let answer = answer.await.map_err(anyhow::Error::from).and_then(|r| r.map_err(anyhow::Error::from));
        reports.push(answer.unwrap_or_else(|e| Report {
            node: n.node.clone(),
            checks: vec![Check::failed(
                "node.reachable",
                "prerequisites",
                format!("node {} at {} did not answer: {e:#}", n.node, n.address),
                format!("see `pchat pools status {pool}` and the node's log"),
            )],
        }));
    }
    Ok(reports)
}

/// The query of a run: the phases, checks and unused-after it names.
fn query(args: &ChecklistArgs, (phases, checks): &(Vec<String>, Vec<String>)) -> Vec<(&'static str, String)> {
    [
        ("phase", phases.join(",")),
        ("check", checks.join(",")),
        ("unused_after", args.unused_after.clone()),
        ("min_free_mb", args.min_free_mb.to_string()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .collect()
}

async fn fetch(
    client: &crate::client::Client,
    args: &ChecklistArgs,
    asked: &(Vec<String>, Vec<String>),
) -> anyhow::Result<Report> {
    client.get(CHECKLIST_PATH, &query(args, asked)).await.context("running the checklist")
}

/// A line per check, the fix under each failure or warning.
fn show(ctx: &Ctx, checks: &[Check]) -> anyhow::Result<()> {
    let mut rows = Vec::new();
    for check in checks {
        let ms = format!("{:.1}", check.ms);
        rows.push(vec![check.id.clone(), check.result.as_str().to_string(), ms, check.found.clone()]);
        if let (Outcome::Fail | Outcome::Warn, Some(fix)) = (check.result, &check.fix) {
            rows.push(vec![String::new(), String::new(), String::new(), format!("fix: {fix}")]);
        }
    }
    ctx.out.rows(&["CHECK", "RESULT", "MS", "FOUND"], rows)
}

/// Runs the checks every `interval`, showing the first run whole and then the checks whose
/// result or finding changed (as data: a report of those). A run that fails (the server
/// away) is told and the next one tried. The synthetic transaction's steps count as changed
/// when their result does (each run names its own objects).
async fn watch(ctx: &Ctx, args: &ChecklistArgs, plan: &Plan, interval: std::time::Duration) -> anyhow::Result<()> {
    let mut last: BTreeMap<(String, String), (Outcome, String)> = BTreeMap::new();
    loop {
        match run_once(ctx, args, plan).await {
            Ok(reports) => {
                if let Some(file) = &args.metrics_file {
                    if let Err(e) = textfile::write(file, &reports) {
                        crate::say!("error: {}", crate::chain_text(&e));
                    }
                }
                for report in reports {
                    let key = |c: &Check| (report.node.clone(), c.id.clone());
                    let seen = |c: &Check| {
                        let found = if c.phase == "verification" { String::new() } else { c.found.clone() };
                        (c.result, found)
                    };
                    let changed: Vec<Check> =
                        report.checks.iter().filter(|c| last.get(&key(c)) != Some(&seen(c))).cloned().collect();
                    last.extend(report.checks.iter().map(|c| (key(c), seen(c))));
                    if changed.is_empty() {
                        continue;
                    }
                    if ctx.out.structured() {
                        ctx.out.data(&Report { node: report.node.clone(), checks: changed })?;
                    } else {
                        let now = humantime::format_rfc3339_seconds(std::time::SystemTime::now());
                        write_stdout(&format!("{now} on {}:\n", report.node))?;
                        show(ctx, &changed)?;
                    }
                }
            }
            Err(e) => crate::say!("error: {}", crate::chain_text(&e)),
        }
        tokio::time::sleep(interval).await;
    }
}
