//! The command line, as clap types only: no I/O here. Doc comments are the help text.

use clap::{Args, Parser, Subcommand, ValueEnum};

mod addins;
mod categories;
mod checklist;
mod compliance;
mod config;
mod context;
mod directory;
mod jobs;
mod messages;
mod migration;
mod plan;
mod policies;
mod pools;
mod rooms;
mod server;
mod tokens;
mod topology;

pub use addins::*;
pub use categories::*;
pub use checklist::*;
pub use compliance::*;
pub use config::*;
pub use context::*;
pub use directory::*;
pub use jobs::*;
pub use messages::*;
pub use migration::*;
pub use plan::*;
pub use policies::*;
pub use pools::*;
pub use rooms::*;
pub use server::*;
pub use tokens::*;
pub use topology::*;

/// pchat: a persistent chat server and the tools that run it.
///
/// Topic-based rooms grouped in categories, with history that outlives every session.
/// `pchat server` runs a node; every other command talks to a server's management API.
#[derive(Debug, Parser)]
#[command(name = "pchat", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// How to reach a server and how to print.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Server to talk to: http(s)://HOST:PORT, unix:PATH (a node's admin socket), or
    /// embedded:PATH to run one in-process on a SQLite file
    #[arg(long, global = true, env = "PCHAT_SERVER", hide_env_values = true, value_name = "URL")]
    pub server: Option<String>,
    /// Use this context of the config file (pchat context) instead of the current one
    #[arg(long, global = true, env = "PCHAT_CONTEXT", hide_env_values = true, value_name = "NAME")]
    pub context: Option<String>,
    /// Bearer token (not needed with embedded:)
    #[arg(long, global = true, env = "PCHAT_TOKEN", hide_env_values = true, value_name = "TOKEN")]
    pub token: Option<String>,
    /// Also trust this certificate authority (PEM) for https:// servers, beside the system's
    #[arg(long, global = true, env = "PCHAT_CA_CERT", hide_env_values = true, value_name = "FILE")]
    pub ca_cert: Option<std::path::PathBuf>,
    /// Output format: table and wide for people, json and yaml for scripts
    #[arg(short = 'o', long, global = true, value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,
    /// Print only data and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Tell each HTTP call on stderr: method, URL, status, time, request id (-vv: the
    /// bodies too); never the token
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Never colour the output (nor the server's logs); NO_COLOR set to anything does the same
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Whether each connection setting came from a flag or the environment.
    #[arg(skip)]
    pub sources: Sources,
}

impl GlobalArgs {
    /// Whether colour is off: `--no-color`, or `NO_COLOR` set to anything (no-color.org).
    pub fn colourless(&self) -> bool {
        self.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
    }
}

/// Where the connection settings given came from (filled in after parsing).
#[derive(Debug, Clone, Copy, Default)]
pub struct Sources {
    pub server: Option<Source>,
    pub token: Option<Source>,
    pub ca_cert: Option<Source>,
    pub context: Option<Source>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Flag,
    Environment,
}

impl Sources {
    /// Reads them off the parsed command line: a global is recorded where it was given,
    /// so the deepest subcommand that has it tells.
    pub fn of(matches: &clap::ArgMatches) -> Sources {
        fn source(matches: &clap::ArgMatches, id: &str) -> Option<Source> {
            let deeper = matches.subcommand().and_then(|(_, sub)| source(sub, id));
            deeper.or_else(|| match matches.try_get_raw(id).ok().flatten().and(matches.value_source(id)) {
                Some(clap::parser::ValueSource::CommandLine) => Some(Source::Flag),
                Some(clap::parser::ValueSource::EnvVariable) => Some(Source::Environment),
                _ => None,
            })
        }
        Sources {
            server: source(matches, "server"),
            token: source(matches, "token"),
            ca_cert: source(matches, "ca_cert"),
            context: source(matches, "context"),
        }
    }
}

/// The global options only a client reads: how to reach a server (a context among them), its
/// certificate, the calls told on stderr. `pchat server` works on its own store, so its
/// help would only mislead with them (`--no-color` stays: it applies to the node's logs).
const CLIENT_ONLY_GLOBALS: &[&str] = &["server", "token", "ca_cert", "context", "verbose"];

