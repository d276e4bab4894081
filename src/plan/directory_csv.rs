//! The directory kept in spreadsheets, for `pchat directory import`: a users file
//! (`sip,display_name,ou,site[,enabled]`) and a groups file (`name,members[,description]`,
//! members separated by `;`), read by the one CSV reader (`plan/csv.rs`) under its quoting
//! rules. No cell of a users file may span lines; in a groups file only a description may
//! (spreadsheets write a cell with line breaks as a quoted cell holding them, and a group's
//! description may hold line breaks).
//!
//! Each row becomes one upsert operation of a changeset, and remembers where it came from,
//! so every problem, found here or by the server (an operation's index and field, `ou` or
//! `members[2]`), is told at `users.csv:LINE:COLUMN`, COLUMN being the cell's number.

use std::collections::HashMap;

use super::csv::{Reader, Row, Table};
use super::load::Diagnostic;
use super::yaml::Pos;
use crate::api::{FieldError, GroupSpec, ObjectSpec, OpAction, Operation, UserSpec};

/// A users file.
pub const USERS: Table = Table {
    columns: &["sip", "display_name", "ou", "site", "enabled"],
    required: &["sip", "display_name", "ou", "site"],
    multi_line: None,
    needs: "a users file has the columns sip, display_name, ou and site, and may have enabled",
};

/// A groups file.
pub const GROUPS: Table = Table {
    columns: &["name", "members", "description"],
    required: &["name", "members"],
    multi_line: Some("description"),
    needs: "a groups file has the columns name and members, and may have description",
};

/// What separates the members of a group.
pub const MEMBER_SEPARATOR: char = ';';

/// Where one operation came from: its file and row, and the cell of each field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    /// The line the row starts on.
    pub line: usize,
    /// `User` or `Group`.
    pub kind: &'static str,
    pub name: String,
    /// Each field of the operation (`name`, `ou`, `members`, ...), the column it was read
    /// from and where that cell is.
    pub fields: Vec<(&'static str, &'static str, Pos)>,
    /// For each member sent, its entry's number in the members cell (1 = the first).
    pub entries: Vec<usize>,
}

impl Origin {
    /// A problem with the operation's `field` (`ou`, `members[2]`; none: the whole row),
    /// at the cell it was read from.
    pub fn diagnostic(&self, field: Option<&str>, message: &str) -> Diagnostic {
        let (base, entry) = match field.and_then(|f| f.strip_suffix(']')).and_then(|f| f.split_once('[')) {
            Some((base, i)) => (Some(base), i.parse::<usize>().ok()),
            None => (field, None),
        };
        let known = base.and_then(|b| self.fields.iter().find(|(f, _, _)| *f == b));
        let (label, pos) = match (known, field) {
            (Some((_, column, pos)), _) => (Some(format!("column {column}")), *pos),
            // A field no cell gives (labels): the row, at its name.
            (None, Some(f)) => {
                (Some(f.to_string()), self.fields.first().map_or(Pos { line: self.line, col: 1 }, |f| f.2))
            }
            (None, None) => (None, self.fields.first().map_or(Pos { line: self.line, col: 1 }, |f| f.2)),
        };
        let message = match entry.filter(|_| known.is_some()) {
            Some(i) => format!("entry {}: {message}", self.entries.get(i).copied().unwrap_or(i + 1)),
            None => message.to_string(),
        };
        Diagnostic {
            file: self.file.clone(),
            line: pos.line,
            column: pos.col,
            kind: Some(self.kind.to_string()),
            name: (!self.name.is_empty()).then(|| self.name.clone()),
            field: label,
            message,
        }
    }
}

/// The operations read from the directory files, in order, each with its origin.
#[derive(Debug, Default)]
pub struct Import {
    pub operations: Vec<Operation>,
    pub origins: Vec<Origin>,
}

impl Import {
    /// Reads a users file: one upsert per row. Returns every problem found, located.
    pub fn read_users(&mut self, file: &str, text: &str) -> Vec<Diagnostic> {
        self.read(file, text, USERS, "User", "sip", |row, problem| {
            let enabled = match row.get("enabled").filter(|v| !v.is_empty()) {
                None => None,
                Some(v) => match v.to_ascii_lowercase().as_str() {
                    "true" | "yes" | "1" => Some(true),
                    "false" | "no" | "0" => Some(false),
                    _ => {
                        problem("enabled", format!("{v:?} is not true or false (true/false, yes/no, 1/0)"));
                        None
                    }
                },
            };
            let text = |col: &str| row.get(col).map(str::to_string);
            let spec = UserSpec {
                display_name: text("display_name"),
                ou: text("ou"),
                site: text("site"),
                enabled,
                labels: None,
            };
            let fields = [("name", "sip"), ("display_name", "display_name"), ("ou", "ou"), ("site", "site")]
                .into_iter()
                .chain(row.has("enabled").then_some(("enabled", "enabled")))
                .collect();
            (ObjectSpec::User(spec), fields, Vec::new())
        })
    }

