//! Compliance end to end: every kind of event recorded with the change it describes, the
//! XML adapter's files valid against docs/compliance.xsd, each event exported exactly once
//! whatever kills the exporter and however many nodes export, an output directory that
//! cannot be written, retention, and compliance data kept from user tokens.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::support::{also_on_postgres, Node, TestServer};

const ORG: &str = r#"
apiVersion: pchat/v1
kind: User
metadata: {name: "sip:alice@contoso.com"}
spec: {displayName: Alice, ou: contoso/eng, site: redmond}
---
apiVersion: pchat/v1
kind: User
metadata: {name: "sip:bob@contoso.com"}
spec: {displayName: Bob, ou: contoso/eng, site: redmond}
---
apiVersion: pchat/v1
kind: Policy
metadata: {name: global}
spec: {enabled: true}
---
apiVersion: pchat/v1
kind: Category
metadata: {name: eng}
spec: {allowedMembers: [ou:contoso/eng], fileUpload: true}
---
apiVersion: pchat/v1
kind: Category
metadata: {name: quiet}
spec: {allowedMembers: [ou:contoso], chatHistory: false}
---
apiVersion: pchat/v1
kind: Room
metadata: {name: lobby}
spec: {category: eng, privacy: open}
---
apiVersion: pchat/v1
kind: Room
metadata: {name: murmur}
spec: {category: quiet, privacy: open}
"#;

struct Org {
    srv: TestServer,
    alice: String,
    out: PathBuf,
}

/// The organisation, with compliance on (its output directory inside the test's own).
fn org(extra: &[&str]) -> Org {
    let srv = TestServer::start();
    let plan = srv.write_file("org.yaml", ORG);
    srv.ok(&["apply", "-f", plan.to_str().unwrap(), "--yes"]);
    let alice = srv.user_token("sip:alice@contoso.com");
    let out = srv.dir().join("compliance");
    std::fs::create_dir_all(&out).unwrap();
    let mut args = vec!["compliance", "set", "--enabled", "true", "--output-dir", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    srv.ok(&args);
    Org { srv, alice, out }
}

/// Every `Message` of the files in `dir` (not the `FirstMessage` copies): (type, content, id).
fn exported(dir: &Path) -> Vec<(String, String, i64)> {
    let mut out = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut reader = quick_xml::Reader::from_str(&text);
        loop {
            match reader.read_event().unwrap_or_else(|e| panic!("{}: {e}", file.display())) {
                quick_xml::events::Event::Start(e) if e.name().as_ref() == b"Message" => {
                    let attr = |name: &[u8]| {
                        e.try_get_attribute(name)
                            .unwrap()
                            .map(|a| a.normalized_value(quick_xml::XmlVersion::default()).unwrap().into_owned())
                            .unwrap_or_default()
                    };
                    out.push((attr(b"type"), attr(b"content"), attr(b"id").parse().unwrap()));
                }
                quick_xml::events::Event::Eof => break,
                _ => {}
            }
        }
    }
    out
}

/// Validates a file against docs/compliance.xsd with xmllint (in CI it must be there).
fn valid_against_the_schema(file: &Path) {
    let schema = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/compliance.xsd");
    match std::process::Command::new("xmllint").args(["--noout", "--schema", schema]).arg(file).output() {
        Ok(out) => assert!(
            out.status.success(),
            "{} does not validate:\n{}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("note: xmllint not found ({e}); {} not validated", file.display())
        }
        Err(e) => panic!("xmllint is needed in CI (.ci/run installs libxml2-utils): {e}"),
    }
}

fn xml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

fn kinds(events: &serde_json::Value) -> Vec<String> {
    events.as_array().unwrap().iter().map(|e| e["type"].as_str().unwrap().to_string()).collect()
}

