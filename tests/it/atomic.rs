//! A plan is applied as one changeset in one transaction: a server killed with SIGKILL while
//! it writes leaves the store exactly as it was, on SQLite and PostgreSQL, and applying the
//! plan again afterwards converges. A client may follow the transaction's progress.
#![cfg(all(feature = "server", feature = "client", feature = "sqlite"))]

use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::{also_on_postgres, TestServer};

const USERS: usize = 20_000;
const CATEGORIES: usize = 20;
const ROOMS: usize = 4_000;

/// A plan large enough that its changeset keeps the server busy for a while.
fn write_plan(server: &TestServer) -> String {
    let dir = server.dir().join("plan");
    std::fs::create_dir_all(&dir).expect("plan directory");
    let mut users = String::new();
    for i in 0..USERS {
        let _ = write!(
            users,
            "---\napiVersion: pchat/v1\nkind: User\nmetadata:\n  name: sip:u{i:05}@contoso.com\nspec:\n  displayName: U {i}\n  ou: contoso/d{:02}\n  site: redmond\n",
            i % CATEGORIES
        );
    }
    let mut rest = String::new();
    for c in 0..CATEGORIES {
        let _ = write!(
            rest,
            "---\napiVersion: pchat/v1\nkind: Category\nmetadata:\n  name: cat{c:02}\nspec:\n  allowedMembers: [\"ou:contoso/d{c:02}\"]\n"
        );
    }
    for r in 0..ROOMS {
        let c = r % CATEGORIES;
        let _ = write!(rest, "---\napiVersion: pchat/v1\nkind: Room\nmetadata:\n  name: room{r:05}\nspec:\n  category: cat{c:02}\n  members:\n");
        for m in 0..10 {
            let u = ((r / CATEGORIES + m * 7) % (USERS / CATEGORIES)) * CATEGORIES + c;
            let _ = writeln!(rest, "    - sip:u{u:05}@contoso.com");
        }
    }
    std::fs::write(dir.join("1-users.yaml"), users).expect("write users");
    std::fs::write(dir.join("2-rooms.yaml"), rest).expect("write rooms");
    dir.display().to_string()
}

fn server_log_says(server: &TestServer, what: &str) -> bool {
    server.log().contains(what)
}

fn a_server_killed_while_it_applies_a_plan_changes_nothing() {
    let mut server = TestServer::start();
    let plan = write_plan(&server);
    let before = server.snapshot();

    let mut apply = server.command();
    apply
        .env("PCHAT_TOKEN", &server.admin_token)
        .args(["apply", "-f", &plan, "--yes", "--quiet"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = apply.spawn().expect("spawning pchat apply");
    let stderr = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || BufReader::new(stderr).lines().map_while(Result::ok).collect::<Vec<_>>());
    // Kill the server once the changeset writes inside its transaction.
    let started = Instant::now();
    while !server_log_says(&server, "changeset writing") {
        assert!(started.elapsed() < Duration::from_secs(120), "the changeset never started:\n{}", server.log());
        assert!(child.try_wait().expect("polling pchat").is_none(), "apply ended before the changeset started");
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(30));
    server.kill_and_restart();
    let status = child.wait().expect("waiting for pchat apply");
    let stderr = reader.join().expect("stderr reader").join("\n");
    assert!(!status.success(), "apply cannot have succeeded against a killed server:\n{stderr}");
    assert!(stderr.contains("error:"), "apply says it failed:\n{stderr}");

    assert_eq!(server.snapshot(), before, "a killed apply left part of the plan behind");

    // Applying again converges, all of it.
    server.ok(&["apply", "-f", &plan, "--yes", "--quiet"]);
    let rooms = server.json(&["rooms", "list"]);
    assert_eq!(rooms.as_array().map(Vec::len), Some(ROOMS));
    server.cli(&["plan", "-f", &plan, "--detailed-exitcode"]).success().stdout_has(&["No changes"]);
}

#[test]
fn a_server_killed_while_it_applies_a_plan_changes_nothing_on_sqlite() {
    a_server_killed_while_it_applies_a_plan_changes_nothing();
}

/// `Accept: application/x-ndjson`: progress lines while the changeset runs, then its outcome.
fn a_followed_changeset_reports_progress_then_its_outcome() {
    let server = TestServer::start();
    let users: Vec<serde_json::Value> = (0..USERS)
        .map(|i| {
            serde_json::json!({"op": "create", "name": format!("sip:f{i:05}@contoso.com"), "kind": "user",
                "spec": {"ou": "contoso/f", "site": "redmond"}})
        })
        .collect();
    let follow = |body: &str| {
        let length = format!("Content-Length: {}", body.len());
        let head = crate::security::head(
            "POST",
            "/v1/changesets",
            Some(&server.admin_token),
            &["Accept: application/x-ndjson", "Content-Type: application/json", &length],
        );
        let answer = crate::security::raw(server.addr, &head, body);
        assert_eq!(answer.status, 200, "{answer:?}");
        assert!(answer.content_type.starts_with("application/x-ndjson"), "{answer:?}");
        answer
            .body
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("a JSON line"))
            .collect::<Vec<_>>()
    };
    let lines = follow(&serde_json::json!({"operations": users}).to_string());
    let (outcome, progress) = lines.split_last().expect("at least the outcome");
    assert_eq!(outcome["result"]["results"].as_array().map(Vec::len), Some(USERS), "{outcome}");
    assert!(!progress.is_empty(), "a changeset of {USERS} operations reports progress on the way");
    let mut last = 0;
    for p in progress {
        let done = p["progress"]["done"].as_u64().expect("done");
        assert!(done >= last && done <= USERS as u64, "{p}");
        assert_eq!(p["progress"]["total"], USERS as u64);
        last = done;
    }
    // A refused changeset ends with its problem, and nothing is written.
    let before = server.snapshot();
    let refused = follow(
        r#"{"operations": [{"op": "create", "name": "sip:g@contoso.com", "kind": "user", "spec": {"ou": "contoso/g", "site": "x"}},
                           {"op": "create", "name": "r", "kind": "room", "spec": {"category": "no-such-category"}}]}"#,
    );
    let problem = &refused.last().expect("an outcome")["problem"];
    assert_eq!(problem["code"], "unknown_reference", "{refused:?}");
    assert_eq!(server.snapshot(), before);
}

#[test]
fn a_followed_changeset_reports_progress_then_its_outcome_on_sqlite() {
    a_followed_changeset_reports_progress_then_its_outcome();
}

also_on_postgres!(
    a_server_killed_while_it_applies_a_plan_changes_nothing,
    a_followed_changeset_reports_progress_then_its_outcome
);
