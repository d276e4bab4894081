//! The management API as an attacker tries it, over raw HTTP against a real server: disabled
//! users' tokens, strict bodies, body limits, secret rooms probed through writes, reserved
//! labels, control characters, problem documents, add-ins, and every endpoint of the
//! OpenAPI document walked with the wrong tokens. Each refusal must change nothing.
#![cfg(all(feature = "server", feature = "client", feature = "sqlite"))]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::support::{also_on_postgres, TestServer};

const ALICE: &str = "sip:alice@contoso.com";
const BOB: &str = "sip:bob@contoso.com";
const CAROL: &str = "sip:carol@contoso.com";
const DAVE: &str = "sip:dave@contoso.com";
const ERIN: &str = "sip:erin@contoso.com";
const MALLORY: &str = "sip:mallory@fabrikam.com";

/// An HTTP answer: status, content type, body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub content_type: String,
    pub headers: String,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {self:?}"))
    }

    /// The problem document's code, asserting that the answer is one.
    #[track_caller]
    pub fn code(&self) -> String {
        assert!(self.content_type.starts_with("application/problem+json"), "not a problem document: {self:?}");
        let problem = self.json();
        assert_eq!(problem["status"], self.status, "{self:?}");
        problem["code"].as_str().unwrap_or_else(|| panic!("no code: {self:?}")).to_string()
    }

    pub fn detail(&self) -> String {
        self.json()["detail"].as_str().unwrap_or_default().to_string()
    }
}

/// A request head: the method and path, `Connection: close`, the token, then `headers`.
pub fn head(method: &str, path: &str, token: Option<&str>, headers: &[&str]) -> String {
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n");
    if let Some(t) = token {
        head.push_str(&format!("Authorization: Bearer {t}\r\n"));
    }
    for h in headers {
        head.push_str(h);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    head
}

/// One raw HTTP/1.1 request on a loopback address.
pub fn http(addr: SocketAddr, method: &str, path: &str, token: Option<&str>, body: Option<&str>) -> Answer {
    let length = body.map(|b| format!("Content-Length: {}", b.len()));
    let headers: Vec<&str> = match &length {
        Some(length) => vec!["Content-Type: application/json", length],
        None => vec![],
    };
    raw(addr, &head(method, path, token, &headers), body.unwrap_or(""))
}

/// Sends a request head and body as given (either may be anything), then reads the answer.
/// Writing stops quietly when the server has already answered and closed.
pub fn raw(addr: SocketAddr, head: &str, body: &str) -> Answer {
    assert!(addr.ip().is_loopback(), "tests only talk to loopback addresses, not {addr}");
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(10)).expect("connecting to the test server");
    stream.set_read_timeout(Some(Duration::from_secs(30))).expect("setting a read timeout");
    stream.write_all(head.as_bytes()).expect("sending the request head");
    let _ = stream.write_all(body.as_bytes());
    read_answer(stream)
}

fn read_answer(mut stream: TcpStream) -> Answer {
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let content_type = head
        .lines()
        .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-type:").map(|v| v.trim().to_string()))
        .unwrap_or_default();
    let body =
        if head.to_ascii_lowercase().contains("transfer-encoding: chunked") { unchunk(body) } else { body.to_string() };
    Answer { status, content_type, headers: head.to_string(), body }
}

fn unchunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        body = rest[n..].trim_start_matches("\r\n");
    }
    out
}

