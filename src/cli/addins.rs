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
        #[arg(long)]
        pool: Option<String>,
    },
    /// Show one add-in
    Show {
        name: String,
        #[arg(long)]
        pool: Option<String>,
    },
    /// Register an add-in
    Create {
        name: String,
        /// http:// or https:// URL
        #[arg(long)]
        url: String,
        #[arg(long)]
        pool: Option<String>,
    },
    /// Change an add-in
    Set {
        name: String,
        #[arg(long)]
        url: Option<String>,
        #[arg(long, value_name = "NAME")]
        rename: Option<String>,
        #[arg(long)]
        pool: Option<String>,
    },
    /// Delete an add-in no room uses
    #[command(alias = "rm")]
    Delete {
        name: String,
        #[arg(long)]
        pool: Option<String>,
        #[command(flatten)]
        confirm: Confirm,
    },
}
