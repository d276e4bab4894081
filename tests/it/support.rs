//! Shared helpers for end-to-end tests: a real `pchat server` child process on a loopback
//! port over a fresh store, and a small DSL to run the `pchat` CLI against it.
//!
//! ```ignore
//! let srv = TestServer::start();
//! let out = srv.cli(&["rooms", "list", "-o", "json"]).success();
//! assert_eq!(out.json(), serde_json::json!([]));
//! ```
#![cfg(all(feature = "server", feature = "client", feature = "sqlite"))]
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The binary under test.
pub const PCHAT: &str = env!("CARGO_BIN_EXE_pchat");

/// How long one CLI call may take before the test fails (it never should come close).
const CLI_TIMEOUT: Duration = Duration::from_secs(60);
/// How long a server may take to print its `listening on` line.
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// Environment variables the binary reads; tests never inherit them from the caller.
const PCHAT_ENV: &[&str] = &[
    "PCHAT_SERVER",
    "PCHAT_TOKEN",
    "PCHAT_DATABASE",
    "PCHAT_LISTEN",
    "PCHAT_LOG",
    "PCHAT_LOG_FORMAT",
    "PCHAT_CONTEXT",
    "PCHAT_CA_CERT",
    "PCHAT_ADMIN_SOCKET",
    "COMPLETE",
];

/// No test reads the contexts of whoever runs the tests: by default the config file is one
/// that does not exist (a test of contexts names its own).
const NO_CONFIG: &str = "/nonexistent/pchat-tests/config.yaml";

/// A `pchat` command with a clean environment, no colour and stdin at /dev/null (so
/// destructive commands need `--yes`).
pub fn pchat() -> Command {
    let mut cmd = Command::new(PCHAT);
    for var in PCHAT_ENV {
        cmd.env_remove(var);
    }
    cmd.env("NO_COLOR", "1").env("PCHAT_CONFIG", NO_CONFIG).stdin(Stdio::null());
    cmd
}

/// What one CLI call did.
#[derive(Debug, Clone)]
pub struct Out {
    /// The command line, for failure messages.
    pub args: Vec<String>,
    /// The exit code (-1 when killed by a signal).
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Display for Out {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`pchat {}` exited {}\n--- stdout ---\n{}--- stderr ---\n{}",
            self.args.join(" "),
            self.code,
            self.stdout,
            self.stderr
        )
    }
}

impl Out {
    /// Asserts exit code 0.
    #[track_caller]
    pub fn success(self) -> Out {
        assert_eq!(self.code, 0, "expected success:\n{self}");
        self
    }

    /// Asserts an exact exit code.
    #[track_caller]
    pub fn code(self, expected: i32) -> Out {
        assert_eq!(self.code, expected, "expected exit code {expected}:\n{self}");
        self
    }

    /// Asserts that stderr holds every one of `needles`.
    #[track_caller]
    pub fn stderr_has(self, needles: &[&str]) -> Out {
        for n in needles {
            assert!(self.stderr.contains(n), "stderr should mention {n:?}:\n{self}");
        }
        self
    }

    /// Asserts that stdout holds every one of `needles`.
    #[track_caller]
    pub fn stdout_has(self, needles: &[&str]) -> Out {
        for n in needles {
            assert!(self.stdout.contains(n), "stdout should mention {n:?}:\n{self}");
        }
        self
    }

    /// stdout parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{self}"))
    }

    /// stdout parsed as YAML (into JSON values, to compare with `json()`).
    #[track_caller]
    pub fn yaml(&self) -> serde_json::Value {
        serde_yaml::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not YAML ({e}):\n{self}"))
    }
}

/// Runs a prepared command with a time limit and collects its output.
#[track_caller]
pub fn run(mut cmd: Command, args: &[&str]) -> Out {
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("starting {PCHAT}: {e}"));
    let stdout = drain(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let status = match wait_for(&mut child, CLI_TIMEOUT) {
        Some(status) => status,
        None => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`pchat {}` did not finish within {CLI_TIMEOUT:?}", args.join(" "));
        }
    };
    Out {
        args,
        code: status.code().unwrap_or(-1),
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
    }
}

fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Waits for a child up to `limit`; None when it is still running.
pub fn wait_for(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + limit;
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait().expect("waiting for a child process") {
            return Some(status);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Runs the CLI with no server and no token set (for `--server embedded:...` and the like).
#[track_caller]
pub fn cli_bare(args: &[&str]) -> Out {
    run(pchat(), args)
}

/// A started server process: its stdout lines up to `listening on`, and its address.
pub struct Spawned {
    pub child: Child,
    pub addr: SocketAddr,
    /// Every stdout line up to and including `listening on http://...`.
    pub banner: Vec<String>,
}

/// Starts `pchat <args>` (a `server` command line) and waits for its `listening on` line.
/// stderr (the log) goes to `log`, so a failure can show it.
#[track_caller]
pub fn spawn_server(args: &[&str], log: &Path) -> Spawned {
    spawn_server_with(args, &[], log)
}

/// [`spawn_server`] with extra environment variables.
#[track_caller]
pub fn spawn_server_with(args: &[&str], env: &[(&str, &str)], log: &Path) -> Spawned {
    let log_file = std::fs::File::create(log).expect("creating the server log file");
    let mut child = pchat()
        .envs(env.iter().copied())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::from(log_file))
        .spawn()
        .unwrap_or_else(|e| panic!("starting {PCHAT} {}: {e}", args.join(" ")));
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel::<String>();
    // Reads every line for the life of the process, so the server never blocks on a full pipe.
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            // After start-up nobody listens any more; keep draining anyway.
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + START_TIMEOUT;
    let mut banner = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left.max(Duration::from_millis(1))) {
            Ok(line) => {
                let found = line
                    .strip_prefix("listening on http://")
                    .or_else(|| line.strip_prefix("listening on https://"))
                    .map(|a| a.trim().to_string());
                banner.push(line);
                if let Some(addr) = found {
                    let addr: SocketAddr = addr.parse().unwrap_or_else(|e| panic!("bad listen address {addr:?}: {e}"));
                    assert!(addr.ip().is_loopback(), "the test server must listen on loopback only, not {addr}");
                    return Spawned { child, addr, banner };
                }
            }
            Err(_) => {
                let _ = child.kill();
                let status = child.wait().ok();
                let log = std::fs::read_to_string(log).unwrap_or_default();
                panic!(
                    "`pchat {}` did not print `listening on http://...` (exit: {status:?})\nstdout so far:\n{}\nlog:\n{log}",
                    args.join(" "),
                    banner.join("\n")
                );
            }
        }
    }
}

/// Sends SIGTERM to a child through `kill -TERM PID`.
pub fn sigterm(child: &Child) {
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().expect("running kill -TERM");
    assert!(status.success(), "kill -TERM {} failed: {status}", child.id());
}

/// A raw HTTP/1.1 GET on a loopback address: (status code, body).
pub fn http_get(addr: SocketAddr, path: &str) -> (u16, String) {
    let (code, _, body) = http_get_as(addr, path, None);
    (code, body)
}

/// [`http_get`] with a bearer token: (status code, headers as sent, body).
pub fn http_get_as(addr: SocketAddr, path: &str, token: Option<&str>) -> (u16, String, String) {
    assert!(addr.ip().is_loopback(), "tests only talk to loopback addresses, not {addr}");
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(10)).expect("connecting to the test server");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("setting a read timeout");
    let auth = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\n{auth}Connection: close\r\n\r\n")
        .expect("sending the request");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("reading the response");
    let status_line = response.lines().next().unwrap_or_default().to_string();
    let code = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP response: {status_line:?}"));
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    (code, head.to_string(), body.to_string())
}

