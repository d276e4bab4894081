//! Export → edit → apply as a loop, CSV room lists through the plan/apply path, and the
//! Contoso example of `examples/contoso/` (what `examples/quickstart.sh` applies): the real
//! binary against real servers.
#![cfg(all(feature = "server", feature = "client", feature = "sqlite"))]

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{json, Value};

use crate::support::{cli_bare, names, sorted, TestServer};

const ALICE: &str = "sip:alice@contoso.com";
const BOB: &str = "sip:bob@contoso.com";
const DAVE: &str = "sip:dave@contoso.com";
const ERIN: &str = "sip:erin@contoso.com";

/// A small organisation as a plan: labels, nested groups whose container sorts before the
/// group it holds, add-ins and categories in two pools, rooms of every kind of field.
const FIXTURE: &str = r#"
apiVersion: pchat/v1
kind: User
metadata: { name: "sip:alice@contoso.com", labels: { team: core } }
spec: { displayName: Alice Archer, ou: contoso/eng, site: redmond }
---
apiVersion: pchat/v1
kind: User
metadata: { name: "sip:bob@contoso.com" }
spec: { displayName: Bob Baker, ou: contoso/eng/web, site: redmond }
---
apiVersion: pchat/v1
kind: User
metadata: { name: "sip:dave@contoso.com" }
spec: { ou: contoso/sales, site: dublin }
---
apiVersion: pchat/v1
kind: User
metadata: { name: "sip:erin@contoso.com" }
spec: { displayName: Erin Evans, ou: contoso/sales, site: dublin, enabled: false }
---
apiVersion: pchat/v1
kind: Group
metadata: { name: all-staff }
spec: { description: Everyone, members: ["group:leads", "ou:contoso/sales"] }
---
apiVersion: pchat/v1
kind: Group
metadata: { name: leads }
spec: { members: ["sip:alice@contoso.com"] }
---
apiVersion: pchat/v1
kind: Addin
metadata: { name: wiki }
spec: { url: "https://wiki.contoso.com/chat" }
---
apiVersion: pchat/v1
kind: Addin
metadata: { name: crm }
spec: { url: "https://crm.contoso.com/room", pool: emea }
---
apiVersion: pchat/v1
kind: Category
metadata: { name: eng, labels: { cost-center: "4410" } }
spec:
  description: Engineering
  allowedMembers: ["ou:contoso/eng", "group:leads"]
  creators: ["group:leads"]
  fileUpload: true
---
apiVersion: pchat/v1
kind: Category
metadata: { name: sales }
spec:
  pool: emea
  allowedMembers: ["ou:contoso/sales"]
  deniedMembers: ["sip:erin@contoso.com"]
  invitations: true
  chatHistory: false
---
apiVersion: pchat/v1
kind: Room
metadata: { name: backend, labels: { tier: "1" } }
spec:
  category: eng
  description: APIs
  addin: wiki
  members: ["group:leads", "sip:bob@contoso.com"]
  managers: ["sip:alice@contoso.com"]
---
apiVersion: pchat/v1
kind: Room
metadata: { name: town-hall }
spec:
  category: eng
  type: auditorium
  privacy: open
  members: ["ou:contoso/eng"]
  presenters: ["sip:alice@contoso.com"]
---
apiVersion: pchat/v1
kind: Room
metadata: { name: secrets }
spec: { category: eng, privacy: secret, disabled: true, invitations: "false", members: ["group:leads"] }
---
apiVersion: pchat/v1
kind: Room
metadata: { name: deals }
spec: { category: sales, privacy: open, addin: crm, members: ["ou:contoso/sales"], managers: ["sip:dave@contoso.com"] }
---
apiVersion: pchat/v1
kind: Room
metadata: { name: pipeline }
spec: { category: sales, type: auditorium, privacy: secret, presenters: ["sip:dave@contoso.com"] }
"#;