#[test]
fn every_kind_of_event_is_recorded_with_its_change_and_exported_once() {
    let Org { srv, alice, out } = org(&[]);
    let as_alice = |args: &[&str]| srv.cli_as(&alice, args).success();
    as_alice(&["messages", "join", "lobby"]);
    as_alice(&["messages", "post", "lobby", "first words\nover two lines & <markup>"]);
    as_alice(&["messages", "post", "lobby", "the plan", "--story", "Q3"]);
    let file = srv.write_file("notes.txt", "notes");
    as_alice(&["messages", "post", "lobby", "notes attached", "--file", file.to_str().unwrap()]);
    let copy = srv.dir().join("copy.txt");
    as_alice(&["messages", "download", "lobby", "1", "--out", copy.to_str().unwrap()]);
    as_alice(&["messages", "history", "lobby", "--limit", "2"]);
    as_alice(&["messages", "search", "plan"]);
    // A category without history still records what is said in it.
    as_alice(&["messages", "post", "murmur", "said and not kept"]);
    as_alice(&["messages", "leave", "lobby"]);
    srv.ok(&["messages", "remove", "lobby", "--keywords", "first", "--yes"]);
    srv.ok(&["rooms", "members", "add", "lobby", "--role", "member", "sip:bob@contoso.com"]);
    srv.ok(&["categories", "set", "quiet", "--description", "hush"]);
    srv.ok(&["rooms", "clear", "lobby", "--before", "0s", "--yes"]);
    let events = srv.json(&["compliance", "events"]);
    assert_eq!(
        kinds(&events),
        [
            "JOIN",
            "CHAT",
            "CHAT",
            "FILEUPLOAD",
            "CHAT",
            "FILEDOWNLOAD",
            "BACKCHAT",
            "BACKCHAT",
            "CHAT",
            "PART",
            "REPLACE",
            "ROOMCHANGE",
            "MEMBERSHIP",
            "CATEGORYCHANGE",
            "CLEAR",
        ],
        "{events:#}"
    );
    let e = events.as_array().unwrap();
    assert_eq!(e[1]["content"], "first words\nover two lines & <markup>");
    assert_eq!(e[1]["user"], "sip:alice@contoso.com");
    assert_eq!(e[1]["user_name"], "Alice");
    assert_eq!(e[2]["detail"]["title"], "Q3", "a story keeps its title");
    assert_eq!((e[3]["content"].as_str(), e[3]["content_id"].as_i64()), (Some("notes.txt"), Some(1)));
    assert_eq!(e[8]["content_id"], 0, "a message not kept has no id: {}", e[8]);
    assert_eq!(e[8]["channel_name"], "murmur");
    assert_eq!(e[10]["content_id"], e[1]["content_id"], "the replacement names the message it replaced");
    assert!(e[11]["detail"]["before"]["members"].as_array().unwrap().is_empty());
    assert_eq!(e[11]["detail"]["after"]["members"][0], "sip:bob@contoso.com");
    assert_eq!(e[12]["detail"]["added"][0], "member sip:bob@contoso.com");
    assert_eq!(e[13]["detail"]["after"]["description"], "hush");
    assert!(e[11]["user"].as_str().unwrap().starts_with("urn:pchat:token:"), "{}", e[11]);

    let first = srv.json(&["compliance", "export"]);
    assert_eq!(first["events"], 15, "{first}");
    let files = xml_files(&out);
    assert_eq!(files.len(), 1, "{files:?}");
    valid_against_the_schema(&files[0]);
    let written = exported(&out);
    assert_eq!(written.len(), 15);
    assert!(written.contains(&("CHAT".into(), "first words\nover two lines & <markup>".into(), 1)), "{written:?}");
    let again = srv.json(&["compliance", "export"]);
    assert_eq!(again["events"], 0, "nothing is exported twice: {again}");
    assert_eq!(xml_files(&out).len(), 1);
    let status = srv.json(&["compliance", "status"]);
    let pool = &status["pools"][0];
    assert_eq!(
        (pool["pool"].as_str(), pool["waiting"].as_i64(), pool["exported_kept"].as_i64()),
        (Some("default"), Some(0), Some(15))
    );
    assert!(pool["last_success_at"].is_string() && pool.get("last_error").is_none(), "{status}");
}

#[test]
fn a_removal_after_export_is_its_own_event_and_the_export_stays_as_written() {
    let Org { srv, alice, out } = org(&["--one-room-per-file", "true", "--room-details", "true"]);
    srv.cli_as(&alice, &["messages", "post", "lobby", "regrettable"]).success();
    srv.ok(&["compliance", "export"]);
    let first = xml_files(&out);
    let before = std::fs::read_to_string(&first[0]).unwrap();
    assert!(first[0].to_string_lossy().ends_with("-room-1.xml"), "{first:?}");
    assert!(before.contains("category=\"eng\"") && before.contains("privacy=\"open\""), "room details:\n{before}");
    srv.ok(&["messages", "remove", "lobby", "--keywords", "regrettable", "--delete", "--yes"]);
    let done = srv.json(&["compliance", "export"]);
    assert_eq!(done["events"], 1, "{done}");
    assert_eq!(std::fs::read_to_string(&first[0]).unwrap(), before, "an exported file is never written again");
    let written = exported(&out);
    assert_eq!(written, [("CHAT".into(), "regrettable".into(), 1), ("REMOVE".into(), String::new(), 1)]);
    for file in xml_files(&out) {
        valid_against_the_schema(&file);
    }
}