/// Which store a test server runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A `pchat server` child on 127.0.0.1 over a store of its own, with an administrator token.
/// `PCHAT_TEST_POSTGRES`, or None with a note; in CI its absence fails the test instead.
#[track_caller]
pub fn postgres_url() -> Option<String> {
    match std::env::var("PCHAT_TEST_POSTGRES") {
        Ok(url) if !url.trim().is_empty() && cfg!(feature = "postgres") => Some(url),
        _ => {
            let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
            assert!(
                !ci || !cfg!(feature = "postgres"),
                "CI is set but PCHAT_TEST_POSTGRES is not: the PostgreSQL end-to-end tests must run in CI \
                 (.ci/run sets it)"
            );
            eprintln!(
                "note: PostgreSQL end-to-end test skipped; set PCHAT_TEST_POSTGRES=postgres://USER:PASSWORD@127.0.0.1:5432/DB to run it"
            );
            None
        }
    }
}

thread_local! {
    static ON_POSTGRES: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs a test body with every `TestServer::start()` in it on PostgreSQL: how the end-to-end
/// tests run on both stores without a copy of each. Skips (with a note) when
/// `PCHAT_TEST_POSTGRES` is not set, and fails instead when `CI` is set.
pub fn on_postgres(body: impl FnOnce()) {
    if postgres_url().is_none() {
        return;
    }
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            ON_POSTGRES.set(false);
        }
    }
    let _reset = Reset;
    ON_POSTGRES.set(true);
    body();
}

/// Generates `on_postgres::NAME` tests that run the named test functions again on PostgreSQL.
macro_rules! also_on_postgres {
    ($($name:ident),+ $(,)?) => {
        mod on_postgres {
            $(
                #[test]
                #[ignore = "PostgreSQL: set PCHAT_TEST_POSTGRES and pass --include-ignored (bash .ci/run does both)"]
                fn $name() {
                    crate::support::on_postgres(super::$name);
                }
            )+
        }
    };
}
pub(crate) use also_on_postgres;

/// The child is killed (and the store removed) when this is dropped.
pub struct TestServer {
    child: Option<Child>,
    pub addr: SocketAddr,
    /// `http://127.0.0.1:PORT`
    pub url: String,
    /// The store URL the server runs on.
    pub database: String,
    /// An administrator token minted into the store before the server started.
    pub admin_token: String,
    pub backend: Backend,
    dir: tempfile::TempDir,
    #[cfg(feature = "postgres")]
    _pg: Option<pg::Database>,
}

impl TestServer {
    /// A server over a new SQLite file in a temporary directory; on PostgreSQL instead when
    /// the test runs inside [`on_postgres`].
    #[track_caller]
    pub fn start() -> TestServer {
        if ON_POSTGRES.get() {
            return Self::start_postgres().expect("on_postgres runs its body only when PostgreSQL is configured");
        }
        let dir = tempfile::tempdir().expect("creating a temporary directory");
        let database = format!("sqlite://{}", dir.path().join("pchat.db").display());
        Self::boot(dir, database, Backend::Sqlite, None)
    }

    /// A server over a new PostgreSQL database next to the one `PCHAT_TEST_POSTGRES` names;
    /// None (with a note) when that variable is not set.
    #[track_caller]
    pub fn start_postgres() -> Option<TestServer> {
        #[cfg(feature = "postgres")]
        {
            let admin_url = postgres_url()?;
            let db = pg::create(&admin_url);
            let database = db.url.clone();
            let dir = tempfile::tempdir().expect("creating a temporary directory");
            Some(Self::boot(dir, database, Backend::Postgres, Some(db)))
        }
        #[cfg(not(feature = "postgres"))]
        {
            eprintln!("note: PostgreSQL CLI test skipped; this build has no postgres feature");
            None
        }
    }

    /// A server on a PostgreSQL database the test made itself (`own_postgres`).
    #[track_caller]
    pub fn start_on(database: &str) -> TestServer {
        let dir = tempfile::tempdir().expect("creating a temporary directory");
        Self::boot(dir, database.to_string(), Backend::Postgres, None)
    }

