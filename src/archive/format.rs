//! The archive format (docs/archive.md): the manifest, the members and their records. Every
//! record is one line of compact JSON, its fields in the order declared here, and every
//! member's lines in a stable order, so the same data makes the same bytes.

use serde::{Deserialize, Serialize};

/// What `format` says in every manifest.
pub const FORMAT: &str = "pchat-archive";
/// The newest format version this pchat reads and writes.
pub const FORMAT_VERSION: u32 = 1;
pub const MANIFEST: &str = "manifest.json";

/// The definition members, in the order an import applies them.
pub const DEFINITIONS: &[&str] = &[
    "users.jsonl",
    "groups.jsonl",
    "policies.jsonl",
    "chat_config.jsonl",
    "addins.jsonl",
    "categories.jsonl",
    "rooms.jsonl",
    "memberships.jsonl",
];

/// The member that holds the messages of the room at `index` in `rooms.jsonl`.
pub fn messages_member(index: usize) -> String {
    format!("messages/{index:06}.jsonl")
}

/// The member that holds a file's content.
pub fn file_member(sha256: &str) -> String {
    format!("files/{sha256}")
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub created_at: String,
    pub source: Source,
    pub scope: Scope,
    pub counts: Counts,
    /// Every member but the manifest, by name.
    pub members: Vec<Member>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The server's URL, as the exporting client reached it.
    pub server: String,
    /// The pchat version that exported it.
    pub version: String,
    /// The exported store's identity (`GET /v1/version`): an archive is not imported into
    /// the store it came from unless asked.
    pub store_id: String,
}

/// What was exported: everything, or the pools, categories and rooms named (their
/// definitions, what they refer to, and with `history` their messages since `since`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    pub all: bool,
    #[serde(default)]
    pub pools: Vec<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub rooms: Vec<String>,
    pub history: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
}

/// Records per type.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    pub users: u64,
    pub groups: u64,
    pub policies: u64,
    pub chat_config: u64,
    pub addins: u64,
    pub categories: u64,
    pub rooms: u64,
    pub memberships: u64,
    pub messages: u64,
    pub files: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub name: String,
    /// SHA-256 of its bytes, lower-case hex.
    pub sha256: String,
    pub bytes: u64,
    /// Its lines (JSONL members); 0 for a file.
    pub records: u64,
}

type Labels = std::collections::BTreeMap<String, String>;

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserRecord {
    pub sip: String,
    pub display_name: String,
    pub ou: String,
    pub site: String,
    pub enabled: bool,
    /// A sender no longer in the directory: kept so its messages keep their sender.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deleted: bool,
    #[serde(default, skip_serializing_if = "Labels::is_empty")]
    pub labels: Labels,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupRecord {
    pub name: String,
    pub description: String,
    pub members: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyRecord {
    /// `global`, `site:NAME` or `tag:NAME`.
    pub identity: String,
    pub enabled: bool,
    pub description: String,
    /// The users a tag policy is granted to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub users: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChatConfigRecord {
    /// `global`, `site:NAME` or `pool:NAME`.
    pub scope: String,
    pub settings: crate::api::ChatConfigSettings,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddinRecord {
    pub pool: String,
    pub name: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Labels::is_empty")]
    pub labels: Labels,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryRecord {
    pub pool: String,
    pub name: String,
    pub description: String,
    pub allowed_members: Vec<String>,
    pub denied_members: Vec<String>,
    pub creators: Vec<String>,
    pub invitations: bool,
    pub file_upload: bool,
    pub chat_history: bool,
    #[serde(default, skip_serializing_if = "Labels::is_empty")]
    pub labels: Labels,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoomRecord {
    pub pool: String,
    pub name: String,
    pub category: String,
    pub description: String,
    #[serde(rename = "type")]
    pub room_type: crate::api::RoomType,
    pub privacy: crate::api::Privacy,
    pub invitations: crate::api::RoomInvitations,
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addin: Option<String>,
    /// The member holding its messages (none: exported without history).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<String>,
    /// The room's last message number: an import numbers new posts after it.
    pub last_seq: i64,
    #[serde(default, skip_serializing_if = "Labels::is_empty")]
    pub labels: Labels,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MembershipRecord {
    pub pool: String,
    pub room: String,
    /// `member`, `manager` or `presenter`.
    pub role: String,
    /// `sip:USER`, `group:NAME` or `ou:PATH`.
    pub principal: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileRecord {
    pub sha256: String,
    pub name: String,
    pub size: u64,
    pub content_type: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageRecord {
    /// The message's id in the store it came from, kept by an import.
    pub id: i64,
    /// Its number in its room: messages are in this order.
    pub seq: i64,
    pub sender: String,
    /// ISO-8601 UTC, milliseconds.
    pub posted_at: String,
    /// `message` or `story`.
    pub kind: crate::api::MessageKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<FileRecord>,
    /// Removed by an administrator (its text is gone; the number stays taken).
    #[serde(default, skip_serializing_if = "is_false")]
    pub removed: bool,
}

/// One record as its line: compact JSON and a line feed.
pub fn line<T: Serialize>(record: &T) -> Vec<u8> {
    let mut out = serde_json::to_vec(record).expect("a record serialises");
    out.push(b'\n');
    out
}

/// Milliseconds since 1970 as ISO-8601 UTC with milliseconds, as archives write times.
pub fn iso_ms(ms: i64) -> String {
    let at = std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms.max(0) as u64);
    humantime::format_rfc3339_millis(at).to_string()
}