#[test]
fn settings_out_of_range_are_refused_and_change_nothing() {
    let Org { srv, out, .. } = org(&[]);
    let before = srv.json(&["compliance", "show"]);
    for (args, field) in [
        (&["--run-interval", "30s"][..], "run_interval"),
        (&["--run-interval", "31days"][..], "run_interval"),
        (&["--run-interval", "soon"][..], "run_interval"),
        (&["--retention", "forever"][..], "retention"),
        (&["--adapter", "csv"][..], "adapter"),
        (&["--output-dir", "relative/dir"][..], "output_dir"),
        (&["--output-dir", ""][..], "output_dir"),
    ] {
        let mut all = vec!["compliance", "set"];
        all.extend_from_slice(args);
        let refused = srv.cli(&all).code(2);
        assert!(refused.stderr.contains(field), "{field}: {refused}");
    }
    srv.cli(&["compliance", "set", "--pool", "", "--enabled", "false"]).code(2).stderr_has(&["pool:NAME"]);
    assert_eq!(srv.json(&["compliance", "show"]), before, "nothing changed");
    // The edges are accepted.
    srv.ok(&["compliance", "set", "--run-interval", "1m"]);
    srv.ok(&["compliance", "set", "--pool", "default", "--run-interval", "30days", "--retention", "0s"]);
    let view = srv.json(&["compliance", "show"]);
    assert_eq!(view["pools"][0]["run_interval_secs"], 30 * 24 * 3600, "{view}");
    assert_eq!(view["pools"][0]["output_dir"], out.to_str().unwrap(), "inherited from global: {view}");
    // A stale revision is refused with the current settings.
    srv.cli(&["compliance", "set", "--run-interval", "2m", "--if-match", "1"]).code(5).stderr_has(&["revision"]);
}

#[test]
fn compliance_data_is_for_administrators_only() {
    let Org { srv, alice, .. } = org(&[]);
    srv.cli_as(&alice, &["messages", "post", "lobby", "hello"]).success();
    for args in [
        &["compliance", "show"][..],
        &["compliance", "status"][..],
        &["compliance", "events"][..],
        &["compliance", "export"][..],
        &["compliance", "set", "--enabled", "false"][..],
        &["compliance", "reset", "--yes"][..],
    ] {
        let refused = srv.cli_as(&alice, args);
        assert_ne!(refused.code, 0, "{refused}");
        assert!(refused.stderr.contains("administrator"), "{refused}");
    }
    assert_eq!(srv.json(&["compliance", "events", "--state", "waiting"]).as_array().unwrap().len(), 1);
}

#[test]
fn exported_events_are_purged_after_their_retention_and_never_before_export() {
    let Org { srv, alice, .. } = org(&["--retention", "0s"]);
    srv.cli_as(&alice, &["messages", "post", "lobby", "one"]).success();
    assert_eq!(srv.json(&["compliance", "events"]).as_array().unwrap().len(), 1, "waiting events stay");
    srv.ok(&["compliance", "export"]);
    assert!(srv.json(&["compliance", "events"]).as_array().unwrap().is_empty(), "purged once exported");
    srv.ok(&["compliance", "set", "--retention", "1h"]);
    srv.cli_as(&alice, &["messages", "post", "lobby", "two"]).success();
    srv.ok(&["compliance", "export"]);
    let kept = srv.json(&["compliance", "events", "--state", "exported"]);
    assert_eq!(kept.as_array().unwrap().len(), 1, "{kept}");
}

