//! Named contexts: the servers an administrator works with, each with how to authenticate,
//! kept in one YAML file (`$XDG_CONFIG_HOME/pchat/config.yaml`, or `PCHAT_CONFIG`), as
//! kubeconfig keeps clusters. The file may hold tokens, so it is written owner-only (0600)
//! and refused when anyone else may read it.

use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The file, as written and read.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Config {
    /// The context used when neither `--context` nor `PCHAT_CONTEXT` names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_context: Option<String>,
    #[serde(default)]
    pub contexts: Vec<NamedContext>,
}

/// One server and how to reach it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct NamedContext {
    pub name: String,
    /// `http(s)://HOST:PORT`, `unix:PATH` or `embedded:PATH`.
    pub server: String,
    /// The token itself (from `--token-stdin`); the file is owner-only for this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// A file the token is read from at each use (a secret manager may rotate it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_file: Option<PathBuf>,
    /// A certificate authority to trust beside the system's (PEM).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<PathBuf>,
    /// The `pchat directory sync` config used without `--config` (it names the bind
    /// password's file; the password itself is never kept here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_sync: Option<PathBuf>,
}

impl NamedContext {
    /// How it authenticates, as `context list` says it (never the token itself).
    pub fn auth(&self) -> String {
        match (&self.token, &self.token_file) {
            (Some(_), _) => "token (stored)".into(),
            (None, Some(file)) => format!("token file {}", file.display()),
            (None, None) => "none".into(),
        }
    }

    /// The token, read from its file when it names one.
    pub fn read_token(&self) -> Result<Option<String>, ContextError> {
        if let Some(token) = &self.token {
            return Ok(Some(token.clone()));
        }
        let Some(file) = &self.token_file else { return Ok(None) };
        let text = std::fs::read_to_string(file).map_err(|e| ContextError::TokenFile {
            context: self.name.clone(),
            file: file.clone(),
            reason: crate::api::text::io_reason(&e),
        })?;
        let token = text.trim();
        if token.is_empty() {
            return Err(ContextError::TokenFile {
                context: self.name.clone(),
                file: file.clone(),
                reason: "it is empty".into(),
            });
        }
        Ok(Some(token.to_string()))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ContextError {
    #[error("reading {}: {reason}", file.display())]
    Read { file: PathBuf, reason: String },
    #[error("{}: {reason}", file.display())]
    Invalid { file: PathBuf, reason: String },
    #[error(
        "refusing to read {}: others can read it (mode {mode:04o}) and it may hold tokens; run chmod 600 {}",
        file.display(),
        file.display()
    )]
    Exposed { file: PathBuf, mode: u32 },
    #[error("no context named {name:?} in {}{}", file.display(), known_list(known))]
    Unknown { name: String, file: PathBuf, known: Vec<String> },
    #[error("writing {}: {reason}", file.display())]
    Write { file: PathBuf, reason: String },
    #[error("context {context}: reading its token file {}: {reason}", file.display())]
    TokenFile { context: String, file: PathBuf, reason: String },
}

fn known_list(known: &[String]) -> String {
    if known.is_empty() {
        " (it holds none; add one with pchat context set NAME --server URL)".into()
    } else {
        format!(" (it holds {})", known.join(", "))
    }
}

/// Where the file is: `PCHAT_CONFIG`, else `$XDG_CONFIG_HOME/pchat/config.yaml`, else
/// `~/.config/pchat/config.yaml`.
pub fn config_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PCHAT_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").filter(|p| !p.is_empty()).map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("pchat").join("config.yaml"))
}

/// Largest config file read: a few hundred contexts fit many times over.
const MAX_CONFIG_BYTES: u64 = 1 << 20;

