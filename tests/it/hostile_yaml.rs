//! Hostile YAML through the real binary: an alias bomb ("billion laughs") or nesting thousands
//! of levels deep is refused by `pchat plan` and `pchat apply` with a located problem and exit
//! code 2, quickly and in bounded memory, and changes nothing.
#![cfg(all(feature = "server", feature = "client", feature = "sqlite"))]

use std::path::Path;
use std::time::{Duration, Instant};

use crate::support::{Out, TestServer};

/// A valid document before the hostile one: a plan that is refused applies none of it.
const CATEGORY: &str = "apiVersion: pchat/v1
kind: Category
metadata:
  name: eng
spec:
  description: Engineering
---
";

/// Nine levels of aliases of aliases (618 bytes; 9⁹ values if every alias were copied).
fn billion_laughs() -> String {
    let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (name, before) in "bcdefghi".chars().zip("abcdefgh".chars()) {
        text.push_str(&format!("{name}: &{name} [{}]\n", vec![format!("*{before}"); 9].join(", ")));
    }
    text
}

fn p(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

/// `plan -f FILE` and `apply -f FILE --yes` both refuse the file (exit 2) within a few
/// seconds with `expected` on stderr, and the server's state does not change.
#[track_caller]
fn refused_quickly(srv: &TestServer, file: &Path, expected: &[&str]) -> (Out, Out) {
    let before = srv.snapshot();
    let started = Instant::now();
    let planned = srv.cli(&["plan", "-f", p(file)]);
    let took = started.elapsed();
    let planned = planned.code(2).stderr_has(expected).stderr_has(&["nothing was changed"]);
    assert!(took < Duration::from_secs(10), "plan took {took:?}:\n{planned}");
    assert!(planned.stdout.is_empty(), "a refused plan prints no plan:\n{planned}");
    let started = Instant::now();
    let applied = srv.cli(&["apply", "-f", p(file), "--yes"]);
    let took = started.elapsed();
    let applied = applied.code(2).stderr_has(expected);
    assert!(took < Duration::from_secs(10), "apply took {took:?}:\n{applied}");
    assert!(!applied.stderr.contains("Apply complete"), "{applied}");
    assert_eq!(srv.snapshot(), before, "a refused plan must change nothing");
    (planned, applied)
}

#[test]
fn a_billion_laughs_is_refused_at_its_alias_with_the_limit() {
    let srv = TestServer::start();
    let bomb = billion_laughs();
    assert!(bomb.len() < 700, "{} bytes", bomb.len());
    let file = srv.write_file("bomb.yaml", &bomb);
    let at = format!("{}:5:8: aliases expand past 10,000 nodes in this document (a YAML alias bomb?)", p(&file));
    refused_quickly(&srv, &file, &[&at, "plan files may expand aliases to at most 10,000 nodes per document"]);
    // After a valid document, in the same file: nothing of the file is applied.
    let file = srv.write_file("mixed.yaml", &format!("{CATEGORY}{bomb}"));
    let at = format!("{}:12:8: aliases expand past 10,000 nodes", p(&file));
    refused_quickly(&srv, &file, &[&at]);
    assert_eq!(srv.json(&["categories", "list"]), serde_json::json!([]));
}

#[test]
fn nesting_thousands_of_levels_deep_is_refused_not_a_crash() {
    let srv = TestServer::start();
    let limit = "collections nest deeper than 64 levels; plan files may nest at most 64 levels deep";
    // `- - - … x`: 5,000 levels in 10 KB.
    let file = srv.write_file("block.yaml", &format!("{}x\n", "- ".repeat(5000)));
    refused_quickly(&srv, &file, &[&format!("{}:1:129: {limit}", p(&file))]);
    // `[[[[…]]]]` after a valid document.
    let file = srv.write_file("flow.yaml", &format!("{CATEGORY}{}{}\n", "[".repeat(5000), "]".repeat(5000)));
    refused_quickly(&srv, &file, &[&format!("{}:8:256: {limit}", p(&file))]);
    // `a:` inside `a:` inside `a:`…, one space further in each.
    let mut mappings = String::new();
    for depth in 0..5000 {
        mappings.push_str(&format!("{}a:\n", " ".repeat(depth)));
    }
    let file = srv.write_file("mappings.yaml", &mappings);
    refused_quickly(&srv, &file, &[&format!("{}:65:66: {limit}", p(&file))]);
}
