use clap::{Args, Subcommand};

use super::Confirm;

#[derive(Debug, Args)]
pub struct AddinsArgs {
    #[command(subcommand)]
    pub command: AddinsCommand,
}

#[derive(Debug, Subcommand)]
pub enum AddinsCommand {
    /// List add-ins
    #[command(alias = "ls")]
    List {
        /// Only add-ins in this pool
        #[arg(long)]
        pool: Option<String>,
    },
    /// Show one add-in
    Show {
        /// The add-in's name
        name: String,
        /// The pool, when the name exists in several
        #[arg(long)]
        pool: Option<String>,
    },
    /// Register an add-in
    Create {
        /// The add-in's name, unique in its pool (at most 50 characters)
        name: String,
        /// http:// or https:// URL
        #[arg(long)]
        url: String,
        /// The pool the add-in lives in (default: default)
        #[arg(long)]
        pool: Option<String>,
    },
    /// Change an add-in
    Set {
        /// The add-in's name
        name: String,
        /// The new http:// or https:// URL
        #[arg(long)]
        url: Option<String>,
        /// Rename the add-in
        #[arg(long, value_name = "NAME")]
        rename: Option<String>,
        /// The pool, when the name exists in several
        #[arg(long)]
        pool: Option<String>,
    },
    /// Delete an add-in no room uses
    #[command(alias = "rm")]
    Delete {
        /// The add-in's name
        name: String,
        /// The pool, when the name exists in several
        #[arg(long)]
        pool: Option<String>,
        #[command(flatten)]
        confirm: Confirm,
    },
}
