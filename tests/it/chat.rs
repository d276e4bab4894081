//! Chat end to end: posting and history through the real binary and the real API, every
//! room and category rule with its own code, secrets kept, concurrent posters numbered
//! without gaps, and acknowledged posts surviving `kill -9`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use pchat::api::{ErrorCode, HistoryPage, HistoryQuery, Message, NewPost, PoolQuery};
use pchat::client::{path, Client, ClientError};

use crate::support::{also_on_postgres, TestServer};

/// A small organisation: engineering (with one person walled off), a history-less
/// category, and a room of each kind the rules tell apart.
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
kind: User
metadata: {name: "sip:erin@contoso.com"}
spec: {displayName: Erin, ou: contoso/eng, site: redmond}
---
apiVersion: pchat/v1
kind: User
metadata: {name: "sip:walled@contoso.com"}
spec: {displayName: Walled, ou: contoso/eng, site: redmond}
---
apiVersion: pchat/v1
kind: User
metadata: {name: "sip:carol@contoso.com"}
spec: {displayName: Carol, ou: contoso/sales, site: redmond}
---
apiVersion: pchat/v1
kind: User
metadata: {name: "sip:dave@contoso.com"}
spec: {displayName: Dave, ou: contoso/eng, site: redmond}
---
apiVersion: pchat/v1
kind: Policy
metadata: {name: global}
spec: {enabled: true}
---
apiVersion: pchat/v1
kind: Policy
metadata: {name: "tag:nochat"}
spec: {enabled: false}
---
apiVersion: pchat/v1
kind: PolicyGrant
metadata: {name: nochat}
spec: {policy: "tag:nochat", users: ["sip:dave@contoso.com"]}
---
apiVersion: pchat/v1
kind: Category
metadata: {name: eng}
spec:
  allowedMembers: [ou:contoso/eng]
  deniedMembers: ["sip:walled@contoso.com"]
  invitations: true
  fileUpload: true
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
metadata: {name: design}
spec: {category: eng, members: ["sip:bob@contoso.com"], managers: ["sip:alice@contoso.com"]}
---
apiVersion: pchat/v1
kind: Room
metadata: {name: vault}
spec: {category: eng, privacy: secret, members: ["sip:alice@contoso.com"]}
---
apiVersion: pchat/v1
kind: Room
metadata: {name: stage}
spec:
  category: eng
  type: auditorium
  members: [ou:contoso/eng]
  presenters: ["sip:alice@contoso.com"]
  managers: ["sip:bob@contoso.com"]
---
apiVersion: pchat/v1
kind: Room
metadata: {name: retired}
spec: {category: eng, disabled: true, members: ["sip:alice@contoso.com", "sip:bob@contoso.com"]}
---
apiVersion: pchat/v1
kind: Room
metadata: {name: murmur}
spec: {category: quiet, privacy: open}
"#;

struct Org {
    srv: TestServer,
    alice: String,
    bob: String,
    erin: String,
}

fn org() -> Org {
    let srv = TestServer::start();
    let plan = srv.write_file("org.yaml", ORG);
    srv.ok(&["apply", "-f", plan.to_str().unwrap(), "--yes"]);
    let (alice, bob, erin) = (
        srv.user_token("sip:alice@contoso.com"),
        srv.user_token("sip:bob@contoso.com"),
        srv.user_token("sip:erin@contoso.com"),
    );
    Org { srv, alice, bob, erin }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("a tokio runtime")
}

fn client(srv: &TestServer, token: &str) -> Client {
    Client::new(&srv.url, Some(token.to_string())).expect("a client")
}

fn history(srv: &TestServer, token: &str, room: &str, query: &HistoryQuery) -> Result<HistoryPage, ClientError> {
    runtime().block_on(client(srv, token).get(&path(&["rooms", room, "messages"]), query))
}

fn post(srv: &TestServer, token: &str, room: &str, body: &NewPost) -> Result<Message, ClientError> {
    runtime().block_on(client(srv, token).post(&path(&["rooms", room, "messages"]), &PoolQuery::default(), body))
}

fn text(t: &str) -> NewPost {
    NewPost { text: t.to_string(), ..Default::default() }
}

fn seqs(page: &HistoryPage) -> Vec<i64> {
    page.items.iter().map(|m| m.seq).collect()
}

