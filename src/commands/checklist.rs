//! `pchat checklist`: the deployment checklist (docs/checklist.md), a line per check with
//! the fix under each failure and a summary, or the report as data; exit 4 when a check
//! fails (or warns, with `--strict`).

use anyhow::Context;

use super::{Ctx, Exit};
use std::collections::BTreeMap;

use crate::api::checklist::{Check, Outcome, Report, CHECKLIST_PATH};
use crate::cli::ChecklistArgs;
use crate::output::write_stdout;

pub async fn run(ctx: &Ctx, args: ChecklistArgs) -> anyhow::Result<()> {
    if let Some(interval) = args.watch {
        return watch(ctx, &args, interval).await;
    }
    let started = std::time::Instant::now();
    let reports = match &args.pool {
        Some(pool) => of_pool(ctx, &args, pool).await?,
        None => vec![fetch(&ctx.client, &args).await?],
    };
    if ctx.out.structured() {
        match &args.pool {
            Some(_) => ctx.out.data(&reports)?,
            None => ctx.out.data(&reports[0])?,
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

/// Every up node of `pool` asked at once for its own checks. A node that does not answer
/// is a failed check of its own (`node.reachable`), so the run fails.
async fn of_pool(ctx: &Ctx, args: &ChecklistArgs, pool: &str) -> anyhow::Result<Vec<Report>> {
    use crate::api::pools::{NodeState, PoolsStatus};
    let all: PoolsStatus =
        ctx.client.get(&crate::client::path(&["pools"]), crate::client::NO_QUERY).await.context("reading the pools")?;
    let Some(found) = all.pools.into_iter().find(|p| p.name == pool) else {
        return Err(
            super::InvalidInput(format!("no pool {pool:?}: neither the topology nor a running node names it")).into()
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
            let query = query(args);
            tokio::spawn(async move { client.get::<Report>(CHECKLIST_PATH, &query).await })
        })
        .collect();
    let mut reports = Vec::with_capacity(asked.len());
    for (n, answer) in nodes.iter().zip(asked) {
        let answer = answer.await.map_err(anyhow::Error::from).and_then(|r| r.map_err(anyhow::Error::from));
        reports.push(answer.unwrap_or_else(|e| Report {
            node: n.node.clone(),
            checks: vec![Check {
                id: "node.reachable".into(),
                phase: "prerequisites".into(),
                result: Outcome::Fail,
                found: format!("node {} at {} did not answer: {e:#}", n.node, n.address),
                fix: Some(format!("see `pchat pools status {pool}` and the node's log")),
                figures: Default::default(),
                ms: 0.0,
            }],
        }));
    }
    Ok(reports)
}

/// The query of a run: the phases, checks and unused-after it names.
fn query(args: &ChecklistArgs) -> Vec<(&'static str, String)> {
    [("phase", args.phases.join(",")), ("check", args.checks.join(",")), ("unused_after", args.unused_after.clone())]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

async fn fetch(client: &crate::client::Client, args: &ChecklistArgs) -> anyhow::Result<Report> {
    client.get(CHECKLIST_PATH, &query(args)).await.context("running the checklist")
}

/// A line per check, the fix under each failure or warning.
fn show(ctx: &Ctx, checks: &[Check]) -> anyhow::Result<()> {
    let mut rows = Vec::new();
    for check in checks {
        rows.push(vec![check.id.clone(), check.result.as_str().to_string(), check.found.clone()]);
        if let (Outcome::Fail | Outcome::Warn, Some(fix)) = (check.result, &check.fix) {
            rows.push(vec![String::new(), String::new(), format!("fix: {fix}")]);
        }
    }
    ctx.out.rows(&["CHECK", "RESULT", "FOUND"], rows)
}

/// Runs the checks every `interval`, showing the first run whole and then the checks whose
/// result or finding changed (as data: a report of those). A run that fails (the server
/// away) is told and the next one tried.
async fn watch(ctx: &Ctx, args: &ChecklistArgs, interval: std::time::Duration) -> anyhow::Result<()> {
    let mut last: BTreeMap<String, (Outcome, String)> = BTreeMap::new();
    loop {
        match fetch(&ctx.client, args).await {
            Ok(report) => {
                let changed: Vec<Check> = report
                    .checks
                    .iter()
                    .filter(|c| last.get(&c.id) != Some(&(c.result, c.found.clone())))
                    .cloned()
                    .collect();
                last = report.checks.iter().map(|c| (c.id.clone(), (c.result, c.found.clone()))).collect();
                if !changed.is_empty() {
                    if ctx.out.structured() {
                        ctx.out.data(&Report { node: report.node.clone(), checks: changed })?;
                    } else {
                        let now = humantime::format_rfc3339_seconds(std::time::SystemTime::now());
                        write_stdout(&format!("{now} on {}:\n", report.node))?;
                        show(ctx, &changed)?;
                    }
                }
            }
            Err(e) => eprintln!("error: {e:#}"),
        }
        tokio::time::sleep(interval).await;
    }
}
