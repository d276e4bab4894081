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