/// A server holding FIXTURE, plus objects made by hand (no managed-by label): a room, a
/// tag policy granted to two users, a chat configuration value.
fn provisioned() -> TestServer {
    let srv = TestServer::start();
    let plan = srv.write_file("fixture.yaml", FIXTURE);
    srv.ok(&["apply", "-f", path(&plan), "--yes"]).stderr_has(&["Apply complete: 15 added"]);
    srv.ok(&["rooms", "create", "adhoc", "--category", "eng", "--privacy", "open", "--member", BOB]);
    srv.ok(&["policies", "create", "tag:chatters", "--enabled", "--description", "Pilot"]);
    srv.ok(&["policies", "grant", "tag:chatters", ALICE, DAVE]);
    srv.ok(&["config", "set", "--default-chat-history", "40"]);
    srv
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

/// Runs `NOUN export --out DIR` for each noun into one directory.
fn export_all(srv: &TestServer, dir: &Path, nouns: &[&str]) {
    for noun in nouns {
        srv.ok(&[noun, "export", "--out", path(dir)]);
    }
}

/// A list without what a server assigns (ids, revisions, timestamps), without the
/// managed-by label apply adds and without users' policy grants, to compare two servers'
/// objects.
fn comparable(list: Value) -> Value {
    let mut items = list.as_array().unwrap_or_else(|| panic!("expected an array: {list}")).clone();
    for item in &mut items {
        let obj = item.as_object_mut().expect("an object");
        // `policy` is a user's tag policy grant, which `policies export` carries.
        for key in ["id", "revision", "created_at", "updated_at", "policy"] {
            obj.remove(key);
        }
        if let Some(Value::Object(labels)) = obj.get_mut("labels") {
            labels.remove("pchat.io/managed-by");
            if labels.is_empty() {
                obj.remove("labels");
            }
        }
    }
    items.sort_by_key(|i| i.get("name").or_else(|| i.get("sip")).map(|v| v.to_string()).unwrap_or_default());
    Value::Array(items)
}

/// The documents of a YAML stream, as JSON values.
fn yaml_docs(text: &str) -> Vec<Value> {
    serde_yaml::Deserializer::from_str(text)
        .map(|d| Value::deserialize(d).unwrap_or_else(|e| panic!("not YAML ({e}):\n{text}")))
        .filter(|v| !v.is_null())
        .collect()
}

fn doc_names(docs: &[Value], kind: &str) -> Vec<String> {
    docs.iter()
        .filter(|d| d["kind"] == kind)
        .map(|d| d["metadata"]["name"].as_str().unwrap_or("?").to_string())
        .collect()
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

// ---------------------------------------------------------------------------------------
// Export

#[test]
fn a_fresh_export_plans_no_changes() {
    let srv = provisioned();
    let dir = srv.dir().join("export");
    export_all(&srv, &dir, &["directory", "categories", "rooms", "policies", "config"]);
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("the export directory")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "addins.yaml",
            "categories.yaml",
            "chat-config.yaml",
            "groups.yaml",
            "policies.yaml",
            "policy-grants.yaml",
            "rooms.yaml",
            "users.yaml"
        ]
    );

    let out = srv.cli(&["plan", "-f", path(&dir), "--detailed-exitcode"]).code(0);
    assert!(out.stdout.starts_with("No changes."), "{out}");

    // What the files hold: the managed-by label never, the add-ins rooms use, groups after
    // the groups they contain, names in order, defaults left out.
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).expect("an exported file");
    let all: String = files.iter().map(|f| read(f)).collect();
    assert!(!all.contains("pchat.io/managed-by"), "{all}");
    for f in &files {
        assert!(read(f).starts_with("---\napiVersion: pchat/v1\nkind: "), "{f}:\n{}", read(f));
    }
    let rooms = yaml_docs(&read("rooms.yaml"));
    assert_eq!(doc_names(&rooms, "Room"), ["adhoc", "backend", "deals", "pipeline", "secrets", "town-hall"]);
    let backend = rooms.iter().find(|d| d["metadata"]["name"] == "backend").expect("backend");
    assert_eq!(backend["metadata"]["labels"], json!({ "tier": "1" }));
    assert_eq!(backend["spec"]["addin"], "wiki");
    assert_eq!(backend["spec"]["members"], json!(["group:leads", BOB]));
    let secrets = rooms.iter().find(|d| d["metadata"]["name"] == "secrets").expect("secrets");
    assert_eq!(secrets["spec"]["invitations"], "false", "the word, not a boolean: {secrets}");
    assert_eq!(secrets["spec"]["disabled"], true);
    let adhoc = rooms.iter().find(|d| d["metadata"]["name"] == "adhoc").expect("adhoc");
    assert!(adhoc["metadata"].get("labels").is_none(), "{adhoc}");
    assert!(adhoc["spec"].get("disabled").is_none() && adhoc["spec"].get("managers").is_none(), "{adhoc}");
    assert_eq!(doc_names(&yaml_docs(&read("groups.yaml")), "Group"), ["leads", "all-staff"]);
    assert_eq!(doc_names(&yaml_docs(&read("addins.yaml")), "Addin"), ["crm", "wiki"]);
    let users = yaml_docs(&read("users.yaml"));
    assert_eq!(doc_names(&users, "User"), [ALICE, BOB, DAVE, ERIN]);
    assert_eq!(
        users[3]["spec"],
        json!({ "displayName": "Erin Evans", "ou": "contoso/sales", "site": "dublin", "enabled": false })
    );
    let grants = yaml_docs(&read("policy-grants.yaml"));
    assert_eq!(
        grants,
        [
            json!({ "apiVersion": "pchat/v1", "kind": "PolicyGrant", "metadata": { "name": "tag:chatters" }, "spec": { "policy": "tag:chatters", "users": [ALICE, DAVE] } })
        ]
    );
    let config = yaml_docs(&read("chat-config.yaml"));
    assert_eq!(config[0]["metadata"]["name"], "global");
    assert_eq!(config[0]["spec"], json!({ "defaultChatHistory": 40 }));

    // On stdout: the same documents as one stream; with -o json as one array.
    let stream = yaml_docs(&srv.ok(&["rooms", "export"]).stdout);
    assert_eq!(stream, rooms);
    let array = srv.json(&["rooms", "export"]);
    assert_eq!(array, Value::Array(rooms));

    // An edit shows up as exactly that edit.
    let edited = read("rooms.yaml").replace("description: APIs", "description: APIs and jobs");
    std::fs::write(dir.join("rooms.yaml"), edited).expect("editing the export");
    let out = srv.cli(&["plan", "-f", path(&dir), "--detailed-exitcode"]).code(3);
    assert!(
        out.stdout.contains("~ room backend") && out.stdout.contains("0 to add, 1 to change, 0 to destroy"),
        "{out}"
    );
}

