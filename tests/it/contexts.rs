//! Named contexts, the local admin socket, the server's log formats and the completion of
//! names (issue 16, points 2, 3, 4 and 6), through the real binary against real servers.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{names, pchat, run, spawn_server, spawn_server_with, Out, TestServer, PCHAT};

/// `pchat` with this config file.
fn with_config(config: &Path) -> Command {
    let mut cmd = pchat();
    cmd.env("PCHAT_CONFIG", config);
    cmd
}

/// Runs `pchat args` with `input` on stdin.
fn piped(mut cmd: Command, args: &[&str], input: &str) -> Out {
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("starting pchat");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    Out {
        args: args.iter().map(|a| a.to_string()).collect(),
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The categories a command's connection sees: which server it reached.
fn categories(cmd: Command, extra: &[&str]) -> Vec<String> {
    let mut args = extra.to_vec();
    args.extend(["categories", "list", "-o", "json"]);
    names(&run(cmd, &args).success().json())
}

#[test]
fn contexts_choose_the_server_and_flags_and_the_environment_come_first() {
    let a = TestServer::start();
    let b = TestServer::start();
    a.ok(&["categories", "create", "only-a"]);
    b.ok(&["categories", "create", "only-b"]);
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("conf").join("config.yaml");

    // The token comes from stdin, never from the command line.
    let added =
        piped(with_config(&config), &["context", "set", "a", "--server", &a.url, "--token-stdin"], &a.admin_token);
    assert_eq!(added.code, 0, "{added}");
    assert!(added.stdout.contains("added context a") && added.stdout.contains("the current context"), "{added}");
    let token_file = dir.path().join("b.token");
    std::fs::write(&token_file, format!("{}\n", b.admin_token)).unwrap();
    run(
        with_config(&config),
        &["context", "set", "b", "--server", &b.url, "--token-file", token_file.to_str().unwrap()],
    )
    .success();
    let mode = std::fs::metadata(&config).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the config file holds a token: owner-only");

    // The current context (a, the first one set).
    assert_eq!(categories(with_config(&config), &[]), ["only-a"]);
    // The environment names another context; a flag comes before it.
    let mut env_b = with_config(&config);
    env_b.env("PCHAT_CONTEXT", "b");
    assert_eq!(categories(env_b, &[]), ["only-b"]);
    let mut env_b = with_config(&config);
    env_b.env("PCHAT_CONTEXT", "b");
    assert_eq!(categories(env_b, &["--context", "a"]), ["only-a"]);
    // A server from the environment or a flag: the context's token is not sent to it.
    let mut env_server = with_config(&config);
    env_server.env("PCHAT_SERVER", &b.url);
    let out = run(env_server, &["categories", "list"]);
    assert_ne!(out.code, 0, "{out}");
    assert!(out.stderr.contains("token"), "{out}");
    let mut env_both = with_config(&config);
    env_both.env("PCHAT_SERVER", &b.url).env("PCHAT_TOKEN", &b.admin_token);
    assert_eq!(categories(env_both, &[]), ["only-b"]);
    let mut env_token = with_config(&config);
    env_token.env("PCHAT_TOKEN", &b.admin_token);
    assert_eq!(categories(env_token, &["--server", &b.url]), ["only-b"]);

    // `use` switches; `show` says where each setting comes from, and never the token.
    run(with_config(&config), &["context", "use", "b"]).success();
    assert_eq!(categories(with_config(&config), &[]), ["only-b"]);
    let shown = run(with_config(&config), &["context", "show", "-o", "json"]).success().json();
    assert_eq!(shown["context"], "b", "{shown}");
    assert_eq!(shown["server"]["from"], "context b", "{shown}");
    assert_eq!(shown["token"]["from"], "context b", "{shown}");
    let mut flagged = with_config(&config);
    flagged.env("PCHAT_TOKEN", "pchat_x");
    let shown = run(flagged, &["--server", &a.url, "context", "show", "-o", "json"]).success().json();
    assert_eq!(
        (shown["server"]["from"].as_str(), shown["token"]["from"].as_str()),
        (Some("flag"), Some("environment"))
    );
    let listed = run(with_config(&config), &["context", "list", "-o", "json"]).success();
    assert!(!listed.stdout.contains(&a.admin_token) && !listed.stdout.contains(&b.admin_token), "{listed}");
    let table = run(with_config(&config), &["context", "list"]).success();
    assert!(table.stdout.contains("token (stored)") && table.stdout.contains("b.token"), "{table}");

    // Unknown names, and a file others can read.
    let out = run(with_config(&config), &["context", "use", "nosuch"]).code(6);
    assert!(out.stderr.contains("no context named \"nosuch\"") && out.stderr.contains("a, b"), "{out}");
    let out = run(with_config(&config), &["--context", "nosuch", "rooms", "list"]).code(2);
    assert!(out.stderr.contains("no context named \"nosuch\""), "{out}");
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = run(with_config(&config), &["rooms", "list"]).code(2);
    assert!(out.stderr.contains("others can read it (mode 0644)") && out.stderr.contains("chmod 600"), "{out}");
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();

    // Deleting the current context leaves none current.
    run(with_config(&config), &["context", "delete", "b"]).success();
    let out = run(with_config(&config), &["rooms", "list"]).code(2);
    assert!(out.stderr.contains("no server given"), "{out}");
    let out = run(with_config(&config), &["context", "delete", "b"]).code(6);
    assert!(out.stderr.contains("no context named \"b\""), "{out}");
    let out = run(with_config(&config), &["context", "set", "c"]).code(2);
    assert!(out.stderr.contains("--server URL"), "{out}");
    let out = run(with_config(&config), &["context", "set", "c", "--server", "ftp://x"]).code(2);
    assert!(out.stderr.contains("not a server address"), "{out}");
}

#[test]
fn the_admin_socket_serves_its_owner_without_a_token() {
    let dir = tempfile::tempdir().unwrap();
    // Others may pass through the directory: the socket's own mode is what keeps them out.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let socket = dir.path().join("admin.sock");
    let database = format!("sqlite://{}", dir.path().join("p.db").display());
    let log = dir.path().join("server.log");
    let server_args = ["server", "--listen", "127.0.0.1:0", "--database", &database];
    let mut with_socket = server_args.to_vec();
    with_socket.extend(["--admin-socket", socket.to_str().unwrap()]);
    let spawned = spawn_server(&with_socket, &log);
    let mut child = spawned.child;
    assert!(spawned.banner.iter().any(|l| l.contains("listening on")), "{:?}", spawned.banner);
    let meta = std::fs::metadata(&socket).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);

    let at = format!("unix:{}", socket.display());
    run(pchat(), &["--server", &at, "categories", "create", "local"]).success();
    // Over TCP the same API still needs a token.
    let tcp = format!("http://{}", spawned.addr);
    let out = run(pchat(), &["--server", &tcp, "categories", "list"]);
    assert_ne!(out.code, 0, "{out}");
    let listed = run(pchat(), &["--server", &at, "categories", "list", "-o", "json"]).success().json();
    assert_eq!(names(&listed), ["local"]);

    // Another user cannot open it (the tests run as root in CI; elsewhere this part is skipped).
    if is_root() {
        let mut other = Command::new("setpriv");
        other.args(["--reuid=65534", "--regid=65534", "--clear-groups", PCHAT]);
        other.env("PCHAT_CONFIG", "/nonexistent/config.yaml").stdin(Stdio::null());
        let out = run(other, &["--server", &at, "categories", "list"]);
        assert_ne!(out.code, 0, "{out}");
        assert!(out.stderr.contains("permission denied") && out.stderr.contains("owner-only"), "{out}");
    }

    // A node killed outright leaves its socket file: the client says nothing answers, and
    // the next node replaces it.
    let _ = child.kill();
    let _ = child.wait();
    let out = run(pchat(), &["--server", &at, "categories", "list"]).code(1);
    assert!(out.stderr.contains("nothing answers on it") && out.stderr.contains("--admin-socket"), "{out}");
    let spawned = spawn_server(&with_socket, &log);
    let mut child = spawned.child;
    run(pchat(), &["--server", &at, "categories", "show", "local"]).success();
    // A second node cannot take a socket in use.
    let second = crate::support::cli_bare(&with_socket);
    assert_ne!(second.code, 0, "{second}");
    assert!(second.stderr.contains("another node serves it"), "{second}");
    // A node stopped cleanly removes it, and a missing socket names the setting.
    crate::support::sigterm(&child);
    crate::support::wait_for(&mut child, Duration::from_secs(30)).expect("the node stops on SIGTERM");
    assert!(!socket.exists(), "the socket outlived its node");
    let out = run(pchat(), &["--server", &at, "categories", "list"]).code(1);
    assert!(out.stderr.contains(&format!("start the node with --admin-socket {}", socket.display())), "{out}");
}

fn is_root() -> bool {
    let out = Command::new("id").arg("-u").output().expect("running id -u");
    String::from_utf8_lossy(&out.stdout).trim() == "0"
}

#[test]
fn server_logs_are_json_lines_or_uncoloured_text_off_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("p.db").display());
    let log = dir.path().join("json.log");
    let spawned =
        spawn_server(&["server", "--listen", "127.0.0.1:0", "--database", &database, "--log-format", "json"], &log);
    let mut child = spawned.child;
    let _ = crate::support::http_get(spawned.addr, "/healthz");
    crate::support::sigterm(&child);
    crate::support::wait_for(&mut child, Duration::from_secs(30)).expect("the node stops");
    let text = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}\n{text}")))
        .collect();
    let request = lines.iter().find(|l| l["path"] == "/healthz").unwrap_or_else(|| panic!("no request line:\n{text}"));
    assert_eq!(request["level"], "INFO");
    assert!(request["request_id"].as_str().is_some_and(|id| !id.is_empty()), "{request}");
    assert!(lines.iter().any(|l| l["message"] == "pchat server started"), "{text}");

    // Text into a file, with NO_COLOR empty (which asks for nothing): no colour codes.
    let log = dir.path().join("text.log");
    let spawned =
        spawn_server_with(&["server", "--listen", "127.0.0.1:0", "--database", &database], &[("NO_COLOR", "")], &log);
    let mut child = spawned.child;
    let _ = crate::support::http_get(spawned.addr, "/healthz");
    crate::support::sigterm(&child);
    crate::support::wait_for(&mut child, Duration::from_secs(30)).expect("the node stops");
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("/healthz") && !text.contains('\u{1b}'), "{text}");
}

