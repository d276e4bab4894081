use clap::{Args, Subcommand};

use super::ExportTo;

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// The effective settings at a scope, and where each comes from
    Show {
        /// global, site:NAME or pool:NAME (a pool falls back to its site, a site to global)
        #[arg(long, default_value = "global")]
        scope: String,
        /// With a pool scope: the site the pool stands in, whose values come next
        #[arg(long, value_name = "NAME")]
        site: Option<String>,
    },
    /// Set values at a scope
    Set {
        /// global, site:NAME or pool:NAME
        #[arg(long, default_value = "global")]
        scope: String,
        /// Messages sent on first join (1-500)
        #[arg(long, value_name = "N")]
        default_chat_history: Option<i64>,
        /// Largest file in KB (1-2097152)
        #[arg(long, value_name = "N")]
        max_file_size_kb: Option<i64>,
        /// Above this many participants roster updates stop (1-16000)
        #[arg(long, value_name = "N")]
        participant_update_limit: Option<i64>,
        /// Custom room management URL ("" unsets it)
        #[arg(long, value_name = "URL")]
        room_management_url: Option<String>,
    },
    /// Remove a scope's values (global: back to the defaults)
    Reset {
        /// global, site:NAME or pool:NAME
        #[arg(long)]
        scope: String,
        #[command(flatten)]
        confirm: super::Confirm,
    },
    /// Write the scopes that set anything as plan documents (kind ChatConfig)
    ///
    /// One document per scope, named after it; only the values set at that scope. With -o
    /// json the documents are printed as one JSON array.
    Export {
        #[command(flatten)]
        to: ExportTo,
    },
}
