//! Migration end to end, through the real binary against real servers: exports of every
//! scope streamed into archives, imports (dry, real, resumed, with each way of handling a
//! conflict), the round trip byte for byte, damaged archives refused naming their member,
//! jobs, and imports killed with SIGKILL at many points that a re-run finishes.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use crate::support::{also_on_postgres, TestServer};

const ALICE: &str = "sip:alice@contoso.com";
const BOB: &str = "sip:bob@contoso.com";

/// Every member of an archive and its bytes.
fn members(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    pchat::archive::io::for_each_member(path, |name, reader| {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes)?;
        out.insert(name.to_string(), bytes);
        Ok(())
    })
    .expect("reading the archive");
    out
}

/// A server with users, a group, a category with two rooms, posts by alice and bob (one
/// with a file, one a story) and a larger history in `backend`.
fn seeded() -> TestServer {
    let srv = TestServer::start();
    srv.ok(&["policies", "set", "global", "--enabled"]);
    srv.user(ALICE, "contoso/eng");
    srv.user(BOB, "contoso/eng/web");
    srv.ok(&["directory", "groups", "create", "eng-leads", "--member", ALICE]);
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng", "--file-upload"]);
    srv.ok(&[
        "rooms",
        "create",
        "backend",
        "--category",
        "eng",
        "--member",
        ALICE,
        "--member",
        BOB,
        "--manager",
        "group:eng-leads",
    ]);
    srv.ok(&["rooms", "create", "frontend", "--category", "eng", "--privacy", "open"]);
    srv.give_history("backend", 300);
    let alice = srv.user_token(ALICE);
    let bob = srv.user_token(BOB);
    srv.cli_as(&alice, &["messages", "post", "backend", "the build is green https://ci.contoso.com/7"]).success();
    let minutes = srv.write_file("minutes.txt", "minutes of the design review\n");
    srv.cli_as(&bob, &["messages", "post", "backend", "minutes attached", "--file", minutes.to_str().unwrap()])
        .success();
    srv.cli_as(&alice, &["messages", "post", "frontend", "--story", "Release notes", "what changed in 2.0"]).success();
    // What a bulk path has to escape: tabs, backslashes, line breaks.
    srv.cli_as(&alice, &["messages", "post", "frontend", "tab\there, back\\slash\r\nnew line"]).success();
    srv
}

fn export(srv: &TestServer, args: &[&str], out: &Path) {
    let mut all = vec!["migration", "export"];
    all.extend(args);
    all.extend(["--out", out.to_str().unwrap()]);
    srv.ok(&all);
}

fn history(srv: &TestServer, room: &str) -> Vec<Value> {
    let page = srv.json(&["api", "GET", &format!("/v1/rooms/{room}/messages?limit=1000")]);
    page["items"].as_array().cloned().unwrap_or_default()
}

