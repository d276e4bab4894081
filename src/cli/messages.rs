use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct MessagesArgs {
    #[command(subcommand)]
    pub command: MessagesCommand,
}

/// Which room: its name, and its pool where the name is in several.
#[derive(Debug, Clone, Args)]
pub struct RoomRef {
    /// The room's name
    pub room: String,
    /// The room's pool, where several pools have a room of that name
    #[arg(long)]
    pub pool: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MatchArg {
    All,
    Any,
    Exact,
}

#[derive(Debug, Subcommand)]
pub enum MessagesCommand {
    /// Post a message (or with --story, a story) into a room, as the token's user
    Post {
        #[command(flatten)]
        room: RoomRef,
        /// The text; - reads it from stdin
        text: String,
        /// Post a story with this title; the text is its body
        #[arg(long, value_name = "TITLE")]
        story: Option<String>,
        /// Post this file with the message (uploaded first; repeat for several)
        #[arg(long = "file", value_name = "PATH")]
        files: Vec<std::path::PathBuf>,
    },
    /// A room's history, newest first
    History {
        #[command(flatten)]
        room: RoomRef,
        /// How many messages at most (the newest of them)
        #[arg(long, default_value_t = 50, value_name = "N")]
        limit: usize,
        /// Only messages posted at or after this time: RFC 3339 (2026-12-01T09:00:00Z), a
        /// date (2026-12-01), or a duration ago (90m, 2h, 7d)
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Only messages posted at or before this time (as --since)
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
    },
    /// Search the messages of the rooms the token's user may read, newest first
    Search {
        /// The words to find: a message must hold all of them
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
        /// Only this room
        #[arg(long)]
        room: Option<String>,
        /// The room's pool, where several pools have a room of that name
        #[arg(long, requires = "room")]
        pool: Option<String>,
        /// Only messages from this user
        #[arg(long, value_name = "SIP", value_parser = super::principal_arg)]
        from: Option<String>,
        /// Only messages posted at or after this time (as history --since)
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Only messages posted at or before this time
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
        /// How many messages at most
        #[arg(long, default_value_t = 50, value_name = "N")]
        limit: usize,
    },
    /// Follow rooms live: print each message as it is posted, resuming after a dropped
    /// connection (and reading what was missed from the history)
    Tail {
        /// The rooms to follow
        #[arg(required = true, num_args = 1..)]
        rooms: Vec<String>,
        /// The rooms' pool, where several pools have rooms of those names
        #[arg(long)]
        pool: Option<String>,
        /// Stop after this many messages
        #[arg(long, value_name = "N")]
        count: Option<u64>,
    },
    /// Remove messages of a room, or replace their text (administrators): a selection by
    /// sender, dates and keywords; shows what it would change and asks first
    Remove {
        #[command(flatten)]
        room: RoomRef,
        /// Only messages from this user
        #[arg(long, value_name = "SIP", value_parser = super::principal_arg)]
        from: Option<String>,
        /// Only messages posted at or after this time (as history --since)
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Only messages posted at or before this time
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
        /// Space-separated keywords the title or text must hold
        #[arg(long, value_name = "WORDS")]
        keywords: Option<String>,
        /// all: every keyword; any: one of them; exact: the keywords as one phrase
        #[arg(long = "match", value_enum, default_value_t = MatchArg::All)]
        match_clause: MatchArg,
        /// Match keywords with their case (by default case is ignored)
        #[arg(long)]
        case_sensitive: bool,
        /// Delete the messages outright instead of replacing their text
        #[arg(long, conflicts_with = "replacement")]
        delete: bool,
        /// The text replaced messages show (default: "This message was removed by an
        /// administrator.")
        #[arg(long, value_name = "TEXT")]
        replacement: Option<String>,
        /// Show what would change, change nothing
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        confirm: super::Confirm,
    },
    /// Download a file posted into a room
    Download {
        #[command(flatten)]
        room: RoomRef,
        /// The file's id, as the message shows it
        id: i64,
        /// Write it here instead of stdout
        #[arg(long, value_name = "PATH")]
        out: Option<std::path::PathBuf>,
    },
    /// The rooms the token's user may chat in, with their role and whether they may post
    Rooms {
        /// Only the rooms of this pool
        #[arg(long)]
        pool: Option<String>,
        /// Only the rooms joined
        #[arg(long)]
        joined: bool,
    },
    /// Join a room, and print its last messages (the default chat history)
    Join {
        #[command(flatten)]
        room: RoomRef,
    },
    /// Leave a room
    Leave {
        #[command(flatten)]
        room: RoomRef,
    },
    /// Rooms that invite the token's user (invitations on, listed, not joined)
    Invitations,
}
