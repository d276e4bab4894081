//! `pchat topology validate` offline: every rule broken once and told at its line with its
//! rule id, the examples valid, warnings failing only with --strict, and a topology file
//! read with the plans' limits.

use std::collections::BTreeSet;

use crate::support::{cli_bare, TestServer};

const BROKEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it/fixtures/topology-broken.yaml");

/// The (rule, line) pairs the fixture's comments name.
fn marked(text: &str) -> BTreeSet<(String, usize)> {
    let mut out = BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        if let Some((_, comment)) = line.split_once("   # ") {
            for rule in comment.split_whitespace() {
                out.insert((rule.to_string(), i + 1));
            }
        }
    }
    out
}

#[test]
fn every_rule_broken_once_is_told_at_its_line_with_its_id() {
    let text = std::fs::read_to_string(BROKEN).unwrap();
    let expected = marked(&text);
    let out = cli_bare(&["topology", "validate", "-f", BROKEN, "-o", "json"]).code(2);
    let problems = out.json();
    let found: BTreeSet<(String, usize)> = problems
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["rule"].as_str().unwrap().to_string(), p["line"].as_u64().unwrap() as usize))
        .collect();
    assert_eq!(found, expected, "{problems:#}");
    // Every rule there is, broken here once.
    let rules: BTreeSet<String> = pchat::api::topology::RULES.iter().map(|(id, _)| id.to_string()).collect();
    let broken: BTreeSet<String> = expected.iter().map(|(rule, _)| rule.clone()).collect();
    assert_eq!(broken, rules);
    for p in problems.as_array().unwrap() {
        assert!(!p["hint"].as_str().unwrap().is_empty(), "a fix for every problem: {p}");
        assert!(p["column"].as_u64().unwrap() >= 1);
    }
    // People read them as FILE:LINE:COLUMN: severity[rule]: message, with the hint below.
    let human = cli_bare(&["topology", "validate", "-f", BROKEN]).code(2);
    assert!(
        human.stderr.contains(&format!("{BROKEN}:9:7: error[site-unique]: site \"redmond\" is listed twice")),
        "{human}"
    );
    assert!(human.stderr.contains("  hint: "), "{human}");
    assert!(human.stderr.contains("25 errors and 1 warning"), "{human}");
}

#[test]
fn the_examples_are_valid_and_a_warning_fails_only_with_strict() {
    let two_site = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/topology/two-site.yaml");
    let out = cli_bare(&["topology", "validate", "-f", two_site]).success();
    assert!(out.stderr.contains("the topology is valid (0 warnings)"), "{out}");
    cli_bare(&["topology", "validate", "-f", two_site, "--strict"]).success();
    let single = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/topology/single-node.yaml");
    let out = cli_bare(&["topology", "validate", "-f", single]).success();
    assert!(out.stderr.contains("warning[pool-standby]"), "{out}");
    cli_bare(&["topology", "validate", "-f", single, "--strict"]).code(2).stderr_has(&["0 errors and 1 warning"]);
}

#[test]
fn a_file_that_is_not_one_topology_is_refused_with_where_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let cases = [
        ("room.yaml", "apiVersion: pchat/v1\nkind: Room\nmetadata: {name: x}\nspec: {category: c}\n", "document-kind", 2),
        ("typo.yaml", "apiVersion: pchat/v1\nkind: Topology\nmetadata: {name: t}\nspec:\n  sites: []\n  pool: []\n", "schema", 6),
        ("bad.yaml", "apiVersion: pchat/v1\nkind: Topology\nspec: {sites: [\n", "yaml", 4),
        ("bomb.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n", "yaml", 0),
    ];
    for (name, text, rule, line) in cases {
        let path = write(name, text);
        let started = std::time::Instant::now();
        let out = cli_bare(&["topology", "validate", "-f", &path, "-o", "json"]).code(2);
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "{name} took {:?}", started.elapsed());
        let problems = out.json();
        let first = &problems[0];
        assert_eq!(first["rule"], rule, "{name}: {problems:#}");
        if line > 0 {
            assert_eq!(first["line"], line, "{name}: {problems:#}");
        }
    }
}

const SINGLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/topology/single-node.yaml");

/// A topology of one site and the pools named, each one node.
fn pools_topology(version: Option<i64>, pools: &[&str]) -> String {
    let mut text = String::from("apiVersion: pchat/v1\nkind: Topology\nmetadata:\n  name: lab\n");
    if let Some(v) = version {
        text.push_str(&format!("  version: {v}\n"));
    }
    text.push_str("spec:\n  sites: [{name: lab}]\n  pools:\n");
    for (i, pool) in pools.iter().enumerate() {
        text.push_str(&format!(
            "    - name: {pool}\n      fqdn: {pool}.lab.example\n      site: lab\n      defaultForSite: {}\n      store: sqlite:///var/lib/pchat/{pool}.db\n      servers: [{{name: {pool}-1, address: '127.0.0.1:{}', role: active}}]\n",
            i == 0,
            5041 + i
        ));
    }
    text
}

#[test]
fn a_published_topology_is_versioned_shown_exported_and_diffed() {
    {
        let server = TestServer::start();
        // Nothing published yet: show says so, and a diff is all additions.
        server.cli(&["topology", "show"]).code(2).stderr_has(&["no topology is published yet"]);
        let diff = server.ok(&["topology", "diff", "-f", SINGLE]);
        assert!(diff.stdout.contains("  + pool default\n"), "{diff}");
        assert!(diff.stdout.contains("  + server default/lab-1\n"), "{diff}");

        let out = server.ok(&["topology", "publish", "-f", SINGLE]);
        assert!(out.stdout.contains("as topology version 1 (contoso-lab)"), "{out}");
        let shown = server.json(&["topology", "show"]);
        assert_eq!(shown["version"], 1);
        assert_eq!(shown["spec"]["pools"][0]["servers"][0]["name"], "lab-1");
        assert_eq!(shown["published_by"], "urn:pchat:token:1", "{shown}");
        server.ok(&["topology", "diff", "-f", SINGLE]).stdout_has(&["No changes."]);

        // Exported, edited and published back: the version travels in the file.
        let exported = server.write_file("exported.yaml", "");
        server.ok(&["topology", "export", "--out", exported.to_str().unwrap()]);
        let text = std::fs::read_to_string(&exported).unwrap();
        assert!(text.contains("  version: 1\n"), "{text}");
        let edited = server.write_file("edited.yaml", &text.replace("role: active", "role: standby"));
        let edited = edited.to_str().unwrap();
        let diff = server.ok(&["topology", "diff", "-f", edited]);
        assert!(diff.stdout.contains("  ~ server default/lab-1\n        role: \"active\" → \"standby\"\n"), "{diff}");
        // A pool without an active server is an error on the server as in the file.
        server.cli(&["topology", "publish", "-f", edited]).code(2).stderr_has(&["error["]);
        let edited = server.write_file("edited.yaml", &text.replace("pchat.lab.contoso.com", "chat.lab.contoso.com"));
        let edited = edited.to_str().unwrap();
        server.ok(&["topology", "publish", "-f", edited]).stdout_has(&["as topology version 2"]);
        // The same file again was prepared on version 1: stale, and nothing changes.
        let out = server.cli(&["topology", "publish", "-f", edited]).code(5);
        assert!(out.stderr.contains("the topology in force is version 2, not 1"), "{out}");
        assert_eq!(server.json(&["topology", "show"])["version"], 2);
        // --base names the version explicitly.
        server.ok(&["topology", "publish", "-f", SINGLE, "--base", "2"]).stdout_has(&["version 3"]);

        let history = server.json(&["topology", "history"]);
        let versions: Vec<i64> = history.as_array().unwrap().iter().map(|v| v["version"].as_i64().unwrap()).collect();
        assert_eq!(versions, [3, 2, 1]);
        assert_eq!(history[0]["pools"], 1);
        assert_eq!(history[0]["servers"], 1);
        let table = server.ok(&["topology", "history"]);
        assert!(table.stdout.contains("PUBLISHED BY"), "{table}");
    }
}

crate::support::also_on_postgres!(a_published_topology_is_versioned_shown_exported_and_diffed);

