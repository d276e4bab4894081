//! One file per noun. Remote commands use only `client` and `api`; `server` (local) may use
//! the store.

#[cfg(feature = "client")]
mod addins;
#[cfg(feature = "client")]
mod api_call;
#[cfg(feature = "client")]
mod categories;
#[cfg(feature = "client")]
mod checklist;
#[cfg(feature = "client")]
pub mod complete;
#[cfg(feature = "client")]
mod compliance;
#[cfg(feature = "client")]
mod config;
#[cfg(feature = "client")]
mod context;
#[cfg(feature = "client")]
mod directory;
#[cfg(feature = "client")]
mod directory_sync;
#[cfg(all(feature = "client", feature = "server"))]
mod directory_sync_schedule;
#[cfg(feature = "client")]
mod directory_sync_status;
#[cfg(feature = "client")]
mod export;
#[cfg(feature = "client")]
pub mod generate;
#[cfg(feature = "client")]
mod jobs;
#[cfg(feature = "client")]
pub mod messages;
#[cfg(feature = "client")]
mod migration;
#[cfg(feature = "client")]
mod plan;
#[cfg(feature = "client")]
mod policies;
#[cfg(feature = "client")]
mod pools;
#[cfg(feature = "client")]
mod rooms;
#[cfg(feature = "server")]
pub mod server;
#[cfg(feature = "client")]
mod tokens;
#[cfg(feature = "client")]
mod topology;

#[cfg(feature = "client")]
use std::io::IsTerminal;

#[cfg(feature = "client")]
use anyhow::Context;

#[cfg(feature = "client")]
use crate::cli::{Cli, Command, GlobalArgs};
#[cfg(feature = "client")]
use crate::client::Client;
#[cfg(feature = "client")]
use crate::output::Output;

/// An error in what the user gave us (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct InvalidInput(pub String);

impl InvalidInput {
    /// A command that found problems (each already printed) and changed nothing.
    pub fn problems(what: &str, problems: usize) -> InvalidInput {
        InvalidInput(format!("{what}: {} found; nothing was changed", crate::api::text::count(problems, "problem")))
    }
}

/// The object named does not exist, found so on the client's side (exit code 6, as the
/// server's 404).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct NotFound(pub String);

/// Something changed under us (exit code 5).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Conflict(pub String);

/// Not an error: a command's answer is its exit code (`plan --detailed-exitcode`).
#[derive(Debug, thiserror::Error)]
#[error("exit code {0}")]
pub struct Exit(pub u8);

#[cfg(feature = "client")]
/// A connected client, and the in-process server when `embedded:` was asked for.
pub struct Session {
    pub client: Client,
    #[cfg(feature = "server")]
    embedded: Option<crate::client::embedded::Embedded>,
}

#[cfg(feature = "client")]
impl Session {
    pub async fn connect(global: &GlobalArgs) -> anyhow::Result<Session> {
        let target = target(global)?;
        let server = target.server.as_ref().map(|s| s.value.as_str()).ok_or_else(|| {
            InvalidInput(
                "no server given: pass --server URL (or set PCHAT_SERVER), choose a context (pchat context use NAME), or use --server embedded:./pchat.db to work on a local file"
                    .into(),
            )
        })?;
        crate::client::contexts::check_server(server).map_err(|e| InvalidInput(format!("--server {e}")))?;
        if let Some(path) = server.strip_prefix("embedded:") {
            #[cfg(feature = "server")]
            {
                let embedded = crate::client::embedded::Embedded::start(path).await?;
                let client = embedded.client.clone().verbose(global.verbose);
                return Ok(Session { client, embedded: Some(embedded) });
            }
            #[cfg(not(feature = "server"))]
            {
                let _ = path;
                return Err(InvalidInput(
                    "this pchat was built without the server feature, so embedded: is not available".into(),
                )
                .into());
            }
        }
        let token = target.token.map(|t| t.value);
        let client = match server.strip_prefix("unix:") {
            Some(socket) => Client::over_socket(std::path::Path::new(socket))?,
            None => {
                let authorities = match &target.ca_cert {
                    Some(file) => authorities(&file.value, &file.from)?,
                    None => Vec::new(),
                };
                Client::trusting(server, token, authorities)?
            }
        };
        Ok(Session {
            client: client.verbose(global.verbose),
            #[cfg(feature = "server")]
            embedded: None,
        })
    }