#[test]
fn exports_applied_to_an_empty_server_reproduce_the_rooms() {
    let source = provisioned();
    let dir = source.dir().join("export");
    export_all(&source, &dir, &["directory", "categories", "rooms"]);

    let target = TestServer::start();
    assert_eq!(target.json(&["rooms", "list"]), json!([]));
    target.ok(&["apply", "-f", path(&dir), "--yes"]).stderr_has(&["Apply complete: 16 added, 0 changed, 0 destroyed."]);
    for list in [
        &["rooms", "list"][..],
        &["categories", "list"],
        &["addins", "list"],
        &["directory", "groups", "list"],
        &["directory", "users", "list"],
    ] {
        let (want, got) = (comparable(source.json(list)), comparable(target.json(list)));
        assert_eq!(got, want, "`{}` differs", list.join(" "));
    }
    assert_eq!(target.room_names(&[]).len(), 6);
    let out = target.cli(&["plan", "-f", path(&dir), "--detailed-exitcode"]).code(0);
    assert!(out.stdout.starts_with("No changes."), "{out}");
    // The source's own plan is satisfied by the copy as well.
    let fixture = target.write_file("fixture.yaml", FIXTURE);
    let out = target.cli(&["plan", "-f", path(&fixture), "--detailed-exitcode"]).code(0);
    assert!(out.stdout.starts_with("No changes."), "{out}");
}

