use clap::{Args, Subcommand};

use super::api_enum;
use crate::api::Role;

/// `pchat server` and its subcommands: their help shows only what a server reads, so the
/// client's global options (`--server`, `--token`, ...) are defined here hidden
/// ([`super::client_only_globals`]).
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, args(super::client_only_globals()))]
pub struct ServerArgs {
    #[command(subcommand)]
    pub command: Option<ServerCommand>,
    #[command(flatten)]
    pub run: ServeArgs,
}

/// `HOST:PORT` with a port from 0 to 65535 (0: any free one), checked before anything is
/// opened; the host is resolved when the server binds.
fn listen_address(text: &str) -> Result<String, String> {
    if text.parse::<std::net::SocketAddr>().is_ok() {
        return Ok(text.to_string());
    }
    let Some((host, port)) = text.rsplit_once(':') else {
        return Err("expected HOST:PORT, e.g. 127.0.0.1:5041".into());
    };
    if host.is_empty() {
        return Err("the host is missing: expected HOST:PORT, e.g. 127.0.0.1:5041".into());
    }
    match port.parse::<u16>() {
        Ok(_) => Ok(text.to_string()),
        Err(_) => Err(format!("{port:?} is not a port: it is a number from 1 to 65535 (0 picks a free one)")),
    }
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on (loopback unless told otherwise; port 0 picks a free one)
    #[arg(long, env = "PCHAT_LISTEN", hide_env_values = true, default_value = "127.0.0.1:5041", value_name = "ADDR:PORT", value_parser = listen_address)]
    pub listen: String,
    /// Store: sqlite://PATH (default, a file in the working directory) or postgres://USER@HOST/DB
    #[arg(
        long,
        env = "PCHAT_DATABASE",
        default_value = "sqlite://pchat.db",
        value_name = "URL",
        hide_env_values = true
    )]
    pub database: String,
    /// Serve HTTPS with this certificate chain (PEM; read again on SIGHUP)
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<std::path::PathBuf>,
    /// The certificate's private key (PEM)
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<std::path::PathBuf>,
    /// Log lines as text for people, or one JSON object per line for a log pipeline
    #[arg(long, env = "PCHAT_LOG_FORMAT", hide_env_values = true, value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Also serve the management API on this Unix socket, owner-only (0600): whoever can
    /// open it is an administrator, with no token (clients name it as unix:PATH). Off by
    /// default
    #[arg(long, env = "PCHAT_ADMIN_SOCKET", hide_env_values = true, value_name = "PATH")]
    pub admin_socket: Option<std::path::PathBuf>,
    /// Run `pchat directory sync` on the interval of this config file (its `interval` key,
    /// e.g. 1h), one node of the store's pools at a time; each run is recorded (pchat
    /// directory sync status)
    #[arg(long, env = "PCHAT_DIRECTORY_SYNC", hide_env_values = true, value_name = "CONFIG")]
    pub directory_sync: Option<std::path::PathBuf>,
    /// Listen beyond loopback without TLS (behind a proxy that terminates it); without
    /// this, such an address is refused
    #[arg(long)]
    pub insecure_listen: bool,
    /// Development mode: a temporary SQLite store and a printed administrator token
    #[arg(long, conflicts_with = "database")]
    pub dev: bool,
    /// Do not run the store's migrations at start (readyz reports a stale schema)
    #[arg(long)]
    pub no_migrate: bool,
    /// Where files posted into rooms are kept (every node of a pool names the same
    /// directory); by default beside the SQLite file (pchat.db: pchat-files/)
    #[arg(long, value_name = "DIR")]
    pub file_store: Option<std::path::PathBuf>,
    /// This node's name in its pool: a server of the pool in the published topology
    /// (default HOSTNAME:PORT)
    #[arg(long, env = "PCHAT_NODE", hide_env_values = true, value_name = "NAME")]
    pub node: Option<String>,
    /// The pool this node serves, as the published topology names it (default: default)
    #[arg(long, env = "PCHAT_POOL", hide_env_values = true, value_name = "NAME")]
    pub pool: Option<String>,
    /// How often the node writes its heartbeat to the store (100ms to 1m)
    #[arg(long, default_value = "2s", value_name = "DURATION", value_parser = heartbeat_arg)]
    pub heartbeat_interval: std::time::Duration,
    /// How old a node's heartbeat may be before its pool counts it down (at least twice
    /// the interval)
    #[arg(long, default_value = "6s", value_name = "DURATION", value_parser = heartbeat_arg)]
    pub heartbeat_timeout: std::time::Duration,
    /// How long a node holds a pool's compliance exporter lease unrenewed: a node that
    /// dies hands its exports to another after this (1s to 1h)
    #[arg(long, default_value = "60s", value_name = "DURATION", value_parser = lease_arg)]
    pub compliance_lease: std::time::Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// One line per event; coloured only on a terminal (never with --no-color or NO_COLOR)
    Text,
    /// One JSON object per line: timestamp, level, target, fields
    Json,
}

fn heartbeat_arg(text: &str) -> Result<std::time::Duration, String> {
    let d = humantime::parse_duration(text).map_err(|e| format!("{text:?} is not a duration such as 2s: {e}"))?;
    if d < std::time::Duration::from_millis(100) || d > std::time::Duration::from_secs(600) {
        return Err(format!("a heartbeat setting is from 100ms to 10m, not {text}"));
    }
    Ok(d)
}

fn lease_arg(text: &str) -> Result<std::time::Duration, String> {
    let d = humantime::parse_duration(text).map_err(|e| format!("{text:?} is not a duration such as 60s: {e}"))?;
    if d < std::time::Duration::from_secs(1) || d > std::time::Duration::from_secs(3600) {
        return Err(format!("the lease must be from 1s to 1h, not {text}"));
    }
    Ok(d)
}

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// Tokens minted straight into a store (to bootstrap a server)
    #[command(subcommand)]
    Token(ServerTokenCommand),
    /// Run the store's migrations and exit
    Migrate {
        /// The store
        #[arg(long, env = "PCHAT_DATABASE", value_name = "URL", hide_env_values = true)]
        database: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ServerTokenCommand {
    /// Create a token in the store and print it (shown once)
    Create {
        /// The store
        #[arg(long, env = "PCHAT_DATABASE", value_name = "URL", hide_env_values = true)]
        database: String,
        /// admin or user
        #[arg(long, value_parser = api_enum::<Role>())]
        role: Role,
        /// The user the token acts for (required for user tokens)
        #[arg(long, value_name = "PRINCIPAL", value_parser = super::principal_arg)]
        owner: Option<String>,
        /// What the token is for
        #[arg(long)]
        description: Option<String>,
    },
}