/// (id, seq, sender, text) of every message of a room, oldest first.
fn messages_of(srv: &TestServer, room: &str) -> Vec<(i64, i64, String, String)> {
    let mut all: Vec<_> = history(srv, room)
        .iter()
        .map(|m| {
            (
                m["id"].as_i64().unwrap(),
                m["seq"].as_i64().unwrap(),
                m["sender"].as_str().unwrap().to_string(),
                m["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    all.sort_by_key(|m| m.1);
    all
}

#[test]
fn an_export_imported_into_an_empty_server_exports_the_same_bytes() {
    let a = seeded();
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("all.pchat");
    export(&a, &["--all"], &first);
    a.ok(&["migration", "verify", first.to_str().unwrap()]);

    let b = TestServer::start();
    let done = b.ok(&["migration", "import", first.to_str().unwrap(), "--wait"]);
    assert!(done.stderr.contains("succeeded"), "{done}");
    let second = dir.path().join("again.pchat");
    export(&b, &["--all"], &second);

    let (one, two) = (members(&first), members(&second));
    assert_eq!(one.keys().collect::<Vec<_>>(), two.keys().collect::<Vec<_>>());
    for (name, bytes) in &one {
        if name != "manifest.json" {
            assert_eq!(bytes, &two[name], "member {name} differs after the round trip");
        }
    }
    // The manifests differ only in when and where.
    let (m1, m2): (Value, Value) = (
        serde_json::from_slice(&one["manifest.json"]).unwrap(),
        serde_json::from_slice(&two["manifest.json"]).unwrap(),
    );
    assert_eq!(m1["members"], m2["members"]);
    assert_eq!(m1["counts"], m2["counts"]);
    assert_eq!(m1["counts"]["messages"], 304);

    // Ids, numbers, senders and texts kept; the file downloads with its content.
    assert_eq!(messages_of(&a, "backend"), messages_of(&b, "backend"));
    assert_eq!(messages_of(&a, "frontend"), messages_of(&b, "frontend"));
    let with_file = history(&b, "backend").into_iter().find(|m| m["text"] == "minutes attached").unwrap();
    let file_id = with_file["files"][0]["id"].as_i64().unwrap().to_string();
    let saved = dir.path().join("minutes.txt");
    let bob = b.user_token(BOB);
    b.cli_as(&bob, &["messages", "download", "backend", &file_id, "--out", saved.to_str().unwrap()]).success();
    assert_eq!(std::fs::read_to_string(&saved).unwrap(), "minutes of the design review\n");

    // Posts after the import are numbered after the imported history.
    let alice = b.user_token(ALICE);
    let posted = b.cli_as(&alice, &["messages", "post", "backend", "after the move", "-o", "json"]).success().json();
    assert_eq!(posted["seq"], 303, "{posted}");

    // The same import again finds everything in place: nothing twice.
    b.ok(&["migration", "import", first.to_str().unwrap(), "--wait"]);
    assert_eq!(messages_of(&b, "backend").len(), 303);
}

#[test]
fn scoped_exports_hold_their_scope_and_what_it_names() {
    let srv = seeded();
    srv.ok(&["categories", "create", "sales", "--allow", "ou:contoso"]);
    srv.ok(&["rooms", "create", "deals", "--category", "sales"]);
    let dir = tempfile::tempdir().unwrap();

    let one = dir.path().join("frontend");
    srv.ok(&["rooms", "export", "frontend", "--with-history", "--out", one.to_str().unwrap()]);
    let rooms = std::fs::read_to_string(one.join("rooms.jsonl")).unwrap();
    assert_eq!(rooms.lines().count(), 1, "{rooms}");
    assert!(rooms.contains("\"name\":\"frontend\""), "{rooms}");
    let categories = std::fs::read_to_string(one.join("categories.jsonl")).unwrap();
    assert!(categories.contains("\"name\":\"eng\"") && !categories.contains("sales"), "{categories}");
    let messages = std::fs::read_to_string(one.join("messages/000000.jsonl")).unwrap();
    assert!(messages.contains("\"title\":\"Release notes\""), "{messages}");
    assert!(std::fs::read_to_string(one.join("users.jsonl")).unwrap().contains(ALICE));

    let category = dir.path().join("eng.pchat");
    export(&srv, &["--category", "eng"], &category);
    let m = members(&category);
    let rooms = String::from_utf8_lossy(&m["rooms.jsonl"]).to_string();
    assert!(rooms.contains("backend") && rooms.contains("frontend") && !rooms.contains("deals"), "{rooms}");
    assert!(String::from_utf8_lossy(&m["groups.jsonl"]).contains("eng-leads"));
    assert_eq!(m.keys().filter(|k| k.starts_with("files/")).count(), 1);

    let bare = dir.path().join("definitions.pchat");
    export(&srv, &["--pool", "default", "--definitions-only"], &bare);
    let m = members(&bare);
    assert!(!m.keys().any(|k| k.starts_with("messages/") || k.starts_with("files/")), "{:?}", m.keys());
    assert!(String::from_utf8_lossy(&m["rooms.jsonl"]).contains("deals"));

    let recent = dir.path().join("recent.pchat");
    export(&srv, &["--room", "backend", "--since", "2999-01-01"], &recent);
    let m = members(&recent);
    assert!(m["messages/000000.jsonl"].is_empty());

    // An unknown name is refused before anything is written.
    let missing = dir.path().join("missing.pchat");
    srv.cli(&["migration", "export", "--room", "nowhere", "--out", missing.to_str().unwrap()])
        .code(6)
        .stderr_has(&["room \"nowhere\" does not exist"]);
    assert!(!missing.exists());
}

/// Posts keep being answered while an export runs, and the export holds one moment: each
/// room's messages are a gapless prefix of what was posted, and the manifest counts them.
#[test]
fn an_export_reads_one_snapshot_while_posts_go_on() {
    let srv = seeded();
    srv.give_history("backend", 150_000);
    let alice = srv.user_token(ALICE);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let poster = {
        let (url, token, stop) = (srv.url.clone(), alice.clone(), stop.clone());
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async {
                let c = pchat::client::Client::new(&url, Some(token)).unwrap();
                let mut posted = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let body = pchat::api::NewPost { text: format!("during {posted}"), ..Default::default() };
                    let _: pchat::api::Message = c
                        .post(
                            &pchat::client::path(&["rooms", "frontend", "messages"]),
                            &pchat::api::PoolQuery::default(),
                            &body,
                        )
                        .await
                        .expect("a post is answered while the export runs");
                    posted += 1;
                }
                posted
            })
        })
    };
    std::thread::sleep(Duration::from_millis(200));
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("during.pchat");
    export(&srv, &["--all"], &archive);
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let posted = poster.join().unwrap();
    assert!(posted > 0, "posts went on during the export");

    let m = members(&archive);
    let manifest: Value = serde_json::from_slice(&m["manifest.json"]).unwrap();
    let rooms: Vec<Value> =
        String::from_utf8_lossy(&m["rooms.jsonl"]).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let mut total = 0;
    for (i, room) in rooms.iter().enumerate() {
        let seqs: Vec<i64> = String::from_utf8_lossy(&m[&format!("messages/{i:06}.jsonl")])
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap()["seq"].as_i64().unwrap())
            .collect();
        assert_eq!(seqs, (1..=seqs.len() as i64).collect::<Vec<_>>(), "room {}: a gapless prefix", room["name"]);
        assert_eq!(room["last_seq"].as_i64().unwrap(), seqs.len() as i64, "{room}: its counter at the same moment");
        total += seqs.len();
    }
    assert_eq!(manifest["counts"]["messages"].as_u64().unwrap() as usize, total);
    let now = srv.json(&["api", "GET", "/v1/rooms/frontend/activity"]);
    assert_eq!(now["messages"].as_u64().unwrap(), 2 + posted as u64, "{now}");
}

