//! `pchat context`: the config file's named contexts. Nothing here talks to a server.

use std::io::Read;
use std::path::PathBuf;

use serde::Serialize;

use super::{InvalidInput, NotFound};
use crate::cli::{ContextCommand, GlobalArgs};
use crate::client::contexts::{self, Config, NamedContext, Origin};
use crate::output::Output;

/// A context as listed: never the token itself.
#[derive(Serialize)]
struct Listed<'a> {
    name: &'a str,
    current: bool,
    server: &'a str,
    auth: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    token_file: Option<&'a std::path::Path>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ca_cert: Option<&'a std::path::Path>,
}

impl<'a> Listed<'a> {
    fn of(context: &'a NamedContext, current: bool) -> Listed<'a> {
        let auth = match (&context.token, &context.token_file) {
            (Some(_), _) => "token",
            (None, Some(_)) => "token-file",
            (None, None) => "none",
        };
        Listed {
            name: &context.name,
            current,
            server: &context.server,
            auth,
            token_file: context.token_file.as_deref(),
            ca_cert: context.ca_cert.as_deref(),
        }
    }
}

fn config_file() -> anyhow::Result<PathBuf> {
    contexts::config_path().ok_or_else(|| {
        InvalidInput("no place for the config file: set PCHAT_CONFIG, XDG_CONFIG_HOME or HOME".into()).into()
    })
}

fn load(file: &std::path::Path) -> anyhow::Result<Config> {
    Config::load(file).map_err(|e| InvalidInput(e.to_string()).into())
}

fn unknown(config: &Config, name: &str, file: &std::path::Path) -> anyhow::Error {
    match config.named(name, file) {
        Err(e) => NotFound(e.to_string()).into(),
        Ok(_) => unreachable!("asked only for a context that is not there"),
    }
}

pub fn run(out: &Output, global: &GlobalArgs, command: ContextCommand) -> anyhow::Result<()> {
    let file = config_file()?;
    match command {
        ContextCommand::List => {
            let config = load(&file)?;
            let current = config.current_context.as_deref();
            let listed: Vec<Listed> =
                config.contexts.iter().map(|c| Listed::of(c, current == Some(c.name.as_str()))).collect();
            if out.structured() {
                return out.data(&listed);
            }
            if listed.is_empty() {
                out.note(format!(
                    "no contexts in {}; add one with pchat context set NAME --server URL",
                    file.display()
                ));
                return Ok(());
            }
            let rows = config
                .contexts
                .iter()
                .map(|c| {
                    let mark = if current == Some(c.name.as_str()) { "*" } else { "" };
                    vec![
                        mark.to_string(),
                        c.name.clone(),
                        c.server.clone(),
                        c.auth(),
                        c.ca_cert.as_ref().map(|p| p.display().to_string()).unwrap_or_default(),
                    ]
                })
                .collect();
            out.rows(&["CURRENT", "NAME", "SERVER", "AUTH", "CA CERT"], rows)
        }
        ContextCommand::Show { name: Some(name) } => {
            let config = load(&file)?;
            let Some(context) = config.get(&name) else { return Err(unknown(&config, &name, &file)) };
            let current = config.current_context.as_deref() == Some(name.as_str());
            if out.structured() {
                return out.data(&Listed::of(context, current));
            }
            let mut rows = vec![
                vec!["name".to_string(), format!("{}{}", context.name, if current { " (current)" } else { "" })],
                vec!["server".into(), context.server.clone()],
                vec!["auth".into(), context.auth()],
            ];
            if let Some(ca) = &context.ca_cert {
                rows.push(vec!["ca-cert".into(), ca.display().to_string()]);
            }
            if let Some(sync) = &context.directory_sync {
                rows.push(vec!["directory-sync".into(), sync.display().to_string()]);
            }
            out.rows(&["SETTING", "VALUE"], rows)
        }
        ContextCommand::Show { name: None } => show_in_use(out, global, &file),
        ContextCommand::Use { name } => {
            let mut config = load(&file)?;
            if config.get(&name).is_none() {
                return Err(unknown(&config, &name, &file));
            }
            config.current_context = Some(name.clone());
            config.save(&file).map_err(anyhow::Error::from)?;
            out.written(&serde_json::json!({ "current": name }), format!("using context {name}"))
        }
        ContextCommand::Set {
            name,
            server,
            token_file,
            token_stdin,
            no_token,
            ca_cert,
            directory_sync,
            make_current,
        } => {
            contexts::check_name(&name).map_err(InvalidInput)?;
            let mut config = load(&file)?;
            let existing = config.get(&name).cloned();
            let added = existing.is_none();
            let mut context = match existing {
                Some(context) => context,
                None => {
                    let Some(server) = &server else {
                        return Err(
                            InvalidInput(format!("context {name} is new: give its server with --server URL")).into()
                        );
                    };
                    NamedContext { name: name.clone(), server: server.clone(), ..Default::default() }
                }
            };
            if let Some(server) = server {
                contexts::check_server(&server).map_err(|e| InvalidInput(format!("--server {e}")))?;
                context.server = server;
            }
            if no_token {
                context.token = None;
                context.token_file = None;
            }
            if let Some(token_file) = token_file {
                // Kept as an absolute path: the context is used from any directory.
                let absolute = std::path::absolute(&token_file).unwrap_or(token_file);
                context.token_file = Some(absolute);
                context.token = None;
                context.read_token().map_err(|e| InvalidInput(e.to_string()))?;
            }
            if token_stdin {
                context.token = Some(token_from_stdin()?);
                context.token_file = None;
            }
            if let Some(ca_cert) = ca_cert {
                let absolute = std::path::absolute(&ca_cert).unwrap_or(ca_cert);
                if !absolute.is_file() {
                    return Err(InvalidInput(format!("--ca-cert {}: no such file", absolute.display())).into());
                }
                context.ca_cert = Some(absolute);
            }
            if let Some(sync) = directory_sync {
                let absolute = std::path::absolute(&sync).unwrap_or(sync);
                crate::sync::config::SyncFile::load(&absolute)
                    .map_err(|e| InvalidInput(format!("--directory-sync {e}")))?;
                context.directory_sync = Some(absolute);
            }
            config.put(context);
            if make_current || config.current_context.is_none() {
                config.current_context = Some(name.clone());
            }
            config.save(&file).map_err(anyhow::Error::from)?;
            let verb = if added { "added" } else { "updated" };
            let current = config.current_context.as_deref() == Some(name.as_str());
            out.written(
                &serde_json::json!({ "context": name, verb: true, "current": current }),
                format!(
                    "{verb} context {name} in {}{}",
                    file.display(),
                    if current { " (the current context)" } else { "" }
                ),
            )
        }
        ContextCommand::Delete { name } => {
            let mut config = load(&file)?;
            if !config.remove(&name) {
                return Err(unknown(&config, &name, &file));
            }
            config.save(&file).map_err(anyhow::Error::from)?;
            out.written(&serde_json::json!({ "deleted": name }), format!("deleted context {name}"))
        }
    }
}

/// The token, from stdin: the first line, so `echo`, a here-string or a secret manager's
/// pipe all work, and nothing lands in the shell's history.
fn token_from_stdin() -> anyhow::Result<String> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        crate::say!("paste the token, then press Enter:");
    }
    let mut text = String::new();
    std::io::stdin()
        .take(64 * 1024)
        .read_to_string(&mut text)
        .map_err(|e| InvalidInput(format!("--token-stdin: reading stdin: {}", crate::api::text::io_reason(&e))))?;
    let token = text.lines().next().unwrap_or("").trim();
    if token.is_empty() {
        return Err(InvalidInput("--token-stdin: stdin held no token".into()).into());
    }
    Ok(token.to_string())
}

