use serde::{Deserialize, Serialize};

use super::error::Problem;

pub use super::labels::Labels;

// What every stored object carries. (A comment, not a doc comment: flattened into every
// object's schema, a description would become each object's.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default, schemars::JsonSchema)]
pub struct Meta {
    pub id: i64,
    /// Increases on each change; send it back in `If-Match` to avoid lost updates.
    pub revision: i64,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default, skip_serializing_if = "Labels::is_empty")]
    pub labels: Labels,
}

/// An enum of the wire spelt as lower-case names, so the CLI can offer them (`api/` does
/// not depend on clap; the CLI builds its parsers from these names).
pub trait Named: std::str::FromStr + Copy + Send + Sync + 'static {
    const NAMES: &'static [&'static str];
}

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $text:literal),+ $(,)? } default $default:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str { match self { $($name::$variant => $text),+ } }
            pub fn allowed() -> String { [$($text),+].join(", ") }
        }
        impl Default for $name { fn default() -> Self { $name::$default } }
        impl Named for $name { const NAMES: &'static [&'static str] = &[$($text),+]; }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.as_str()) }
        }
        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s.to_ascii_lowercase().as_str() {
                    $($text => Ok($name::$variant),)+
                    _ => Err(format!("{s:?} is not one of: {}", $name::allowed())),
                }
            }
        }
    };
}

string_enum!(
    /// Who may find and join a room.
    Privacy { Open = "open", Closed = "closed", Secret = "secret" } default Closed
);
string_enum!(
    /// Normal rooms let members post; auditoriums let only presenters post.
    RoomType { Normal = "normal", Auditorium = "auditorium" } default Normal
);
string_enum!(
    /// A room either follows its category's invitation setting or turns invitations off.
    RoomInvitations { Inherit = "inherit", False = "false" } default Inherit
);
string_enum!(
    /// What a token may do.
    Role { Admin = "admin", User = "user" } default User
);
string_enum!(
    /// A room role a principal can hold.
    RoomRole { Member = "member", Manager = "manager", Presenter = "presenter" } default Member
);

// ---------------------------------------------------------------------------------------
// Directory

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(from = "UserWire")]
pub struct User {
    pub sip: String,
    pub display_name: String,
    /// Organisational unit path, e.g. `contoso/eng`.
    pub ou: String,
    pub site: String,
    pub enabled: bool,
    /// The tag policy granted to this user, if any (without `tag:`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    #[serde(flatten)]
    pub meta: Meta,
}

/// A user as it arrives on the wire, its meta fields inline (see [`RoomWire`]).
#[derive(Deserialize, schemars::JsonSchema)]
struct UserWire {
    sip: String,
    display_name: String,
    ou: String,
    site: String,
    enabled: bool,
    #[serde(default)]
    policy: Option<String>,
    id: i64,
    revision: i64,
    created_at: String,
    updated_at: String,
    #[serde(default)]
    labels: Labels,
}

