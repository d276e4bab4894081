//! YAML with locations: every value of every document keeps the line and column it came
//! from, so an error can name `rooms.yaml:9:7` and the field path `spec.members[1]`.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Map, Number, Value};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

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
    source: Option<DocSource>,
    /// `spec.members[1]` → the value's position; `spec.members#key` → the key's position.
    positions: std::sync::OnceLock<HashMap<String, Pos>>,
}

/// The file a document comes from, and the line it starts on (counted from 1); it runs
/// to the next `---` line.
#[derive(Debug, Clone)]
struct DocSource {
    text: Arc<str>,
    first_line: usize,
}

impl LocatedDoc {
    /// A document that did not come from YAML (a CSV row, say): its value, where it starts,
    /// and where each field path (`metadata.name`, `spec.members`) stands in its source.
    pub fn synthetic(value: Value, start: Pos, positions: impl IntoIterator<Item = (String, Pos)>) -> LocatedDoc {
        LocatedDoc { value, start, source: None, positions: positions.into_iter().collect::<HashMap<_, _>>().into() }
    }

    fn positions(&self) -> &HashMap<String, Pos> {
        self.positions.get_or_init(|| match &self.source {
            Some(source) => source.positions(),
            None => HashMap::new(),
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

    /// Where the key of a mapping entry stands (for unknown fields).
    pub fn key_pos(&self, path: &str) -> Pos {
        self.positions().get(&format!("{path}#key")).copied().unwrap_or_else(|| self.pos(path))
    }
}

impl DocSource {
    /// Parses the document's lines again, this time keeping every position.
    fn positions(&self) -> HashMap<String, Pos> {
        let mut lines = self.text.split_inclusive('\n');
        let skipped: usize = lines.by_ref().take(self.first_line - 1).map(str::len).sum();
        let mut taken = 0;
        for (i, line) in lines.enumerate() {
            if i > 0 && is_marker(line, "---") {
                break;
            }
            taken += line.len();
        }
        let slice = &self.text[skipped..skipped + taken];
        let mut builder = Builder { line_offset: self.first_line - 1, track: true, ..Builder::default() };
        let mut parser = Parser::new_from_str(slice);
        let _ = parser.load(&mut builder, true);
        builder.docs.into_iter().next().map(|d| d.positions.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

/// A syntax error at a position.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub pos: Pos,
    pub message: String,
}

enum Frame {
    Seq { path: String, items: Vec<Value>, anchor: usize },
    Map { path: String, map: Map<String, Value>, pending_key: Option<(String, Pos)>, anchor: usize },
}

#[derive(Default)]
struct Builder {
    /// Lines before the chunk this builder parses (chunks are parsed in parallel).
    line_offset: usize,
    /// Whether to record the position of every value (only when a problem is reported).
    track: bool,
    docs: Vec<LocatedDoc>,
    stack: Vec<Frame>,
    positions: HashMap<String, Pos>,
    anchors: HashMap<usize, Value>,
    doc_start: Pos,
    root: Option<Value>,
    error: Option<SyntaxError>,
}

fn pos_of(mark: &Marker, line_offset: usize) -> Pos {
    Pos { line: mark.line() + line_offset, col: mark.col() + 1 }
}

fn scalar(text: String, style: TScalarStyle) -> Value {
    if style != TScalarStyle::Plain {
        return Value::String(text);
    }
    scalar_value(&text)
}

/// What a plain scalar means (YAML 1.2's core schema, as plan files use it).
pub(super) fn scalar_value(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        // Only these can start a number (or inf and nan, which stay text here).
        _ if !text.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '.')) => {
            Value::String(text.to_string())
        }
        _ => {
            if let Ok(i) = text.parse::<i64>() {
                Value::Number(i.into())
            } else if let Some(n) = text.parse::<f64>().ok().filter(|f| f.is_finite()).and_then(Number::from_f64) {
                if text.chars().any(|c| c.is_ascii_digit()) {
                    Value::Number(n)
                } else {
                    Value::String(text.to_string())
                }
            } else {
                Value::String(text.to_string())
            }
        }
    }
}

impl Builder {
    fn child_path(&mut self, pos: Pos) -> Option<String> {
        if !self.track {
            // Only a complex key needs noticing; no path strings are built.
            if let Some(Frame::Map { pending_key: None, .. }) = self.stack.last() {
                self.error.get_or_insert(SyntaxError { pos, message: "mapping keys must be plain strings".into() });
                return None;
            }
            return Some(String::new());
        }
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Seq { path, items, .. }) => Some(format!("{path}[{}]", items.len())),
            Some(Frame::Map { path, pending_key, .. }) => match pending_key {
                Some((key, _)) => Some(if path.is_empty() { key.clone() } else { format!("{path}.{key}") }),
                None => {
                    // A complex (non-scalar) key: unsupported in plan files.
                    self.error.get_or_insert(SyntaxError { pos, message: "mapping keys must be plain strings".into() });
                    None
                }
            },
        }
    }

