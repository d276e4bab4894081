//! The deployment checklist (docs/checklist.md): checks in phases, each with a stable id,
//! a result, what it found and how to fix it. A node runs the checks it can answer from
//! itself and its store (`GET /v1/checklist`); the independent ones run at once.

mod administrators;
mod compliance;
mod configuration;
mod database;
mod node;
mod topology;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Instant;

use crate::api::checklist::{Check, Outcome, Report, PHASES};
use crate::api::ErrorCode;
use crate::server::error::{ApiError, ApiResult};
use crate::server::AppState;

/// What a check found: its result, a sentence, the fix, and the figures behind them.
pub struct Found {
    result: Outcome,
    found: String,
    fix: Option<String>,
    figures: serde_json::Map<String, serde_json::Value>,
}

impl Found {
    pub fn pass(found: impl Into<String>) -> Found {
        Found { result: Outcome::Pass, found: found.into(), fix: None, figures: Default::default() }
    }
    pub fn warn(found: impl Into<String>, fix: impl Into<String>) -> Found {
        Found { result: Outcome::Warn, found: found.into(), fix: Some(fix.into()), figures: Default::default() }
    }
    pub fn fail(found: impl Into<String>, fix: impl Into<String>) -> Found {
        Found { result: Outcome::Fail, found: found.into(), fix: Some(fix.into()), figures: Default::default() }
    }
    pub fn skip(why: impl Into<String>) -> Found {
        Found { result: Outcome::Skip, found: why.into(), fix: None, figures: Default::default() }
    }
    /// Adds a figure (a count, a limit, an age).
    pub fn with(mut self, name: &str, value: impl Into<serde_json::Value>) -> Found {
        self.figures.insert(name.to_string(), value.into());
        self
    }
}

type Running<'a> = Pin<Box<dyn Future<Output = ApiResult<Found>> + Send + 'a>>;

/// A check: its id (`PHASE.NAME`) and how it runs.
struct Definition {
    id: &'static str,
    run: for<'a> fn(&'a Context) -> Running<'a>,
}

/// What every check may read.
pub struct Context {
    pub state: Arc<AppState>,
    /// Administrator tokens unused for longer than this warn.
    pub unused_after_ms: i64,
    /// Less free disk than this under the store or the file store fails.
    pub min_free_bytes: u64,
    /// What the configuration checks read, once per run.
    pub snapshot: tokio::sync::OnceCell<configuration::Snapshot>,
}

/// Every check, in the order of their phases.
const CHECKS: &[Definition] = &[
    Definition { id: "prerequisites.open-files", run: |c| Box::pin(node::open_files(c)) },
    Definition { id: "prerequisites.sqlite-durability", run: |c| Box::pin(node::sqlite_durability(c)) },
    Definition { id: "prerequisites.versions", run: |c| Box::pin(topology::versions(c)) },
    Definition { id: "prerequisites.disk-space", run: |c| Box::pin(node::disk_space(c)) },
    Definition { id: "prerequisites.clock-skew", run: |c| Box::pin(database::clock_skew(c)) },
    Definition { id: "prerequisites.postgres", run: |c| Box::pin(database::postgres(c)) },
    Definition { id: "topology.published", run: |c| Box::pin(topology::published(c)) },
    Definition { id: "topology.nodes", run: |c| Box::pin(topology::nodes(c)) },
    Definition { id: "topology.backup-store", run: |c| Box::pin(topology::backup_store(c)) },
    Definition { id: "installation.schema", run: |c| Box::pin(node::schema(c)) },
    Definition { id: "installation.file-store", run: |c| Box::pin(node::file_store(c)) },
    Definition { id: "installation.tls", run: |c| Box::pin(node::tls(c)) },
    Definition { id: "administrators.admin-token", run: |c| Box::pin(administrators::admin_token(c)) },
    Definition { id: "administrators.unused-tokens", run: |c| Box::pin(administrators::unused_tokens(c)) },
    Definition { id: "configuration.policy", run: |c| Box::pin(configuration::policy(c)) },
    Definition { id: "configuration.category-scope", run: |c| Box::pin(configuration::category_scope(c)) },
    Definition { id: "configuration.room-members", run: |c| Box::pin(configuration::room_members(c)) },
    Definition { id: "configuration.room-managers", run: |c| Box::pin(configuration::room_managers(c)) },
    Definition { id: "configuration.compliance", run: |c| Box::pin(compliance::compliance(c)) },
];

/// Every check's id.
pub fn ids() -> impl Iterator<Item = &'static str> {
    CHECKS.iter().map(|c| c.id)
}

fn phase_of(id: &str) -> &str {
    id.split_once('.').map_or(id, |(phase, _)| phase)
}

/// Runs the checks of `phases` (all when empty) or those named in `checks`, at once.
/// An unknown phase or check is refused, naming it.
pub async fn run(context: Context, phases: &[String], checks: &[String]) -> ApiResult<Report> {
    for phase in phases {
        if !PHASES.contains(&phase.as_str()) {
            return Err(ApiError::field(
                ErrorCode::InvalidValue,
                "phase",
                format!("no phase {phase:?}: the phases are {}", PHASES.join(", ")),
            ));
        }
    }
    for check in checks {
        if !ids().any(|id| id == check) {
            return Err(ApiError::field(
                ErrorCode::InvalidValue,
                "check",
                format!("no check {check:?}: the checks are {}", ids().collect::<Vec<_>>().join(", ")),
            ));
        }
    }
    let chosen: Vec<&Definition> = CHECKS
        .iter()
        .filter(|d| phases.is_empty() || phases.iter().any(|p| p == phase_of(d.id)))
        .filter(|d| checks.is_empty() || checks.iter().any(|c| c == d.id))
        .collect();
    let context = &context;
    let results = futures_util::future::join_all(chosen.iter().map(|d| async move {
        let started = Instant::now();
        // A check that cannot run (its store read failed) fails, saying why.
        let found = (d.run)(context).await.unwrap_or_else(|e| {
            Found::fail(format!("the check could not run: {}", e.0.detail), "see the node's log and run it again")
        });
        Check {
            id: d.id.to_string(),
            phase: phase_of(d.id).to_string(),
            result: found.result,
            found: found.found,
            fix: found.fix,
            figures: found.figures,
            ms: started.elapsed().as_secs_f64() * 1000.0,
        }
    }))
    .await;
    context.state.metrics.checked(&results);
    Ok(Report { node: context.state.node_name.clone(), checks: results })
}

/// Whether a file can be written, synced and removed in `dir` (on a blocking thread): what
/// the file store and the compliance exporter need of their directories.
async fn writable(dir: std::path::PathBuf) -> ApiResult<std::io::Result<()>> {
    tokio::task::spawn_blocking(move || {
        use std::io::Write;
        let path = dir.join(format!(".pchat-checklist-{}", std::process::id()));
        let written = std::fs::File::create(&path).and_then(|mut f| {
            f.write_all(b"pchat checklist")?;
            f.sync_all()
        });
        let _ = std::fs::remove_file(&path);
        written
    })
    .await
    .map_err(ApiError::internal)
}

/// The first `n` of `names`, and how many more there are: `a, b, c and 4 more`.
fn some_of(names: &[String], n: usize) -> String {
    let shown = names.iter().take(n).cloned().collect::<Vec<_>>().join(", ");
    if names.len() > n {
        format!("{shown} and {} more", names.len() - n)
    } else {
        shown
    }
}