/// A tmpfs mounted on a directory, unmounted when dropped; None where mounting is not
/// allowed (not root).
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(dir: &Path, size: &str) -> Option<Mount> {
        std::fs::create_dir_all(dir).unwrap();
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Mount(dir.to_path_buf()))
    }

    fn remount(&self, options: &str) {
        let status =
            std::process::Command::new("mount").args(["-o", &format!("remount,{options}")]).arg(&self.0).status();
        assert!(status.is_ok_and(|s| s.success()), "remount {options}");
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

/// Waits until `status` of the only pool says what `done` looks for.
fn wait_status(srv: &TestServer, limit: Duration, done: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
    let deadline = Instant::now() + limit;
    loop {
        let status = srv.json(&["compliance", "status"]);
        if done(&status["pools"][0]) || Instant::now() > deadline {
            return status;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn an_output_directory_that_cannot_be_written_keeps_the_events_waiting_and_says_why() {
    let srv = TestServer::start();
    let plan = srv.write_file("org.yaml", ORG);
    srv.ok(&["apply", "-f", plan.to_str().unwrap(), "--yes"]);
    let alice = srv.user_token("sip:alice@contoso.com");
    let out = srv.dir().join("mounted");
    let mount = Mount::tmpfs(&out, "64k");
    if mount.is_none() {
        eprintln!("note: cannot mount a tmpfs here (not root?); a missing directory stands in for a full one");
    }
    let dir = if mount.is_some() { out.clone() } else { srv.dir().join("missing") };
    srv.ok(&["compliance", "set", "--enabled", "true", "--output-dir", dir.to_str().unwrap()]);
    // More than 64 KiB of events: the full directory refuses the file.
    let text = "x".repeat(2_000);
    for _ in 0..40 {
        srv.cli_as(&alice, &["messages", "post", "lobby", &text]).success();
    }
    let refused = srv.cli(&["compliance", "export"]).code(1);
    assert!(refused.stderr.contains("could not be written"), "{refused}");
    let status = wait_status(&srv, Duration::from_secs(1), |_| true);
    let pool = &status["pools"][0];
    assert_eq!(pool["waiting"], 40, "{status}");
    let error = pool["last_error"].as_str().unwrap_or_default();
    assert!(error.contains(dir.to_str().unwrap()), "the reason names the directory: {status}");
    assert!(pool["pending_batch"].is_i64(), "{status}");
    if let Some(mount) = &mount {
        assert!(error.contains("No space left"), "{error}");
        assert!(xml_files(&out).iter().all(|f| f.extension().is_none_or(|x| x != "xml")), "no partial file");
        // Read-only next: still refused, still waiting.
        mount.remount("size=16m,ro");
        let refused = srv.cli(&["compliance", "export"]).code(1);
        assert!(refused.stderr.contains("Read-only"), "{refused}");
        mount.remount("rw");
    } else {
        std::fs::create_dir_all(&dir).unwrap();
    }
    // Once the directory can be written, the waiting batch goes out whole, by itself (the
    // node retries a failed run).
    let status = wait_status(&srv, Duration::from_secs(30), |p| p["waiting"] == 0);
    assert_eq!(status["pools"][0]["waiting"], 0, "{status}");
    assert!(status["pools"][0].get("last_error").is_none(), "{status}");
    let written = exported(&dir);
    assert_eq!(written.len(), 40);
    assert!(
        xml_files(&dir).iter().all(|f| !f.file_name().unwrap().to_string_lossy().starts_with('.')),
        "no temporary file left"
    );
}

#[test]
fn events_go_out_by_themselves_one_run_interval_after_the_last_run() {
    let Org { srv, alice, out } = org(&["--run-interval", "1m"]);
    let started = std::time::SystemTime::now();
    srv.cli_as(&alice, &["messages", "post", "lobby", "on the clock"]).success();
    // The pool's clock starts at the node's next look (every 5 s): nothing goes for a minute.
    std::thread::sleep(Duration::from_secs(12));
    let status = srv.json(&["compliance", "status"]);
    assert_eq!(status["pools"][0]["waiting"], 1, "{status}");
    assert!(xml_files(&out).is_empty(), "exported before its interval: {status}");
    let next = humantime::parse_rfc3339_weak(status["pools"][0]["next_run_at"].as_str().unwrap()).unwrap();
    let due_in = next.duration_since(started).unwrap();
    assert!(due_in >= Duration::from_secs(55) && due_in <= Duration::from_secs(70), "next run in {due_in:?}: {status}");
    let status = wait_status(&srv, Duration::from_secs(80), |p| p["waiting"] == 0);
    assert_eq!(status["pools"][0]["waiting"], 0, "not exported by the interval: {status}");
    assert_eq!(exported(&out).len(), 1);
    // The next run is one interval after this one.
    srv.cli_as(&alice, &["messages", "post", "lobby", "later"]).success();
    std::thread::sleep(Duration::from_secs(7));
    assert_eq!(srv.json(&["compliance", "status"])["pools"][0]["waiting"], 1);
}

/// A CHAT event of room 1 of `pool`, recorded at `at`, as the store takes it.
pub(crate) fn chat_event(pool: &str, n: i64, at: i64) -> pchat::store::ComplianceEvent {
    pchat::store::ComplianceEvent {
        id: 0,
        pool: pool.into(),
        at,
        kind: pchat::api::EventKind::Chat,
        channel: format!("ma-chan://{pool}/1"),
        channel_name: "r".into(),
        room_id: 1,
        user_id: 1,
        user_uri: "sip:a@b".into(),
        user_name: "A".into(),
        content_id: n,
        content: format!("event {n}"),
        detail: String::new(),
        batch_id: None,
    }
}

#[test]
fn waiting_events_are_found_after_a_purge_took_every_event() {
    let srv = TestServer::start();
    let database = srv.database.clone();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async move {
        let store = pchat::store::open(&database, false).await.unwrap();
        let event = |n: i64| chat_event("p", n, n);
        let all = pchat::store::BatchFilter::all();
        for round in 0..3 {
            let mut tx = store.chat_write().await.unwrap();
            tx.insert_compliance_events(&[event(round * 10), event(round * 10 + 1)]).await.unwrap();
            tx.commit().await.unwrap();
            let mut tx = store.chat_write().await.unwrap();
            let batch = tx.open_batch("p", &all, 0, 100, "{}", 1).await.unwrap().expect("the new events wait");
            assert_eq!(batch.events, 2, "round {round}");
            assert!(tx.open_batch("p", &all, 0, 100, "{}", 1).await.unwrap().is_none(), "nothing else waits");
            tx.close_batch(batch.id, "", 2).await.unwrap();
            // Everything exported goes: the next events may take the same ids again.
            assert_eq!(tx.purge_compliance("p", 3).await.unwrap(), 2);
            tx.commit().await.unwrap();
        }
        store.close().await;
    });
}

/// On PostgreSQL an event takes its id before it commits, so one can commit after a batch
/// with higher ids was chosen. Later in the same run only higher ids are looked for (a run
/// never walks what it batched); the next run starts from the first id and finds it. Not a
/// test on SQLite, whose one writer numbers events in commit order (run by `on_postgres`).
fn an_event_committed_after_a_batch_was_chosen_goes_in_the_next_run() {
    let srv = TestServer::start();
    let database = srv.database.clone();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async move {
        let store = pchat::store::open(&database, false).await.unwrap();
        let event = |n: i64| chat_event("p", n, n);
        let all = pchat::store::BatchFilter::all();
        let mut late = store.chat_write().await.unwrap();
        late.insert_compliance_events(&[event(1)]).await.unwrap();
        let mut tx = store.chat_write().await.unwrap();
        tx.insert_compliance_events(&[event(2), event(3)]).await.unwrap();
        tx.commit().await.unwrap();
        let mut tx = store.chat_write().await.unwrap();
        let first = tx.open_batch("p", &all, 0, 100, "{}", 1).await.unwrap().expect("two events wait");
        tx.commit().await.unwrap();
        assert_eq!(first.events, 2);
        late.commit().await.unwrap();
        let mut tx = store.chat_write().await.unwrap();
        let later_in_the_run = tx.open_batch("p", &all, first.last_id, 100, "{}", 1).await.unwrap();
        assert!(later_in_the_run.is_none(), "{later_in_the_run:?}");
        let next_run = tx.open_batch("p", &all, 0, 100, "{}", 1).await.unwrap().expect("the late event waits");
        tx.commit().await.unwrap();
        assert_eq!((next_run.events, next_run.first_id), (1, first.first_id - 1));
        store.close().await;
    });
}

/// The CHAT contents of the files in `dir`, each with how often it was exported.
fn chat_counts(dir: &Path) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for (kind, content, _) in exported(dir) {
        if kind == "CHAT" {
            *counts.entry(content).or_insert(0) += 1;
        }
    }
    counts
}

fn start_killable(srv: &TestServer, name: &str, crash_at: Option<&str>) -> Node {
    let env: Vec<(&str, &str)> = crash_at.map(|at| ("PCHAT_CRASH_AT", at)).into_iter().collect();
    srv.start_node(name, &["--compliance-lease", "2s"], &env)
}

#[test]
fn an_exporter_killed_at_any_step_exports_every_event_exactly_once() {
    let Org { mut srv, alice, out } = org(&["--one-room-per-file", "true"]);
    let admin = srv.admin_token.clone();
    srv.kill();
    let points = ["compliance-batch-chosen", "compliance-file-renamed", "compliance-files-written", "kill -9"];
    let mut posted = Vec::new();
    for trial in 0..20 {
        let point = points[trial % points.len()];
        // Posts through a node that does not crash, into both rooms (two files a batch).
        let mut calm = start_killable(&srv, "calm", None);
        for k in 0..3 {
            for room in ["lobby", "murmur"] {
                let text = format!("trial {trial} message {k} in {room}");
                calm.cli_as(&alice, &["messages", "post", room, &text]).success();
                posted.push(text);
            }
        }
        calm.kill();
        let mut doomed = start_killable(&srv, "doomed", (point != "kill -9").then_some(point));
        if point == "kill -9" {
            // Somewhere in the middle of a run, wherever it is.
            let child = std::thread::spawn({
                let url = doomed.url.clone();
                let admin = admin.clone();
                move || {
                    let mut cmd = crate::support::pchat();
                    cmd.env("PCHAT_SERVER", url).env("PCHAT_TOKEN", admin);
                    crate::support::run(cmd, &["compliance", "export"])
                }
            });
            std::thread::sleep(Duration::from_millis(3 + 7 * trial as u64));
            doomed.kill();
            let _ = child.join();
        } else {
            // The node's own interval run may reach the point first; either way it dies there.
            let _ = doomed.cli_as(&admin, &["compliance", "export"]);
            assert!(
                doomed.exited(Duration::from_secs(20)).is_some(),
                "trial {trial}: the node did not stop at {point}"
            );
        }
        // Another node finishes what the dead one left, once its lease runs out.
        let rescuer = start_killable(&srv, if trial % 2 == 0 { "doomed" } else { "rescuer" }, None);
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let done = rescuer.cli_as(&admin, &["compliance", "export", "-o", "json"]);
            if done.code == 0 {
                break;
            }
            assert!(done.stderr.contains("lease"), "trial {trial}: {done}");
            assert!(Instant::now() < deadline, "trial {trial}: the lease never ran out: {done}");
            std::thread::sleep(Duration::from_millis(250));
        }
        let counts = chat_counts(&out);
        let twice: Vec<_> = counts.iter().filter(|(_, n)| **n != 1).collect();
        assert!(twice.is_empty(), "trial {trial} ({point}): exported more than once: {twice:?}");
        let missing: Vec<_> = posted.iter().filter(|t| !counts.contains_key(*t)).collect();
        assert!(missing.is_empty(), "trial {trial} ({point}): lost: {missing:?}");
        assert_eq!(counts.len(), posted.len());
    }
    let leftovers: Vec<_> =
        xml_files(&out).into_iter().filter(|f| f.file_name().unwrap().to_string_lossy().starts_with('.')).collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    for file in xml_files(&out) {
        valid_against_the_schema(&file);
    }
}