impl Config {
    /// Reads the file; one that does not exist is an empty config.
    pub fn load(file: &Path) -> Result<Config, ContextError> {
        let read_error = |e: std::io::Error| ContextError::Read {
            file: file.to_path_buf(),
            reason: crate::api::text::io_reason(&e),
        };
        let meta = match std::fs::metadata(file) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(read_error(e)),
        };
        let mode = meta.permissions().mode() & 0o7777;
        if mode & 0o077 != 0 {
            return Err(ContextError::Exposed { file: file.to_path_buf(), mode });
        }
        if meta.len() > MAX_CONFIG_BYTES {
            return Err(ContextError::Invalid {
                file: file.to_path_buf(),
                reason: format!("{} bytes is more than a config file holds (1 MiB at most)", meta.len()),
            });
        }
        let text = std::fs::read_to_string(file).map_err(read_error)?;
        if text.trim().is_empty() {
            return Ok(Config::default());
        }
        let config: Config = serde_yaml::from_str(&text).map_err(|e| {
            let at = e.location().map(|l| format!(":{}:{}", l.line(), l.column())).unwrap_or_default();
            // The place is said once, as FILE:LINE:COLUMN.
            let reason = e.to_string();
            let reason = reason.split(" at line ").next().unwrap_or(&reason).to_string();
            ContextError::Invalid { file: PathBuf::from(format!("{}{at}", file.display())), reason }
        })?;
        config.check(file)?;
        Ok(config)
    }

    /// Names are unique and each server is one pchat can use.
    fn check(&self, file: &Path) -> Result<(), ContextError> {
        let invalid = |reason: String| ContextError::Invalid { file: file.to_path_buf(), reason };
        let mut seen = std::collections::HashSet::new();
        for context in &self.contexts {
            check_name(&context.name).map_err(&invalid)?;
            if !seen.insert(context.name.as_str()) {
                return Err(invalid(format!("context {:?} is defined twice", context.name)));
            }
            check_server(&context.server).map_err(|e| invalid(format!("context {}: {e}", context.name)))?;
            if context.token.is_some() && context.token_file.is_some() {
                return Err(invalid(format!("context {}: give token or token-file, not both", context.name)));
            }
        }
        Ok(())
    }

    pub fn get(&self, name: &str) -> Option<&NamedContext> {
        self.contexts.iter().find(|c| c.name == name)
    }

    /// The context `name`, or the error that says which ones there are.
    pub fn named(&self, name: &str, file: &Path) -> Result<&NamedContext, ContextError> {
        self.get(name).ok_or_else(|| ContextError::Unknown {
            name: name.to_string(),
            file: file.to_path_buf(),
            known: self.contexts.iter().map(|c| c.name.clone()).collect(),
        })
    }

    /// Replaces the context of that name, or adds it at the end.
    pub fn put(&mut self, context: NamedContext) {
        match self.contexts.iter_mut().find(|c| c.name == context.name) {
            Some(slot) => *slot = context,
            None => self.contexts.push(context),
        }
    }

    /// Removes a context (and makes none current if it was); false when there was none.
    pub fn remove(&mut self, name: &str) -> bool {
        let before = self.contexts.len();
        self.contexts.retain(|c| c.name != name);
        if self.current_context.as_deref() == Some(name) {
            self.current_context = None;
        }
        self.contexts.len() != before
    }

    /// Writes the file whole (a new file renamed over the old), owner-only; a missing
    /// directory is made, owner-only too.
    pub fn save(&self, file: &Path) -> Result<(), ContextError> {
        let write_error = |e: std::io::Error| ContextError::Write {
            file: file.to_path_buf(),
            reason: crate::api::text::io_reason(&e),
        };
        let dir = match file.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !dir.exists() {
            std::fs::DirBuilder::new().recursive(true).mode(0o700).create(&dir).map_err(write_error)?;
        }
        let text = format!(
            "# pchat contexts: written by `pchat context set|use|delete`; owner-only, it may hold tokens\n{}",
            serde_yaml::to_string(self)
                .map_err(|e| ContextError::Write { file: file.to_path_buf(), reason: e.to_string() })?
        );
        let mut temp = tempfile::Builder::new()
            .prefix(".config.yaml.")
            .permissions(std::fs::Permissions::from_mode(0o600))
            .tempfile_in(&dir)
            .map_err(write_error)?;
        temp.write_all(text.as_bytes()).map_err(write_error)?;
        temp.as_file().sync_all().map_err(write_error)?;
        temp.persist(file).map_err(|e| write_error(e.error))?;
        Ok(())
    }
}