impl From<UserWire> for User {
    fn from(w: UserWire) -> User {
        User {
            sip: w.sip,
            display_name: w.display_name,
            ou: w.ou,
            site: w.site,
            enabled: w.enabled,
            policy: w.policy,
            meta: Meta {
                id: w.id,
                revision: w.revision,
                created_at: w.created_at,
                updated_at: w.updated_at,
                labels: w.labels,
            },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Group {
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Principals: users, other groups or OUs.
    pub members: Vec<String>,
    #[serde(flatten)]
    pub meta: Meta,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "UserSpec")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct UserSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ou: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "GroupSpec")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct GroupSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
}

// ---------------------------------------------------------------------------------------
// Categories, rooms, add-ins

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Category {
    pub name: String,
    pub pool: String,
    pub description: String,
    pub allowed_members: Vec<String>,
    pub denied_members: Vec<String>,
    pub creators: Vec<String>,
    pub invitations: bool,
    pub file_upload: bool,
    pub chat_history: bool,
    #[serde(flatten)]
    pub meta: Meta,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "CategorySpec")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct CategorySpec {
    /// New name (updates only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_members: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denied_members: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creators: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitations: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_upload: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_history: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(from = "RoomWire")]
pub struct Room {
    pub name: String,
    pub category: String,
    pub pool: String,
    pub description: String,
    #[serde(rename = "type")]
    pub room_type: RoomType,
    pub privacy: Privacy,
    #[serde(default)]
    pub addin: Option<String>,
    pub invitations: RoomInvitations,
    pub disabled: bool,
    pub members: Vec<String>,
    pub managers: Vec<String>,
    pub presenters: Vec<String>,
    #[serde(flatten)]
    pub meta: Meta,
}

/// A room as it arrives on the wire, its meta fields inline: reading a flattened struct
/// buffers every field first, and a plan reads ten thousand rooms at once.
#[derive(Deserialize, schemars::JsonSchema)]
struct RoomWire {
    name: String,
    category: String,
    pool: String,
    description: String,
    #[serde(rename = "type")]
    room_type: RoomType,
    privacy: Privacy,
    #[serde(default)]
    addin: Option<String>,
    invitations: RoomInvitations,
    disabled: bool,
    members: Vec<String>,
    managers: Vec<String>,
    presenters: Vec<String>,
    id: i64,
    revision: i64,
    created_at: String,
    updated_at: String,
    #[serde(default)]
    labels: Labels,
}

impl From<RoomWire> for Room {
    fn from(w: RoomWire) -> Room {
        Room {
            name: w.name,
            category: w.category,
            pool: w.pool,
            description: w.description,
            room_type: w.room_type,
            privacy: w.privacy,
            addin: w.addin,
            invitations: w.invitations,
            disabled: w.disabled,
            members: w.members,
            managers: w.managers,
            presenters: w.presenters,
            meta: Meta {
                id: w.id,
                revision: w.revision,
                created_at: w.created_at,
                updated_at: w.updated_at,
                labels: w.labels,
            },
        }
    }
}

impl Room {
    pub fn principals(&self, role: RoomRole) -> &Vec<String> {
        match role {
            RoomRole::Member => &self.members,
            RoomRole::Manager => &self.managers,
            RoomRole::Presenter => &self.presenters,
        }
    }
    pub fn principals_mut(&mut self, role: RoomRole) -> &mut Vec<String> {
        match role {
            RoomRole::Member => &mut self.members,
            RoomRole::Manager => &mut self.managers,
            RoomRole::Presenter => &mut self.presenters,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "RoomSpec")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct RoomSpec {
    /// New name (updates only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub room_type: Option<RoomType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy: Option<Privacy>,
    /// An add-in name; the empty string removes the add-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitations: Option<RoomInvitations>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Replace the whole list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managers: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presenters: Option<Vec<String>>,
    /// Add to or remove from the lists, leaving other entries as they are.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub add: Vec<RoleChange>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<RoleChange>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
}

/// One entry of a room's lists, as `GET /v1/rooms/{name}/members` lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RoomEntry {
    pub role: RoomRole,
    pub principal: String,
}

/// A principal to add to or remove from one of a room's lists (`RoomSpec::add`, `remove`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "RoleChange")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct RoleChange {
    pub role: RoomRole,
    pub principal: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Addin {
    pub name: String,
    pub pool: String,
    pub url: String,
    #[serde(flatten)]
    pub meta: Meta,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "AddinSpec")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct AddinSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
}

// ---------------------------------------------------------------------------------------
// Policies and configuration

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Policy {
    /// `global`, `site:NAME` or `tag:NAME`.
    pub identity: String,
    pub enabled: bool,
    pub description: String,
    #[serde(flatten)]
    pub meta: Meta,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "PolicySpec")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct PolicySpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
}

/// Grant a tag policy to users (or, with `policy: null`, take their grant away).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "PolicyGrant")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct PolicyGrant {
    /// `tag:NAME`, or null to fall back to the site or global policy.
    pub policy: Option<String>,
    pub users: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EffectivePolicy {
    pub user: String,
    /// The identity of the policy that decides, e.g. `tag:chatters`.
    pub policy: String,
    /// Which rule picked it: `tag`, `site` or `global`.
    pub source: String,
    pub enabled: bool,
}

/// Chat configuration values. In a stored scope each field is optional (unset =
/// inherited); the effective configuration has them all.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "ChatConfigSettings")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct ChatConfigSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_chat_history: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_file_size_kb: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_update_limit: Option<i64>,
    /// The empty string unsets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_management_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(from = "ChatConfigScopeWire")]
pub struct ChatConfigScope {
    /// `global`, `site:NAME` or `pool:NAME`.
    pub scope: String,
    #[serde(flatten)]
    pub settings: ChatConfigSettings,
    #[serde(flatten)]
    pub meta: Meta,
}

/// A configuration scope as it arrives on the wire, every field inline: the settings are a
/// request type that reads whole objects only, so they cannot be flattened on the way in.
#[derive(Deserialize, schemars::JsonSchema)]
struct ChatConfigScopeWire {
    scope: String,
    #[serde(default)]
    default_chat_history: Option<i64>,
    #[serde(default)]
    max_file_size_kb: Option<i64>,
    #[serde(default)]
    participant_update_limit: Option<i64>,
    #[serde(default)]
    room_management_url: Option<String>,
    id: i64,
    revision: i64,
    created_at: String,
    updated_at: String,
    #[serde(default)]
    labels: Labels,
}

impl From<ChatConfigScopeWire> for ChatConfigScope {
    fn from(w: ChatConfigScopeWire) -> ChatConfigScope {
        ChatConfigScope {
            scope: w.scope,
            settings: ChatConfigSettings {
                default_chat_history: w.default_chat_history,
                max_file_size_kb: w.max_file_size_kb,
                participant_update_limit: w.participant_update_limit,
                room_management_url: w.room_management_url,
            },
            meta: Meta {
                id: w.id,
                revision: w.revision,
                created_at: w.created_at,
                updated_at: w.updated_at,
                labels: w.labels,
            },
        }
    }
}

/// One effective setting and the scope it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EffectiveSetting {
    pub name: String,
    pub value: serde_json::Value,
    /// `default`, `global`, `site:NAME` or `pool:NAME`.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EffectiveChatConfig {
    pub scope: String,
    pub settings: Vec<EffectiveSetting>,
}

