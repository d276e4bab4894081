//! The common shape of plan files read without the general YAML parser: block mappings and
//! sequences of one-line scalars, which is what people write and what `export` produces.
//!
//! The general parser reads about 25 MB/s; a 10,000-room plan is 5 MB, so reading it was
//! half of a `plan`. This reader handles a strict subset of YAML and gives up (`None`) on
//! anything outside it (anchors, tags, block or multi-line scalars, flow mappings, escapes,
//! tabs, complex keys, duplicate keys, anything unusual); the document is then read by
//! the general parser, which also reports every error. So a document either reads exactly
//! as the general parser reads it, or is handed over to it: the tests compare both on every
//! shape they know.
//!
//! A document nested deeper than the general parser allows ([`MAX_DEPTH`]) is declined too,
//! so that the general parser refuses it with its position; the reader never recurses
//! further than that.

use serde_json::{Map, Value};

use super::yaml::tree::Node;
use super::yaml::{scalar_value, Pos, MAX_DEPTH};

/// One line of a document: its indentation and the text after it (comment-only and blank
/// lines are left out).
#[derive(Clone, Copy)]
struct Line<'a> {
    indent: usize,
    text: &'a str,
}

/// A whole document's value, and where the general parser would say a document with no
/// `---` starts (line counted from 1 within `text`), or `None` when it is outside the subset.
pub fn parse_document(text: &str) -> Option<(Node<'_>, Pos)> {
    if !all_plain(text.as_bytes()) {
        return None;
    }
    let mut lines = Vec::with_capacity(text.len() / 16);
    let mut first_line = 0;
    for (number, raw) in text.split('\n').enumerate() {
        let indent = raw.len() - raw.trim_start_matches(' ').len();
        let rest = raw[indent..].trim_end_matches(' ');
        if rest.is_empty() || rest.starts_with('#') {
            continue;
        }
        if lines.is_empty() {
            first_line = number + 1;
        }
        lines.push(Line { indent, text: rest });
    }
    let first = *lines.first()?;
    // The general parser places an implicit document where its first token is resolved:
    // a mapping's at the colon after its first key.
    let col = match split_key(first.text) {
        Some((key, _)) if !is_item(first.text) => first.indent + key.chars().count() + 1,
        _ => first.indent + 1,
    };
    let mut reader = Reader { lines, at: 0, depth: 0 };
    let value = reader.node(first.indent)?;
    // Everything must have been read: a line left over sits where no value may.
    (reader.at == reader.lines.len()).then_some((value, Pos { line: first_line, col }))
}

/// Whether every byte is one the subset allows, 64 at a time without an early exit within
/// them, which the compiler makes vector instructions of (a byte at a time, this check was
/// a tenth of reading a large plan).
fn all_plain(bytes: &[u8]) -> bool {
    bytes.chunks(64).all(|chunk| chunk.iter().fold(true, |ok, &b| ok & plain_byte(b)))
}

/// Bytes the subset allows: printable ASCII, newlines and UTF-8 text beyond ASCII (but not
/// the C1 controls, U+0080..U+009F, whose second byte is 0x80..0x9F after 0xC2, nor the
/// byte order mark or U+FFFE/U+FFFF, which start with 0xEF).
fn plain_byte(b: u8) -> bool {
    matches!(b, b'\n' | 0x20..=0x7E | 0x80..=0xC1 | 0xC3..=0xEE | 0xF0..=0xF4)
}

