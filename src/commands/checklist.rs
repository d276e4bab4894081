//! `pchat checklist`: the deployment checklist (docs/checklist.md), a line per check with
//! the fix under each failure and a summary, or the report as data; exit 4 when a check
//! fails (or warns, with `--strict`).

use anyhow::Context;

use super::{Ctx, Exit};
use crate::api::checklist::{Outcome, Report, CHECKLIST_PATH};
use crate::cli::ChecklistArgs;
use crate::output::write_stdout;

pub async fn run(ctx: &Ctx, args: ChecklistArgs) -> anyhow::Result<()> {
    let query = [
        ("phase", args.phases.join(",")),
        ("check", args.checks.join(",")),
        ("unused_after", args.unused_after.clone()),
    ];
    let query: Vec<(&str, String)> = query.into_iter().filter(|(_, v)| !v.is_empty()).collect();
    let started = std::time::Instant::now();
    let report: Report = ctx.client.get(CHECKLIST_PATH, &query).await.context("running the checklist")?;
    if ctx.out.structured() {
        ctx.out.data(&report)?;
    } else {
        let mut rows = Vec::new();
        for check in &report.checks {
            rows.push(vec![check.id.clone(), check.result.as_str().to_string(), check.found.clone()]);
            if let (Outcome::Fail | Outcome::Warn, Some(fix)) = (check.result, &check.fix) {
                rows.push(vec![String::new(), String::new(), format!("fix: {fix}")]);
            }
        }
        ctx.out.rows(&["CHECK", "RESULT", "FOUND"], rows)?;
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
