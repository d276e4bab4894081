//! Everything the CLI prints: tables for people (comfy-table), JSON and YAML for scripts
//! (stdout only), notes and progress on stderr.
//!
//! What people read is shown safely: every table cell, note and plan line goes through
//! [`printable`], which writes the characters `api::text::is_unsafe_char` names (controls
//! such as ESC and BEL, DEL, C1 controls, format characters such as U+202E or U+200B, the
//! line and paragraph separators) as escapes instead of handing them to the terminal. The
//! convention is Rust's: `\n`, `\r` and `\t` for newline, carriage return and tab, and
//! `\u{HEX}` (lower-case hex, `\u{1b}`) for the rest. JSON and YAML output is left exact;
//! their serializers escape what they must.

use std::borrow::Cow;
use std::io::Write;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use serde::Serialize;

pub use crate::cli::OutputFormat;

/// A type that renders as rows of a table.
pub trait Tabular {
    fn headers(wide: bool) -> Vec<&'static str>;
    fn row(&self, wide: bool) -> Vec<String>;
}

#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub format: OutputFormat,
    pub quiet: bool,
    pub color: bool,
}

impl Output {
    pub fn structured(&self) -> bool {
        matches!(self.format, OutputFormat::Json | OutputFormat::Yaml)
    }

    fn wide(&self) -> bool {
        matches!(self.format, OutputFormat::Wide)
    }

    /// Prints a value as JSON or YAML (the stable form for scripts).
    pub fn data<T: Serialize + ?Sized>(&self, value: &T) -> anyhow::Result<()> {
        let text = match self.format {
            OutputFormat::Yaml => serde_yaml::to_string(value)?,
            _ => {
                let mut s = serde_json::to_string_pretty(value)?;
                s.push('\n');
                s
            }
        };
        write_stdout(&text)
    }

    /// A list: a table for people, the array for scripts.
    pub fn list<T: Tabular + Serialize>(&self, items: &[T]) -> anyhow::Result<()> {
        if self.structured() {
            return self.data(items);
        }
        let mut table = self.table();
        table.set_header(T::headers(self.wide()));
        for item in items {
            table.add_row(printable_row(item.row(self.wide())));
        }
        write_stdout(&format!("{table}\n"))?;
        if !self.quiet {
            crate::say!("{}", crate::api::text::count(items.len(), "item"));
        }
        Ok(())
    }

    /// One object: field/value rows for people, the object for scripts.
    pub fn show<T: Tabular + Serialize>(&self, item: &T) -> anyhow::Result<()> {
        if self.structured() {
            return self.data(item);
        }
        let mut table = self.table();
        for (k, v) in T::headers(true).into_iter().zip(item.row(true)) {
            table.add_row(vec![k.to_string(), printable(&v).into_owned()]);
        }
        write_stdout(&format!("{table}\n"))
    }

    /// Rows with ad-hoc headers.
    pub fn rows(&self, headers: &[&str], rows: Vec<Vec<String>>) -> anyhow::Result<()> {
        let mut table = self.table();
        table.set_header(headers.to_vec());
        for r in rows {
            table.add_row(printable_row(r));
        }
        write_stdout(&format!("{table}\n"))
    }

    fn table(&self) -> Table {
        let mut table = Table::new();
        table.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
        if !self.color {
            table.force_no_tty();
        }
        table
    }

    /// A one-line note on stderr ("created room backend"), unless --quiet or scripting.
    pub fn note(&self, message: impl AsRef<str>) {
        if !self.quiet {
            crate::say!("{}", printable(message.as_ref()));
        }
    }

    /// Prints the result of a write: the object for scripts, a note for people.
    pub fn written<T: Serialize>(&self, value: &T, message: impl AsRef<str>) -> anyhow::Result<()> {
        if self.structured() {
            self.data(value)
        } else {
            if !self.quiet {
                write_stdout(&format!("{}\n", printable(message.as_ref())))?;
            }
            Ok(())
        }
    }

    /// A progress bar on stderr, only on a terminal and never for scripts.
    pub fn progress(&self, total: u64, what: &str) -> indicatif::ProgressBar {
        use std::io::IsTerminal;
        if self.quiet || self.structured() || !std::io::stderr().is_terminal() {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta} left, {elapsed} so far)")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_message(what.to_string());
        // The server reports its progress a few times a second; the clock ticks between.
        bar.enable_steady_tick(std::time::Duration::from_millis(250));
        bar
    }
}

