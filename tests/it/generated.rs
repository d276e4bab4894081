//! The checked-in completions and man pages match what the clap definitions generate.
//! `UPDATE_GENERATED=1 cargo test --test it generated` rewrites them.

use std::path::Path;

use clap::ValueEnum;
use pchat::cli::clap_complete_shell::Shell;
use pchat::commands::generate::{completion_file, completion_script, man_pages};

fn check(path: &Path, expected: &[u8], how: &str, stale: &mut Vec<String>) {
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("create dir");
        std::fs::write(path, expected).expect("write generated file");
        return;
    }
    match std::fs::read(path) {
        Ok(found) if found == expected => {}
        Ok(_) => stale.push(format!("{} is stale: regenerate with `{how}`", path.display())),
        Err(_) => stale.push(format!("{} is missing: generate it with `{how}`", path.display())),
    }
}

#[test]
fn completions_and_man_pages_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stale = Vec::new();
    for shell in Shell::value_variants() {
        let name = shell.to_possible_value().expect("a name").get_name().to_string();
        check(
            &root.join("completions").join(completion_file(*shell)),
            &completion_script(*shell),
            &format!("pchat completions {name} --out completions"),
            &mut stale,
        );
    }
    let pages = man_pages().expect("render man pages");
    let expected: std::collections::BTreeSet<String> = pages.iter().map(|(f, _)| f.clone()).collect();
    for (file, text) in &pages {
        check(&root.join("man").join(file), text, "pchat man --out man", &mut stale);
    }
    for entry in std::fs::read_dir(root.join("man")).expect("man/ exists") {
        let name = entry.expect("entry").file_name().to_string_lossy().to_string();
        if !expected.contains(&name) {
            stale.push(format!(
                "man/{name} belongs to no command any more: delete it (`pchat man --out man` writes the current set)"
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are out of date (or run `UPDATE_GENERATED=1 cargo test --test it generated`, then commit):\n  {}",
        stale.join("\n  ")
    );
}