/// Two pools, secret rooms with twins, a hidden category, add-ins on both sides:
/// - alice manages the open room `shared` of pool b (a secret `shared` of pool a is bob's)
///   and creates rooms in eng-b;
/// - bob is the only member of the secret rooms `hush` and `shared` of pool a;
/// - carol is in every scope but in no room and creates nowhere;
/// - erin is in contoso/ops, the only OU of the hidden category `ops` (add-in ops-tool);
/// - dave is a plain user, disabled by the tests that need it; mallory is outside every scope.
fn organisation(server: &TestServer) {
    let user = |sip: &str, ou: &str| json!({"op": "create", "name": sip, "kind": "user", "spec": {"display_name": sip, "ou": ou, "site": "redmond"}});
    let ops = json!([
        user(ALICE, "contoso/eng"),
        user(BOB, "contoso/eng"),
        user(CAROL, "contoso/eng"),
        user(DAVE, "contoso/eng"),
        user(ERIN, "contoso/ops"),
        user(MALLORY, "fabrikam/sales"),
        {"op": "create", "name": "eng-a", "kind": "category", "spec": {"pool": "a", "allowed_members": ["ou:contoso/eng"], "creators": [BOB]}},
        {"op": "create", "name": "eng-b", "kind": "category", "spec": {"pool": "b", "allowed_members": ["ou:contoso/eng"], "creators": [ALICE, DAVE]}},
        {"op": "create", "name": "ops", "kind": "category", "spec": {"pool": "a", "allowed_members": ["ou:contoso/ops"]}},
        {"op": "create", "name": "wiki-b", "kind": "addin", "spec": {"pool": "b", "url": "https://wiki.contoso.com/b"}},
        {"op": "create", "name": "ops-tool", "kind": "addin", "spec": {"pool": "a", "url": "https://ops.contoso.com/secret-project"}},
        {"op": "create", "name": "hush", "kind": "room", "pool": "a", "spec": {"category": "eng-a", "privacy": "secret", "members": [BOB], "managers": [BOB]}},
        {"op": "create", "name": "shared", "kind": "room", "pool": "a", "spec": {"category": "eng-a", "privacy": "secret", "members": [BOB], "managers": [BOB]}},
        {"op": "create", "name": "shared", "kind": "room", "pool": "b", "spec": {"category": "eng-b", "privacy": "open", "managers": [ALICE, DAVE]}},
        {"op": "create", "name": "lobby", "kind": "room", "pool": "b", "spec": {"category": "eng-b", "privacy": "open", "managers": [ALICE], "addin": "wiki-b", "labels": {"pchat.io/managed-by": "plans", "team": "core"}}},
        {"op": "create", "name": "ops-room", "kind": "room", "pool": "a", "spec": {"category": "ops", "privacy": "closed", "members": [ERIN], "addin": "ops-tool"}},
    ]);
    let body = json!({"operations": ops}).to_string();
    let answer = http(server.addr, "POST", "/v1/changesets", Some(&server.admin_token), Some(&body));
    assert_eq!(answer.status, 200, "{answer:?}");
}

fn admin(server: &TestServer, method: &str, path: &str, body: Option<Value>) -> Answer {
    http(server.addr, method, path, Some(&server.admin_token), body.map(|b| b.to_string()).as_deref())
}

fn room_revision(server: &TestServer, name: &str, pool: &str) -> i64 {
    let answer = admin(server, "GET", &format!("/v1/rooms/{name}?pool={pool}"), None);
    assert_eq!(answer.status, 200, "{answer:?}");
    answer.json()["revision"].as_i64().expect("a revision")
}

