//! CSV room lists end to end: a quoting mistake is an error at its line and column and
//! changes nothing, honest multi-line descriptions still import, the plan shows the
//! descriptions of the rooms it creates, and human output escapes terminal controls.

use std::path::Path;

use crate::support::TestServer;

const ALICE: &str = "sip:alice@contoso.com";

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 temporary path")
}

/// A server with category `eng` (scope ou:contoso) and alice in it.
fn provisioned() -> TestServer {
    let srv = TestServer::start();
    srv.user(ALICE, "contoso/eng");
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso"]);
    srv
}

#[test]
fn an_unterminated_quote_is_refused_at_its_line_and_column() {
    let srv = provisioned();
    let before = srv.snapshot();
    let csv = srv.write_file("rooms.csv", "name,category,description\nalpha,eng,\"first room\nbeta,eng,second room\n");
    let file = path(&csv);
    for extra in ["--yes", "--dry-run"] {
        let out = srv.cli(&["rooms", "import", "-f", file, extra]).code(2);
        assert!(
            out.stderr
                .contains(&format!("{file}:2:11: the quote that opens the description cell here is never closed")),
            "{out}"
        );
        assert!(out.stderr.contains("nothing was changed"), "{out}");
        assert!(!out.stdout.contains("to add"), "no plan for a file that cannot be read: {out}");
    }
    assert_eq!(srv.snapshot(), before);

    // A quote left open in a cell that may not span lines: the same, at that cell.
    let csv = srv.write_file("members.csv", "name,category,members\nalpha,eng,\"sip:alice@contoso.com\nbeta,eng,\n");
    let out = srv.cli(&["rooms", "import", "-f", path(&csv), "--yes"]).code(2);
    assert!(
        out.stderr.contains(&format!("{}:2:11: the quote that opens the members cell here is still open", path(&csv))),
        "{out}"
    );
    // A stray quote and a row with a cell too many are refused too.
    let csv = srv.write_file("stray.csv", "name,category,description\nalpha,eng,6\" screen\nbeta,eng,x,y\n");
    let out = srv.cli(&["rooms", "import", "-f", path(&csv), "--yes"]).code(2);
    let file = path(&csv);
    assert!(out.stderr.contains(&format!("{file}:2:12: a quote inside the unquoted description cell")), "{out}");
    assert!(out.stderr.contains(&format!("{file}:3:4: the row has 4 cells; the header row names 3")), "{out}");
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn spreadsheet_multi_line_descriptions_import_and_the_plan_shows_them() {
    let srv = provisioned();
    // As Excel saves "CSV UTF-8": a byte order mark, CRLF rows, LF inside a quoted cell.
    let csv = srv.write_file(
        "rooms.csv",
        "\u{feff}name,category,description,members\r\n\
         alpha,eng,\"Line one\nline two, with a \"\"quote\"\"\",sip:alice@contoso.com\r\n\
         beta,eng,Plain text,\r\n\
         gamma,eng,,\r\n",
    );
    let before = srv.snapshot();
    let out = srv.ok(&["rooms", "import", "-f", path(&csv), "--dry-run"]);
    assert!(
        out.stdout.contains("  + room alpha\n        category: \"eng\"\n        description: \"Line one\\nline two, with a \\\"quote\\\"\"\n"),
        "{out}"
    );
    assert!(out.stdout.contains("        description: \"Plain text\"\n"), "{out}");
    assert!(out.stdout.contains("  + room gamma\n        category: \"eng\"\n\n"), "no empty description: {out}");
    assert!(out.stdout.contains("3 to add, 0 to change, 0 to destroy"), "{out}");
    assert_eq!(srv.snapshot(), before);

    let out = srv.ok(&["rooms", "import", "-f", path(&csv), "--yes"]);
    assert!(out.stderr.contains("Apply complete: 3 added, 0 changed, 0 destroyed."), "{out}");
    assert_eq!(srv.json(&["rooms", "show", "alpha"])["description"], "Line one\nline two, with a \"quote\"");
    assert_eq!(srv.json(&["rooms", "show", "beta"])["description"], "Plain text");
    // The table shows the line break as \n, on one line.
    let shown = srv.ok(&["rooms", "show", "alpha"]).stdout;
    assert!(shown.contains("Line one\\nline two, with a \"quote\""), "{shown}");
    // Importing again finds nothing to do: the description round-trips.
    let again = srv.ok(&["rooms", "import", "-f", path(&csv), "--yes"]);
    assert!(again.stdout.starts_with("No changes."), "{again}");
}

#[test]
fn a_row_swallowed_by_a_late_quote_shows_in_the_plan() {
    let srv = provisioned();
    // The quote closes a line too late: indistinguishable from a multi-line description,
    // so the plan must show it for a reviewer to catch.
    let csv =
        srv.write_file("rooms.csv", "name,category,description\nalpha,eng,\"first room\nbeta,eng,second room\"\n");
    let out = srv.ok(&["rooms", "import", "-f", path(&csv), "--dry-run"]);
    assert!(out.stdout.contains("  + room alpha\n"), "{out}");
    assert!(out.stdout.contains("        description: \"first room\\nbeta,eng,second room\"\n"), "{out}");
    assert!(out.stdout.contains("1 to add, 0 to change, 0 to destroy"), "{out}");
    // `pchat plan -o json` carries it as a field of the change too.
    let out = srv.ok(&["rooms", "import", "-f", path(&csv), "--dry-run", "-o", "json"]);
    let plan = out.json();
    assert_eq!(
        plan["changes"][0]["fields"][1],
        serde_json::json!({"field": "description", "old": null, "new": "first room\nbeta,eng,second room"}),
        "{plan}"
    );
}

/// Writes a description straight into the SQLite store, as a value stored before the server
/// refused control characters would be.
fn store_description(database: &str, room: &str, description: &str) {
    use sqlx::Connection;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async {
        let mut conn = sqlx::SqliteConnection::connect(database).await.expect("opening the SQLite store");
        let done = sqlx::query("UPDATE rooms SET description = ? WHERE name = ?")
            .bind(description)
            .bind(room)
            .execute(&mut conn)
            .await
            .expect("updating the room");
        assert_eq!(done.rows_affected(), 1);
        conn.close().await.expect("closing the SQLite store");
    });
}

