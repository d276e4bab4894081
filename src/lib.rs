//! pchat: a persistent chat server and the administration toolset that runs it.
//!
//! The binary is a thin shell over [`run`]; tests use this library directly.

pub mod api;
#[cfg(any(feature = "client", feature = "server"))]
pub mod archive;
pub mod cli;
#[cfg(feature = "client")]
pub mod client;
#[cfg(any(feature = "client", feature = "server"))]
pub mod commands;
#[cfg(feature = "client")]
pub mod output;
#[cfg(feature = "client")]
pub mod plan;
#[cfg(feature = "server")]
pub mod server;
#[cfg(feature = "server")]
pub mod store;
#[cfg(feature = "client")]
pub mod sync;
#[cfg(test)]
mod testing;

/// `eprintln!` that says nothing when standard error is closed (`2>&1 | head`), where
/// `eprintln!` would panic: a reader that went away ends the command quietly.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

use std::process::ExitCode;

/// Exit codes: scripts branch on them, so they never change meaning.
pub mod exit {
    pub const OK: u8 = 0;
    pub const FAILURE: u8 = 1;
    pub const INVALID: u8 = 2;
    pub const CHANGES: u8 = 3;
    pub const CHECKS_FAILED: u8 = 4;
    pub const CONFLICT: u8 = 5;
    /// The object named does not exist (or the caller may not see it).
    pub const NOT_FOUND: u8 = 6;
}

/// Parses the command line, runs it, prints any error once, and returns the exit code.
pub fn run() -> ExitCode {
    use clap::{CommandFactory, FromArgMatches};
    // A shell asking for completions (`COMPLETE=bash pchat -- ...`) is answered and exits.
    #[cfg(feature = "client")]
    clap_complete::CompleteEnv::with_factory(commands::complete::command).complete();
    let matches = cli::Cli::command().get_matches();
    let mut cli = match cli::Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    cli.global.sources = cli::Sources::of(&matches);
    // Two workers: a command's work is a few concurrent requests (and, with `embedded:`, the
    // server beside them); one worker per core only costs start-up time on large machines.
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            crate::say!("error: starting the async runtime: {e}");
            return ExitCode::from(exit::FAILURE);
        }
    };
    let result = runtime.block_on(dispatch(cli));
    report_peak_memory();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let code = exit_code(&err);
            let quiet_exit = {
                #[cfg(any(feature = "client", feature = "server"))]
                {
                    err.downcast_ref::<commands::Exit>().is_some()
                }
                #[cfg(not(any(feature = "client", feature = "server")))]
                {
                    false
                }
            };
            if !quiet_exit {
                report(&err);
            }
            ExitCode::from(code)
        }
    }
}

#[cfg(feature = "client")]
async fn dispatch(cli: cli::Cli) -> anyhow::Result<()> {
    commands::dispatch(cli).await
}

/// A server-only build runs `pchat server` (and its local commands); nothing else.
#[cfg(all(feature = "server", not(feature = "client")))]
async fn dispatch(cli: cli::Cli) -> anyhow::Result<()> {
    match cli.command {
        cli::Command::Server(args) => commands::server::run(args, &cli.global).await,
        _ => Err(commands::InvalidInput(
            "this pchat was built without the client feature; only `pchat server` is available".into(),
        )
        .into()),
    }
}

#[cfg(not(any(feature = "client", feature = "server")))]
async fn dispatch(_cli: cli::Cli) -> anyhow::Result<()> {
    anyhow::bail!("this pchat was built with neither the client nor the server feature")
}

