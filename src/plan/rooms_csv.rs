//! Room lists kept in spreadsheets: a CSV file with a header row, one room per row, read as
//! Room documents for the plan/apply path. Each document remembers the line of its row and
//! the column of each field, so every error — here, in the diff or from the server — names
//! `rooms.csv:LINE:COLUMN`. For a bad value COLUMN is the cell's number (A = 1); for a
//! quoting problem it is the character position of the quote on its line.
//!
//! The file is read by the one CSV reader (`plan/csv.rs`, which states the quoting rules);
//! only a `description` cell may span lines. What cannot be told apart from an honest file
//! is a quote closed a line or more too late in a description: the description then holds
//! the lines in between. The plan shows the description of every room it creates (with line
//! breaks as `\n`), so a reviewer sees it.

use std::collections::HashMap;
use std::str::FromStr;

use super::csv::{at, Reader, Table};
use super::document::*;
use super::load::{Diagnostic, Sourced};
use super::yaml::{LocatedDoc, Pos};
use crate::api::{Principal, Privacy, RoomInvitations, RoomType};

/// The columns a room list may have, in the order the documentation lists them.
pub const COLUMNS: &[&str] = &[
    "name",
    "category",
    "privacy",
    "type",
    "description",
    "members",
    "managers",
    "presenters",
    "invitations",
    "disabled",
    "addin",
];

/// Columns every room list must have.
pub const REQUIRED: &[&str] = &["name", "category"];

/// The one column whose cells may span lines.
pub const MULTI_LINE_COLUMN: &str = "description";

/// What separates the principals of a list column.
pub const LIST_SEPARATOR: char = ';';

/// A room list, for the CSV reader.
pub const TABLE: Table = Table {
    columns: COLUMNS,
    required: REQUIRED,
    multi_line: Some(MULTI_LINE_COLUMN),
    needs: "every room needs a name and a category",
};

