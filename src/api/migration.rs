//! Migration's wire types: what an export takes, how an import is told what to do with
//! conflicts, and jobs (exports and imports) with their progress (docs/migration.md).

use serde::{Deserialize, Serialize};

/// `POST /v1/migration/export`: the scope. Names are `NAME` or `POOL/NAME`. The answer is
/// the archive as a stream of frames (`archive::stream`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "ExportRequest")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct ExportRequest {
    #[serde(default)]
    pub all: bool,
    #[serde(default)]
    pub pools: Vec<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub rooms: Vec<String>,
    /// Definitions only: no messages, no files.
    #[serde(default)]
    pub definitions_only: bool,
    /// Messages posted at or after this time only (ISO-8601 or a date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
}

super::strict::objects_only!(ExportRequest);

/// What an import does with an object (category, room, add-in) the server has already.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OnConflict {
    /// Keep the server's object; the archive's (a room's: with its messages) is not imported.
    Skip,
    /// Import the archive's object under a free name (`NAME-imported`, `NAME-imported-2`, ...).
    Rename,
    /// Keep the server's object and its settings; add the archive's room entries, and its
    /// messages after the room's own (numbered after them, new ids where theirs are taken).
    Merge,
}

/// `POST /v1/migration/import`: the body is a `.pchat` archive.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ImportQuery {
    /// Check the archive and the server's validation, then stop: nothing is written.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_conflict: Option<OnConflict>,
    /// Every category, room and add-in goes into this pool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    /// Every room goes into this category (which must exist); the archive's categories are
    /// not created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Only these rooms (`NAME` or `POOL/NAME`, one per line) and what they need: their
    /// categories, add-ins, entries, and the groups and users those name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rooms: Option<String>,
    /// Import an archive exported from this very store (its rooms conflict with themselves:
    /// give `on_conflict` too).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_same_store: bool,
}

/// What an import does with one object of the archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ImportAction {
    Create,
    /// The server has it (or an earlier run of this import made it): kept as it is.
    Exists,
    Skip,
    Rename,
    Merge,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PlannedObject {
    /// `user`, `group`, `policy`, `chat_config`, `addin`, `category`, `room`.
    pub kind: String,
    /// `POOL/NAME` for pooled objects.
    pub name: String,
    pub action: ImportAction,
    /// The name it takes (a rename), or the pool/category it is placed in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Messages of a room that come with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<u64>,
}

/// What an import found and did (or, dry, would do).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ImportReport {
    pub dry_run: bool,
    pub archive: String,
    pub statistics: crate::archive::verify::Statistics,
    pub plan: Vec<PlannedObject>,
    /// The job that runs it (none for a dry run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<Job>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum JobState {
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

impl JobState {
    pub fn as_str(self) -> &'static str {
        match self {
            JobState::Running => "running",
            JobState::Succeeded => "succeeded",
            JobState::Failed => "failed",
            JobState::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> JobState {
        match text {
            "running" => JobState::Running,
            "succeeded" => JobState::Succeeded,
            "cancelled" => JobState::Cancelled,
            _ => JobState::Failed,
        }
    }
}

/// Done of total, for one type of record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct JobCount {
    pub what: String,
    pub done: u64,
    pub total: u64,
}

/// Why a job failed, where, and what it left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct JobError {
    pub code: String,
    pub message: String,
    /// The archive member and line, or the room, where it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// What the server holds now: as before the job, or resumable (run it again).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Job {
    pub id: i64,
    /// `export`, `import` or `directory-sync`.
    pub kind: String,
    pub state: JobState,
    pub created_by: String,
    pub node: String,
    /// What it works on.
    pub detail: String,
    pub started_at: String,
    pub updated_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
    pub progress: Vec<JobCount>,
    /// Of all records, done.
    pub percent: f64,
    /// Records per second since it started.
    pub rate: f64,
    /// Seconds left at that rate (running jobs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eta_seconds: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<JobError>,
    pub cancel_requested: bool,
}

/// Paths of the jobs API: `GET /v1/jobs`, `GET /v1/jobs/{id}`, `POST /v1/jobs/{id}/cancel`.
pub const JOBS_PATH: &str = "/v1/jobs";
/// The export's response header that names its job.
pub const JOB_HEADER: &str = "pchat-job";
