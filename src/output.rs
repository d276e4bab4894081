//! Everything the CLI prints: tables for people (comfy-table), JSON and YAML for scripts
//! (stdout only), notes and progress on stderr.

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
            table.add_row(item.row(self.wide()));
        }
        write_stdout(&format!("{table}\n"))?;
        if !self.quiet {
            eprintln!("{} item{}", items.len(), if items.len() == 1 { "" } else { "s" });
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
            table.add_row(vec![k.to_string(), v]);
        }
        write_stdout(&format!("{table}\n"))
    }

    /// Rows with ad-hoc headers.
    pub fn rows(&self, headers: &[&str], rows: Vec<Vec<String>>) -> anyhow::Result<()> {
        let mut table = self.table();
        table.set_header(headers.to_vec());
        for r in rows {
            table.add_row(r);
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
            eprintln!("{}", message.as_ref());
        }
    }

    /// Prints the result of a write: the object for scripts, a note for people.
    pub fn written<T: Serialize>(&self, value: &T, message: impl AsRef<str>) -> anyhow::Result<()> {
        if self.structured() {
            self.data(value)
        } else {
            if !self.quiet {
                write_stdout(&format!("{}\n", message.as_ref()))?;
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
            indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({elapsed})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_message(what.to_string());
        // A batch is one transaction on the server: the clock shows it is still going.
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
