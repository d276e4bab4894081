//! Archives checked offline (`pchat migration verify`): a sound one, directory and packed,
//! the same bytes for the same data, and every kind of damage told with its member and line.

use std::path::{Path, PathBuf};

use pchat::archive::format::*;
use pchat::archive::io::{hex, Writer};

use crate::support::cli_bare;

/// What a sample archive holds; each test breaks one thing.
struct Sample {
    sender: &'static str,
    member_room: &'static str,
    format_version: u32,
}

impl Default for Sample {
    fn default() -> Self {
        Sample { sender: "sip:alice@contoso.com", member_room: "lobby", format_version: FORMAT_VERSION }
    }
}

const FILE: &[u8] = b"minutes of the design review\n";

fn user(sip: &str) -> UserRecord {
    UserRecord {
        sip: sip.into(),
        display_name: sip.trim_start_matches("sip:").into(),
        ou: "contoso/eng".into(),
        site: "redmond".into(),
        enabled: true,
        deleted: false,
        labels: Default::default(),
    }
}

fn room(name: &str, messages: Option<String>, last_seq: i64) -> RoomRecord {
    RoomRecord {
        pool: "default".into(),
        name: name.into(),
        category: "eng".into(),
        description: String::new(),
        room_type: Default::default(),
        privacy: Default::default(),
        invitations: Default::default(),
        disabled: false,
        addin: None,
        messages,
        last_seq,
        labels: Default::default(),
    }
}

fn message(seq: i64, sender: &str, text: &str, files: Vec<FileRecord>) -> MessageRecord {
    MessageRecord {
        id: 100 + seq,
        seq,
        sender: sender.into(),
        posted_at: format!("2026-11-0{seq}T09:00:00.000Z"),
        kind: pchat::api::MessageKind::Message,
        title: String::new(),
        text: text.into(),
        links: Vec::new(),
        files,
        removed: false,
    }
}

fn write(path: &Path, s: &Sample) -> Manifest {
    let sha = hex(&<sha2::Sha256 as sha2::Digest>::digest(FILE));
    let mut w = Writer::create(path).unwrap();
    let mut m = w.member("categories.jsonl").unwrap();
    m.record(&CategoryRecord {
        pool: "default".into(),
        name: "eng".into(),
        description: "Engineering".into(),
        allowed_members: vec!["ou:contoso/eng".into(), "group:eng-all".into()],
        denied_members: vec![],
        creators: vec!["sip:bob@contoso.com".into()],
        invitations: false,
        file_upload: true,
        chat_history: true,
        labels: Default::default(),
    })
    .unwrap();
    m.finish().unwrap();
    let mut m = w.member(&file_member(&sha)).unwrap();
    m.write_all(FILE).unwrap();
    m.finish().unwrap();
    let mut m = w.member("groups.jsonl").unwrap();
    m.record(&GroupRecord {
        name: "eng-all".into(),
        description: String::new(),
        members: vec!["sip:alice@contoso.com".into()],
    })
    .unwrap();
    m.finish().unwrap();
    let mut m = w.member("memberships.jsonl").unwrap();
    m.record(&MembershipRecord {
        pool: "default".into(),
        room: s.member_room.into(),
        role: "member".into(),
        principal: "sip:bob@contoso.com".into(),
    })
    .unwrap();
    m.finish().unwrap();
    let mut m = w.member(&messages_member(0)).unwrap();
    m.record(&message(1, "sip:alice@contoso.com", "hello", vec![])).unwrap();
    let file = FileRecord {
        sha256: sha.clone(),
        name: "minutes.txt".into(),
        size: FILE.len() as u64,
        content_type: "text/plain".into(),
    };
    m.record(&message(2, "sip:bob@contoso.com", "the minutes", vec![file])).unwrap();
    m.record(&message(3, s.sender, "thanks", vec![])).unwrap();
    m.finish().unwrap();
    let mut m = w.member("policies.jsonl").unwrap();
    m.record(&PolicyRecord { identity: "global".into(), enabled: true, description: String::new(), users: vec![] })
        .unwrap();
    m.finish().unwrap();
    let mut m = w.member("rooms.jsonl").unwrap();
    m.record(&room("lobby", Some(messages_member(0)), 3)).unwrap();
    m.record(&room("quiet", None, 0)).unwrap();
    m.finish().unwrap();
    let mut m = w.member("users.jsonl").unwrap();
    m.record(&user("sip:alice@contoso.com")).unwrap();
    m.record(&user("sip:bob@contoso.com")).unwrap();
    m.finish().unwrap();
    w.finish(Manifest {
        format: FORMAT.into(),
        format_version: s.format_version,
        created_at: "2026-12-01T00:00:00.000Z".into(),
        source: Source { server: "http://127.0.0.1:5041".into(), version: "0.1.0".into(), store_id: "store-1".into() },
        scope: Scope { all: true, history: true, ..Default::default() },
        counts: Counts {
            users: 2,
            groups: 1,
            policies: 1,
            categories: 1,
            rooms: 2,
            memberships: 1,
            messages: 3,
            files: 1,
            ..Default::default()
        },
        members: Vec::new(),
    })
    .unwrap()
}