fn posted_messages_are_read_back_newest_first_with_cursors_both_ways() {
    let o = org();
    let srv = &o.srv;
    for i in 1..=12 {
        let out =
            srv.cli_as(&o.alice, &["messages", "post", "lobby", &format!("note {i} see https://wiki.contoso.com/{i}")]);
        out.success().stdout_has(&[&format!("posted message {i} to room lobby")]);
    }
    let story = srv
        .cli_as(&o.bob, &["messages", "post", "lobby", "the long body", "--story", "Release notes", "-o", "json"])
        .success()
        .json();
    assert_eq!(
        (story["kind"].as_str(), story["title"].as_str(), story["seq"].as_i64()),
        (Some("story"), Some("Release notes"), Some(13))
    );

    let shown = srv.cli_as(&o.erin, &["messages", "history", "lobby", "--limit", "3", "-o", "json"]).success().json();
    let shown: Vec<Message> = serde_json::from_value(shown).unwrap();
    assert_eq!(shown.iter().map(|m| m.seq).collect::<Vec<_>>(), vec![13, 12, 11]);
    assert_eq!(shown[1].sender, "sip:alice@contoso.com");
    assert_eq!(shown[1].links, vec!["https://wiki.contoso.com/12"]);
    let table = srv.cli_as(&o.erin, &["messages", "history", "lobby", "--limit", "2"]).success();
    assert!(table.stdout.contains("[Release notes] the long body") && table.stdout.contains("note 12"), "{table}");

    // Pages of 5: older by next_cursor, back again by prev_cursor, ids stable.
    let q = |cursor: Option<String>| HistoryQuery { limit: Some(5), cursor, ..Default::default() };
    let first = history(srv, &o.erin, "lobby", &q(None)).unwrap();
    assert_eq!(seqs(&first), vec![13, 12, 11, 10, 9]);
    assert!(first.prev_cursor.is_none(), "nothing is newer than the newest page");
    let second = history(srv, &o.erin, "lobby", &q(first.next_cursor.clone())).unwrap();
    assert_eq!(seqs(&second), vec![8, 7, 6, 5, 4]);
    let third = history(srv, &o.erin, "lobby", &q(second.next_cursor.clone())).unwrap();
    assert_eq!(seqs(&third), vec![3, 2, 1]);
    assert!(third.next_cursor.is_none(), "nothing is older than message 1");
    let back = history(srv, &o.erin, "lobby", &q(third.prev_cursor.clone())).unwrap();
    assert_eq!(seqs(&back), vec![8, 7, 6, 5, 4]);
    assert_eq!(back.items, second.items, "the same messages, the same ids, either way");
    let top = history(srv, &o.erin, "lobby", &q(back.prev_cursor.clone())).unwrap();
    assert_eq!(seqs(&top), vec![13, 12, 11, 10, 9]);
    assert!(top.prev_cursor.is_none());

    // A time range: from message 4's time to message 9's.
    let (since, until) = (second.items[4].posted_at.clone(), first.items[4].posted_at.clone());
    let ranged = history(
        srv,
        &o.erin,
        "lobby",
        &HistoryQuery {
            since: Some(since.clone()),
            until: Some(until.clone()),
            limit: Some(500),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(seqs(&ranged).first() >= Some(&9) && seqs(&ranged).last() <= Some(&4), "{:?}", seqs(&ranged));
    assert!(ranged.items.iter().all(|m| m.posted_at >= since && m.posted_at <= until));
    let future =
        srv.cli_as(&o.erin, &["messages", "history", "lobby", "--since", "2999-01-01", "-o", "json"]).success();
    assert_eq!(future.json(), serde_json::json!([]));
    srv.cli_as(&o.erin, &["messages", "history", "lobby", "--since", "last tuesday"])
        .code(2)
        .stderr_has(&["--since \"last tuesday\" is not a time"]);

    // An administrator reads every room, the secret one too.
    post(srv, &o.alice, "vault", &text("between us")).unwrap();
    let vault = srv.json(&["messages", "history", "vault"]);
    assert_eq!(vault[0]["text"], "between us");
}

/// Each reason a post is refused has its own code, and nothing is written.
fn every_refusal_has_its_own_code() {
    let o = org();
    let srv = &o.srv;
    let dave = srv.user_token("sip:dave@contoso.com");
    let carol = srv.user_token("sip:carol@contoso.com");
    let walled = srv.user_token("sip:walled@contoso.com");
    let refused = |token: &str, room: &str, body: NewPost| post(srv, token, room, &body).unwrap_err();
    let code = |e: ClientError| e.code();

    assert_eq!(code(refused(&o.erin, "design", text("hi"))), Some(ErrorCode::NotAMember));
    assert_eq!(code(refused(&o.erin, "stage", text("hi"))), Some(ErrorCode::PresentersOnly));
    assert_eq!(code(refused(&o.bob, "stage", text("a manager, not a presenter"))), Some(ErrorCode::PresentersOnly));
    assert_eq!(code(refused(&o.alice, "retired", text("hi"))), Some(ErrorCode::RoomDisabled));
    assert_eq!(code(refused(&dave, "lobby", text("hi"))), Some(ErrorCode::ChatDisabled));
    assert_eq!(code(refused(&dave, "no-such-room", text("hi"))), Some(ErrorCode::ChatDisabled));
    assert_eq!(code(refused(&o.alice, "no-such-room", text("hi"))), Some(ErrorCode::NotFound));
    assert_eq!(code(refused(&carol, "lobby", text("outside the category's scope"))), Some(ErrorCode::NotFound));
    assert_eq!(code(refused(&walled, "lobby", text("denied by the category"))), Some(ErrorCode::NotFound));
    assert_eq!(code(refused(&o.alice, "lobby", text("  \n"))), Some(ErrorCode::Required));
    assert_eq!(code(refused(&o.alice, "lobby", text(&"x".repeat(64 * 1024 + 1)))), Some(ErrorCode::TooLong));
    assert_eq!(code(refused(&o.alice, "lobby", text("bell \u{7}"))), Some(ErrorCode::InvalidValue));
    let long_title = NewPost { text: "body".into(), title: Some("t".repeat(257)), ..Default::default() };
    let e = refused(&o.alice, "lobby", long_title);
    assert_eq!((e.code(), e.problem().and_then(|p| p.field.clone())), (Some(ErrorCode::TooLong), Some("title".into())));
    // An administrator's token that acts for nobody cannot be a sender.
    assert_eq!(code(refused(&srv.admin_token, "lobby", text("hi"))), Some(ErrorCode::Forbidden));
    // Reading is refused the same ways.
    let read = |token: &str, room: &str| history(srv, token, room, &HistoryQuery::default()).unwrap_err().code();
    assert_eq!(read(&o.erin, "design"), Some(ErrorCode::NotAMember));
    assert_eq!(read(&o.alice, "retired"), Some(ErrorCode::RoomDisabled));
    assert_eq!(read(&dave, "lobby"), Some(ErrorCode::ChatDisabled));
    // The CLI says why, with a hint, and exits non-zero.
    srv.cli_as(&o.erin, &["messages", "post", "stage", "hello"])
        .code(1)
        .stderr_has(&["auditorium: only its presenters post", "hint:"]);
    srv.cli_as(&o.alice, &["messages", "post", "lobby", ""]).code(2).stderr_has(&["the text must not be empty"]);

    // What may post does, and nothing refused was written.
    post(srv, &o.alice, "stage", &text("presenting")).unwrap();
    post(srv, &o.bob, "design", &text("a member")).unwrap();
    post(srv, &o.erin, "lobby", &text("anyone in scope, in an open room")).unwrap();
    for room in ["lobby", "design", "stage"] {
        let page = history(srv, &srv.admin_token, room, &HistoryQuery::default()).unwrap();
        assert_eq!(seqs(&page), vec![1], "room {room}: only the accepted post");
    }
}

/// Whoever may not see a secret room gets the answers a room that does not exist gets.
fn a_secret_room_is_not_found_by_whoever_is_not_in_it() {
    let o = org();
    let srv = &o.srv;
    post(srv, &o.alice, "vault", &text("the plan")).unwrap();
    let as_bob = |args: &[&str]| srv.cli_as(&o.bob, args);
    for (secret, missing) in [
        (&["messages", "post", "vault", "hi"][..], &["messages", "post", "nowhere", "hi"][..]),
        (&["messages", "history", "vault"][..], &["messages", "history", "nowhere"][..]),
        (&["messages", "join", "vault"][..], &["messages", "join", "nowhere"][..]),
        (&["messages", "leave", "vault"][..], &["messages", "leave", "nowhere"][..]),
    ] {
        let (a, b) = (as_bob(secret), as_bob(missing));
        assert_eq!(a.code, b.code, "{a}\n{b}");
        assert_eq!(a.stderr.replace("vault", "ROOM"), b.stderr.replace("nowhere", "ROOM"), "{a}\n{b}");
    }
    let api = |p: &str| srv.cli_as(&o.bob, &["api", "GET", p]);
    let (a, b) = (api("/v1/rooms/vault/messages?limit=1"), api("/v1/rooms/nowhere/messages?limit=1"));
    assert_eq!(a.stdout.replace("vault", "ROOM"), b.stdout.replace("nowhere", "ROOM"));
    let listed = srv.cli_as(&o.bob, &["messages", "rooms", "-o", "json"]).success().stdout;
    assert!(!listed.contains("vault"), "{listed}");
    let invited = srv.cli_as(&o.bob, &["messages", "invitations", "-o", "json"]).success().stdout;
    assert!(!invited.contains("vault"), "{invited}");
    assert!(!srv.cli_as(&o.bob, &["messages", "rooms", "-o", "json"]).success().stdout.contains("retired"));
}

/// The rooms a user may chat in, with their role; joining hands out the default chat
/// history; invitations list the rooms that invite and are not joined yet.
fn rooms_joins_and_invitations() {
    let o = org();
    let srv = &o.srv;
    for i in 1..=5 {
        post(srv, &o.alice, "design", &text(&format!("d{i}"))).unwrap();
    }
    srv.ok(&["api", "PATCH", "/v1/config/global", r#"{"default_chat_history": 3}"#]);
    let rooms = srv.cli_as(&o.alice, &["messages", "rooms", "-o", "json"]).success().json();
    let by_name: BTreeMap<String, serde_json::Value> =
        rooms.as_array().unwrap().iter().map(|r| (r["name"].as_str().unwrap().to_string(), r.clone())).collect();
    assert_eq!(by_name.keys().collect::<Vec<_>>(), vec!["design", "lobby", "murmur", "stage", "vault"]);
    assert_eq!(
        (by_name["design"]["role"].as_str(), by_name["design"]["may_post"].as_bool()),
        (Some("manager"), Some(true))
    );
    assert_eq!(
        (by_name["stage"]["role"].as_str(), by_name["stage"]["may_post"].as_bool()),
        (Some("presenter"), Some(true))
    );
    assert_eq!(
        (by_name["lobby"]["role"].as_str(), by_name["murmur"]["history_kept"].as_bool()),
        (Some("visitor"), Some(false))
    );
    let erin_rooms = srv.cli_as(&o.erin, &["messages", "rooms", "-o", "json"]).success().json();
    let design = erin_rooms.as_array().unwrap().iter().find(|r| r["name"] == "design").expect("a closed room shows");
    assert_eq!((design["may_read"].as_bool(), design["may_post"].as_bool()), (Some(false), Some(false)));

    let invited = srv.cli_as(&o.alice, &["messages", "invitations", "-o", "json"]).success().json();
    assert_eq!(crate::support::names(&invited), vec!["design", "stage", "vault"]);
    let joined = srv.cli_as(&o.alice, &["messages", "join", "design", "-o", "json"]).success().json();
    let backchat: Vec<i64> = joined["history"].as_array().unwrap().iter().map(|m| m["seq"].as_i64().unwrap()).collect();
    assert_eq!(backchat, vec![5, 4, 3], "the default chat history: the last 3");
    let invited = srv.cli_as(&o.alice, &["messages", "invitations", "-o", "json"]).success().json();
    assert_eq!(crate::support::names(&invited), vec!["stage", "vault"]);
    let mine = srv.cli_as(&o.alice, &["messages", "rooms", "--joined", "-o", "json"]).success().json();
    assert_eq!(crate::support::names(&mine), vec!["design"]);
    srv.cli_as(&o.alice, &["messages", "leave", "design"]).success();
    let mine = srv.cli_as(&o.alice, &["messages", "rooms", "--joined", "-o", "json"]).success().json();
    assert_eq!(mine, serde_json::json!([]));
    // A closed room is not joined by whoever it does not list.
    srv.cli_as(&o.erin, &["messages", "join", "design"]).code(1).stderr_has(&["closed to all but its members"]);
}

/// A category without history delivers posts and keeps none of them.
fn a_category_without_history_keeps_nothing() {
    let o = org();
    let srv = &o.srv;
    let m = post(srv, &o.erin, "murmur", &text("gone with the wind")).unwrap();
    assert_eq!((m.id, m.seq), (None, 1));
    let page = history(srv, &o.erin, "murmur", &HistoryQuery::default()).unwrap();
    assert_eq!((page.items.len(), page.history_kept), (0, false));
    srv.cli_as(&o.erin, &["messages", "history", "murmur"]).success().stderr_has(&["keeps no chat history"]);
}

/// Cursors the server did not issue for this room are refused, never read as a place.
fn forged_and_malformed_cursors_are_refused() {
    let o = org();
    let srv = &o.srv;
    post(srv, &o.alice, "lobby", &text("one")).unwrap();
    post(srv, &o.alice, "design", &text("two")).unwrap();
    let design = history(srv, &o.alice, "design", &HistoryQuery { limit: Some(1), ..Default::default() }).unwrap();
    assert!(design.next_cursor.is_none());
    post(srv, &o.alice, "design", &text("three")).unwrap();
    let design = history(srv, &o.alice, "design", &HistoryQuery { limit: Some(1), ..Default::default() }).unwrap();
    let other_rooms = design.next_cursor.expect("an older message");
    let hex = |s: &str| s.bytes().map(|b| format!("{b:02x}")).collect::<String>();
    for cursor in [
        other_rooms,
        "zz".into(),
        "6f".into(),
        hex("x1\u{0}5"),
        hex("o1\u{0}-4"),
        hex("o99999\u{0}1"),
        "00".repeat(3000),
    ] {
        let e = history(srv, &o.alice, "lobby", &HistoryQuery { cursor: Some(cursor.clone()), ..Default::default() })
            .unwrap_err();
        assert_eq!(e.code(), Some(ErrorCode::BadRequest), "{cursor}: {e}");
        assert_eq!(e.problem().and_then(|p| p.field.as_deref()), Some("cursor"));
    }
    let e = history(srv, &o.alice, "lobby", &HistoryQuery { since: Some("soon".into()), ..Default::default() })
        .unwrap_err();
    assert_eq!(
        (e.code(), e.problem().and_then(|p| p.field.clone())),
        (Some(ErrorCode::InvalidValue), Some("since".into()))
    );
}

/// 1,000 posters at once in one room: every post acknowledged, numbered 1..=1000 without a
/// gap or a repeat, each exactly once in the history; management writes meanwhile succeed.
fn concurrent_posters_are_numbered_without_gaps() {
    let o = org();
    let srv = &o.srv;
    let rt = runtime();
    let alice = client(srv, &o.alice);
    let admin = client(srv, &srv.admin_token);
    let acked: Vec<Message> = rt.block_on(async {
        let changes = tokio::spawn(async move {
            for i in 0..10 {
                let spec = pchat::api::RoomSpec { description: Some(format!("busy {i}")), ..Default::default() };
                let _: pchat::api::Written<pchat::api::Room> = admin
                    .patch(&path(&["rooms", "lobby"]), &PoolQuery::default(), &spec, None)
                    .await
                    .expect("a room change while posting");
            }
        });
        let posts: Vec<_> = (0..1000)
            .map(|i| {
                let c = alice.clone();
                tokio::spawn(async move {
                    c.post::<_, Message>(
                        &path(&["rooms", "lobby", "messages"]),
                        &PoolQuery::default(),
                        &text(&format!("p{i}")),
                    )
                    .await
                })
            })
            .collect();
        let mut acked = Vec::new();
        for p in posts {
            acked.push(p.await.unwrap().expect("every post is acknowledged"));
        }
        changes.await.unwrap();
        acked
    });
    let numbers: BTreeSet<i64> = acked.iter().map(|m| m.seq).collect();
    assert_eq!(numbers, (1..=1000).collect::<BTreeSet<_>>(), "gapless, no repeats");
    let ids: BTreeSet<i64> = acked.iter().filter_map(|m| m.id).collect();
    assert_eq!(ids.len(), 1000);
    let mut stored = Vec::new();
    let mut cursor = None;
    loop {
        let page =
            history(srv, &o.alice, "lobby", &HistoryQuery { limit: Some(500), cursor, ..Default::default() }).unwrap();
        stored.extend(page.items);
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    assert_eq!(stored.iter().map(|m| m.seq).collect::<Vec<_>>(), (1..=1000).rev().collect::<Vec<_>>());
    let by_seq: BTreeMap<i64, &Message> = stored.iter().map(|m| (m.seq, m)).collect();
    for m in &acked {
        assert_eq!(by_seq[&m.seq].text, m.text, "message {} is stored as acknowledged", m.seq);
        assert_eq!(by_seq[&m.seq].id, m.id);
    }
    let times: Vec<&String> = stored.iter().rev().map(|m| &m.posted_at).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "times grow with the numbers");
}

/// Posters keep posting while the server is killed with SIGKILL: every post that was
/// acknowledged is in the history after the restart, with the number it was given.
fn an_acknowledged_post_survives_kill_9() {
    let mut o = org();
    let rt = runtime();
    let alice = client(&o.srv, &o.alice);
    let acked: Arc<Mutex<Vec<Message>>> = Arc::default();
    let posters: Vec<_> = (0..16)
        .map(|p| {
            let (c, acked) = (alice.clone(), acked.clone());
            rt.spawn(async move {
                for i in 0.. {
                    let body = text(&format!("poster {p} post {i}"));
                    match c
                        .post::<_, Message>(&path(&["rooms", "lobby", "messages"]), &PoolQuery::default(), &body)
                        .await
                    {
                        Ok(m) => acked.lock().unwrap().push(m),
                        Err(_) => return,
                    }
                }
            })
        })
        .collect();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while acked.lock().unwrap().len() < 300 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    o.srv.kill_and_restart();
    rt.block_on(async {
        for p in posters {
            let _ = p.await;
        }
    });
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() >= 300, "the posters were acknowledged {} times", acked.len());
    let mut stored = BTreeMap::new();
    let mut cursor = None;
    loop {
        let page = history(&o.srv, &o.alice, "lobby", &HistoryQuery { limit: Some(500), cursor, ..Default::default() })
            .unwrap();
        stored.extend(page.items.into_iter().map(|m| (m.seq, m)));
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    for m in &acked {
        let kept = stored.get(&m.seq).unwrap_or_else(|| panic!("acknowledged message {} was lost", m.seq));
        assert_eq!((&kept.text, kept.id), (&m.text, m.id));
    }
    let last = *stored.keys().last().unwrap();
    assert_eq!(stored.len() as i64, last, "no gap in the numbers that were committed");
    // The restarted server goes on from there.
    let next = post(&o.srv, &o.alice, "lobby", &text("after the restart")).unwrap();
    assert_eq!(next.seq, last + 1);
}

/// Search finds every word in the rooms the caller may read, newest first, and nowhere
/// else: not in secret rooms that do not list them, not in closed rooms they are not in,
/// not in disabled or deleted rooms.
fn search_finds_words_in_the_rooms_one_may_read() {
    let o = org();
    let srv = &o.srv;
    post(srv, &o.alice, "lobby", &text("Deploy on Friday, see https://wiki.contoso.com/deploy")).unwrap();
    post(srv, &o.alice, "vault", &text("deploy the secret plan")).unwrap();
    post(srv, &o.alice, "design", &text("deploy review of the design")).unwrap();
    post(
        srv,
        &o.bob,
        "lobby",
        &NewPost { text: "all of it".into(), title: Some("Deploy notes".into()), ..Default::default() },
    )
    .unwrap();
    let found = |token: &str, args: &[&str]| -> Vec<(String, i64)> {
        let mut all = vec!["messages", "search"];
        all.extend_from_slice(args);
        all.extend(["-o", "json"]);
        let out = srv.cli_as(token, &all).success().json();
        out.as_array()
            .unwrap()
            .iter()
            .map(|m| (m["room"].as_str().unwrap().to_string(), m["seq"].as_i64().unwrap()))
            .collect()
    };
    let lobby = |seq| ("lobby".to_string(), seq);
    assert_eq!(found(&o.erin, &["deploy"]), vec![lobby(2), lobby(1)], "erin reads the open room only");
    assert_eq!(found(&o.bob, &["DEPLOY"]), vec![lobby(2), ("design".into(), 1), lobby(1)]);
    assert_eq!(found(&o.alice, &["deploy"]).len(), 4, "alice reads all four rooms");
    assert_eq!(found(&o.alice, &["deploy", "friday"]), vec![lobby(1)], "every word is needed");
    assert_eq!(found(&o.alice, &["deploy", "--from", "sip:bob@contoso.com"]), vec![lobby(2)]);
    assert_eq!(found(&o.alice, &["deploy", "--room", "design"]), vec![("design".into(), 1)]);
    assert!(found(&o.alice, &["deploy", "--since", "2999-01-01"]).is_empty());
    for hostile in ["deploy OR secret", "\"deploy", "secret*", "NEAR(deploy secret)", "deploy -secret", "AND"] {
        assert!(
            found(&o.bob, &[hostile]).iter().all(|(room, _)| room != "vault"),
            "{hostile:?} is words, not a query that reaches the secret room"
        );
    }
    // A room one may not read answers as for reading its history.
    let (secret, missing) = (
        srv.cli_as(&o.bob, &["messages", "search", "deploy", "--room", "vault"]),
        srv.cli_as(&o.bob, &["messages", "search", "deploy", "--room", "nowhere"]),
    );
    assert_eq!(secret.stderr.replace("vault", "ROOM"), missing.stderr.replace("nowhere", "ROOM"));
    srv.cli_as(&o.erin, &["messages", "search", "deploy", "--room", "design"])
        .code(1)
        .stderr_has(&["closed to all but"]);
    srv.cli_as(&o.erin, &["messages", "search", " "]).code(2).stderr_has(&["the search must hold a word"]);
    // Disabled rooms are out of search until enabled again; deleted rooms for good.
    srv.ok(&["rooms", "disable", "design"]);
    assert_eq!(found(&o.bob, &["deploy"]), vec![lobby(2), lobby(1)]);
    srv.ok(&["rooms", "enable", "design"]);
    assert_eq!(found(&o.bob, &["deploy"]).len(), 3);
    srv.ok(&["rooms", "delete", "design", "--yes"]);
    assert_eq!(found(&o.bob, &["deploy"]), vec![lobby(2), lobby(1)]);
    assert_eq!(found(&o.alice, &["deploy"]).len(), 3);
    // Pages, newest first, with a cursor.
    for i in 1..=7 {
        post(srv, &o.erin, "lobby", &text(&format!("needle {i}"))).unwrap();
    }
    let page = |cursor: Option<String>| -> pchat::api::Page<Message> {
        let q = pchat::api::SearchQuery { q: "needle".into(), limit: Some(3), cursor, ..Default::default() };
        runtime().block_on(client(srv, &o.erin).get(&path(&["messages", "search"]), &q)).unwrap()
    };
    let first = page(None);
    let second = page(first.next_cursor.clone());
    let third = page(second.next_cursor.clone());
    let texts = |p: &pchat::api::Page<Message>| p.items.iter().map(|m| m.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&first), vec!["needle 7", "needle 6", "needle 5"]);
    assert_eq!(texts(&second), vec!["needle 4", "needle 3", "needle 2"]);
    assert_eq!((texts(&third), third.next_cursor), (vec!["needle 1".to_string()], None));
}

/// Reads events from a stream until `n` have come (or 10 s pass), as (event, data).
/// The next `n` message events of a stream (other events are passed over).
async fn take_messages(stream: &mut pchat::client::EventStream, n: usize) -> Vec<pchat::client::SseEvent> {
    let mut got = Vec::new();
    while got.len() < n {
        got.extend(take_events(stream, 1).await.into_iter().filter(|e| e.event == "message"));
    }
    got
}

async fn take_events(stream: &mut pchat::client::EventStream, n: usize) -> Vec<pchat::client::SseEvent> {
    let mut got = Vec::new();
    while got.len() < n {
        match tokio::time::timeout(std::time::Duration::from_secs(10), stream.next()).await {
            Ok(Ok(Some(event))) => got.push(event),
            other => panic!("the stream ended or stalled after {} events: {other:?}", got.len()),
        }
    }
    got
}

fn messages_of(events: &[pchat::client::SseEvent]) -> Vec<String> {
    events
        .iter()
        .filter(|e| e.event == "message")
        .map(|e| {
            serde_json::from_str::<serde_json::Value>(&e.data).unwrap()["message"]["text"].as_str().unwrap().to_string()
        })
        .collect()
}

/// The stream of the rooms one joined: their messages in order and nothing of other
/// rooms, joins and leaves up to the participant update limit, a disabled room closed,
/// and a reconnect with Last-Event-ID given exactly what it missed.
fn live_events_follow_the_rooms_joined() {
    let o = org();
    let srv = &o.srv;
    let rt = runtime();
    let (bob, alice, erin) = (client(srv, &o.bob), client(srv, &o.alice), client(srv, &o.erin));
    let events = path(&["chat", "events"]);
    let all = pchat::api::EventsQuery::default();
    let say = |c: &Client, room: &str, t: &str| {
        let c = c.clone();
        let (room, t) = (room.to_string(), t.to_string());
        async move {
            c.post::<_, Message>(&path(&["rooms", &room, "messages"]), &PoolQuery::default(), &text(&t)).await.unwrap();
        }
    };
    let join = |c: &Client, room: &str| {
        let c = c.clone();
        let room = room.to_string();
        async move {
            let _: pchat::api::Joined =
                c.post_empty(&path(&["rooms", &room, "join"]), &PoolQuery::default()).await.unwrap();
        }
    };
    rt.block_on(async {
        join(&bob, "lobby").await;
        join(&bob, "design").await;
        let mut stream = bob.events(&events, &all, None).await.unwrap();
        say(&alice, "lobby", "one").await;
        say(&alice, "vault", "not for bob").await;
        say(&alice, "design", "two").await;
        join(&erin, "lobby").await;
        let got = take_events(&mut stream, 3).await;
        assert_eq!(messages_of(&got), vec!["one", "two"]);
        assert_eq!((got[2].event.as_str(), got[2].data.contains("sip:erin@contoso.com")), ("joined", true));
        // EPOCH-N: N grows.
        let ids: Vec<u64> =
            got.iter().map(|e| e.id.as_deref().unwrap().rsplit_once('-').unwrap().1.parse().unwrap()).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");

        // A reconnect after the first event gets the rest, in order, once; then new ones.
        let mut again = bob.events(&events, &all, got[0].id.as_deref()).await.unwrap();
        say(&alice, "lobby", "three").await;
        let resumed = take_events(&mut again, 3).await;
        assert_eq!(resumed[..2], got[1..]);
        assert_eq!(messages_of(&resumed[2..]), vec!["three"]);
        let live = take_events(&mut stream, 1).await;
        assert_eq!(messages_of(&live), vec!["three"]);

        // Above the participant update limit, joins are not told.
        let admin = client(srv, &srv.admin_token);
        let config: serde_json::Value = admin
            .patch(
                &path(&["config", "global"]),
                &PoolQuery::default(),
                &serde_json::json!({"participant_update_limit": 2}),
                None,
            )
            .await
            .unwrap();
        assert!(config.to_string().contains("participant_update_limit"));
        join(&alice, "lobby").await;
        say(&alice, "lobby", "four").await;
        let next = take_events(&mut stream, 1).await;
        assert_eq!(messages_of(&next), vec!["four"], "alice's join, the third, is not told");

        // A disabled room leaves the stream, with its reason.
        let _: serde_json::Value =
            admin.post_empty(&path(&["rooms", "design", "disable"]), &PoolQuery::default()).await.unwrap();
        let closed = take_events(&mut stream, 1).await;
        assert_eq!(closed[0].event, "room_closed");
        assert!(closed[0].data.contains("\"reason\":\"disabled\""), "{:?}", closed[0]);

        // An id this run never gave: a reload event, then new events.
        let mut forged = bob.events(&events, &all, Some("12-999999")).await.unwrap();
        let first = take_events(&mut forged, 1).await;
        assert_eq!(first[0].event, "reload");
        say(&alice, "lobby", "five").await;
        assert_eq!(messages_of(&take_events(&mut forged, 1).await), vec!["five"]);
        let garbage = bob.events(&events, &all, Some("yesterday")).await.err().expect("refused");
        assert_eq!(garbage.code(), Some(ErrorCode::BadRequest));

        // A secret room is not followed by whoever it does not list, as a missing room.
        let q = |room: &str| pchat::api::EventsQuery { room: Some(room.into()), pool: None };
        let (secret, missing) = (
            bob.events(&events, &q("vault"), None).await.err().unwrap(),
            bob.events(&events, &q("nowhere"), None).await.err().unwrap(),
        );
        assert_eq!(
            secret.problem().unwrap().detail.replace("vault", "ROOM"),
            missing.problem().unwrap().detail.replace("nowhere", "ROOM")
        );
    });
}

/// A subscriber that never reads does not slow posting, nor the others' delivery.
fn a_slow_subscriber_slows_nobody() {
    let o = org();
    let srv = &o.srv;
    let rt = runtime();
    let (erin, alice) = (client(srv, &o.erin), client(srv, &o.alice));
    let lobby = pchat::api::EventsQuery { room: Some("lobby".into()), pool: None };
    rt.block_on(async {
        let events = path(&["chat", "events"]);
        let _stalled = erin.events(&events, &lobby, None).await.unwrap();
        let mut reader = erin.events(&events, &lobby, None).await.unwrap();
        let big = "x".repeat(60 * 1024);
        let started = std::time::Instant::now();
        let mut delivered = 0;
        for i in 0..300 {
            let body = text(&format!("{i} {big}"));
            alice
                .post::<_, Message>(&path(&["rooms", "lobby", "messages"]), &PoolQuery::default(), &body)
                .await
                .unwrap();
            delivered += take_events(&mut reader, 1).await.len();
        }
        // 18 MB went to the reader while the stalled stream's socket filled long ago.
        assert_eq!(delivered, 300);
        assert!(started.elapsed() < std::time::Duration::from_secs(60), "{:?}", started.elapsed());
    });
}

/// `pchat messages tail` prints messages as they come, and after the server is killed and
/// started again it reconnects and prints what it missed from the history.
fn tail_follows_and_resumes_after_a_restart() {
    let mut o = org();
    let mut tail = o
        .srv
        .command()
        .env("PCHAT_TOKEN", &o.erin)
        .args(["messages", "tail", "lobby", "--count", "4", "-o", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    post(&o.srv, &o.alice, "lobby", &text("before")).unwrap();
    post(&o.srv, &o.alice, "lobby", &text("still before")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    o.srv.kill_and_restart_here();
    post(&o.srv, &o.alice, "lobby", &text("while it was away")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    post(&o.srv, &o.alice, "lobby", &text("after")).unwrap();
    let status = crate::support::wait_for(&mut tail, std::time::Duration::from_secs(30));
    if status.is_none() {
        let _ = tail.kill();
    }
    let mut out = String::new();
    std::io::Read::read_to_string(tail.stdout.as_mut().unwrap(), &mut out).unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(tail.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert!(status.is_some_and(|s| s.success()), "tail: {status:?}\n{out}\n{err}");
    let texts: Vec<String> = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["message"]["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(texts, vec!["before", "still before", "while it was away", "after"], "{err}");
    assert!(err.contains("following room lobby again"), "{err}");
}

/// Files go into the file store where the category allows them, within the size limit,
/// named by what people see and stored by their content; whoever may read the room reads
/// them back, nobody else.
fn files_are_posted_and_read_back() {
    let o = org();
    let srv = &o.srv;
    let report = srv.write_file("q3 report.txt", "numbers, numbers\n");
    let posted = srv
        .cli_as(
            &o.alice,
            &["messages", "post", "lobby", "the report", "--file", report.to_str().unwrap(), "-o", "json"],
        )
        .success()
        .json();
    let file = &posted["files"][0];
    assert_eq!((file["name"].as_str(), file["size"].as_i64()), (Some("q3 report.txt"), Some(17)));
    let id = file["id"].as_i64().unwrap().to_string();
    let history = srv.cli_as(&o.erin, &["messages", "history", "lobby", "-o", "json"]).success().json();
    assert_eq!(history[0]["files"][0]["id"].as_i64().unwrap().to_string(), id);
    let got = srv.cli_as(&o.erin, &["messages", "download", "lobby", &id]).success();
    assert_eq!(got.stdout, "numbers, numbers\n");
    let copy = srv.dir().join("copy.txt");
    srv.cli_as(&o.erin, &["messages", "download", "lobby", &id, "--out", copy.to_str().unwrap()]).success();
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), "numbers, numbers\n");
    // Nobody outside the room's readers: as if neither room nor file existed.
    let carol = srv.user_token("sip:carol@contoso.com");
    let (a, b) = (
        srv.cli_as(&carol, &["messages", "download", "lobby", &id]),
        srv.cli_as(&carol, &["messages", "download", "nowhere", &id]),
    );
    assert_eq!((a.code, a.stderr.replace("lobby", "R")), (b.code, b.stderr.replace("nowhere", "R")));
    srv.cli_as(&o.alice, &["messages", "download", "design", &id]).code(6).stderr_has(&["file \"", "does not exist"]);

    let rt = runtime();
    let alice = client(srv, &o.alice);
    let upload = |room: &str, name: &str, bytes: Vec<u8>| {
        let q = pchat::api::UploadQuery { name: name.into(), pool: None };
        rt.block_on(alice.upload::<pchat::api::FileInfo>(&path(&["rooms", room, "files"]), &q, bytes))
    };
    // The same content twice is kept once.
    let (one, two) =
        (upload("lobby", "a.txt", b"same".to_vec()).unwrap(), upload("design", "b.txt", b"same".to_vec()).unwrap());
    assert_eq!(one.sha256, two.sha256);
    let kept = srv.dir().join("pchat-files").join("sha256").join(&one.sha256[..2]).join(&one.sha256);
    assert_eq!(std::fs::read(&kept).unwrap(), b"same");
    for (room, name, code) in [
        ("lobby", "../../etc/passwd", Some(ErrorCode::InvalidValue)),
        ("lobby", "..", Some(ErrorCode::InvalidValue)),
        ("lobby", "a\u{202e}txt.exe", Some(ErrorCode::InvalidValue)),
        ("lobby", "", Some(ErrorCode::Required)),
        ("murmur", "a.txt", Some(ErrorCode::FileUploadOff)),
        ("stage", "a.txt", None),
        ("vault", "a.txt", None),
    ] {
        let answer = upload(room, name, b"x".to_vec());
        assert_eq!(answer.as_ref().err().and_then(|e| e.code()), code, "{room} {name:?}: {answer:?}");
    }
    // Who may not post may not upload.
    let q = pchat::api::UploadQuery { name: "a.txt".into(), pool: None };
    let erin = client(srv, &o.erin);
    let refused =
        rt.block_on(erin.upload::<pchat::api::FileInfo>(&path(&["rooms", "stage", "files"]), &q, b"x".to_vec()));
    assert_eq!(refused.err().and_then(|e| e.code()), Some(ErrorCode::PresentersOnly));
    srv.ok(&["api", "PATCH", "/v1/config/global", r#"{"max_file_size_kb": 1}"#]);
    assert_eq!(upload("lobby", "big.bin", vec![7; 1025]).err().and_then(|e| e.code()), Some(ErrorCode::FileTooLarge));
    assert!(upload("lobby", "fits.bin", vec![7; 1024]).is_ok());
    let big = srv.write_file("big.bin", &"x".repeat(4096));
    srv.cli_as(&o.alice, &["messages", "post", "lobby", "big", "--file", big.to_str().unwrap()])
        .code(2)
        .stderr_has(&["over 1 KB", "hint:"]);
    // A message posts only files of its own room.
    let e = post(srv, &o.alice, "lobby", &NewPost { text: "x".into(), files: vec![two.id], ..Default::default() })
        .unwrap_err();
    assert_eq!(
        (e.code(), e.problem().unwrap().field.as_deref()),
        (Some(ErrorCode::UnknownReference), Some("files[0]"))
    );
    let tmp: Vec<_> = std::fs::read_dir(srv.dir().join("pchat-files").join("tmp")).unwrap().collect();
    assert!(tmp.is_empty(), "refused uploads leave nothing behind: {tmp:?}");
}

/// Administrators remove or replace messages by a selection and clear rooms through a
/// date: each shows what it would change, needs --yes off a terminal, says what it changed,
/// and leaves an audit entry; an empty selection or a future date is refused.
fn removals_and_clears_change_what_they_say() {
    let o = org();
    let srv = &o.srv;
    for (who, t) in [
        (&o.alice, "Budget numbers for Q3"),
        (&o.bob, "the budget is late"),
        (&o.alice, "lunch?"),
        (&o.bob, "BUDGET final"),
    ] {
        post(srv, who, "lobby", &text(t)).unwrap();
    }
    let texts = || -> Vec<String> {
        let page = history(srv, &srv.admin_token, "lobby", &HistoryQuery::default()).unwrap();
        page.items.iter().rev().map(|m| m.text.clone()).collect()
    };
    srv.cli(&["messages", "remove", "lobby"]).code(2).stderr_has(&["the selection is empty"]);
    srv.cli(&["messages", "remove", "lobby", "--keywords", "budget"]).code(2).stderr_has(&["pass --yes"]);
    let dry = srv.cli(&["messages", "remove", "lobby", "--keywords", "budget", "--dry-run"]).success();
    assert!(dry.stderr.contains("would replace the text of 3 messages in room lobby: 1-2, 4"), "{dry}");
    let exact = srv
        .cli(&[
            "messages",
            "remove",
            "lobby",
            "--keywords",
            "budget numbers",
            "--match",
            "exact",
            "--dry-run",
            "-o",
            "json",
        ])
        .success()
        .json();
    assert_eq!(exact["seqs"], serde_json::json!([1]));
    let cased = srv
        .cli(&["messages", "remove", "lobby", "--keywords", "BUDGET", "--case-sensitive", "--dry-run", "-o", "json"])
        .success()
        .json();
    assert_eq!(cased["seqs"], serde_json::json!([4]));
    assert_eq!(
        texts(),
        vec!["Budget numbers for Q3", "the budget is late", "lunch?", "BUDGET final"],
        "dry runs change nothing"
    );
    srv.cli(&["messages", "remove", "lobby", "--keywords", "budget", "--from", "sip:bob@contoso.com", "--yes"])
        .success()
        .stdout_has(&["replaced 2 messages in room lobby"]);
    let replaced = "This message was removed by an administrator.";
    assert_eq!(texts(), vec!["Budget numbers for Q3", replaced, "lunch?", replaced]);
    srv.cli(&["messages", "remove", "lobby", "--keywords", "lunch", "--delete", "--yes"])
        .success()
        .stdout_has(&["removed 1 message"]);
    let seqs_left: Vec<i64> = history(srv, &srv.admin_token, "lobby", &HistoryQuery::default())
        .unwrap()
        .items
        .iter()
        .map(|m| m.seq)
        .collect();
    assert_eq!(seqs_left, vec![4, 2, 1], "removed messages leave their numbers unused");
    srv.cli_as(&o.alice, &["messages", "remove", "lobby", "--keywords", "budget", "--yes"])
        .code(1)
        .stderr_has(&["administrator"]);

    srv.cli(&["rooms", "clear", "lobby", "--before", "2999-01-01", "--yes"]).code(2).stderr_has(&["in the future"]);
    srv.cli(&["rooms", "clear", "lobby", "--before", "0s"]).code(2).stderr_has(&["pass --yes"]);
    srv.cli(&["rooms", "clear", "lobby", "--before", "0s", "--dry-run"])
        .success()
        .stderr_has(&["would remove 3 messages posted in room lobby"]);
    srv.cli(&["rooms", "clear", "lobby", "--before", "0s", "--yes"])
        .success()
        .stdout_has(&["removed 3 messages from room lobby"]);
    assert!(texts().is_empty());
    let shown = srv.json(&["rooms", "show", "lobby"]);
    assert_eq!((shown["messages"].as_i64(), shown["name"].as_str()), (Some(0), Some("lobby")));
    let next = post(srv, &o.alice, "lobby", &text("a fresh start")).unwrap();
    assert_eq!(next.seq, 5, "numbers go on after a clear");

    let audit = srv.json(&["api", "GET", "/v1/audit"]);
    let actions: Vec<&str> = audit["items"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, vec!["clear_room", "remove_messages", "replace_messages"]);
    assert_eq!(audit["items"][2]["detail"]["seqs"], serde_json::json!([2, 4]));
    assert_eq!(audit["items"][2]["target"], "default/lobby");
    assert_eq!(audit["items"][0]["detail"]["messages"], 3);
    let searched = srv.cli_as(&o.erin, &["messages", "search", "budget", "-o", "json"]).success().json();
    assert_eq!(searched, serde_json::json!([]), "removed and replaced text is out of search too");
}

/// Deleting a room that holds messages needs --allow-destroy (or a warned --yes); an empty
/// room does not. A plan that moves a room into a category without history says so.
fn deleting_history_needs_leave_and_plans_say_so() {
    let o = org();
    let srv = &o.srv;
    post(srv, &o.alice, "design", &text("keep me")).unwrap();
    let shown = srv.cli(&["rooms", "show", "design"]).success();
    let line = shown.stdout.lines().find(|l| l.contains("MESSAGES")).unwrap_or_default();
    assert!(line.contains("┆ 1 "), "{shown}");
    let e = srv.cli(&["api", "DELETE", "/v1/rooms/design"]).code(2);
    assert!(e.stderr.contains("holds 1 message") && e.stderr.contains("--allow-destroy"), "{e}");
    srv.cli(&["rooms", "delete", "design"]).code(2).stderr_has(&["holds 1 message", "pass --yes"]);
    let deleted = srv.cli(&["rooms", "delete", "design", "--yes"]).success();
    assert!(deleted.stderr.contains("warning: room design holds 1 message"), "{deleted}");
    srv.cli(&["rooms", "delete", "lobby", "--allow-destroy"]).success();

    // Prune: an empty room goes without --allow-destroy, one with history does not.
    post(srv, &o.alice, "vault", &text("history")).unwrap();
    let kept = ORG
        .split("\n---\n")
        .filter(|d| {
            !d.contains("name: vault}")
                && !d.contains("name: stage}")
                && !d.contains("name: design}")
                && !d.contains("name: lobby}")
        })
        .collect::<Vec<_>>()
        .join("\n---\n");
    let plan = srv.write_file("kept.yaml", &kept);
    let refused = srv.cli(&["apply", "-f", plan.to_str().unwrap(), "--prune", "--yes"]).code(2);
    assert!(refused.stderr.contains("room \"vault\" holds 1 message"), "{refused}");
    assert!(!refused.stderr.contains("\"stage\""), "an empty room is not a problem: {refused}");
    assert_eq!(srv.room_names(&[]).len(), 4, "nothing changed: {:?}", srv.room_names(&[]));
    srv.cli(&["apply", "-f", plan.to_str().unwrap(), "--prune", "--yes", "--allow-destroy"]).success();
    assert_eq!(srv.room_names(&[]), vec!["murmur", "retired"]);

    // Moving a room into a category that keeps no history is called out.
    let moved = kept.replace(
        "metadata: {name: retired}\nspec: {category: eng,",
        "metadata: {name: retired}\nspec: {category: quiet,",
    );
    assert_ne!(moved, kept);
    let plan = srv.write_file("moved.yaml", &moved);
    let shown = srv.cli(&["plan", "-f", plan.to_str().unwrap()]).success();
    assert!(shown.stdout.contains("moves to category quiet, which keeps no chat history"), "{shown}");
}

#[test]
fn removals_and_clears() {
    removals_and_clears_change_what_they_say();
}

#[test]
fn deleting_history() {
    deleting_history_needs_leave_and_plans_say_so();
}

#[test]
fn files() {
    files_are_posted_and_read_back();
}

/// SIGTERM stops a node gracefully even with live streams open: they end, the node exits.
fn a_node_stops_with_streams_open() {
    let mut o = org();
    let rt = runtime();
    let erin = client(&o.srv, &o.erin);
    let q = pchat::api::EventsQuery { room: Some("lobby".into()), pool: None };
    let mut streams: Vec<_> =
        (0..3).map(|_| rt.block_on(erin.events(&path(&["chat", "events"]), &q, None)).unwrap()).collect();
    let started = std::time::Instant::now();
    o.srv.restart();
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "stopping took {:?}", started.elapsed());
    for stream in &mut streams {
        assert!(!matches!(rt.block_on(stream.next()), Ok(Some(_))), "the stream ended with the node");
    }
}

#[test]
fn stops_with_streams_open() {
    a_node_stops_with_streams_open();
}

#[test]
fn live_events() {
    live_events_follow_the_rooms_joined();
}

#[test]
fn slow_subscriber() {
    a_slow_subscriber_slows_nobody();
}

#[test]
fn tail() {
    tail_follows_and_resumes_after_a_restart();
}

#[test]
fn search() {
    search_finds_words_in_the_rooms_one_may_read();
}

#[test]
fn posted_messages_are_read_back() {
    posted_messages_are_read_back_newest_first_with_cursors_both_ways();
}

#[test]
fn refusals() {
    every_refusal_has_its_own_code();
}

#[test]
fn secret_rooms() {
    a_secret_room_is_not_found_by_whoever_is_not_in_it();
}

#[test]
fn rooms_and_joins() {
    rooms_joins_and_invitations();
}

#[test]
fn history_off() {
    a_category_without_history_keeps_nothing();
}

#[test]
fn cursors() {
    forged_and_malformed_cursors_are_refused();
}

#[test]
fn concurrent_posters() {
    concurrent_posters_are_numbered_without_gaps();
}

#[test]
fn kill_9() {
    an_acknowledged_post_survives_kill_9();
}

also_on_postgres!(
    stops_with_streams_open,
    removals_and_clears,
    deleting_history,
    live_events,
    slow_subscriber,
    tail,
    search,
    posted_messages_are_read_back,
    refusals,
    secret_rooms,
    rooms_and_joins,
    history_off,
    cursors,
    concurrent_posters,
    kill_9
);

/// Nodes of one pool on one PostgreSQL store: a subscriber on one node gets what is posted
/// through the others, in order and once; resumes with its `Last-Event-ID` on any node,
/// after the node it followed was killed too; and a token revoked through one node is
/// refused by the others at once.
fn the_nodes_of_a_pool_share_live_events_and_caches() {
    let o = org();
    let srv = &o.srv;
    let mut a = srv.start_node("a", &[], &[]);
    let b = srv.start_node("b", &[], &[]);
    let rt = runtime();
    let at = |url: &str, token: &str| Client::new(url, Some(token.to_string())).unwrap();
    let (alice_a, alice_b, alice_srv) = (at(&a.url, &o.alice), at(&b.url, &o.alice), client(srv, &o.alice));
    let (bob_a, bob_b) = (at(&a.url, &o.bob), at(&b.url, &o.bob));
    let events = path(&["chat", "events"]);
    let all = pchat::api::EventsQuery::default();
    let say = |c: &Client, t: String| {
        let c = c.clone();
        async move {
            c.post::<_, Message>(&path(&["rooms", "lobby", "messages"]), &PoolQuery::default(), &text(&t))
                .await
                .unwrap();
        }
    };
    rt.block_on(async {
        let _: pchat::api::Joined =
            bob_b.post_empty(&path(&["rooms", "lobby", "join"]), &PoolQuery::default()).await.unwrap();
        let mut on_b = bob_b.events(&events, &all, None).await.unwrap();
        let mut on_a = bob_a.events(&events, &all, None).await.unwrap();
        // Posted through every node, each after the one before was acknowledged.
        let mut said = Vec::new();
        for i in 0..30 {
            let through = [&alice_a, &alice_b, &alice_srv][i % 3];
            let t = format!("message {i}");
            say(through, t.clone()).await;
            said.push(t);
        }
        let got_b = take_messages(&mut on_b, 30).await;
        assert_eq!(messages_of(&got_b), said, "node b has every message once, in order");
        let got_a = take_messages(&mut on_a, 30).await;
        assert_eq!(got_a, got_b, "every node tells the same events under the same ids");

        // A resume on another node goes on exactly after the id given.
        let mut resumed = bob_a.events(&events, &all, got_b[9].id.as_deref()).await.unwrap();
        let rest = take_messages(&mut resumed, 20).await;
        assert_eq!(rest[..], got_b[10..]);

        // Node a dies: its subscriber resumes on b and misses nothing posted meanwhile.
        a.kill();
        for i in 30..35 {
            let t = format!("message {i}");
            say(&alice_b, t.clone()).await;
            said.push(t);
        }
        let last = got_a.last().unwrap().id.clone();
        let mut moved = bob_b.events(&events, &all, last.as_deref()).await.unwrap();
        let after = take_messages(&mut moved, 5).await;
        assert_eq!(messages_of(&after), said[30..]);
        let live = take_messages(&mut on_b, 5).await;
        assert_eq!(after, live);
    });
    // Two administrators change the same room through two nodes, each from the revision
    // they read: one change goes in, the other is refused as stale; none is lost unseen.
    let revision = srv.json(&["rooms", "show", "lobby"])["revision"].as_i64().unwrap().to_string();
    let writers: Vec<_> = [(b.url.clone(), "through b"), (srv.url.clone(), "through the first")]
        .into_iter()
        .map(|(url, text)| {
            let (token, revision) = (srv.admin_token.clone(), revision.clone());
            std::thread::spawn(move || {
                let mut cmd = crate::support::pchat();
                cmd.env("PCHAT_SERVER", url).env("PCHAT_TOKEN", token);
                let body = format!(r#"{{"description": "{text}"}}"#);
                crate::support::run(cmd, &["api", "PATCH", "/v1/rooms/lobby", &body, "--if-match", &revision])
            })
        })
        .collect();
    let codes: Vec<i32> = writers.into_iter().map(|w| w.join().unwrap().code).collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == 5).count(), 1, "{codes:?}");
    let shown = b.cli_as(&srv.admin_token, &["rooms", "show", "lobby", "-o", "json"]).success().json();
    assert_eq!(shown["revision"].as_i64().unwrap(), revision.parse::<i64>().unwrap() + 1);

    // Revoked through the first server, bob's token is refused by node b at once.
    let tokens = srv.json(&["tokens", "list"]);
    let bob_token = tokens
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["owner"] == "sip:bob@contoso.com")
        .map(|t| t["id"].to_string())
        .unwrap();
    b.cli_as(&o.bob, &["rooms", "list"]).success();
    srv.ok(&["tokens", "revoke", &bob_token, "--yes"]);
    let started = std::time::Instant::now();
    loop {
        let out = b.cli_as(&o.bob, &["rooms", "list"]);
        if out.code != 0 {
            assert!(out.stderr.contains("revoked"), "{out}");
            break;
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(2), "node b still takes a revoked token");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
#[ignore = "PostgreSQL: set PCHAT_TEST_POSTGRES and pass --include-ignored (bash .ci/run does both)"]
fn nodes_share_live_events() {
    crate::support::on_postgres(the_nodes_of_a_pool_share_live_events_and_caches);
}

/// `/readyz` of a node whose store is gone: 503 with the reason, while `/healthz` answers.
fn readiness(srv_addr: std::net::SocketAddr) -> (u16, String) {
    crate::support::http_get(srv_addr, "/readyz")
}

#[test]
#[ignore = "PostgreSQL: set PCHAT_TEST_POSTGRES and pass --include-ignored (bash .ci/run does both)"]
fn two_nodes_recover_by_themselves_when_postgresql_restarts() {
    let Some(pg) = crate::own_postgres::OwnPostgres::start() else { return };
    let srv = TestServer::start_on(&pg.database("pchat"));
    let plan = srv.write_file("org.yaml", ORG);
    srv.ok(&["apply", "-f", plan.to_str().unwrap(), "--yes"]);
    let (alice, bob) = (srv.user_token("sip:alice@contoso.com"), srv.user_token("sip:bob@contoso.com"));
    let b = srv.start_node("b", &[], &[]);
    let b_addr: std::net::SocketAddr = b.url.trim_start_matches("http://").parse().unwrap();
    let mut acknowledged = Vec::new();
    let post_through = |url: &str, t: &str| {
        let mut cmd = crate::support::pchat();
        cmd.env("PCHAT_SERVER", url).env("PCHAT_TOKEN", &alice);
        crate::support::run(cmd, &["messages", "post", "lobby", t])
    };
    for i in 0..6 {
        let t = format!("before {i}");
        post_through(if i % 2 == 0 { &srv.url } else { &b.url }, &t).success();
        acknowledged.push(t);
    }

    pg.stop_server();
    for addr in [srv.addr, b_addr] {
        let (code, body) = readiness(addr);
        assert_eq!(code, 503, "{body}");
        assert!(body.contains("store unreachable"), "{body}");
        assert_eq!(crate::support::http_get(addr, "/healthz").0, 200);
    }

    pg.start_server();
    let started = std::time::Instant::now();
    for addr in [srv.addr, b_addr] {
        while readiness(addr).0 != 200 {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(30),
                "a node did not recover: {:?}",
                readiness(addr)
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
    // Live events flow between the nodes again, and posts go through both.
    let rt = runtime();
    rt.block_on(async {
        let bob_b = Client::new(&b.url, Some(bob.clone())).unwrap();
        let _: pchat::api::Joined =
            bob_b.post_empty(&path(&["rooms", "lobby", "join"]), &PoolQuery::default()).await.unwrap();
        let mut stream =
            bob_b.events(&path(&["chat", "events"]), &pchat::api::EventsQuery::default(), None).await.unwrap();
        for i in 0..4 {
            let t = format!("after {i}");
            let url = if i % 2 == 0 { srv.url.clone() } else { b.url.clone() };
            let alice = alice.clone();
            let t2 = t.clone();
            let out = tokio::task::spawn_blocking(move || {
                let mut cmd = crate::support::pchat();
                cmd.env("PCHAT_SERVER", url).env("PCHAT_TOKEN", alice);
                crate::support::run(cmd, &["messages", "post", "lobby", &t2])
            })
            .await
            .unwrap();
            assert_eq!(out.code, 0, "{out}");
            acknowledged.push(t);
        }
        let got = take_messages(&mut stream, 4).await;
        assert_eq!(messages_of(&got), acknowledged[6..]);
    });
    // Nothing acknowledged was lost.
    let page = history(&srv, &alice, "lobby", &HistoryQuery { limit: Some(100), ..Default::default() }).unwrap();
    let mut texts: Vec<String> = page.items.iter().map(|m| m.text.clone()).collect();
    texts.reverse();
    assert_eq!(texts, acknowledged);
}
