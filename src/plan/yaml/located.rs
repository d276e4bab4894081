//! Where a document's values stand in its file: positions are found only when a problem
//! is reported, by parsing that document's lines again from the file's text, which a file
//! on disk lets go once read ([`SourceText`]).

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::Value;

use super::{drive, is_marker, Builder};

/// A line and column, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// One YAML document as JSON values, and where each value and each key stands.
///
/// Positions are only needed to report a problem, so they are not built while reading:
/// the document keeps its lines of the file, which are parsed again, once, the first time
/// a position is asked for. Reading 10,000 documents costs no path strings.
#[derive(Debug, Clone)]
pub struct LocatedDoc {
    pub value: Value,
    pub start: Pos,
    pub(super) source: Option<DocSource>,
    /// `spec.members[1]` → the value's position; `spec.members#key` → the key's position.
    /// Boxed: most documents never need theirs, and the cell of an empty map inline is
    /// 48 bytes in each of a large plan's 185,000 documents, the box's is 8.
    #[allow(clippy::box_collection)]
    pub(super) positions: std::sync::OnceLock<Box<HashMap<String, Pos>>>,
}

/// The file a document comes from, and the line it starts on (counted from 1); it runs
/// to the next `---` line.
#[derive(Debug, Clone)]
pub(super) struct DocSource {
    pub(super) text: Arc<SourceText>,
    pub(super) first_line: usize,
}

/// A file's text, which its documents parse again to place a problem. A plan of a pool's
/// size is 61 MB of text that, once read, is only wanted if something goes wrong: a file
/// on disk lets its text go ([`SourceText::release`]) and reads it again when a position is
/// asked for, provided the file still has the size and modification time it was read with.
#[derive(Debug)]
pub struct SourceText {
    text: std::sync::Mutex<Option<Arc<str>>>,
    /// Where to read the text again, and how the file was when it was read.
    file: Option<(std::path::PathBuf, u64, Option<std::time::SystemTime>)>,
}

impl SourceText {
    /// Text that is kept (it has no file to be read again from).
    pub fn kept(text: Arc<str>) -> Arc<SourceText> {
        Arc::new(SourceText { text: std::sync::Mutex::new(Some(text)), file: None })
    }

    /// The text of the file at `path`, as it is now (its size and modification time are
    /// noted, to read it again the same).
    pub fn of_file(path: &std::path::Path, text: Arc<str>) -> Arc<SourceText> {
        let modified = std::fs::metadata(path).ok().and_then(|m| m.modified().ok());
        let file = Some((path.to_path_buf(), text.len() as u64, modified));
        Arc::new(SourceText { text: std::sync::Mutex::new(Some(text)), file })
    }

    /// Lets a file's text go; it is read again if a position is asked for.
    pub fn release(&self) {
        if self.file.is_some() {
            *self.text.lock().unwrap_or_else(|e| e.into_inner()) = None;
        }
    }

    /// The text, read again if it was let go; none if the file changed or went away since.
    pub(super) fn text(&self) -> Option<Arc<str>> {
        let mut held = self.text.lock().unwrap_or_else(|e| e.into_inner());
        if held.is_none() {
            let (path, len, modified) = self.file.as_ref()?;
            let meta = std::fs::metadata(path).ok()?;
            if meta.len() != *len || meta.modified().ok() != *modified {
                return None;
            }
            let text = std::fs::read_to_string(path).ok()?;
            *held = Some(Arc::from(text));
        }
        held.clone()
    }
}

impl LocatedDoc {
    /// A document that did not come from YAML (a CSV row, say): its value, where it starts,
    /// and where each field path (`metadata.name`, `spec.members`) stands in its source.
    pub fn synthetic(value: Value, start: Pos, positions: impl IntoIterator<Item = (String, Pos)>) -> LocatedDoc {
        let positions = Box::new(positions.into_iter().collect::<HashMap<_, _>>());
        LocatedDoc { value, start, source: None, positions: positions.into() }
    }

    /// The document with its value: the tree's, if the fast reader took it.
    pub fn with_tree(mut self, tree: Option<super::Node<'_>>) -> LocatedDoc {
        if let Some(tree) = tree {
            self.value = tree.into_value();
        }
        self
    }

    fn positions(&self) -> &HashMap<String, Pos> {
        self.positions.get_or_init(|| {
            Box::new(match &self.source {
                Some(source) => source.positions(),
                None => HashMap::new(),
            })
        })
    }

    /// Where a field path stands: the value itself, else its key, else the closest parent.
    pub fn pos(&self, path: &str) -> Pos {
        let positions = self.positions();
        let mut p = path.to_string();
        loop {
            if let Some(pos) = positions.get(&p) {
                return *pos;
            }
            match p.rfind(['.', '[']) {
                Some(i) => p.truncate(i),
                None => return positions.get("").copied().unwrap_or(self.start),
            }
        }
    }

    /// The document's value, read again from its text by the general parser (which reads
    /// what the fast reader reads): for a document typed from its tree that turned out to
    /// need checking. Null if the text is gone.
    pub fn read_again(&self) -> Value {
        self.source.as_ref().and_then(|source| source.read(false)).map(|doc| doc.value).unwrap_or(Value::Null)
    }

    /// Lets the text of the document's file go (see [`SourceText`]).
    pub fn release_text(&self) {
        if let Some(source) = &self.source {
            source.text.release();
        }
    }

    /// Where the key of a mapping entry stands (for unknown fields).
    pub fn key_pos(&self, path: &str) -> Pos {
        self.positions().get(&format!("{path}#key")).copied().unwrap_or_else(|| self.pos(path))
    }
}

impl DocSource {
    /// Parses the document's lines again, this time keeping every position.
    fn positions(&self) -> HashMap<String, Pos> {
        // A file changed since it was read: its documents are placed by their first line.
        self.read(true).and_then(|d| d.positions.into_inner()).map(|p| *p).unwrap_or_default()
    }

    /// The document read again by the general parser, with its positions if `track`.
    fn read(&self, track: bool) -> Option<LocatedDoc> {
        let text = self.text.text()?;
        let mut lines = text.split_inclusive('\n');
        let skipped: usize = lines.by_ref().take(self.first_line - 1).map(str::len).sum();
        let mut taken = 0;
        for (i, line) in lines.enumerate() {
            if i > 0 && is_marker(line, "---") {
                break;
            }
            taken += line.len();
        }
        let slice = &text[skipped..skipped + taken];
        let mut builder = Builder { line_offset: self.first_line - 1, track, ..Builder::default() };
        let _ = drive(slice, &mut builder);
        builder.docs.into_iter().next()
    }
}
