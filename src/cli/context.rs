use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct ContextArgs {
    #[command(subcommand)]
    pub command: ContextCommand,
}

/// Contexts live in `$XDG_CONFIG_HOME/pchat/config.yaml` (or the file `PCHAT_CONFIG` names),
/// owner-only. The connection a command uses is taken from flags first, then the
/// environment (PCHAT_SERVER, PCHAT_TOKEN, PCHAT_CA_CERT), then the context.
#[derive(Debug, Subcommand)]
pub enum ContextCommand {
    /// The contexts, the current one marked
    #[command(alias = "ls")]
    List,
    /// The connection a command would use now, and where each setting comes from
    Show {
        /// A context to show instead of the one in use
        name: Option<String>,
    },
    /// Make a context the current one
    Use {
        /// The context
        name: String,
    },
    /// Add a context, or change the settings given of one that exists
    Set {
        /// The context's name (letters, digits, '-', '_', '.')
        name: String,
        /// Its server: http(s)://HOST:PORT, unix:PATH (a node's admin socket) or embedded:PATH
        #[arg(long, value_name = "URL")]
        server: Option<String>,
        /// Read the token from this file at each use (the file stays where it is)
        #[arg(long, value_name = "FILE", conflicts_with_all = ["token_stdin", "no_token"])]
        token_file: Option<std::path::PathBuf>,
        /// Read the token from stdin once and keep it in the config file (owner-only), so it
        /// never appears in the shell's history
        #[arg(long, conflicts_with = "no_token")]
        token_stdin: bool,
        /// Forget the context's token (for unix: and embedded: servers, which need none)
        #[arg(long)]
        no_token: bool,
        /// Trust this certificate authority (PEM) for the context's https:// server
        #[arg(long, value_name = "FILE")]
        ca_cert: Option<std::path::PathBuf>,
        /// The directory sync config `pchat directory sync` uses without --config
        #[arg(long, value_name = "FILE")]
        directory_sync: Option<std::path::PathBuf>,
        /// Make it the current context too
        #[arg(long = "use")]
        make_current: bool,
    },
    /// Remove a context (the config file keeps the others)
    #[command(alias = "rm")]
    Delete {
        /// The context
        name: String,
    },
}