#[test]
fn rooms_export_filters() {
    let srv = provisioned();
    let exported = |filters: &[&str]| -> Vec<String> {
        let mut args = vec!["rooms", "export"];
        args.extend_from_slice(filters);
        let docs = yaml_docs(&srv.ok(&args).stdout);
        assert!(docs.iter().all(|d| d["kind"] == "Room" && d["apiVersion"] == "pchat/v1"), "{docs:?}");
        doc_names(&docs, "Room")
    };
    assert_eq!(exported(&["--category", "sales"]), ["deals", "pipeline"]);
    assert_eq!(exported(&["--pool", "emea"]), ["deals", "pipeline"]);
    assert_eq!(exported(&["--pool", "default"]), ["adhoc", "backend", "secrets", "town-hall"]);
    assert_eq!(exported(&["--name", "*e*s"]), ["deals", "secrets"]);
    assert_eq!(exported(&["--privacy", "open"]), ["adhoc", "deals", "town-hall"]);
    assert_eq!(exported(&["--privacy", "secret", "--category", "eng"]), ["secrets"]);
    let none = srv.ok(&["rooms", "export", "--name", "nothing*"]);
    assert_eq!(none.stdout, "", "{none}");
    assert!(none.stderr.contains("nothing to export"), "{none}");
    assert_eq!(srv.json(&["rooms", "export", "--name", "nothing*"]), json!([]));

    // A filtered export is a partial plan: it changes nothing, and prunes nothing unasked.
    let dir = srv.dir().join("sales");
    srv.ok(&["rooms", "export", "--category", "sales", "--out", path(&dir)]);
    let out = srv.cli(&["plan", "-f", path(&dir), "--detailed-exitcode"]).code(0);
    assert!(out.stdout.starts_with("No changes."), "{out}");
    // Categories export filters its categories and pools.
    let cats = yaml_docs(&srv.ok(&["categories", "export", "--pool", "emea"]).stdout);
    assert_eq!(doc_names(&cats, "Category"), ["sales"]);
    assert_eq!(doc_names(&cats, "Addin"), ["crm"]);
    let cats = yaml_docs(&srv.ok(&["categories", "export", "--name", "e*"]).stdout);
    assert_eq!(doc_names(&cats, "Category"), ["eng"]);
}

// ---------------------------------------------------------------------------------------
// CSV room lists

const ROOMS_CSV: &str = "\
Name,Category,Privacy,Type,Description,Members,Managers,Presenters
backend,eng,closed,normal,APIs and jobs,sip:bob@contoso.com;group:leads,sip:alice@contoso.com,
all-hands,eng,open,auditorium,,ou:contoso/eng,,sip:alice@contoso.com
triage,eng,,,Bugs,sip:bob@contoso.com ; sip:alice@contoso.com,,
";

