//! The `pchat` CLI end to end: the real binary against a real `pchat server` child on a
//! loopback port. Scripts rely on these command forms, their exit codes (0 ok, 1 runtime,
//! server, network or auth error, 2 invalid input or refused rule, 5 conflict), their
//! `-o json` output and the messages on stderr.
#![cfg(all(feature = "server", feature = "client", feature = "sqlite"))]

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::support::{
    cli_bare, http_get, http_get_as, names, pchat, run, sigterm, sorted, spawn_server, strings, wait_for, TestServer,
};

const ALICE: &str = "sip:alice@contoso.com";
const BOB: &str = "sip:bob@contoso.com";
const CAROL: &str = "sip:carol@contoso.com";
const DAVE: &str = "sip:dave@contoso.com";

/// A server with four directory users: alice and dave in contoso/eng, carol in
/// contoso/eng/web, bob in contoso/sales.
fn contoso() -> TestServer {
    let srv = TestServer::start();
    srv.user(ALICE, "contoso/eng");
    srv.user(BOB, "contoso/sales");
    srv.user(CAROL, "contoso/eng/web");
    srv.user(DAVE, "contoso/eng");
    srv
}

/// `contoso()` plus category `eng` (scope ou:contoso/eng) holding room `backend`
/// (member alice, manager dave).
fn contoso_with_backend() -> TestServer {
    let srv = contoso();
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    srv.ok(&["rooms", "create", "backend", "--category", "eng", "--member", ALICE, "--manager", DAVE]);
    srv
}

fn room(srv: &TestServer, name: &str) -> Value {
    srv.json(&["rooms", "show", name])
}

// ---------------------------------------------------------------------------------------
// Happy paths: every command form scripts rely on

#[test]
fn directory_users_and_groups_create_show_set() {
    let srv = TestServer::start();
    let out = srv.ok(&[
        "directory",
        "users",
        "create",
        ALICE,
        "--display-name",
        "Alice",
        "--ou",
        "contoso/eng",
        "--site",
        "redmond",
    ]);
    assert_eq!(out.stdout.trim(), "created user sip:alice@contoso.com", "{out}");
    let alice = srv.json(&["directory", "users", "show", ALICE]);
    assert_eq!(alice["sip"], ALICE);
    assert_eq!(alice["display_name"], "Alice");
    assert_eq!(alice["ou"], "contoso/eng");
    assert_eq!(alice["site"], "redmond");
    assert_eq!(alice["enabled"], true);
    assert_eq!(alice["revision"], 1);
    srv.user(BOB, "contoso/sales");

    let out = srv.ok(&["directory", "groups", "create", "eng-leads", "--member", ALICE]);
    assert_eq!(out.stdout.trim(), "created group eng-leads with 1 member(s)", "{out}");
    let everyone = srv.json(&[
        "directory",
        "groups",
        "create",
        "everyone",
        "--member",
        "group:eng-leads",
        "--member",
        "ou:contoso/sales",
    ]);
    assert_eq!(strings(&everyone["members"]), sorted(&["group:eng-leads", "ou:contoso/sales"]));

    // set --member replaces the whole list.
    let leads = srv.json(&["directory", "groups", "set", "eng-leads", "--member", BOB, "--member", "ou:contoso/eng"]);
    assert_eq!(strings(&leads["members"]), sorted(&[BOB, "ou:contoso/eng"]));
    assert_eq!(leads["revision"], 2);
    let shown = srv.json(&["directory", "groups", "show", "eng-leads"]);
    assert_eq!(strings(&shown["members"]), sorted(&[BOB, "ou:contoso/eng"]), "alice was replaced");

    assert_eq!(names(&srv.json(&["directory", "groups", "list"])), sorted(&["eng-leads", "everyone"]));
    let users = srv.json(&["directory", "users", "list"]);
    let sips: Vec<&str> = users.as_array().unwrap().iter().map(|u| u["sip"].as_str().unwrap()).collect();
    assert_eq!(sips.len(), 2, "{users}");
    assert!(sips.contains(&ALICE) && sips.contains(&BOB), "{users}");
    let table = srv.ok(&["directory", "users", "list"]);
    assert!(
        table.stdout.contains("SIP") && table.stdout.contains("Alice") && table.stdout.contains("redmond"),
        "{table}"
    );
}

