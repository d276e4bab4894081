use clap::{Args, Subcommand};

use super::api_enum;
use super::{principal_arg, Confirm, ExportTo};
use crate::api::{Privacy, RoomInvitations, RoomRole, RoomType};

#[derive(Debug, Args)]
pub struct RoomsArgs {
    #[command(subcommand)]
    pub command: RoomsCommand,
}

#[derive(Debug, Subcommand)]
pub enum RoomsCommand {
    /// List rooms
    #[command(alias = "ls")]
    List(RoomFilters),
    /// Show one room
    Show {
        /// The room's name
        name: String,
        /// The pool, when the name exists in several
        #[arg(long)]
        pool: Option<String>,
    },
    /// Create a room
    Create {
        /// The room's name, unique in its pool (at most 256 characters)
        name: String,
        /// The category the room belongs to
        #[arg(long)]
        category: String,
        #[command(flatten)]
        fields: RoomFields,
    },
    /// Change a room; list flags replace their lists
    Set {
        /// The room's name
        name: String,
        /// Move the room to another category (members outside its scope are dropped)
        #[arg(long)]
        category: Option<String>,
        /// Rename the room
        #[arg(long, value_name = "NAME")]
        rename: Option<String>,
        #[command(flatten)]
        fields: RoomFields,
        /// Remove the add-in
        #[arg(long, conflicts_with = "addin")]
        no_addin: bool,
        /// Refuse unless the room is still at this revision
        #[arg(long, value_name = "N")]
        if_revision: Option<i64>,
    },
    /// Delete a room and its history
    #[command(alias = "rm")]
    Delete {
        /// The room's name
        name: String,
        /// The pool, when the name exists in several
        #[arg(long)]
        pool: Option<String>,
        /// Delete it even if it holds messages (its history goes with it); --yes also does,
        /// with a warning
        #[arg(long)]
        allow_destroy: bool,
        #[command(flatten)]
        confirm: Confirm,
    },
    /// Disable a room: members are disconnected, nothing is lost
    Disable {
        /// The room's name
        name: String,
        /// The pool, when the name exists in several
        #[arg(long)]
        pool: Option<String>,
    },
    /// Enable a disabled room
    Enable {
        /// The room's name
        name: String,
        /// The pool, when the name exists in several
        #[arg(long)]
        pool: Option<String>,
    },
    /// Members, managers and presenters
    #[command(subcommand, alias = "member")]
    Members(MembersCommand),
    /// Write rooms as plan documents (kind Room), for `pchat apply`
    ///
    /// Export, edit, apply: `pchat plan -f` on a fresh export prints `No changes.`. Fields
    /// at their defaults are left out and the pchat.io/managed-by label is dropped. Rooms
    /// come in name order. The add-ins and categories they use are exported by `pchat
    /// categories export`. With -o json the documents are printed as one JSON array.
    ///
    /// With --with-history, one room is exported instead as an archive with its messages and
    /// files (`pchat migration export --room ROOM`), into the .pchat file or directory --out
    /// names.
    Export {
        /// The room to export with its history (with --with-history)
        #[arg(requires = "with_history")]
        room: Option<String>,
        /// Export ROOM as an archive with its history into --out
        #[arg(long, requires_all = ["room", "out"])]
        with_history: bool,
        #[command(flatten)]
        filters: RoomFilters,
        #[command(flatten)]
        to: ExportTo,
    },
    /// Create or update rooms from a CSV room list, through the same plan as `pchat apply`
    ///
    /// The header row names the columns, in any order: name and category (required),
    /// privacy, type, description, members, managers, presenters, invitations, disabled,
    /// addin. Lists separate principals with ';'. Empty cells and missing columns take the
    /// defaults (closed, normal, inherit, no members); each row describes the whole room, so
    /// an add-in or labels it does not give are removed. The plan is shown first (-o json:
    /// as data); errors name FILE:LINE:COLUMN and the column, and change nothing. Rooms not
    /// in the file are left alone.
    Import(RoomImportArgs),
    /// Remove every message posted on or before a time; the room, its settings and its
    /// members stay (administrators; shows what it would remove and asks first)
    Clear {
        /// The room's name
        name: String,
        /// The pool, when the name exists in several
        #[arg(long)]
        pool: Option<String>,
        /// Remove what was posted on or before this time: RFC 3339, a date (its midnight
        /// UTC) or a duration ago (30d); never in the future
        #[arg(long, value_name = "TIME")]
        before: String,
        /// Show what would be removed, remove nothing
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        confirm: Confirm,
    },
}

