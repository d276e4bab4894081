//! Room lists kept in spreadsheets: a CSV file with a header row, one room per row, read as
//! Room documents for the plan/apply path. Each document remembers the line of its row and
//! the column of each field, so every error — here, in the diff or from the server — names
//! `rooms.csv:LINE:COLUMN`.

use std::collections::HashMap;
use std::str::FromStr;

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

/// What separates the principals of a list column.
pub const LIST_SEPARATOR: char = ';';

fn at(file: &str, line: usize, column: usize, message: String) -> Diagnostic {
    Diagnostic { file: file.to_string(), line, column, kind: None, name: None, field: None, message }
}

/// Reads a room list. A header problem (an unknown or missing column, no header at all) is
/// fatal and comes back as `Err`; a bad value in a row is reported beside the documents of
/// the good rows, so the plan can report the diff's problems in the same run.
pub fn read(file: &str, text: &str) -> Result<(Vec<Sourced>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.to_ascii_lowercase()).collect(),
        Err(e) => return Err(vec![at(file, 1, 1, format!("not a readable CSV header row: {e}"))]),
    };
    if headers.iter().all(|h| h.is_empty()) {
        return Err(vec![at(
            file,
            1,
            1,
            format!("the file has no header row (columns: {}; name and category are required)", COLUMNS.join(", ")),
        )]);
    }
    let mut errors = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        match COLUMNS.iter().find(|c| **c == h.as_str()) {
            Some(c) => {
                if index.insert(c, i).is_some() {
                    errors.push(at(file, 1, i + 1, format!("column {h:?} appears twice in the header row")));
                }
            }
            None => {
                let hint = closest(h, COLUMNS).map(|c| format!("; did you mean {c}?")).unwrap_or_default();
                errors.push(at(
                    file,
                    1,
                    i + 1,
                    format!("unknown column {h:?} (the columns are {}){hint}", COLUMNS.join(", ")),
                ));
            }
        }
    }
    for col in REQUIRED {
        if !index.contains_key(col) {
            errors.push(at(
                file,
                1,
                1,
                format!("the header row has no {col:?} column; every room needs a name and a category"),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut docs: Vec<Sourced> = Vec::new();
    let mut first_row: HashMap<String, usize> = HashMap::new();
    let mut rows = 0usize;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                errors.push(at(file, line, 1, format!("not readable as CSV: {e}")));
                continue;
            }
        };
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        if record.iter().all(str::is_empty) {
            continue;
        }
        rows += 1;
        if record.len() > headers.len() && record.iter().skip(headers.len()).any(|f| !f.is_empty()) {
            errors.push(at(
                file,
                line,
                headers.len() + 1,
                format!("the row has {} fields; the header row names {}", record.len(), headers.len()),
            ));
            continue;
        }
        let cell = |col: &str| index.get(col).map(|i| record.get(*i).unwrap_or("").to_string());
        let pos = |col: &str| Pos { line, col: index.get(col).map_or(1, |i| i + 1) };
        let name = cell("name").unwrap_or_default();
        let before = errors.len();
        let mut problem = |col: &str, message: String| {
            errors.push(Diagnostic {
                file: file.to_string(),
                line,
                column: pos(col).col,
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
            metadata: Metadata { name: name.clone(), labels: Default::default() },
            spec: Spec::Room(RoomDoc {
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
            }),
        };
        let mut positions = vec![
            (String::new(), Pos { line, col: 1 }),
            ("metadata".to_string(), pos("name")),
            ("metadata.name".to_string(), pos("name")),
            ("spec".to_string(), Pos { line, col: 1 }),
        ];
        for col in COLUMNS.iter().filter(|c| index.contains_key(*c) && **c != "name") {
            positions.push((format!("spec.{col}"), pos(col)));
        }
        let located = LocatedDoc::synthetic(super::export::to_json(&doc), Pos { line, col: 1 }, positions);
        docs.push(Sourced { doc, file: file.to_string(), located });
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
}