    #[track_caller]
    fn boot(
        dir: tempfile::TempDir,
        database: String,
        backend: Backend,
        #[cfg(feature = "postgres")] pg: Option<pg::Database>,
        #[cfg(not(feature = "postgres"))] _pg: Option<()>,
    ) -> TestServer {
        // Mint first: `server token create` runs the migrations and writes the token.
        let minted = cli_bare(&["server", "token", "create", "--database", &database, "--role", "admin", "-o", "json"])
            .success();
        let admin_token =
            minted.json()["token"].as_str().unwrap_or_else(|| panic!("no token in:\n{minted}")).to_string();
        assert!(admin_token.starts_with("pchat_"), "unexpected token format: {admin_token}");
        let log = dir.path().join("server.log");
        let files = dir.path().join("pchat-files").display().to_string();
        let spawned =
            spawn_server(&["server", "--listen", "127.0.0.1:0", "--database", &database, "--file-store", &files], &log);
        TestServer {
            child: Some(spawned.child),
            url: format!("http://{}", spawned.addr),
            addr: spawned.addr,
            database,
            admin_token,
            backend,
            dir,
            #[cfg(feature = "postgres")]
            _pg: pg,
        }
    }

    /// The file store every start of this server names (beside the SQLite file, where the
    /// default would put it too).
    pub fn file_store(&self) -> String {
        self.dir.path().join("pchat-files").display().to_string()
    }

    /// Gives a room `n` messages of history, through the store's bulk path.
    #[track_caller]
    pub fn give_history(&self, room: &str, n: usize) {
        let (database, room) = (self.database.clone(), room.to_string());
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
        runtime.block_on(async move {
            let store = pchat::store::open(&database, false).await.expect("opening the store");
            let id = {
                let mut tx = store.read().await.expect("a read");
                tx.rooms_by_name(std::slice::from_ref(&room)).await.expect("the room")[0].meta.id
            };
            let messages: Vec<pchat::store::NewMessage> = (0..n)
                .map(|i| pchat::store::NewMessage {
                    room_id: id,
                    sender: "sip:history@contoso.com".into(),
                    posted_at: pchat::store::now_ms(),
                    kind: pchat::api::MessageKind::Message,
                    title: String::new(),
                    body: format!("message {i}"),
                    keep: true,
                    files: String::new(),
                    record: None,
                    live: None,
                })
                .collect();
            store.import_messages(id, &messages).await.expect("importing messages");
            store.close().await;
        });
    }