#[test]
fn a_disabled_or_deleted_users_token_is_refused_before_anything_is_written() {
    let server = TestServer::start();
    organisation(&server);
    let dave = server.user_token(DAVE);
    // While enabled, dave's token writes.
    let ok = http(server.addr, "PATCH", "/v1/rooms/shared?pool=b", Some(&dave), Some(r#"{"description": "mine"}"#));
    assert_eq!(ok.status, 200, "{ok:?}");
    server.ok(&["directory", "users", "set", DAVE, "--enabled", "false"]);
    let before = server.snapshot();
    let writes = [
        ("PATCH", "/v1/rooms/shared?pool=b", Some(r#"{"description": "still mine"}"#)),
        ("POST", "/v1/rooms/shared/disable?pool=b", None),
        ("POST", "/v1/rooms/shared/enable?pool=b", None),
        ("POST", "/v1/rooms/shared/members?pool=b", Some(r#"{"role": "member", "add": ["sip:carol@contoso.com"]}"#)),
        ("POST", "/v1/rooms", Some(r#"{"name": "daves-new", "category": "eng-b"}"#)),
        (
            "POST",
            "/v1/changesets",
            Some(
                r#"{"operations": [{"op": "create", "name": "daves-other", "kind": "room", "spec": {"category": "eng-b"}}]}"#,
            ),
        ),
        ("GET", "/v1/rooms", None),
        ("GET", "/v1/me", None),
    ];
    for (method, path, body) in writes {
        let answer = http(server.addr, method, path, Some(&dave), body);
        assert_eq!((answer.status, answer.code().as_str()), (403, "account_disabled"), "{method} {path}: {answer:?}");
        assert!(answer.detail().contains("disabled"), "{answer:?}");
    }
    assert_eq!(server.snapshot(), before, "a disabled user's token changed something");

    // Deleted from the directory: the same refusal, with its own detail.
    let erin = server.user_token(ERIN);
    server.ok(&["directory", "users", "delete", ERIN, "--yes"]);
    let before = server.snapshot();
    let answer = http(server.addr, "PATCH", "/v1/rooms/ops-room", Some(&erin), Some(r#"{"description": "x"}"#));
    assert_eq!((answer.status, answer.code().as_str()), (403, "account_disabled"), "{answer:?}");
    assert!(answer.detail().contains("no longer in the directory"), "{answer:?}");
    assert_eq!(server.snapshot(), before);

    // Enabled again, the token works again: the refusal is the user's state, not the token's.
    server.ok(&["directory", "users", "set", DAVE, "--enabled", "true"]);
    let answer = http(server.addr, "GET", "/v1/me", Some(&dave), None);
    assert_eq!(answer.status, 200, "{answer:?}");
}

#[test]
fn request_bodies_refuse_unknown_fields_and_arrays() {
    let server = TestServer::start();
    organisation(&server);
    let before = server.snapshot();
    let create = |extra: &str| {
        format!(
            r#"{{"operations": [{{"op": "create", "name": "typo-room", "kind": "room", "pool": "b"{extra}, "spec": {{"category": "eng-b"}}}}]}}"#
        )
    };
    // A misspelt dry_run must not turn a dry run into a write.
    let body = create("").replacen('{', r#"{"dryRun": true, "#, 1);
    let answer = admin(&server, "POST", "/v1/changesets", Some(serde_json::from_str(&body).unwrap()));
    assert_eq!((answer.status, answer.code().as_str()), (422, "unknown_field"), "{answer:?}");
    assert_eq!(answer.json()["field"], "dryRun");
    assert!(answer.detail().contains(r#"did you mean "dry_run"?"#), "{answer:?}");
    for extra in [r#", "id": 7"#, r#", "created_at": "2020-01-01""#, r#", "made_up": 1"#] {
        let answer = http(server.addr, "POST", "/v1/changesets", Some(&server.admin_token), Some(&create(extra)));
        assert_eq!((answer.status, answer.code().as_str()), (422, "unknown_field"), "{extra}: {answer:?}");
        assert!(answer.json()["field"].as_str().unwrap().starts_with("operations[0]."), "{answer:?}");
    }
    let in_spec = r#"{"operations": [{"op": "create", "name": "typo-room", "kind": "room", "pool": "b", "spec": {"category": "eng-b", "membres": []}}]}"#;
    let answer = http(server.addr, "POST", "/v1/changesets", Some(&server.admin_token), Some(in_spec));
    assert_eq!(answer.json()["field"], "operations[0].spec.membres", "{answer:?}");
    assert!(answer.detail().contains(r#"did you mean "members"?"#), "{answer:?}");
    // Create bodies (their key fields beside the spec) and PATCH bodies.
    let answer =
        admin(&server, "POST", "/v1/rooms", Some(json!({"name": "typo-room", "category": "eng-b", "revision": 3})));
    assert_eq!((answer.status, answer.code().as_str()), (422, "unknown_field"), "{answer:?}");
    let answer = admin(&server, "PATCH", "/v1/rooms/lobby", Some(json!({"descripton": "x"})));
    assert_eq!((answer.status, answer.code().as_str()), (422, "unknown_field"), "{answer:?}");
    // An array where an object belongs is refused, at the top and inside.
    let answer = admin(&server, "PATCH", "/v1/rooms/lobby", Some(json!(["renamed", "eng-b", "description"])));
    assert_eq!((answer.status, answer.code().as_str()), (422, "invalid_value"), "{answer:?}");
    let answer = admin(
        &server,
        "POST",
        "/v1/changesets",
        Some(json!({"operations": [["update", "lobby", "b", null, "room", {"name": "x"}]]})),
    );
    assert_eq!(answer.status, 422, "{answer:?}");
    let answer = admin(&server, "PATCH", "/v1/rooms/lobby", Some(json!({"add": [["member", CAROL]]})));
    assert_eq!(answer.status, 422, "{answer:?}");
    // Queries too.
    let answer = admin(&server, "GET", "/v1/rooms?categroy=eng-b", None);
    assert_eq!((answer.status, answer.code().as_str()), (422, "unknown_field"), "{answer:?}");
    assert!(answer.detail().contains(r#"did you mean "category"?"#), "{answer:?}");
    assert_eq!(server.snapshot(), before, "a refused body changed something");
}

#[test]
fn bodies_are_limited_by_role_and_refused_before_they_are_read() {
    let server = TestServer::start();
    organisation(&server);
    let alice = server.user_token(ALICE);
    let before = server.snapshot();
    // A user's changeset over 1 MiB: 413 with the limit, declared or chunked.
    let padding = "x".repeat(2 << 20);
    let big = format!(
        r#"{{"operations": [{{"op": "update", "name": "lobby", "kind": "room", "spec": {{"description": "{padding}"}}}}]}}"#
    );
    let answer = http(server.addr, "POST", "/v1/changesets", Some(&alice), Some(&big));
    assert_eq!((answer.status, answer.code().as_str()), (413, "payload_too_large"), "{:?}", answer.headers);
    assert!(answer.detail().contains("1 MiB"), "{answer:?}");
    let chunked_head =
        head("POST", "/v1/changesets", Some(&alice), &["Content-Type: application/json", "Transfer-Encoding: chunked"]);
    let chunked = format!("{:x}\r\n{big}\r\n0\r\n\r\n", big.len());
    let answer = raw(server.addr, &chunked_head, &chunked);
    assert_eq!((answer.status, answer.code().as_str()), (413, "payload_too_large"), "{:?}", answer.headers);

    // What a user may not do at all is refused on its head: the 50 MB body is never sent.
    let started = Instant::now();
    let declared =
        head("POST", "/v1/categories", Some(&alice), &["Content-Type: application/json", "Content-Length: 50000000"]);
    let answer = raw(server.addr, &declared, "");
    assert_eq!((answer.status, answer.code().as_str()), (403, "forbidden"), "{answer:?}");
    assert!(started.elapsed() < Duration::from_secs(10), "refused only after {:?}", started.elapsed());
    // An administrator's single-object body has a limit too.
    let declared = head(
        "PATCH",
        "/v1/rooms/lobby",
        Some(&server.admin_token),
        &["Content-Type: application/json", "Content-Length: 300000000"],
    );
    let answer = raw(server.addr, &declared, "");
    assert_eq!((answer.status, answer.code().as_str()), (413, "payload_too_large"), "{answer:?}");

    // Large uploads that trickle in hold at most their slots: everyone else is served.
    let trickling: Vec<TcpStream> = (0..3)
        .map(|_| {
            let mut s = TcpStream::connect(server.addr).expect("connecting");
            let head = format!(
                "POST /v1/changesets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\n\
                 Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{{\"operations\": [",
                server.admin_token
            );
            s.write_all(head.as_bytes()).expect("sending a head");
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let started = Instant::now();
    let answer = admin(&server, "PATCH", "/v1/rooms/lobby", Some(json!({"description": "served"})));
    assert_eq!(answer.status, 200, "{answer:?}");
    let answer = http(server.addr, "GET", "/v1/rooms", Some(&alice), None);
    assert_eq!(answer.status, 200, "{answer:?}");
    assert!(started.elapsed() < Duration::from_secs(5), "other callers waited {:?}", started.elapsed());
    drop(trickling);
    let mut after = server.snapshot();
    let mut before = before;
    for snapshot in [&mut before, &mut after] {
        for room in snapshot["rooms"].as_array_mut().unwrap() {
            let room = room.as_object_mut().unwrap();
            if room["name"] == "lobby" {
                room.retain(|k, _| k != "description" && k != "revision" && k != "updated_at");
            }
        }
    }
    assert_eq!(after, before, "only the administrator's PATCH may have changed something");
}

/// Replaces a name in an answer, so answers about two names can be compared.
fn shape(answer: &Answer, name: &str) -> (u16, String, String) {
    let code = if answer.status >= 400 { answer.code() } else { String::new() };
    (answer.status, code, answer.body.replace(name, "NAME"))
}

#[test]
fn secret_rooms_and_hidden_categories_answer_as_if_they_did_not_exist() {
    let server = TestServer::start();
    organisation(&server);
    let carol = server.user_token(CAROL);
    let alice = server.user_token(ALICE);
    let before = server.snapshot();
    // Every method, on a secret room's name and on a name nothing has.
    for (method, path, body) in [
        ("GET", "/v1/rooms/NAME", None),
        ("GET", "/v1/rooms/NAME/members", None),
        ("PATCH", "/v1/rooms/NAME", Some(r#"{"description": "probe"}"#)),
        ("PATCH", "/v1/rooms/NAME?pool=a", Some(r#"{"description": "probe"}"#)),
        ("DELETE", "/v1/rooms/NAME", None),
        ("POST", "/v1/rooms/NAME/members", Some(r#"{"role": "member", "add": ["sip:carol@contoso.com"]}"#)),
        ("POST", "/v1/rooms/NAME/disable", None),
        ("POST", "/v1/rooms/NAME/enable", None),
    ] {
        for hidden in ["hush", "ops-room"] {
            let probe = http(server.addr, method, &path.replace("NAME", hidden), Some(&carol), body);
            let missing = http(server.addr, method, &path.replace("NAME", "no-such-room"), Some(&carol), body);
            assert_eq!(shape(&probe, hidden), shape(&missing, "no-such-room"), "{method} {path} on {hidden}");
            assert!(probe.status == 404 || probe.status == 403, "{method} {path}: {probe:?}");
        }
    }
    // Through a changeset as well.
    let op = |name: &str| {
        format!(
            r#"{{"operations": [{{"op": "update", "name": "{name}", "kind": "room", "spec": {{"description": "probe"}}}}]}}"#
        )
    };
    let probe = http(server.addr, "POST", "/v1/changesets", Some(&carol), Some(&op("hush")));
    let missing = http(server.addr, "POST", "/v1/changesets", Some(&carol), Some(&op("no-such-room")));
    assert_eq!(shape(&probe, "hush"), shape(&missing, "no-such-room"));

    // Create: a non-creator is refused for the name alone, whatever holds it.
    let create = |name: &str, category: &str| format!(r#"{{"name": "{name}", "category": "{category}"}}"#);
    let probe = http(server.addr, "POST", "/v1/rooms", Some(&carol), Some(&create("hush", "eng-a")));
    let free = http(server.addr, "POST", "/v1/rooms", Some(&carol), Some(&create("free-name", "eng-a")));
    assert_eq!(shape(&probe, "hush"), shape(&free, "free-name"));
    assert_eq!(probe.status, 403, "{probe:?}");
    // A hidden category answers as an unknown one.
    let probe = http(server.addr, "POST", "/v1/rooms", Some(&alice), Some(&create("x1", "ops")));
    let missing = http(server.addr, "POST", "/v1/rooms", Some(&alice), Some(&create("x1", "no-such-category")));
    assert_eq!(shape(&probe, "\\\"ops\\\""), shape(&missing, "\\\"no-such-category\\\""));
    assert_eq!((probe.status, probe.code().as_str()), (422, "unknown_reference"), "{probe:?}");
    let probe = http(server.addr, "GET", "/v1/categories/ops", Some(&alice), None);
    assert_eq!(probe.status, 404, "{probe:?}");

    // A manager's room resolves without regard to its secret twin in another pool.
    let answer = http(server.addr, "PATCH", "/v1/rooms/shared", Some(&alice), Some(r#"{"description": "ours"}"#));
    assert_eq!(answer.status, 200, "{answer:?}");
    assert_eq!(answer.json()["pool"], "b");
    for (method, path) in
        [("GET", "/v1/rooms/shared"), ("GET", "/v1/rooms/shared/members"), ("POST", "/v1/rooms/shared/disable")]
    {
        let answer = http(server.addr, method, path, Some(&alice), None);
        assert_eq!(answer.status, 200, "{method} {path}: {answer:?}");
    }
    http(server.addr, "POST", "/v1/rooms/shared/enable", Some(&alice), None);
    // Renaming onto a hidden name is refused (names are unique per pool) without saying more
    // than that the name is taken; the same as creating it would.
    let answer = http(server.addr, "POST", "/v1/rooms", Some(&alice), Some(&create("hush-b", "eng-b")));
    assert_eq!(answer.status, 201, "{answer:?}");
    let bob = server.user_token(BOB);
    let answer = http(server.addr, "PATCH", "/v1/rooms/hush", Some(&bob), Some(r#"{"privacy": "secret"}"#));
    assert_eq!(answer.status, 200, "bob sees his own room: {answer:?}");
    let rename = http(server.addr, "PATCH", "/v1/rooms/lobby", Some(&alice), Some(r#"{"name": "hush-b"}"#));
    assert_eq!((rename.status, rename.code().as_str()), (422, "duplicate_name"), "{rename:?}");
    let secret_b = admin(
        &server,
        "POST",
        "/v1/rooms",
        Some(
            json!({"name": "quiet-b", "pool": "b", "category": "eng-b", "privacy": "secret", "members": [DAVE], "managers": [DAVE]}),
        ),
    );
    assert_eq!(secret_b.status, 201, "{secret_b:?}");
    let rename = http(server.addr, "PATCH", "/v1/rooms/lobby", Some(&alice), Some(r#"{"name": "quiet-b"}"#));
    assert_eq!((rename.status, rename.code().as_str()), (422, "duplicate_name"), "{rename:?}");
    assert!(rename.detail().contains("not available") && !rename.detail().contains("already exists"), "{rename:?}");
    let create_taken = http(server.addr, "POST", "/v1/rooms", Some(&alice), Some(&create("quiet-b", "eng-b")));
    assert_eq!((create_taken.status, create_taken.code().as_str()), (422, "duplicate_name"), "{create_taken:?}");
    assert!(create_taken.detail().contains("not available"), "{create_taken:?}");
    // Nothing about the secret rooms changed.
    let after = server.snapshot();
    let secret = |s: &Value| -> Vec<Value> {
        s["rooms"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["privacy"] == "secret" && r["name"] != "quiet-b")
            .cloned()
            .collect()
    };
    assert_eq!(secret(&after), secret(&before));
}

#[test]
fn labels_under_pchat_io_are_for_administrators_only() {
    let server = TestServer::start();
    organisation(&server);
    let alice = server.user_token(ALICE);
    let revision = room_revision(&server, "shared", "b");
    for labels in [json!({"pchat.io/managed-by": "plans"}), json!({"pchat.io/anything": "x"})] {
        let body = json!({"labels": labels}).to_string();
        let answer = http(server.addr, "PATCH", "/v1/rooms/shared", Some(&alice), Some(&body));
        assert_eq!((answer.status, answer.code().as_str()), (403, "reserved_label"), "{answer:?}");
    }
    let answer = http(
        server.addr,
        "POST",
        "/v1/rooms",
        Some(&alice),
        Some(r#"{"name": "sneaky", "category": "eng-b", "labels": {"pchat.io/managed-by": "plans"}}"#),
    );
    assert_eq!((answer.status, answer.code().as_str()), (403, "reserved_label"), "{answer:?}");
    assert_eq!(room_revision(&server, "shared", "b"), revision, "a refused label write changed the room");
    // A manager's own labels leave the reserved ones as they are (not cleared, not changed).
    let answer = http(server.addr, "PATCH", "/v1/rooms/lobby", Some(&alice), Some(r#"{"labels": {"team": "web"}}"#));
    assert_eq!(answer.status, 200, "{answer:?}");
    assert_eq!(answer.json()["labels"], json!({"pchat.io/managed-by": "plans", "team": "web"}));
    let answer = http(
        server.addr,
        "PATCH",
        "/v1/rooms/lobby",
        Some(&alice),
        Some(r#"{"labels": {"team": "web", "pchat.io/managed-by": "plans"}}"#),
    );
    assert_eq!(answer.status, 200, "restating a reserved label as it is is no change: {answer:?}");
    // Administrators set and clear them.
    let answer = admin(&server, "PATCH", "/v1/rooms/lobby", Some(json!({"labels": {"team": "web"}})));
    assert_eq!(answer.status, 200, "{answer:?}");
    assert_eq!(answer.json()["labels"], json!({"team": "web"}));
}

#[test]
fn control_and_invisible_characters_are_refused_where_text_is_stored() {
    let server = TestServer::start();
    organisation(&server);
    let before = server.snapshot();
    for (method, path, body, field) in [
        ("PATCH", "/v1/rooms/lobby", json!({"description": "clear \u{1b}[2J\u{1b}[31m red \u{7}"}), "description"),
        ("PATCH", "/v1/rooms/lobby", json!({"name": "lob\u{200b}by"}), "name"),
        (
            "POST",
            "/v1/directory/users",
            json!({"sip": "sip:zed@contoso.com", "display_name": "Zed", "ou": "contoso/\u{202e}gne", "site": "redmond"}),
            "ou",
        ),
        (
            "POST",
            "/v1/directory/users",
            json!({"sip": "sip:zed@contoso.com", "display_name": "Zed", "ou": "contoso/eng", "site": "red\u{200b}mond"}),
            "site",
        ),
        ("PATCH", "/v1/categories/eng-b?pool=b", json!({"description": "a\u{9b}b"}), "description"),
    ] {
        let answer = admin(&server, method, path, Some(body));
        assert_eq!((answer.status, answer.code().as_str()), (422, "invalid_value"), "{path} {field}: {answer:?}");
        assert_eq!(answer.json()["field"], field, "{answer:?}");
        assert!(answer.detail().contains("U+"), "the detail names the character: {answer:?}");
    }
    assert_eq!(server.snapshot(), before);
    let answer = admin(&server, "PATCH", "/v1/rooms/lobby", Some(json!({"description": "two\nlines\tand a tab"})));
    assert_eq!(answer.status, 200, "newlines and tabs stay allowed in descriptions: {answer:?}");
    // A non-ASCII SIP address is told what is wrong with it.
    let answer = admin(
        &server,
        "POST",
        "/v1/directory/users",
        Some(json!({"sip": "sip:jürgen@münchen.de", "display_name": "J", "ou": "contoso/eng", "site": "redmond"})),
    );
    assert_eq!(answer.status, 422, "{answer:?}");
    assert!(answer.detail().contains("ASCII only") && answer.detail().contains("xn--"), "{answer:?}");
}

#[test]
fn every_error_is_a_problem_document() {
    let server = TestServer::start();
    organisation(&server);
    let token = Some(server.admin_token.as_str());
    for (method, path, body, status, code) in [
        ("DELETE", "/v1/tokens/abc", None, 400, "bad_request"),
        ("GET", "/v1/rooms/%FF", None, 400, "bad_request"),
        ("PUT", "/v1/rooms", Some("{}"), 405, "method_not_allowed"),
        ("DELETE", "/v1/changesets", None, 405, "method_not_allowed"),
        ("GET", "/v1/nothing-here", None, 404, "not_found"),
        ("POST", "/v1/changesets", Some("{not json"), 400, "bad_request"),
        ("POST", "/v1/changesets", Some(""), 400, "bad_request"),
    ] {
        let answer = http(server.addr, method, path, token, body);
        assert_eq!((answer.status, answer.code().as_str()), (status, code), "{method} {path}: {answer:?}");
        assert!(!answer.detail().is_empty(), "{answer:?}");
    }
    let answer = http(server.addr, "DELETE", "/v1/tokens/abc", token, None);
    assert!(answer.detail().contains("whole number"), "{answer:?}");
    let answer = http(server.addr, "PUT", "/v1/rooms", token, Some("{}"));
    assert!(answer.headers.to_ascii_lowercase().contains("allow:"), "405 keeps its Allow header: {answer:?}");
    // Not JSON at all, and an oversized body: their own codes.
    let text =
        head("PATCH", "/v1/rooms/lobby", Some(&server.admin_token), &["Content-Type: text/plain", "Content-Length: 2"]);
    let answer = raw(server.addr, &text, "{}");
    assert_eq!((answer.status, answer.code().as_str()), (415, "unsupported_media_type"), "{answer:?}");
    let huge = head(
        "POST",
        "/v1/changesets",
        Some(&server.admin_token),
        &["Content-Type: application/json", "Content-Length: 999999999999"],
    );
    assert_eq!(raw(server.addr, &huge, "").code(), "payload_too_large");
}

#[test]
fn addins_are_listed_through_the_rooms_a_user_can_see() {
    let server = TestServer::start();
    organisation(&server);
    let alice = server.user_token(ALICE);
    let erin = server.user_token(ERIN);
    let names = |answer: Answer| -> Vec<String> {
        assert_eq!(answer.status, 200, "{answer:?}");
        answer.json()["items"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(names(http(server.addr, "GET", "/v1/addins", Some(&alice), None)), ["wiki-b"]);
    assert_eq!(names(http(server.addr, "GET", "/v1/addins", Some(&erin), None)), ["ops-tool"]);
    assert_eq!(names(admin(&server, "GET", "/v1/addins", None)), ["ops-tool", "wiki-b"]);
    let probe = http(server.addr, "GET", "/v1/addins/ops-tool", Some(&alice), None);
    let missing = http(server.addr, "GET", "/v1/addins/no-such-addin", Some(&alice), None);
    assert_eq!(shape(&probe, "ops-tool"), shape(&missing, "no-such-addin"));
    assert_eq!(http(server.addr, "GET", "/v1/addins/ops-tool", Some(&erin), None).status, 200);
}

/// A body for a write endpoint, so a refusal is about the caller and not about the body.
fn plausible_body(method: &str, path: &str) -> Option<String> {
    let body = match (method, path) {
        ("post", "/v1/changesets") => {
            json!({"operations": [{"op": "update", "name": "lobby", "kind": "room", "pool": "b", "spec": {"description": "pwned"}}]})
        }
        ("post", "/v1/directory/users") => {
            json!({"sip": "sip:pwned@contoso.com", "display_name": "P", "ou": "contoso/eng", "site": "x"})
        }
        ("post", "/v1/directory/groups") => json!({"name": "pwned", "members": []}),
        ("post", "/v1/categories") => json!({"name": "pwned"}),
        ("post", "/v1/rooms") => json!({"name": "pwned", "category": "eng-b"}),
        ("post", "/v1/addins") => json!({"name": "pwned", "url": "https://x.example/"}),
        ("post", "/v1/policies") => json!({"identity": "tag:pwned"}),
        ("post", "/v1/policies/grants") => json!({"policy": "tag:chatters", "users": [MALLORY]}),
        ("post", "/v1/tokens") => json!({"role": "admin"}),
        ("post", p) if p.ends_with("/members") => json!({"role": "manager", "add": [MALLORY]}),
        ("post", p) if p.ends_with("/messages") => json!({"text": "pwned"}),
        ("post", p) if p.ends_with("/messages/remove") => json!({"keywords": "pwned"}),
        ("post", p) if p.ends_with("/clear") => json!({"through": "2020-01-01T00:00:00Z"}),
        ("post", "/v1/compliance/export") => json!({"pool": "b"}),
        ("post", p) if p.ends_with("/active") => json!({"servers": ["x"]}),
        ("post", p) if p.ends_with("/failover") || p.ends_with("/failback") => json!({"max_lag": "1m"}),
        ("post", _) => return None,
        ("put", p) if p.starts_with("/v1/compliance/config/") => json!({"enabled": false}),
        ("put", "/v1/topology") => json!({"name": "pwned", "spec": {"sites": [], "pools": []}}),
        ("patch", p) if p.starts_with("/v1/config/") => json!({"default_chat_history": 1}),
        ("patch", p) if p.starts_with("/v1/directory/users/") => json!({"enabled": false}),
        ("patch", p) if p.starts_with("/v1/directory/groups/") => json!({"members": []}),
        ("patch", p) if p.starts_with("/v1/policies/") => json!({"enabled": false}),
        ("patch", p) if p.starts_with("/v1/addins/") => json!({"url": "https://evil.example/"}),
        ("patch", _) => json!({"description": "pwned"}),
        _ => return None,
    };
    Some(body.to_string())
}

#[test]
fn every_endpoint_refuses_callers_without_the_right_token() {
    let server = TestServer::start();
    organisation(&server);
    let admin_answer =
        admin(&server, "POST", "/v1/directory/groups", Some(json!({"name": "leads", "members": [ALICE]})));
    assert_eq!(admin_answer.status, 201, "{admin_answer:?}");
    let policy = admin(&server, "POST", "/v1/policies", Some(json!({"identity": "tag:chatters"})));
    assert_eq!(policy.status, 201, "{policy:?}");
    let revoked = server.user_token(CAROL);
    let revoked_id = server.json(&["tokens", "list"]).as_array().unwrap().iter().find(|t| t["owner"] == CAROL).unwrap()
        ["id"]
        .as_i64()
        .unwrap();
    server.ok(&["tokens", "revoke", &revoked_id.to_string(), "--yes"]);
    let disabled = server.user_token(DAVE);
    server.ok(&["directory", "users", "set", DAVE, "--enabled", "false"]);
    let outsider = server.user_token(MALLORY);
    let before = server.snapshot();

    let document = http(server.addr, "GET", "/v1/openapi.json", Some(&server.admin_token), None).json();
    let paths = document["paths"].as_object().expect("paths");
    let mut walked = 0;
    for (template, methods) in paths {
        for (method, operation) in methods.as_object().unwrap() {
            let public = operation["security"].as_array().is_some_and(|s| s.is_empty());
            let path = template
                .replace(
                    "{name}",
                    if template.contains("categories") {
                        "eng-b"
                    } else if template.contains("groups") {
                        "leads"
                    } else if template.contains("addins") {
                        "wiki-b"
                    } else {
                        "lobby"
                    },
                )
                .replace("{sip}", ALICE)
                .replace("{identity}", "tag:chatters")
                .replace("{scope}", "global")
                .replace("{target}", "global")
                .replace("{id}", "1")
                + match template.as_str() {
                    "/v1/messages/search" => "?q=pwned",
                    "/v1/rooms/{name}/files" => "?name=pwned.txt",
                    _ => "",
                };
            let body = plausible_body(method, template);
            let upper = method.to_ascii_uppercase();
            for (who, token, expected) in [
                ("no token", None, &[401][..]),
                ("a revoked token", Some(revoked.as_str()), &[401][..]),
                ("a disabled user's token", Some(disabled.as_str()), &[403][..]),
                ("an unrelated user's token", Some(outsider.as_str()), &[403, 404][..]),
            ] {
                let answer = http(server.addr, &upper, &path, token, body.as_deref());
                walked += 1;
                if public {
                    assert!(answer.status < 400 || answer.status == 503, "{upper} {path} with {who}: {answer:?}");
                    continue;
                }
                let reads_own = who.starts_with("an unrelated")
                    && method == "get"
                    && ["/v1/me", "/v1/version", "/v1/openapi.json", "/v1/categories", "/v1/rooms", "/v1/addins"]
                        .contains(&template.as_str());
                if reads_own {
                    assert_eq!(answer.status, 200, "{upper} {path} with {who}: {answer:?}");
                    let items = answer.json()["items"].clone();
                    assert!(items.is_null() || items == json!([]), "{upper} {path} shows {who} {items}");
                    continue;
                }
                let code = answer.code();
                // A category the caller cannot see answers as one that does not exist.
                let unseen_category =
                    who.starts_with("an unrelated") && template == "/v1/rooms" && code == "unknown_reference";
                assert!(expected.contains(&answer.status) || unseen_category, "{upper} {path} with {who}: {answer:?}");
                if who.starts_with("a disabled") {
                    assert_eq!(code, "account_disabled", "{upper} {path}: {answer:?}");
                }
            }
        }
    }
    assert!(walked > 150, "only {walked} requests: the walk missed endpoints");
    assert_eq!(server.snapshot(), before, "a refused call changed something");
    let tokens = server.json(&["tokens", "list"]);
    assert_eq!(tokens.as_array().unwrap().len(), 4, "no token was minted: {tokens}");
}

also_on_postgres!(
    a_disabled_or_deleted_users_token_is_refused_before_anything_is_written,
    request_bodies_refuse_unknown_fields_and_arrays,
    bodies_are_limited_by_role_and_refused_before_they_are_read,
    secret_rooms_and_hidden_categories_answer_as_if_they_did_not_exist,
    labels_under_pchat_io_are_for_administrators_only,
    control_and_invisible_characters_are_refused_where_text_is_stored,
    every_error_is_a_problem_document,
    addins_are_listed_through_the_rooms_a_user_can_see,
    every_endpoint_refuses_callers_without_the_right_token,
);