/// On a terminal (a pseudo-terminal from `script`), text logs are coloured unless
/// `--no-color` or `NO_COLOR` says otherwise.
#[test]
fn server_logs_are_coloured_only_on_a_terminal_that_allows_it() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("p.db").display());
    let on_terminal = |extra: &str, no_color: &str| -> String {
        // The server starts, logs its start and stops on its own (SIGTERM after a moment).
        let script = format!(
            "NO_COLOR={no_color} PCHAT_CONFIG=/nonexistent/c.yaml \"{PCHAT}\" server --listen 127.0.0.1:0 --database {database} {extra} & sleep 2; kill -TERM $!; wait"
        );
        let out = Command::new("script").args(["-qec", &script, "/dev/null"]).output().expect("running script");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let coloured = on_terminal("", "");
    assert!(coloured.contains("pchat server started") && coloured.contains('\u{1b}'), "{coloured:?}");
    let plain = on_terminal("--no-color", "");
    assert!(plain.contains("pchat server started") && !plain.contains("\u{1b}["), "{plain:?}");
    let plain = on_terminal("", "1");
    assert!(plain.contains("pchat server started") && !plain.contains("\u{1b}["), "{plain:?}");
}

/// What the shell gets for `words` (the last one being completed), as bash asks.
fn completions(config: &Path, env: &[(&str, &str)], words: &[&str]) -> (Vec<String>, Out) {
    let mut cmd = with_config(config);
    cmd.env("COMPLETE", "bash")
        .env("_CLAP_IFS", "\n")
        .env("_CLAP_COMPLETE_INDEX", words.len().to_string())
        .envs(env.iter().copied());
    let mut args = vec!["--", "pchat"];
    args.extend(words);
    let out = run(cmd, &args);
    (out.stdout.lines().filter(|l| !l.starts_with('-')).map(str::to_string).collect(), out)
}