/// A context's name: what a shell and a YAML key take without quoting.
pub fn check_name(name: &str) -> Result<(), String> {
    let fine = !name.is_empty()
        && name.len() <= 64
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !name.starts_with(['-', '.']);
    if fine {
        Ok(())
    } else {
        Err(format!(
            "{name:?} is not a context name: 1 to 64 letters, digits, '-', '_' or '.', not starting with '-' or '.'"
        ))
    }
}

/// Whether `server` is an address pchat can talk to.
pub fn check_server(server: &str) -> Result<(), String> {
    for scheme in ["http://", "https://"] {
        if let Some(rest) = server.strip_prefix(scheme) {
            if rest.trim_matches('/').is_empty() {
                return Err(format!("{server:?} names no host: use {scheme}HOST:PORT"));
            }
            return Ok(());
        }
    }
    for scheme in ["unix:", "embedded:"] {
        if let Some(path) = server.strip_prefix(scheme) {
            if path.is_empty() {
                return Err(format!("{scheme} needs a file path, e.g. {scheme}/run/pchat/admin.sock"));
            }
            return Ok(());
        }
    }
    Err(format!(
        "{server:?} is not a server address: use http://HOST:PORT, https://HOST:PORT, unix:PATH (a node's --admin-socket) or embedded:PATH (a SQLite file)"
    ))
}

/// Where a connection setting came from, for `context show` and for the errors that name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    Flag,
    Environment,
    Context(String),
    /// The config file's `current-context`.
    Current,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Flag => write!(f, "flag"),
            Origin::Environment => write!(f, "environment"),
            Origin::Context(name) => write!(f, "context {name}"),
            Origin::Current => write!(f, "the config file's current-context"),
        }
    }
}

/// A setting and where it came from.
#[derive(Debug, Clone, Serialize)]
pub struct Sourced<T> {
    pub value: T,
    pub from: Origin,
}

/// What the command line and the environment gave, each with its origin.
#[derive(Debug, Clone, Default)]
pub struct Given {
    pub server: Option<Sourced<String>>,
    pub token: Option<Sourced<String>>,
    pub ca_cert: Option<Sourced<PathBuf>>,
    pub context: Option<Sourced<String>>,
}

/// The connection a command uses: flags, then the environment, then the context.
#[derive(Debug, Clone, Default)]
pub struct Target {
    pub server: Option<Sourced<String>>,
    pub token: Option<Sourced<String>>,
    pub ca_cert: Option<Sourced<PathBuf>>,
    /// The context consulted, if any (named, or the file's current one).
    pub context: Option<Sourced<String>>,
    /// The consulted context's directory sync config.
    pub directory_sync: Option<PathBuf>,
}

