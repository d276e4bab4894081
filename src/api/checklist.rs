//! The deployment checklist's wire types (docs/checklist.md): what `GET /v1/checklist`
//! answers and `pchat checklist` shows.

use serde::{Deserialize, Serialize};

pub const CHECKLIST_PATH: &str = "/v1/checklist";

/// The phases of a deployment, in the order they are walked.
pub const PHASES: [&str; 6] =
    ["prerequisites", "topology", "installation", "administrators", "configuration", "verification"];

/// The steps of the synthetic transaction (the verification phase), in their order: the
/// command runs them through the pool's nodes, as a user would.
pub const VERIFICATION_CHECKS: [&str; 8] = [
    "verification.setup",
    "verification.post",
    "verification.live",
    "verification.history",
    "verification.search",
    "verification.files",
    "verification.compliance",
    "verification.cleanup",
];

/// What every object of a synthetic transaction is named after
/// (`pchat-checklist-<start, hex seconds>-<random>`): the configuration checks leave them
/// out, and a later run removes what an interrupted one left.
pub const SYNTHETIC_PREFIX: &str = "pchat-checklist-";

/// Whether an object's name (a room, a category, a user's SIP URI, a tag policy) is one a
/// synthetic transaction made.
pub fn is_synthetic(name: &str) -> bool {
    let bare = name.strip_prefix("sip:").or_else(|| name.strip_prefix("tag:")).unwrap_or(name);
    bare.starts_with(SYNTHETIC_PREFIX)
}

/// What a check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Pass,
    Warn,
    Fail,
    /// It does not apply here (a SQLite check on PostgreSQL, say).
    Skip,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Warn => "warn",
            Outcome::Fail => "fail",
            Outcome::Skip => "skip",
        }
    }

    /// Its value as a metric (`pchat_checklist_result`): 0 pass, 1 warn, 2 fail, -1 skip.
    pub fn metric(self) -> i64 {
        match self {
            Outcome::Pass => 0,
            Outcome::Warn => 1,
            Outcome::Fail => 2,
            Outcome::Skip => -1,
        }
    }
}

/// One check's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Check {
    /// Stable: `PHASE.NAME`, e.g. `configuration.category-scope`.
    pub id: String,
    pub phase: String,
    pub result: Outcome,
    /// What it found, in a sentence, with its figures.
    pub found: String,
    /// How to fix it (on a warning or a failure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    /// The figures behind `found`, for monitoring (counts, limits, ages).
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub figures: serde_json::Map<String, serde_json::Value>,
    /// How long the check took.
    pub ms: f64,
}

impl Check {
    /// A check that failed before it could run (a node that did not answer, a pool with no
    /// node to run the transaction through).
    pub fn failed(id: &str, phase: &str, found: String, fix: String) -> Check {
        Check {
            id: id.to_string(),
            phase: phase.to_string(),
            result: Outcome::Fail,
            found,
            fix: Some(fix),
            figures: Default::default(),
            ms: 0.0,
        }
    }
}

/// `GET /v1/checklist`: the checks a node ran, in the order of their phases.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Report {
    /// The node that ran them.
    pub node: String,
    pub checks: Vec<Check>,
}

impl Report {
    /// How many checks ended each way.
    pub fn count(&self, outcome: Outcome) -> usize {
        self.checks.iter().filter(|c| c.result == outcome).count()
    }
}