fn verify(path: &Path) -> crate::support::Out {
    cli_bare(&["migration", "verify", path.to_str().unwrap()])
}

fn problems(path: &Path) -> Vec<String> {
    let out = cli_bare(&["migration", "verify", path.to_str().unwrap(), "-o", "json"]).code(2);
    out.json()["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| match p["line"].as_u64() {
            Some(line) => format!("{}:{line}: {}", p["member"].as_str().unwrap(), p["message"].as_str().unwrap()),
            None => format!("{}: {}", p["member"].as_str().unwrap(), p["message"].as_str().unwrap()),
        })
        .collect()
}

fn has(problems: &[String], needle: &str) {
    assert!(problems.iter().any(|p| p.contains(needle)), "no problem with {needle:?} in {problems:#?}");
}

#[test]
fn a_sound_archive_verifies_as_a_directory_and_packed_and_the_same_data_makes_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    for target in [dir.path().join("rooms"), dir.path().join("rooms.pchat")] {
        let manifest = write(&target, &Sample::default());
        assert_eq!(manifest.members.len(), 8);
        let out = verify(&target).success();
        assert!(out.stderr.contains("the archive is sound (format version 1"), "{out}");
        assert!(
            out.stdout.contains("messages") && out.stdout.contains("2026-11-01T09:00:00.000Z to 2026-11-03"),
            "{out}"
        );
        let json = cli_bare(&["migration", "verify", target.to_str().unwrap(), "-o", "json"]).success().json();
        assert_eq!(json["statistics"]["counts"]["messages"], 3);
        assert_eq!(json["statistics"]["rooms_with_history"], 1);
        assert_eq!(json["problems"], serde_json::json!([]));
    }
    let again = dir.path().join("again.pchat");
    write(&again, &Sample::default());
    assert_eq!(std::fs::read(&again).unwrap(), std::fs::read(dir.path().join("rooms.pchat")).unwrap());
}

fn damaged(name: &str, sample: Sample, damage: impl FnOnce(&Path)) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join(name);
    write(&path, &sample);
    damage(&path);
    let found = problems(&path);
    drop(dir);
    found
}

#[test]
fn every_kind_of_damage_is_told_with_its_member_and_line() {
    let p = damaged("a", Sample::default(), |p| {
        let users = p.join("users.jsonl");
        let text = std::fs::read_to_string(&users).unwrap().replace("redmond", "dublin");
        std::fs::write(users, text).unwrap();
    });
    has(&p, "users.jsonl: checksum mismatch");
    let p = damaged("a", Sample::default(), |p| std::fs::remove_file(p.join("rooms.jsonl")).unwrap());
    has(&p, "rooms.jsonl: listed in the manifest, but missing");
    has(&p, "messages/000000.jsonl: messages of no room");
    let p = damaged("a", Sample { sender: "sip:zed@contoso.com", ..Default::default() }, |_| {});
    has(&p, "messages/000000.jsonl:3: user sip:zed@contoso.com is not in users.jsonl");
    let p = damaged("a", Sample { member_room: "attic", ..Default::default() }, |_| {});
    has(&p, "memberships.jsonl:1: room default/attic is not in rooms.jsonl");
    let p = damaged("a", Sample { format_version: FORMAT_VERSION + 1, ..Default::default() }, |_| {});
    has(&p, "manifest.json: made by a newer pchat: format version 2, and this pchat reads 1");
    let p = damaged("a", Sample::default(), |p| {
        std::fs::write(p.join("categories.jsonl"), "{\"pool\": \"default\"\n").unwrap();
    });
    has(&p, "categories.jsonl:1: not a record of this member");
    let p = damaged("a", Sample::default(), |p| {
        std::fs::write(p.join("files").join("0".repeat(64)), "stray").unwrap();
    });
    has(&p, "not listed in the manifest");
    let p = damaged("a.pchat", Sample::default(), |p| {
        let bytes = std::fs::read(p).unwrap();
        std::fs::write(p, &bytes[..bytes.len() / 2]).unwrap();
    });
    assert!(p.iter().any(|p| p.contains("cut short") || p.contains("cannot be read")), "{p:#?}");
    // People read the problems as ARCHIVE: MEMBER:LINE: message.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b");
    write(&path, &Sample { sender: "sip:zed@contoso.com", ..Default::default() });
    let out = verify(&path).code(2);
    assert!(
        out.stderr.contains(&format!("{}: messages/000000.jsonl:3: user sip:zed@contoso.com", path.display())),
        "{out}"
    );
    cli_bare(&["migration", "verify", dir.path().join("none").to_str().unwrap()])
        .code(2)
        .stderr_has(&["no such archive"]);
}