#[test]
fn a_failed_export_leaves_nothing_behind() {
    let mut srv = seeded();
    srv.give_history("frontend", 400_000);
    let dir = tempfile::tempdir().unwrap();
    // A target that cannot be written.
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "").unwrap();
    let under_file = blocker.join("out.pchat");
    srv.cli(&["migration", "export", "--all", "--out", under_file.to_str().unwrap()]).code(1).stderr_has(&["a-file"]);

    // The server dying in the middle of the stream.
    let target = dir.path().join("cut.pchat");
    let mut cmd = srv.command();
    cmd.env("PCHAT_TOKEN", &srv.admin_token)
        .args(["migration", "export", "--all", "--out", target.to_str().unwrap()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    let child = cmd.spawn().unwrap();
    std::thread::sleep(Duration::from_millis(400));
    srv.kill_and_restart();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cut short") || stderr.contains("ended before"), "{stderr}");
    assert!(!target.exists(), "the partial archive is removed");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(left.len(), 1, "only the blocker is left: {left:?}");
}

/// An export onto a disk that fills up: a clear error, and nothing of it left. Needs a small
/// tmpfs of its own (root, as in CI: there it must run).
#[test]
fn an_export_onto_a_full_disk_says_so_and_leaves_nothing() {
    let srv = seeded();
    srv.give_history("frontend", 20_000);
    let disk = tempfile::tempdir().unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=512k", "tmpfs", disk.path().to_str().unwrap()])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        assert!(std::env::var_os("CI").is_none(), "CI runs as root: mounting a small tmpfs must work there");
        eprintln!("note: full-disk export test skipped (mounting a tmpfs needs root)");
        return;
    }
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(self.0).status();
        }
    }
    let _unmount = Unmount(disk.path());
    for target in ["all", "all.pchat"] {
        let out = disk.path().join(target);
        srv.cli(&["migration", "export", "--all", "--out", out.to_str().unwrap()])
            .code(1)
            .stderr_has(&["No space left on device", "writing"]);
        let left: Vec<_> = std::fs::read_dir(disk.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert!(left.is_empty(), "nothing is left on the full disk: {left:?}");
    }
}