/// The client-only global options, hidden, for a subcommand to define as its own: clap
/// propagates a global option only to subcommands that lack one of its name, so these
/// stand in for the visible ones there (and below it), parsed just as they would be.
pub(crate) fn client_only_globals() -> Vec<clap::Arg> {
    let globals = GlobalArgs::augment_args(clap::Command::new("globals"));
    globals
        .get_arguments()
        .filter(|a| CLIENT_ONLY_GLOBALS.contains(&a.get_id().as_str()))
        .map(|a| a.clone().hide(true))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Wide,
    Json,
    Yaml,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a pchat server node, or work on a server's store directly
    Server(ServerArgs),
    /// The deployment's topology: sites, pools, servers and stores
    Topology(TopologyArgs),
    /// Pools and their nodes: health, load, roles, and which servers are active
    #[command(alias = "pool")]
    Pools(PoolsArgs),
    /// Users and groups of the directory
    #[command(alias = "dir")]
    Directory(DirectoryArgs),
    /// Categories: who may join and create rooms, and what rooms may do
    #[command(alias = "category")]
    Categories(CategoriesArgs),
    /// Chat rooms and their members, managers and presenters
    #[command(alias = "room")]
    Rooms(RoomsArgs),
    /// Post, read and follow the messages of rooms (as the token's user)
    #[command(alias = "message", alias = "msg")]
    Messages(MessagesArgs),
    /// Add-ins shown beside rooms
    #[command(alias = "addin")]
    Addins(AddinsArgs),
    /// Who may use persistent chat (global, site and tag policies)
    #[command(alias = "policy")]
    Policies(PoliciesArgs),
    /// Chat configuration at global, site or pool scope
    Config(ConfigArgs),
    /// Named contexts: the servers you work with and how to authenticate to each
    #[command(alias = "contexts", alias = "ctx")]
    Context(ContextArgs),
    /// Compliance: recording every event, and the XML adapter that exports them
    Compliance(ComplianceArgs),
    /// Archives of rooms with their history: export, import, verify offline, convert from
    /// other systems
    Migration(MigrationArgs),
    /// Exports and imports running on the server: progress, errors, cancel
    #[command(alias = "job")]
    Jobs(JobsArgs),
    /// The deployment checklist: every check with what it found and how to fix it
    /// (exit 4 when one fails)
    Checklist(ChecklistArgs),
    /// API tokens
    #[command(alias = "token")]
    Tokens(TokensArgs),
    /// Show what `apply` would change to make the server match YAML plan files
    Plan(PlanArgs),
    /// Make the server match YAML plan files, or apply a saved plan
    Apply(ApplyArgs),
    /// Call any endpoint of the management API (escape hatch for scripts)
    ///
    /// The answer is printed on stdout as JSON (or YAML with -o yaml). An error answer's
    /// problem document is printed there too, the error on stderr, and the exit code is
    /// the error's. GET /v1/openapi.json describes every endpoint.
    Api(ApiArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Write man pages
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// HTTP method
    #[arg(value_parser = ["GET", "POST", "PATCH", "PUT", "DELETE", "get", "post", "patch", "put", "delete"])]
    pub method: String,
    /// Path, e.g. /v1/rooms?category=eng
    pub path: String,
    /// JSON body, - to read it from stdin, or @FILE (as --data)
    #[arg(conflicts_with = "data")]
    pub body: Option<String>,
    /// The JSON body: inline, @FILE to read it from a file, or @- from stdin
    #[arg(short = 'd', long, value_name = "BODY")]
    pub data: Option<String>,
    /// Send `If-Match: "REVISION"`: the server refuses the write if the object's revision
    /// is another (a lost update avoided)
    #[arg(long, value_name = "REVISION")]
    pub if_match: Option<i64>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete_shell::Shell,
    /// Write into this directory instead of stdout
    #[arg(long, value_name = "DIR")]
    pub out: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Directory to write pchat.1 and one page per subcommand into
    #[arg(long, value_name = "DIR", default_value = "man")]
    pub out: std::path::PathBuf,
}

/// Where `export` writes its plan documents.
#[derive(Debug, Clone, Args)]
pub struct ExportTo {
    /// Write one YAML file per kind (users.yaml, rooms.yaml, ...) into this directory,
    /// created when missing, instead of one YAML stream on stdout. Existing files of those
    /// names are replaced; kinds with nothing to export write no file.
    #[arg(long, value_name = "DIR")]
    pub out: Option<std::path::PathBuf>,
}

/// A `--yes` flag for commands that destroy something.
#[derive(Debug, Clone, Copy, Args)]
pub struct Confirm {
    /// Do not ask for confirmation
    #[arg(short = 'y', long)]
    pub yes: bool,
}

/// Shells we generate completions for (a copy of clap_complete's list, so the clap types
/// build without the client feature).
pub mod clap_complete_shell {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
    pub enum Shell {
        Bash,
        Zsh,
        Fish,
        #[value(name = "powershell")]
        PowerShell,
        Elvish,
    }
}

/// Parses a principal argument early so mistakes are usage errors.
/// The parser of an enum of the wire: one of its names, listed in help and completions.
pub fn api_enum<E: crate::api::Named>() -> impl clap::builder::TypedValueParser<Value = E> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(E::NAMES).map(|name| match name.parse::<E>() {
        Ok(value) => value,
        Err(_) => unreachable!("{name} is one of the names the parser accepts"),
    })
}

pub fn principal_arg(s: &str) -> Result<String, String> {
    crate::api::Principal::parse(s).map(|p| p.to_string()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn clap_definitions_are_consistent() {
        super::Cli::command().debug_assert();
    }

    /// Every command says what it does, every option says what it takes, and the help a
    /// person reads names the command and shows its usage.
    #[test]
    fn every_command_and_option_is_described_in_its_help() {
        fn walk(cmd: &mut clap::Command, path: &str, missing: &mut Vec<String>) {
            let path = format!("{path} {}", cmd.get_name()).trim().to_string();
            let help = cmd.render_long_help().to_string();
            assert!(help.contains("Usage:") && help.contains(cmd.get_name()), "{path}: {help}");
            if cmd.get_about().is_none() && cmd.get_long_about().is_none() {
                missing.push(format!("{path}: no description"));
            }
            for arg in cmd.get_arguments() {
                let builtin = matches!(arg.get_id().as_str(), "help" | "version");
                if !builtin && !arg.is_hide_set() && arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path}: {} has no help", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands_mut() {
                walk(sub, &path, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&mut super::Cli::command(), "", &mut missing);
        assert!(missing.is_empty(), "undescribed:\n{}", missing.join("\n"));
    }
}
