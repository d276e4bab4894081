//! `pchat topology validate` offline: every rule broken once and told at its line with its
//! rule id, the examples valid, warnings failing only with --strict, and a topology file
//! read with the plans' limits.

use std::collections::BTreeSet;

use crate::support::cli_bare;

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