// ---------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Token {
    pub id: i64,
    pub role: Role,
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub description: String,
    pub created_at: String,
    #[serde(default)]
    pub last_used_at: Option<String>,
    #[serde(default)]
    pub revoked_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "TokenCreate")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct TokenCreate {
    pub role: Role,
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

/// The only time a token's secret is ever shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct TokenCreated {
    pub token: String,
    #[serde(flatten)]
    pub info: Token,
}

/// Who the caller is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Identity {
    pub role: Role,
    pub owner: Option<String>,
    pub token_id: Option<i64>,
}

// ---------------------------------------------------------------------------------------
// Lists

/// One page of a list; follow `next_cursor` until it is absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "PageOf{T}")]
pub struct Page<T> {
    pub items: Vec<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// Default and largest page sizes.
pub const DEFAULT_PAGE_SIZE: usize = 500;
pub const MAX_PAGE_SIZE: usize = 10_000;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoomQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy: Option<Privacy>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub room_type: Option<RoomType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Rooms that list this principal as a member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    /// Rooms that list this principal as a manager.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addin: Option<String>,
    /// A glob on the name: `*` any run of characters, `?` one character.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

/// The effective configuration of a pool scope takes the pool's site (`?site=redmond`),
/// for the precedence pool > site > global; without it a pool scope falls back to global.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfigQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
}

/// `DELETE /v1/rooms/{name}`: the pool, and whether the room's history may go with it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoomDeleteQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_destroy: bool,
}

/// Addresses one object by name, in one pool when the name is not unique.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PoolQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
}

// ---------------------------------------------------------------------------------------
// Changesets

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OpAction {
    Create,
    Update,
    /// Create when absent, update when present.
    Upsert,
    Delete,
}

/// One object in a changeset operation (read through `Operation`).
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(tag = "kind", content = "spec", rename_all = "snake_case")]
pub enum ObjectSpec {
    User(UserSpec),
    Group(GroupSpec),
    Category(CategorySpec),
    Room(RoomSpec),
    Addin(AddinSpec),
    Policy(PolicySpec),
    ChatConfig(ChatConfigSettings),
    /// Grant the tag policy named by the operation (`tag:NAME`) to these users.
    PolicyGrant(PolicyGrantSpec),
    /// Publish this topology (`op: update`; `revision`: the version it was prepared on).
    Topology(crate::api::topology::TopologySpec),
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "PolicyGrantSpec")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct PolicyGrantSpec {
    pub users: Vec<String>,
}

impl ObjectSpec {
    pub fn kind(&self) -> &'static str {
        match self {
            ObjectSpec::User(_) => "user",
            ObjectSpec::Group(_) => "group",
            ObjectSpec::Category(_) => "category",
            ObjectSpec::Room(_) => "room",
            ObjectSpec::Addin(_) => "addin",
            ObjectSpec::Policy(_) => "policy",
            ObjectSpec::ChatConfig(_) => "chat_config",
            ObjectSpec::PolicyGrant(_) => "policy_grant",
            ObjectSpec::Topology(_) => "topology",
        }
    }
}