    /// Reads a groups file: one upsert per row, the members cell split at `;`. Returns every
    /// problem found, located.
    pub fn read_groups(&mut self, file: &str, text: &str) -> Vec<Diagnostic> {
        self.read(file, text, GROUPS, "Group", "name", |row, _| {
            let mut members = Vec::new();
            let mut entries = Vec::new();
            for (i, entry) in row.get("members").unwrap_or_default().split(MEMBER_SEPARATOR).map(str::trim).enumerate()
            {
                if !entry.is_empty() {
                    members.push(entry.to_string());
                    entries.push(i + 1);
                }
            }
            let spec = GroupSpec {
                description: row.get("description").map(str::to_string),
                members: Some(members),
                labels: None,
            };
            let fields = [("name", "name"), ("members", "members")]
                .into_iter()
                .chain(row.has("description").then_some(("description", "description")))
                .collect();
            (ObjectSpec::Group(spec), fields, entries)
        })
    }

    /// Reads one file; `object` turns a row into the operation's object, the fields it sets
    /// (field, column) and the member entries' numbers, reporting bad cells by column.
    #[allow(clippy::type_complexity)]
    fn read(
        &mut self,
        file: &str,
        text: &str,
        table: Table,
        kind: &'static str,
        key: &'static str,
        object: impl Fn(&Row, &mut dyn FnMut(&str, String)) -> (ObjectSpec, Vec<(&'static str, &'static str)>, Vec<usize>),
    ) -> Vec<Diagnostic> {
        let mut reader = match Reader::new(file, text, table) {
            Ok(reader) => reader,
            Err(errors) => return errors,
        };
        let mut errors = Vec::new();
        let mut first_row: HashMap<String, usize> = HashMap::new();
        while let Some(row) = reader.next_row(&mut errors) {
            let name = row.get(key).unwrap_or_default().to_string();
            let before = errors.len();
            let located = |column: &str, message: String| {
                let at = row.pos(column);
                Diagnostic {
                    file: file.to_string(),
                    line: at.line,
                    column: at.col,
                    kind: Some(kind.to_string()),
                    name: (!name.is_empty()).then(|| name.clone()),
                    field: Some(format!("column {column}")),
                    message,
                }
            };
            let (spec, fields, entries) = object(&row, &mut |column, message| errors.push(located(column, message)));
            if !name.is_empty() {
                if let Some(first) = first_row.get(&name) {
                    let what = kind.to_ascii_lowercase();
                    errors.push(located(key, format!("{what} {name} is listed twice: first at {file}:{first}")));
                    continue;
                }
                first_row.insert(name.clone(), row.line);
            }
            if errors.len() > before {
                continue;
            }
            self.operations.push(Operation {
                op: OpAction::Upsert,
                name: name.clone(),
                pool: None,
                revision: None,
                object: spec,
            });
            self.origins.push(Origin {
                file: file.to_string(),
                line: row.line,
                kind,
                name,
                fields: fields.into_iter().map(|(field, column)| (field, column, row.pos(column))).collect(),
                entries,
            });
        }
        errors
    }