struct Reader<'a> {
    lines: Vec<Line<'a>>,
    at: usize,
    /// How many block collections are open.
    depth: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<Line<'a>> {
        self.lines.get(self.at).copied()
    }

    /// A block node whose first line is the current one, at `indent`.
    fn node(&mut self, indent: usize) -> Option<Node<'a>> {
        let line = self.peek()?;
        if line.indent != indent {
            return None;
        }
        if is_item(line.text) {
            self.sequence(indent, false)
        } else {
            self.mapping(indent)
        }
    }

    /// Opens a block collection, unless it would stand deeper than the general parser
    /// allows: one level is kept for a flow sequence or `{}` inside it.
    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth < MAX_DEPTH).then_some(())
    }

    /// Items at `indent`; `under_key` when they stand at the indentation of the key they
    /// belong to, where the mapping's next key ends them.
    fn sequence(&mut self, indent: usize, under_key: bool) -> Option<Node<'a>> {
        self.enter()?;
        let items = self.items(indent, under_key)?;
        self.depth -= 1;
        Some(items)
    }

    fn items(&mut self, indent: usize, under_key: bool) -> Option<Node<'a>> {
        let mut items = Vec::new();
        while let Some(line) = self.peek() {
            if line.indent < indent || (under_key && line.indent == indent && !is_item(line.text)) {
                break;
            }
            if line.indent > indent || !is_item(line.text) {
                return None;
            }
            let after = line.text[1..].trim_start_matches(' ');
            let column = indent + (line.text.len() - after.len());
            if after.is_empty() {
                // The item's value is on the lines below, further in.
                self.at += 1;
                items.push(self.nested(indent)?);
            } else if after.starts_with('-') {
                return None;
            } else if split_key(after).is_some() {
                // `- key: value`: a mapping whose keys stand at the column of the first.
                self.lines[self.at] = Line { indent: column, text: after };
                items.push(self.mapping(column)?);
            } else {
                self.at += 1;
                items.push(Node::Leaf(inline_value(after)?));
                self.no_continuation(indent)?;
            }
        }
        Some(Node::Seq(items))
    }

    fn mapping(&mut self, indent: usize) -> Option<Node<'a>> {
        self.enter()?;
        let map = self.entries(indent)?;
        self.depth -= 1;
        Some(map)
    }

    fn entries(&mut self, indent: usize) -> Option<Node<'a>> {
        let mut entries = Vec::new();
        while let Some(line) = self.peek() {
            if line.indent < indent {
                break;
            }
            if line.indent > indent {
                return None;
            }
            // A sequence at the same indentation belongs to the key above (handled there).
            let (key, rest) = split_key(line.text)?;
            if !plain_key(key) {
                return None;
            }
            self.at += 1;
            let value = if rest.is_empty() || rest.starts_with('#') {
                match self.peek() {
                    // `key:` then `- item` lines at the key's own indentation.
                    Some(next) if next.indent == indent && is_item(next.text) => self.sequence(indent, true)?,
                    _ => self.nested(indent)?,
                }
            } else {
                let value = inline_value(rest)?;
                self.no_continuation(indent)?;
                Node::Leaf(value)
            };
            entries.push((key, value));
        }
        no_key_repeated(&entries).then_some(Node::Map(entries))
    }

    /// The value under a key or item with nothing after it: a block further in, or null.
    fn nested(&mut self, indent: usize) -> Option<Node<'a>> {
        match self.peek() {
            Some(next) if next.indent > indent => self.node(next.indent),
            _ => Some(Node::Leaf(Value::Null)),
        }
    }

    /// A one-line value must not go on below (a multi-line scalar, or an error).
    fn no_continuation(&self, indent: usize) -> Option<()> {
        match self.peek() {
            Some(next) if next.indent > indent => None,
            _ => Some(()),
        }
    }
}