/// With `PCHAT_PEAK_MEMORY` set, prints the process's peak resident memory on stderr
/// (benchmarks read it; Linux only).
fn report_peak_memory() {
    if std::env::var_os("PCHAT_PEAK_MEMORY").is_none() {
        return;
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    if let Some(kb) = status.lines().find_map(|l| l.strip_prefix("VmHWM:")) {
        crate::say!("peak memory: {}", kb.trim());
    }
}

/// Prints an error as one `error: ...` line, plus each problem the server listed.
fn report(err: &anyhow::Error) {
    // Messages quote names and text from the server and from files: whatever a terminal
    // would act on is shown escaped, line by line.
    let message = chain_text(err);
    #[cfg(feature = "client")]
    let message = message.lines().map(|l| output::printable(l).into_owned()).collect::<Vec<_>>().join("\n");
    crate::say!("error: {message}");
    #[cfg(feature = "client")]
    if let Some(client_err) = err.chain().find_map(|e| e.downcast_ref::<client::ClientError>()) {
        if let Some(problem) = client_err.problem() {
            // The engine numbers every operation, a single-object write's too (always 0);
            // only a changeset of several has an operation worth naming.
            let operations = matches!(client_err, client::ClientError::Api { url, .. } if sent_a_changeset(url));
            if problem.errors.len() > 1 {
                for e in &problem.errors {
                    let index = e.index.filter(|_| operations);
                    let at = match (index, &e.field) {
                        (Some(i), Some(f)) => format!("operation {i}, {f}: "),
                        (None, Some(f)) => format!("{f}: "),
                        (Some(i), None) => format!("operation {i}: "),
                        (None, None) => String::new(),
                    };
                    crate::say!("  - {}{}", output::printable(&at), output::printable(&e.detail));
                }
            }
            if let Some(hint) = hint(problem.code) {
                crate::say!("hint: {hint}");
            }
        }
    }
}

/// Whether a call went to `POST /v1/changesets` (many operations), by its URL.
#[cfg(feature = "client")]
fn sent_a_changeset(url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    path.trim_end_matches('/').ends_with("/v1/changesets")
}

/// An error and its causes, joined by ": ", each said once: a cause whose text the one
/// above it already holds is left out (sqlx's "error returned from database: X" has X as
/// its source, so `{:#}` would print X twice).
pub fn chain_text(err: &anyhow::Error) -> String {
    let mut text = String::new();
    let mut above = String::new();
    for cause in err.chain() {
        let said = cause.to_string();
        if !said.is_empty() && !above.contains(&said) {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(&said);
        }
        above = said;
    }
    text
}

#[cfg(feature = "client")]
fn hint(code: api::ErrorCode) -> Option<&'static str> {
    use api::ErrorCode::*;
    match code {
        Unauthorized => {
            Some("pass --token or set PCHAT_TOKEN: an administrator mints one with `pchat tokens create`, or, with no valid token at all, on the server's machine with `pchat server token create --database URL --role admin`")
        }
        Forbidden => Some("this needs an administrator token"),
        AccountDisabled => Some(
            "an administrator can enable the user again (`pchat directory users set SIP --enabled true`) or mint a token for another",
        ),
        ReservedLabel => Some("labels under pchat.io/ belong to pchat and the administrators' plans; choose another key"),
        PayloadTooLarge => Some("split the change into several smaller ones, or run it with an administrator token"),
        StaleRevision => Some("someone changed it since you read it: show it again and retry"),
        OutOfScope => {
            Some("widen the category with `pchat categories set NAME --allow ...`, or pick members inside its scope")
        }
        UnknownPrincipal => Some("add the principal with `pchat directory users create` or `pchat directory import`"),
        ChatDisabled => Some("an administrator can grant a policy that enables persistent chat (`pchat policies grant`)"),
        NotAMember => Some("a manager of the room can add you (`pchat rooms members add`)"),
        PresentersOnly => Some("in an auditorium only presenters post; a manager of the room can make you one"),
        FileUploadOff => Some("an administrator can allow uploads in the category (`pchat categories set NAME --file-upload`)"),
        FileTooLarge => Some("an administrator can raise max_file_size_kb (`pchat config set`)"),
        RoomDisabled => Some("a manager or an administrator can enable it again (`pchat rooms enable`)"),
        _ => None,
    }
}

/// Picks the exit code for an error: 2 for invalid input and refused rules, 5 for a
/// conflict, 1 for everything else.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        #[cfg(any(feature = "client", feature = "server"))]
        {
            if cause.downcast_ref::<commands::InvalidInput>().is_some() {
                return exit::INVALID;
            }
            if cause.downcast_ref::<commands::Conflict>().is_some() {
                return exit::CONFLICT;
            }
            if cause.downcast_ref::<commands::NotFound>().is_some() {
                return exit::NOT_FOUND;
            }
            if let Some(commands::Exit(code)) = cause.downcast_ref::<commands::Exit>() {
                return *code;
            }
        }
        #[cfg(feature = "client")]
        {
            if let Some(e @ client::ClientError::Api { status, .. }) = cause.downcast_ref::<client::ClientError>() {
                if *status == 404 || e.code() == Some(api::ErrorCode::NotFound) {
                    return exit::NOT_FOUND;
                }
                return match status {
                    400 | 413 | 415 | 422 => exit::INVALID,
                    409 => exit::CONFLICT,
                    412 => exit::CHECKS_FAILED,
                    _ => exit::FAILURE,
                };
            }
        }
        let _ = cause;
    }
    exit::FAILURE
}

#[cfg(test)]
mod tests {
    #[derive(Debug, thiserror::Error)]
    #[error("error returned from database: {0}")]
    struct Wrapped(#[source] Cause);

    #[derive(Debug, thiserror::Error)]
    #[error("(code: 14) unable to open database file")]
    struct Cause;

    #[test]
    fn each_cause_is_said_once() {
        let err = anyhow::Error::new(Wrapped(Cause)).context("opening SQLite store sqlite://x.db");
        assert_eq!(
            super::chain_text(&err),
            "opening SQLite store sqlite://x.db: error returned from database: (code: 14) unable to open database file"
        );
        // Causes the message above does not hold are all said, in order.
        let err = anyhow::anyhow!("the cause").context("the middle").context("the top");
        assert_eq!(super::chain_text(&err), "the top: the middle: the cause");
    }
}
