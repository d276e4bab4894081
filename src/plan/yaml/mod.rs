//! YAML with locations: every value of every document keeps the line and column it came
//! from, so an error can name `rooms.yaml:9:7` and the field path `spec.members[1]`.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Map, Number, Value};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

mod located;
pub(in crate::plan) mod tree;
use located::DocSource;
pub use located::{LocatedDoc, Pos, SourceText};
pub use tree::Node;

/// How deep collections may nest in a plan document: a mapping or sequence inside another
/// counts one level, the document's own mapping is level 1. Plan documents are at most about
/// five levels deep (`spec.members[1]` is level 3); the limit keeps every reader and
/// everything after them (conversion to values, serde typing, printing and dropping values,
/// all of which recurse) far from the end of a thread's stack, even on 2 MiB threads.
/// Nesting made by aliases counts too.
pub const MAX_DEPTH: usize = 64;

/// How many aliases (`*name`) one document may use. Honest plans use none or a few (a room's
/// members reused as its managers); a "billion laughs" file uses a few hundred.
pub const MAX_ALIASES_PER_DOCUMENT: usize = 1_000;

/// How many nodes the aliases of one document may expand to, in all: each alias costs the
/// size of the value it copies, counted in [nodes](ALIAS_TEXT_BYTES_PER_NODE). A room's 30
/// members reused a dozen times is about 400; a 618-byte alias bomb would expand to 9⁹.
pub const MAX_ALIAS_NODES_PER_DOCUMENT: usize = 10_000;

/// How many aliases one file may use, over all its documents.
pub const MAX_ALIASES_PER_FILE: usize = 100_000;

/// How many nodes the aliases of one file may expand to, over all its documents: a plan of
/// 33,000 rooms each reusing its 30 members once would expand about 1,000,000.
pub const MAX_ALIAS_NODES_PER_FILE: usize = 2_000_000;

/// What an alias copies is counted in nodes: one per value and per mapping key, and one more
/// per this many bytes of a scalar's or key's text, so that aliases of long strings are
/// bounded as well as aliases of many small values.
pub const ALIAS_TEXT_BYTES_PER_NODE: usize = 64;

/// A syntax error at a position.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub pos: Pos,
    pub message: String,
    /// The YAML may be valid, but it goes past a limit of plan files ([`MAX_DEPTH`], the alias
    /// limits): the message says which, and why.
    pub past_limit: bool,
}

impl SyntaxError {
    fn at(pos: Pos, message: impl Into<String>) -> SyntaxError {
        SyntaxError { pos, message: message.into(), past_limit: false }
    }

    fn limit(pos: Pos, message: String) -> SyntaxError {
        SyntaxError { pos, message, past_limit: true }
    }
}

/// `1234567` as `1,234,567`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What the aliases of a file have used so far (its documents are read in pieces, each
/// piece counting its own; see [`parse_each`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct AliasUse {
    aliases: usize,
    nodes: usize,
}

impl AliasUse {
    fn add(self, other: AliasUse) -> AliasUse {
        AliasUse { aliases: self.aliases + other.aliases, nodes: self.nodes + other.nodes }
    }

    fn within_file_limits(self) -> bool {
        self.aliases <= MAX_ALIASES_PER_FILE && self.nodes <= MAX_ALIAS_NODES_PER_FILE
    }
}

/// An open collection: what it holds so far, and what an alias of it would cost.
struct Frame {
    path: String,
    anchor: usize,
    /// Its nodes so far, counted as [`ALIAS_TEXT_BYTES_PER_NODE`] says.
    size: usize,
    /// How many levels of collections it makes so far, itself included (a scalar makes 0).
    height: usize,
    kind: FrameKind,
}

enum FrameKind {
    Seq { items: Vec<Value> },
    Map { map: Map<String, Value>, pending_key: Option<(String, Pos)> },
}

/// An anchored value: its copy, its size in nodes and its height in levels of collections.
struct Anchored {
    value: Value,
    size: usize,
    height: usize,
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
    anchors: HashMap<usize, Anchored>,
    doc_start: Pos,
    root: Option<Value>,
    error: Option<SyntaxError>,
    /// What this document's aliases used, and this file's (counting from what the pieces
    /// before had used).
    doc_aliases: AliasUse,
    file_aliases: AliasUse,
}

