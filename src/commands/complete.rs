//! Completion of names (`pchat rooms show <TAB>`): clap_complete's dynamic completion, which
//! the shell runs as `COMPLETE=SHELL pchat -- pchat rooms show ba`. Names come from the
//! server of the command line's connection (its `--server`/`--context`, the environment,
//! else the current context), one page of them, within a fixed time; a server that cannot
//! be reached completes nothing and says nothing.

use std::ffi::OsStr;
use std::time::Duration;

use clap::CommandFactory;
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use crate::cli::Cli;

/// At most this long on one TAB, the connection included.
const WITHIN: Duration = Duration::from_millis(1500);
/// Names offered at most: a prefix narrows them.
const OFFERED: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Names {
    Rooms,
    Categories,
    Users,
    Groups,
    Addins,
    Policies,
    Contexts,
}

impl Names {
    /// The collection, and the field each item names itself by.
    fn source(self) -> Option<(&'static [&'static str], &'static str)> {
        match self {
            Names::Rooms => Some((&["rooms"], "name")),
            Names::Categories => Some((&["categories"], "name")),
            Names::Users => Some((&["directory", "users"], "sip")),
            Names::Groups => Some((&["directory", "groups"], "name")),
            Names::Addins => Some((&["addins"], "name")),
            Names::Policies => Some((&["policies"], "identity")),
            Names::Contexts => None,
        }
    }
}

/// What an argument names, from the command it belongs to and its id.
fn names_of(path: &[&str], id: &str) -> Option<Names> {
    match (id, path) {
        ("context", _) => Some(Names::Contexts),
        ("category", _) => Some(Names::Categories),
        ("room", _) => Some(Names::Rooms),
        ("addin", _) => Some(Names::Addins),
        ("name", ["context", ..]) => Some(Names::Contexts),
        ("name", ["rooms", ..]) => Some(Names::Rooms),
        ("name", ["categories", ..]) => Some(Names::Categories),
        ("name", ["addins", ..]) => Some(Names::Addins),
        ("name", ["directory", "groups", ..]) => Some(Names::Groups),
        ("sip" | "principal" | "user", ["directory", "users", ..]) => Some(Names::Users),
        ("identity", ["policies", ..]) => Some(Names::Policies),
        _ => None,
    }
}

/// The command line, with a completer on every argument that names an object.
pub fn command() -> clap::Command {
    attach(Cli::command(), &mut Vec::new())
}

fn attach(mut cmd: clap::Command, path: &mut Vec<String>) -> clap::Command {
    let here: Vec<&str> = path.iter().map(String::as_str).collect();
    let wanted: Vec<(String, Names)> = cmd
        .get_arguments()
        .filter_map(|a| names_of(&here, a.get_id().as_str()).map(|n| (a.get_id().to_string(), n)))
        .collect();
    // `mut_arg` moves an argument to the end, and positionals without an index are numbered
    // in order: every positional is numbered first, so each keeps its place.
    if !wanted.is_empty() {
        let places: Vec<String> = cmd.get_positionals().map(|a| a.get_id().to_string()).collect();
        for (place, id) in places.into_iter().enumerate() {
            cmd = cmd.mut_arg(id, |arg| arg.index(place + 1));
        }
    }
    for (id, names) in wanted {
        cmd = cmd.mut_arg(id, |arg| arg.add(ArgValueCompleter::new(move |current: &OsStr| complete(names, current))));
    }
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subcommands {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |sub| attach(sub, path));
        path.pop();
    }
    cmd
}

fn complete(names: Names, current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let found = match names.source() {
        None => context_names(),
        Some((collection, field)) => remote_names(collection, field, &current),
    };
    found.into_iter().filter(|n| n.starts_with(current.as_ref())).map(CompletionCandidate::new).collect()
}

fn context_names() -> Vec<String> {
    let Some(file) = crate::client::contexts::config_path() else { return Vec::new() };
    crate::client::contexts::Config::load(&file)
        .map(|c| c.contexts.into_iter().map(|c| c.name).collect())
        .unwrap_or_default()
}

/// The connection the words being completed name: `--server`, `--token`, `--context` and
/// `--ca-cert` among them, then the environment and the config file, as a command would.
fn connection() -> Option<crate::cli::GlobalArgs> {
    use clap::Parser;
    let words: Vec<String> = std::env::args().skip_while(|w| w != "--").skip(1).collect();
    let mut kept = vec!["pchat".to_string()];
    let mut words = words.into_iter().skip(1);
    while let Some(word) = words.next() {
        for flag in ["--server", "--token", "--context", "--ca-cert"] {
            if word == flag {
                if let Some(value) = words.next() {
                    kept.extend([word.clone(), value]);
                }
            } else if word.starts_with(&format!("{flag}=")) {
                kept.push(word.clone());
            }
        }
    }
    kept.push("completions".into());
    kept.push("bash".into());
    let mut cli = Cli::try_parse_from(&kept).ok()?;
    let matches = Cli::command().try_get_matches_from(&kept).ok()?;
    cli.global.sources = crate::cli::Sources::of(&matches);
    Some(cli.global)
}

fn remote_names(collection: &[&str], field: &str, current: &str) -> Vec<String> {
    let Some(global) = connection() else { return Vec::new() };
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
        return Vec::new();
    };
    runtime.block_on(async {
        let asked = async {
            let target = super::target(&global).ok()?;
            let server = target.server?.value;
            // An embedded store is not opened for a TAB: it may be in use, and would be migrated.
            if server.starts_with("embedded:") {
                return None;
            }
            let client = match server.strip_prefix("unix:") {
                Some(socket) => crate::client::Client::over_socket(std::path::Path::new(socket)).ok()?,
                None => {
                    let authorities = match &target.ca_cert {
                        Some(file) => super::authorities(&file.value, &file.from).ok()?,
                        None => Vec::new(),
                    };
                    crate::client::Client::trusting(&server, target.token.map(|t| t.value), authorities).ok()?
                }
            };
            let glob = format!("{}*", current.replace(['*', '?'], ""));
            let query = crate::api::ListQuery { name: Some(glob), limit: Some(OFFERED), ..Default::default() };
            let page: serde_json::Value = client.get(&crate::client::path(collection), &query).await.ok()?;
            let items = page.get("items")?.as_array()?;
            Some(items.iter().filter_map(|i| i.get(field)?.as_str().map(str::to_string)).collect::<Vec<_>>())
        };
        tokio::time::timeout(WITHIN, asked).await.ok().flatten().unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Positionals in the order the shell types them, per command, recursively.
    fn positionals(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        let mut cmd = cmd.clone();
        cmd.build();
        let mut listed: Vec<_> = cmd.get_positionals().map(|a| (a.get_index(), a.get_id().to_string())).collect();
        listed.sort();
        out.push(format!("{path}: {listed:?}"));
        for sub in cmd.get_subcommands() {
            positionals(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn completers_leave_every_positional_in_its_place() {
        command().debug_assert();
        let (mut plain, mut completing) = (Vec::new(), Vec::new());
        positionals(&Cli::command(), "pchat", &mut plain);
        positionals(&command(), "pchat", &mut completing);
        assert_eq!(plain, completing);
    }
}