/// Resolves the connection. A context's token and certificate authority go with its server
/// only: when a flag or the environment names another server, they are not sent there.
pub fn resolve(given: Given, file: Option<&Path>) -> Result<Target, ContextError> {
    let mut target = Target {
        server: given.server,
        token: given.token,
        ca_cert: given.ca_cert,
        context: None,
        directory_sync: None,
    };
    let Some(file) = file else { return Ok(target) };
    let named = given.context.is_some();
    // Everything is given already and no context was asked for: the file is not read.
    if !named && target.server.is_some() && target.token.is_some() {
        return Ok(target);
    }
    let config = Config::load(file)?;
    let chosen = match given.context {
        Some(name) => Some(name),
        None => config.current_context.clone().map(|value| Sourced { value, from: Origin::Current }),
    };
    let Some(chosen) = chosen else { return Ok(target) };
    let context = match config.named(&chosen.value, file) {
        Ok(context) => context,
        // A current context that was deleted by hand: as if none were set.
        Err(_) if !named => return Ok(target),
        Err(e) => return Err(e),
    };
    let from = Origin::Context(context.name.clone());
    let same_server = target.server.as_ref().is_none_or(|s| s.value == context.server);
    if target.server.is_none() {
        target.server = Some(Sourced { value: context.server.clone(), from: from.clone() });
    }
    if same_server {
        if target.token.is_none() {
            target.token = context.read_token()?.map(|value| Sourced { value, from: from.clone() });
        }
        if target.ca_cert.is_none() {
            target.ca_cert = context.ca_cert.clone().map(|value| Sourced { value, from: from.clone() });
        }
    }
    target.context = Some(Sourced { value: context.name.clone(), from: chosen.from });
    target.directory_sync = context.directory_sync.clone();
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context(name: &str, server: &str) -> NamedContext {
        NamedContext {
            name: name.into(),
            server: server.into(),
            token: Some(format!("t-{name}")),
            ..Default::default()
        }
    }

    fn flag<T>(value: T) -> Option<Sourced<T>> {
        Some(Sourced { value, from: Origin::Flag })
    }

    fn saved(config: &Config) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pchat").join("config.yaml");
        config.save(&file).unwrap();
        (dir, file)
    }

    #[test]
    fn the_file_is_owner_only_and_refused_when_others_can_read_it() {
        let config = Config { current_context: Some("a".into()), contexts: vec![context("a", "http://127.0.0.1:1")] };
        let (_dir, file) = saved(&config);
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::metadata(file.parent().unwrap()).unwrap().permissions().mode() & 0o777, 0o700);
        assert_eq!(Config::load(&file).unwrap().contexts, config.contexts);
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
        let err = Config::load(&file).unwrap_err().to_string();
        assert!(err.contains("mode 0640") && err.contains("chmod 600"), "{err}");
    }

    #[test]
    fn flags_and_environment_come_before_the_context() {
        let config = Config {
            current_context: Some("a".into()),
            contexts: vec![context("a", "http://127.0.0.1:1"), context("b", "http://127.0.0.1:2")],
        };
        let (_dir, file) = saved(&config);
        let target = resolve(Given::default(), Some(&file)).unwrap();
        assert_eq!(target.server.unwrap().value, "http://127.0.0.1:1");
        assert_eq!(target.token.unwrap().from, Origin::Context("a".into()));

        let given = Given { context: flag("b".to_string()), ..Default::default() };
        assert_eq!(resolve(given, Some(&file)).unwrap().token.unwrap().value, "t-b");

        let given = Given { token: flag("mine".to_string()), ..Default::default() };
        let target = resolve(given, Some(&file)).unwrap();
        assert_eq!(
            (target.server.unwrap().value.as_str(), target.token.unwrap().value.as_str()),
            ("http://127.0.0.1:1", "mine")
        );

        // Another server: the context's token is not sent to it.
        let given = Given { server: flag("http://127.0.0.1:9".to_string()), ..Default::default() };
        let target = resolve(given, Some(&file)).unwrap();
        assert!(target.token.is_none());

        let given = Given { context: flag("c".to_string()), ..Default::default() };
        let err = resolve(given, Some(&file)).unwrap_err().to_string();
        assert!(err.contains("no context named \"c\"") && err.contains("a, b"), "{err}");
    }

    #[test]
    fn bad_files_are_named_with_the_place() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.yaml");
        std::fs::write(&file, "contexts:\n  - name: a\n    server: ftp://x\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        let err = Config::load(&file).unwrap_err().to_string();
        assert!(err.contains("context a") && err.contains("not a server address"), "{err}");
        std::fs::write(&file, "contexts:\n  - name: a\n    srver: http://x\n").unwrap();
        let err = Config::load(&file).unwrap_err().to_string();
        assert!(err.contains("config.yaml:3:5: ") && err.contains("srver") && !err.contains("at line"), "{err}");
    }
}
