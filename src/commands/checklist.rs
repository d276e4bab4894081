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
    let report = fetch(ctx, &args).await?;
    if ctx.out.structured() {
        ctx.out.data(&report)?;
    } else {
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
    if report.count(Outcome::Fail) > 0 || (args.strict && report.count(Outcome::Warn) > 0) {
        return Err(Exit(crate::exit::CHECKS_FAILED).into());
    }
    Ok(())
}

async fn fetch(ctx: &Ctx, args: &ChecklistArgs) -> anyhow::Result<Report> {
    let query = [
        ("phase", args.phases.join(",")),
        ("check", args.checks.join(",")),
        ("unused_after", args.unused_after.clone()),
    ];
    let query: Vec<(&str, String)> = query.into_iter().filter(|(_, v)| !v.is_empty()).collect();
    ctx.client.get(CHECKLIST_PATH, &query).await.context("running the checklist")
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
        match fetch(ctx, args).await {
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