    pub async fn close(self) -> anyhow::Result<()> {
        #[cfg(feature = "server")]
        if let Some(embedded) = self.embedded {
            embedded.stop().await?;
        }
        Ok(())
    }
}

#[cfg(feature = "client")]
/// The connection the command line, the environment and the config file's context make.
pub fn target(global: &GlobalArgs) -> anyhow::Result<crate::client::contexts::Target> {
    use crate::client::contexts::{Given, Origin, Sourced};
    fn sourced<T: Clone>(value: &Option<T>, source: Option<crate::cli::Source>) -> Option<Sourced<T>> {
        let from = match source {
            Some(crate::cli::Source::Environment) => Origin::Environment,
            _ => Origin::Flag,
        };
        value.clone().map(|value| Sourced { value, from })
    }
    let sources = &global.sources;
    let given = Given {
        server: sourced(&global.server, sources.server),
        token: sourced(&global.token, sources.token),
        ca_cert: sourced(&global.ca_cert, sources.ca_cert),
        context: sourced(&global.context, sources.context),
    };
    let file = crate::client::contexts::config_path();
    if given.context.is_some() && file.is_none() {
        return Err(
            InvalidInput("--context needs a config file: set PCHAT_CONFIG, XDG_CONFIG_HOME or HOME".into()).into()
        );
    }
    Ok(crate::client::contexts::resolve(given, file.as_deref()).map_err(|e| InvalidInput(e.to_string()))?)
}

#[cfg(feature = "client")]
/// The certificate authorities of a `--ca-cert` file (or a context's).
fn authorities(
    file: &std::path::Path,
    from: &crate::client::contexts::Origin,
) -> anyhow::Result<Vec<reqwest::Certificate>> {
    let what = match from {
        crate::client::contexts::Origin::Context(name) => format!("context {name}'s ca-cert {}", file.display()),
        _ => format!("--ca-cert {}", file.display()),
    };
    let pem = std::fs::read(file).with_context(|| format!("reading {what}"))?;
    let found = reqwest::Certificate::from_pem_bundle(&pem).with_context(|| format!("reading {what}"))?;
    if found.is_empty() {
        return Err(InvalidInput(format!("{what} holds no PEM certificate")).into());
    }
    Ok(found)
}

#[cfg(feature = "client")]
pub struct Ctx {
    pub client: Client,
    pub out: Output,
}

#[cfg(feature = "client")]
/// Runs a parsed command line.
pub async fn dispatch(cli: Cli) -> anyhow::Result<()> {
    let out = Output {
        format: cli.global.output,
        quiet: cli.global.quiet,
        color: !cli.global.colourless() && std::io::stdout().is_terminal(),
    };
    match cli.command {
        #[cfg(feature = "server")]
        Command::Server(args) => return server::run(args, &cli.global).await,
        #[cfg(not(feature = "server"))]
        Command::Server(_) => return Err(InvalidInput("this pchat was built without the server feature".into()).into()),
        Command::Completions(args) => return generate::completions(args),
        Command::Topology(crate::cli::TopologyArgs {
            command: crate::cli::TopologyCommand::Validate { file, strict },
        }) => return topology::validate_file(&out, &file, strict),
        Command::Man(args) => return generate::man(&out, args),
        Command::Context(args) => return context::run(&out, &cli.global, args.command),
        Command::Migration(args) if args.command.offline() => return migration::run(&out, args.command),
        _ => {}
    }
    let mut cli = cli;
    // `directory sync` without --config reads the context's (`pchat context set
    // --directory-sync FILE`).
    if let Command::Directory(crate::cli::DirectoryArgs { command: crate::cli::DirectoryCommand::Sync(args) }) =
        &mut cli.command
    {
        if args.source.config.is_none() && args.command.is_none() {
            args.source.config = target(&cli.global)?.directory_sync;
        }
    }
    match &cli.command {
        Command::Plan(args) => plan::check_paths(&args.files, "plan")?,
        Command::Apply(args) if args.saved.is_none() => plan::check_paths(&args.files, "apply")?,
        _ => {}
    }
    let session = Session::connect(&cli.global).await?;
    let ctx = Ctx { client: session.client.clone(), out };
    let result = match cli.command {
        Command::Directory(args) => directory::run(&ctx, args.command).await,
        Command::Categories(args) => categories::run(&ctx, args.command).await,
        Command::Rooms(args) => rooms::run(&ctx, args.command).await,
        Command::Messages(args) => messages::run(&ctx, args.command).await,
        Command::Addins(args) => addins::run(&ctx, args.command).await,
        Command::Policies(args) => policies::run(&ctx, args.command).await,
        Command::Config(args) => config::run(&ctx, args.command).await,
        Command::Compliance(args) => compliance::run(&ctx, args.command).await,
        Command::Tokens(args) => tokens::run(&ctx, args.command).await,
        Command::Topology(args) => topology::run(&ctx, args.command).await,
        Command::Pools(args) => pools::run(&ctx, args.command).await,
        Command::Api(args) => api_call::run(&ctx, args).await,
        Command::Migration(args) => migration::run_remote(&ctx, args.command).await,
        Command::Jobs(args) => jobs::run(&ctx, args.command).await,
        Command::Checklist(args) => checklist::run(&ctx, args).await,
        Command::Plan(args) => plan::run_plan(&ctx, args).await,
        Command::Apply(args) => plan::run_apply(&ctx, args).await,
        Command::Server(_) | Command::Completions(_) | Command::Man(_) | Command::Context(_) => {
            unreachable!("handled above")
        }
    };
    let closed = session.close().await;
    result?;
    closed
}

