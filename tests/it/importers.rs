//! Other systems' exports as zips, shaped as their documentation and public samples show
//! (generated here): a Slack workspace export and a Mattermost bulk export zip, converted
//! into archives that verify and import; what they hold that pchat does not is counted.

use std::io::Write;
use std::path::Path;

use serde_json::{json, Value};

use crate::support::{cli_bare, TestServer};

fn zip(path: &Path, members: &[(&str, String)]) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in members {
        if name.ends_with('/') {
            z.add_directory(name.trim_end_matches('/'), options).unwrap();
        } else {
            z.start_file(*name, options).unwrap();
            z.write_all(body.as_bytes()).unwrap();
        }
    }
    z.finish().unwrap();
}

fn slack_export() -> Vec<(&'static str, String)> {
    let users = json!([
        {"id": "U1", "name": "alice", "real_name": "Alice Archer", "deleted": false,
         "profile": {"email": "Alice@Contoso.com", "real_name": "Alice Archer", "display_name": "alice"}},
        {"id": "U2", "name": "bob", "deleted": true, "profile": {"real_name": "Bob Jones"}},
        {"id": "U3", "name": "ci-bot", "is_bot": true, "profile": {"real_name": "CI"}}
    ]);
    let channels = json!([
        {"id": "C1", "name": "general", "created": 1700000000, "creator": "U1", "is_archived": false,
         "members": ["U1", "U2"], "topic": {"value": ""}, "purpose": {"value": "Company-wide"}},
        {"id": "C2", "name": "old-news", "creator": "U2", "is_archived": true, "members": ["U2"],
         "purpose": {"value": ""}, "topic": {"value": "archived"}}
    ]);
    let groups = json!([
        {"id": "G1", "name": "secret-project", "creator": "U1", "is_archived": false, "members": ["U1"],
         "purpose": {"value": "Hush"}, "topic": {"value": ""}}
    ]);
    let dms = json!([{"id": "D1", "members": ["U1", "U2"]}]);
    let day1 = json!([
        {"type": "message", "subtype": "channel_join", "user": "U2", "text": "<@U2> has joined the channel", "ts": "1764579600.000100"},
        {"type": "message", "user": "U1", "text": "Welcome <@U2>! See <https://wiki.contoso.com/start|the wiki> &amp; <#C2|old-news>",
         "ts": "1764579700.000200", "thread_ts": "1764579700.000200", "reply_count": 1,
         "reactions": [{"name": "wave", "users": ["U2"], "count": 1}, {"name": "tada", "users": ["U1", "U2"], "count": 2}]},
        {"type": "message", "user": "U2", "text": "thanks!", "ts": "1764579800.000300", "thread_ts": "1764579700.000200",
         "parent_user_id": "U1"}
    ]);
    let day2 = json!([
        {"type": "message", "user": "U1", "text": "the minutes", "ts": "1764666000.000100",
         "files": [{"id": "F1", "name": "minutes.pdf", "url_private": "https://files.slack.com/F1/minutes.pdf"}]},
        {"type": "message", "subtype": "bot_message", "bot_id": "B1", "text": "build passed", "ts": "1764666100.000200"}
    ]);
    let secret =
        json!([{"type": "message", "user": "U1", "text": "<!here> launch is Friday", "ts": "1764579900.000100"}]);
    let dm = json!([{"type": "message", "user": "U1", "text": "psst", "ts": "1764579950.000100"}]);
    vec![
        ("users.json", users.to_string()),
        ("channels.json", channels.to_string()),
        ("groups.json", groups.to_string()),
        ("dms.json", dms.to_string()),
        ("general/", String::new()),
        ("general/2025-12-01.json", day1.to_string()),
        ("general/2025-12-02.json", day2.to_string()),
        ("secret-project/2025-12-01.json", secret.to_string()),
        ("D1/2025-12-01.json", dm.to_string()),
    ]
}