/// The connection a command would use now: each setting with where it comes from.
fn show_in_use(out: &Output, global: &GlobalArgs, file: &std::path::Path) -> anyhow::Result<()> {
    let target = super::target(global)?;
    let from = |origin: &Origin| origin.to_string();
    if out.structured() {
        return out.data(&serde_json::json!({
            "config": file,
            "context": target.context.as_ref().map(|c| &c.value),
            "server": target.server.as_ref().map(|s| serde_json::json!({ "value": s.value, "from": from(&s.from) })),
            "token": target.token.as_ref().map(|t| serde_json::json!({ "from": from(&t.from) })),
            "ca_cert": target.ca_cert.as_ref().map(|c| serde_json::json!({ "value": c.value, "from": from(&c.from) })),
        }));
    }
    let none = || ("(none)".to_string(), String::new());
    let context = target.context.as_ref().map(|c| (c.value.clone(), from(&c.from))).unwrap_or_else(none);
    let server = target.server.as_ref().map(|s| (s.value.clone(), from(&s.from))).unwrap_or_else(none);
    let token = target.token.as_ref().map(|t| ("(set)".to_string(), from(&t.from))).unwrap_or_else(none);
    let ca = target.ca_cert.as_ref().map(|c| (c.value.display().to_string(), from(&c.from))).unwrap_or_else(none);
    let rows = [
        ("config", (file.display().to_string(), String::new())),
        ("context", context),
        ("server", server),
        ("token", token),
        ("ca-cert", ca),
    ]
    .into_iter()
    .map(|(setting, (value, from))| vec![setting.to_string(), value, from])
    .collect();
    out.rows(&["SETTING", "VALUE", "FROM"], rows)
}
