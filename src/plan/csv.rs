//! The one CSV reader: tables kept in spreadsheets (room lists, the directory's users and
//! groups), a header row naming the columns, one object per row. Every cell is read with its
//! line and column, so every problem (here, in the caller's checks, or from the server) can
//! name `FILE:LINE:COLUMN`. For a bad value COLUMN is the cell's number (A = 1); for a
//! quoting problem it is the character position of the quote on its line.
//!
//! The format is RFC 4180 as spreadsheets write it: cells separated by `,`, rows by CRLF, LF
//! or CR; a cell that holds a `,`, a quote or a line break is quoted (`"a, b"`) and a quote
//! inside it is written twice (`"6"" screen"`); spaces around cells are trimmed; a UTF-8 byte
//! order mark is skipped, and so are blank rows. A quoting mistake must never make a row
//! disappear into its neighbour, so the reader is strict where the csv crate is lenient:
//!
//! - Only the table's one multi-line column (a description), if it has one, may span lines
//!   (Excel, LibreOffice and Google Sheets write a cell with line breaks as a quoted cell
//!   holding them). A quote in any other cell, or in the header row, that is still open at
//!   the end of its line is an error at the quote: a closing quote is missing. The next line
//!   is read as the next row.
//! - A row whose multi-line cell spans lines must still have all of the header's cells once
//!   its quote closes; a row cut short there is an error (the quote most likely closes in
//!   the wrong place).
//! - A quote still open at the end of the file is always an error naming the line and
//!   column where it opened; nothing after it is read.
//! - A quote inside an unquoted cell (`6" screen`) and text after a closing quote
//!   (`"a"b`) are errors at that character, not read as literal quotes.
//! - A row with more non-empty cells than the header names is an error (a comma too many,
//!   or a shifted row); empty cells past the header are ignored.
//! - The header names each column once, in any order and any case; an unknown column is an
//!   error naming it (with a "did you mean"), and so is a required column left out.
//!
//! What cannot be told apart from an honest file is a quote closed a line or more too late
//! in a multi-line cell: the cell then holds the lines in between.

use std::borrow::Cow;
use std::collections::HashMap;

use super::document::closest;
use super::load::Diagnostic;
use super::yaml::Pos;

/// The shape of one kind of CSV file.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    /// Every column the file may have, in the order the documentation lists them.
    pub columns: &'static [&'static str],
    /// The columns every file must have.
    pub required: &'static [&'static str],
    /// The one column whose cells may span lines, if any.
    pub multi_line: Option<&'static str>,
    /// What a missing required column is told: "every room needs a name and a category".
    pub needs: &'static str,
}

/// A problem at a line and column of a file, about no object in particular.
pub fn at(file: &str, line: usize, column: usize, message: String) -> Diagnostic {
    Diagnostic { file: file.to_string(), line, column, kind: None, name: None, field: None, message }
}

/// One cell of a row: its text (unquoted, trimmed), the line it starts on and its number
/// (A = 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub line: usize,
    pub column: usize,
}

/// One row that passed the quoting rules, its cells by column name.
#[derive(Debug, Clone)]
pub struct Row {
    /// The line the row starts on.
    pub line: usize,
    columns: &'static [&'static str],
    /// One slot per column of the table: None when the header does not name it.
    cells: Vec<Option<Cell>>,
}

impl Row {
    fn cell(&self, column: &str) -> Option<&Cell> {
        self.columns.iter().position(|c| *c == column).and_then(|i| self.cells[i].as_ref())
    }

    /// Whether the header names the column.
    pub fn has(&self, column: &str) -> bool {
        self.cell(column).is_some()
    }

    /// A cell's text: None when the header does not name the column, empty when the row
    /// ends before it.
    pub fn get(&self, column: &str) -> Option<&str> {
        self.cell(column).map(|c| c.text.as_str())
    }

    /// Where a cell is: its own line (a row can span lines) and its number; the row's start
    /// for a column the header does not name.
    pub fn pos(&self, column: &str) -> Pos {
        match self.cell(column) {
            Some(c) => Pos { line: c.line, col: c.column },
            None => Pos { line: self.line, col: 1 },
        }
    }
}

/// Reads a table: the header row when made, then the rows one by one.
pub struct Reader<'t> {
    file: String,
    table: Table,
    scan: Scanner<'t>,
    last_line: usize,
    /// The header's cells, lowercased, in the file's order.
    headers: Vec<String>,
    /// For each column of the table, its index among the header's cells.
    slots: Vec<Option<usize>>,
    /// The index of the multi-line column among the header's cells.
    spanning: Option<usize>,
}

