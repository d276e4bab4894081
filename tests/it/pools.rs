//! Pools and their nodes, with real `pchat server` processes on one store: each node's
//! heartbeat, up and down within its timeout, what does not match the published topology,
//! standby nodes refusing client work, set-active, and `/metrics`.

use std::time::{Duration, Instant};

use crate::support::{http_get_as, Node, Out, TestServer};

const FAST: &[&str] = &["--heartbeat-interval", "200ms", "--heartbeat-timeout", "1s"];

/// A topology of pool `red`: red-1 and red-2 active, red-3 standby; and pool `default`
/// for the first server.
fn red_topology(store: &str) -> String {
    format!(
        "apiVersion: pchat/v1\nkind: Topology\nmetadata: {{name: lab}}\nspec:\n  sites: [{{name: lab}}]\n  pools:\n    - name: red\n      fqdn: red.lab.example\n      site: lab\n      defaultForSite: true\n      store: {store}\n      fileStore: /srv/pchat/red\n      servers:\n        - {{name: red-1, address: '127.0.0.1:5041'}}\n        - {{name: red-2, address: '127.0.0.1:5042'}}\n        - {{name: red-3, address: '127.0.0.1:5043', role: standby}}\n"
    )
}

fn nodes_of(status: &serde_json::Value) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = status
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["nodes"].as_array().unwrap().clone())
        .map(|n| {
            (
                n["node"].as_str().unwrap().to_string(),
                n["state"].as_str().unwrap().to_string(),
                n["role"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

/// `pools status POOL -o json` (it exits 4 while something is wrong, 0 when all is well).
fn status(srv: &TestServer, pool: &str) -> (serde_json::Value, Out) {
    let out = srv.cli(&["pools", "status", pool, "-o", "json"]);
    assert!(out.code == 0 || out.code == 4, "{out}");
    (out.json(), out)
}

/// Waits until `node` of `pool` is in `state`; how long that took.
fn wait_state(srv: &TestServer, pool: &str, node: &str, state: &str, limit: Duration) -> Duration {
    let started = Instant::now();
    loop {
        let (s, _) = status(srv, pool);
        if nodes_of(&s).iter().any(|(n, st, _)| n == node && st == state) {
            return started.elapsed();
        }
        assert!(started.elapsed() < limit, "node {node} not {state} after {limit:?}: {s:#}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn node(srv: &TestServer, name: &str, env: &[(&str, &str)]) -> Node {
    let mut extra = vec!["--pool", "red"];
    extra.extend_from_slice(FAST);
    srv.start_node(name, &extra, env)
}

#[test]
#[ignore = "PostgreSQL: set PCHAT_TEST_POSTGRES and pass --include-ignored (bash .ci/run does both)"]
fn nodes_of_a_pool_are_seen_up_down_and_against_the_topology() {
    let Some(srv) = TestServer::start_postgres() else { return };
    let topology = srv.write_file("topology.yaml", &red_topology("postgres://db.lab.example/pchat"));
    srv.ok(&["topology", "publish", "-f", topology.to_str().unwrap()]);

    // A node the topology does not have is refused at start, naming both.
    let refused = crate::support::run(
        crate::support::pchat(),
        &["server", "--listen", "127.0.0.1:0", "--database", &srv.database, "--pool", "red", "--node", "red-9"],
    );
    assert_eq!(refused.code, 2, "{refused}");
    assert!(refused.stderr.contains("node \"red-9\" is not a server of pool \"red\""), "{refused}");
    assert!(refused.stderr.contains("red-1, red-2, red-3"), "{refused}");
    let refused = crate::support::run(
        crate::support::pchat(),
        &["server", "--listen", "127.0.0.1:0", "--database", &srv.database, "--pool", "blue", "--node", "red-1"],
    );
    assert_eq!(refused.code, 2, "{refused}");
    assert!(refused.stderr.contains("pool \"blue\" (node \"red-1\") is not in the published topology"), "{refused}");

    let mut red1 = node(&srv, "red-1", &[]);
    let mut red2 = node(&srv, "red-2", &[("PCHAT_REPORTED_VERSION", "0.0.9")]);
    wait_state(&srv, "red", "red-1", "up", Duration::from_secs(10));
    wait_state(&srv, "red", "red-2", "up", Duration::from_secs(10));
    let (s, out) = status(&srv, "red");
    assert_eq!(out.code, 4, "red-3 has no node and the versions differ: {out}");
    let mismatches = s[0]["mismatches"].to_string();
    assert!(mismatches.contains("server red-3 of pool red has no running node"), "{mismatches}");
    assert!(mismatches.contains("run different versions: 0.0.9, "), "{mismatches}");
    let red1_status = &s[0]["nodes"].as_array().unwrap().iter().find(|n| n["node"] == "red-1").unwrap().clone();
    assert_eq!(red1_status["address"], red1.url.trim_start_matches("http://"));
    assert_eq!(red1_status["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(red1_status["in_topology"], true);
    // The first server runs in pool default, which the topology does not have.
    let (all, _) = (srv.cli(&["pools", "list", "-o", "json"]).json(), ());
    assert!(all["pools"].to_string().contains("pool default has running nodes but is not in the published topology"));
    let table = srv.cli(&["pools", "status", "red"]);
    assert_eq!(table.code, 4, "{table}");
    assert!(table.stdout.contains("LAST HEARTBEAT") && table.stdout.contains("SUBSCRIBERS"), "{table}");
    assert!(table.stderr.contains("mismatch: server red-3 of pool red has no running node"), "{table}");

    // The standby answers status, not client work, and names the active servers.
    let red3 = node(&srv, "red-3", &[]);
    wait_state(&srv, "red", "red-3", "up", Duration::from_secs(10));
    let admin = srv.admin_token.clone();
    let refused = red3.cli_as(&admin, &["rooms", "list"]);
    assert_ne!(refused.code, 0, "{refused}");
    assert!(refused.stderr.contains("node red-3 is a standby of pool red"), "{refused}");
    assert!(refused.stderr.contains("red-1 (127.0.0.1:5041), red-2 (127.0.0.1:5042)"), "{refused}");
    red3.cli_as(&admin, &["pools", "status", "red", "-o", "json"]).code(4);
    red1.cli_as(&admin, &["rooms", "list"]).success();

    // set-active: red-3 takes over from red-2, as a new topology version.
    let out = srv.ok(&["pools", "set-active", "red", "--servers", "red-1,red-3"]);
    assert!(out.stdout.contains("active red-1, red-3; standby red-2"), "{out}");
    assert_eq!(srv.json(&["topology", "show"])["version"], 2);
    let started = Instant::now();
    while red3.cli_as(&admin, &["rooms", "list"]).code != 0 {
        assert!(started.elapsed() < Duration::from_secs(5), "red-3 still refuses after set-active");
        std::thread::sleep(Duration::from_millis(100));
    }
    let started = Instant::now();
    while red2.cli_as(&admin, &["rooms", "list"]).code == 0 {
        assert!(started.elapsed() < Duration::from_secs(5), "red-2 still serves clients as a standby");
        std::thread::sleep(Duration::from_millis(100));
    }
    srv.cli(&["pools", "set-active", "red", "--servers", "red-7"]).code(2).stderr_has(&["it has no red-7"]);

    // kill -9: down within the timeout (1 s), as heartbeats tell.
    red1.kill();
    let seen = wait_state(&srv, "red", "red-1", "down", Duration::from_secs(10));
    assert!(seen < Duration::from_secs(4), "a dead node was seen down after {seen:?}");
    // A clean stop says so.
    assert!(red2.terminate(Duration::from_secs(10)).is_some(), "red-2 did not stop");
    wait_state(&srv, "red", "red-2", "stopped", Duration::from_secs(5));
    drop(red3);
}

#[test]
fn metrics_count_requests_by_route_for_administrators_only() {
    let srv = TestServer::start();
    srv.ok(&["rooms", "list"]);
    srv.ok(&["rooms", "list"]);
    let (code, head, body) = http_get_as(srv.addr, "/metrics", Some(&srv.admin_token));
    assert_eq!(code, 200, "{body}");
    assert!(head.to_ascii_lowercase().contains("content-type: application/openmetrics-text"), "{head}");
    assert!(body.contains("pchat_http_requests_total{method=\"GET\",route=\"/v1/rooms\",status=\"200\"} 2"), "{body}");
    assert!(body.contains("pchat_http_request_duration_seconds_bucket{"), "{body}");
    for name in
        ["pchat_connections ", "pchat_live_subscribers ", "pchat_messages_posted_total ", "pchat_store_connections "]
    {
        assert!(body.contains(name), "{name} missing:\n{body}");
    }
    let age_line = body.lines().find(|l| l.starts_with("pchat_heartbeat_age_seconds ")).expect("heartbeat age");
    let age: f64 = age_line.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!((0.0..10.0).contains(&age), "{age_line}");
    srv.user("sip:alice@contoso.com", "contoso/eng");
    let user = srv.user_token("sip:alice@contoso.com");
    let (code, _, _) = http_get_as(srv.addr, "/metrics", Some(&user));
    assert_eq!(code, 403);
    let (code, _, _) = http_get_as(srv.addr, "/metrics", None);
    assert_eq!(code, 401);
}

#[test]
fn a_single_node_registers_in_the_default_pool() {
    let srv = TestServer::start();
    let (s, out) = status(&srv, "default");
    assert_eq!(out.code, 0, "no topology, nothing to mismatch: {out}");
    let nodes = nodes_of(&s);
    assert_eq!(nodes.len(), 1, "{s:#}");
    assert_eq!((nodes[0].1.as_str(), nodes[0].2.as_str()), ("up", "active"));
    srv.cli(&["pools", "status", "blue"]).code(6).stderr_has(&["no pool \"blue\""]);
    srv.cli(&["pools", "show", "blue"]).code(6).stderr_has(&["no pool \"blue\""]);
}

/// Copies one database into another as a replica would hold it (pg_dump | psql), the
/// tables of the target replaced.
pub(crate) fn copy_database(from: &str, to: &str) {
    let dump = std::process::Command::new("pg_dump")
        .args(["--clean", "--if-exists", "--no-owner", "--no-privileges", "--dbname", from])
        .output()
        .expect("running pg_dump");
    assert!(dump.status.success(), "pg_dump: {}", String::from_utf8_lossy(&dump.stderr));
    let mut restore = std::process::Command::new("psql")
        .args(["-q", "-v", "ON_ERROR_STOP=0", "--dbname", to])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("running psql");
    use std::io::Write;
    restore.stdin.take().unwrap().write_all(&dump.stdout).unwrap();
    assert!(restore.wait().unwrap().success());
}

/// How many messages of that text a database holds.
fn messages_in(url: &str, text: &str) -> usize {
    let out = std::process::Command::new("psql")
        .args(["-Atq", "--dbname", url, "-c", &format!("SELECT count(*) FROM messages WHERE body = '{text}'")])
        .output()
        .expect("running psql");
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap_or(0)
}

fn failover_topology(primary: &str, backup: &str) -> String {
    format!(
        "apiVersion: pchat/v1\nkind: Topology\nmetadata: {{name: lab}}\nspec:\n  sites: [{{name: lab}}]\n  pools:\n    - name: default\n      fqdn: chat.lab.example\n      site: lab\n      defaultForSite: true\n      store: '{primary}'\n      backupStore: '{backup}'\n      fileStore: /srv/pchat/files\n      servers:\n        - {{name: red-1, address: '127.0.0.1:5041'}}\n        - {{name: red-2, address: '127.0.0.1:5042'}}\n"
    )
}

#[test]
#[ignore = "PostgreSQL: set PCHAT_TEST_POSTGRES and pass --include-ignored (bash .ci/run does both)"]
fn a_pool_fails_over_to_a_checked_backup_and_back() {
    let Some(srv) = TestServer::start_postgres() else { return };
    let backup = crate::support::scratch_database().unwrap();
    let publish = |backup_url: &str| {
        let file = srv.write_file("topology.yaml", &failover_topology(&srv.database, backup_url));
        srv.ok(&["topology", "publish", "-f", file.to_str().unwrap()]);
    };
    // Nothing to fail over to yet: an address nothing listens on.
    publish("postgres://pchat:pchat@127.0.0.1:9/none");
    let mut extra = vec!["--pool", "default"];
    extra.extend_from_slice(FAST);
    let red1 = srv.start_node("red-1", &extra, &[]);
    let red2 = srv.start_node("red-2", &extra, &[]);
    srv.ok(&["policies", "set", "global", "--enabled"]);
    srv.user("sip:alice@contoso.com", "contoso/eng");
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    srv.ok(&["rooms", "create", "lobby", "--category", "eng", "--privacy", "open"]);
    let alice = srv.user_token("sip:alice@contoso.com");
    wait_state(&srv, "default", "red-2", "up", Duration::from_secs(10));
    red2.cli_as(&alice, &["messages", "post", "lobby", "before failover"]).success();
    let state = || srv.json(&["pools", "show", "default"])["state"].as_str().unwrap().to_string();

    let refused = srv.cli(&["pools", "failover", "default"]);
    assert_eq!(refused.code, 4, "{refused}");
    assert!(refused.stderr.contains("is unreachable") && refused.stderr.contains("nothing was changed"), "{refused}");
    assert_eq!(state(), "normal");

    // An empty backup, then a stale one: refused, nothing changed.
    publish(&backup.url);
    wait_state(&srv, "default", "red-1", "up", Duration::from_secs(10));
    std::thread::sleep(Duration::from_millis(500));
    let refused = srv.cli(&["pools", "failover", "default"]);
    assert_eq!(refused.code, 4, "{refused}");
    assert!(refused.stderr.contains("holds no pchat schema"), "{refused}");
    copy_database(&srv.database, &backup.url);
    std::thread::sleep(Duration::from_millis(2500));
    let refused = srv.cli(&["pools", "failover", "default", "--max-lag", "1s"]);
    assert_eq!(refused.code, 4, "{refused}");
    assert!(refused.stderr.contains("behind") && refused.stderr.contains("more than the bound of 1s"), "{refused}");
    assert_eq!(state(), "normal");

    // Current: every node moves to the backup, and posts go there.
    copy_database(&srv.database, &backup.url);
    let started = Instant::now();
    let done = srv.cli(&["pools", "failover", "default", "--max-lag", "30s"]);
    assert_eq!(done.code, 0, "{done}");
    let took = started.elapsed();
    assert!(done.stdout.contains("pool default runs on its backup store: 3 nodes moved"), "{done}");
    assert!(done.stderr.contains("checked: its schema is version"), "{done}");
    assert!(took < Duration::from_secs(10), "the failover took {took:?}");
    red2.cli_as(&alice, &["messages", "post", "lobby", "after failover"]).success();
    assert_eq!(messages_in(&backup.url, "after failover"), 1);
    assert_eq!(messages_in(&srv.database, "after failover"), 0);
    let shown = srv.json(&["pools", "show", "default"]);
    assert_eq!(shown["state"], "failed_over");
    assert_eq!(shown["changes"][0]["changed_by"], "urn:pchat:token:1");
    assert!(shown["nodes"].as_array().unwrap().iter().filter(|n| n["state"] == "up").all(|n| n["store"] == "backup"));
    srv.cli(&["pools", "failover", "default"]).code(5).stderr_has(&["failed over already"]);

    // Back: refused while the primary is behind, then done once it is current again.
    std::thread::sleep(Duration::from_millis(1500));
    let refused = srv.cli(&["pools", "failback", "default", "--max-lag", "1s"]);
    assert_eq!(refused.code, 4, "{refused}");
    assert!(refused.stderr.contains("the primary store") && refused.stderr.contains("behind"), "{refused}");
    copy_database(&backup.url, &srv.database);
    let done = srv.cli(&["pools", "failback", "default", "--max-lag", "30s"]);
    assert_eq!(done.code, 0, "{done}");
    assert!(done.stdout.contains("pool default runs on its primary store: 3 nodes moved"), "{done}");
    red1.cli_as(&alice, &["messages", "post", "lobby", "after failback"]).success();
    assert_eq!(messages_in(&srv.database, "after failback"), 1);
    assert_eq!(messages_in(&srv.database, "after failover"), 1, "what the backup took came back with it");
    assert_eq!(state(), "normal");
}