    /// The test's own temporary directory.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file into the temporary directory and returns its path.
    pub fn write_file(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).expect("writing a test file");
        path
    }

    /// The server's log so far (its stderr).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }

    /// A `pchat` command aimed at this server (PCHAT_SERVER) with no token.
    pub fn command(&self) -> Command {
        let mut cmd = pchat();
        cmd.env("PCHAT_SERVER", &self.url);
        cmd
    }

    /// Runs the CLI as the administrator (PCHAT_TOKEN = the admin token).
    #[track_caller]
    pub fn cli(&self, args: &[&str]) -> Out {
        self.cli_as(&self.admin_token, args)
    }

    /// Runs the CLI with another token.
    #[track_caller]
    pub fn cli_as(&self, token: &str, args: &[&str]) -> Out {
        let mut cmd = self.command();
        cmd.env("PCHAT_TOKEN", token);
        run(cmd, args)
    }

    /// Runs the CLI with no token at all.
    #[track_caller]
    pub fn cli_anon(&self, args: &[&str]) -> Out {
        run(self.command(), args)
    }

    /// Runs the CLI as the administrator and asserts success.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> Out {
        self.cli(args).success()
    }

    /// Runs `ARGS -o json` as the administrator, asserts success and returns the JSON.
    #[track_caller]
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = args.to_vec();
        all.extend(["-o", "json"]);
        self.cli(&all).success().json()
    }

    /// Mints a user token for `owner` through `pchat tokens create` and returns its secret.
    #[track_caller]
    pub fn user_token(&self, owner: &str) -> String {
        let created = self.json(&["tokens", "create", "--role", "user", "--owner", owner]);
        assert_eq!(created["role"], "user", "{created}");
        assert_eq!(created["owner"], owner, "{created}");
        created["token"].as_str().expect("a token secret").to_string()
    }

    /// Creates a directory user.
    #[track_caller]
    pub fn user(&self, sip: &str, ou: &str) {
        let name = sip.trim_start_matches("sip:").split('@').next().unwrap_or(sip).to_string();
        self.ok(&["directory", "users", "create", sip, "--display-name", &name, "--ou", ou, "--site", "redmond"]);
    }

    /// Everything an administrator can list, as JSON: to prove a refused command changed nothing.
    #[track_caller]
    pub fn snapshot(&self) -> serde_json::Value {
        let mut all = serde_json::Map::new();
        for (key, args) in [
            ("users", &["directory", "users", "list"][..]),
            ("groups", &["directory", "groups", "list"][..]),
            ("categories", &["categories", "list"][..]),
            ("rooms", &["rooms", "list"][..]),
            ("addins", &["addins", "list"][..]),
            ("policies", &["policies", "list"][..]),
        ] {
            all.insert(key.to_string(), self.json(args));
        }
        serde_json::Value::Object(all)
    }

    /// The names in `rooms list -o json` run with `token` and extra filter args.
    #[track_caller]
    pub fn room_names_as(&self, token: &str, filters: &[&str]) -> Vec<String> {
        let mut args = vec!["rooms", "list"];
        args.extend_from_slice(filters);
        args.extend(["-o", "json"]);
        let out = self.cli_as(token, &args).success();
        names(&out.json())
    }

    /// The names in `rooms list -o json` (as the administrator) with extra filter args.
    #[track_caller]
    pub fn room_names(&self, filters: &[&str]) -> Vec<String> {
        self.room_names_as(&self.admin_token, filters)
    }

    /// The child process (for signals); None once it has been stopped.
    pub fn child(&self) -> Option<&Child> {
        self.child.as_ref()
    }

    /// Stops the server gracefully (SIGTERM) and starts it again on the same store.
    #[track_caller]
    pub fn restart(&mut self) {
        let status = self.terminate(Duration::from_secs(10));
        assert!(
            status.is_some_and(|s| s.success()),
            "the server did not stop cleanly on SIGTERM: {status:?}\n{}",
            self.log()
        );
        let log = self.dir.path().join("server-restarted.log");
        let spawned = spawn_server(
            &["server", "--listen", "127.0.0.1:0", "--database", &self.database, "--file-store", &self.file_store()],
            &log,
        );
        self.url = format!("http://{}", spawned.addr);
        self.addr = spawned.addr;
        self.child = Some(spawned.child);
    }

    /// Kills the server with SIGKILL (no chance to finish anything) and starts it again on
    /// the same store.
    #[track_caller]
    pub fn kill_and_restart(&mut self) {
        if let Some(mut child) = self.child.take() {
            let status =
                Command::new("kill").args(["-KILL", &child.id().to_string()]).status().expect("running kill -KILL");
            assert!(status.success(), "kill -KILL {} failed: {status}", child.id());
            let _ = child.wait();
        }
        let log = self.dir.path().join("server-restarted.log");
        let spawned = spawn_server(
            &["server", "--listen", "127.0.0.1:0", "--database", &self.database, "--file-store", &self.file_store()],
            &log,
        );
        self.url = format!("http://{}", spawned.addr);
        self.addr = spawned.addr;
        self.child = Some(spawned.child);
    }

    /// Kills the server with SIGKILL and starts it again on the same store and the same
    /// address, as a client that reconnects would find it.
    #[track_caller]
    pub fn kill_and_restart_here(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        let log = self.dir.path().join("server-restarted.log");
        let listen = self.addr.to_string();
        let spawned = spawn_server(
            &["server", "--listen", &listen, "--database", &self.database, "--file-store", &self.file_store()],
            &log,
        );
        self.child = Some(spawned.child);
    }

    /// SIGTERM, then waits up to `limit`; returns the exit status (None: still running).
    pub fn terminate(&mut self, limit: Duration) -> Option<ExitStatus> {
        let mut child = self.child.take()?;
        sigterm(&child);
        let status = wait_for(&mut child, limit);
        if status.is_none() {
            let _ = child.kill();
            let _ = child.wait();
        }
        status
    }
}