/// Runs an importer into `out`; what it reports, as JSON.
fn convert(verb: &str, source: &Path, out: &Path) -> serde_json::Value {
    cli_bare(&["migration", verb, source.to_str().unwrap(), "--out", out.to_str().unwrap(), "-o", "json"])
        .success()
        .json()
}

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/compliance-example.xml");

/// A later batch of the same room: one more message, by someone the first batch did not have.
const LATER: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<Conversations>
 <Conversation>
  <Channel uri="ma-chan://red/2" name="lobby" category="eng" privacy="open" type="normal"/>
  <Messages>
   <Message type="CHAT" content="late &amp; last" id="57">
    <Sender UserName="Bob Jones" id="2" internal="true" uri="sip:bob@contoso.com"/>
    <DateTimeUTC since1970="1796118060125" string="2026-12-01T09:41:00.1250000Z" long="639317148601250000"/>
   </Message>
  </Messages>
 </Conversation>
</Conversations>
"#;

#[test]
fn lync_compliance_files_become_an_archive_that_verifies_and_what_is_left_out_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("batches");
    std::fs::create_dir(&source).unwrap();
    std::fs::copy(EXAMPLE, source.join("0001.xml")).unwrap();
    std::fs::write(source.join("0002.xml"), LATER).unwrap();
    let out = dir.path().join("lync.pchat");
    let converted = convert("from-lync-compliance", &source, &out);
    assert_eq!(converted["files_read"], 2);
    assert_eq!(converted["manifest_counts"]["messages"], 3);
    assert_eq!(converted["manifest_counts"]["users"], 2);
    for kind in ["JOIN", "PART", "BACKCHAT", "CATEGORYCHANGE", "file content (FILEUPLOAD)"] {
        assert_eq!(converted["not_imported"][kind], 1, "{kind}: {converted:#}");
    }
    let verified = cli_bare(&["migration", "verify", out.to_str().unwrap()]).success();
    assert!(verified.stderr.contains("the archive is sound"), "{verified}");
    // The messages, numbered in order across the batches; the one replaced keeps only its
    // replacement, never what was removed.
    let plain = dir.path().join("plain");
    cli_bare(&["migration", "from-lync-compliance", source.to_str().unwrap(), "--out", plain.to_str().unwrap()])
        .success();
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(plain.join("messages/000000.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let seqs: Vec<i64> = lines.iter().map(|m| m["seq"].as_i64().unwrap()).collect();
    assert_eq!(seqs, [1, 2, 3]);
    assert_eq!(lines[0]["text"], "This message was removed by an administrator.");
    assert!(!std::fs::read_to_string(plain.join("messages/000000.jsonl")).unwrap().contains("draft"));
    assert_eq!(lines[2]["text"], "late & last");
    assert_eq!(lines[2]["sender"], "sip:bob@contoso.com");
    let rooms = std::fs::read_to_string(plain.join("rooms.jsonl")).unwrap();
    assert!(rooms.contains(r#""name":"lobby","category":"eng""#) && rooms.contains(r#""last_seq":3"#), "{rooms}");

    // Not XML, or not a compliance file: refused with the file and where.
    std::fs::write(source.join("0003.xml"), "<Conversations><Conversation><Channel name=\"x\"></Conversation>")
        .unwrap();
    let refused = cli_bare(&[
        "migration",
        "from-lync-compliance",
        source.to_str().unwrap(),
        "--out",
        dir.path().join("bad").to_str().unwrap(),
    ])
    .code(2);
    assert!(refused.stderr.contains("0003.xml (byte") && refused.stderr.contains("not well-formed XML"), "{refused}");
    assert!(!dir.path().join("bad").exists(), "nothing is left of a refused conversion");
}

/// A Mattermost bulk export, shaped as its documentation shows one.
const BULK: &str = r#"{"type":"version","version":1}
{"type":"emoji","emoji":{"name":"shipit","image":"data/emoji/shipit.png"}}
{"type":"team","team":{"name":"eng","display_name":"Engineering","type":"O"}}
{"type":"channel","channel":{"team":"eng","name":"town-square","display_name":"Town Square","type":"O","purpose":"Everything"}}
{"type":"channel","channel":{"team":"eng","name":"leads","display_name":"Leads","type":"P","header":"Leads only"}}
{"type":"user","user":{"username":"alice","email":"alice@contoso.com","first_name":"Alice","last_name":"Smith","teams":[{"name":"eng","roles":"team_user","channels":[{"name":"town-square","roles":"channel_user"},{"name":"leads","roles":"channel_user channel_admin"}]}]}}
{"type":"user","user":{"username":"bob","email":"bob@contoso.com","nickname":"Bobby","teams":[{"name":"eng","channels":[{"name":"town-square","roles":"channel_user"}]}]}}
{"type":"post","post":{"team":"eng","channel":"town-square","user":"alice","message":"Release at 5, see https://wiki.contoso.com/r/5","create_at":1796117400125,"reactions":[{"user":"bob","emoji_name":"shipit","create_at":1796117401000}],"replies":[{"user":"bob","message":"ok","create_at":1796117460125},{"user":"alice","message":"thanks","create_at":1796117520125,"attachments":[{"path":"data/notes.txt"}]}]}}
{"type":"post","post":{"team":"eng","channel":"leads","user":"alice","message":"budget","create_at":1796117600125}}
{"type":"direct_channel","direct_channel":{"members":["alice","bob"]}}
{"type":"direct_post","direct_post":{"channel_members":["alice","bob"],"user":"bob","message":"psst","create_at":1796117700125}}
"#;

#[test]
fn a_mattermost_bulk_export_becomes_an_archive_and_its_order_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("bulk.jsonl");
    std::fs::write(&source, BULK).unwrap();
    let out = dir.path().join("mm");
    let converted = convert("from-mattermost", &source, &out);
    let counts = &converted["manifest_counts"];
    assert_eq!(
        (counts["rooms"].as_u64(), counts["messages"].as_u64(), counts["users"].as_u64()),
        (Some(2), Some(4), Some(2))
    );
    assert_eq!(counts["memberships"], 3);
    for (kind, n) in
        [("reaction", 1), ("file attachment", 1), ("direct message", 1), ("direct channel", 1), ("custom emoji", 1)]
    {
        assert_eq!(converted["not_imported"][kind], n, "{kind}: {converted:#}");
    }
    cli_bare(&["migration", "verify", out.to_str().unwrap()]).success().stderr_has(&["the archive is sound"]);
    let rooms = std::fs::read_to_string(out.join("rooms.jsonl")).unwrap();
    assert!(
        rooms.contains(
            r#""name":"leads","category":"eng","description":"Leads only","type":"normal","privacy":"closed""#
        ),
        "{rooms}"
    );
    let entries = std::fs::read_to_string(out.join("memberships.jsonl")).unwrap();
    assert!(
        entries.contains(r#"{"pool":"default","room":"leads","role":"manager","principal":"sip:alice@contoso.com"}"#),
        "{entries}"
    );
    // Replies follow their root, in order.
    let town: Vec<serde_json::Value> = std::fs::read_to_string(out.join("messages/000001.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let texts: Vec<&str> = town.iter().map(|m| m["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["Release at 5, see https://wiki.contoso.com/r/5", "ok", "thanks"]);
    assert_eq!(town[0]["links"], serde_json::json!(["https://wiki.contoso.com/r/5"]));
    assert_eq!(town[1]["sender"], "sip:bob@contoso.com");
    let groups = std::fs::read_to_string(out.join("groups.jsonl")).unwrap();
    assert!(
        groups.contains(
            r#"{"name":"team-eng","description":"","members":["sip:alice@contoso.com","sip:bob@contoso.com"]}"#
        ),
        "{groups}"
    );

    // A line out of order, and a post by nobody the file made: refused with the line.
    let lines: Vec<&str> = BULK.lines().collect();
    let mut swapped = lines.clone();
    swapped.swap(2, 7);
    for (text, needle) in [
        (swapped.join("\n"), "line 3"),
        (BULK.replace(r#""user":"bob","message":"ok""#, r#""user":"zed","message":"ok""#), "line 8"),
    ] {
        std::fs::write(&source, text).unwrap();
        let bad = dir.path().join("bad.pchat");
        let refused =
            cli_bare(&["migration", "from-mattermost", source.to_str().unwrap(), "--out", bad.to_str().unwrap()])
                .code(2);
        assert!(refused.stderr.contains(&format!("bulk.jsonl ({needle})")), "{refused}");
        assert!(!bad.exists());
    }
}