fn lines(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn a_slack_export_becomes_an_archive_that_imports_and_what_is_left_out_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("export.zip");
    zip(&source, &slack_export());
    let out = dir.path().join("slack");
    let converted =
        cli_bare(&["migration", "from-slack", source.to_str().unwrap(), "--out", out.to_str().unwrap(), "-o", "json"])
            .success()
            .json();
    let counts = &converted["manifest_counts"];
    assert_eq!(
        (counts["rooms"].as_u64(), counts["messages"].as_u64(), counts["users"].as_u64()),
        (Some(3), Some(4), Some(3))
    );
    for (kind, n) in [
        ("reaction", 3),
        ("direct conversation", 1),
        ("direct message", 1),
        ("channel join event", 1),
        ("file (its content is not in a Slack export)", 1),
        ("message without a user of users.json (bots, integrations)", 1),
    ] {
        assert_eq!(converted["not_imported"][kind], n, "{kind}: {converted:#}");
    }
    cli_bare(&["migration", "verify", out.to_str().unwrap()]).success().stderr_has(&["the archive is sound"]);

    let rooms = lines(&out.join("rooms.jsonl"));
    let by_name = |n: &str| rooms.iter().find(|r| r["name"] == n).cloned().unwrap();
    assert_eq!(by_name("general")["privacy"], "open");
    assert_eq!(by_name("general")["description"], "Company-wide");
    assert_eq!(by_name("secret-project")["privacy"], "closed");
    assert_eq!(by_name("old-news")["disabled"], true);
    let entries = std::fs::read_to_string(out.join("memberships.jsonl")).unwrap();
    assert!(
        entries.contains(r#"{"pool":"default","room":"general","role":"manager","principal":"sip:alice@contoso.com"}"#),
        "{entries}"
    );
    assert!(entries.contains(r#""room":"general","role":"member","principal":"sip:bob@slack.invalid""#), "{entries}");

    let index = rooms.iter().position(|r| r["name"] == "general").unwrap();
    let general = lines(&out.join(format!("messages/{index:06}.jsonl")));
    let texts: Vec<&str> = general.iter().map(|m| m["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        [
            "Welcome @bob! See the wiki (https://wiki.contoso.com/start) & #old-news",
            "↳ thanks!",
            "the minutes\n[file] minutes.pdf https://files.slack.com/F1/minutes.pdf",
        ]
    );
    assert_eq!(general[0]["links"], json!(["https://wiki.contoso.com/start"]));
    assert_eq!(general[0]["posted_at"], "2025-12-01T09:01:40.000Z");
    assert_eq!(general[1]["sender"], "sip:bob@slack.invalid");
    let users = std::fs::read_to_string(out.join("users.jsonl")).unwrap();
    assert!(users.contains(r#""sip":"sip:alice@contoso.com","display_name":"Alice Archer","ou":"slack""#), "{users}");

    // It imports as any archive does, and a re-run adds nothing.
    let srv = TestServer::start();
    srv.ok(&["migration", "import", out.to_str().unwrap(), "--wait"]);
    srv.ok(&["migration", "import", out.to_str().unwrap(), "--wait"]);
    let page = srv.json(&["api", "GET", "/v1/rooms/general/messages?limit=10"]);
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 3, "{page}");
    assert_eq!(items[0]["text"], texts[2]);
}

#[test]
fn a_slack_export_without_its_users_is_refused_saying_what_a_slack_export_holds() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("export.zip");
    let members: Vec<_> = slack_export().into_iter().filter(|(n, _)| *n != "users.json").collect();
    zip(&source, &members);
    let out = dir.path().join("slack.pchat");
    cli_bare(&["migration", "from-slack", source.to_str().unwrap(), "--out", out.to_str().unwrap()])
        .code(2)
        .stderr_has(&["users.json is missing", "channels.json"]);
    assert!(!out.exists());
    // Not a zip at all.
    std::fs::write(&source, "not a zip").unwrap();
    cli_bare(&["migration", "from-slack", source.to_str().unwrap(), "--out", out.to_str().unwrap()])
        .code(2)
        .stderr_has(&["export.zip"]);
}

#[test]
fn a_mattermost_bulk_export_zip_is_read_from_its_jsonl_member() {
    let bulk = [
        json!({"type": "version", "version": 1}),
        json!({"type": "team", "team": {"name": "eng", "display_name": "Engineering", "type": "O"}}),
        json!({"type": "channel", "channel": {"team": "eng", "name": "town-square", "display_name": "Town Square", "type": "O"}}),
        json!({"type": "user", "user": {"username": "alice", "email": "alice@contoso.com", "teams": [{"name": "eng", "channels": [{"name": "town-square"}]}]}}),
        json!({"type": "post", "post": {"team": "eng", "channel": "town-square", "user": "alice", "message": "hello", "create_at": 1764579600000i64,
               "attachments": [{"path": "data/hello.png"}]}}),
    ]
    .iter()
    .map(|v| v.to_string())
    .collect::<Vec<_>>()
    .join("\n");
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("mm.zip");
    zip(&source, &[("export.jsonl", bulk), ("data/", String::new()), ("data/hello.png", "png".into())]);
    let out = dir.path().join("mm.pchat");
    let converted = cli_bare(&[
        "migration",
        "from-mattermost",
        source.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-o",
        "json",
    ])
    .success()
    .json();
    assert_eq!(converted["manifest_counts"]["messages"], 1);
    assert_eq!(converted["not_imported"]["attachment file in data/"], 1, "{converted:#}");
    cli_bare(&["migration", "verify", out.to_str().unwrap()]).success();
    // Mattermost gives no message ids (0): the import gives new ones.
    let srv = TestServer::start();
    srv.ok(&["migration", "import", out.to_str().unwrap(), "--wait"]);
    let page = srv.json(&["api", "GET", "/v1/rooms/town-square/messages"]);
    assert_eq!(page["items"][0]["text"], "hello", "{page}");
    let empty = dir.path().join("empty.zip");
    zip(&empty, &[("readme.txt", "no bulk here".into())]);
    cli_bare(&[
        "migration",
        "from-mattermost",
        empty.to_str().unwrap(),
        "--out",
        dir.path().join("x.pchat").to_str().unwrap(),
    ])
    .code(2)
    .stderr_has(&["no .jsonl member"]);
}
