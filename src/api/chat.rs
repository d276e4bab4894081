//! Wire types of the chat API: what users post and read.

use serde::{Deserialize, Serialize};

/// The largest text of a message or body of a story, in bytes of UTF-8 (64 KiB).
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024;
/// The largest title of a story, in characters.
pub const MAX_TITLE_CHARS: usize = 256;
/// The largest history page.
pub const MAX_HISTORY_PAGE: usize = 500;
/// A history page when none is asked for.
pub const DEFAULT_HISTORY_PAGE: usize = 50;

/// A plain message, or a story (a title and a long body).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MessageKind {
    Message,
    Story,
}

impl MessageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MessageKind::Message => "message",
            MessageKind::Story => "story",
        }
    }
}

impl std::str::FromStr for MessageKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "message" => Ok(MessageKind::Message),
            "story" => Ok(MessageKind::Story),
            other => Err(format!("{other:?} is not a message kind (message, story)")),
        }
    }
}

/// A message as it was committed: its id never changes and is never reused; `seq` numbers
/// a room's messages 1, 2, 3, ... without gaps, in the order the room received them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Message {
    /// Absent where the room's category keeps no history: the post was delivered, not kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub room: String,
    pub pool: String,
    pub seq: i64,
    pub sender: String,
    /// The server's UTC time of the post (RFC 3339, milliseconds).
    pub posted_at: String,
    pub kind: MessageKind,
    /// A story's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub text: String,
    /// The http(s) links the text holds, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    /// The files the message posted (`GET /v1/rooms/{room}/files/{id}` reads one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<FileRef>,
}

/// A file as a message shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FileRef {
    pub id: i64,
    pub name: String,
    pub size: i64,
    pub content_type: String,
}

/// A file as its upload answers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FileInfo {
    pub id: i64,
    pub room: String,
    pub pool: String,
    pub name: String,
    pub size: i64,
    pub content_type: String,
    /// The content's SHA-256 (hex), which also names it in the file store.
    pub sha256: String,
    pub sender: String,
    pub uploaded_at: String,
}

/// `POST /v1/rooms/{name}/files?name=...`: the body is the file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UploadQuery {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
}

/// The longest file name, in characters.
pub const MAX_FILE_NAME_CHARS: usize = 255;
/// The most files one message refers to.
pub const MAX_FILES_PER_MESSAGE: usize = 10;

/// `POST /v1/rooms/{name}/messages`: a message, or with a title a story.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "NewPost")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct NewPost {
    pub text: String,
    /// Makes the post a story with this title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Files uploaded into the room (their ids) that the message posts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<i64>,
}

super::strict::objects_only!(NewPost);

/// The query of a history page: newest first, `limit` messages, from a cursor (either
/// direction) or between two times.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    /// A `next_cursor` (older messages) or `prev_cursor` (newer) of an earlier page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Only messages posted at or after this time (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// Only messages posted at or before this time (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

/// A page of history, newest first. `next_cursor` leads to older messages, `prev_cursor`
/// to newer ones; either is absent when there is nothing more that way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct HistoryPage {
    pub items: Vec<Message>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev_cursor: Option<String>,
    /// False where the room's category keeps no history: nothing is kept for users.
    pub history_kept: bool,
}

/// `GET /v1/chat/rooms` and `GET /v1/chat/invitations`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChatRoomQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    /// Only the rooms the caller has joined (true) or not joined (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined: Option<bool>,
    /// Name glob (`*`, `?`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

/// `GET /v1/messages/search`: messages holding every word of `q`, newest first, in the
/// rooms the caller may read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchQuery {
    pub q: String,
    /// Only this room (`pool` where the name is in several).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    /// Only messages from this user (`sip:...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

/// `GET /v1/rooms/{name}/activity`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RoomActivity {
    pub room: String,
    pub pool: String,
    /// Messages the room holds now (removed and cleared ones gone).
    pub messages: i64,
    /// The number the room's last post took (0: none yet).
    pub last_seq: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message_at: Option<String>,
}

/// The text a replaced message shows unless the administrator gives another.
pub const DEFAULT_REPLACEMENT: &str = "This message was removed by an administrator.";

/// How the keywords of a removal select messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchClause {
    /// Every keyword is in the text.
    #[default]
    All,
    /// At least one keyword is.
    Any,
    /// The keywords are, as one phrase, in order.
    Exact,
}

/// `POST /v1/rooms/{name}/messages/remove` (administrators): which messages of the room go
/// (or have their text replaced). At least one of `from`, `since`, `until`, `keywords`:
/// an empty selection is refused, never read as "everything".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "RemoveMessages")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct RemoveMessages {
    /// Only messages from this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// Space-separated keywords, matched in the title and text as `match` says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    #[serde(default, rename = "match")]
    pub match_clause: MatchClause,
    #[serde(default)]
    pub case_sensitive: bool,
    /// Delete the messages outright; otherwise their text is replaced.
    #[serde(default)]
    pub remove: bool,
    /// The text replaced messages show (default [`DEFAULT_REPLACEMENT`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,
    /// Say what would change, change nothing.
    #[serde(default)]
    pub dry_run: bool,
}

/// `POST /v1/rooms/{name}/clear` (administrators): every message posted on or before
/// `through` goes; the room, its settings and its members stay.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "ClearRoom")]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct ClearRoom {
    pub through: String,
    #[serde(default)]
    pub dry_run: bool,
}

super::strict::objects_only!(RemoveMessages, ClearRoom);