#[test]
fn a_publish_that_would_orphan_categories_is_refused_naming_them() {
    let server = TestServer::start();
    let first = server.write_file("first.yaml", &pools_topology(None, &["default", "red"]));
    server.ok(&["topology", "publish", "-f", first.to_str().unwrap()]);
    server.ok(&["categories", "create", "eng", "--pool", "red"]);
    server.ok(&["rooms", "create", "standup", "--category", "eng", "--pool", "red"]);
    let without_red = server.write_file("second.yaml", &pools_topology(Some(1), &["default"]));
    let out = server.cli(&["topology", "publish", "-f", without_red.to_str().unwrap()]).code(2);
    assert!(out.stderr.contains("category eng (pool red, 1 room)"), "{out}");
    assert_eq!(server.json(&["topology", "show"])["version"], 1);
    // The diff says what would go.
    let diff = server.ok(&["topology", "diff", "-f", without_red.to_str().unwrap()]);
    assert!(diff.stdout.contains("  - pool red\n"), "{diff}");
    assert!(diff.stdout.contains("removes pool red from the topology"), "{diff}");
}

#[test]
fn only_administrators_see_or_publish_the_topology() {
    let server = TestServer::start();
    server.user("sip:alice@contoso.com", "contoso/eng");
    let token = server.user_token("sip:alice@contoso.com");
    server.cli_as(&token, &["topology", "show"]).code(1);
    server.cli_as(&token, &["topology", "publish", "-f", SINGLE]).code(1);
    server.cli(&["topology", "show"]).code(2);
}

#[test]
fn a_plan_publishes_a_topology_beside_the_categories_that_live_in_it() {
    let server = TestServer::start();
    let category = "---\napiVersion: pchat/v1\nkind: Category\nmetadata: {name: eng}\nspec: {pool: red}\n";
    let plan = server.write_file("plan.yaml", &format!("{}{category}", pools_topology(None, &["default", "red"])));
    let plan = plan.to_str().unwrap();
    let shown = server.ok(&["plan", "-f", plan]);
    assert!(shown.stdout.contains("  + pool red\n"), "{shown}");
    assert!(shown.stdout.contains("  + category red/eng\n"), "{shown}");
    let pool_at = shown.stdout.find("+ pool red").unwrap();
    assert!(pool_at < shown.stdout.find("+ category red/eng").unwrap(), "the topology goes first: {shown}");
    server.ok(&["apply", "-f", plan, "--yes"]);
    assert_eq!(server.json(&["topology", "show"])["version"], 1);
    server.ok(&["plan", "-f", plan]).stdout_has(&["No changes."]);

    // Dropping the pool while its category stays is refused at plan time, located, and
    // nothing is published.
    let orphaning = server.write_file("orphaning.yaml", &format!("{}{category}", pools_topology(None, &["default"])));
    let out = server.cli(&["apply", "-f", orphaning.to_str().unwrap(), "--yes"]).code(2);
    assert!(out.stderr.contains("category eng (pool red, 0 rooms)"), "{out}");
    assert!(out.stderr.contains("orphaning.yaml:"), "located in the file: {out}");
    assert_eq!(server.json(&["topology", "show"])["version"], 1);
    // The pool and its category go together.
    let both_go = server.write_file("both.yaml", &pools_topology(None, &["default"]));
    server.ok(&["apply", "-f", both_go.to_str().unwrap(), "--yes", "--prune", "--allow-destroy"]);
    assert_eq!(server.json(&["topology", "show"])["version"], 2);
    assert!(server.json(&["categories", "list"]).as_array().unwrap().iter().all(|c| c["name"] != "eng"));
}

/// Two sites, each with its default pool of one node.
const TWO_SITES: &str = "apiVersion: pchat/v1\nkind: Topology\nmetadata: {name: lab}\nspec:\n  sites: [{name: redmond}, {name: dublin}]\n  pools:\n    - {name: red, fqdn: red.lab.example, site: redmond, defaultForSite: true, store: 'postgres://db-red.lab.example/pchat', fileStore: /srv/red, servers: [{name: red-1, address: '127.0.0.1:5041'}, {name: red-2, address: '127.0.0.1:5042', role: standby}]}\n    - {name: dub, fqdn: dub.lab.example, site: dublin, defaultForSite: true, store: 'sqlite:///srv/dub.db', servers: [{name: dub-1, address: '127.0.0.1:6041'}]}\n";