/// One operation of a changeset: `kind` picks the type of `spec`, which a delete may leave out.
// Read by hand (`api::strict`): the kind picks the spec's type, and nothing is flattened.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[schemars(transform = spec_is_optional)]
pub struct Operation {
    pub op: OpAction,
    /// The object's name (SIP URI for users, identity for policies, scope for chat config).
    pub name: String,
    /// The pool, for categories, rooms and add-ins whose name is not unique.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    /// Refuse the operation unless the object is at this revision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<i64>,
    #[serde(flatten)]
    pub object: ObjectSpec,
}

/// Operations are read by hand and take no `spec` for a delete (`api::strict`); serde's
/// adjacent tagging would require it.
fn spec_is_optional(schema: &mut schemars::Schema) {
    if let Some(serde_json::Value::Array(kinds)) = schema.get_mut("oneOf") {
        for kind in kinds {
            if let Some(serde_json::Value::Array(required)) = kind.get_mut("required") {
                required.retain(|field| field != "spec");
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "ChangesetRequest")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct ChangesetRequest {
    #[serde(default)]
    pub dry_run: bool,
    /// Allow deleting rooms that hold messages (their history goes with them); without it
    /// such a deletion is refused (`holds_history`), and an empty room's is not.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_destroy: bool,
    pub operations: Vec<Operation>,
}

/// A changeset to send, its operations borrowed: it is written exactly as a
/// [`ChangesetRequest`], without copying a plan's operations first.
#[derive(Debug, Serialize)]
pub struct ChangesetRequestRef<'a> {
    pub dry_run: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub allow_destroy: bool,
    pub operations: Vec<&'a Operation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OpOutcome {
    Created,
    Updated,
    Deleted,
    Unchanged,
}

/// A room entry taken away because it fell outside the category's scope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Dropped {
    pub room: String,
    pub role: RoomRole,
    pub principal: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OpResult {
    pub index: usize,
    pub kind: String,
    pub name: String,
    pub outcome: OpOutcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<i64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<Dropped>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ChangesetResult {
    pub dry_run: bool,
    pub results: Vec<OpResult>,
}

/// `POST /v1/changesets` with `Accept: application/x-ndjson` answers 200 with one JSON
/// object per line while the changeset runs: progress lines, then exactly one outcome,
/// `result` (committed, or validated for a dry run) or `problem` (refused: nothing was
/// written). Refusals before the changeset starts (authentication, the body) keep their
/// own status codes.
pub const PROGRESS_CONTENT_TYPE: &str = "application/x-ndjson";

#[derive(Debug, Clone, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangesetEvent {
    /// Operations checked of all (`phase: checking`), then the writing of the checked state.
    Progress {
        phase: ChangesetPhase,
        done: u64,
        total: u64,
    },
    Result(ChangesetResult),
    Problem(Box<Problem>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangesetPhase {
    Checking,
    Writing,
}

impl ChangesetResult {
    pub fn count(&self, outcome: OpOutcome) -> usize {
        self.results.iter().filter(|r| r.outcome == outcome).count()
    }
}

// ---------------------------------------------------------------------------------------
// Service

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Version {
    pub name: String,
    pub version: String,
    pub api: String,
    pub store: String,
    pub schema_version: i64,
    /// The store's identity (the same for every node of a pool).
    #[serde(default)]
    pub store_id: String,
    /// The node that answered (its name in its pool).
    #[serde(default)]
    pub node: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Health {
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// What a deletion answers: the name, and the room entries it dropped (deleting a user or
/// a group takes it out of every room that lists it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Deleted {
    pub deleted: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<Dropped>,
}

/// A written object, with the room entries the write dropped (moves and scope changes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "Written{T}")]
pub struct Written<T> {
    #[serde(flatten)]
    pub object: T,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<Dropped>,
}

/// Adds and removes principals in one role of a room (`POST /v1/rooms/{name}/members`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "MemberChange")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct MemberChange {
    #[serde(default)]
    pub role: RoomRole,
    #[serde(default)]
    pub add: Vec<String>,
    #[serde(default)]
    pub remove: Vec<String>,
}

/// How many users a grant changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GrantResult {
    pub policy: Option<String>,
    pub users: u64,
}

super::strict::objects_only!(
    UserSpec,
    GroupSpec,
    CategorySpec,
    RoomSpec,
    RoleChange,
    AddinSpec,
    PolicySpec,
    PolicyGrant,
    ChatConfigSettings,
    TokenCreate,
    PolicyGrantSpec,
    ChangesetRequest,
    MemberChange,
);