#[test]
fn stored_terminal_controls_are_escaped_in_tables_but_exact_in_json() {
    let srv = provisioned();
    assert!(srv.database.starts_with("sqlite://"), "{}", srv.database);
    srv.ok(&["rooms", "create", "evil", "--category", "eng", "--description", "harmless"]);
    let raw = "\u{1b}[2J\u{1b}[31mred\u{7} \u{202e}gpj.exe\u{200b}\u{feff}\u{9b}";
    store_description(&srv.database, "evil", raw);
    let unsafe_in = |text: &str| text.chars().filter(|c| *c != '\n' && pchat::api::text::is_unsafe_char(*c)).count();

    let escaped = "\\u{1b}[2J\\u{1b}[31mred\\u{7} \\u{202e}gpj.exe\\u{200b}\\u{feff}\\u{9b}";
    for args in [&["rooms", "show", "evil"][..], &["rooms", "list", "-o", "wide"][..]] {
        let out = srv.ok(args);
        assert_eq!(unsafe_in(&out.stdout), 0, "raw controls on the terminal: {:?}", out.stdout);
        assert!(out.stdout.contains(escaped), "{out}");
    }
    // Scripts get the exact value.
    assert_eq!(srv.json(&["rooms", "show", "evil"])["description"], raw);
    let yaml = srv.cli(&["rooms", "show", "evil", "-o", "yaml"]).success().yaml();
    assert_eq!(yaml["description"], raw);
    // The plan that changes it shows the old value escaped.
    let csv = srv.write_file("rooms.csv", "name,category,description\nevil,eng,clean\n");
    let out = srv.ok(&["rooms", "import", "-f", path(&csv), "--dry-run"]);
    assert_eq!(unsafe_in(&out.stdout), 0, "{:?}", out.stdout);
    assert!(out.stdout.contains(&format!("description: \"{escaped}\" → \"clean\"")), "{out}");
}