#[test]
fn categories_and_rooms_live_in_the_topology_s_pools() {
    let server = TestServer::start();
    let file = server.write_file("two-sites.yaml", TWO_SITES);
    server.ok(&["topology", "publish", "-f", file.to_str().unwrap()]);
    server.user("sip:alice@contoso.com", "contoso/eng");
    // Two default pools: a category names its pool; one the topology lacks is refused.
    let out = server.cli(&["categories", "create", "eng"]).code(2);
    assert!(out.stderr.contains("a default pool in each of several sites (red (redmond), dub (dublin))"), "{out}");
    let out = server.cli(&["categories", "create", "eng", "--pool", "blue"]).code(2);
    assert!(out.stderr.contains("pool \"blue\" is not in the published topology (its pools: red, dub)"), "{out}");
    for pool in ["red", "dub"] {
        let name = format!("eng-{pool}");
        server.ok(&["categories", "create", &name, "--pool", pool, "--allow", "ou:contoso", "--creator", "ou:contoso"]);
    }
    // Alice, of site redmond, creates rooms in her site's default pool only.
    let alice = server.user_token("sip:alice@contoso.com");
    server.cli_as(&alice, &["rooms", "create", "standup", "--category", "eng-red", "--privacy", "open"]).success();
    let out = server.cli_as(&alice, &["rooms", "create", "craic", "--category", "eng-dub"]);
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("the default pool of one's own site (redmond: red)"), "{out}");
    server.ok(&["rooms", "create", "craic", "--category", "eng-dub", "--privacy", "open"]);
    assert_eq!(crate::support::names(&server.json(&["rooms", "list", "--pool", "dub"])), ["craic"]);
    assert_eq!(crate::support::names(&server.json(&["categories", "list", "--pool", "red"])), ["eng-red"]);
    // Her client is told which servers serve each room: the active ones of its pool.
    server.ok(&["policies", "set", "global", "--enabled"]);
    let rooms = crate::support::run(
        {
            let mut cmd = crate::support::pchat();
            cmd.env("PCHAT_SERVER", &server.url).env("PCHAT_TOKEN", &alice);
            cmd
        },
        &["messages", "rooms", "-o", "json"],
    )
    .success()
    .json();
    let servers_of = |room: &str| {
        rooms.as_array().unwrap().iter().find(|r| r["name"] == room).map(|r| r["servers"].clone()).unwrap()
    };
    assert_eq!(servers_of("standup"), serde_json::json!(["127.0.0.1:5041"]));
    assert_eq!(servers_of("craic"), serde_json::json!(["127.0.0.1:6041"]));

    // With one default pool, a category without a pool goes to it.
    let one = TWO_SITES.replace("site: dublin, defaultForSite: true", "site: redmond, defaultForSite: false");
    let file = server.write_file("one-default.yaml", &one);
    server.ok(&["topology", "publish", "-f", file.to_str().unwrap()]);
    let made = server.json(&["categories", "create", "ops"]);
    assert_eq!(made["pool"], "red", "{made}");
}

#[test]
fn a_saved_plan_of_a_topology_is_refused_once_another_version_was_published() {
    let server = TestServer::start();
    let plan = server.write_file("plan.yaml", &pools_topology(None, &["default", "red"]));
    let saved = server.dir().join("saved.json");
    server.ok(&["plan", "-f", plan.to_str().unwrap(), "--out", saved.to_str().unwrap()]);
    // Published meanwhile: the plan was made against no topology at all.
    server.ok(&["topology", "publish", "-f", SINGLE]);
    let out = server.cli(&["apply", saved.to_str().unwrap(), "--yes"]);
    assert_eq!(out.code, 5, "{out}");
    assert!(
        out.stderr.contains("the server changed since the plan was saved")
            && out.stderr.contains("nothing was changed"),
        "{out}"
    );
    assert_eq!(server.json(&["topology", "history"]).as_array().unwrap().len(), 1);
}