#[test]
fn two_nodes_of_a_pool_export_each_event_once() {
    let Org { srv, alice, out } = org(&[]);
    let admin = srv.admin_token.clone();
    let a = start_killable(&srv, "node-a", None);
    let b = start_killable(&srv, "node-b", None);
    let mut posted = Vec::new();
    for round in 0..5 {
        for (i, node) in [&a, &b].iter().enumerate() {
            for k in 0..10 {
                let text = format!("round {round} node {i} message {k}");
                node.cli_as(&alice, &["messages", "post", "lobby", &text]).success();
                posted.push(text);
            }
        }
        // Both nodes asked at once, and each one's interval run beside them.
        let (a_url, b_url) = (a.url.clone(), b.url.clone());
        let runs: Vec<_> = [a_url, b_url]
            .into_iter()
            .map(|url| {
                let admin = admin.clone();
                std::thread::spawn(move || {
                    let mut cmd = crate::support::pchat();
                    cmd.env("PCHAT_SERVER", url).env("PCHAT_TOKEN", admin);
                    crate::support::run(cmd, &["compliance", "export", "-o", "json"])
                })
            })
            .collect();
        for run in runs {
            let done = run.join().unwrap();
            assert!(done.code == 0 || done.stderr.contains("lease"), "{done}");
        }
        // Whatever is left goes out on the next call.
        srv.ok(&["compliance", "export"]);
    }
    let counts = chat_counts(&out);
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
    assert_eq!(counts.len(), posted.len());
}

also_on_postgres!(
    an_event_committed_after_a_batch_was_chosen_goes_in_the_next_run,
    waiting_events_are_found_after_a_purge_took_every_event,
    every_kind_of_event_is_recorded_with_its_change_and_exported_once,
    two_nodes_of_a_pool_export_each_event_once
);