    fn push_value(&mut self, value: Value, pos: Pos, anchor: usize) {
        if anchor > 0 {
            self.anchors.insert(anchor, value.clone());
        }
        match self.stack.last_mut() {
            None => self.root = Some(value),
            Some(Frame::Seq { items, path, .. }) => {
                if self.track {
                    self.positions.entry(format!("{path}[{}]", items.len())).or_insert(pos);
                }
                items.push(value);
            }
            Some(Frame::Map { map, pending_key, path, .. }) => match pending_key.take() {
                Some((key, key_pos)) => {
                    if self.track {
                        let full = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                        self.positions.entry(full.clone()).or_insert(pos);
                        self.positions.insert(format!("{full}#key"), key_pos);
                    }
                    if map.contains_key(&key) {
                        self.error
                            .get_or_insert(SyntaxError { pos: key_pos, message: format!("duplicate key {key:?}") });
                    }
                    map.insert(key, value);
                }
                None => {
                    let key = match value {
                        Value::String(s) => s,
                        Value::Null => "null".into(),
                        other => other.to_string(),
                    };
                    *pending_key = Some((key, pos));
                }
            },
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        if self.error.is_some() {
            return;
        }
        let pos = pos_of(&mark, self.line_offset);
        match ev {
            Event::DocumentStart => {
                self.doc_start = pos;
                self.positions.clear();
                self.root = None;
            }
            Event::DocumentEnd => {
                let value = self.root.take().unwrap_or(Value::Null);
                let positions = std::mem::take(&mut self.positions);
                self.docs.push(LocatedDoc {
                    value,
                    start: self.doc_start,
                    source: None,
                    positions: if self.track { positions.into() } else { Default::default() },
                });
            }
            Event::Scalar(text, style, anchor, _) => {
                let is_key = matches!(self.stack.last(), Some(Frame::Map { pending_key: None, .. }));
                let value = if is_key { Value::String(text) } else { scalar(text, style) };
                if !is_key && self.track {
                    if let Some(path) = self.child_path(pos) {
                        self.positions.entry(path).or_insert(pos);
                    }
                }
                self.push_value(value, pos, anchor);
            }
            Event::Alias(id) => {
                let value = self.anchors.get(&id).cloned().unwrap_or(Value::Null);
                self.push_value(value, pos, 0);
            }
            Event::SequenceStart(anchor, _) => {
                if let Some(path) = self.child_path(pos) {
                    if self.track {
                        self.positions.entry(path.clone()).or_insert(pos);
                    }
                    self.stack.push(Frame::Seq { path, items: Vec::new(), anchor });
                }
            }
            Event::MappingStart(anchor, _) => {
                if let Some(path) = self.child_path(pos) {
                    if self.track {
                        self.positions.entry(path.clone()).or_insert(pos);
                    }
                    self.stack.push(Frame::Map { path, map: Map::new(), pending_key: None, anchor });
                }
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (value, path, anchor) = match self.stack.pop() {
                    Some(Frame::Seq { items, path, anchor }) => (Value::Array(items), path, anchor),
                    Some(Frame::Map { map, path, anchor, .. }) => (Value::Object(map), path, anchor),
                    None => return,
                };
                let start = if self.track { self.positions.get(&path).copied().unwrap_or(pos) } else { pos };
                self.push_value(value, start, anchor);
            }
            Event::StreamStart | Event::StreamEnd | Event::Nothing => {}
        }
    }
}

/// Parses every document of a YAML stream. Large streams are cut at document markers
/// (`---` at the start of a line, which YAML forbids inside content) and the pieces parsed
/// on two threads.
pub fn parse(text: &str) -> Result<Vec<LocatedDoc>, SyntaxError> {
    parse_shared(Arc::from(text))
}

/// [`parse`] of a file's text that the documents keep, to find positions in it later.
pub fn parse_shared(text: Arc<str>) -> Result<Vec<LocatedDoc>, SyntaxError> {
    parse_each(text, |doc| doc)
}

/// [`parse_shared`], handing each document to `each` on the thread that read it, as soon as
/// it is read: what it keeps of a document is all that stays in memory, and the work is
/// shared by the threads.
pub fn parse_each<T: Send>(text: Arc<str>, each: impl Fn(LocatedDoc) -> T + Sync) -> Result<Vec<T>, SyntaxError> {
    const PARALLEL_ABOVE: usize = 256 * 1024;
    let sourced = |mut doc: LocatedDoc| {
        doc.source = Some(DocSource { text: text.clone(), first_line: doc.start.line });
        each(doc)
    };
    let (first, second, offset) =
        if text.len() < PARALLEL_ABOVE || text.starts_with('%') { (&text[..], "", 0) } else { split_at_marker(&text) };
    if second.is_empty() {
        return parse_chunk(first, 0, false, &sourced);
    }
    let (a, b) = std::thread::scope(|scope| {
        let handle = scope.spawn(|| parse_chunk(second, offset, false, &sourced));
        (parse_chunk(first, 0, true, &sourced), handle.join())
    });
    match (a, b) {
        (Ok(mut docs), Ok(Ok(more))) => {
            docs.extend(more);
            Ok(docs)
        }
        // A broken document can run across the cut (an unclosed `[`): the error must be the
        // one the whole text gives, so the whole text is read again.
        (Err(_), _) | (_, Ok(Err(_))) => parse_chunk(&text, 0, false, &sourced),
        (_, Err(_)) => {
            Err(SyntaxError { pos: Pos { line: offset + 1, col: 1 }, message: "the YAML parser failed".into() })
        }
    }
}

/// Splits near the middle at a line that starts a document: (before, from there, lines before).
fn split_at_marker(text: &str) -> (&str, &str, usize) {
    let middle = text.len() / 2;
    let mut at = middle;
    while let Some(found) = text[at..].find("\n---") {
        let start = at + found + 1;
        if is_marker(&text[start..], "---") {
            let lines = text[..start].bytes().filter(|&b| b == b'\n').count();
            return (&text[..start], &text[start..], lines);
        }
        at = start;
    }
    (text, "", 0)
}

/// Reads a piece of a stream: document by document through the fast reader, each document
/// it does not take through the general parser. A directive or an explicit document end
/// (`%`, `...`) ties documents together, so a piece holding one is read whole by the latter.
/// `cut` says the stream goes on after the piece, with a `---` line.
pub(super) fn parse_chunk<T>(
    text: &str,
    line_offset: usize,
    cut: bool,
    each: &dyn Fn(LocatedDoc) -> T,
) -> Result<Vec<T>, SyntaxError> {
    let whole = || Ok(parse_general(text, line_offset, false)?.into_iter().map(each).collect());
    let Some(segments) = segments(text) else { return whole() };
    let mut docs = Vec::new();
    for (i, segment) in segments.iter().enumerate() {
        let (last, lines_before) = (i + 1 == segments.len() && !cut, line_offset + segment.first_line - 1);
        match fast_document(segment.text) {
            Some((value, start)) => docs.push(each(LocatedDoc {
                value,
                start: Pos { line: lines_before + start.line, col: start.col },
                source: None,
                positions: Default::default(),
            })),
            None => {
                // How the general parser ends a document (a last empty line) depends on
                // whether a marker or the end of the text comes next, so the marker goes
                // with it; the empty document it opens is not kept.
                let read = if last {
                    parse_general(segment.text, lines_before, false)
                } else {
                    parse_general(&format!("{}---\n", segment.text), lines_before, false)
                };
                let own_lines_end = lines_before + segment.text.matches('\n').count().max(1);
                match read {
                    Ok(read) => docs.extend(read.into_iter().filter(|d| d.start.line <= own_lines_end).map(each)),
                    // Which error a broken document gives can depend on what came before or
                    // after it (an unclosed `[` runs past the marker), so the problem reported
                    // is the one the whole text gives.
                    Err(_) => return whole(),
                }
            }
        }
    }
    Ok(docs)
}

/// Whether a line is the marker `---` (or `...`), alone or before a space or a comment.
fn is_marker(line: &str, marker: &str) -> bool {
    line.strip_prefix(marker).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n']))
}

/// A document's lines: from a `---` line (or the start of the text) to the next one.
struct Segment<'a> {
    /// The line the segment starts on, counted from 1 within the piece.
    first_line: usize,
    text: &'a str,
}