#[test]
fn names_complete_from_the_current_context_and_nothing_when_it_is_away() {
    let srv = TestServer::start();
    srv.ok(&["categories", "create", "engineering"]);
    srv.ok(&["categories", "create", "sales"]);
    srv.ok(&["rooms", "create", "backend", "--category", "engineering"]);
    srv.ok(&["rooms", "create", "benchmarks", "--category", "engineering"]);
    srv.ok(&["rooms", "create", "deals", "--category", "sales"]);
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.yaml");
    let out = piped(
        with_config(&config),
        &["context", "set", "lab", "--server", &srv.url, "--token-stdin"],
        &srv.admin_token,
    );
    assert_eq!(out.code, 0, "{out}");

    let (found, out) = completions(&config, &[], &["rooms", "show", "b"]);
    assert_eq!(found, ["backend", "benchmarks"], "{out}");
    let (found, _) = completions(&config, &[], &["rooms", "create", "x", "--category", ""]);
    assert_eq!(found, ["engineering", "sales"]);
    let (found, _) = completions(&config, &[], &["categories", "show", "s"]);
    assert_eq!(found, ["sales"]);
    srv.user("sip:bo@contoso.com", "contoso/eng");
    srv.user("sip:al@contoso.com", "contoso/eng");
    let (found, _) = completions(&config, &[], &["directory", "users", "show", "sip:b"]);
    assert_eq!(found, ["sip:bo@contoso.com"]);
    let (found, _) = completions(&config, &[], &["rooms", "members", "add", "d"]);
    assert_eq!(found, ["deals"]);
    let (found, _) = completions(&config, &[], &["context", "use", ""]);
    assert_eq!(found, ["lab"]);
    // Flags and subcommands complete as before.
    let (_, out) = completions(&config, &[], &["rooms", "sh"]);
    assert!(out.stdout.lines().any(|l| l == "show"), "{out}");

    // A server that is not there: nothing, silently, at once.
    let away = "http://127.0.0.1:9";
    let started = Instant::now();
    let (found, out) = completions(&config, &[], &["--server", away, "rooms", "show", "b"]);
    assert!(found.is_empty() && out.code == 0 && out.stderr.is_empty(), "{out}");
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    let (found, _) = completions(&config, &[("PCHAT_SERVER", away)], &["rooms", "show", "b"]);
    assert!(found.is_empty());
}