/// Writes to stdout; a closed pipe (`pchat ... | head`) is not an error.
pub fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Writes to standard output through a buffer as `write` goes; a reader that went away
/// (`| head`) ends it quietly, as with [`write_stdout`].
pub fn stream_stdout(
    write: impl FnOnce(&mut std::io::BufWriter<std::io::StdoutLock<'static>>) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match write(&mut out).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

pub fn yes_no(b: bool) -> String {
    if b {
        "yes".into()
    } else {
        "no".into()
    }
}

pub fn list_cell(list: &[String], wide: bool) -> String {
    if wide || list.len() <= 3 {
        list.join(", ")
    } else {
        format!("{}, ... (+{})", list[..2].join(", "), list.len() - 2)
    }
}

/// `text` with every character that `api::text::is_unsafe_char` names escaped: `\n`, `\r`,
/// `\t`, and `\u{HEX}` for the others (ESC is `\u{1b}`, U+202E is `\u{202e}`). Borrowed
/// when there is nothing to escape. A backslash is left as it is: this is for people to read;
/// `-o json` gives the exact value.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(crate::api::text::is_unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        push_printable(&mut out, c);
    }
    Cow::Owned(out)
}

fn push_printable(out: &mut String, c: char) {
    use std::fmt::Write as _;
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if crate::api::text::is_unsafe_char(c) => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
        c => out.push(c),
    }
}

/// `text` in double quotes, for values in a plan: as [`printable`], with `"` and `\`
/// escaped too, so the quotes show where the value ends (`"a \"b\"\n"`).
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => push_printable(&mut out, c),
        }
    }
    out.push('"');
    out
}

/// `text` cut to its first `max` characters with `…` after them, when it is longer; whether
/// it was cut.
pub fn shortened(text: &str, max: usize) -> (Cow<'_, str>, bool) {
    match text.char_indices().nth(max) {
        None => (Cow::Borrowed(text), false),
        Some((at, _)) => (Cow::Owned(format!("{}…", &text[..at])), true),
    }
}

fn printable_row(row: Vec<String>) -> Vec<String> {
    row.into_iter().map(|cell| printable(&cell).into_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_leaves_ordinary_text_alone() {
        for text in ["", "backend", "Backend team, été 2024 — 中文 😀", "C:\\rooms\\x", "a \"quoted\" word"] {
            assert!(matches!(printable(text), Cow::Borrowed(t) if t == text), "{text:?}");
        }
    }

    #[test]
    fn printable_escapes_terminal_controls() {
        assert_eq!(printable("\u{1b}[2J\u{1b}[31mred\u{7}"), "\\u{1b}[2J\\u{1b}[31mred\\u{7}");
        assert_eq!(printable("one\ntwo\r\n\tthree"), "one\\ntwo\\r\\n\\tthree");
        assert_eq!(printable("\0 \u{7f} \u{85} \u{9b}"), "\\u{0} \\u{7f} \\u{85} \\u{9b}");
    }

    #[test]
    fn printable_escapes_invisible_and_reordering_characters() {
        assert_eq!(printable("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(printable("zero\u{200b}width"), "zero\\u{200b}width");
        assert_eq!(printable("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}");
        assert_eq!(printable("\u{feff}bom"), "\\u{feff}bom");
        assert_eq!(printable("line\u{2028}sep\u{2029}"), "line\\u{2028}sep\\u{2029}");
        assert_eq!(printable("tag\u{e0041}"), "tag\\u{e0041}");
        // What is left is free of anything a terminal acts on.
        let shown = printable("\u{1b}]0;title\u{7}\u{9d}\u{200f}");
        assert!(!shown.chars().any(crate::api::text::is_unsafe_char), "{shown}");
    }

    #[test]
    fn quoted_matches_rust_debug_for_what_it_escapes() {
        for text in ["eng", "a \"b\" c", "back\\slash", "x\ny", "\u{1b}[2J", "\u{202e}rtl", "\u{feff}", "é\u{7f}"] {
            assert_eq!(quoted(text), format!("{text:?}"), "{text:?}");
        }
    }

    #[test]
    fn shortened_cuts_on_characters() {
        assert_eq!(shortened("short", 10), (Cow::Borrowed("short"), false));
        assert!(!shortened("exactly10!", 10).1);
        assert_eq!(shortened("ééééééééééé", 10), (Cow::Owned("éééééééééé…".to_string()), true));
    }

    #[test]
    fn tables_and_notes_escape_cells() {
        let row = printable_row(vec!["ok".into(), "evil\u{1b}[2J\u{7}".into(), "two\nlines".into()]);
        assert_eq!(row, ["ok", "evil\\u{1b}[2J\\u{7}", "two\\nlines"]);
    }
}