#[test]
fn directory_import_users_and_groups_from_csv() {
    let srv = TestServer::start();
    let users = srv.write_file(
        "users.csv",
        "sip,display_name,ou,site,enabled\n\
         sip:erin@contoso.com,Erin,contoso/ops,dublin,true\n\
         sip:frank@contoso.com,Frank,contoso/ops,dublin,false\n\
         sip:gina@contoso.com,Gina,contoso/eng,redmond\n",
    );
    let groups = srv.write_file(
        "groups.csv",
        "name,members\n\
         ops,sip:erin@contoso.com;sip:frank@contoso.com\n\
         staff,group:ops;ou:contoso/eng\n",
    );
    let (users, groups) = (users.to_str().unwrap(), groups.to_str().unwrap());
    let out = srv.ok(&["directory", "import", "--users", users, "--groups", groups]);
    assert_eq!(out.stdout.trim(), "imported: 5 created, 0 updated, 0 unchanged", "{out}");

    let listed = srv.json(&["directory", "users", "list"]);
    let by_sip = |sip: &str| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["sip"] == sip)
            .cloned()
            .unwrap_or_else(|| panic!("{sip} missing in {listed}"))
    };
    assert_eq!(by_sip("sip:erin@contoso.com")["display_name"], "Erin");
    assert_eq!(by_sip("sip:erin@contoso.com")["site"], "dublin");
    assert_eq!(by_sip("sip:erin@contoso.com")["enabled"], true);
    assert_eq!(by_sip("sip:frank@contoso.com")["enabled"], false);
    assert_eq!(by_sip("sip:gina@contoso.com")["ou"], "contoso/eng");
    assert_eq!(by_sip("sip:gina@contoso.com")["enabled"], true, "enabled is optional and defaults to true");
    let ops = srv.json(&["directory", "groups", "show", "ops"]);
    assert_eq!(strings(&ops["members"]), sorted(&["sip:erin@contoso.com", "sip:frank@contoso.com"]));
    let staff = srv.json(&["directory", "groups", "show", "staff"]);
    assert_eq!(strings(&staff["members"]), sorted(&["group:ops", "ou:contoso/eng"]));

    // The same files again change nothing; JSON reports each operation.
    let again = srv.json(&["directory", "import", "--users", users, "--groups", groups]);
    assert_eq!(again["dry_run"], false);
    let outcomes: Vec<&str> =
        again["results"].as_array().unwrap().iter().map(|r| r["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, vec!["unchanged"; 5], "{again}");

    // One changed row updates one user.
    let changed = srv.write_file(
        "users2.csv",
        "sip,display_name,ou,site\n\
         sip:erin@contoso.com,Erin,contoso/ops,redmond\n\
         sip:gina@contoso.com,Gina,contoso/eng,redmond\n",
    );
    let out = srv.ok(&["directory", "import", "--users", changed.to_str().unwrap()]);
    assert_eq!(out.stdout.trim(), "imported: 0 created, 1 updated, 1 unchanged", "{out}");
    assert_eq!(srv.json(&["directory", "users", "show", "sip:erin@contoso.com"])["site"], "redmond");
}

#[test]
fn directory_import_with_a_bad_row_changes_nothing() {
    let srv = TestServer::start();
    let users = srv.write_file(
        "users.csv",
        "sip,display_name,ou,site\n\
         sip:erin@contoso.com,Erin,contoso/ops,dublin\n\
         sip:frank@contoso.com,Frank,contoso/ops,dublin\n",
    );
    let groups = srv.write_file("groups.csv", "name,members\nops,sip:erin@contoso.com;sip:ghost@contoso.com\n");
    let before = srv.snapshot();
    let out = srv
        .cli(&["directory", "import", "--users", users.to_str().unwrap(), "--groups", groups.to_str().unwrap()])
        .code(2);
    let out = out.stderr_has(&[
        "nothing was changed",
        "groups.csv:2:2: Group ops: column members: entry 2: ",
        "sip:ghost@contoso.com",
    ]);
    assert!(out.stdout.is_empty(), "{out}");
    assert_eq!(srv.snapshot(), before, "a refused import must not create the valid rows either");

    let bad_header = srv.write_file("bad.csv", "sip,name\nsip:x@contoso.com,X\n");
    srv.cli(&["directory", "import", "--users", bad_header.to_str().unwrap()]).code(2).stderr_has(&[
        "bad.csv:1:2: unknown column \"name\"",
        "bad.csv:1:1: the header row has no \"display_name\" column",
    ]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn categories_create_with_every_flag_list_and_show() {
    let srv = contoso();
    let out = srv.ok(&[
        "categories",
        "create",
        "eng",
        "--allow",
        "ou:contoso/eng",
        "--deny",
        CAROL,
        "--creator",
        ALICE,
        "--pool",
        "red",
        "--file-upload",
        "--invitations",
        "--no-chat-history",
        "--description",
        "Engineering rooms",
    ]);
    assert_eq!(out.stdout.trim(), "created category eng in pool red", "{out}");
    let eng = srv.json(&["categories", "show", "eng"]);
    assert_eq!(eng["name"], "eng");
    assert_eq!(eng["pool"], "red");
    assert_eq!(eng["description"], "Engineering rooms");
    assert_eq!(eng["allowed_members"], json!(["ou:contoso/eng"]));
    assert_eq!(eng["denied_members"], json!([CAROL]));
    assert_eq!(eng["creators"], json!([ALICE]));
    assert_eq!(eng["file_upload"], true);
    assert_eq!(eng["invitations"], true);
    assert_eq!(eng["chat_history"], false);
    assert_eq!(eng["revision"], 1);

    // Defaults: pool default, invitations and file upload off, chat history on.
    let plain = srv.json(&["categories", "create", "plain", "--allow", "ou:contoso"]);
    assert_eq!(plain["pool"], "default");
    assert_eq!(plain["invitations"], false);
    assert_eq!(plain["file_upload"], false);
    assert_eq!(plain["chat_history"], true);
    assert_eq!(plain["description"], "");
    assert_eq!(plain["creators"], json!([]));

    let list = srv.json(&["categories", "list"]);
    assert_eq!(names(&list), sorted(&["eng", "plain"]));
    let yaml = srv.ok(&["categories", "list", "-o", "yaml"]).yaml();
    assert_eq!(yaml, list, "-o yaml carries the same data as -o json");
    let table = srv.ok(&["categories", "list"]);
    for needle in ["NAME", "POOL", "ALLOWED", "eng", "red", "plain", "ou:contoso/eng"] {
        assert!(table.stdout.contains(needle), "table should show {needle}:\n{table}");
    }
    assert!(table.stderr.contains("2 items"), "{table}");
    let shown = srv.ok(&["categories", "show", "eng"]);
    assert!(shown.stdout.contains("DESCRIPTION") && shown.stdout.contains("Engineering rooms"), "{shown}");
    assert_eq!(srv.ok(&["categories", "show", "eng", "-o", "yaml"]).yaml(), eng);

    // set: list flags replace their lists; --no-deny and --no-creators empty them.
    let changed = srv.json(&["categories", "set", "eng", "--no-deny", "--no-creators"]);
    assert_eq!((&changed["denied_members"], &changed["creators"]), (&json!([]), &json!([])), "{changed}");
    assert_eq!(changed["allowed_members"], json!(["ou:contoso/eng"]), "lists not named stay");
    srv.cli(&["categories", "set", "eng", "--no-deny", "--deny", CAROL]).code(2).stderr_has(&["--no-deny"]);
}

#[test]
fn rooms_create_with_every_flag_show_and_list_formats() {
    let srv = contoso();
    srv.ok(&["directory", "groups", "create", "leads", "--member", ALICE, "--member", CAROL]);
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    let out = srv.ok(&["addins", "create", "wiki", "--url", "https://wiki.contoso.com/eng"]);
    assert_eq!(out.stdout.trim(), "created add-in wiki in pool default", "{out}");

    let backend = srv.json(&[
        "rooms",
        "create",
        "backend",
        "--category",
        "eng",
        "--privacy",
        "open",
        "--type",
        "auditorium",
        "--description",
        "Backend team",
        "--member",
        "group:leads",
        "--member",
        "ou:contoso/eng/web",
        "--manager",
        DAVE,
        "--presenter",
        CAROL,
        "--addin",
        "wiki",
    ]);
    assert_eq!(backend["name"], "backend");
    assert_eq!(backend["category"], "eng");
    assert_eq!(backend["pool"], "default");
    assert_eq!(backend["privacy"], "open");
    assert_eq!(backend["type"], "auditorium");
    assert_eq!(backend["description"], "Backend team");
    assert_eq!(strings(&backend["members"]), sorted(&["group:leads", "ou:contoso/eng/web"]));
    assert_eq!(backend["managers"], json!([DAVE]));
    assert_eq!(backend["presenters"], json!([CAROL]));
    assert_eq!(backend["addin"], "wiki");
    assert_eq!(backend["invitations"], "inherit");
    assert_eq!(backend["disabled"], false);
    assert_eq!(backend["revision"], 1);

    let out = srv.ok(&["rooms", "create", "plain", "--category", "eng"]);
    assert_eq!(out.stdout.trim(), "created room plain in category eng", "{out}");
    let plain = room(&srv, "plain");
    assert_eq!(plain["privacy"], "closed", "rooms are closed by default");
    assert_eq!(plain["type"], "normal");
    assert_eq!(plain["invitations"], "inherit");
    assert_eq!(plain["disabled"], false);
    assert_eq!(plain["addin"], Value::Null);
    assert_eq!(plain["members"], json!([]));

    let mut shown = room(&srv, "backend");
    assert_eq!(shown.as_object_mut().unwrap().remove("messages"), Some(json!(0)), "show says how many messages");
    assert_eq!(shown, backend, "show returns what create returned");
    let mut yaml = srv.ok(&["rooms", "show", "backend", "-o", "yaml"]).yaml();
    yaml.as_object_mut().unwrap().remove("messages");
    assert_eq!(yaml, shown);
    let table = srv.ok(&["rooms", "show", "backend"]);
    for needle in ["backend", "Backend team", "wiki", "auditorium", "open", DAVE] {
        assert!(table.stdout.contains(needle), "show table should hold {needle}:\n{table}");
    }

    let list = srv.json(&["rooms", "list"]);
    assert_eq!(names(&list), sorted(&["backend", "plain"]));
    assert_eq!(srv.ok(&["rooms", "list", "-o", "yaml"]).yaml(), list);
    let table = srv.ok(&["rooms", "list"]);
    for needle in ["NAME", "CATEGORY", "PRIVACY", "backend", "plain", "eng"] {
        assert!(table.stdout.contains(needle), "list table should hold {needle}:\n{table}");
    }
    assert!(table.stderr.contains("2 items"), "{table}");
    let wide = srv.ok(&["rooms", "list", "-o", "wide"]);
    assert!(wide.stdout.contains("DESCRIPTION") && wide.stdout.contains("Backend team"), "{wide}");
}

#[test]
fn rooms_set_disable_enable_and_delete() {
    let srv = contoso_with_backend();
    srv.ok(&["addins", "create", "wiki", "--url", "https://wiki.contoso.com"]);
    let changed = srv.json(&[
        "rooms",
        "set",
        "backend",
        "--description",
        "Backend, now secret",
        "--privacy",
        "secret",
        "--type",
        "auditorium",
        "--member",
        CAROL,
        "--presenter",
        ALICE,
        "--invitations",
        "false",
        "--addin",
        "wiki",
    ]);
    assert_eq!(changed["description"], "Backend, now secret");
    assert_eq!(changed["privacy"], "secret");
    assert_eq!(changed["type"], "auditorium");
    assert_eq!(changed["members"], json!([CAROL]), "--member replaces the member list");
    assert_eq!(changed["managers"], json!([DAVE]), "lists not given stay as they are");
    assert_eq!(changed["presenters"], json!([ALICE]));
    assert_eq!(changed["invitations"], "false");
    assert_eq!(changed["addin"], "wiki");
    assert_eq!(changed["revision"], 2);
    assert!(changed.get("dropped").is_none(), "nothing was dropped: {changed}");

    let out = srv.ok(&["rooms", "set", "backend", "--no-addin"]);
    assert_eq!(out.stdout.trim(), "changed room backend (revision 3)", "{out}");
    assert_eq!(room(&srv, "backend")["addin"], Value::Null);

    let out = srv.ok(&["rooms", "set", "backend", "--rename", "backend2"]);
    assert_eq!(out.stdout.trim(), "changed room backend2 (revision 4)", "{out}");
    srv.cli(&["rooms", "show", "backend"]).code(6).stderr_has(&["room \"backend\" does not exist"]);
    assert_eq!(room(&srv, "backend2")["description"], "Backend, now secret");

    srv.ok(&["rooms", "create", "other", "--category", "eng"]);
    let out = srv.ok(&["rooms", "disable", "backend2"]);
    assert_eq!(out.stdout.trim(), "disabled room backend2", "{out}");
    assert_eq!(room(&srv, "backend2")["disabled"], true);
    assert_eq!(srv.room_names(&["--disabled", "true"]), sorted(&["backend2"]));
    assert_eq!(srv.room_names(&["--disabled", "false"]), sorted(&["other"]));
    let out = srv.ok(&["rooms", "enable", "backend2"]);
    assert_eq!(out.stdout.trim(), "enabled room backend2", "{out}");
    assert_eq!(room(&srv, "backend2")["disabled"], false);
    assert_eq!(srv.room_names(&["--disabled", "true"]), Vec::<String>::new());

    let out = srv.ok(&["rooms", "delete", "backend2", "--yes"]);
    assert_eq!(out.stdout.trim(), "deleted room backend2", "{out}");
    assert_eq!(srv.room_names(&[]), sorted(&["other"]));
    srv.cli(&["rooms", "show", "backend2"]).code(6).stderr_has(&["room \"backend2\" does not exist"]);
    assert_eq!(srv.json(&["rooms", "delete", "other", "--yes"]), json!({ "deleted": "other", "messages": 0 }));
    assert_eq!(srv.room_names(&[]), Vec::<String>::new());
}

#[test]
fn rooms_members_list_add_remove() {
    let srv = contoso();
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    srv.ok(&["rooms", "create", "stage", "--category", "eng", "--type", "auditorium", "--member", ALICE]);

    let out = srv.ok(&["rooms", "members", "add", "stage", CAROL, DAVE]);
    assert_eq!(out.stdout.trim(), "room stage: 3 member(s) now", "{out}");
    let out = srv.ok(&["rooms", "members", "add", "stage", DAVE, "--role", "manager"]);
    assert_eq!(out.stdout.trim(), "room stage: 1 manager(s) now", "{out}");
    let written = srv.json(&["rooms", "members", "add", "stage", CAROL, "--role", "presenter"]);
    assert_eq!(written["presenters"], json!([CAROL]));

    let entries = |srv: &TestServer| -> Vec<(String, String)> {
        let list = srv.json(&["rooms", "members", "list", "stage"]);
        let mut out: Vec<(String, String)> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["role"].as_str().unwrap().to_string(), e["principal"].as_str().unwrap().to_string()))
            .collect();
        out.sort();
        out
    };
    let pair = |r: &str, p: &str| (r.to_string(), p.to_string());
    let mut expected = vec![
        pair("manager", DAVE),
        pair("member", ALICE),
        pair("member", CAROL),
        pair("member", DAVE),
        pair("presenter", CAROL),
    ];
    expected.sort();
    assert_eq!(entries(&srv), expected);

    let out = srv.ok(&["rooms", "members", "remove", "stage", ALICE, CAROL]);
    assert_eq!(out.stdout.trim(), "room stage: 1 member(s) now", "{out}");
    let out = srv.ok(&["rooms", "members", "remove", "stage", CAROL, "--role", "presenter"]);
    assert_eq!(out.stdout.trim(), "room stage: 0 presenter(s) now", "{out}");
    assert_eq!(entries(&srv), vec![pair("manager", DAVE), pair("member", DAVE)]);
    let table = srv.ok(&["rooms", "members", "list", "stage"]);
    assert!(
        table.stdout.contains("ROLE") && table.stdout.contains("PRINCIPAL") && table.stdout.contains(DAVE),
        "{table}"
    );
}

#[test]
fn rooms_list_filters() {
    let srv = contoso();
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    srv.ok(&["categories", "create", "all", "--allow", "ou:contoso"]);
    srv.ok(&["addins", "create", "wiki", "--url", "https://wiki.contoso.com"]);
    srv.ok(&[
        "rooms",
        "create",
        "backend",
        "--category",
        "eng",
        "--privacy",
        "open",
        "--member",
        ALICE,
        "--manager",
        DAVE,
        "--addin",
        "wiki",
    ]);
    srv.ok(&[
        "rooms",
        "create",
        "backlog",
        "--category",
        "eng",
        "--type",
        "auditorium",
        "--member",
        CAROL,
        "--manager",
        ALICE,
    ]);
    srv.ok(&["rooms", "create", "frontend", "--category", "eng", "--privacy", "secret", "--member", DAVE]);
    srv.ok(&["rooms", "create", "sales-floor", "--category", "all", "--member", BOB]);
    srv.ok(&["rooms", "disable", "sales-floor"]);

    assert_eq!(srv.room_names(&[]), sorted(&["backend", "backlog", "frontend", "sales-floor"]));
    assert_eq!(srv.room_names(&["--category", "eng"]), sorted(&["backend", "backlog", "frontend"]));
    assert_eq!(srv.room_names(&["--category", "all"]), sorted(&["sales-floor"]));
    assert_eq!(srv.room_names(&["--privacy", "open"]), sorted(&["backend"]));
    assert_eq!(srv.room_names(&["--privacy", "secret"]), sorted(&["frontend"]));
    assert_eq!(srv.room_names(&["--privacy", "closed"]), sorted(&["backlog", "sales-floor"]));
    assert_eq!(srv.room_names(&["--type", "auditorium"]), sorted(&["backlog"]));
    assert_eq!(srv.room_names(&["--type", "normal"]), sorted(&["backend", "frontend", "sales-floor"]));
    assert_eq!(srv.room_names(&["--member", ALICE]), sorted(&["backend"]));
    assert_eq!(
        srv.room_names(&["--member", "sip:Alice@Contoso.com"]),
        sorted(&["backend"]),
        "SIP URIs compare case-insensitively"
    );
    assert_eq!(srv.room_names(&["--manager", ALICE]), sorted(&["backlog"]));
    assert_eq!(srv.room_names(&["--manager", DAVE]), sorted(&["backend"]));
    assert_eq!(srv.room_names(&["--name", "back*"]), sorted(&["backend", "backlog"]));
    assert_eq!(srv.room_names(&["--name", "*end"]), sorted(&["backend", "frontend"]));
    assert_eq!(srv.room_names(&["--disabled", "true"]), sorted(&["sales-floor"]));
    assert_eq!(srv.room_names(&["--disabled", "false"]), sorted(&["backend", "backlog", "frontend"]));
    assert_eq!(srv.room_names(&["--addin", "wiki"]), sorted(&["backend"]));
    assert_eq!(srv.room_names(&["--category", "eng", "--privacy", "closed"]), sorted(&["backlog"]));
    assert_eq!(srv.room_names(&["--name", "nothing*"]), Vec::<String>::new());
}

#[test]
fn addins_create_list_show() {
    let srv = TestServer::start();
    let wiki = srv.json(&["addins", "create", "wiki", "--url", "https://wiki.contoso.com/page?x=1"]);
    assert_eq!(wiki["name"], "wiki");
    assert_eq!(wiki["url"], "https://wiki.contoso.com/page?x=1");
    assert_eq!(wiki["pool"], "default");
    srv.ok(&["addins", "create", "intranet", "--url", "http://intranet.contoso.com"]);
    assert_eq!(srv.json(&["addins", "show", "wiki"]), wiki);
    assert_eq!(names(&srv.json(&["addins", "list"])), sorted(&["intranet", "wiki"]));
    let table = srv.ok(&["addins", "list"]);
    assert!(table.stdout.contains("URL") && table.stdout.contains("http://intranet.contoso.com"), "{table}");
}

#[test]
fn policies_create_grant_effective() {
    let srv = contoso();
    let before = srv.json(&["policies", "effective", ALICE]);
    assert_eq!(before, json!({ "user": ALICE, "policy": "global", "source": "global", "enabled": false }));

    let out = srv.ok(&["policies", "create", "tag:chatters", "--enabled"]);
    assert_eq!(out.stdout.trim(), "created policy tag:chatters (persistent chat enabled)", "{out}");
    let policy = srv.json(&["policies", "show", "tag:chatters"]);
    assert_eq!(policy["identity"], "tag:chatters");
    assert_eq!(policy["enabled"], true);

    let out = srv.ok(&["policies", "grant", "tag:chatters", ALICE]);
    assert_eq!(out.stdout.trim(), "granted tag:chatters to 1 user(s)", "{out}");
    let after = srv.json(&["policies", "effective", ALICE]);
    assert_eq!(after, json!({ "user": ALICE, "policy": "tag:chatters", "source": "tag", "enabled": true }));
    assert_eq!(srv.json(&["directory", "users", "show", ALICE])["policy"], "chatters");
    // Bob keeps the global policy.
    assert_eq!(srv.json(&["policies", "effective", BOB])["policy"], "global");
    let table = srv.ok(&["policies", "effective", ALICE]);
    assert!(table.stdout.contains("tag:chatters") && table.stdout.contains("SOURCE"), "{table}");

    let list = srv.json(&["policies", "list"]);
    let identities: Vec<&str> = list.as_array().unwrap().iter().map(|p| p["identity"].as_str().unwrap()).collect();
    assert!(identities.contains(&"global") && identities.contains(&"tag:chatters"), "{list}");

    // Precedence user tag > site > global: everyone in redmond but alice takes the site's.
    srv.ok(&["policies", "create", "site:redmond", "--enabled"]);
    assert_eq!(
        srv.json(&["policies", "effective", BOB]),
        json!({ "user": BOB, "policy": "site:redmond", "source": "site", "enabled": true })
    );
    assert_eq!(srv.json(&["policies", "effective", ALICE])["policy"], "tag:chatters");
    // The global policy always exists: deleting it resets it.
    srv.ok(&["policies", "set", "global", "--enabled"]);
    srv.ok(&["policies", "delete", "global", "--yes"]);
    let global = srv.json(&["policies", "show", "global"]);
    assert_eq!(global["enabled"], false, "{global}");
}

/// A grant changes only the users whose grant it changes and counts those; the others keep
/// their revision. `revoke` takes away whichever tag policy each user holds.
#[test]
fn policy_grants_change_and_count_only_the_users_whose_grant_changes() {
    let srv = contoso();
    srv.ok(&["policies", "create", "tag:chatters", "--enabled"]);
    srv.ok(&["policies", "create", "tag:quiet"]);
    let revision = |sip: &str| srv.json(&["directory", "users", "show", sip])["revision"].as_i64().unwrap();
    srv.ok(&["policies", "grant", "tag:chatters", ALICE]);
    let alice = revision(ALICE);
    let out = srv.ok(&["policies", "grant", "tag:chatters", ALICE, BOB]);
    assert_eq!(out.stdout.trim(), "granted tag:chatters to 1 user(s)", "{out}");
    assert_eq!(revision(ALICE), alice, "alice held it already");
    srv.ok(&["policies", "grant", "tag:quiet", CAROL]);
    let (carol, dave) = (revision(CAROL), revision(DAVE));
    let out = srv.ok(&["policies", "revoke", ALICE, CAROL, DAVE]);
    assert_eq!(out.stdout.trim(), "took the tag policy away from 2 user(s)", "{out}");
    assert_eq!((revision(CAROL), revision(DAVE)), (carol + 1, dave), "dave held none");
    assert_eq!(srv.json(&["directory", "users", "show", CAROL])["policy"], Value::Null);
    assert_eq!(srv.json(&["directory", "users", "show", BOB])["policy"], "chatters");
    let out = srv.ok(&["policies", "revoke", ALICE, CAROL]);
    assert_eq!(out.stdout.trim(), "took the tag policy away from 0 user(s)", "{out}");
}

/// The grant endpoint's problems name the fields of its own body (`policy`, `users[i]`),
/// with or without a policy, and a refused grant changes nobody.
#[test]
fn policy_grant_refusals_name_the_fields_of_the_body() {
    let srv = contoso();
    srv.ok(&["policies", "create", "site:redmond"]);
    srv.ok(&["policies", "create", "tag:chatters"]);
    let before = srv.snapshot();
    let post = |body: Value| {
        let body = body.to_string();
        crate::security::http(srv.addr, "POST", "/v1/policies/grants", Some(&srv.admin_token), Some(&body))
    };
    let answer = post(json!({"policy": "site:redmond", "users": [ALICE]}));
    assert_eq!(
        (answer.status, answer.code(), answer.json()["field"].clone()),
        (422, "invalid_value".into(), json!("policy"))
    );
    assert!(answer.detail().contains("site and global policies apply by themselves"), "{answer:?}");
    let answer = post(json!({"policy": "tag:nope", "users": [ALICE]}));
    assert_eq!((answer.code(), answer.json()["field"].clone()), ("unknown_reference".into(), json!("policy")));
    for policy in [json!("tag:chatters"), Value::Null] {
        let answer = post(json!({"policy": policy, "users": [ALICE, "alice", "sip:nobody@contoso.com"]}));
        assert_eq!(answer.code(), "malformed_principal", "{answer:?}");
        let problem = answer.json();
        assert_eq!(
            problem["errors"][0],
            json!({"field": "users[1]", "code": "malformed_principal", "detail": "\"alice\" is not a user SIP URI (sip:NAME@DOMAIN)"})
        );
        assert_eq!(
            (problem["errors"][1]["field"].clone(), problem["errors"][1]["code"].clone()),
            (json!("users[2]"), json!("unknown_principal"))
        );
    }
    assert_eq!(srv.snapshot(), before, "a refused grant changed something");
}

/// Revoking goes through the engine once: a token already revoked, or never minted, is 404.
#[test]
fn a_token_is_revoked_once() {
    let srv = contoso();
    let created = srv.json(&["tokens", "create", "--role", "user", "--owner", ALICE]);
    let id = created["id"].as_i64().unwrap().to_string();
    srv.ok(&["tokens", "revoke", &id, "--yes"]);
    srv.cli(&["tokens", "revoke", &id, "--yes"]).code(6).stderr_has(&["does not exist or is already revoked"]);
    srv.cli(&["tokens", "revoke", "9999", "--yes"]).code(6).stderr_has(&["token 9999 does not exist"]);
}

#[test]
fn addin_limits_and_duplicate_names_are_refused() {
    let srv = TestServer::start();
    srv.ok(&["addins", "create", "wiki", "--url", "https://wiki.contoso.com"]);
    let before = srv.snapshot();
    srv.cli(&["addins", "create", &"a".repeat(51), "--url", "https://x.contoso.com"]).code(2).stderr_has(&["50"]);
    let long_url = format!("https://x.contoso.com/{}", "p".repeat(240));
    srv.cli(&["addins", "create", "long", "--url", &long_url]).code(2).stderr_has(&["255"]);
    srv.cli(&["addins", "create", "wiki", "--url", "https://other.contoso.com"])
        .code(2)
        .stderr_has(&["add-in \"wiki\" already exists in pool default"]);
    assert_eq!(srv.snapshot(), before);
    // Fifty characters and a URL of 255 are fine.
    srv.ok(&["addins", "create", &"a".repeat(50), "--url", &long_url[..255]]);
}

#[test]
fn config_show_and_set_at_each_scope() {
    let srv = TestServer::start();
    let setting = |cfg: &Value, name: &str| -> (Value, String) {
        let s = cfg["settings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == name)
            .unwrap_or_else(|| panic!("no {name} in {cfg}"));
        (s["value"].clone(), s["source"].as_str().unwrap().to_string())
    };
    let defaults = srv.json(&["config", "show"]);
    assert_eq!(defaults["scope"], "global");
    assert_eq!(setting(&defaults, "default_chat_history"), (json!(30), "default".to_string()));
    assert_eq!(setting(&defaults, "max_file_size_kb"), (json!(20000), "default".to_string()));
    assert_eq!(setting(&defaults, "participant_update_limit"), (json!(75), "default".to_string()));

    let global = srv.json(&["config", "set", "--default-chat-history", "50"]);
    assert_eq!(setting(&global, "default_chat_history"), (json!(50), "global".to_string()));
    assert_eq!(setting(&global, "max_file_size_kb"), (json!(20000), "default".to_string()));

    let site = srv.json(&["config", "set", "--scope", "site:redmond", "--max-file-size-kb", "1000"]);
    assert_eq!(site["scope"], "site:redmond");
    assert_eq!(setting(&site, "max_file_size_kb"), (json!(1000), "site:redmond".to_string()));
    assert_eq!(setting(&site, "default_chat_history"), (json!(50), "global".to_string()));

    srv.ok(&["config", "set", "--scope", "pool:red", "--default-chat-history", "10", "--max-file-size-kb", "500"]);
    let pool = srv.json(&["config", "show", "--scope", "pool:red"]);
    assert_eq!(setting(&pool, "default_chat_history"), (json!(10), "pool:red".to_string()));
    assert_eq!(setting(&pool, "max_file_size_kb"), (json!(500), "pool:red".to_string()));
    // Other scopes are untouched.
    assert_eq!(setting(&srv.json(&["config", "show"]), "max_file_size_kb"), (json!(20000), "default".to_string()));
    // Precedence pool > site > global: a pool in site redmond takes what the pool does not set
    // from the site before global.
    srv.ok(&["config", "set", "--scope", "pool:blue", "--default-chat-history", "20"]);
    let blue = srv.json(&["config", "show", "--scope", "pool:blue", "--site", "redmond"]);
    assert_eq!(setting(&blue, "default_chat_history"), (json!(20), "pool:blue".to_string()));
    assert_eq!(setting(&blue, "max_file_size_kb"), (json!(1000), "site:redmond".to_string()));
    assert_eq!(setting(&blue, "participant_update_limit"), (json!(75), "default".to_string()));
    let alone = srv.json(&["config", "show", "--scope", "pool:blue"]);
    assert_eq!(setting(&alone, "max_file_size_kb"), (json!(20000), "default".to_string()), "no site: global next");
    srv.cli(&["config", "show", "--scope", "site:redmond", "--site", "x"]).code(2).stderr_has(&["pool:NAME"]);

    let table = srv.ok(&["config", "show", "--scope", "site:redmond"]);
    for needle in ["SETTING", "SOURCE", "max_file_size_kb", "1000", "site:redmond"] {
        assert!(table.stdout.contains(needle), "config table should hold {needle}:\n{table}");
    }

    // Out of range: refused, nothing changed.
    srv.cli(&["config", "set", "--default-chat-history", "501"])
        .code(2)
        .stderr_has(&["default_chat_history", "between 1 and 500"]);
    assert_eq!(setting(&srv.json(&["config", "show"]), "default_chat_history"), (json!(50), "global".to_string()));

    // Reset is destructive: it needs --yes without a terminal, then the scope falls back.
    srv.cli(&["config", "reset", "--scope", "site:redmond"]).code(2).stderr_has(&["pass --yes"]);
    let kept = srv.json(&["config", "show", "--scope", "site:redmond"]);
    assert_eq!(setting(&kept, "max_file_size_kb"), (json!(1000), "site:redmond".to_string()));
    srv.ok(&["config", "reset", "--scope", "site:redmond", "--yes"]);
    let reset = srv.json(&["config", "show", "--scope", "site:redmond"]);
    assert_eq!(setting(&reset, "max_file_size_kb"), (json!(20000), "default".to_string()), "{reset}");
}

#[test]
fn tokens_create_list_revoke() {
    let srv = contoso();
    let created =
        srv.json(&["tokens", "create", "--role", "user", "--owner", ALICE, "--description", "alice's laptop"]);
    let secret = created["token"].as_str().expect("the secret").to_string();
    assert!(secret.starts_with("pchat_"), "{created}");
    assert_eq!(created["role"], "user");
    assert_eq!(created["owner"], ALICE);
    assert_eq!(created["description"], "alice's laptop");
    assert_eq!(created["revoked_at"], Value::Null);
    let id = created["id"].as_i64().expect("an id");

    // The table form prints the secret alone on stdout, the note on stderr.
    let plain = srv.ok(&["tokens", "create", "--role", "user", "--owner", BOB]);
    let line = plain.stdout.trim();
    assert!(line.starts_with("pchat_") && !line.contains(' ') && plain.stdout.lines().count() == 1, "{plain}");
    assert!(plain.stderr.contains("created user token") && plain.stderr.contains(BOB), "{plain}");

    let list = srv.cli(&["tokens", "list", "-o", "json"]).success();
    assert!(!list.stdout.contains(&secret), "tokens list must never show a secret:\n{list}");
    let tokens = list.json();
    let mine = tokens
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == id)
        .unwrap_or_else(|| panic!("token {id} not listed: {tokens}"));
    assert!(mine.get("token").is_none(), "{mine}");
    assert_eq!(mine["owner"], ALICE);
    assert_eq!(mine["revoked_at"], Value::Null);
    let table = srv.ok(&["tokens", "list"]);
    assert!(table.stdout.contains("ROLE") && table.stdout.contains(ALICE), "{table}");

    // The token works until it is revoked.
    srv.cli_as(&secret, &["rooms", "list"]).success();
    let id_text = id.to_string();
    let out = srv.ok(&["tokens", "revoke", &id_text, "--yes"]);
    assert_eq!(out.stdout.trim(), format!("revoked token {id}"), "{out}");
    let tokens = srv.json(&["tokens", "list"]);
    let mine = tokens.as_array().unwrap().iter().find(|t| t["id"] == id).unwrap();
    assert!(mine["revoked_at"].is_string(), "revoked_at should be set: {mine}");
    srv.cli_as(&secret, &["rooms", "list"]).code(1).stderr_has(&["revoked"]);

    // A user token needs an owner.
    srv.cli(&["tokens", "create", "--role", "user"]).code(2).stderr_has(&["owner"]);
}

#[test]
fn tokens_minted_by_the_server_command_work() {
    let srv = contoso();
    let minted = cli_bare(&[
        "server",
        "token",
        "create",
        "--database",
        &srv.database,
        "--role",
        "user",
        "--owner",
        ALICE,
        "-o",
        "json",
    ])
    .success();
    let token = minted.json()["token"].as_str().unwrap().to_string();
    assert_eq!(minted.json()["owner"], ALICE);
    srv.cli_as(&token, &["rooms", "list", "-o", "json"]).success();
    srv.cli_as(&token, &["categories", "create", "x", "--allow", "ou:contoso"]).code(1).stderr_has(&["administrator"]);

    // A user token needs an owner: invalid input, exit 2, nothing minted.
    let before = srv.json(&["tokens", "list"]);
    cli_bare(&["server", "token", "create", "--database", &srv.database, "--role", "user"])
        .code(2)
        .stderr_has(&["creating a token", "owner"]);
    assert_eq!(srv.json(&["tokens", "list"]), before);
}

#[test]
fn every_list_pages_with_a_cursor() {
    let srv = contoso();
    for name in ["c1", "c2", "c3"] {
        srv.ok(&["categories", "create", name, "--allow", "ou:contoso"]);
        srv.ok(&["addins", "create", &format!("{name}-wiki"), "--url", "https://wiki.contoso.com"]);
        srv.ok(&["directory", "groups", "create", &format!("{name}-leads"), "--member", ALICE]);
        srv.ok(&["policies", "create", &format!("tag:{name}"), "--enabled"]);
        for room in ["a", "b"] {
            srv.ok(&["rooms", "create", &format!("{name}-{room}"), "--category", name, "--privacy", "open"]);
        }
    }
    for (path, expected) in [
        ("/v1/categories", 3),
        ("/v1/addins", 3),
        ("/v1/directory/groups", 3),
        ("/v1/directory/users", 4),
        ("/v1/policies", 4), // global and three tags
        ("/v1/rooms", 6),
    ] {
        let mut seen = Vec::new();
        let mut cursor: Option<String> = None;
        let mut pages = 0;
        loop {
            let url = match &cursor {
                Some(c) => format!("{path}?limit=2&cursor={c}"),
                None => format!("{path}?limit=2"),
            };
            let page = srv.json(&["api", "GET", &url]);
            let items = page["items"].as_array().unwrap_or_else(|| panic!("{path}: no items in {page}"));
            assert!(items.len() <= 2, "{path}: a page holds at most the limit: {page}");
            seen.extend(items.iter().map(|i| i.get("name").or(i.get("sip")).or(i.get("identity")).unwrap().clone()));
            pages += 1;
            if path == "/v1/directory/users" || path == "/v1/rooms" {
                // The next page is named in a Link header too, for clients that ask ahead.
                let (status, head, _) = http_get_as(srv.addr, &url, Some(&srv.admin_token));
                assert_eq!(status, 200, "{url}");
                let link = head.lines().find_map(|l| l.strip_prefix("link: ")).map(str::to_string);
                let expected =
                    page["next_cursor"].as_str().map(|c| format!("<{path}?limit=2&cursor={c}>; rel=\"next\""));
                assert_eq!(link, expected, "{url}: the Link header names the body's next page");
            }
            match page["next_cursor"].as_str() {
                Some(next) => cursor = Some(next.to_string()),
                None => break,
            }
            assert!(pages < 10, "{path}: the cursor never ends");
        }
        assert_eq!(seen.len(), expected, "{path}: every object once over the pages: {seen:?}");
        let unique: std::collections::BTreeSet<String> = seen.iter().map(|v| v.to_string()).collect();
        assert_eq!(unique.len(), expected, "{path}: no object twice: {seen:?}");
        assert_eq!(pages, expected.div_ceil(2), "{path}");
    }
    // The CLI follows the cursor, so a listing longer than one page is complete.
    assert_eq!(srv.json(&["categories", "list"]).as_array().map(Vec::len), Some(3));
    // A user who sees a subset still gets full pages: the server reads on past what it hides.
    srv.ok(&["categories", "create", "hidden", "--allow", BOB]);
    // Named to sort before every room alice sees, so her first page starts with hidden rooms.
    for room in ["a-h1", "a-h2", "a-h3"] {
        srv.ok(&["rooms", "create", room, "--category", "hidden", "--privacy", "open"]);
    }
    let alice = srv.user_token(ALICE);
    let first = srv.cli_as(&alice, &["api", "GET", "/v1/rooms?limit=4", "-o", "json"]).success().json();
    assert_eq!(names(&first["items"]), sorted(&["c1-a", "c1-b", "c2-a", "c2-b"]), "{first}");
    assert_eq!(srv.room_names_as(&alice, &[]).len(), 6);
}

#[test]
fn openapi_and_version_are_served() {
    let srv = TestServer::start();
    let doc = srv.json(&["api", "GET", "/v1/openapi.json"]);
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")), "{doc}");
    for path in ["/v1/rooms", "/v1/categories", "/v1/changesets", "/v1/directory/users", "/v1/tokens"] {
        assert!(doc["paths"].get(path).is_some(), "{path} is not described in the OpenAPI document");
    }
    let version = srv.json(&["api", "GET", "/v1/version"]);
    assert_eq!(version["version"], env!("CARGO_PKG_VERSION"), "{version}");
    let store_id = version["store_id"].as_str().unwrap_or_default().to_string();
    assert!(store_id.len() >= 16, "the store has an identity: {version}");
    assert_eq!(srv.json(&["api", "GET", "/v1/version"])["store_id"], store_id.as_str(), "and keeps it");
    let other = TestServer::start();
    assert_ne!(other.json(&["api", "GET", "/v1/version"])["store_id"], store_id.as_str(), "each store its own");
}

// ---------------------------------------------------------------------------------------
// Bad input: exit code, a message naming the thing, and nothing changed

#[test]
fn unknown_category_is_refused() {
    let srv = contoso_with_backend();
    let before = srv.snapshot();
    srv.cli(&["rooms", "create", "frontend", "--category", "nope"])
        .code(2)
        .stderr_has(&["creating room frontend", "category \"nope\" does not exist"]);
    srv.cli(&["rooms", "set", "backend", "--category", "nope"])
        .code(2)
        .stderr_has(&["category \"nope\" does not exist"]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn privacy_outside_its_set_is_a_usage_error() {
    let srv = contoso_with_backend();
    let before = srv.snapshot();
    for args in [
        &["rooms", "create", "frontend", "--category", "eng", "--privacy", "public"][..],
        &["rooms", "set", "backend", "--privacy", "public"][..],
        &["rooms", "list", "--privacy", "public"][..],
    ] {
        srv.cli(args).code(2).stderr_has(&["invalid value 'public'", "--privacy", "open, closed, secret"]);
    }
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn room_type_outside_its_set_is_a_usage_error() {
    let srv = contoso_with_backend();
    let before = srv.snapshot();
    for args in [
        &["rooms", "create", "frontend", "--category", "eng", "--type", "lecture"][..],
        &["rooms", "set", "backend", "--type", "lecture"][..],
    ] {
        srv.cli(args).code(2).stderr_has(&["invalid value 'lecture'", "--type", "normal, auditorium"]);
    }
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn room_name_over_256_characters_is_refused() {
    let srv = contoso_with_backend();
    let before = srv.snapshot();
    let long = "r".repeat(257);
    srv.cli(&["rooms", "create", &long, "--category", "eng"])
        .code(2)
        .stderr_has(&["room name is 257 characters", "the limit is 256"]);
    srv.cli(&["rooms", "set", "backend", "--rename", &long]).code(2).stderr_has(&["the limit is 256"]);
    assert_eq!(srv.snapshot(), before);
    // Exactly 256 is fine.
    let max = "r".repeat(256);
    srv.ok(&["rooms", "create", &max, "--category", "eng"]);
    assert_eq!(room(&srv, &max)["name"], max.as_str());
}

#[test]
fn room_description_over_256_characters_is_refused() {
    let srv = contoso_with_backend();
    let before = srv.snapshot();
    let long = "d".repeat(257);
    srv.cli(&["rooms", "create", "frontend", "--category", "eng", "--description", &long])
        .code(2)
        .stderr_has(&["room description is 257 characters", "the limit is 256"]);
    srv.cli(&["rooms", "set", "backend", "--description", &long])
        .code(2)
        .stderr_has(&["room description is 257 characters", "the limit is 256"]);
    assert_eq!(srv.snapshot(), before);
    srv.ok(&["rooms", "set", "backend", "--description", &"d".repeat(256)]);
}

#[test]
fn category_name_over_256_characters_is_refused() {
    let srv = contoso();
    let before = srv.snapshot();
    let long = "c".repeat(257);
    srv.cli(&["categories", "create", &long, "--allow", "ou:contoso"])
        .code(2)
        .stderr_has(&["category name is 257 characters", "the limit is 256"]);
    assert_eq!(srv.snapshot(), before);
    srv.ok(&["categories", "create", &"c".repeat(256), "--allow", "ou:contoso"]);
}

#[test]
fn category_description_over_256_characters_is_refused() {
    let srv = contoso();
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    let before = srv.snapshot();
    let long = "d".repeat(257);
    srv.cli(&["categories", "create", "ops", "--allow", "ou:contoso", "--description", &long])
        .code(2)
        .stderr_has(&["category description is 257 characters", "the limit is 256"]);
    srv.cli(&["categories", "set", "eng", "--description", &long])
        .code(2)
        .stderr_has(&["category description is 257 characters", "the limit is 256"]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn member_outside_the_category_scope_is_refused() {
    let srv = contoso_with_backend();
    let before = srv.snapshot();
    // bob is in contoso/sales; eng allows ou:contoso/eng only.
    srv.cli(&["rooms", "create", "frontend", "--category", "eng", "--member", ALICE, "--member", BOB])
        .code(2)
        .stderr_has(&[BOB, "outside the scope of category \"eng\""]);
    srv.cli(&["rooms", "members", "add", "backend", BOB]).code(2).stderr_has(&[BOB, "category \"eng\""]);
    srv.cli(&["rooms", "set", "backend", "--manager", BOB]).code(2).stderr_has(&[BOB, "category \"eng\""]);
    assert_eq!(srv.snapshot(), before);
    assert_eq!(room(&srv, "backend")["members"], json!([ALICE]));
}

#[test]
fn presenters_on_a_normal_room_are_refused() {
    let srv = contoso_with_backend();
    srv.ok(&["rooms", "create", "stage", "--category", "eng", "--type", "auditorium", "--presenter", ALICE]);
    let before = srv.snapshot();
    srv.cli(&["rooms", "create", "frontend", "--category", "eng", "--presenter", ALICE])
        .code(2)
        .stderr_has(&["normal room", "only auditorium rooms have presenters"]);
    srv.cli(&["rooms", "members", "add", "backend", ALICE, "--role", "presenter"])
        .code(2)
        .stderr_has(&["only auditorium rooms have presenters"]);
    // An auditorium with presenters cannot become a normal room.
    srv.cli(&["rooms", "set", "stage", "--type", "normal"]).code(2).stderr_has(&["stage", "presenters"]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn deleting_a_category_that_holds_rooms_is_refused() {
    let srv = contoso_with_backend();
    let before = srv.snapshot();
    srv.cli(&["categories", "delete", "eng", "--yes"])
        .code(2)
        .stderr_has(&["category \"eng\" still holds 1 room (backend)"]);
    assert_eq!(srv.snapshot(), before);
    srv.ok(&["rooms", "delete", "backend", "--yes"]);
    let out = srv.ok(&["categories", "delete", "eng", "--yes"]);
    assert_eq!(out.stdout.trim(), "deleted category eng", "{out}");
    assert_eq!(names(&srv.json(&["categories", "list"])), Vec::<String>::new());
}

#[test]
fn addin_url_that_is_not_http_is_refused() {
    let srv = TestServer::start();
    srv.ok(&["addins", "create", "wiki", "--url", "https://wiki.contoso.com"]);
    let before = srv.snapshot();
    for url in ["ftp://files.contoso.com", "javascript:alert(1)", "wiki.contoso.com"] {
        srv.cli(&["addins", "create", "files", "--url", url])
            .code(2)
            .stderr_has(&[url, "must be an http:// or https:// URL"]);
    }
    srv.cli(&["addins", "set", "wiki", "--url", "ftp://files.contoso.com"])
        .code(2)
        .stderr_has(&["http:// or https://"]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn duplicate_room_name_is_refused() {
    let srv = contoso_with_backend();
    srv.ok(&["categories", "create", "ops", "--allow", "ou:contoso"]);
    let before = srv.snapshot();
    srv.cli(&["rooms", "create", "backend", "--category", "ops"])
        .code(2)
        .stderr_has(&["room \"backend\" already exists in pool default"]);
    srv.ok(&["rooms", "create", "frontend", "--category", "eng"]);
    srv.cli(&["rooms", "set", "frontend", "--rename", "backend"])
        .code(2)
        .stderr_has(&["room \"backend\" already exists"]);
    srv.ok(&["rooms", "delete", "frontend", "--yes"]);
    assert_eq!(srv.snapshot(), before);
    assert_eq!(room(&srv, "backend")["category"], "eng");
}

#[test]
fn duplicate_category_name_is_refused() {
    let srv = contoso();
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    let before = srv.snapshot();
    srv.cli(&["categories", "create", "eng", "--allow", "ou:contoso"])
        .code(2)
        .stderr_has(&["category \"eng\" already exists in pool default"]);
    assert_eq!(srv.snapshot(), before);
    assert_eq!(srv.json(&["categories", "show", "eng"])["allowed_members"], json!(["ou:contoso/eng"]));
}

#[test]
fn room_named_like_a_category_is_refused() {
    let srv = contoso_with_backend();
    let before = srv.snapshot();
    srv.cli(&["rooms", "create", "eng", "--category", "eng"])
        .code(2)
        .stderr_has(&["\"eng\" is the name of a category in pool default"]);
    srv.cli(&["rooms", "set", "backend", "--rename", "eng"]).code(2).stderr_has(&["name of a category"]);
    // And the other way round: a category may not take a room's name.
    srv.cli(&["categories", "create", "backend", "--allow", "ou:contoso"])
        .code(2)
        .stderr_has(&["a room named \"backend\" exists in pool default"]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn unknown_principal_is_refused() {
    let srv = contoso_with_backend();
    let before = srv.snapshot();
    srv.cli(&["rooms", "create", "frontend", "--category", "eng", "--member", "sip:nobody@contoso.com"])
        .code(2)
        .stderr_has(&["unknown principal sip:nobody@contoso.com", "no such user in the directory"]);
    srv.cli(&["rooms", "members", "add", "backend", "group:ghosts"])
        .code(2)
        .stderr_has(&["unknown principal group:ghosts"]);
    srv.cli(&["categories", "create", "ops", "--allow", "ou:contoso/nowhere"])
        .code(2)
        .stderr_has(&["unknown principal ou:contoso/nowhere"]);
    srv.cli(&["directory", "groups", "create", "ghosts", "--member", "sip:nobody@contoso.com"])
        .code(2)
        .stderr_has(&["sip:nobody@contoso.com"]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn malformed_principal_is_refused() {
    let srv = contoso_with_backend();
    srv.ok(&["policies", "create", "tag:chatters", "--enabled"]);
    let before = srv.snapshot();
    // Parsed by the CLI: a usage error that names the value.
    srv.cli(&["rooms", "create", "frontend", "--category", "eng", "--member", "alice"]).code(2).stderr_has(&[
        "malformed principal \"alice\"",
        "--member",
        "sip:USER@DOMAIN",
    ]);
    srv.cli(&["rooms", "members", "add", "backend", "sip:alice"])
        .code(2)
        .stderr_has(&["malformed principal \"sip:alice\""]);
    srv.cli(&["categories", "create", "ops", "--allow", "ou:"]).code(2).stderr_has(&["malformed principal \"ou:\""]);
    // Checked by the server.
    srv.cli(&["policies", "grant", "tag:chatters", "alice"]).code(2).stderr_has(&["\"alice\" is not a user SIP URI"]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn group_cycle_is_refused() {
    let srv = contoso();
    srv.ok(&["directory", "groups", "create", "inner", "--member", ALICE]);
    srv.ok(&["directory", "groups", "create", "outer", "--member", "group:inner"]);
    let before = srv.snapshot();
    srv.cli(&["directory", "groups", "set", "inner", "--member", "group:outer"])
        .code(2)
        .stderr_has(&["group inner cannot contain group:outer", "cycle"]);
    srv.cli(&["directory", "groups", "set", "inner", "--member", "group:inner"]).code(2).stderr_has(&["cycle"]);
    assert_eq!(srv.snapshot(), before);
    assert_eq!(srv.json(&["directory", "groups", "show", "inner"])["members"], json!([ALICE]));
}

#[test]
fn stale_revision_is_a_conflict() {
    let srv = contoso_with_backend();
    assert_eq!(room(&srv, "backend")["revision"], 1);
    srv.ok(&["rooms", "set", "backend", "--description", "first"]);
    srv.cli(&["rooms", "set", "backend", "--description", "second", "--if-revision", "1"])
        .code(5)
        .stderr_has(&["room \"backend\" is at revision 2, not 1"]);
    let now = room(&srv, "backend");
    assert_eq!(now["description"], "first");
    assert_eq!(now["revision"], 2);
    // The current revision goes through.
    let ok = srv.json(&["rooms", "set", "backend", "--description", "second", "--if-revision", "2"]);
    assert_eq!(ok["description"], "second");
    assert_eq!(ok["revision"], 3);
    // `pchat api` sends the same precondition for scripts.
    let body = r#"{"category": "eng", "description": "third"}"#;
    srv.cli(&["api", "PATCH", "/v1/rooms/backend", body, "--if-match", "2"])
        .code(5)
        .stderr_has(&["room \"backend\" is at revision 3, not 2"]);
    assert_eq!(room(&srv, "backend")["description"], "second");
    srv.ok(&["api", "PATCH", "/v1/rooms/backend", body, "--if-match", "3"]);
    assert_eq!(room(&srv, "backend")["revision"], 4);
}

#[test]
fn missing_token_is_refused() {
    let srv = contoso_with_backend();
    let before = srv.snapshot();
    srv.cli_anon(&["rooms", "list"]).code(1).stderr_has(&["needs a bearer token"]);
    srv.cli_anon(&["rooms", "create", "frontend", "--category", "eng"]).code(1).stderr_has(&["needs a bearer token"]);
    assert_eq!(srv.snapshot(), before);
    srv.cli_as("pchat_not_a_real_token", &["rooms", "list"]).code(1).stderr_has(&["the token is not valid"]);
    // No server at all is a usage problem.
    cli_bare(&["rooms", "list"]).code(2).stderr_has(&["no server given", "--server"]);
}

#[test]
fn revoked_token_is_refused() {
    let srv = contoso_with_backend();
    let created = srv.json(&["tokens", "create", "--role", "admin", "--description", "to revoke"]);
    let (secret, id) = (created["token"].as_str().unwrap().to_string(), created["id"].as_i64().unwrap().to_string());
    srv.cli_as(&secret, &["rooms", "list"]).success();
    srv.ok(&["tokens", "revoke", &id, "--yes"]);
    let before = srv.snapshot();
    srv.cli_as(&secret, &["rooms", "list"]).code(1).stderr_has(&["the token has been revoked"]);
    srv.cli_as(&secret, &["rooms", "delete", "backend", "--yes"]).code(1).stderr_has(&["revoked"]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn user_token_on_an_admin_call_is_forbidden() {
    let srv = contoso_with_backend();
    let alice = srv.user_token(ALICE);
    let before = srv.snapshot();
    srv.cli_as(&alice, &["categories", "create", "ops", "--allow", "ou:contoso"])
        .code(1)
        .stderr_has(&["needs an administrator token", "role user"]);
    srv.cli_as(&alice, &["directory", "users", "create", "sip:eve@contoso.com", "--ou", "contoso/eng", "--site", "x"])
        .code(1)
        .stderr_has(&["administrator"]);
    srv.cli_as(&alice, &["addins", "create", "wiki", "--url", "https://wiki.contoso.com"])
        .code(1)
        .stderr_has(&["administrator"]);
    srv.cli_as(&alice, &["tokens", "list"]).code(1).stderr_has(&["administrator"]);
    srv.cli_as(&alice, &["tokens", "create", "--role", "admin"]).code(1).stderr_has(&["administrator"]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn unreachable_server_is_named() {
    let srv = TestServer::start();
    let out = srv.cli(&["--server", "http://127.0.0.1:1", "rooms", "list"]).code(1);
    out.stderr_has(&["cannot reach the pchat server at http://127.0.0.1:1"]);
    cli_bare(&["--server", "ftp://127.0.0.1:1", "rooms", "list"])
        .code(2)
        .stderr_has(&["ftp://127.0.0.1:1", "is not a server address"]);
}

#[test]
fn destructive_commands_need_yes_when_stdin_is_not_a_terminal() {
    let srv = contoso_with_backend();
    srv.ok(&["categories", "create", "empty", "--allow", "ou:contoso"]);
    srv.ok(&["addins", "create", "wiki", "--url", "https://wiki.contoso.com"]);
    srv.ok(&["directory", "groups", "create", "leads", "--member", ALICE]);
    let token = srv.json(&["tokens", "create", "--role", "user", "--owner", ALICE]);
    let (secret, id) = (token["token"].as_str().unwrap().to_string(), token["id"].as_i64().unwrap().to_string());
    let before = srv.snapshot();
    for args in [
        &["rooms", "delete", "backend"][..],
        &["categories", "delete", "empty"][..],
        &["addins", "delete", "wiki"][..],
        &["directory", "users", "delete", BOB][..],
        &["directory", "groups", "delete", "leads"][..],
        &["policies", "delete", "global"][..],
        &["tokens", "revoke", &id][..],
    ] {
        srv.cli(args).code(2).stderr_has(&["without confirmation: stdin is not a terminal; pass --yes"]);
    }
    assert_eq!(srv.snapshot(), before);
    srv.cli_as(&secret, &["rooms", "list"]).success();
}

// ---------------------------------------------------------------------------------------
// Visibility and user-role rules

#[test]
fn secret_rooms_are_invisible_to_non_members() {
    let srv = contoso();
    srv.ok(&["directory", "groups", "create", "insiders", "--member", DAVE]);
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    srv.ok(&["categories", "create", "sales", "--allow", "ou:contoso/sales"]);
    srv.ok(&[
        "rooms",
        "create",
        "hush",
        "--category",
        "eng",
        "--privacy",
        "secret",
        "--member",
        ALICE,
        "--member",
        "group:insiders",
    ]);
    srv.ok(&["rooms", "create", "lobby", "--category", "eng", "--privacy", "open"]);
    srv.ok(&["rooms", "create", "standup", "--category", "eng", "--privacy", "closed", "--member", ALICE]);
    srv.ok(&["rooms", "create", "deals", "--category", "sales", "--privacy", "open"]);

    // carol is in eng's scope but no member of hush.
    let carol = srv.user_token(CAROL);
    assert_eq!(srv.room_names_as(&carol, &[]), sorted(&["lobby", "standup"]));
    assert_eq!(srv.room_names_as(&carol, &["--privacy", "secret"]), Vec::<String>::new());
    let hidden = srv.cli_as(&carol, &["rooms", "show", "hush"]).code(6);
    let missing = srv.cli_as(&carol, &["rooms", "show", "no-such-room"]).code(6);
    assert!(hidden.stderr.contains("room \"hush\" does not exist"), "{hidden}");
    assert_eq!(
        hidden.stderr.replace("hush", "NAME"),
        missing.stderr.replace("no-such-room", "NAME"),
        "a secret room must look exactly like a room that does not exist"
    );
    srv.cli_as(&carol, &["rooms", "members", "list", "hush"]).code(6).stderr_has(&["room \"hush\" does not exist"]);
    srv.cli_as(&carol, &["rooms", "show", "deals"]).code(6).stderr_has(&["room \"deals\" does not exist"]);
    assert_eq!(srv.cli_as(&carol, &["rooms", "show", "lobby", "-o", "json"]).success().json()["name"], "lobby");

    // Members see it: directly, and through a group.
    let alice = srv.user_token(ALICE);
    assert_eq!(srv.room_names_as(&alice, &[]), sorted(&["hush", "lobby", "standup"]));
    assert_eq!(srv.cli_as(&alice, &["rooms", "show", "hush", "-o", "json"]).success().json()["privacy"], "secret");
    let dave = srv.user_token(DAVE);
    assert_eq!(srv.room_names_as(&dave, &[]), sorted(&["hush", "lobby", "standup"]));

    // bob (sales) sees only the sales room.
    let bob = srv.user_token(BOB);
    assert_eq!(srv.room_names_as(&bob, &[]), sorted(&["deals"]));
    // The administrator sees everything.
    assert_eq!(srv.room_names(&[]), sorted(&["deals", "hush", "lobby", "standup"]));

    // Denied beats allowed: carol no longer sees the open room of a category that denies her.
    srv.ok(&["categories", "create", "eng-core", "--allow", "ou:contoso/eng", "--deny", CAROL]);
    srv.ok(&["rooms", "create", "core", "--category", "eng-core", "--privacy", "open"]);
    assert_eq!(srv.room_names_as(&carol, &[]), sorted(&["lobby", "standup"]));
    assert_eq!(srv.room_names_as(&alice, &["--category", "eng-core"]), sorted(&["core"]));

    // A creator who picks the hidden room's name is told only that the name is taken.
    srv.ok(&["categories", "set", "eng", "--creator", CAROL]);
    let before = srv.snapshot();
    let taken = srv.cli_as(&carol, &["rooms", "create", "hush", "--category", "eng"]).code(2);
    let taken = taken.stderr_has(&["the room name \"hush\" is not available in pool default; choose another"]);
    for secret in ["secret", ALICE, "insiders"] {
        assert!(!taken.stderr.contains(secret), "nothing about the hidden room leaks ({secret}):\n{taken}");
    }
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn creators_create_rooms_and_managers_change_but_cannot_delete() {
    let srv = contoso();
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng", "--creator", CAROL]);
    let carol = srv.user_token(CAROL);
    let created = srv
        .cli_as(&carol, &["rooms", "create", "carols", "--category", "eng", "--member", ALICE, "-o", "json"])
        .success()
        .json();
    assert_eq!(created["managers"], json!([CAROL]), "a creator becomes the manager of the room they create");
    assert_eq!(created["members"], json!([ALICE]));

    // In scope but not a creator: refused.
    let alice = srv.user_token(ALICE);
    let before = srv.snapshot();
    srv.cli_as(&alice, &["rooms", "create", "alices", "--category", "eng"])
        .code(1)
        .stderr_has(&["only administrators and creators of category \"eng\" can create rooms"]);
    assert_eq!(srv.snapshot(), before);

    // A manager changes the description...
    srv.ok(&["rooms", "create", "managed", "--category", "eng", "--manager", DAVE, "--member", ALICE]);
    let dave = srv.user_token(DAVE);
    let changed =
        srv.cli_as(&dave, &["rooms", "set", "managed", "--description", "set by dave", "-o", "json"]).success().json();
    assert_eq!(changed["description"], "set by dave");
    assert_eq!(room(&srv, "managed")["description"], "set by dave");
    // ...and may disable it, but may not delete it.
    let before = srv.snapshot();
    srv.cli_as(&dave, &["rooms", "delete", "managed", "--yes"])
        .code(1)
        .stderr_has(&["only administrators can delete rooms"]);
    assert_eq!(srv.snapshot(), before);
    // A member who is no manager may not change it.
    srv.cli_as(&alice, &["rooms", "set", "managed", "--description", "set by alice"])
        .code(1)
        .stderr_has(&["only administrators and managers of room \"managed\" can change it"]);
    assert_eq!(room(&srv, "managed")["description"], "set by dave");
    srv.cli_as(&dave, &["rooms", "disable", "managed"]).success();
    assert_eq!(room(&srv, "managed")["disabled"], true);

    // Creators stay inside the scope: narrowing it past a creator is refused until the
    // creators change too.
    let before = srv.snapshot();
    srv.cli(&["categories", "set", "eng", "--deny", CAROL])
        .code(2)
        .stderr_has(&[&format!("creator {CAROL} would be outside the scope of category \"eng\""), "--no-creators"]);
    assert_eq!(srv.snapshot(), before);
    let narrowed = srv.json(&["categories", "set", "eng", "--deny", CAROL, "--no-creators"]);
    assert_eq!(narrowed["creators"], json!([]), "{narrowed}");
}

#[test]
fn directory_changes_keep_rooms_inside_their_scope() {
    let srv = contoso();
    srv.ok(&["directory", "groups", "create", "leads", "--member", DAVE]);
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    srv.ok(&[
        "rooms",
        "create",
        "backend",
        "--category",
        "eng",
        "--member",
        ALICE,
        "--member",
        CAROL,
        "--member",
        "group:leads",
        "--manager",
        DAVE,
    ]);
    srv.ok(&["rooms", "create", "standup", "--category", "eng", "--member", CAROL]);
    let revision = room(&srv, "backend")["revision"].as_i64().unwrap();

    // A user moved out of the category's OU leaves every room of it, and is told so.
    srv.ok(&["directory", "users", "set", CAROL, "--ou", "contoso/sales"]).stderr_has(&[
        &format!("dropped member {CAROL} from room backend: outside the scope of category \"eng\""),
        &format!("dropped member {CAROL} from room standup"),
    ]);
    assert_eq!(room(&srv, "backend")["members"], json!([ALICE, "group:leads"]));
    assert_eq!(room(&srv, "standup")["members"], json!([]));
    assert_eq!(room(&srv, "backend")["revision"].as_i64(), Some(revision + 1), "the room's revision moves");

    // A group that now holds someone outside the scope is no longer inside it.
    srv.ok(&["directory", "groups", "set", "leads", "--member", BOB])
        .stderr_has(&["dropped member group:leads from room backend: outside the scope"]);
    assert_eq!(room(&srv, "backend")["members"], json!([ALICE]));

    // A deleted user leaves every room that listed them; scripts see it in the answer.
    srv.ok(&["directory", "users", "delete", ALICE, "--yes"])
        .stderr_has(&[&format!("dropped member {ALICE} from room backend: no longer in the directory")]);
    let deleted = srv.json(&["directory", "users", "delete", DAVE, "--yes"]);
    assert_eq!(deleted["deleted"], DAVE, "{deleted}");
    assert_eq!(deleted["dropped"][0]["principal"], DAVE, "{deleted}");
    assert_eq!(deleted["dropped"][0]["role"], "manager", "{deleted}");
    let backend = room(&srv, "backend");
    assert_eq!((&backend["members"], &backend["managers"]), (&json!([]), &json!([])), "{backend}");
    // And the room is still an ordinary room to change.
    srv.ok(&["rooms", "set", "backend", "--description", "after the reorganisation"]);
}

#[test]
fn moving_a_room_drops_members_outside_the_new_scope() {
    // In-scope entries here are an OU and a group; users listed directly are covered by
    // a test left out of this file until the engine loads them (see the report).
    let srv = contoso();
    srv.ok(&["directory", "groups", "create", "web", "--member", CAROL]);
    srv.ok(&["categories", "create", "all", "--allow", "ou:contoso"]);
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    srv.ok(&[
        "rooms",
        "create",
        "mixed",
        "--category",
        "all",
        "--member",
        "ou:contoso/eng",
        "--member",
        BOB,
        "--manager",
        BOB,
    ]);
    srv.ok(&[
        "rooms",
        "create",
        "mixed2",
        "--category",
        "all",
        "--member",
        "group:web",
        "--member",
        BOB,
        "--member",
        "ou:contoso/sales",
    ]);

    // People: a note per dropped entry on stderr.
    let out = srv.ok(&["rooms", "set", "mixed", "--category", "eng"]);
    assert_eq!(out.stdout.trim(), "changed room mixed (revision 2)", "{out}");
    let out = out.stderr_has(&[
        "dropped member sip:bob@contoso.com from room mixed",
        "dropped manager sip:bob@contoso.com from room mixed",
        "outside the scope of category \"eng\"",
    ]);
    assert!(!out.stderr.contains("dropped member ou:contoso/eng"), "the OU inside the new scope stays: {out}");
    let moved = room(&srv, "mixed");
    assert_eq!(moved["category"], "eng");
    assert_eq!(moved["members"], json!(["ou:contoso/eng"]));
    assert_eq!(moved["managers"], json!([]));

    // Scripts: a "dropped" list in the JSON.
    let written = srv.json(&["rooms", "set", "mixed2", "--category", "eng"]);
    assert_eq!(written["category"], "eng");
    assert_eq!(written["members"], json!(["group:web"]));
    let mut dropped: Vec<(String, String, String)> = written["dropped"]
        .as_array()
        .unwrap_or_else(|| panic!("no dropped list: {written}"))
        .iter()
        .map(|d| {
            (
                d["room"].as_str().unwrap().into(),
                d["role"].as_str().unwrap().into(),
                d["principal"].as_str().unwrap().into(),
            )
        })
        .collect();
    dropped.sort();
    let entry = |p: &str| ("mixed2".to_string(), "member".to_string(), p.to_string());
    assert_eq!(dropped, vec![entry("ou:contoso/sales"), entry(BOB)], "{written}");
    assert_eq!(room(&srv, "mixed2")["members"], json!(["group:web"]));
}

// ---------------------------------------------------------------------------------------
// Embedded mode, the dev server, health and shutdown

#[test]
fn embedded_mode_keeps_its_file_between_invocations() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e.db");
    let server = format!("embedded:{}", db.display());
    let embedded = |args: &[&str]| {
        let mut all = vec!["--server", server.as_str()];
        all.extend_from_slice(args);
        cli_bare(&all)
    };
    embedded(&["directory", "users", "create", ALICE, "--ou", "contoso/eng", "--site", "redmond"]).success();
    let out = embedded(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]).success();
    assert_eq!(out.stdout.trim(), "created category eng in pool default", "{out}");
    embedded(&["rooms", "create", "backend", "--category", "eng", "--member", ALICE]).success();
    assert!(db.exists(), "the embedded store is a file at {}", db.display());

    let rooms = embedded(&["rooms", "list", "-o", "json"]).success().json();
    assert_eq!(names(&rooms), sorted(&["backend"]));
    assert_eq!(rooms[0]["members"], json!([ALICE]));
    // PCHAT_SERVER works as well, and rules apply as on a remote server.
    let mut cmd = pchat();
    cmd.env("PCHAT_SERVER", &server);
    let out = run(cmd, &["categories", "list", "-o", "json"]).success();
    assert_eq!(names(&out.json()), sorted(&["eng"]));
    embedded(&["rooms", "create", "backend", "--category", "eng"]).code(2).stderr_has(&["already exists"]);
}

#[test]
fn dev_server_prints_a_token_answers_health_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("dev.log");
    let mut dev = spawn_server(&["server", "--dev", "--listen", "127.0.0.1:0"], &log);
    let banner = dev.banner.join("\n");
    let token = dev
        .banner
        .iter()
        .find_map(|l| l.strip_prefix("administrator token: "))
        .unwrap_or_else(|| panic!("no administrator token line in:\n{banner}"))
        .trim()
        .to_string();
    assert!(token.starts_with("pchat_"), "{banner}");
    let export = dev
        .banner
        .iter()
        .find_map(|l| l.strip_prefix("export "))
        .unwrap_or_else(|| panic!("no export line in:\n{banner}"));
    let url = format!("http://{}", dev.addr);
    assert_eq!(export.trim(), format!("PCHAT_SERVER={url} PCHAT_TOKEN={token}"), "{banner}");
    let store_file = dev.banner[0]
        .split_once("(sqlite://")
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(path, _)| std::path::PathBuf::from(path))
        .unwrap_or_else(|| panic!("the first line should name the temporary store:\n{banner}"));
    assert!(store_file.exists(), "{}", store_file.display());

    // The printed values work as they are.
    let with_env = |args: &[&str]| {
        let mut cmd = pchat();
        cmd.env("PCHAT_SERVER", &url).env("PCHAT_TOKEN", &token);
        run(cmd, args)
    };
    assert_eq!(with_env(&["rooms", "list", "-o", "json"]).success().json(), json!([]));
    with_env(&["directory", "users", "create", ALICE, "--ou", "contoso/eng", "--site", "redmond"]).success();
    with_env(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]).success();

    let (status, body) = http_get(dev.addr, "/healthz");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("ok"), "{body}");
    let (status, body) = http_get(dev.addr, "/readyz");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("ready"), "{body}");
    let (status, body) = http_get(dev.addr, "/v1/rooms");
    assert_eq!(status, 401, "the API needs a token: {body}");

    sigterm(&dev.child);
    let started = Instant::now();
    let status = wait_for(&mut dev.child, Duration::from_secs(10));
    let Some(status) = status else {
        let _ = dev.child.kill();
        let _ = dev.child.wait();
        panic!(
            "the dev server did not stop within 10s of SIGTERM\n{}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
    };
    assert!(
        status.success(),
        "SIGTERM is a clean stop, not {status}\n{}",
        std::fs::read_to_string(&log).unwrap_or_default()
    );
    assert!(started.elapsed() < Duration::from_secs(5), "shutdown took {:?}", started.elapsed());
    assert!(!store_file.exists(), "the dev store {} should be deleted when the server stops", store_file.display());
}

#[test]
fn server_stops_cleanly_on_sigterm_and_keeps_its_data() {
    let mut srv = contoso_with_backend();
    let (status, _) = http_get(srv.addr, "/readyz");
    assert_eq!(status, 200);
    let old_addr = srv.addr;
    // restart() asserts that SIGTERM stops the first process with success.
    srv.restart();
    let (status, _) = http_get(srv.addr, "/readyz");
    assert_eq!(status, 200, "restarted on {} (was {old_addr})", srv.addr);
    // The administrator token and the data live in the store, not in the process.
    assert_eq!(srv.room_names(&[]), sorted(&["backend"]));
    assert_eq!(room(&srv, "backend")["members"], json!([ALICE]));
    let status = srv.terminate(Duration::from_secs(10)).expect("stopped within 10s of SIGTERM");
    assert!(status.success(), "{status}");
    srv.cli(&["rooms", "list"]).code(1).stderr_has(&["cannot reach the pchat server"]);
}

#[test]
fn readyz_says_when_the_schema_is_not_current() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("empty.db").display());
    let mut spawned = spawn_server(
        &["server", "--listen", "127.0.0.1:0", "--database", &database, "--no-migrate"],
        &dir.path().join("server.log"),
    );
    let (alive, _) = http_get(spawned.addr, "/healthz");
    let (status, body) = http_get(spawned.addr, "/readyz");
    sigterm(&spawned.child);
    wait_for(&mut spawned.child, Duration::from_secs(10)).expect("stopped within 10s of SIGTERM");
    assert_eq!(alive, 200, "alive even when not ready");
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("schema version 0"), "{body}");
}

// ---------------------------------------------------------------------------------------
// The same core flow on each store

fn core_flow(srv: &TestServer) {
    srv.user(ALICE, "contoso/eng");
    srv.user(BOB, "contoso/sales");
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    srv.ok(&["rooms", "create", "backend", "--category", "eng", "--member", ALICE, "--privacy", "secret"]);
    srv.ok(&["rooms", "create", "frontend", "--category", "eng", "--privacy", "open"]);
    assert_eq!(srv.room_names(&[]), sorted(&["backend", "frontend"]));
    let before = srv.snapshot();
    srv.cli(&["rooms", "members", "add", "backend", BOB]).code(2).stderr_has(&[BOB, "category \"eng\""]);
    srv.cli(&["rooms", "set", "backend", "--description", "x", "--if-revision", "7"]).code(5);
    assert_eq!(srv.snapshot(), before);
    let bob = srv.user_token(BOB);
    assert_eq!(srv.room_names_as(&bob, &[]), Vec::<String>::new());
    let alice = srv.user_token(ALICE);
    assert_eq!(srv.room_names_as(&alice, &[]), sorted(&["backend", "frontend"]));
}

#[test]
fn core_flow_on_sqlite() {
    let srv = TestServer::start();
    core_flow(&srv);
}

#[test]
#[ignore = "PostgreSQL: set PCHAT_TEST_POSTGRES and pass --include-ignored (bash .ci/run does both)"]
fn core_flow_on_postgres() {
    let Some(srv) = TestServer::start_postgres() else { return };
    core_flow(&srv);
}

#[test]
fn moving_a_room_keeps_users_inside_the_new_scope() {
    let srv = contoso();
    srv.ok(&["categories", "create", "all", "--allow", "ou:contoso"]);
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    srv.ok(&["rooms", "create", "mixed", "--category", "all", "--member", ALICE, "--member", BOB, "--manager", BOB]);
    let out = srv.ok(&["rooms", "set", "mixed", "--category", "eng"]);
    assert!(!out.stderr.contains(ALICE), "alice stays: {out}");
    assert_eq!(room(&srv, "mixed")["members"], json!([ALICE]));
}

#[test]
fn changing_a_category_scope_keeps_users_still_inside_it() {
    let srv = contoso();
    srv.user("sip:zed@contoso.com", "contoso/eng");
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso/eng"]);
    srv.ok(&[
        "rooms",
        "create",
        "backend",
        "--category",
        "eng",
        "--member",
        ALICE,
        "--member",
        "sip:zed@contoso.com",
        "--manager",
        DAVE,
    ]);
    let written = srv.json(&["categories", "set", "eng", "--deny", "sip:zed@contoso.com"]);
    let dropped: Vec<&str> = written["dropped"]
        .as_array()
        .map(|d| d.iter().map(|e| e["principal"].as_str().unwrap()).collect())
        .unwrap_or_default();
    assert_eq!(dropped, vec!["sip:zed@contoso.com"], "{written}");
    assert_eq!(room(&srv, "backend")["members"], json!([ALICE]));
    assert_eq!(room(&srv, "backend")["managers"], json!([DAVE]));
}

#[test]
fn embedded_without_a_path_is_a_usage_error() {
    cli_bare(&["--server", "embedded:", "rooms", "list"]).code(2).stderr_has(&["embedded: needs a file path"]);
}

// The same tests again on PostgreSQL (CI sets PCHAT_TEST_POSTGRES).
crate::support::also_on_postgres!(
    directory_users_and_groups_create_show_set,
    directory_import_users_and_groups_from_csv,
    directory_import_with_a_bad_row_changes_nothing,
    categories_create_with_every_flag_list_and_show,
    rooms_create_with_every_flag_show_and_list_formats,
    rooms_set_disable_enable_and_delete,
    rooms_members_list_add_remove,
    rooms_list_filters,
    addins_create_list_show,
    policies_create_grant_effective,
    policy_grants_change_and_count_only_the_users_whose_grant_changes,
    policy_grant_refusals_name_the_fields_of_the_body,
    a_token_is_revoked_once,
    config_show_and_set_at_each_scope,
    tokens_create_list_revoke,
    tokens_minted_by_the_server_command_work,
    every_list_pages_with_a_cursor,
    unknown_category_is_refused,
    room_name_over_256_characters_is_refused,
    member_outside_the_category_scope_is_refused,
    presenters_on_a_normal_room_are_refused,
    deleting_a_category_that_holds_rooms_is_refused,
    addin_url_that_is_not_http_is_refused,
    addin_limits_and_duplicate_names_are_refused,
    duplicate_room_name_is_refused,
    duplicate_category_name_is_refused,
    room_named_like_a_category_is_refused,
    unknown_principal_is_refused,
    malformed_principal_is_refused,
    group_cycle_is_refused,
    stale_revision_is_a_conflict,
    missing_token_is_refused,
    revoked_token_is_refused,
    user_token_on_an_admin_call_is_forbidden,
    secret_rooms_are_invisible_to_non_members,
    creators_create_rooms_and_managers_change_but_cannot_delete,
    moving_a_room_drops_members_outside_the_new_scope,
    directory_changes_keep_rooms_inside_their_scope,
    moving_a_room_keeps_users_inside_the_new_scope,
    changing_a_category_scope_keeps_users_still_inside_it,
);
