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
    /// Make pchat's users and groups match an LDAP directory (Active Directory or OpenLDAP)
    ///
    /// Reads the directory (paged searches under --base), shows the changes as a plan (+ ~ -
    /// per user and group, and the room entries a change would drop) and applies them in one
    /// transaction once confirmed. Settings come from --config FILE, with flags over it.
    /// Entries that cannot be carried over are reported with their DN and counted, never
    /// dropped silently. docs/directory.md has the mapping and a runbook for Active Directory.
    Sync(Box<SyncArgs>),
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

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SyncArgs {
    #[command(subcommand)]
    pub command: Option<SyncCommand>,
    #[command(flatten)]
    pub source: SyncSource,
    /// Do not ask for confirmation
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// Show the plan and have the server validate it; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Exit 0 when there was nothing to change, 3 when there was (applied, or not with
    /// --dry-run)
    #[arg(long)]
    pub detailed_exitcode: bool,
    /// Also delete the users and groups an earlier sync made that left the directory
    /// (never those made by hand or by plans)
    #[arg(long)]
    pub prune: bool,
}

#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// The server's scheduled syncs (pchat server --directory-sync): the last runs, their
    /// counts and errors
    Status {
        /// How many runs to show, newest first
        #[arg(long, value_name = "N", default_value_t = 10)]
        limit: u32,
    },
}

/// Where the directory is and how its entries map; each flag overrides --config's key of
/// the same name.
#[derive(Debug, Clone, Default, Args)]
pub struct SyncSource {
    /// A YAML file of these settings (keys as the flags: ldap, bind-dn, base, ...)
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The directory: ldaps://HOST[:PORT], or ldap://HOST[:PORT] with StartTLS
    #[arg(long, value_name = "URL")]
    pub ldap: Option<String>,
    /// The DN to bind as (none: an anonymous bind)
    #[arg(long, value_name = "DN")]
    pub bind_dn: Option<String>,
    /// A file whose first line is the bind password
    #[arg(long, value_name = "FILE", conflicts_with = "password_stdin")]
    pub password_file: Option<PathBuf>,
    /// Read the bind password from standard input's first line
    #[arg(long)]
    pub password_stdin: bool,
    /// The subtree to sync, e.g. DC=contoso,DC=com
    #[arg(long, value_name = "DN")]
    pub base: Option<String>,
    /// Whose conventions the defaults follow [default: active-directory]
    #[arg(long, value_enum)]
    pub profile: Option<SyncProfile>,
    /// The LDAP filter that selects users (default per profile)
    #[arg(long, value_name = "FILTER")]
    pub user_filter: Option<String>,
    /// The LDAP filter that selects groups (default per profile)
    #[arg(long, value_name = "FILTER")]
    pub group_filter: Option<String>,
    /// An attribute holding the SIP URI, tried before msRTCSIP-PrimaryUserAddress, mail and
    /// userPrincipalName
    #[arg(long, value_name = "ATTR")]
    pub sip_attribute: Option<String>,
    /// The attribute holding a user's site
    #[arg(long, value_name = "ATTR")]
    pub site_attribute: Option<String>,
    /// The site of users without the site attribute
    #[arg(long, value_name = "NAME")]
    pub default_site: Option<String>,
    /// A boolean attribute saying whether a user is enabled (default: userAccountControl on
    /// Active Directory, every user enabled on OpenLDAP)
    #[arg(long, value_name = "ATTR")]
    pub enabled_attribute: Option<String>,
    /// A certificate authority (PEM) to trust for the directory's TLS, beside the system's
    #[arg(long, value_name = "FILE")]
    pub ldap_ca_cert: Option<PathBuf>,
    /// Plain ldap:// without StartTLS (only for a directory on this machine's loopback)
    #[arg(long)]
    pub no_tls: bool,
    /// Entries per page of the paged searches [default: 500]
    #[arg(long, value_name = "N")]
    pub page_size: Option<u16>,
    /// The most users and groups one --prune may delete; more refuses the whole run
    /// [default: 500]
    #[arg(long, value_name = "N")]
    pub max_prune: Option<usize>,
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

/// Which directory's conventions a sync's defaults follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum SyncProfile {
    /// Active Directory: `user` and `group` objects, `userAccountControl`,
    /// `msRTCSIP-PrimaryUserAddress`, `sAMAccountName`
    #[default]
    ActiveDirectory,
    /// OpenLDAP and most others: `inetOrgPerson`, `groupOfNames`, `mail`
    Openldap,
}