impl<'t> Reader<'t> {
    /// Reads the header row. Any problem with it (an unknown, repeated or missing column, a
    /// quoting mistake, no header at all) is fatal: every one found comes back as `Err`.
    pub fn new(file: &str, text: &'t str, table: Table) -> Result<Reader<'t>, Vec<Diagnostic>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // Every line end as `\n` (inside quotes too: a CRLF in a description is a line break).
        let text: Cow<str> =
            if text.contains('\r') { Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n")) } else { text.into() };
        let last_line = text.trim_end_matches('\n').matches('\n').count() + 1;
        let mut scan = Scanner::new(text);
        let header_cell = |i: usize| format!("header cell {}", i + 1);
        let header = loop {
            match scan.row(|_| false) {
                Ok(Some(row)) if row.cells.iter().all(|c| c.text.is_empty()) => continue,
                Ok(row) => break row,
                Err(bad) => return Err(vec![bad_quote(file, &bad, &header_cell, last_line, table.multi_line).0]),
            }
        };
        let Some(header) = header else {
            return Err(vec![at(
                file,
                1,
                1,
                format!(
                    "the file has no header row (columns: {}; {} {} required)",
                    table.columns.join(", "),
                    and_list(table.required),
                    if table.required.len() == 1 { "is" } else { "are" }
                ),
            )]);
        };
        let header_line = header.line;
        let headers: Vec<String> = header.cells.into_iter().map(|c| c.text.to_ascii_lowercase()).collect();
        let mut errors = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        for (i, h) in headers.iter().enumerate() {
            match table.columns.iter().find(|c| **c == h.as_str()) {
                Some(c) => {
                    if index.insert(c, i).is_some() {
                        errors.push(at(
                            file,
                            header_line,
                            i + 1,
                            format!("column {h:?} appears twice in the header row"),
                        ));
                    }
                }
                None => {
                    let hint = if headers.len() == 1 && h.contains(';') {
                        "; the file separates its cells with ';': save it as \"CSV UTF-8 (comma delimited)\""
                            .to_string()
                    } else {
                        closest(h, table.columns).map(|c| format!("; did you mean {c}?")).unwrap_or_default()
                    };
                    errors.push(at(
                        file,
                        header_line,
                        i + 1,
                        format!("unknown column {h:?} (the columns are {}){hint}", table.columns.join(", ")),
                    ));
                }
            }
        }
        for col in table.required {
            if !index.contains_key(col) {
                errors.push(at(file, header_line, 1, format!("the header row has no {col:?} column; {}", table.needs)));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let slots = table.columns.iter().map(|c| index.get(c).copied()).collect();
        let spanning = table.multi_line.and_then(|c| index.get(c).copied());
        Ok(Reader { file: file.to_string(), table, scan, last_line, headers, slots, spanning })
    }

    /// The next row that is not blank, or None at the end of the file (or at a quote that
    /// stays open to it). Rows broken by a quoting mistake or holding too many cells are
    /// reported to `errors` and skipped.
    pub fn next_row(&mut self, errors: &mut Vec<Diagnostic>) -> Option<Row> {
        let file = self.file.as_str();
        let headers = &self.headers;
        let cell_name = |i: usize| match headers.get(i) {
            Some(h) => format!("{h} cell"),
            None => format!("cell {} (past the header's {} columns)", i + 1, headers.len()),
        };
        loop {
            let spanning = self.spanning;
            let record = match self.scan.row(|i| Some(i) == spanning) {
                Ok(Some(row)) => row,
                Ok(None) => return None,
                Err(bad) => {
                    let (problem, go_on) = bad_quote(file, &bad, &cell_name, self.last_line, self.table.multi_line);
                    errors.push(problem);
                    if !go_on {
                        // Nothing after an unterminated quote is read.
                        self.scan.at = self.scan.text.len();
                        return None;
                    }
                    if !matches!(bad, Bad::Spans { .. }) {
                        self.scan.skip_line();
                    }
                    continue;
                }
            };
            let line = record.line;
            if record.cells.iter().all(|c| c.text.is_empty()) {
                continue;
            }
            let cells = record.cells;
            if cells.len() > headers.len() && cells.iter().skip(headers.len()).any(|c| !c.text.is_empty()) {
                errors.push(at(
                    file,
                    line,
                    headers.len() + 1,
                    format!(
                        "the row has {} cells; the header row names {}: is there a comma too many, or a quote missing?",
                        cells.len(),
                        headers.len()
                    ),
                ));
                continue;
            }
            if let Some((quote_line, quote_col, closed)) = cells.iter().find_map(|c| c.spans) {
                if cells.len() < headers.len() {
                    errors.push(at(
                        file,
                        quote_line,
                        quote_col,
                        format!(
                            "the {} cell's quote, opened here, closes on line {closed}, and the row then has {} of \
                             the header's {} cells: is the quote closed in the wrong place?",
                            self.table.multi_line.unwrap_or("multi-line"),
                            cells.len(),
                            headers.len()
                        ),
                    ));
                    continue;
                }
            }
            let mut cells: Vec<Option<RawCell>> = cells.into_iter().map(Some).collect();
            let by_column = self
                .slots
                .iter()
                .map(|slot| {
                    slot.map(|i| match cells.get_mut(i).and_then(Option::take) {
                        Some(c) => Cell { text: c.text, line: c.line, column: i + 1 },
                        None => Cell { text: String::new(), line, column: i + 1 },
                    })
                })
                .collect();
            return Some(Row { line, columns: self.table.columns, cells: by_column });
        }
    }
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// One cell as scanned: its text (unquoted, trimmed) and the line it starts on.
#[derive(Debug)]
struct RawCell {
    text: String,
    line: usize,
    /// For a quoted cell that spans lines: the line and column of its quote, and the line
    /// that closes it.
    spans: Option<(usize, usize, usize)>,
}

/// One scanned row: the line it starts on and its cells.
#[derive(Debug)]
struct RawRow {
    line: usize,
    cells: Vec<RawCell>,
}

/// A quoting problem, at a line and character column.
#[derive(Debug)]
enum Bad {
    /// A quote open at the end of the file: nothing after it can be read.
    Unterminated { line: usize, col: usize, cell: usize },
    /// A quote open at the end of its line in a cell that may not span lines; the scanner
    /// stands at the start of the next line.
    Spans { line: usize, col: usize, cell: usize },
    /// Text after a closing quote.
    AfterQuote { line: usize, col: usize, cell: usize, opened: (usize, usize) },
    /// A quote inside an unquoted cell.
    Stray { line: usize, col: usize, cell: usize },
}

/// A CSV scanner over text whose line ends are all `\n`, counting lines and characters.
struct Scanner<'t> {
    text: Cow<'t, str>,
    at: usize,
    line: usize,
    col: usize,
}

impl<'t> Scanner<'t> {
    fn new(text: Cow<'t, str>) -> Scanner<'t> {
        Scanner { text, at: 0, line: 1, col: 1 }
    }

    fn done(&self) -> bool {
        self.at >= self.text.len()
    }

    fn peek(&self) -> Option<char> {
        self.text[self.at..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    /// Skips to the start of the next line.
    fn skip_line(&mut self) {
        match self.text[self.at..].find('\n') {
            Some(i) => {
                self.at += i + 1;
                self.line += 1;
                self.col = 1;
            }
            None => self.at = self.text.len(),
        }
    }

    fn skip_blanks(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t')) {
            self.bump();
        }
    }

    /// One cell; the scanner is left at the `,` or line end after it (or the end of text).
    fn cell(&mut self, index: usize, may_span: bool) -> Result<RawCell, Bad> {
        let line = self.line;
        self.skip_blanks();
        if self.peek() != Some('"') {
            let rest = &self.text[self.at..];
            let end = rest.find([',', '\n', '"']).unwrap_or(rest.len());
            let text = rest[..end].trim().to_string();
            self.col += rest[..end].chars().count();
            self.at += end;
            if self.peek() == Some('"') {
                return Err(Bad::Stray { line: self.line, col: self.col, cell: index });
            }
            return Ok(RawCell { text, line, spans: None });
        }
        let opened = (self.line, self.col);
        self.bump();
        let mut text = String::new();
        let mut spans = false;
        loop {
            let rest = &self.text[self.at..];
            let end = rest.find(['"', '\n']).unwrap_or(rest.len());
            text.push_str(&rest[..end]);
            self.col += rest[..end].chars().count();
            self.at += end;
            match self.bump() {
                None => return Err(Bad::Unterminated { line: opened.0, col: opened.1, cell: index }),
                Some('"') if self.peek() == Some('"') => {
                    self.bump();
                    text.push('"');
                }
                Some('"') => break,
                Some(_) if !may_span => return Err(Bad::Spans { line: opened.0, col: opened.1, cell: index }),
                Some(c) => {
                    spans = true;
                    text.push(c);
                }
            }
        }
        self.skip_blanks();
        if !matches!(self.peek(), None | Some(',' | '\n')) {
            return Err(Bad::AfterQuote { line: self.line, col: self.col, cell: index, opened });
        }
        let spans = spans.then_some((opened.0, opened.1, self.line));
        Ok(RawCell { text: text.trim().to_string(), line, spans })
    }

    /// One row, or None at the end of the text; `may_span` says which cells may span lines.
    fn row(&mut self, may_span: impl Fn(usize) -> bool) -> Result<Option<RawRow>, Bad> {
        if self.done() {
            return Ok(None);
        }
        let line = self.line;
        let mut cells = Vec::new();
        loop {
            let cell = self.cell(cells.len(), may_span(cells.len()))?;
            cells.push(cell);
            if self.bump() != Some(',') {
                return Ok(Some(RawRow { line, cells }));
            }
        }
    }
}

/// What a quoting problem says, and whether reading can go on after it.
fn bad_quote(
    file: &str,
    bad: &Bad,
    cell_name: &dyn Fn(usize) -> String,
    last_line: usize,
    multi_line: Option<&str>,
) -> (Diagnostic, bool) {
    const TWICE: &str = "a quote inside a quoted cell is written twice (\"\")";
    match *bad {
        Bad::Unterminated { line, col, cell } => (
            at(
                file,
                line,
                col,
                format!(
                    "the quote that opens the {} here is never closed: the rest of the file ({}) would be read \
                     into it; close the quote ({TWICE}); nothing after it was read",
                    cell_name(cell),
                    if last_line > line { format!("lines {line}–{last_line}") } else { format!("line {line}") }
                ),
            ),
            false,
        ),
        Bad::Spans { line, col, cell } => (
            at(
                file,
                line,
                col,
                format!(
                    "the quote that opens the {} here is still open at the end of the line: is a closing quote \
                     missing? {}",
                    cell_name(cell),
                    match multi_line {
                        Some(c) => format!("Only a {c} cell may span lines"),
                        None => "No cell of this file may span lines".to_string(),
                    }
                ),
            ),
            true,
        ),
        Bad::AfterQuote { line, col, cell, opened } => {
            let since = if opened.0 == line { String::new() } else { format!(", opened at {}:{}", opened.0, opened.1) };
            (
                at(file, line, col, format!("text after the closing quote of the {}{since}; {TWICE}", cell_name(cell))),
                true,
            )
        }
        Bad::Stray { line, col, cell } => (
            at(
                file,
                line,
                col,
                format!(
                    "a quote inside the unquoted {}: quote the whole cell and write the quote twice \
                     (\"6\"\" screen\")",
                    cell_name(cell)
                ),
            ),
            true,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTES: Table = Table {
        columns: &["key", "value", "note"],
        required: &["key", "value"],
        multi_line: Some("note"),
        needs: "every entry needs a key and a value",
    };
    const FLAT: Table = Table { multi_line: None, ..NOTES };

    /// Every row's cells as text, and every problem as printed.
    fn read(table: Table, text: &str) -> Result<(Vec<Row>, Vec<String>), Vec<String>> {
        let messages = |errors: Vec<Diagnostic>| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>();
        let mut reader = Reader::new("t.csv", text, table).map_err(messages)?;
        let mut rows = Vec::new();
        let mut errors = Vec::new();
        while let Some(row) = reader.next_row(&mut errors) {
            rows.push(row);
        }
        Ok((rows, messages(errors)))
    }

    #[test]
    fn cells_by_column_with_lines_and_numbers() {
        let (rows, errors) = read(NOTES, "Value, KEY\n\"a, b\" , k1\n\nv2,k2,\n").unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].get("key"), rows[0].get("value")), (Some("k1"), Some("a, b")));
        assert_eq!(rows[0].get("note"), None, "a column the header does not name");
        assert!(!rows[0].has("note") && rows[0].has("key"));
        assert_eq!(rows[1].pos("key"), Pos { line: 4, col: 2 });
        assert_eq!(rows[1].pos("note"), Pos { line: 4, col: 1 });
        // A row cut short has its missing cells empty, at the row's line.
        let (rows, _) = read(NOTES, "key,value,note\nk\n").unwrap();
        assert_eq!((rows[0].get("note"), rows[0].pos("note")), (Some(""), Pos { line: 2, col: 3 }));
    }

    #[test]
    fn header_problems_are_all_reported_with_suggestions() {
        let errors = read(NOTES, "key,valeu,colour,key\n").unwrap_err();
        assert_eq!(
            errors,
            [
                "t.csv:1:2: unknown column \"valeu\" (the columns are key, value, note); did you mean value?",
                "t.csv:1:3: unknown column \"colour\" (the columns are key, value, note)",
                "t.csv:1:4: column \"key\" appears twice in the header row",
                "t.csv:1:1: the header row has no \"value\" column; every entry needs a key and a value",
            ]
        );
        let errors = read(NOTES, "\n\n").unwrap_err();
        assert_eq!(
            errors,
            ["t.csv:1:1: the file has no header row (columns: key, value, note; key and value are required)"]
        );
        let errors = read(NOTES, "key;value\n").unwrap_err();
        assert!(errors[0].contains("separates its cells with ';'"), "{errors:?}");
        let errors = read(NOTES, "key,\"value\nx\n").unwrap_err();
        assert!(errors[0].starts_with("t.csv:1:5: the quote that opens the header cell 2 here is still open"));
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
    }

    #[test]
    fn quoting_mistakes_are_located_and_the_next_line_is_read() {
        let text = "key,value,note\nk1,\"open\nk2,6\" screen\nk3,\"v\"x\nk4,v4\n";
        let (rows, errors) = read(NOTES, text).unwrap();
        assert_eq!(rows.iter().map(|r| r.get("key").unwrap()).collect::<Vec<_>>(), ["k4"]);
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].starts_with("t.csv:2:4: the quote that opens the value cell here is still open"));
        assert!(errors[0].ends_with("Only a note cell may span lines"), "{errors:?}");
        assert!(errors[1].starts_with("t.csv:3:5: a quote inside the unquoted value cell"), "{errors:?}");
        assert!(errors[2].starts_with("t.csv:4:7: text after the closing quote of the value cell;"), "{errors:?}");
        // Without a multi-line column, no cell may span lines.
        let (rows, errors) = read(FLAT, "key,value,note\nk1,v1,\"two\nlines\"\n").unwrap();
        assert!(errors[0].starts_with("t.csv:2:7: the quote that opens the note cell here is still open"));
        assert!(errors[0].ends_with("No cell of this file may span lines"), "{errors:?}");
        // The line after is read as a row of its own, and its stray quote is reported.
        assert!(rows.is_empty() && errors.len() == 2, "{rows:?} {errors:?}");
        assert!(errors[1].starts_with("t.csv:3:6: a quote inside the unquoted key cell"), "{errors:?}");
    }

    #[test]
    fn an_unterminated_quote_stops_the_reading_at_it() {
        let (rows, errors) = read(NOTES, "key,value,note\nk1,v1,ok\nk2,v2,\"open\nk3,v3,x\n").unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("t.csv:3:7: the quote that opens the note cell here is never closed"));
        assert!(errors[0].contains("(lines 3–4)"), "{errors:?}");
    }

    #[test]
    fn multi_line_cells_and_rows_cut_short_by_them() {
        let text = "\u{feff}key,note,value\r\nk1,\"one\r\ntwo\",v1\r\nk2,\"a\nb\"\n";
        let (rows, errors) = read(NOTES, text).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].get("note"), Some("one\ntwo"));
        assert_eq!(rows[0].pos("value"), Pos { line: 3, col: 3 });
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("t.csv:4:4: the note cell's quote, opened here, closes on line 5"));
        assert!(errors[0].contains("2 of the header's 3 cells"), "{errors:?}");
    }

    #[test]
    fn a_row_with_too_many_cells_is_refused() {
        let (rows, errors) = read(NOTES, "key,value\nk1,v1,extra\nk2,v2,,\n").unwrap();
        assert_eq!(
            errors,
            ["t.csv:2:3: the row has 3 cells; the header row names 2: is there a comma too many, or a quote missing?"]
        );
        assert_eq!(rows.len(), 1, "empty cells past the header are ignored");
        let (_, errors) = read(NOTES, "key,value\nk1,v1,\"x\ny\"\n").unwrap();
        assert!(errors[0].starts_with("t.csv:2:7: the quote that opens the cell 3 (past the header's 2 columns)"));
    }
}
