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
    srv.cli(&["pools", "status", "blue"]).code(2).stderr_has(&["no pool \"blue\""]);
    srv.cli(&["pools", "show", "blue"]).code(1).stderr_has(&["no pool \"blue\""]);
}