    /// A problem the server found, at the row and cell it came from; None when it names no
    /// operation of this import.
    pub fn locate(&self, e: &FieldError) -> Option<Diagnostic> {
        let origin = self.origins.get(e.index?)?;
        Some(origin.diagnostic(e.field.as_deref(), &e.detail))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ErrorCode;

    fn messages(errors: &[Diagnostic]) -> Vec<String> {
        errors.iter().map(|e| e.to_string()).collect()
    }

    fn user(op: &Operation) -> &UserSpec {
        match &op.object {
            ObjectSpec::User(u) => u,
            other => panic!("not a user: {other:?}"),
        }
    }

    fn group(op: &Operation) -> &GroupSpec {
        match &op.object {
            ObjectSpec::Group(g) => g,
            other => panic!("not a group: {other:?}"),
        }
    }

    #[test]
    fn users_become_upserts_with_enabled_spellings() {
        let mut import = Import::default();
        let text = "SIP, Display_Name ,ou,site,enabled\n\
                    sip:a@x.com , Alice ,contoso/eng,redmond,Yes\n\
                    sip:b@x.com,Bob,contoso/eng,redmond,0\n\
                    sip:c@x.com,Carol,contoso/ops,dublin,\n\
                    sip:d@x.com,Dan,contoso/ops,dublin,TRUE\n\
                    sip:e@x.com,Erin,contoso/ops,dublin,no\n\
                    sip:f@x.com,Frank,contoso/ops,dublin,1\n\
                    sip:g@x.com,Gina,contoso/ops,dublin,false\n";
        let errors = import.read_users("users.csv", text);
        assert!(errors.is_empty(), "{errors:?}");
        let enabled: Vec<Option<bool>> = import.operations.iter().map(|o| user(o).enabled).collect();
        assert_eq!(enabled, [Some(true), Some(false), None, Some(true), Some(false), Some(true), Some(false)]);
        let first = &import.operations[0];
        assert_eq!((first.op, first.name.as_str()), (OpAction::Upsert, "sip:a@x.com"));
        assert_eq!(user(first).display_name.as_deref(), Some("Alice"), "cells are trimmed");
        assert_eq!((user(first).ou.as_deref(), user(first).site.as_deref()), (Some("contoso/eng"), Some("redmond")));
        assert_eq!(import.origins[2].line, 4);
        assert_eq!(import.origins[2].fields[2], ("ou", "ou", Pos { line: 4, col: 3 }));
        // Without an enabled column, enabled is left alone.
        let mut import = Import::default();
        assert!(import.read_users("u.csv", "sip,display_name,ou,site\nsip:a@x.com,A,o,s\n").is_empty());
        assert_eq!(user(&import.operations[0]).enabled, None);
    }

    #[test]
    fn bad_enabled_values_and_repeated_users_are_located() {
        let mut import = Import::default();
        let text = "sip,display_name,ou,site,enabled\n\
                    sip:a@x.com,A,o,s,maybe\n\
                    sip:b@x.com,B,o,s,\n\
                    sip:b@x.com,B,o,s,yes\n";
        let errors = messages(&import.read_users("users.csv", text));
        assert_eq!(
            errors,
            [
                "users.csv:2:5: User sip:a@x.com: column enabled: \"maybe\" is not true or false (true/false, yes/no, 1/0)",
                "users.csv:4:1: User sip:b@x.com: column sip: user sip:b@x.com is listed twice: first at users.csv:3",
            ]
        );
        assert_eq!(import.operations.len(), 1, "only the good row is an operation");
    }

    #[test]
    fn groups_split_their_members_and_may_have_multi_line_descriptions() {
        let mut import = Import::default();
        let text = "name,members,description\n\
                    ops, sip:a@x.com ;; group:leads ;,\"Operations,\nall of them\"\n\
                    empty,,\n";
        let errors = import.read_groups("groups.csv", text);
        assert!(errors.is_empty(), "{errors:?}");
        let ops = group(&import.operations[0]);
        assert_eq!(ops.members.as_deref(), Some(&["sip:a@x.com".to_string(), "group:leads".to_string()][..]));
        assert_eq!(ops.description.as_deref(), Some("Operations,\nall of them"));
        assert_eq!(import.origins[0].entries, [1, 3]);
        assert_eq!(group(&import.operations[1]).members.as_deref(), Some(&[][..]), "an empty cell empties the group");
        assert_eq!(import.origins[1].line, 4);
        // Without a description column, the description is left alone.
        let mut import = Import::default();
        assert!(import.read_groups("g.csv", "name,members\nops,sip:a@x.com\n").is_empty());
        assert_eq!(group(&import.operations[0]).description, None);
    }

    #[test]
    fn header_and_quoting_problems_are_located() {
        let mut import = Import::default();
        let errors = messages(&import.read_users("users.csv", "sip,displayname,ou,site,enable\n"));
        assert!(errors[0].starts_with("users.csv:1:2: unknown column \"displayname\""), "{errors:?}");
        assert!(errors[0].ends_with("did you mean display_name?"), "{errors:?}");
        assert!(errors[1].starts_with("users.csv:1:5: unknown column \"enable\""), "{errors:?}");
        assert!(errors[1].ends_with("did you mean enabled?"), "{errors:?}");
        assert!(errors[2].contains("no \"display_name\" column; a users file has the columns sip, display_name"));
        // No cell of a users file may span lines; only a group's description may.
        let text = "sip,display_name,ou,site\nsip:a@x.com,\"Alice\nsip:b@x.com,Bob,o,s\n";
        let errors = messages(&import.read_users("users.csv", text));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("users.csv:2:13: the quote that opens the display_name cell here is still open"));
        assert!(errors[0].ends_with("No cell of this file may span lines"), "{errors:?}");
        assert_eq!(import.operations.len(), 1, "the next line is read as the next row");
        let errors = messages(&import.read_groups("groups.csv", "name,members\nops,\"sip:a@x.com\nx,y\n"));
        assert!(errors[0].starts_with("groups.csv:2:5: the quote that opens the members cell here is still open"));
        assert!(errors[0].ends_with("Only a description cell may span lines"), "{errors:?}");
        let errors = messages(&import.read_groups("groups.csv", "name,members,description\nops,,\"open\n"));
        assert!(errors[0].starts_with("groups.csv:2:6: the quote that opens the description cell here is never closed"));
    }

