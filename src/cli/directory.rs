use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{principal_arg, Confirm, ExportTo};

#[derive(Debug, Args)]
pub struct DirectoryArgs {
    #[command(subcommand)]
    pub command: DirectoryCommand,
}

#[derive(Debug, Subcommand)]
pub enum DirectoryCommand {
    /// Users (SIP URI, display name, OU, site)
    #[command(subcommand, alias = "user")]
    Users(UsersCommand),
    /// Groups of users, groups and OUs
    #[command(subcommand, alias = "group")]
    Groups(GroupsCommand),
    /// Create or update users and groups from CSV files, in one transaction
    Import {
        /// Users CSV: sip,display_name,ou,site[,enabled] with a header row
        #[arg(long, value_name = "FILE")]
        users: Option<PathBuf>,
        /// Groups CSV: name,members (members separated by ';') with a header row
        #[arg(long, value_name = "FILE")]
        groups: Option<PathBuf>,
        /// Validate only; change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Write users and groups as plan documents (kinds User and Group)
    ///
    /// Users in SIP order, groups by name but after the groups they contain (apply creates
    /// them in that order). Defaults and the pchat.io/managed-by label are left out. Tag
    /// policy grants are exported by `pchat policies export`. With -o json the documents
    /// are printed as one JSON array.
    Export {
        #[command(flatten)]
        to: ExportTo,
    },
}

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// List users
    #[command(alias = "ls")]
    List {
        /// Only SIP URIs matching this glob
        #[arg(long, value_name = "GLOB")]
        name: Option<String>,
    },
    /// Show one user
    Show {
        /// The user's SIP URI, sip:NAME@DOMAIN
        sip: String,
    },
    /// Create a user
    Create {
        /// sip:NAME@DOMAIN
        sip: String,
        #[command(flatten)]
        fields: UserFields,
    },
    /// Change a user
    Set {
        /// The user's SIP URI, sip:NAME@DOMAIN
        sip: String,
        #[command(flatten)]
        fields: UserFields,
        /// Refuse unless the user is still at this revision
        #[arg(long, value_name = "N")]
        if_revision: Option<i64>,
    },
    /// Delete a user
    #[command(alias = "rm")]
    Delete {
        /// The user's SIP URI, sip:NAME@DOMAIN
        sip: String,
        #[command(flatten)]
        confirm: Confirm,
    },
}

#[derive(Debug, Clone, Args)]
pub struct UserFields {
    /// The name people see, at most 256 characters
    #[arg(long)]
    pub display_name: Option<String>,
    /// Organisational unit path, e.g. contoso/eng
    #[arg(long)]
    pub ou: Option<String>,
    /// The user's site, a name like redmond
    #[arg(long)]
    pub site: Option<String>,
    /// Enable or disable the user
    #[arg(long, value_name = "BOOL")]
    pub enabled: Option<bool>,
}

#[derive(Debug, Subcommand)]
pub enum GroupsCommand {
    /// List groups
    #[command(alias = "ls")]
    List,
    /// Show one group
    Show {
        /// The group's name
        name: String,
    },
    /// Create a group
    Create {
        /// The group's name: letters, digits, '.', '_' or '-'
        name: String,
        /// A member: sip:USER, group:NAME or ou:PATH (repeatable)
        #[arg(long = "member", value_name = "PRINCIPAL", value_parser = principal_arg)]
        members: Vec<String>,
        /// What the group is for, at most 256 characters
        #[arg(long)]
        description: Option<String>,
    },
    /// Change a group; --member replaces the whole member list
    Set {
        /// The group's name
        name: String,
        /// The new member list (repeatable)
        #[arg(long = "member", value_name = "PRINCIPAL", value_parser = principal_arg)]
        members: Vec<String>,
        /// Make the member list empty
        #[arg(long, conflicts_with = "members")]
        no_members: bool,
        /// What the group is for, at most 256 characters
        #[arg(long)]
        description: Option<String>,
        /// Refuse unless the group is still at this revision
        #[arg(long, value_name = "N")]
        if_revision: Option<i64>,
    },
    /// Delete a group
    #[command(alias = "rm")]
    Delete {
        /// The group's name
        name: String,
        #[command(flatten)]
        confirm: Confirm,
    },
}