/// The general parser refuses a key written twice in one mapping, and so does the reader.
fn no_key_repeated(entries: &[(&str, Node<'_>)]) -> bool {
    // A document's mappings have a handful of keys; a long one is sorted, not scanned.
    if entries.len() <= 16 {
        return entries.iter().enumerate().all(|(i, (key, _))| entries[..i].iter().all(|(k, _)| k != key));
    }
    let mut keys: Vec<&str> = entries.iter().map(|(k, _)| *k).collect();
    keys.sort_unstable();
    keys.windows(2).all(|pair| pair[0] != pair[1])
}

fn is_item(text: &str) -> bool {
    text == "-" || text.starts_with("- ")
}

/// `key: rest` or `key:` → (key, rest after the separating spaces).
fn split_key(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    // A byte at a time: keys are short, and a search per colon costs more than it finds.
    let colon = (0..bytes.len()).find(|&i| bytes[i] == b':' && matches!(bytes.get(i + 1), None | Some(b' ')))?;
    Some((&text[..colon], text[colon + 1..].trim_start_matches(' ')))
}

/// A key the subset reads as the general parser does: a plain scalar that needs no rules.
fn plain_key(key: &str) -> bool {
    plain_scalar(key) && !key.contains(':')
}

/// Text that is a one-line plain scalar as written: it does not start with an indicator,
/// holds no `: ` or ` #`, and does not end in a space or a colon.
fn plain_scalar(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else { return false };
    if b"-?:,[]{}#&*!|>'\"%@`".contains(&first) || matches!(last, b' ' | b':') {
        return false;
    }
    // One pass over short text: `: ` and ` #` are the pairs to find.
    let mut before = first;
    for &b in &bytes[1..] {
        if (before == b':' && b == b' ') || (before == b' ' && b == b'#') {
            return false;
        }
        before = b;
    }
    true
}

/// The value after `key: ` or `- `: a plain or quoted scalar, or an empty or simple flow
/// sequence, with an optional comment after it.
fn inline_value(text: &str) -> Option<Value> {
    // A quoted scalar may hold " #"; only plain text is cut at a comment here.
    let text = match comment_start(text) {
        Some(i) if !text.starts_with(['\'', '"', '[']) => text[..i].trim_end_matches(' '),
        _ => text,
    };
    match text.as_bytes()[0] {
        b'\'' => single_quoted(text).map(Value::String),
        b'"' => double_quoted(text).map(Value::String),
        b'[' => flow_sequence(text),
        b'{' => (text == "{}").then(|| Value::Object(Map::new())),
        _ => plain_scalar(text).then(|| scalar_value(text)),
    }
}

/// Where ` #` starts in a line's text, if it does.
fn comment_start(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (1..bytes.len()).find(|&i| bytes[i] == b'#' && bytes[i - 1] == b' ').map(|i| i - 1)
}

/// `'text'` on one line, `''` standing for a quote, optionally followed by a comment.
fn single_quoted(text: &str) -> Option<String> {
    let body = &text[1..];
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\'' {
            out.push(c);
            continue;
        }
        if body[i + 1..].starts_with('\'') {
            out.push('\'');
            chars.next();
            continue;
        }
        return after_closing(&body[i + 1..]).then_some(out);
    }
    None
}

/// `"text"` on one line without escapes, optionally followed by a comment.
fn double_quoted(text: &str) -> Option<String> {
    let body = &text[1..];
    let close = body.find('"')?;
    let inner = &body[..close];
    (!inner.contains('\\') && after_closing(&body[close + 1..])).then(|| inner.to_string())
}

/// What may follow a closing quote: nothing, or spaces and a comment.
fn after_closing(rest: &str) -> bool {
    let trimmed = rest.trim_start_matches(' ');
    trimmed.is_empty() || (trimmed.starts_with('#') && trimmed.len() < rest.len())
}

/// `[]`, or `[a, b]` of plain scalars that need no flow rules, optionally followed by a
/// comment.
fn flow_sequence(text: &str) -> Option<Value> {
    let close = text.find(']')?;
    if !after_closing(&text[close + 1..]) {
        return None;
    }
    let inner = text[1..close].trim_matches(' ');
    if inner.is_empty() {
        return Some(Value::Array(Vec::new()));
    }
    inner
        .split(',')
        .map(|item| {
            let item = item.trim_matches(' ');
            let simple = plain_scalar(item) && !item.contains(['[', ']', '{', '}', ':', '#', '\'', '"']);
            simple.then(|| scalar_value(item))
        })
        .collect::<Option<Vec<_>>>()
        .map(Value::Array)
}

#[cfg(test)]
mod tests {
    use super::super::yaml::{parse_chunk, parse_general};
    use super::*;

    /// The fast path must read every text exactly as the general parser does: the same
    /// documents, values and starts, or the same error at the same place.
    fn same_as_general(text: &str) {
        let general = parse_general(text, 0, false);
        let fast = parse_chunk(text, 0, false, &super::super::yaml::LocatedDoc::with_tree, &mut Default::default());
        let summary = |r: Result<Vec<super::super::yaml::LocatedDoc>, super::super::yaml::SyntaxError>| match r {
            Ok(docs) => Ok(docs.into_iter().map(|d| (d.value, d.start)).collect::<Vec<_>>()),
            Err(e) => Err((e.pos, e.message)),
        };
        assert_eq!(summary(fast), summary(general), "the readers disagree on {text:?}");
    }

    /// Whether the fast reader takes the text's single document itself.
    fn taken(text: &str) -> bool {
        parse_document(text).is_some()
    }

    const ROOM: &str = "apiVersion: pchat/v1\nkind: Room\nmetadata:\n  name: backend\n  labels:\n    team: core\nspec:\n  category: engineering\n  description: Backend team room [old]\n  privacy: secret\n  type: auditorium\n  disabled: false\n  members:\n    - sip:a@contoso.com\n    - ou:contoso/eng\n  managers:\n  - group:leads\n  presenters: []\n";

    #[test]
    fn the_usual_shapes_take_the_fast_path_and_read_the_same() {
        let shapes = [
            ROOM,
            "a: 1\nb: 1.5\nc: true\nd: ~\ne: null\nf: 'it''s'\ng: \"quoted # not a comment\"\nh: plain # a comment\ni: x:y\nj: C#\nk: [a, b, 3]\nl: {}\nm: é ü 中文\nn:\n",
            "# leading comment\n\nkey: value   \n  # indented comment\nother:\n  - one\n  -   two\n  - three: 3\n    four: 4\n  -\n    five: 5\n",
            "- a\n- b: 1\n  c: 2\n-\n- - x\n",
            "spec:\n  url: https://x.example/path?q=1#frag\n  list:\n  - 1\n  - -1\n  - .5\n  - 1e3\n  - inf\n  - .nan\n  - 0x1F\n  - 007\n  - +1\n",
        ];
        for shape in shapes {
            same_as_general(shape);
            same_as_general(&format!("---\n{shape}---\n{shape}"));
            same_as_general(&format!("# head\n--- # first\n{shape}\n---\n\n{shape}"));
        }
        assert!(taken(ROOM), "a room document is read by the fast path");
        assert!(taken(shapes[2]));
    }

    #[test]
    fn the_example_plans_are_read_by_the_fast_path() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/contoso");
        let mut documents = 0;
        for entry in std::fs::read_dir(dir).expect("examples/contoso") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
            same_as_general(&text);
            for segment in text.split("\n---\n") {
                // Comment-only headers hold no document; every other segment is read fast.
                let body = segment.strip_prefix("---\n").unwrap_or(segment);
                if body.lines().any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#')) {
                    assert!(taken(body), "the fast path declined {body:?}");
                    documents += 1;
                }
            }
        }
        assert!(documents > 40, "only {documents} documents in examples/contoso");
    }

    #[test]
    fn shapes_outside_the_subset_go_to_the_general_parser() {
        for text in [
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "a: |\n  text\n",
            "a: >-\n  folded\n",
            "a: multi\n  line\n",
            "a: {b: 1}\n",
            "a: [b, [c]]\n",
            "a: \"esc\\n\"\n",
            "a: 'two\n  lines'\n",
            "? complex\n: key\n",
            "a:\tb\n",
            "a: 1\r\nb: 2\r\n",
            "\u{feff}a: 1\n",
            "'quoted key': 1\n",
            "a: 1\na: 2\n",
            "a: b: c\n",
            "a: 1\n - b\n",
            "a:\n  - b\n c: 1\n",
            "%YAML 1.2\n---\na: 1\n",
            "a: 1\n...\n---\nb: 2\n",
            "--- a: 1\n",
            "--- !tag\na: 1\n",
            "a: -1\n",
            "a: [sip:a@x, sip:b@y]\n",
            "a: [x: 1]\n",
            "a: [1, 2,]\n",
            "hello\n",
            "---\n---\na: 1\n",
            "a: @x\n",
            "a: `x`\n",
            "a: 'x' y\n",
            "a: \"x\"y\n",
            "a: [a] b\n",
            "a:  \n   \n",
            "- a\nb: 1\n",
            "a:\n- b\n- c\nd: 1\n",
            "a:\n  b: 1\n   c: 2\n",
        ] {
            same_as_general(text);
        }
        assert!(!taken("a: &x 1\n"));
        assert!(!taken("a: 1\na: 2\n"));
        assert!(!taken("a: |\n  text\n"));
    }

    #[test]
    fn deep_documents_are_declined_for_the_general_parser_to_refuse() {
        let mappings = |levels: usize, indent: &str| -> String {
            (0..levels).map(|d| format!("{}a:\n", indent.repeat(d))).collect()
        };
        let items = |levels: usize| -> String { (0..levels).map(|d| format!("{}-\n", "  ".repeat(d))).collect() };
        // One level is kept for a flow sequence inside the deepest block.
        assert!(taken(&mappings(MAX_DEPTH - 1, "  ")));
        assert!(taken(&format!("{}{}b: [x]\n", mappings(MAX_DEPTH - 2, "  "), "  ".repeat(MAX_DEPTH - 2))));
        assert!(taken(&items(MAX_DEPTH - 1)));
        for levels in [MAX_DEPTH, MAX_DEPTH + 1, 5000] {
            let deep = mappings(levels, " ");
            let started = std::time::Instant::now();
            assert!(!taken(&deep), "{levels} levels");
            assert!(!taken(&items(levels)), "{levels} levels");
            // Bounded, not fast: a bound a debug build on a loaded machine keeps (the old
            // failure was a stack overflow or gigabytes, not seconds).
            assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
        }
        for levels in [MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1] {
            same_as_general(&mappings(levels, "  "));
            same_as_general(&items(levels));
            same_as_general(&format!("{}{}b: [x]\n", mappings(levels, "  "), "  ".repeat(levels)));
            same_as_general(&format!("{}{}- {{}}\n", items(levels), "  ".repeat(levels)));
        }
        let refused = parse_general(&mappings(MAX_DEPTH + 1, "  "), 0, false).unwrap_err();
        assert!(refused.past_limit && refused.pos.line == MAX_DEPTH + 1, "{refused:?}");
    }

    /// A small deterministic generator of documents from tricky pieces, so the fast path is
    /// compared with the general parser on thousands of shapes nobody wrote by hand.
    /// `YAML_ROUNDS=1000000 YAML_SEED=7 cargo test --lib random_documents` runs a longer hunt.
    #[test]
    fn random_documents_read_the_same() {
        let mut seed: u64 =
            std::env::var("YAML_SEED").ok().and_then(|r| r.parse().ok()).unwrap_or(0x9E37_79B9_7F4A_7C15);
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let keys = ["a", "kind", "b c", "x:y", "1", "true", "-k", "é", "a#b", "'q'", "k "];
        let values = [
            "",
            "1",
            "-1",
            "1.5",
            "true",
            "~",
            "null",
            "plain text",
            "x # c",
            "x#c",
            "'s'",
            "'it''s'",
            "\"d\"",
            "\"a\\tb\"",
            "[]",
            "[a, b]",
            "[a,b]",
            "[ a ]",
            "{}",
            "{a: 1}",
            "|",
            ">",
            "&a v",
            "*a",
            "!t v",
            "a: b",
            "sip:a@x",
            "http://x/y",
            "C#",
            "é",
            "%x",
            "@x",
            "`x`",
            "'unterminated",
            "\"unterminated",
            "[a",
            "0x10",
            "1e5",
            ".inf",
            "- x",
            "? x",
        ];
        let mut fast = 0;
        // Mostly the first, ordinary pieces, so that many documents are valid.
        let pick = |pieces: &[&'static str], next: &mut dyn FnMut(usize) -> usize| {
            let n = if next(3) > 0 { pieces.len().min(6) } else { pieces.len() };
            pieces[next(n)]
        };
        let rounds: usize = std::env::var("YAML_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(50_000);
        for _ in 0..rounds {
            let mut text = String::new();
            if next(4) == 0 {
                text.push_str(["---\n", "--- # c\n", "# c\n", "\n"][next(4)]);
            }
            let mut indent = 0usize;
            for _ in 0..1 + next(8) {
                // Mostly keep the indentation, sometimes go in or out by one or two.
                match next(6) {
                    0 => indent += 2,
                    1 => indent = indent.saturating_sub(2),
                    2 => indent = indent.saturating_sub(next(3)) + next(2),
                    _ => {}
                }
                text.push_str(&" ".repeat(indent));
                match next(7) {
                    0 | 1 => {
                        text.push_str("- ");
                        if next(3) == 0 {
                            text.push_str(pick(&keys, &mut next));
                            text.push_str(": ");
                        }
                        text.push_str(pick(&values, &mut next));
                    }
                    2 => {
                        text.push_str(pick(&keys, &mut next));
                        text.push(':');
                    }
                    3 => text.push_str(["# comment", "", "---", "-"][next(4)]),
                    _ => {
                        text.push_str(pick(&keys, &mut next));
                        text.push_str(": ");
                        text.push_str(pick(&values, &mut next));
                    }
                }
                text.push('\n');
            }
            same_as_general(&text);
            fast += usize::from(segments_taken(&text));
        }
        // The comparison means something only if the fast path took many of them.
        assert!(fast > 5_000, "the fast path took only {fast} of 50,000 random documents");
    }

    /// Whether every document of the text went through the fast path.
    fn segments_taken(text: &str) -> bool {
        let body = text.strip_prefix("---\n").or_else(|| text.strip_prefix("--- # c\n")).unwrap_or(text);
        !body.contains("\n---") && !body.starts_with("---") && taken(body)
    }
}