fn pos_of(mark: &Marker, line_offset: usize) -> Pos {
    Pos { line: mark.line() + line_offset, col: mark.col() + 1 }
}

/// A scalar's (or a key's) size in nodes.
fn text_size(text: &str) -> usize {
    1 + text.len() / ALIAS_TEXT_BYTES_PER_NODE
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
            if let Some(Frame { kind: FrameKind::Map { pending_key: None, .. }, .. }) = self.stack.last() {
                self.error.get_or_insert(SyntaxError::at(pos, "mapping keys must be plain strings"));
                return None;
            }
            return Some(String::new());
        }
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame { path, kind: FrameKind::Seq { items }, .. }) => Some(format!("{path}[{}]", items.len())),
            Some(Frame { path, kind: FrameKind::Map { pending_key, .. }, .. }) => match pending_key {
                Some((key, _)) => Some(if path.is_empty() { key.clone() } else { format!("{path}.{key}") }),
                None => {
                    // A complex (non-scalar) key: unsupported in plan files.
                    self.error.get_or_insert(SyntaxError::at(pos, "mapping keys must be plain strings"));
                    None
                }
            },
        }
    }

    /// Adds a value to the open collection (or makes it the document's): `size` and `height`
    /// are what an alias of it would cost.
    fn push_value(&mut self, value: Value, pos: Pos, anchor: usize, size: usize, height: usize) {
        if anchor > 0 {
            self.anchors.insert(anchor, Anchored { value: value.clone(), size, height });
        }
        let Some(frame) = self.stack.last_mut() else {
            self.root = Some(value);
            return;
        };
        frame.size += size;
        frame.height = frame.height.max(height + 1);
        match &mut frame.kind {
            FrameKind::Seq { items } => {
                if self.track {
                    self.positions.entry(format!("{}[{}]", frame.path, items.len())).or_insert(pos);
                }
                items.push(value);
            }
            FrameKind::Map { map, pending_key } => match pending_key.take() {
                Some((key, key_pos)) => {
                    if self.track {
                        let path = &frame.path;
                        let full = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                        self.positions.entry(full.clone()).or_insert(pos);
                        self.positions.insert(format!("{full}#key"), key_pos);
                    }
                    if map.contains_key(&key) {
                        self.error.get_or_insert(SyntaxError::at(key_pos, format!("duplicate key {key:?}")));
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

    /// An alias: a copy of its anchor's value, unless it goes past a limit of plan files
    /// (checked before anything is copied).
    fn alias(&mut self, id: usize, pos: Pos) {
        let Some(anchored) = self.anchors.get(&id) else {
            // An alias of a collection still open (`&a [*a]`).
            self.push_value(Value::Null, pos, 0, 1, 0);
            return;
        };
        let (size, height) = (anchored.size, anchored.height);
        let used = AliasUse { aliases: 1, nodes: size };
        let (doc, file) = (self.doc_aliases.add(used), self.file_aliases.add(used));
        let bomb = " (a YAML alias bomb?)";
        let refused = if doc.aliases > MAX_ALIASES_PER_DOCUMENT {
            Some(format!(
                "more than {} aliases in this document{bomb}; plan files may use at most {} aliases per document",
                thousands(MAX_ALIASES_PER_DOCUMENT),
                thousands(MAX_ALIASES_PER_DOCUMENT)
            ))
        } else if doc.nodes > MAX_ALIAS_NODES_PER_DOCUMENT {
            Some(format!(
                "aliases expand past {} nodes in this document{bomb}; plan files may expand aliases to at most {} \
                 nodes per document",
                thousands(MAX_ALIAS_NODES_PER_DOCUMENT),
                thousands(MAX_ALIAS_NODES_PER_DOCUMENT)
            ))
        } else if file.aliases > MAX_ALIASES_PER_FILE {
            Some(format!(
                "more than {} aliases in this file{bomb}; plan files may use at most {} aliases per file",
                thousands(MAX_ALIASES_PER_FILE),
                thousands(MAX_ALIASES_PER_FILE)
            ))
        } else if file.nodes > MAX_ALIAS_NODES_PER_FILE {
            Some(format!(
                "aliases expand past {} nodes in this file{bomb}; plan files may expand aliases to at most {} nodes \
                 per file",
                thousands(MAX_ALIAS_NODES_PER_FILE),
                thousands(MAX_ALIAS_NODES_PER_FILE)
            ))
        } else if self.stack.len() + height > MAX_DEPTH {
            Some(format!(
                "this alias nests collections deeper than {MAX_DEPTH} levels; plan files may nest at most \
                 {MAX_DEPTH} levels deep"
            ))
        } else {
            None
        };
        if let Some(message) = refused {
            self.error = Some(SyntaxError::limit(pos, message));
            return;
        }
        (self.doc_aliases, self.file_aliases) = (doc, file);
        let value = anchored.value.clone();
        self.push_value(value, pos, 0, size, height);
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
                // Anchors belong to their document.
                self.anchors.clear();
                self.doc_aliases = AliasUse::default();
            }
            Event::DocumentEnd => {
                let value = self.root.take().unwrap_or(Value::Null);
                let positions = std::mem::take(&mut self.positions);
                self.docs.push(LocatedDoc {
                    value,
                    start: self.doc_start,
                    source: None,
                    positions: if self.track { Box::new(positions).into() } else { Default::default() },
                });
            }
            Event::Scalar(text, style, anchor, _) => {
                let is_key =
                    matches!(self.stack.last(), Some(Frame { kind: FrameKind::Map { pending_key: None, .. }, .. }));
                let size = text_size(&text);
                let value = if is_key { Value::String(text) } else { scalar(text, style) };
                if !is_key && self.track {
                    if let Some(path) = self.child_path(pos) {
                        self.positions.entry(path).or_insert(pos);
                    }
                }
                self.push_value(value, pos, anchor, size, 0);
            }
            Event::Alias(id) => self.alias(id, pos),
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                let kind = match ev {
                    Event::SequenceStart(..) => FrameKind::Seq { items: Vec::new() },
                    _ => FrameKind::Map { map: Map::new(), pending_key: None },
                };
                if let Some(path) = self.child_path(pos) {
                    if self.track {
                        self.positions.entry(path.clone()).or_insert(pos);
                    }
                    self.stack.push(Frame { path, anchor, size: 1, height: 1, kind });
                }
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(Frame { path, anchor, size, height, kind }) = self.stack.pop() else { return };
                let value = match kind {
                    FrameKind::Seq { items } => Value::Array(items),
                    FrameKind::Map { map, .. } => Value::Object(map),
                };
                let start = if self.track { self.positions.get(&path).copied().unwrap_or(pos) } else { pos };
                self.push_value(value, start, anchor, size, height);
            }
            Event::StreamStart | Event::StreamEnd | Event::Nothing => {}
        }
    }
}

fn too_deep() -> String {
    format!("collections nest deeper than {MAX_DEPTH} levels; plan files may nest at most {MAX_DEPTH} levels deep")
}

/// Runs yaml-rust2's parser over `text` into `builder`, event by event: unlike its `load`,
/// which recurses once per level of nesting (and overflows the stack on `- - - … x` or
/// `[[[[…]]]]`), this refuses a document nested deeper than [`MAX_DEPTH`], and stops at once
/// when the builder refuses an alias. The first problem of the parser, if any, is returned.
fn drive(text: &str, builder: &mut Builder) -> Option<SyntaxError> {
    let mut parser = Parser::new_from_str(text);
    // yaml-rust2's `load` forgets anchors at each document, so that an alias of an earlier
    // document's anchor is an error; anchor ids only grow, so such an alias names an id no
    // greater than the last one seen before its document started.
    let (mut depth, mut last_anchor, mut before_document) = (0usize, 0usize, 0usize);
    loop {
        let (ev, mark) = match parser.next_token() {
            Ok(next) => next,
            // The scanner looks ahead for implicit keys: on `[[[[…` it reaches its own limit
            // of flow levels (255) before the parser hands over the level past ours.
            Err(e) if e.info() == "recursion limit exceeded" => {
                return Some(SyntaxError::limit(pos_of(e.marker(), builder.line_offset), too_deep()))
            }
            Err(e) => return Some(SyntaxError::at(pos_of(e.marker(), builder.line_offset), e.info())),
        };
        match &ev {
            Event::DocumentStart => before_document = last_anchor,
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                depth += 1;
                last_anchor = last_anchor.max(*anchor);
                if depth > MAX_DEPTH {
                    return Some(SyntaxError::limit(pos_of(&mark, builder.line_offset), too_deep()));
                }
            }
            Event::SequenceEnd | Event::MappingEnd => depth = depth.saturating_sub(1),
            Event::Scalar(_, _, anchor, _) => last_anchor = last_anchor.max(*anchor),
            Event::Alias(id) if *id <= before_document => {
                return Some(SyntaxError::at(
                    pos_of(&mark, builder.line_offset),
                    "while parsing node, found unknown anchor",
                ));
            }
            _ => {}
        }
        let end = ev == Event::StreamEnd;
        builder.on_event(ev, mark);
        if end || builder.error.as_ref().is_some_and(|e| e.past_limit) {
            return None;
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
    parse_each(SourceText::kept(text), LocatedDoc::with_tree)
}

/// [`parse_shared`], handing each document to `each` on the thread that read it, as soon as
/// it is read: what it keeps of a document is all that stays in memory, and the work is
/// shared by the threads. A document the fast reader took comes as its [`Node`] tree (its
/// value left null), to be typed from it; [`LocatedDoc::with_tree`] makes it a value.
pub fn parse_each<T: Send>(
    source: Arc<SourceText>,
    each: impl Fn(LocatedDoc, Option<Node<'_>>) -> T + Sync,
) -> Result<Vec<T>, SyntaxError> {
    const PARALLEL_ABOVE: usize = 256 * 1024;
    let text = source.text().unwrap_or_else(|| Arc::from(""));
    let sourced = |mut doc: LocatedDoc, tree: Option<Node<'_>>| {
        doc.source = Some(DocSource { text: source.clone(), first_line: doc.start.line });
        each(doc, tree)
    };
    let (first, second, offset) =
        if text.len() < PARALLEL_ABOVE || text.starts_with('%') { (&text[..], "", 0) } else { split_at_marker(&text) };
    if second.is_empty() {
        return parse_chunk(first, 0, false, &sourced, &mut AliasUse::default());
    }
    // Each piece counts its own aliases (each stops at the file's limits); together they must
    // stay within them too.
    let piece = |text: &str, offset: usize, cut: bool| {
        let mut used = AliasUse::default();
        parse_chunk(text, offset, cut, &sourced, &mut used).map(|docs| (docs, used))
    };
    let (a, b) = std::thread::scope(|scope| {
        let handle = scope.spawn(|| piece(second, offset, false));
        (piece(first, 0, true), handle.join())
    });
    match (a, b) {
        (Ok((mut docs, used_a)), Ok(Ok((more, used_b)))) if used_a.add(used_b).within_file_limits() => {
            docs.reserve_exact(more.len());
            docs.extend(more);
            Ok(docs)
        }
        // A broken document can run across the cut (an unclosed `[`): the error must be the
        // one the whole text gives, so the whole text is read again. So is a file whose
        // pieces together go past the alias limits, to say where.
        (Ok(_), Ok(Ok(_))) | (Err(_), _) | (_, Ok(Err(_))) => {
            parse_chunk(&text, 0, false, &sourced, &mut AliasUse::default())
        }
        (_, Err(_)) => Err(SyntaxError::at(Pos { line: offset + 1, col: 1 }, "the YAML parser failed")),
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
/// `cut` says the stream goes on after the piece, with a `---` line. `used` is what the
/// file's aliases used before the piece, and after it once it is read.
pub(super) fn parse_chunk<T>(
    text: &str,
    line_offset: usize,
    cut: bool,
    each: &dyn Fn(LocatedDoc, Option<Node<'_>>) -> T,
    used: &mut AliasUse,
) -> Result<Vec<T>, SyntaxError> {
    let before = *used;
    let whole = |used: &mut AliasUse| {
        // Read again from the start, the aliases count from the start too.
        *used = before;
        Ok(parse_general_counting(text, line_offset, false, used)?.into_iter().map(|doc| each(doc, None)).collect())
    };
    let Some(segments) = segments(text) else { return whole(used) };
    // A document per segment, nearly always: room made once (a vector that doubles copies
    // 150,000 documents over and over).
    let mut docs = Vec::with_capacity(segments.len());
    for (i, segment) in segments.iter().enumerate() {
        let (last, lines_before) = (i + 1 == segments.len() && !cut, line_offset + segment.first_line - 1);
        match fast_document(segment.text) {
            Some((tree, start)) => docs.push(each(
                LocatedDoc {
                    value: Value::Null,
                    start: Pos { line: lines_before + start.line, col: start.col },
                    source: None,
                    positions: Default::default(),
                },
                Some(tree),
            )),
            None => {
                // How the general parser ends a document (a last empty line) depends on
                // whether a marker or the end of the text comes next, so the marker goes
                // with it; the empty document it opens is not kept.
                let read = if last {
                    parse_general_counting(segment.text, lines_before, false, used)
                } else {
                    parse_general_counting(&format!("{}---\n", segment.text), lines_before, false, used)
                };
                let own_lines_end = lines_before + segment.text.matches('\n').count().max(1);
                match read {
                    Ok(read) => {
                        docs.extend(read.into_iter().filter(|d| d.start.line <= own_lines_end).map(|d| each(d, None)))
                    }
                    // Which error a broken document gives can depend on what came before or
                    // after it (an unclosed `[` runs past the marker), so the problem reported
                    // is the one the whole text gives.
                    Err(_) => return whole(used),
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
fn fast_document(segment: &str) -> Option<(Node<'_>, Pos)> {
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

/// The general parser on a text of its own (a file's aliases counted from none).
#[cfg(test)]
pub(super) fn parse_general(text: &str, line_offset: usize, track: bool) -> Result<Vec<LocatedDoc>, SyntaxError> {
    parse_general_counting(text, line_offset, track, &mut AliasUse::default())
}

/// The general parser on a piece of a file whose aliases used `used` before it; `used` is
/// what they used after it, once it is read without a problem.
fn parse_general_counting(
    text: &str,
    line_offset: usize,
    track: bool,
    used: &mut AliasUse,
) -> Result<Vec<LocatedDoc>, SyntaxError> {
    let mut builder = Builder { line_offset, track, file_aliases: *used, ..Builder::default() };
    let syntax = drive(text, &mut builder);
    // The parser goes on after a problem only the builder sees (a duplicate key); the one
    // reported is the first in the text.
    match (syntax, builder.error) {
        (Some(a), Some(b)) => Err(if b.pos < a.pos { b } else { a }),
        (Some(e), None) | (None, Some(e)) => Err(e),
        (None, None) => {
            *used = builder.file_aliases;
            Ok(builder.docs)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_released_text_is_read_again_unless_its_file_changed() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("rooms.yaml");
        let text = "---\nkind: Room\nmetadata:\n  name: a\nspec:\n  members:\n    - sip:x@y.com\n";
        std::fs::write(&path, text).expect("write");
        let kept = parse(text).expect("valid")[0].pos("spec.members[0]");
        assert_eq!(kept.line, 7);
        let read = || parse_each(SourceText::of_file(&path, Arc::from(text)), LocatedDoc::with_tree).expect("valid");
        let docs = read();
        docs[0].release_text();
        assert_eq!(docs[0].pos("spec.members[0]"), kept, "read again from the file");
        let docs = read();
        docs[0].release_text();
        std::fs::write(&path, format!("{text}# edited\n")).expect("write");
        assert_eq!(docs[0].pos("spec.members[0]"), docs[0].start, "a changed file places the document only");
    }

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

    /// Nine levels of aliases of aliases, 618 bytes: 9⁹ values if every alias were copied.
    pub(crate) fn billion_laughs() -> String {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (name, before) in "bcdefghi".chars().zip("abcdefgh".chars()) {
            let aliases = vec![format!("*{before}"); 9].join(", ");
            text.push_str(&format!("{name}: &{name} [{aliases}]\n"));
        }
        text
    }

    /// `parse`, which must refuse the text past a limit, quickly: the error.
    #[track_caller]
    fn refused(text: &str) -> SyntaxError {
        let started = std::time::Instant::now();
        let err = parse(text).expect_err("refused");
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "took {:?}", started.elapsed());
        assert!(err.past_limit, "{err:?}");
        err
    }

    #[test]
    fn a_billion_laughs_is_refused_at_the_alias_that_goes_past_the_limit() {
        let text = billion_laughs();
        assert!(text.len() < 700, "{} bytes", text.len());
        let err = refused(&text);
        // After d, the aliases have copied 8,289 nodes; e's first copies 7,381 more.
        assert_eq!(err.pos, Pos { line: 5, col: 8 }, "{err:?}");
        assert_eq!(
            err.message,
            "aliases expand past 10,000 nodes in this document (a YAML alias bomb?); plan files may expand aliases \
             to at most 10,000 nodes per document"
        );
        // The same bomb in block style, and in a document after others.
        let block = "---\nkind: Room\n---\n".to_string() + &text.replace(", ", ",\n  ");
        assert_eq!(refused(&block).pos.line, 3 + 4 * 9 + 1, "{:?}", refused(&block));
    }

    #[test]
    fn aliases_are_limited_in_number_and_in_the_text_they_copy() {
        let many = format!("a: &a x\nb: [{}]\n", vec!["*a"; MAX_ALIASES_PER_DOCUMENT + 1].join(", "));
        let err = refused(&many);
        assert_eq!(err.pos, Pos { line: 2, col: 5 + 4 * MAX_ALIASES_PER_DOCUMENT }, "{err:?}");
        assert!(err.message.contains("more than 1,000 aliases in this document"), "{err:?}");
        let within = format!("a: &a x\nb: [{}]\n", vec!["*a"; MAX_ALIASES_PER_DOCUMENT].join(", "));
        assert_eq!(parse(&within).unwrap()[0].value["b"].as_array().map(Vec::len), Some(1_000));
        // 100 KB of text is 1,601 nodes: the seventh copy goes past 10,000.
        let long = format!("a: &a \"{}\"\nb:\n{}", "x".repeat(100 * 1024), "- *a\n".repeat(10));
        let err = refused(&long);
        assert_eq!(err.pos, Pos { line: 9, col: 3 }, "{err:?}");
        assert!(err.message.contains("10,000 nodes"), "{err:?}");
        // Honest use: a room's members reused as its managers.
        let honest = "kind: Room\nspec:\n  members: &m\n    - sip:a@x\n    - sip:b@x\n  managers: *m\n";
        let docs = parse(honest).unwrap();
        assert_eq!(docs[0].value["spec"]["managers"], serde_json::json!(["sip:a@x", "sip:b@x"]));
    }

    /// A file of `documents` documents whose aliases copy 9,000 nodes each (90 aliases of a
    /// list of 99), one alias a line, after `padding` plain documents each: the text, and
    /// where each document's first alias stands.
    fn aliased_documents(documents: usize, padding: usize) -> (String, Vec<usize>) {
        let mut text = String::new();
        let mut first_alias_lines = Vec::new();
        let list = vec!["x"; 99].join(", ");
        for i in 0..documents {
            for p in 0..padding {
                text.push_str(&format!("---\nkind: Room\nmetadata:\n  name: pad-{i}-{p}\nspec:\n  privacy: open\n"));
            }
            text.push_str(&format!("---\na: &a [{list}]\nb:\n"));
            first_alias_lines.push(text.matches('\n').count() + 1);
            text.push_str(&"- *a\n".repeat(90));
        }
        (text, first_alias_lines)
    }

    #[test]
    fn aliases_are_limited_per_file_too() {
        // 222 documents copy 1,998,000 nodes; the 21st alias of the 223rd goes past 2,000,000.
        let (text, lines) = aliased_documents(230, 0);
        assert!(text.len() < 256 * 1024, "read in one piece");
        let err = refused(&text);
        assert_eq!(err.pos, Pos { line: lines[222] + 20, col: 3 }, "{err:?}");
        assert!(err.message.contains("aliases expand past 2,000,000 nodes in this file"), "{err:?}");
        assert!(parse(&aliased_documents(222, 0).0).is_ok());
        // Read in two pieces on two threads, each within the limit, together past it.
        let (text, lines) = aliased_documents(300, 4);
        assert!(text.len() > 256 * 1024, "read in two pieces");
        let err = refused(&text);
        assert_eq!(err.pos, Pos { line: lines[222] + 20, col: 3 }, "{err:?}");
        assert_eq!(parse(&aliased_documents(222, 4).0).map(|d| d.len()).ok(), Some(222 * 5));
        // The number of aliases in a file: 101 documents of 990 use 99,990.
        let doc = format!("---\na: &a x\nb: [{}]\n", vec!["*a"; 990].join(", "));
        let err = refused(&doc.repeat(102));
        assert_eq!(err.pos, Pos { line: 101 * 3 + 3, col: 5 + 4 * 10 }, "{err:?}");
        assert!(err.message.contains("more than 100,000 aliases in this file"), "{err:?}");
    }

    #[test]
    fn deep_nesting_is_refused_without_exhausting_the_stack() {
        // Run on a thread with a small stack, as the readers' second thread may be.
        let on_small_stack = |text: String| {
            std::thread::Builder::new().stack_size(256 * 1024).spawn(move || refused(&text)).unwrap().join().unwrap()
        };
        let block = on_small_stack(format!("{}x\n", "- ".repeat(5000)));
        assert_eq!(block.pos, Pos { line: 1, col: 2 * MAX_DEPTH + 1 }, "{block:?}");
        assert_eq!(block.message, "collections nest deeper than 64 levels; plan files may nest at most 64 levels deep");
        let flow = on_small_stack(format!("a: {}{}\n", "[".repeat(5000), "]".repeat(5000)));
        // Where yaml-rust2's scanner stops looking ahead, at its own limit of 255 flow levels.
        assert_eq!(flow.pos, Pos { line: 1, col: 4 + 255 }, "{flow:?}");
        assert_eq!(flow.message, block.message);
        let shallow_flow = on_small_stack(format!("a: {}{}\n", "[".repeat(100), "]".repeat(100)));
        assert_eq!(shallow_flow.pos, Pos { line: 1, col: 4 + MAX_DEPTH - 1 }, "{shallow_flow:?}");
        let flow_maps = on_small_stack(format!("{}x{}\n", "{a: ".repeat(5000), "}".repeat(5000)));
        assert_eq!(flow_maps.pos.line, 1, "{flow_maps:?}");
        // Nested block mappings, one space further in each (12.5 MB).
        let mut mappings = String::new();
        for depth in 0..5000 {
            mappings.push_str(&" ".repeat(depth));
            mappings.push_str("a:\n");
        }
        let mappings = on_small_stack(mappings);
        assert_eq!(mappings.pos.line, MAX_DEPTH + 1, "{mappings:?}");
        // As deep as allowed is read (by either reader).
        let deepest = format!("{}x\n", "- ".repeat(MAX_DEPTH));
        assert_eq!(parse(&deepest).unwrap().len(), 1);
        let mut indented = String::new();
        for depth in 0..MAX_DEPTH {
            indented.push_str(&format!("{}a:\n", " ".repeat(depth)));
        }
        assert_eq!(parse(&indented).unwrap().len(), 1);
    }

    #[test]
    fn aliases_cannot_nest_past_the_depth_limit() {
        let inner = format!("{}x{}", "[".repeat(40), "]".repeat(40));
        let text = format!("a: &a {inner}\nb: {}*a{}\n", "[".repeat(30), "]".repeat(30));
        let err = refused(&text);
        assert_eq!(err.pos, Pos { line: 2, col: 34 }, "{err:?}");
        assert!(err.message.contains("this alias nests collections deeper than 64 levels"), "{err:?}");
        let fits = format!("a: &a {inner}\nb: {}*a{}\n", "[".repeat(20), "]".repeat(20));
        assert!(parse(&fits).is_ok());
    }

    #[test]
    fn an_alias_of_an_earlier_documents_anchor_is_an_error() {
        let err = parse("a: &x 1\n---\nb: *x\n").unwrap_err();
        assert_eq!(
            (err.pos, err.message.as_str()),
            (Pos { line: 3, col: 4 }, "while parsing node, found unknown anchor")
        );
        assert!(!err.past_limit);
        // A name defined again in its own document is its own.
        let docs = parse("a: &x 1\n---\nb: &x 2\nc: *x\n").unwrap();
        assert_eq!(docs[1].value["c"], 2);
    }
}
