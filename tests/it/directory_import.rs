//! `pchat directory import` end to end: every problem, found in the files or by the server,
//! is told at `FILE:LINE:COLUMN`, and with any of them nothing is changed.

use std::path::Path;

use crate::support::TestServer;

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 temporary path")
}

#[test]
fn a_bad_ou_from_the_server_is_told_at_its_row_and_cell() {
    let srv = TestServer::start();
    let users = srv.write_file(
        "users.csv",
        "sip,display_name,ou,site\n\
         sip:erin@contoso.com,Erin,contoso/ops,dublin\n\
         sip:frank@contoso.com,Frank,/,dublin\n",
    );
    let before = srv.snapshot();
    let file = path(&users);
    let out = srv.cli(&["directory", "import", "--users", file]).code(2);
    let out = out.stderr_has(&[
        &format!("{file}:3:3: User sip:frank@contoso.com: column ou: OU \"/\" must be a path like contoso/eng"),
        "importing the directory: 1 problem found; nothing was changed",
    ]);
    assert!(out.stdout.is_empty(), "{out}");
    assert_eq!(srv.snapshot(), before, "the good row is not imported either");

    // Columns in another order: the cell is found by its column.
    let users = srv.write_file("moved.csv", "ou,site,sip,display_name\ncontoso/ops,dublin,sip:erin@contoso.com,\n");
    let file = path(&users);
    srv.cli(&["directory", "import", "--users", file, "--dry-run"])
        .code(2)
        .stderr_has(&[&format!("{file}:2:4: User sip:erin@contoso.com: column display_name: ")]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn an_unterminated_quote_is_refused_at_its_line_and_column() {
    let srv = TestServer::start();
    let users = srv.write_file(
        "users.csv",
        "sip,display_name,ou,site\n\
         sip:erin@contoso.com,\"Erin,contoso/ops,dublin\n\
         sip:frank@contoso.com,Frank,contoso/ops,dublin\n",
    );
    let groups = srv.write_file("groups.csv", "name,members,description\nops,sip:frank@contoso.com,\"Operations\n");
    let before = srv.snapshot();
    let (u, g) = (path(&users), path(&groups));
    let out = srv.cli(&["directory", "import", "--users", u, "--groups", g]).code(2);
    let out = out.stderr_has(&[
        &format!("{u}:2:22: the quote that opens the display_name cell here is still open at the end of the line"),
        "No cell of this file may span lines",
        &format!("{g}:2:27: the quote that opens the description cell here is never closed"),
        "reading the directory files: 2 problems found; nothing was changed",
    ]);
    assert!(out.stdout.is_empty(), "{out}");
    assert_eq!(srv.snapshot(), before, "nothing is sent to the server");

    // A stray quote, an unknown column and a row with too many cells, each at its place.
    let users = srv.write_file(
        "header.csv",
        "sip,display_name,ou,site,enabeld\n\
         sip:erin@contoso.com,Erin \"E\",contoso/ops,dublin\n",
    );
    let file = path(&users);
    srv.cli(&["directory", "import", "--users", file])
        .code(2)
        .stderr_has(&[&format!("{file}:1:5: unknown column \"enabeld\""), "did you mean enabled?"]);
    let users = srv.write_file(
        "rows.csv",
        "sip,display_name,ou,site\n\
         sip:erin@contoso.com,Erin \"E\",contoso/ops,dublin\n\
         sip:frank@contoso.com,Smith, Frank,contoso/ops,dublin\n\
         sip:gina@contoso.com,Gina,contoso/eng,redmond,maybe\n",
    );
    let file = path(&users);
    srv.cli(&["directory", "import", "--users", file]).code(2).stderr_has(&[
        &format!("{file}:2:27: a quote inside the unquoted display_name cell"),
        &format!("{file}:3:5: the row has 5 cells; the header row names 4"),
        &format!("{file}:4:5: the row has 5 cells"),
        "3 problems found",
    ]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn groups_with_multi_line_descriptions_import_and_members_are_located() {
    let srv = TestServer::start();
    let users = srv.write_file(
        "users.csv",
        "\u{feff}sip,display_name,ou,site,enabled\r\nsip:erin@contoso.com,\"Smith, Erin\",contoso/ops,dublin,yes\r\n",
    );
    let groups = srv.write_file(
        "groups.csv",
        "name,description,members\r\nops,\"Operations\r\nall shifts\",sip:erin@contoso.com\r\n",
    );
    let out = srv.ok(&["directory", "import", "--users", path(&users), "--groups", path(&groups)]);
    assert_eq!(out.stdout.trim(), "imported: 2 created, 0 updated, 0 unchanged", "{out}");
    assert_eq!(srv.json(&["directory", "users", "show", "sip:erin@contoso.com"])["display_name"], "Smith, Erin");
    assert_eq!(srv.json(&["directory", "groups", "show", "ops"])["description"], "Operations\nall shifts");

    // An unknown member is told at its row and the members cell, by its entry.
    let before = srv.snapshot();
    let groups = srv
        .write_file("groups2.csv", "name,members\nops,sip:erin@contoso.com\nstaff,group:ops; ;sip:ghost@contoso.com\n");
    let file = path(&groups);
    srv.cli(&["directory", "import", "--groups", file]).code(2).stderr_has(&[&format!(
        "{file}:3:2: Group staff: column members: entry 3: unknown principal sip:ghost@contoso.com"
    )]);
    assert_eq!(srv.snapshot(), before);
}

#[test]
fn a_refusal_for_want_of_rights_is_still_exit_1() {
    let srv = TestServer::start();
    srv.user("sip:erin@contoso.com", "contoso/ops");
    let token = srv.user_token("sip:erin@contoso.com");
    let users =
        srv.write_file("users.csv", "sip,display_name,ou,site\nsip:frank@contoso.com,Frank,contoso/ops,dublin\n");
    let before = srv.snapshot();
    srv.cli_as(&token, &["directory", "import", "--users", path(&users)])
        .code(1)
        .stderr_has(&["importing the directory"]);
    assert_eq!(srv.snapshot(), before);
}
