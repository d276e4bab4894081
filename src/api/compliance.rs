//! Compliance: its configuration per target, the status of each pool's exporter, on-demand
//! exports and the recorded events (administrators only, docs/compliance.md).

use serde::{Deserialize, Serialize};

/// The run interval's range and default (reference: 00:01:00 – 30.00:00:00, 15 minutes).
pub const MIN_RUN_INTERVAL_SECS: i64 = 60;
pub const MAX_RUN_INTERVAL_SECS: i64 = 30 * 24 * 3600;
pub const DEFAULT_RUN_INTERVAL_SECS: i64 = 15 * 60;
/// How long exported events stay in the compliance store: by default a week, at most ten
/// years; 0 purges them as soon as they are exported.
pub const DEFAULT_RETENTION_SECS: i64 = 7 * 24 * 3600;
pub const MAX_RETENTION_SECS: i64 = 3650 * 24 * 3600;
/// The one adapter there is.
pub const XML_ADAPTER: &str = "xml";

/// What a compliance event records. The first six are the old system's message types; the
/// others are pchat's (docs/compliance.md says what `content` and `id` hold for each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum EventKind {
    #[serde(rename = "JOIN")]
    Join,
    #[serde(rename = "PART")]
    Part,
    #[serde(rename = "CHAT")]
    Chat,
    #[serde(rename = "BACKCHAT")]
    Backchat,
    #[serde(rename = "FILEUPLOAD")]
    FileUpload,
    #[serde(rename = "FILEDOWNLOAD")]
    FileDownload,
    /// An administrator removed a message.
    #[serde(rename = "REMOVE")]
    Remove,
    /// An administrator replaced a message's text.
    #[serde(rename = "REPLACE")]
    Replace,
    /// An administrator cleared a room's history through a time.
    #[serde(rename = "CLEAR")]
    Clear,
    /// A room was created, changed or deleted through the management API.
    #[serde(rename = "ROOMCHANGE")]
    RoomChange,
    /// A room's members, managers or presenters changed.
    #[serde(rename = "MEMBERSHIP")]
    Membership,
    /// A category was created, changed or deleted.
    #[serde(rename = "CATEGORYCHANGE")]
    CategoryChange,
}

impl EventKind {
    pub const ALL: &'static [EventKind] = &[
        EventKind::Join,
        EventKind::Part,
        EventKind::Chat,
        EventKind::Backchat,
        EventKind::FileUpload,
        EventKind::FileDownload,
        EventKind::Remove,
        EventKind::Replace,
        EventKind::Clear,
        EventKind::RoomChange,
        EventKind::Membership,
        EventKind::CategoryChange,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Join => "JOIN",
            EventKind::Part => "PART",
            EventKind::Chat => "CHAT",
            EventKind::Backchat => "BACKCHAT",
            EventKind::FileUpload => "FILEUPLOAD",
            EventKind::FileDownload => "FILEDOWNLOAD",
            EventKind::Remove => "REMOVE",
            EventKind::Replace => "REPLACE",
            EventKind::Clear => "CLEAR",
            EventKind::RoomChange => "ROOMCHANGE",
            EventKind::Membership => "MEMBERSHIP",
            EventKind::CategoryChange => "CATEGORYCHANGE",
        }
    }

    pub fn parse(text: &str) -> Option<EventKind> {
        EventKind::ALL.iter().copied().find(|k| k.as_str() == text)
    }
}

/// The settings of one target (`global` or `pool:NAME`); a value not given is inherited
/// (a pool's from global, global's from the defaults). `PUT /v1/compliance/config/{target}`
/// sets the values it names and keeps the others.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "ComplianceSettings")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct ComplianceSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// `xml`, the one adapter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adapter: Option<String>,
    /// A duration, `15m`, `1h 30m`, `30days`: from 1 minute to 30 days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_interval: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_room_per_file: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_details: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_details: Option<bool>,
    /// An absolute directory on the nodes (shared by a pool's nodes); the empty string
    /// unsets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_dir: Option<String>,
    /// How long exported events stay in the compliance store (`0s`: purged at once).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<String>,
}

/// The settings stored for one target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ComplianceConfig {
    /// `global` or `pool:NAME`.
    pub target: String,
    pub settings: ComplianceSettings,
    pub revision: i64,
    pub updated_at: String,
}

/// What applies to one pool, every value resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EffectiveCompliance {
    pub pool: String,
    pub enabled: bool,
    pub adapter: String,
    pub run_interval: String,
    pub run_interval_secs: i64,
    pub one_room_per_file: bool,
    pub room_details: bool,
    pub user_details: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_dir: Option<String>,
    pub retention: String,
    pub retention_secs: i64,
}

/// `GET /v1/compliance/config`: what is set per target, and what applies to each pool
/// (every pool a category names, and every pool configured).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ComplianceView {
    pub targets: Vec<ComplianceConfig>,
    pub pools: Vec<EffectiveCompliance>,
}

/// One pool's exporter: what waits, what ran, and what went wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PoolCompliance {
    pub pool: String,
    pub enabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_dir: Option<String>,
    /// Events recorded and not yet exported (a batch being written included).
    pub waiting: i64,
    /// A batch chosen and not yet marked written (a run in progress, or one that failed
    /// and is written again by the next).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_batch: Option<i64>,
    /// Exported events still kept (until their retention ends).
    pub exported_kept: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_run_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_success_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_run_at: Option<String>,
    /// Why the last run failed (cleared by the next that succeeds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error_at: Option<String>,
    /// The node that holds the exporter's lease, and until when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease_holder: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease_until: Option<String>,
}

/// `GET /v1/compliance/status`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ComplianceStatus {
    /// This node's name as it holds leases.
    pub node: String,
    pub pools: Vec<PoolCompliance>,
    /// The highest event id recorded so far (0: none); `GET /v1/compliance/events?after=`
    /// with it reads only what is recorded next.
    #[serde(default)]
    pub last_event_id: i64,
}

/// `POST /v1/compliance/export`: export now the waiting events of a pool (or of every
/// pool), those recorded in `[since, until)` and, with `room`, of that room only. Events
/// already exported are not exported again.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "ComplianceExport")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct ComplianceExport {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
}

super::strict::objects_only!(ComplianceSettings, ComplianceExport);

/// One batch an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ExportedBatch {
    pub pool: String,
    pub batch: i64,
    pub events: i64,
    /// The files written, as paths on the node.
    pub files: Vec<String>,
}

/// What `POST /v1/compliance/export` wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ComplianceExported {
    pub batches: Vec<ExportedBatch>,
    pub events: i64,
}

/// `GET /v1/compliance/events`: recorded events, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ComplianceEventQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    /// Only the events of this room (its name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
    /// Only events with ids above this one (`last_event_id` of the status: what comes next).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<i64>,
    /// `waiting` or `exported`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

/// A recorded event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ComplianceRecord {
    pub id: i64,
    pub pool: String,
    pub at: String,
    #[serde(rename = "type")]
    pub kind: EventKind,
    /// The room's channel URI (`ma-chan://POOL/ROOM-ID`), or a category's
    /// (`ma-cat://POOL/CATEGORY-ID`).
    pub channel: String,
    pub channel_name: String,
    pub user: String,
    pub user_id: i64,
    pub user_name: String,
    pub content_id: i64,
    pub content: String,
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub detail: serde_json::Value,
    /// The batch it was exported in, if it has been chosen for one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<i64>,
}