#[test]
fn conflicts_are_refused_unless_told_how_and_each_way_does_what_it_says() {
    let a = seeded();
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("eng.pchat");
    export(&a, &["--category", "eng"], &archive);
    let path = archive.to_str().unwrap();

    // The target has its own backend room, with its own two messages.
    let fresh = || {
        let b = TestServer::start();
        b.ok(&["policies", "set", "global", "--enabled"]);
        b.user(ALICE, "contoso/eng");
        b.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
        b.ok(&["rooms", "create", "backend", "--category", "eng", "--member", ALICE]);
        let alice = b.user_token(ALICE);
        for text in ["ours 1", "ours 2"] {
            b.cli_as(&alice, &["messages", "post", "backend", text]).success();
        }
        b
    };

    let b = fresh();
    let before = b.snapshot();
    b.cli(&["migration", "import", path, "--wait"]).code(5).stderr_has(&[
        "category default/eng",
        "room default/backend",
        "--on-conflict",
    ]);
    assert_eq!(b.snapshot(), before, "a refused import changes nothing");
    b.cli(&["migration", "import", path, "--dry-run", "--on-conflict", "skip"])
        .success()
        .stderr_has(&["= room default/backend"]);
    assert_eq!(b.snapshot(), before, "a dry run changes nothing");

    b.ok(&["migration", "import", path, "--on-conflict", "skip", "--wait"]);
    let texts: Vec<String> = messages_of(&b, "backend").into_iter().map(|m| m.3).collect();
    assert_eq!(texts, ["ours 1", "ours 2"], "skip keeps the server's room and history");
    assert_eq!(messages_of(&b, "frontend").len(), 2, "what does not conflict is imported");

    let b = fresh();
    b.ok(&["migration", "import", path, "--on-conflict", "rename", "--wait"]);
    assert_eq!(messages_of(&b, "backend").len(), 2);
    // Numbers, senders and texts kept; the ids the server had taken are new.
    let without_ids =
        |m: Vec<(i64, i64, String, String)>| m.into_iter().map(|(_, s, f, t)| (s, f, t)).collect::<Vec<_>>();
    assert_eq!(without_ids(messages_of(&b, "backend-imported")), without_ids(messages_of(&a, "backend")));
    b.ok(&["migration", "import", path, "--on-conflict", "rename", "--wait"]);
    assert_eq!(messages_of(&b, "backend-imported").len(), 302, "run again, the same rename and nothing twice");

    let b = fresh();
    b.ok(&["migration", "import", path, "--on-conflict", "merge", "--wait"]);
    let merged = messages_of(&b, "backend");
    assert_eq!(merged.len(), 304);
    assert_eq!((merged[0].3.as_str(), merged[1].3.as_str()), ("ours 1", "ours 2"));
    let seqs: Vec<i64> = merged.iter().map(|m| m.1).collect();
    assert_eq!(seqs, (1..=304).collect::<Vec<_>>(), "merged after the room's own messages");
    assert_eq!(merged[303].3, "minutes attached");
    let room = b.json(&["rooms", "show", "backend"]);
    assert!(
        room["members"].as_array().unwrap().iter().any(|m| m == BOB) || room["members"].to_string().contains("bob"),
        "{room}"
    );
}