#[cfg(feature = "client")]
/// Before a deletion is confirmed: reads the object at `path`, so one that does not exist
/// is said at once (as `doing`, "deleting room x: ..."), not after the question. With
/// `--yes` nothing is asked, and the deletion itself says so.
pub async fn exists_before_asking(
    c: &crate::client::Client,
    yes: bool,
    path: &str,
    query: &(impl serde::Serialize + ?Sized),
    doing: &str,
) -> anyhow::Result<()> {
    if !yes {
        let _: serde_json::Value = c.get(path, query).await.with_context(|| doing.to_string())?;
    }
    Ok(())
}

#[cfg(feature = "client")]
/// Asks before destroying something. On a terminal it asks; elsewhere it needs `--yes`.
pub fn confirm(yes: bool, what: &str) -> anyhow::Result<()> {
    ask(yes, what, &format!("{what}? [y/N] "), |answer| matches!(answer.to_ascii_lowercase().as_str(), "y" | "yes"))
}

#[cfg(feature = "client")]
/// Asks on a terminal before a change, unless `--yes` was given: `what` says what would
/// happen ("delete room backend"), `accept` decides which answers go ahead. Without a
/// terminal the change is refused, never assumed.
pub fn ask(yes: bool, what: &str, prompt: &str, accept: impl Fn(&str) -> bool) -> anyhow::Result<()> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err(InvalidInput(format!(
            "refusing to {what} without confirmation: stdin is not a terminal; pass --yes"
        ))
        .into());
    }
    eprint!("{prompt}");
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer).context("reading the confirmation")?;
    if accept(answer.trim()) {
        Ok(())
    } else {
        Err(InvalidInput("cancelled; nothing was changed".into()).into())
    }
}

#[cfg(feature = "client")]
/// Prints the entries a write dropped from rooms (moves and narrowed scopes).
pub fn report_dropped(out: &Output, dropped: &[crate::api::Dropped]) {
    for d in dropped {
        out.note(format!("dropped {} {} from room {}: {}", d.role, d.principal, d.room, d.reason));
    }
}

/// Prints a freshly minted token: the secret alone on stdout for people (a note on stderr
/// says what it is), every field as JSON or YAML for scripts.
pub fn print_created(
    created: &crate::api::TokenCreated,
    format: crate::cli::OutputFormat,
    quiet: bool,
) -> anyhow::Result<()> {
    use std::io::Write;
    let text = match format {
        crate::cli::OutputFormat::Json => format!("{}\n", serde_json::to_string_pretty(created)?),
        crate::cli::OutputFormat::Yaml => serde_yaml::to_string(created)?,
        _ => {
            if !quiet {
                crate::say!(
                    "created {} token {}{} (shown once; store it now):",
                    created.info.role,
                    created.info.id,
                    created.info.owner.as_ref().map(|o| format!(" for {o}")).unwrap_or_default()
                );
            }
            format!("{}\n", created.token)
        }
    };
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
