use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct MigrationArgs {
    #[command(subcommand)]
    pub command: MigrationCommand,
}

#[derive(Debug, Subcommand)]
pub enum MigrationCommand {
    /// Export a scope with its history into an archive (docs/archive.md), read from one
    /// snapshot of the server while it keeps serving
    ///
    /// The scope: --all, or any of --pool, --category and --room (each may be repeated; a
    /// name is NAME or POOL/NAME). The categories and add-ins the rooms use, the users and
    /// groups they name and every sender of their messages come with them. The archive is
    /// written as it arrives (memory stays flat); on any failure nothing of it is left.
    Export {
        /// Everything: every pool, category and room, policies and chat configuration
        #[arg(long, conflicts_with_all = ["pools", "categories", "rooms"])]
        all: bool,
        /// Every category and room of this pool
        #[arg(long = "pool", value_name = "POOL")]
        pools: Vec<String>,
        /// This category and its rooms (NAME or POOL/NAME)
        #[arg(long = "category", value_name = "NAME")]
        categories: Vec<String>,
        /// This room (NAME or POOL/NAME)
        #[arg(long = "room", value_name = "NAME")]
        rooms: Vec<String>,
        /// Definitions only: no messages and no files
        #[arg(long)]
        definitions_only: bool,
        /// Messages posted at or after this time only (RFC 3339, or a date: 2026-01-31)
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// The archive to write: a .pchat file, or a directory (new or empty)
        #[arg(long, value_name = "PATH")]
        out: std::path::PathBuf,
    },
    /// Import an archive: checked whole first, then applied by a job on the server
    ///
    /// Definitions go through the changeset path (the server's every rule), messages through
    /// the store's bulk path with their ids (where free) and numbers. Objects that exist are
    /// refused unless --on-conflict says what to do (docs/migration.md). Run again after a
    /// failure, a cancel or a crash, the same import goes on where it stopped.
    Import {
        /// The archive: a .pchat file, or a directory
        archive: std::path::PathBuf,
        /// Check the archive and the server's validation, print what would be done, change
        /// nothing
        #[arg(long)]
        dry_run: bool,
        /// What to do with a category or room the server has already: skip it (its messages
        /// too), rename the imported one (NAME-imported), or merge (its messages after the
        /// room's own)
        #[arg(long, value_enum, value_name = "HOW")]
        on_conflict: Option<ConflictArg>,
        /// Put every category, room and add-in into this pool
        #[arg(long, value_name = "POOL")]
        pool: Option<String>,
        /// Put every room into this existing category (the archive's categories are not
        /// created)
        #[arg(long, value_name = "NAME")]
        category: Option<String>,
        /// Only this room (NAME or POOL/NAME; repeatable) and what it needs: its category,
        /// add-in, entries, and the groups and users they name (a room restored from a full
        /// archive)
        #[arg(long = "room", value_name = "NAME")]
        rooms: Vec<String>,
        /// Import an archive exported from this very server (with --on-conflict rename)
        #[arg(long)]
        allow_same_store: bool,
        /// Follow the job until it ends (the default on a terminal)
        #[arg(long, overrides_with = "no_wait")]
        wait: bool,
        /// Print the job and return at once
        #[arg(long)]
        no_wait: bool,
    },
    /// Check an archive offline (docs/archive.md): manifest, every checksum, the references
    /// between members and the counts; prints what it holds, and every problem with its
    /// member and line (exit 2)
    Verify {
        /// The archive: a directory, or a .pchat file
        archive: std::path::PathBuf,
    },
    /// Turn a Slack workspace export (the zip) into an archive: channels as rooms (private
    /// ones closed), users, memberships, messages with thread replies in order and Slack
    /// markup as plain text with links; counts what it leaves out (direct messages,
    /// reactions, files, channel events)
    FromSlack {
        /// The export (.zip, as Slack's workspace export writes it)
        source: std::path::PathBuf,
        #[command(flatten)]
        to: ConvertTo,
        /// The category the rooms go to
        #[arg(long, default_value = "slack", value_name = "NAME")]
        category: String,
    },
    /// Turn a Mattermost bulk export (JSON Lines, or the zip of `mmctl export`) into an
    /// archive: teams as categories, channels as rooms, users and their memberships, posts
    /// with their replies; counts what it leaves out
    FromMattermost {
        /// The bulk file (.jsonl, or a .zip holding one)
        source: std::path::PathBuf,
        #[command(flatten)]
        to: ConvertTo,
    },
    /// Turn the XML Conversations files of the old system's compliance adapter into an
    /// archive (rooms, senders, messages with their times); counts what it leaves out
    FromLyncCompliance {
        /// A compliance file, or a directory of them (*.xml, read in name order)
        source: std::path::PathBuf,
        #[command(flatten)]
        to: ConvertTo,
        /// The category of rooms whose channel names none
        #[arg(long, default_value = "imported", value_name = "NAME")]
        category: String,
    },
}

/// Where an importer writes its archive, and where what it imports goes.
#[derive(Debug, Args)]
pub struct ConvertTo {
    /// The archive to write: a directory, or a .pchat file
    #[arg(long, value_name = "PATH")]
    pub out: std::path::PathBuf,
    /// The pool the rooms go to
    #[arg(long, default_value = "default", value_name = "POOL")]
    pub pool: String,
    /// The site of users the source gives none (a site of the topology, where one is
    /// published)
    #[arg(long, default_value = "default", value_name = "SITE")]
    pub site: String,
}

/// `--on-conflict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ConflictArg {
    Skip,
    Rename,
    Merge,
}

impl MigrationCommand {
    /// Commands that work on files alone, without a server.
    pub fn offline(&self) -> bool {
        !matches!(self, MigrationCommand::Export { .. } | MigrationCommand::Import { .. })
    }
}
