use clap::{Args, Subcommand};

use super::{principal_arg, Confirm, ExportTo};

#[derive(Debug, Args)]
pub struct CategoriesArgs {
    #[command(subcommand)]
    pub command: CategoriesCommand,
}

#[derive(Debug, Subcommand)]
pub enum CategoriesCommand {
    /// List categories
    #[command(alias = "ls")]
    List {
        /// Only categories in this pool
        #[arg(long)]
        pool: Option<String>,
        /// Only names matching this glob
        #[arg(long, value_name = "GLOB")]
        name: Option<String>,
    },
    /// Show one category
    Show {
        /// The category's name
        name: String,
        /// The pool, when the name exists in several
        #[arg(long)]
        pool: Option<String>,
    },
    /// Create a category
    Create {
        /// The category's name, unique in its pool (at most 256 characters)
        name: String,
        #[command(flatten)]
        fields: CategoryFields,
    },
    /// Change a category; list flags replace their lists. Room members outside a narrowed
    /// scope are dropped and listed.
    Set {
        /// The category's name
        name: String,
        /// Rename the category
        #[arg(long, value_name = "NAME")]
        rename: Option<String>,
        #[command(flatten)]
        fields: CategoryFields,
        /// Make the denied list empty
        #[arg(long, conflicts_with = "deny")]
        no_deny: bool,
        /// Make the creators list empty (only administrators create rooms then)
        #[arg(long, conflicts_with = "creators")]
        no_creators: bool,
        /// Refuse unless the category is still at this revision
        #[arg(long, value_name = "N")]
        if_revision: Option<i64>,
    },
    /// Delete an empty category
    #[command(alias = "rm")]
    Delete {
        /// The category's name
        name: String,
        /// The pool, when the name exists in several
        #[arg(long)]
        pool: Option<String>,
        #[command(flatten)]
        confirm: Confirm,
    },
    /// Write categories and add-ins as plan documents (kinds Category and Addin)
    ///
    /// Add-ins come along because rooms name them: with `directory export` and `rooms
    /// export` this is everything an empty server needs to hold the same rooms. Names in
    /// order; defaults and the pchat.io/managed-by label are left out. With -o json the
    /// documents are printed as one JSON array.
    Export {
        /// Only this pool (categories and add-ins)
        #[arg(long)]
        pool: Option<String>,
        /// Only categories whose names match this glob (add-ins are all exported)
        #[arg(long, value_name = "GLOB")]
        name: Option<String>,
        #[command(flatten)]
        to: ExportTo,
    },
}

#[derive(Debug, Clone, Args)]
pub struct CategoryFields {
    /// Who may be in the category's rooms: sip:USER, group:NAME or ou:PATH (repeatable)
    #[arg(long = "allow", value_name = "PRINCIPAL", value_parser = principal_arg)]
    pub allow: Vec<String>,
    /// Who may not, even when allowed (repeatable)
    #[arg(long = "deny", value_name = "PRINCIPAL", value_parser = principal_arg)]
    pub deny: Vec<String>,
    /// Who may create rooms in the category (repeatable)
    #[arg(long = "creator", value_name = "PRINCIPAL", value_parser = principal_arg)]
    pub creators: Vec<String>,
    /// The pool the category lives in (default: default)
    #[arg(long)]
    pub pool: Option<String>,
    /// What the category is for, at most 256 characters
    #[arg(long)]
    pub description: Option<String>,
    /// Allow file uploads in its rooms
    #[arg(long, overrides_with = "no_file_upload")]
    pub file_upload: bool,
    #[arg(long, hide = true)]
    pub no_file_upload: bool,
    /// Allow invitations
    #[arg(long, overrides_with = "no_invitations")]
    pub invitations: bool,
    #[arg(long, hide = true)]
    pub no_invitations: bool,
    /// Keep no chat history (compliance still records everything)
    #[arg(long, overrides_with = "chat_history")]
    pub no_chat_history: bool,
    #[arg(long, hide = true)]
    pub chat_history: bool,
}