#[test]
fn damaged_archives_and_the_same_store_are_refused_naming_what_is_wrong() {
    let srv = seeded();
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("all");
    export(&srv, &["--all"], &archive);
    let target = TestServer::start();
    let before = target.snapshot();

    let copy = |name: &str| {
        let to = dir.path().join(name);
        std::fs::create_dir_all(to.join("messages")).unwrap();
        std::fs::create_dir_all(to.join("files")).unwrap();
        for (member, bytes) in members(&archive) {
            std::fs::write(to.join(&member), bytes).unwrap();
        }
        to
    };
    let broken = copy("checksum");
    let mut text = std::fs::read_to_string(broken.join("messages/000000.jsonl")).unwrap();
    text = text.replacen("message 1", "message X", 1);
    std::fs::write(broken.join("messages/000000.jsonl"), text).unwrap();
    target
        .cli(&["migration", "import", broken.to_str().unwrap()])
        .code(2)
        .stderr_has(&["messages/000000.jsonl", "checksum mismatch"]);

    let missing = copy("missing");
    std::fs::remove_file(missing.join("rooms.jsonl")).unwrap();
    target.cli(&["migration", "import", missing.to_str().unwrap()]).code(2).stderr_has(&["rooms.jsonl", "missing"]);

    let newer = copy("newer");
    let manifest = std::fs::read_to_string(newer.join("manifest.json")).unwrap();
    std::fs::write(newer.join("manifest.json"), manifest.replace("\"format_version\": 1", "\"format_version\": 9"))
        .unwrap();
    target.cli(&["migration", "import", newer.to_str().unwrap()]).code(2).stderr_has(&["manifest.json", "9"]);

    let packed = dir.path().join("all.pchat");
    export(&srv, &["--all"], &packed);
    let bytes = std::fs::read(&packed).unwrap();
    let truncated = dir.path().join("truncated.pchat");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    target.cli(&["migration", "import", truncated.to_str().unwrap()]).code(2).stderr_has(&["truncated"]);

    assert_eq!(target.snapshot(), before, "nothing of a refused archive is imported");

    srv.cli(&["migration", "import", packed.to_str().unwrap()])
        .code(5)
        .stderr_has(&["this very store", "--allow-same-store"]);
}

