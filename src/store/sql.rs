//! Pieces shared by the SQL backends that do not depend on the database type.

use crate::api::Labels;

pub fn labels_to_text(labels: &Labels) -> String {
    serde_json::to_string(labels).unwrap_or_else(|_| "{}".to_string())
}

pub fn labels_from_text(text: &str) -> Labels {
    if text == "{}" {
        // Most objects carry no labels; listing thousands need not parse that each time.
        return Labels::new();
    }
    match serde_json::from_str(text) {
        Ok(labels) => labels,
        Err(e) => {
            // Only a hand-edited or damaged store holds these; the object stays readable, and
            // the log says its labels were lost on the way.
            tracing::warn!(error = %e, stored_bytes = text.len(), "stored labels are not a JSON object of strings; read as none");
            Labels::new()
        }
    }
}

/// Turns a name glob (`*`, `?`) into a LIKE pattern with `\` as escape.
///
/// The pattern is compared with `lower(column)`, which folds ASCII letters only on both
/// backends (SQLite without ICU; PostgreSQL on the `COLLATE "C"` name columns), so the
/// pattern is folded the same way: a non-ASCII letter must then match exactly, rather
/// than never matching at all (`Ä` lowered to `ä` would miss a stored `Ä`).
pub fn glob_to_like(glob: &str) -> String {
    let mut out = String::with_capacity(glob.len());
    for c in glob.to_ascii_lowercase().chars() {
        match c {
            '*' => out.push('%'),
            '?' => out.push('_'),
            '%' | '_' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Rows per multi-row INSERT; keeps every statement well under both engines' bind limits.
pub const INSERT_CHUNK_PARAMS: usize = 8000;
/// Values per `IN (...)` list.
pub const IN_CHUNK: usize = 500;

/// Migrations, in order: (version, SQL).
pub struct Migration {
    pub version: i64,
    pub sql: &'static str,
}