#[test]
fn csv_import_plans_and_applies_rooms() {
    let srv = provisioned();
    let csv = srv.write_file("rooms.csv", ROOMS_CSV);
    let before = srv.snapshot();

    // --dry-run shows the plan and changes nothing.
    let out = srv.ok(&["rooms", "import", "-f", path(&csv), "--dry-run"]);
    assert!(out.stdout.contains("+ room all-hands") && out.stdout.contains("~ room backend"), "{out}");
    assert!(out.stdout.contains("2 to add, 1 to change, 0 to destroy"), "{out}");
    assert_eq!(srv.snapshot(), before);
    // Without --yes and no terminal, nothing is applied.
    srv.cli(&["rooms", "import", "-f", path(&csv)]).code(2).stderr_has(&["pass --yes"]);
    assert_eq!(srv.snapshot(), before);

    let out = srv.ok(&["rooms", "import", "-f", path(&csv), "--yes"]);
    assert!(out.stderr.contains("Apply complete: 2 added, 1 changed, 0 destroyed."), "{out}");
    let all_hands = srv.json(&["rooms", "show", "all-hands"]);
    assert_eq!(all_hands["type"], "auditorium");
    assert_eq!(all_hands["privacy"], "open");
    assert_eq!(all_hands["members"], json!(["ou:contoso/eng"]));
    assert_eq!(all_hands["presenters"], json!([ALICE]));
    let triage = srv.json(&["rooms", "show", "triage"]);
    assert_eq!((triage["privacy"].as_str(), triage["type"].as_str()), (Some("closed"), Some("normal")), "defaults");
    assert_eq!(triage["members"], json!([BOB, ALICE]));
    assert_eq!(triage["labels"]["pchat.io/managed-by"], "pchat-apply");
    // A row describes the whole room: backend loses its add-in, gains the new description.
    let backend = srv.json(&["rooms", "show", "backend"]);
    assert_eq!(backend["description"], "APIs and jobs");
    assert_eq!(
        sorted(&backend["members"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect::<Vec<_>>()),
        sorted(&[BOB, "group:leads"])
    );
    assert!(backend["addin"].is_null(), "{backend}");

    // Importing again finds nothing to do; rooms outside the file are left alone.
    let out = srv.cli(&["rooms", "import", "-f", path(&csv), "--yes"]).success();
    assert!(out.stdout.starts_with("No changes."), "{out}");
    assert_eq!(names(&srv.json(&["rooms", "list"])).len(), 8);
}

#[test]
fn csv_bad_value_names_line_and_column_and_changes_nothing() {
    let srv = provisioned();
    let before = srv.snapshot();
    let csv = srv.write_file(
        "rooms.csv",
        "name,category,privacy,members\nfine,eng,open,sip:bob@contoso.com\nbad,eng,public,\nworse,eng,closed,bob\n",
    );
    let out = srv.cli(&["rooms", "import", "-f", path(&csv), "--yes"]).code(2);
    let file = path(&csv);
    assert!(
        out.stderr
            .contains(&format!("{file}:3:3: Room bad: column privacy: \"public\" is not one of: open, closed, secret")),
        "{out}"
    );
    assert!(out.stderr.contains(&format!("{file}:4:4: Room worse: column members: entry 1 (\"bob\")")), "{out}");
    assert!(out.stderr.contains("nothing was changed"), "{out}");
    assert_eq!(srv.snapshot(), before);

    // Problems the diff and the server find map back to the row and column too.
    let csv = srv
        .write_file("later.csv", "name,category,members\nghost-town,nowhere,\nstrangers,eng,sip:nobody@contoso.com\n");
    let out = srv.cli(&["rooms", "import", "-f", path(&csv), "--yes"]).code(2);
    assert!(
        out.stderr.contains(&format!(
            "{}:2:2: Room ghost-town: spec.category: category \"nowhere\" exists nowhere",
            path(&csv)
        )),
        "{out}"
    );
    assert_eq!(srv.snapshot(), before);
    let csv = srv.write_file("server.csv", "name,category,members\nstrangers,eng,sip:nobody@contoso.com\n");
    let out = srv.cli(&["rooms", "import", "-f", path(&csv), "--yes"]).code(2);
    assert!(
        out.stderr.contains(&format!(
            "{}:2:3: Room strangers: spec.members[0]: unknown principal sip:nobody@contoso.com",
            path(&csv)
        )),
        "{out}"
    );
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn csv_unknown_or_missing_columns_are_refused() {
    let srv = provisioned();
    let before = srv.snapshot();
    let csv = srv.write_file("rooms.csv", "name,category,colour,member\nx,eng,red,sip:bob@contoso.com\n");
    let out = srv.cli(&["rooms", "import", "-f", path(&csv), "--yes"]).code(2);
    assert!(out.stderr.contains(&format!("{}:1:3: unknown column \"colour\"", path(&csv))), "{out}");
    assert!(out.stderr.contains("unknown column \"member\"") && out.stderr.contains("did you mean members?"), "{out}");
    assert!(out.stdout.is_empty(), "no plan is shown for a file that cannot be read: {out}");
    let csv = srv.write_file("nocat.csv", "name,privacy\nx,open\n");
    srv.cli(&["rooms", "import", "-f", path(&csv), "--yes"]).code(2).stderr_has(&["no \"category\" column"]);
    srv.cli(&["rooms", "import", "-f", "/nonexistent/rooms.csv", "--yes"]).code(2).stderr_has(&["cannot read"]);
    assert_eq!(srv.snapshot(), before);
}

// ---------------------------------------------------------------------------------------
// The Contoso example

#[test]
fn contoso_example_applies_and_then_plans_no_changes() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    // What examples/quickstart.sh does: apply on the embedded default, then list.
    let server = format!("embedded:{}", dir.path().join("quickstart.db").display());
    let contoso = examples().join("contoso");
    let out = cli_bare(&["--server", &server, "apply", "-f", path(&contoso), "--yes"]).success();
    assert!(out.stderr.contains("Apply complete:"), "{out}");
    let again = cli_bare(&["--server", &server, "plan", "-f", path(&contoso), "--detailed-exitcode"]).code(0);
    assert!(again.stdout.starts_with("No changes."), "{again}");

    let rooms = cli_bare(&["--server", &server, "rooms", "list", "-o", "json"]).success().json();
    let rooms = rooms.as_array().expect("rooms");
    assert!(rooms.len() >= 18, "about twenty rooms: {}", rooms.len());
    let mut kinds: Vec<(String, String)> =
        rooms.iter().map(|r| (r["type"].as_str().unwrap().into(), r["privacy"].as_str().unwrap().into())).collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds.len(), 6, "every type and privacy: {kinds:?}");
    assert!(rooms.iter().filter(|r| r["disabled"] == true).count() >= 2);
    assert!(rooms.iter().any(|r| r["addin"].is_string()), "a room with an add-in");
    let users = cli_bare(&["--server", &server, "directory", "users", "list", "-o", "json"]).success().json();
    assert!(users.as_array().unwrap().len() >= 10);
    let groups = cli_bare(&["--server", &server, "directory", "groups", "list", "-o", "json"]).success().json();
    assert!(
        groups.as_array().unwrap().iter().any(|g| strings_of(&g["members"]).iter().any(|m| m.starts_with("group:"))),
        "nested groups: {groups}"
    );
    let cats = cli_bare(&["--server", &server, "categories", "list", "-o", "json"]).success().json();
    assert_eq!(cats.as_array().unwrap().len(), 3);
    let policies = cli_bare(&["--server", &server, "policies", "list", "-o", "json"]).success().json();
    let ids = names_of(&policies, "identity");
    assert!(ids.contains(&"site:redmond".to_string()) && ids.contains(&"tag:chatters".to_string()), "{ids:?}");
    let effective = cli_bare(&["--server", &server, "policies", "effective", "sip:erin@contoso.com", "-o", "json"])
        .success()
        .json();
    assert_eq!(effective["policy"], "tag:chatters", "the grant applies: {effective}");
    let config = cli_bare(&["--server", &server, "config", "show", "-o", "json"]).success().json();
    assert!(config["settings"].as_array().unwrap().iter().any(|s| s["source"] == "global"), "{config}");

    // Its export plans no changes against it either.
    let export = dir.path().join("export");
    for noun in ["directory", "categories", "rooms", "policies", "config"] {
        cli_bare(&["--server", &server, noun, "export", "--out", path(&export)]).success();
    }
    let out = cli_bare(&["--server", &server, "plan", "-f", path(&export), "--detailed-exitcode"]).code(0);
    assert!(out.stdout.starts_with("No changes."), "{out}");

    // The example room list adds to it; the plan, which does not prune, still holds.
    let csv = examples().join("rooms.csv");
    let out = cli_bare(&["--server", &server, "rooms", "import", "-f", path(&csv), "--yes"]).success();
    assert!(out.stderr.contains("Apply complete: 4 added, 0 changed, 0 destroyed."), "{out}");
    let after = cli_bare(&["--server", &server, "rooms", "list", "-o", "json"]).success().json();
    assert_eq!(names(&after).len(), rooms.len() + 4);
    let out = cli_bare(&["--server", &server, "plan", "-f", path(&contoso), "--detailed-exitcode"]).code(0);
    assert!(out.stdout.starts_with("No changes."), "{out}");
}

fn strings_of(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect()).unwrap_or_default()
}

fn names_of(list: &Value, key: &str) -> Vec<String> {
    list.as_array().map(|a| a.iter().filter_map(|i| i[key].as_str().map(String::from)).collect()).unwrap_or_default()
}

// The same tests again on PostgreSQL (CI sets PCHAT_TEST_POSTGRES).
crate::support::also_on_postgres!(
    a_fresh_export_plans_no_changes,
    exports_applied_to_an_empty_server_reproduce_the_rooms,
    rooms_export_filters,
    csv_import_plans_and_applies_rooms,
    csv_bad_value_names_line_and_column_and_changes_nothing,
    contoso_example_applies_and_then_plans_no_changes,
);