/// The segments of a text, or `None` if a directive or document end (`%`, `...`) ties its
/// documents together.
fn segments(text: &str) -> Option<Vec<Segment<'_>>> {
    let mut segments = Vec::new();
    let (mut start, mut first_line, mut line, mut offset) = (0, 1, 1, 0);
    for raw in text.split_inclusive('\n') {
        if raw.starts_with('%') || is_marker(raw, "...") {
            return None;
        }
        if offset > start && is_marker(raw, "---") {
            segments.push(Segment { first_line, text: &text[start..offset] });
            (start, first_line) = (offset, line);
        }
        offset += raw.len();
        line += 1;
    }
    if offset > start {
        segments.push(Segment { first_line, text: &text[start..offset] });
    }
    Some(segments)
}

/// A segment's document through the fast reader, and where it starts within the segment:
/// at its `---` line (if the marker carries nothing but a comment), else where the general
/// parser would place it.
fn fast_document(segment: &str) -> Option<(Value, Pos)> {
    if !is_marker(segment, "---") {
        return super::yaml_fast::parse_document(segment);
    }
    let (marker, body) = segment.split_once('\n').unwrap_or((segment, ""));
    let rest = marker[3..].trim_start_matches(' ');
    if !(rest.is_empty() || rest.starts_with('#')) {
        return None;
    }
    let (value, _) = super::yaml_fast::parse_document(body)?;
    Some((value, Pos { line: 1, col: 1 }))
}

