//! Plan documents: `apiVersion: pchat/v1`, `kind`, `metadata` and a camelCase `spec`, one
//! struct per kind. Absent fields take the API's defaults (`api::validate`, the types'
//! `Default`): a document describes the whole object, not a patch.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::api::{Privacy, RoomInvitations, RoomType};

pub const API_VERSION: &str = "pchat/v1";

/// The kinds a plan may hold, in the order they are applied.
pub const KINDS: &[&str] =
    &["Topology", "User", "Group", "Addin", "Category", "Policy", "ChatConfig", "Room", "PolicyGrant"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    pub name: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    /// The version a Topology document was exported at (`pchat topology export`): apply
    /// publishes it only if that version is still in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}

fn is_false(b: &bool) -> bool {
    !*b
}
fn is_true(b: &bool) -> bool {
    *b
}
fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserDoc {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub display_name: String,
    pub ou: String,
    pub site: String,
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GroupDoc {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default)]
    pub members: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CategoryDoc {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default = "default_pool")]
    pub pool: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed_members: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub denied_members: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub creators: Vec<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub invitations: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub file_upload: bool,
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub chat_history: bool,
}

pub fn default_pool() -> String {
    crate::api::validate::DEFAULT_POOL.to_string()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RoomDoc {
    pub category: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(rename = "type", default)]
    pub room_type: RoomType,
    #[serde(default)]
    pub privacy: Privacy,
    #[serde(default, skip_serializing_if = "is_inherit")]
    pub invitations: RoomInvitations,
    #[serde(default, skip_serializing_if = "is_false")]
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addin: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub managers: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presenters: Vec<String>,
}

fn is_inherit(i: &RoomInvitations) -> bool {
    *i == RoomInvitations::Inherit
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddinDoc {
    pub url: String,
    #[serde(default = "default_pool")]
    pub pool: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyDoc {
    #[serde(default)]
    pub enabled: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyGrantDoc {
    /// `tag:NAME`
    pub policy: String,
    pub users: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChatConfigDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_chat_history: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_file_size_kb: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_update_limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_management_url: Option<String>,
}

/// A document's spec, by kind. The large kinds are boxed, so the 150,000 users of a pool's
/// plan do not each take a room's room.
#[derive(Debug, Clone, PartialEq)]
pub enum Spec {
    User(UserDoc),
    Group(GroupDoc),
    Category(Box<CategoryDoc>),
    Room(Box<RoomDoc>),
    Addin(AddinDoc),
    Policy(PolicyDoc),
    PolicyGrant(PolicyGrantDoc),
    ChatConfig(ChatConfigDoc),
    /// The deployment's topology (docs/topology.md), published as the next version.
    Topology(Box<crate::api::topology::TopologySpec>),
}

impl Spec {
    pub fn kind(&self) -> &'static str {
        match self {
            Spec::User(_) => "User",
            Spec::Group(_) => "Group",
            Spec::Category(_) => "Category",
            Spec::Room(_) => "Room",
            Spec::Addin(_) => "Addin",
            Spec::Policy(_) => "Policy",
            Spec::PolicyGrant(_) => "PolicyGrant",
            Spec::ChatConfig(_) => "ChatConfig",
            Spec::Topology(_) => "Topology",
        }
    }

    /// The camelCase field names a kind's spec accepts (for "did you mean").
    pub fn fields(kind: &str) -> &'static [&'static str] {
        match kind {
            "User" => &["displayName", "ou", "site", "enabled"],
            "Group" => &["description", "members"],
            "Category" => &[
                "description",
                "pool",
                "allowedMembers",
                "deniedMembers",
                "creators",
                "invitations",
                "fileUpload",
                "chatHistory",
            ],
            "Room" => &[
                "category",
                "description",
                "type",
                "privacy",
                "invitations",
                "disabled",
                "addin",
                "members",
                "managers",
                "presenters",
            ],
            "Addin" => &["url", "pool"],
            "Policy" => &["enabled", "description"],
            "PolicyGrant" => &["policy", "users"],
            "ChatConfig" => &["defaultChatHistory", "maxFileSizeKb", "participantUpdateLimit", "roomManagementUrl"],
            "Topology" => &["sites", "pools"],
            _ => &[],
        }
    }

    pub fn to_value(&self) -> serde_json::Value {
        let v = match self {
            Spec::User(s) => serde_json::to_value(s),
            Spec::Group(s) => serde_json::to_value(s),
            Spec::Category(s) => serde_json::to_value(s),
            Spec::Room(s) => serde_json::to_value(s),
            Spec::Addin(s) => serde_json::to_value(s),
            Spec::Policy(s) => serde_json::to_value(s),
            Spec::PolicyGrant(s) => serde_json::to_value(s),
            Spec::ChatConfig(s) => serde_json::to_value(s),
            Spec::Topology(s) => serde_json::to_value(s),
        };
        v.unwrap_or_default()
    }
}

/// A spec serialises as its kind's struct, fields in the order the struct declares them
/// (so exported YAML reads `category` before `members`).
impl Serialize for Spec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Spec::User(s) => s.serialize(serializer),
            Spec::Group(s) => s.serialize(serializer),
            Spec::Category(s) => s.serialize(serializer),
            Spec::Room(s) => s.serialize(serializer),
            Spec::Addin(s) => s.serialize(serializer),
            Spec::Policy(s) => s.serialize(serializer),
            Spec::PolicyGrant(s) => s.serialize(serializer),
            Spec::ChatConfig(s) => s.serialize(serializer),
            Spec::Topology(s) => s.serialize(serializer),
        }
    }
}

/// One plan document, as written to files by `export` and read by `plan`/`apply`.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub metadata: Metadata,
    pub spec: Spec,
}

impl Document {
    pub fn kind(&self) -> &'static str {
        self.spec.kind()
    }

    /// A stable address: `room backend`, `category eng`, `user sip:alice@contoso.com`.
    pub fn address(&self) -> String {
        format!("{} {}", self.kind().to_ascii_lowercase(), self.metadata.name)
    }

    /// The document as YAML text (one document, without the `---` separator).
    pub fn to_yaml(&self) -> String {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Out<'a> {
            api_version: &'a str,
            kind: &'a str,
            metadata: &'a Metadata,
            spec: &'a Spec,
        }
        serde_yaml::to_string(&Out {
            api_version: API_VERSION,
            kind: self.kind(),
            metadata: &self.metadata,
            spec: &self.spec,
        })
        .unwrap_or_default()
    }
}

/// Writes documents as one YAML stream.
pub fn to_yaml_stream(docs: &[Document]) -> String {
    docs.iter().map(|d| format!("---\n{}", d.to_yaml())).collect()
}

/// The edit distance, for "did you mean".
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    fn distance(a: &str, b: &str) -> usize {
        let a: Vec<char> = a.to_lowercase().chars().collect();
        let b: Vec<char> = b.to_lowercase().chars().collect();
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.iter().enumerate() {
            let mut cur = vec![i + 1];
            for (j, cb) in b.iter().enumerate() {
                cur.push((prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
            }
            prev = cur;
        }
        prev[b.len()]
    }
    candidates
        .iter()
        .map(|c| (distance(word, c), *c))
        .filter(|(d, c)| *d <= (c.len() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}