#[derive(Debug, Clone, Args)]
pub struct RoomImportArgs {
    /// The CSV room list
    #[arg(short = 'f', long = "file", value_name = "CSV")]
    pub file: std::path::PathBuf,
    /// Do not ask for confirmation
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// Stop after the server has validated the plan; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Allow replacing rooms whose category now lives in another pool (their history is lost)
    #[arg(long)]
    pub allow_destroy: bool,
}

#[derive(Debug, Clone, Default, Args)]
pub struct RoomFilters {
    /// Rooms of this category
    #[arg(long)]
    pub category: Option<String>,
    /// Rooms in this pool
    #[arg(long)]
    pub pool: Option<String>,
    /// Rooms with this privacy
    #[arg(long, value_parser = api_enum::<Privacy>())]
    pub privacy: Option<Privacy>,
    /// Rooms of this type
    #[arg(long = "type", value_parser = api_enum::<RoomType>())]
    pub room_type: Option<RoomType>,
    /// Only disabled (true) or enabled (false) rooms
    #[arg(long, value_name = "BOOL")]
    pub disabled: Option<bool>,
    /// Rooms that list this principal as a member
    #[arg(long, value_name = "PRINCIPAL", value_parser = principal_arg)]
    pub member: Option<String>,
    /// Rooms that list this principal as a manager
    #[arg(long, value_name = "PRINCIPAL", value_parser = principal_arg)]
    pub manager: Option<String>,
    /// Rooms that use this add-in
    #[arg(long)]
    pub addin: Option<String>,
    /// Names matching this glob (* and ?)
    #[arg(long, value_name = "GLOB")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct RoomFields {
    /// The pool, when the name exists in several
    #[arg(long)]
    pub pool: Option<String>,
    /// open, closed or secret (default closed)
    #[arg(long, value_parser = api_enum::<Privacy>())]
    pub privacy: Option<Privacy>,
    /// normal (the default), or auditorium (only presenters post)
    #[arg(long = "type", value_parser = api_enum::<RoomType>())]
    pub room_type: Option<RoomType>,
    /// What the room is about, at most 256 characters
    #[arg(long)]
    pub description: Option<String>,
    /// Invitations: inherit (from the category) or false
    #[arg(long, value_parser = api_enum::<RoomInvitations>())]
    pub invitations: Option<RoomInvitations>,
    /// A member: sip:USER, group:NAME or ou:PATH (repeatable)
    #[arg(long = "member", value_name = "PRINCIPAL", value_parser = principal_arg)]
    pub members: Vec<String>,
    /// A manager (repeatable)
    #[arg(long = "manager", value_name = "PRINCIPAL", value_parser = principal_arg)]
    pub managers: Vec<String>,
    /// A presenter, auditorium rooms only (repeatable)
    #[arg(long = "presenter", value_name = "PRINCIPAL", value_parser = principal_arg)]
    pub presenters: Vec<String>,
    /// The add-in shown beside the room
    #[arg(long)]
    pub addin: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum MembersCommand {
    /// List a room's members, managers and presenters
    #[command(alias = "ls")]
    List {
        /// The room's name
        room: String,
        /// The pool, when the name exists in several
        #[arg(long)]
        pool: Option<String>,
    },
    /// Add principals in one role
    Add(MemberArgs),
    /// Remove principals from one role
    #[command(alias = "rm")]
    Remove(MemberArgs),
}

#[derive(Debug, Args)]
pub struct MemberArgs {
    /// The room's name
    pub room: String,
    /// sip:USER, group:NAME or ou:PATH
    #[arg(required = true, value_parser = principal_arg)]
    pub principals: Vec<String>,
    /// The role: member, manager or presenter (default member)
    #[arg(long, value_parser = api_enum::<RoomRole>(), default_value_t = RoomRole::Member)]
    pub role: RoomRole,
    /// The pool, when the name exists in several
    #[arg(long)]
    pub pool: Option<String>,
}