/// Reads a room list. A header problem (an unknown or missing column, no header at all) is
/// fatal and comes back as `Err`; a bad value or a quoting problem in a row is reported
/// beside the documents of the good rows, so the plan can report the diff's problems in the
/// same run (and, with any problem, changes nothing).
pub fn read(file: &str, text: &str) -> Result<(Vec<Sourced>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut reader = Reader::new(file, text, TABLE)?;
    let mut errors = Vec::new();
    let mut docs: Vec<Sourced> = Vec::new();
    let mut first_row: HashMap<String, usize> = HashMap::new();
    let mut rows = 0usize;
    while let Some(row) = reader.next_row(&mut errors) {
        rows += 1;
        let line = row.line;
        let cell = |col: &str| row.get(col).map(str::to_string);
        let pos = |col: &str| row.pos(col);
        let name = cell("name").unwrap_or_default();
        let before = errors.len();
        let mut problem = |col: &str, message: String| {
            let at = pos(col);
            errors.push(Diagnostic {
                file: file.to_string(),
                line: at.line,
                column: at.col,
                kind: Some("Room".into()),
                name: (!name.is_empty()).then(|| name.clone()),
                field: Some(format!("column {col}")),
                message,
            })
        };
        if name.is_empty() {
            problem("name", "every room needs a name".into());
        }
        let category = cell("category").unwrap_or_default();
        if category.is_empty() {
            problem("category", "every room needs a category".into());
        }
        fn parse<T: FromStr<Err = String> + Default>(
            value: Option<String>,
            col: &str,
            problem: &mut impl FnMut(&str, String),
        ) -> T {
            match value.filter(|v| !v.is_empty()) {
                None => T::default(),
                Some(v) => v.parse().unwrap_or_else(|e| {
                    problem(col, e);
                    T::default()
                }),
            }
        }
        let privacy: Privacy = parse(cell("privacy"), "privacy", &mut problem);
        let room_type: RoomType = parse(cell("type"), "type", &mut problem);
        let invitations: RoomInvitations = parse(cell("invitations"), "invitations", &mut problem);
        let disabled = match cell("disabled").filter(|v| !v.is_empty()) {
            None => false,
            Some(v) => match v.to_ascii_lowercase().as_str() {
                "true" | "yes" | "1" => true,
                "false" | "no" | "0" => false,
                _ => {
                    problem("disabled", format!("{v:?} is not true or false"));
                    false
                }
            },
        };
        let mut list = |col: &str| -> Vec<String> {
            let mut out = Vec::new();
            for (i, entry) in cell(col).unwrap_or_default().split(LIST_SEPARATOR).map(str::trim).enumerate() {
                if entry.is_empty() {
                    continue;
                }
                match Principal::parse(entry) {
                    Ok(_) => out.push(entry.to_string()),
                    Err(e) => problem(col, format!("entry {} ({entry:?}): {e}", i + 1)),
                }
            }
            out
        };
        let members = list("members");
        let managers = list("managers");
        let presenters = list("presenters");
        if errors.len() > before {
            continue;
        }
        if let Some(first) = first_row.get(&name) {
            errors.push(Diagnostic {
                file: file.to_string(),
                line,
                column: pos("name").col,
                kind: Some("Room".into()),
                name: Some(name.clone()),
                field: Some("column name".into()),
                message: format!("room {name} is described twice: first at {file}:{first}"),
            });
            continue;
        }
        first_row.insert(name.clone(), line);
        let doc = Document {
            metadata: Metadata { name: name.clone(), ..Default::default() },
            spec: Spec::Room(Box::new(RoomDoc {
                category,
                description: cell("description").unwrap_or_default(),
                room_type,
                privacy,
                invitations,
                disabled,
                addin: cell("addin").filter(|a| !a.is_empty()),
                members,
                managers,
                presenters,
            })),
        };
        let mut positions = vec![
            (String::new(), Pos { line, col: 1 }),
            ("metadata".to_string(), pos("name")),
            ("metadata.name".to_string(), pos("name")),
            ("spec".to_string(), Pos { line, col: 1 }),
        ];
        for col in COLUMNS.iter().filter(|c| row.has(c) && **c != "name") {
            positions.push((format!("spec.{col}"), pos(col)));
        }
        let located = LocatedDoc::synthetic(super::export::to_json(&doc), Pos { line, col: 1 }, positions);
        docs.push(Sourced { doc, file: std::sync::Arc::from(file), located });
    }
    if rows == 0 && errors.is_empty() {
        errors.push(at(file, 1, 1, "the file holds no rooms: only a header row".into()));
    }
    Ok((docs, errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn room(s: &Sourced) -> &RoomDoc {
        match &s.doc.spec {
            Spec::Room(r) => r,
            other => panic!("not a room: {other:?}"),
        }
    }

    #[test]
    fn rows_become_rooms_with_defaults() {
        let text = "Name,Category,Members,Privacy\nbackend,eng,sip:a@x; group:eng-leads ;,open\nfrontend,eng,,\n";
        let (docs, errors) = read("rooms.csv", text).unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(docs.len(), 2);
        let r = room(&docs[0]);
        assert_eq!(docs[0].doc.metadata.name, "backend");
        assert_eq!(r.members, ["sip:a@x", "group:eng-leads"]);
        assert_eq!(r.privacy, Privacy::Open);
        assert_eq!(room(&docs[1]).privacy, Privacy::Closed);
        assert_eq!(room(&docs[1]).room_type, RoomType::Normal);
        // Field paths map to the row's line and the column's number.
        assert_eq!(docs[1].located.pos("spec.privacy"), Pos { line: 3, col: 4 });
        assert_eq!(docs[0].located.pos("spec.members[1]"), Pos { line: 2, col: 3 });
        assert_eq!(docs[1].located.pos("metadata.name"), Pos { line: 3, col: 1 });
        assert_eq!(
            docs[1].diagnostic(Some("spec.category"), "x").to_string(),
            "rooms.csv:3:2: Room frontend: spec.category: x"
        );
    }

    #[test]
    fn bad_values_name_line_and_column() {
        let text = "name,category,privacy\nok,eng,secret\nbad,eng,public\n";
        let (docs, errors) = read("rooms.csv", text).unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(errors.len(), 1);
        let e = errors[0].to_string();
        assert!(e.starts_with("rooms.csv:3:3: Room bad: column privacy: "), "{e}");
        assert!(e.contains("public") && e.contains("open, closed, secret"), "{e}");
    }

    #[test]
    fn unknown_and_missing_columns_are_fatal() {
        let errors = read("rooms.csv", "name,colour\nx,red\n").unwrap_err();
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert!(text.iter().any(|e| e.starts_with("rooms.csv:1:2: unknown column \"colour\"")), "{text:?}");
        assert!(text.iter().any(|e| e.contains("no \"category\" column")), "{text:?}");
        let typo = read("rooms.csv", "name,category,member\nx,y,z\n").unwrap_err();
        assert!(typo[0].message.contains("did you mean members?"), "{typo:?}");
    }

    #[test]
    fn duplicates_and_bad_principals() {
        let text = "name,category,managers\na,eng,sip:x@y\na,eng,\nb,eng,bob\n";
        let (docs, errors) = read("r.csv", text).unwrap();
        assert_eq!(docs.len(), 1);
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert!(
            text.iter()
                .any(|e| e.starts_with("r.csv:3:1: Room a: column name: room a is described twice: first at r.csv:2")),
            "{text:?}"
        );
        assert!(
            text.iter().any(|e| e.starts_with("r.csv:4:3: Room b: column managers: entry 1 (\"bob\")")),
            "{text:?}"
        );
    }

    fn messages(errors: &[Diagnostic]) -> Vec<String> {
        errors.iter().map(|e| e.to_string()).collect()
    }

    #[test]
    fn an_unterminated_quote_is_an_error_at_the_quote_not_a_longer_description() {
        let text = "name,category,description\nalpha,eng,\"first room\nbeta,eng,second room\n";
        let (docs, errors) = read("rooms.csv", text).unwrap();
        assert!(docs.is_empty(), "no row is read into another: {docs:?}");
        let text = messages(&errors);
        assert_eq!(text.len(), 1, "{text:?}");
        assert!(
            text[0].starts_with("rooms.csv:2:11: the quote that opens the description cell here is never closed"),
            "{text:?}"
        );
        assert!(text[0].contains("lines 2–3"), "{text:?}");
        // Rows before it are read; nothing after it is.
        let text = "name,category,description\nok,eng,fine\nalpha,eng,\"open\nbeta,eng,x\ngamma,eng,y";
        let (docs, errors) = read("r.csv", text).unwrap();
        assert_eq!(docs.iter().map(|d| d.doc.metadata.name.as_str()).collect::<Vec<_>>(), ["ok"]);
        assert_eq!((errors.len(), errors[0].line, errors[0].column), (1, 3, 11), "{errors:?}");
        // On the last line, without a line end, in any column.
        let (_, errors) = read("r.csv", "name,category\nx,\"eng").unwrap();
        assert!(messages(&errors)[0].starts_with("r.csv:2:3: the quote that opens the category cell"), "{errors:?}");
    }

    #[test]
    fn only_a_description_may_span_lines() {
        let text = "name,category,members,description\na,eng,\"sip:x@y.com\nb,eng,,\"two\nlines\"\n";
        let (docs, errors) = read("rooms.csv", text).unwrap();
        let text = messages(&errors);
        assert_eq!(text.len(), 1, "{text:?}");
        assert!(
            text[0].starts_with(
                "rooms.csv:2:7: the quote that opens the members cell here is still open at the end of the line"
            ),
            "{text:?}"
        );
        // The next line is read as the next row.
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].doc.metadata.name, "b");
        assert_eq!(room(&docs[0]).description, "two\nlines");
        // The header row is one line.
        let errors = read("rooms.csv", "name,\"category\n\",description\nx,y,z\n").unwrap_err();
        assert!(
            messages(&errors)[0].starts_with("rooms.csv:1:6: the quote that opens the header cell 2"),
            "{errors:?}"
        );
    }

    #[test]
    fn spreadsheet_multi_line_descriptions_are_read() {
        // What Excel writes: CRLF between rows, LF inside a quoted cell, quotes doubled.
        let text = "\u{feff}name,category,description,members\r\n\
                    alpha,eng,\"Line one\nline two, with a comma\nand a \"\"quote\"\"\",sip:a@x.com\r\n\
                    beta,eng,plain,\r\n\
                    gamma,eng,\"crlf\r\ninside\",\r\n";
        let (docs, errors) = read("rooms.csv", text).unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(docs.len(), 3);
        assert_eq!(room(&docs[0]).description, "Line one\nline two, with a comma\nand a \"quote\"");
        assert_eq!(room(&docs[0]).members, ["sip:a@x.com"]);
        assert_eq!(room(&docs[2]).description, "crlf\ninside");
        // A row is located where it starts, each cell on its own line.
        assert_eq!(docs[0].located.pos("metadata.name"), Pos { line: 2, col: 1 });
        assert_eq!(docs[0].located.pos("spec.members[0]"), Pos { line: 4, col: 4 });
        assert_eq!(docs[1].located.pos("metadata.name"), Pos { line: 5, col: 1 });
        assert_eq!(docs[2].located.pos("metadata.name"), Pos { line: 6, col: 1 });
    }

    #[test]
    fn a_description_closed_too_early_for_the_row_is_an_error() {
        let text = "name,category,description,members\nalpha,eng,\"first\nbeta,eng\",sip:x@y.com\ngamma,eng,\"a\nb\"\n";
        let (docs, errors) = read("rooms.csv", text).unwrap();
        let text = messages(&errors);
        assert_eq!(text.len(), 1, "{text:?}");
        assert!(text[0].starts_with("rooms.csv:4:11: the description cell's quote, opened here, closes on line 5"));
        assert!(text[0].contains("3 of the header's 4 cells"), "{text:?}");
        assert_eq!(docs.len(), 1, "alpha, which holds all four cells, is read: {docs:?}");
        // What cannot be told from an honest cell: the quote closed a line too late. The
        // description holds the swallowed line, and the plan shows it.
        assert_eq!(room(&docs[0]).description, "first\nbeta,eng");
        assert_eq!(room(&docs[0]).members, ["sip:x@y.com"]);
    }

    #[test]
    fn stray_quotes_are_errors_at_the_quote() {
        let text = "name,category,description\na,eng,6\" screen\nb,eng,\"closed\" early\nc,eng,\"6\"\" screen\"\n";
        let (docs, errors) = read("rooms.csv", text).unwrap();
        let text = messages(&errors);
        assert_eq!(text.len(), 2, "{text:?}");
        assert!(text[0].starts_with("rooms.csv:2:8: a quote inside the unquoted description cell"), "{text:?}");
        assert!(text[1].starts_with("rooms.csv:3:16: text after the closing quote of the description cell;"));
        assert_eq!(docs.len(), 1);
        assert_eq!(room(&docs[0]).description, "6\" screen");
        // A closing quote far from its opening one names both.
        let (_, errors) = read("r.csv", "name,category,description\na,eng,\"x\ny\"z\n").unwrap();
        assert!(messages(&errors)[0]
            .contains("r.csv:3:3: text after the closing quote of the description cell, opened at 2:7"));
        // Spaces around a quoted cell are fine; the cell is trimmed.
        let (docs, errors) = read("r.csv", "name,category,description\n a , \"eng\" ,  \" x, y \"  \n").unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!((docs[0].doc.metadata.name.as_str(), room(&docs[0]).category.as_str()), ("a", "eng"));
        assert_eq!(room(&docs[0]).description, "x, y");
    }

    #[test]
    fn rows_with_more_cells_than_the_header_are_refused() {
        let text = "name,category,description\na,eng,one,two\nb,eng,fine,,\n";
        let (docs, errors) = read("rooms.csv", text).unwrap();
        let text = messages(&errors);
        assert_eq!(text.len(), 1, "{text:?}");
        assert!(text[0].starts_with("rooms.csv:2:4: the row has 4 cells; the header row names 3"), "{text:?}");
        assert_eq!(docs.len(), 1, "empty cells past the header are ignored");
    }

    #[test]
    fn blank_lines_quoted_headers_and_semicolons() {
        let (docs, errors) = read("r.csv", "\n\"Name\",\"Category\"\n\nx,eng\n,\n").unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].located.pos("metadata.name"), Pos { line: 4, col: 1 });
        let errors = read("r.csv", "name;category;description\nx;eng;y\n").unwrap_err();
        assert!(messages(&errors)[0].contains("separates its cells with ';'"), "{errors:?}");
        let errors = read("r.csv", "").unwrap_err();
        assert!(errors[0].message.contains("no header row"), "{errors:?}");
        let (_, errors) = read("r.csv", "name,category\n").unwrap();
        assert!(errors[0].message.contains("holds no rooms"), "{errors:?}");
    }

    /// Room lists as spreadsheets and people write them, and the shapes that went wrong.
    const FUZZ_CORPUS: &[&str] = &[
        include_str!("../../examples/rooms.csv"),
        "Name,Category,Privacy,Type,Description,Members,Managers,Presenters\n\
         backend,eng,closed,normal,APIs and jobs,sip:bob@contoso.com;group:leads,sip:alice@contoso.com,\n\
         all-hands,eng,open,auditorium,,ou:contoso/eng,,sip:alice@contoso.com\n\
         triage,eng,,,Bugs,sip:bob@contoso.com ; sip:alice@contoso.com,,\n",
        "\u{feff}name,category,description,members,disabled,invitations,addin\r\n\
         alpha,eng,\"Line one\nline \"\"two\"\", with a comma\",sip:a@x.com,yes,inherit,wiki\r\n\
         beta,eng,plain,,0,,\r\n",
        "name,category,description\nalpha,eng,\"first room\nbeta,eng,second room\n",
        "name,category,members\na,eng,\"sip:x@y\nb,eng,6\" screen\nc,eng,\"x\"y\n",
        "name,category,description\na,eng,one,two\n\n,\n\"x\",\"eng\",\"\"\n",
    ];

    #[test]
    fn fuzz_rooms_csv() {
        let corpus: Vec<&[u8]> = FUZZ_CORPUS.iter().map(|s| s.as_bytes()).collect();
        let tokens: &[&[u8]] = &[
            b"\"",
            b"\"\"",
            b",",
            b"\n",
            b"\r\n",
            b"\r",
            b";",
            b" ",
            b"sip:",
            b"group:",
            "\u{feff}".as_bytes(),
            b"description",
            b",\"",
            b"\",",
            "é".as_bytes(),
        ];
        crate::testing::fuzz::run("rooms_csv", &corpus, tokens, |input| {
            let text = String::from_utf8_lossy(input);
            let last_line = text.split(['\n', '\r']).count();
            let (docs, errors) = match read("fuzz.csv", &text) {
                Ok(read) => read,
                Err(errors) => (Vec::new(), errors),
            };
            for e in &errors {
                assert!(e.line >= 1 && e.line <= last_line && e.column >= 1, "{e:?} in {last_line} lines");
            }
            for d in &docs {
                assert!(!d.doc.metadata.name.is_empty(), "{d:?}");
            }
        });
    }
}