/// What a removal, replacement or clear changed (or, dry, would change).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ContentChanged {
    pub room: String,
    pub pool: String,
    /// `removed`, `replaced` or `cleared`.
    pub action: String,
    pub dry_run: bool,
    pub messages: u64,
    /// The sequence numbers of the messages (removals and replacements).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seqs: Vec<i64>,
}

/// An entry of `GET /v1/audit`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct AuditRecord {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub detail: serde_json::Value,
}

/// The longest search, in characters, and the most words it may hold.
pub const MAX_SEARCH_CHARS: usize = 256;
pub const MAX_SEARCH_WORDS: usize = 16;

/// The caller's place in a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChatRole {
    Manager,
    Presenter,
    Member,
    /// In the category's scope, not listed by the room (an open room's readers).
    Visitor,
    /// An administrator, reading any room.
    Administrator,
}

impl ChatRole {
    pub fn as_str(self) -> &'static str {
        match self {
            ChatRole::Manager => "manager",
            ChatRole::Presenter => "presenter",
            ChatRole::Member => "member",
            ChatRole::Visitor => "visitor",
            ChatRole::Administrator => "administrator",
        }
    }
}

/// A room as its user sees it in chat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ChatRoom {
    pub name: String,
    pub pool: String,
    pub category: String,
    pub description: String,
    #[serde(rename = "type")]
    pub room_type: super::RoomType,
    pub privacy: super::Privacy,
    pub role: ChatRole,
    /// Whether the caller may read the room's history (and join it).
    pub may_read: bool,
    /// Whether a post by the caller would be accepted.
    pub may_post: bool,
    pub joined: bool,
    /// Whether the room's category keeps history.
    pub history_kept: bool,
    /// The servers of the room's pool a client connects to (`HOST:PORT`, the active ones
    /// of the published topology; none published: none listed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub servers: Vec<String>,
}

/// The answer of a join: the room, and its last messages (the effective
/// `default_chat_history` of them), newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Joined {
    pub room: ChatRoom,
    pub history: Vec<Message>,
}

/// One event of a live stream (`GET /v1/chat/events`, Server-Sent Events): its SSE
/// `event:` name is `type`, its `id:` what `Last-Event-ID` gives back on a reconnect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ChatEvent {
    /// A message or a story was posted.
    Message { message: Message },
    /// Someone joined a room (sent while the room has at most `participant_update_limit`
    /// people in it).
    Joined { room: String, pool: String, user: String },
    /// Someone left a room (as `joined`).
    Left { room: String, pool: String, user: String },
    /// The room's settings or lists changed.
    RoomChanged { room: String, pool: String },
    /// The room left this stream: `disabled`, `deleted`, or `no_access` (the caller may no
    /// longer read it).
    RoomClosed { room: String, pool: String, reason: String },
    /// An administrator removed messages (`replacement` absent) or replaced their text.
    Removed {
        room: String,
        pool: String,
        seqs: Vec<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        replacement: Option<String>,
    },
    /// An administrator cleared the room's history through a time.
    Cleared { room: String, pool: String, through: String },
    /// The stream cannot say what was missed since the `Last-Event-ID` given (too old,
    /// from before the server restarted, or never issued): read the history again. The
    /// events that follow are new ones.
    Reload { reason: String },
}

impl ChatEvent {
    /// The SSE `event:` name.
    pub fn name(&self) -> &'static str {
        match self {
            ChatEvent::Message { .. } => "message",
            ChatEvent::Joined { .. } => "joined",
            ChatEvent::Left { .. } => "left",
            ChatEvent::RoomChanged { .. } => "room_changed",
            ChatEvent::RoomClosed { .. } => "room_closed",
            ChatEvent::Removed { .. } => "removed",
            ChatEvent::Cleared { .. } => "cleared",
            ChatEvent::Reload { .. } => "reload",
        }
    }
}

/// `GET /v1/chat/events`: without `room`, the rooms the caller has joined; with it, that
/// one room (which the caller must be able to read).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventsQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
}

/// The http(s) links in a text, in order: a link runs from `http://` or `https://` to the
/// next whitespace, without trailing punctuation that usually ends a sentence.
pub fn links_in(text: &str) -> Vec<String> {
    let mut links = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("http") {
        let candidate = &rest[at..];
        let scheme = if candidate.starts_with("https://") {
            8
        } else if candidate.starts_with("http://") {
            7
        } else {
            rest = &rest[at + 4..];
            continue;
        };
        let end = candidate.find(char::is_whitespace).unwrap_or(candidate.len());
        let link = candidate[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'', '>']);
        if link.len() > scheme {
            links.push(link.to_string());
        }
        rest = &candidate[end..];
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_found_where_they_are_and_nowhere_else() {
        assert_eq!(
            links_in("see https://wiki.example/x?a=1, then (http://b.example/y). httpx://no https:// http"),
            vec!["https://wiki.example/x?a=1", "http://b.example/y"]
        );
        assert!(links_in("no links here, not even httpish words").is_empty());
        assert_eq!(links_in("élan https://é.example/ü"), vec!["https://é.example/ü"]);
    }

    #[test]
    fn a_post_is_an_object_with_known_fields_only() {
        assert!(serde_json::from_str::<NewPost>(r#"{"text":"hi"}"#).is_ok());
        assert!(serde_json::from_str::<NewPost>(r#"["hi"]"#).is_err());
        assert!(serde_json::from_str::<NewPost>(r#"{"text":"hi","sender":"sip:x@y"}"#).is_err());
    }
}