pub(super) fn parse_general(text: &str, line_offset: usize, track: bool) -> Result<Vec<LocatedDoc>, SyntaxError> {
    let mut builder = Builder { line_offset, track, ..Builder::default() };
    let mut parser = Parser::new_from_str(text);
    let syntax = parser
        .load(&mut builder, true)
        .err()
        .map(|e| SyntaxError { pos: pos_of(e.marker(), line_offset), message: e.info().to_string() });
    // The parser goes on after a problem only the builder sees (a duplicate key); the one
    // reported is the first in the text.
    match (syntax, builder.error) {
        (Some(a), Some(b)) => Err(if b.pos < a.pos { b } else { a }),
        (Some(e), None) | (None, Some(e)) => Err(e),
        (None, None) => Ok(builder.docs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_of_values_and_keys() {
        let text = "apiVersion: pchat/v1\nkind: Room\nmetadata:\n  name: backend\nspec:\n  members:\n    - sip:a@x\n    - sip:b@x\n  privacy: 3\n---\nkind: Category\n";
        let docs = parse(text).unwrap();
        assert_eq!(docs.len(), 2);
        let d = &docs[0];
        assert_eq!(d.value["spec"]["privacy"], serde_json::json!(3));
        assert_eq!(d.pos("spec.members[1]"), Pos { line: 8, col: 7 });
        assert_eq!(d.pos("spec.privacy"), Pos { line: 9, col: 12 });
        assert_eq!(d.key_pos("spec.privacy"), Pos { line: 9, col: 3 });
        assert_eq!(d.pos("spec.members[7]"), Pos { line: 7, col: 5 }, "falls back to the parent");
        assert_eq!(docs[1].value["kind"], "Category");
    }

    #[test]
    fn large_streams_parse_in_pieces_with_the_same_positions() {
        let mut text = String::new();
        for i in 0..20_000 {
            text.push_str(&format!("---\nkind: Room\nmetadata:\n  name: r{i}\nspec:\n  members: [a, b]\n"));
        }
        let docs = parse(&text).unwrap();
        assert_eq!(docs.len(), 20_000);
        assert_eq!(docs[15_000].value["metadata"]["name"], "r15000");
        assert_eq!(docs[15_000].pos("metadata.name"), Pos { line: 15_000 * 6 + 4, col: 9 });
        let broken = text.replace("r17000\n", "r17000\n  : [\n");
        let err = parse(&broken).unwrap_err();
        let whole = parse_general(&broken, 0, true).unwrap_err();
        assert_eq!(err.pos, whole.pos, "the split must not move error positions");
        assert!((17_000 * 6 + 5..=17_000 * 6 + 6).contains(&err.pos.line), "{err:?}");
    }

    #[test]
    fn positions_hold_across_documents_read_by_either_reader() {
        // The first and third documents are read fast; the second (an anchor) and the
        // fourth (a block scalar) by the general parser.
        let text = "# header\nkind: Room\nspec:\n  members:\n    - a\n    - b\n---\nkind: Group\nspec: &s\n  x: 1\n---\n\nkind: Room\nspec:\n  privacy: 3\n---\nkind: Addin\nspec:\n  url: |\n    http://x\n  pool: p\n";
        let docs = parse(text).unwrap();
        assert_eq!(docs.len(), 4);
        assert_eq!(docs[0].start, Pos { line: 2, col: 5 }, "an implicit document starts where yaml-rust2 says");
        assert_eq!(docs[0].pos("spec.members[1]"), Pos { line: 6, col: 7 });
        assert_eq!(docs[1].start, Pos { line: 7, col: 1 });
        assert_eq!(docs[1].pos("spec.x"), Pos { line: 10, col: 6 });
        assert_eq!(docs[2].pos("spec.privacy"), Pos { line: 15, col: 12 });
        assert_eq!(docs[2].key_pos("spec.privacy"), Pos { line: 15, col: 3 });
        assert_eq!(docs[3].value["spec"]["url"], "http://x\n");
        assert_eq!(docs[3].pos("spec.pool"), Pos { line: 21, col: 9 });
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let err = parse("a: [1, 2\nb: c\n").unwrap_err();
        assert!(err.pos.line >= 1, "{err:?}");
        let dup = parse("a: 1\na: 2\n").unwrap_err();
        assert_eq!(dup.pos, Pos { line: 2, col: 1 });
        assert!(dup.message.contains("duplicate"));
    }

    #[test]
    fn scalars_resolve_like_yaml_1_2() {
        let docs = parse("a: yes\nb: true\nc: '3'\nd: 3\ne: ~\nf: 1.5\n").unwrap();
        let v = &docs[0].value;
        assert_eq!(v["a"], "yes");
        assert_eq!(v["b"], true);
        assert_eq!(v["c"], "3");
        assert_eq!(v["d"], 3);
        assert!(v["e"].is_null());
        assert_eq!(v["f"], 1.5);
    }
}