    #[test]
    fn a_row_with_too_many_cells_is_refused() {
        let mut import = Import::default();
        let text = "sip,display_name,ou,site\nsip:a@x.com,Smith, Alice,o,s\nsip:b@x.com,Bob,o,s\n";
        let errors = messages(&import.read_users("users.csv", text));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("users.csv:2:5: the row has 5 cells; the header row names 4"), "{errors:?}");
        assert_eq!(import.operations.iter().map(|o| o.name.as_str()).collect::<Vec<_>>(), ["sip:b@x.com"]);
    }

    #[test]
    fn server_problems_are_mapped_to_their_row_and_cell() {
        let mut import = Import::default();
        let users = "sip,ou,display_name,site\nsip:a@x.com,contoso/eng,A,s\nsip:b@x.com,/,B,s\n";
        assert!(import.read_users("users.csv", users).is_empty());
        let groups = "description,name,members\nTeam,ops,sip:a@x.com;;sip:ghost@x.com\n";
        assert!(import.read_groups("groups.csv", groups).is_empty());
        let problem = |index: Option<usize>, field: Option<&str>| FieldError {
            index,
            field: field.map(str::to_string),
            code: ErrorCode::InvalidValue,
            detail: "bad".into(),
        };
        let at = |index, field| import.locate(&problem(index, field)).map(|d| d.to_string());
        assert_eq!(at(Some(1), Some("ou")).unwrap(), "users.csv:3:2: User sip:b@x.com: column ou: bad");
        assert_eq!(at(Some(1), Some("name")).unwrap(), "users.csv:3:1: User sip:b@x.com: column sip: bad");
        assert_eq!(at(Some(0), Some("site")).unwrap(), "users.csv:2:4: User sip:a@x.com: column site: bad");
        assert_eq!(at(Some(2), Some("members[1]")).unwrap(), "groups.csv:2:3: Group ops: column members: entry 3: bad");
        assert_eq!(at(Some(2), Some("description")).unwrap(), "groups.csv:2:1: Group ops: column description: bad");
        assert_eq!(at(Some(2), Some("labels")).unwrap(), "groups.csv:2:2: Group ops: labels: bad");
        assert_eq!(at(Some(0), None).unwrap(), "users.csv:2:1: User sip:a@x.com: bad");
        assert_eq!(at(Some(3), Some("ou")), None);
        assert_eq!(at(None, Some("ou")), None);
    }

    /// Directory files as spreadsheets write them, and the shapes that go wrong.
    const FUZZ_CORPUS: &[&str] = &[
        "sip,display_name,ou,site,enabled\nsip:a@x.com,\"Smith, Alice\",contoso/eng,redmond,yes\n",
        "\u{feff}name,members,description\r\nops,sip:a@x.com;group:x,\"two\r\nlines\"\r\n",
        "sip,display_name,ou,site\nsip:a@x.com,\"open\nsip:b@x.com,6\" screen,o,s\n",
        "name,members\nops,\"x\"y,z\n\n,\n",
    ];

    #[test]
    fn fuzz_directory_csv() {
        let corpus: Vec<&[u8]> = FUZZ_CORPUS.iter().map(|s| s.as_bytes()).collect();
        let tokens: &[&[u8]] = &[b"\"", b"\"\"", b",", b"\n", b"\r\n", b"\r", b";", b" ", b"sip:", b"description"];
        crate::testing::fuzz::run("directory_csv", &corpus, tokens, |input| {
            let text = String::from_utf8_lossy(input);
            let last_line = text.split(['\n', '\r']).count();
            let mut import = Import::default();
            let mut errors = import.read_users("fuzz.csv", &text);
            errors.extend(import.read_groups("fuzz.csv", &text));
            for e in &errors {
                assert!(e.line >= 1 && e.line <= last_line && e.column >= 1, "{e:?} in {last_line} lines");
            }
            assert_eq!(import.operations.len(), import.origins.len());
            for (i, o) in import.origins.iter().enumerate() {
                let d = import.locate(&FieldError {
                    index: Some(i),
                    field: Some("members[0]".into()),
                    code: crate::api::ErrorCode::InvalidValue,
                    detail: "x".into(),
                });
                assert!(d.is_some_and(|d| d.line >= o.line && d.line <= last_line), "{o:?}");
            }
        });
    }
}