/// Another node on a [`TestServer`]'s store and file store: its own process and port.
pub struct Node {
    child: Option<Child>,
    pub url: String,
    pub log: PathBuf,
}

impl Node {
    /// Runs the CLI against this node with a token.
    #[track_caller]
    pub fn cli_as(&self, token: &str, args: &[&str]) -> Out {
        let mut cmd = pchat();
        cmd.env("PCHAT_SERVER", &self.url).env("PCHAT_TOKEN", token);
        run(cmd, args)
    }

    /// Kills the node with SIGKILL.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Stops the node with SIGTERM and waits up to `limit` for it to exit.
    pub fn terminate(&mut self, limit: Duration) -> Option<ExitStatus> {
        sigterm(self.child.as_ref()?);
        self.exited(limit)
    }

    /// Waits up to `limit` for the node to exit on its own; its status (None: still running).
    pub fn exited(&mut self, limit: Duration) -> Option<ExitStatus> {
        let status = wait_for(self.child.as_mut()?, limit);
        if status.is_some() {
            self.child = None;
        }
        status
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.kill();
        if std::thread::panicking() {
            eprintln!("--- node log ({}) ---\n{}", self.url, self.log());
        }
    }
}

impl TestServer {
    /// Starts another node on this server's store and file store, named `name`, with extra
    /// server arguments and environment variables.
    #[track_caller]
    pub fn start_node(&self, name: &str, extra: &[&str], env: &[(&str, &str)]) -> Node {
        let files = self.file_store();
        let mut args = vec![
            "server",
            "--listen",
            "127.0.0.1:0",
            "--database",
            &self.database,
            "--file-store",
            &files,
            "--node",
            name,
        ];
        args.extend_from_slice(extra);
        let log = self
            .dir
            .path()
            .join(format!("node-{name}-{}.log", NODE_LOGS.fetch_add(1, std::sync::atomic::Ordering::SeqCst)));
        let spawned = spawn_server_with(&args, env, &log);
        Node { child: Some(spawned.child), url: format!("http://{}", spawned.addr), log }
    }

    /// Kills this server's own process (its store stays, for the nodes started on it).
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

static NODE_LOGS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        if std::thread::panicking() {
            eprintln!("--- server log ({}) ---\n{}", self.url, self.log());
        }
    }
}

/// The sorted `name` fields of a JSON array of objects.
pub fn names(list: &serde_json::Value) -> Vec<String> {
    let mut out: Vec<String> = list
        .as_array()
        .unwrap_or_else(|| panic!("expected a JSON array, got {list}"))
        .iter()
        .map(|item| item["name"].as_str().unwrap_or_else(|| panic!("no name in {item}")).to_string())
        .collect();
    out.sort();
    out
}

/// Sorted strings, for comparing lists regardless of order.
pub fn sorted(items: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = items.iter().map(|s| s.to_string()).collect();
    out.sort();
    out
}

/// A JSON array of strings as a sorted Vec.
pub fn strings(value: &serde_json::Value) -> Vec<String> {
    let mut out: Vec<String> = value
        .as_array()
        .unwrap_or_else(|| panic!("expected a JSON array, got {value}"))
        .iter()
        .map(|v| v.as_str().unwrap_or_else(|| panic!("expected strings in {value}")).to_string())
        .collect();
    out.sort();
    out
}

/// Another database next to the one `PCHAT_TEST_POSTGRES` names (dropped with it); None
/// without PostgreSQL.
#[cfg(feature = "postgres")]
pub fn scratch_database() -> Option<pg::Database> {
    Some(pg::create(&postgres_url()?))
}

#[cfg(feature = "postgres")]
pub mod pg {
    /// A database of one test server's own, next to the one `PCHAT_TEST_POSTGRES` names.
    pub type Database = pchat::store::scratch::ScratchDatabase;

    #[track_caller]
    pub fn create(admin_url: &str) -> Database {
        Database::create_blocking(admin_url, "pchat_cli").unwrap_or_else(|e| panic!("PCHAT_TEST_POSTGRES: {e:#}"))
    }
}