#[test]
fn jobs_show_progress_and_a_cancelled_import_finishes_when_run_again() {
    let a = seeded();
    a.give_history("frontend", 200_000);
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("big.pchat");
    export(&a, &["--all"], &archive);
    let jobs = a.json(&["jobs", "list"]);
    assert_eq!(jobs[0]["kind"], "export");
    assert_eq!(jobs[0]["state"], "succeeded", "{jobs}");

    let b = TestServer::start();
    let started = b.json(&["migration", "import", archive.to_str().unwrap(), "--no-wait"]);
    let id = started["job"]["id"].as_i64().expect("the import's job").to_string();
    std::thread::sleep(Duration::from_millis(300));
    let cancelled = b.cli(&["jobs", "cancel", &id]);
    let shown = b.json(&["jobs", "show", &id]);
    if cancelled.code == 0 {
        let mut state = shown["state"].clone();
        for _ in 0..100 {
            if state != "running" {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
            state = b.json(&["jobs", "show", &id])["state"].clone();
        }
        let job = b.json(&["jobs", "show", &id]);
        assert!(job["state"] == "cancelled" || job["state"] == "succeeded", "{job}");
        if job["state"] == "cancelled" {
            assert!(job["error"]["left"].as_str().unwrap().contains("resumable"), "{job}");
            b.cli(&["jobs", "follow", &id]).code(1).stderr_has(&["cancelled"]);
        }
    }
    let progress = &b.json(&["jobs", "show", &id])["progress"];
    assert!(progress.to_string().contains("messages"), "{progress}");
    b.ok(&["migration", "import", archive.to_str().unwrap(), "--wait"]);
    assert_eq!(b.json(&["api", "GET", "/v1/rooms/frontend/activity"])["messages"], 200_002);
    assert_eq!(messages_of(&b, "backend"), messages_of(&a, "backend"));
}

/// An import killed with SIGKILL at points spread over its run (the upload, the checks,
/// the definitions, the batches of messages): each time the re-run finishes it, with no
/// message twice and none lost.
#[test]
fn an_import_killed_at_any_point_finishes_when_run_again() {
    let a = seeded();
    a.give_history("frontend", 30_000);
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("all.pchat");
    export(&a, &["--all"], &archive);
    let original = members(&archive);
    let counts: Value = serde_json::from_slice(&original["manifest.json"]).unwrap();
    let path = archive.to_str().unwrap();

    let mut b = TestServer::start();
    for trial in 0..20u64 {
        let mut cmd = b.command();
        cmd.env("PCHAT_TOKEN", &b.admin_token)
            .args(["migration", "import", path, "--no-wait"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        let mut child = cmd.spawn().unwrap();
        // Spread over the import's run: from before the upload ends to well into the messages.
        std::thread::sleep(Duration::from_millis(37 * trial + (trial * 7919) % 61));
        b.kill_and_restart_here();
        let _ = child.wait();
    }
    b.ok(&["migration", "import", path, "--wait"]);
    let again = dir.path().join("again.pchat");
    export(&b, &["--all"], &again);
    let after = members(&again);
    let recount: Value = serde_json::from_slice(&after["manifest.json"]).unwrap();
    assert_eq!(recount["counts"], counts["counts"]);
    for (name, bytes) in &original {
        if name != "manifest.json" {
            assert_eq!(bytes, &after[name], "member {name} differs after the interrupted imports");
        }
    }
    let jobs = b.json(&["jobs", "list", "--limit", "100"]);
    assert!(jobs.as_array().unwrap().iter().any(|j| j["state"] == "failed"), "killed jobs are marked failed: {jobs}");
}

#[test]
fn one_room_is_restored_from_a_full_archive() {
    let a = seeded();
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("nightly.pchat");
    export(&a, &["--all"], &archive);
    let path = archive.to_str().unwrap();

    // Into another server: that room and what it needs, nothing else.
    let b = TestServer::start();
    let dry = b.ok(&["migration", "import", path, "--room", "frontend", "--dry-run"]);
    assert!(dry.stderr.contains("+ room default/frontend") && !dry.stderr.contains("backend"), "{dry}");
    b.ok(&["migration", "import", path, "--room", "frontend", "--wait"]);
    assert_eq!(crate::support::names(&b.json(&["rooms", "list"])), ["frontend"]);
    assert_eq!(messages_of(&b, "frontend"), messages_of(&a, "frontend"));
    b.cli(&["migration", "import", path, "--room", "nowhere"])
        .code(6)
        .stderr_has(&["room \"nowhere\" is not in the archive"]);

    // Into the server it came from, after the room was cleared by mistake: the history
    // comes back after the clear, with its ids.
    let before = messages_of(&a, "backend");
    std::thread::sleep(Duration::from_millis(5));
    let now = humantime::format_rfc3339_millis(std::time::SystemTime::now()).to_string();
    a.ok(&["rooms", "clear", "backend", "--before", &now, "--yes"]);
    assert!(messages_of(&a, "backend").is_empty());
    a.ok(&["migration", "import", path, "--room", "backend", "--allow-same-store", "--on-conflict", "merge", "--wait"]);
    let restored = messages_of(&a, "backend");
    assert_eq!(restored.len(), before.len());
    let ids = |m: &[(i64, i64, String, String)]| m.iter().map(|m| (m.0, m.2.clone(), m.3.clone())).collect::<Vec<_>>();
    assert_eq!(ids(&restored), ids(&before), "the same messages, with their ids");
    assert!(restored[0].1 > before.last().unwrap().1, "numbered after the clear");
}

also_on_postgres!(
    an_export_imported_into_an_empty_server_exports_the_same_bytes,
    conflicts_are_refused_unless_told_how_and_each_way_does_what_it_says,
    an_import_killed_at_any_point_finishes_when_run_again,
);
