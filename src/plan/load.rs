//! Reading plan files: every document of every file, checked against the schema, with
//! every problem reported at once as `file:line:column: Kind name: field: message`.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use super::document::*;
use super::yaml::{parse_each, LocatedDoc, Node, Pos, SourceText};

/// One problem, located.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    pub message: String,
}

impl Diagnostic {
    /// A problem with a whole file (unreadable, empty, too large), pointed at its start.
    pub fn of_file(file: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.into(),
            line: 1,
            column: 1,
            kind: None,
            name: None,
            field: None,
            message: message.into(),
        }
    }

    /// A problem with a path itself (missing, an empty directory): no text to point into,
    /// so no line and column.
    pub fn of_path(path: &Path, message: impl Into<String>) -> Diagnostic {
        Diagnostic { line: 0, column: 0, ..Diagnostic::of_file(path.display().to_string(), message) }
    }
}

/// What [`expand_paths`] says of a path that names nothing.
pub const NO_SUCH_PATH: &str = "no such file or directory";

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Problems with no document (a prune, the server) or with a path itself have no
        // line to point at.
        if self.line == 0 {
            write!(f, "{}: ", self.file)?;
        } else {
            write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        }
        match (&self.kind, &self.name) {
            (Some(kind), Some(name)) => write!(f, "{kind} {name}: ")?,
            (Some(kind), None) => write!(f, "{kind}: ")?,
            (None, Some(name)) => write!(f, "document {name}: ")?,
            (None, None) => {}
        }
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// A document and where it came from.
#[derive(Debug, Clone)]
pub struct Sourced {
    pub doc: Document,
    /// The file's name, shared by its documents.
    pub file: Arc<str>,
    pub located: LocatedDoc,
}

impl Sourced {
    /// A diagnostic at a spec field path (`spec.members[1]`), or at the document.
    pub fn diagnostic(&self, field: Option<&str>, message: impl Into<String>) -> Diagnostic {
        let pos = match field {
            Some(f) => self.located.pos(f),
            None => self.located.pos("metadata.name"),
        };
        Diagnostic {
            file: self.file.to_string(),
            line: pos.line,
            column: pos.col,
            kind: Some(self.doc.kind().to_string()),
            name: Some(self.doc.metadata.name.clone()),
            field: field.map(str::to_string),
            message: message.into(),
        }
    }
}

/// The files a `-f` argument names: a file, or a directory's *.yaml and *.yml in name order.
pub fn expand_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let at = |p: &Path, message: String| Diagnostic::of_path(p, message);
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(entries) => entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
                    .collect(),
                Err(e) => {
                    errors.push(at(path, format!("cannot read the directory: {e}")));
                    continue;
                }
            };
            found.sort();
            if found.is_empty() {
                errors.push(at(path, "the directory holds no .yaml or .yml files".into()));
            }
            files.extend(found);
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            errors.push(at(path, NO_SUCH_PATH.into()));
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

/// Reads and checks every document of every file; all problems come back together.
pub fn load(paths: &[PathBuf]) -> Result<Vec<Sourced>, Vec<Diagnostic>> {
    let (docs, errors) = load_lenient(paths)?;
    if errors.is_empty() {
        Ok(docs)
    } else {
        Err(errors)
    }
}

/// A plan file as read from disk: its name, and its text or why it could not be read.
pub struct PlanFile {
    pub name: String,
    pub text: Result<String, String>,
}

/// The largest plan file read: 256 MiB. Honest plans are far smaller (150,000 users and
/// 33,000 rooms of 30 members make 61 MB); a larger file is refused before it is read, so
/// that a mistaken path (a disk image, a log) cannot take the memory of the machine.
pub const MAX_PLAN_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Reads every file the paths name; only missing paths fail outright (an unreadable file
/// becomes a problem of its own when the files are checked).
pub fn read_files(paths: &[PathBuf]) -> Result<Vec<PlanFile>, Vec<Diagnostic>> {
    Ok(expand_paths(paths)?
        .into_iter()
        .map(|file| PlanFile { name: file.display().to_string(), text: read_plan_file(&file, MAX_PLAN_FILE_BYTES) })
        .collect())
}

/// A plan file's text, or why it is not read: it cannot be, or it is larger than `limit`
/// bytes (by its size on disk, checked before reading; and by what reading gives, for a
/// file that grows or whose size the system does not know).
pub fn read_plan_file(path: &Path, limit: u64) -> Result<String, String> {
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let too_large = |size: u64, at_least: &str| {
        format!("{name} is {at_least}{}; plan files are limited to {}", bytes_shown(size), bytes_shown(limit))
    };
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read: {e}"))?;
    let size = file.metadata().map_err(|e| format!("cannot read: {e}"))?.len();
    if size > limit {
        return Err(too_large(size, ""));
    }
    let mut text = String::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_string(&mut text).map_err(|e| format!("cannot read: {e}"))?;
    if text.len() as u64 > limit {
        return Err(too_large(text.len() as u64, "at least "));
    }
    Ok(text)
}

/// A size as people read it: `1 GiB`, `300 MiB`, `1.5 MiB`, `12.0 KiB`, `10 bytes`.
fn bytes_shown(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * KIB;
    const GIB: u64 = 1024 * MIB;
    match bytes {
        b if b >= GIB && b % GIB == 0 => format!("{} GiB", b / GIB),
        b if b >= GIB => format!("{:.1} GiB", b as f64 / GIB as f64),
        b if b >= MIB && b % MIB == 0 => format!("{} MiB", b / MIB),
        b if b >= MIB => format!("{:.1} MiB", b as f64 / MIB as f64),
        b if b >= KIB => format!("{:.1} KiB", b as f64 / KIB as f64),
        b => format!("{b} bytes"),
    }
}

/// Like [`load`], but hands back the documents that are valid beside the problems of the
/// others, so the reference checks of the diff can report theirs in the same run (the
/// server's rules are checked once the files are clean). Only missing paths fail outright.
pub fn load_lenient(paths: &[PathBuf]) -> Result<(Vec<Sourced>, Vec<Diagnostic>), Vec<Diagnostic>> {
    Ok(check_files(read_files(paths)?, 0))
}

/// Parses and checks the documents of files already read; see [`load_lenient`]. About
/// `expected` documents are made room for at once (a count of their `kind:` lines, say).
pub fn check_files(files: Vec<PlanFile>, expected: usize) -> (Vec<Sourced>, Vec<Diagnostic>) {
    let mut docs = Vec::new();
    // Each file's documents would grow the vector, copying all those before them again.
    let _ = docs.try_reserve_exact(expected);
    let mut errors = Vec::new();
    for file in files {
        match file.text {
            Ok(text) => {
                let source = SourceText::of_file(std::path::Path::new(&file.name), Arc::from(text));
                load_source(&file.name, source, &mut docs, &mut errors)
            }
            Err(message) => errors.push(Diagnostic::of_file(file.name, message)),
        }
    }
    // The same object twice, in one file or across files: the first description stays
    // (so the others' problems are still checked against it), the later ones are refused.
    let mut seen: HashMap<(&str, &str, &str), usize, foldhash::fast::RandomState> =
        HashMap::with_capacity_and_hasher(docs.len(), Default::default());
    let mut repeated = vec![false; docs.len()];
    for (i, d) in docs.iter().enumerate() {
        let key = identity(&d.doc);
        if let Some(&first) = seen.get(&key) {
            let f = &docs[first];
            let pos = f.located.pos("metadata.name");
            errors.push(d.diagnostic(
                Some("metadata.name"),
                format!("{} is described twice: first at {}:{}:{}", d.doc.address(), f.file, pos.line, pos.col),
            ));
            repeated[i] = true;
        } else {
            seen.insert(key, i);
        }
    }
    let mut repeated = repeated.into_iter();
    docs.retain(|_| !repeated.next().unwrap_or(false));
    docs.shrink_to_fit();
    errors.sort();
    errors.dedup();
    (docs, errors)
}

/// What makes two documents the same object: its kind, its pool where names are per pool
/// (categories and add-ins), and its name; borrowed, so 185,000 documents cost no copies.
fn identity(doc: &Document) -> (&'static str, &str, &str) {
    let pool = match &doc.spec {
        Spec::Category(c) => c.pool.as_str(),
        Spec::Addin(a) => a.pool.as_str(),
        _ => "",
    };
    (doc.kind(), pool, doc.metadata.name.as_str())
}

pub fn load_text(file: &str, text: impl Into<Arc<str>>, docs: &mut Vec<Sourced>, errors: &mut Vec<Diagnostic>) {
    load_source(file, SourceText::kept(text.into()), docs, errors)
}

/// [`load_text`] of a file's text that may be let go and read again ([`SourceText`]).
fn load_source(file: &str, source: Arc<SourceText>, docs: &mut Vec<Sourced>, errors: &mut Vec<Diagnostic>) {
    // Each document is checked on the thread that read it, so only its typed form stays,
    // and then the text goes too (read again only to place a problem found later).
    let name: Arc<str> = Arc::from(file);
    let parsed = parse_each(source.clone(), |located, tree| check_document(&name, located, tree));
    source.release();
    let checked = match parsed {
        Ok(checked) => checked,
        Err(e) => {
            // Past a limit of plan files, the YAML may well be valid; the message says why.
            let message = if e.past_limit { e.message } else { format!("not valid YAML: {}", e.message) };
            errors.push(Diagnostic { line: e.pos.line, column: e.pos.col, ..Diagnostic::of_file(file, message) });
            return;
        }
    };
    let mut any = false;
    // Documents are the largest thing a plan holds: no room for more than there are.
    docs.reserve_exact(checked.len());
    for c in checked {
        any |= c.mapping;
        docs.extend(c.doc);
        errors.extend(c.errors);
    }
    if !any && errors.is_empty() {
        errors.push(Diagnostic::of_file(file, "the file holds no plan documents"));
    }
}

/// One document as checked: typed if it is valid, its problems otherwise.
struct Checked {
    doc: Option<Sourced>,
    errors: Vec<Diagnostic>,
    /// Whether it was a mapping at all (a file of only empty documents holds no plan).
    mapping: bool,
}

fn check_document(file: &Arc<str>, mut located: LocatedDoc, tree: Option<Node<'_>>) -> Checked {
    if let Some(tree) = tree {
        if let Some(doc) = typed_from_tree(tree) {
            return Checked {
                doc: Some(Sourced { doc, file: file.clone(), located }),
                errors: Vec::new(),
                mapping: true,
            };
        }
        // Something is wrong with it: the checks below find every problem, on its value.
        located.value = located.read_again();
    }
    let diag = |pos: Pos, kind: Option<&str>, name: Option<&str>, field: Option<&str>, message: String| Diagnostic {
        file: file.to_string(),
        line: pos.line,
        column: pos.col,
        kind: kind.map(str::to_string),
        name: name.map(str::to_string),
        field: field.map(str::to_string),
        message,
    };
    let mut errors = Vec::new();
    // The typed document is what stays; the raw values are only needed to check it.
    let value = std::mem::take(&mut located.value);
    let Value::Object(mut map) = value else {
        if !value.is_null() {
            errors.push(diag(
                located.start,
                None,
                None,
                None,
                "a plan document is a mapping with apiVersion, kind, metadata and spec".into(),
            ));
        }
        return Checked { doc: None, errors, mapping: false };
    };
    // The document as written names itself even when its header is wrong, so every
    // problem says which document it is about.
    let written_kind = map.get("kind").and_then(Value::as_str);
    let written_name = map.get("metadata").and_then(|m| m.get("name")).and_then(Value::as_str);
    for key in map.keys() {
        if !["apiVersion", "kind", "metadata", "spec"].contains(&key.as_str()) {
            let hint = closest(key, &["apiVersion", "kind", "metadata", "spec"])
                .map(|c| format!("; did you mean {c}?"))
                .unwrap_or_default();
            errors.push(diag(
                located.key_pos(key),
                written_kind,
                written_name,
                Some(key),
                format!("unknown field {key:?}{hint}"),
            ));
        }
    }
    match map.get("apiVersion") {
        Some(Value::String(v)) if v == API_VERSION => {}
        Some(other) => errors.push(diag(
            located.pos("apiVersion"),
            written_kind,
            written_name,
            Some("apiVersion"),
            format!("apiVersion is {other}; this pchat reads {API_VERSION}"),
        )),
        None => errors.push(diag(
            located.start,
            written_kind,
            written_name,
            Some("apiVersion"),
            format!("apiVersion is missing (apiVersion: {API_VERSION})"),
        )),
    }
    let kind = match map.get("kind") {
        Some(Value::String(k)) if KINDS.contains(&k.as_str()) => Some(k.clone()),
        Some(Value::String(k)) => {
            let hint = closest(k, KINDS).map(|c| format!("; did you mean {c}?")).unwrap_or_default();
            errors.push(diag(
                located.pos("kind"),
                written_kind,
                written_name,
                Some("kind"),
                format!("unknown kind {k:?} (kinds: {}){hint}", KINDS.join(", ")),
            ));
            None
        }
        Some(other) => {
            errors.push(diag(
                located.pos("kind"),
                written_kind,
                written_name,
                Some("kind"),
                format!("kind must be a string, not {other}"),
            ));
            None
        }
        None => {
            errors.push(diag(
                located.start,
                written_kind,
                written_name,
                Some("kind"),
                format!("kind is missing (one of {})", KINDS.join(", ")),
            ));
            None
        }
    };
    let metadata: Option<Metadata> = match map.get("metadata") {
        None => {
            errors.push(diag(
                located.start,
                kind.as_deref(),
                None,
                Some("metadata"),
                "metadata is missing (metadata: {name: ...})".into(),
            ));
            None
        }
        Some(v) => match typed::<Metadata>(v) {
            Ok(m) if m.name.trim().is_empty() => {
                errors.push(diag(
                    located.pos("metadata.name"),
                    kind.as_deref(),
                    None,
                    Some("metadata.name"),
                    "metadata.name must not be empty".into(),
                ));
                None
            }
            Ok(m) => Some(m),
            Err((path, message)) => {
                let field = join("metadata", &path);
                errors.push(diag(located.key_pos(&field), kind.as_deref(), None, Some(&field), message));
                None
            }
        },
    };
    let name = metadata.as_ref().map(|m| m.name.clone());
    let Some(kind) = kind else { return Checked { doc: None, errors, mapping: true } };
    let spec_value = map.remove("spec").unwrap_or(Value::Object(Default::default()));
    if let Value::Object(spec_map) = &spec_value {
        let fields = Spec::fields(&kind);
        for key in spec_map.keys() {
            if !fields.contains(&key.as_str()) {
                let hint = closest(key, fields).map(|c| format!("; did you mean {c}?")).unwrap_or_default();
                let field = format!("spec.{key}");
                errors.push(diag(
                    located.key_pos(&field),
                    Some(&kind),
                    name.as_deref(),
                    Some(&field),
                    format!("unknown field {key:?} for a {kind}{hint}"),
                ));
            }
        }
    } else if !spec_value.is_null() {
        errors.push(diag(
            located.pos("spec"),
            Some(&kind),
            name.as_deref(),
            Some("spec"),
            "spec must be a mapping".into(),
        ));
        return Checked { doc: None, errors, mapping: true };
    }
    if !errors.is_empty() && (metadata.is_none() || !spec_value.is_object()) {
        return Checked { doc: None, errors, mapping: true };
    }
    let schema_errors = !errors.is_empty();
    // Unknown fields are reported above; drop them so type errors show in the same run.
    let spec_value = match spec_value {
        Value::Object(mut m) => {
            let fields = Spec::fields(&kind);
            m.retain(|k, _| fields.contains(&k.as_str()));
            Value::Object(m)
        }
        _ => Value::Object(Default::default()),
    };
    let mut doc = None;
    match (typed_spec(&kind, &spec_value), metadata) {
        (Ok(_), _) if schema_errors => {}
        (Ok(spec), Some(metadata)) => {
            doc = Some(Sourced { doc: Document { metadata, spec }, file: file.clone(), located })
        }
        (Err(problems), _) => {
            for (path, message) in problems {
                let field = join("spec", &path);
                let pos = located.pos(&field);
                errors.push(diag(pos, Some(&kind), name.as_deref(), Some(&field), message));
            }
        }
        (Ok(_), None) => {}
    }
    Checked { doc, errors, mapping: true }
}

/// A document typed straight from the fast reader's tree, when it is valid as it stands
/// (nearly always): the checks' value, its copies and their positions are never made.
/// `None` for anything the checks would say something about.
fn typed_from_tree(tree: Node<'_>) -> Option<Document> {
    let Node::Map(entries) = tree else { return None };
    let (mut version, mut kind, mut metadata, mut spec) = (false, None, None, None);
    for (key, node) in entries {
        match key {
            "apiVersion" => version = node.as_str() == Some(API_VERSION),
            "kind" => kind = node.as_str().and_then(|k| KINDS.iter().find(|known| **known == k)).copied(),
            "metadata" => metadata = Some(node),
            "spec" => spec = Some(node),
            _ => return None,
        }
    }
    let kind = kind.filter(|_| version)?;
    let metadata = Metadata::deserialize(metadata?).ok().filter(|m| !m.name.trim().is_empty())?;
    let spec = match spec {
        None | Some(Node::Leaf(Value::Null)) => Node::Map(Vec::new()),
        Some(Node::Leaf(Value::Object(map))) if map.is_empty() => Node::Map(Vec::new()),
        Some(Node::Map(entries)) if entries.iter().all(|(key, _)| Spec::fields(kind).contains(key)) => {
            Node::Map(entries)
        }
        Some(_) => return None,
    };
    let spec = spec_of(kind, spec).ok()?;
    Some(Document { metadata, spec })
}

/// A spec of a known kind, from any reader.
fn spec_of<'de, D: serde::Deserializer<'de>>(kind: &str, from: D) -> Result<Spec, D::Error> {
    Ok(match kind {
        "User" => Spec::User(Deserialize::deserialize(from)?),
        "Group" => Spec::Group(Deserialize::deserialize(from)?),
        "Category" => Spec::Category(Box::new(Deserialize::deserialize(from)?)),
        "Room" => Spec::Room(Box::new(Deserialize::deserialize(from)?)),
        "Addin" => Spec::Addin(Deserialize::deserialize(from)?),
        "Policy" => Spec::Policy(Deserialize::deserialize(from)?),
        "PolicyGrant" => Spec::PolicyGrant(Deserialize::deserialize(from)?),
        "Topology" => Spec::Topology(Box::new(Deserialize::deserialize(from)?)),
        _ => Spec::ChatConfig(Deserialize::deserialize(from)?),
    })
}

fn join(prefix: &str, path: &str) -> String {
    if path.is_empty() || path == "." {
        prefix.to_string()
    } else {
        format!("{prefix}.{path}")
    }
}

/// A spec of a known kind, or every field's problem: serde stops at the first one, so on a
/// failure each field is tried again on its own to find the others in the same run.
fn typed_spec(kind: &str, value: &Value) -> Result<Spec, Vec<(String, String)>> {
    fn as_spec(kind: &str, value: &Value) -> Result<Spec, (String, String)> {
        // The plain reader is the fast path; only a failure pays for finding where.
        if let Ok(spec) = spec_of(kind, value) {
            return Ok(spec);
        }
        let mut track = serde_path_to_error::Track::new();
        spec_of(kind, serde_path_to_error::Deserializer::new(value, &mut track)).map_err(|e| {
            let path = track.path().to_string();
            let message = tidy(&path, &e.to_string());
            (path, message)
        })
    }
    let first = match as_spec(kind, value) {
        Ok(spec) => return Ok(spec),
        Err(first) => first,
    };
    let mut problems = vec![first];
    if let Value::Object(map) = value {
        for (key, field) in map {
            let alone = Value::Object(std::iter::once((key.clone(), field.clone())).collect());
            // Alone, a field can only be wrong itself (a missing required field is not its).
            if let Err((path, message)) = as_spec(kind, &alone) {
                let its_own =
                    path == *key || path.starts_with(&format!("{key}.")) || path.starts_with(&format!("{key}["));
                if its_own && !problems.iter().any(|(p, _)| *p == path) {
                    problems.push((path, message));
                }
            }
        }
    }
    Err(problems)
}

/// Deserialises with the path of the first type error (`members[1]`).
fn typed<T: DeserializeOwned>(value: &Value) -> Result<T, (String, String)> {
    // The plain deserializer is the fast path; only a failure pays for finding where.
    if let Ok(typed) = T::deserialize(value) {
        return Ok(typed);
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let message = e.into_inner().to_string();
        let message = tidy(&path, &message);
        (path, message)
    })
}

/// serde's messages, in a plan author's words; a wrong type on a field with a fixed set of
/// values lists the values.
fn tidy(path: &str, message: &str) -> String {
    use crate::api::{Privacy, RoomInvitations, RoomType};
    let allowed = match path {
        "privacy" => Some(Privacy::allowed()),
        "type" => Some(RoomType::allowed()),
        "invitations" => Some(RoomInvitations::allowed()),
        _ => None,
    };
    if let (Some(allowed), Some(rest)) = (allowed, message.strip_prefix("invalid type: ")) {
        let found = rest.split(", expected").next().unwrap_or(rest);
        return format!("expected one of {allowed}, found {found}");
    }
    message
        .replace("invalid type: ", "wrong type: found ")
        .replace("unknown variant", "unknown value")
        .replace("`, expected one of", "`; allowed values:")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::yaml::{MAX_ALIAS_NODES_PER_DOCUMENT, MAX_DEPTH};

    /// What `pchat plan` does with a file's text: its documents, and its problems as printed.
    fn check(text: &str) -> (Vec<Sourced>, Vec<String>) {
        let (docs, errors) = check_files(vec![PlanFile { name: "plan.yaml".into(), text: Ok(text.to_string()) }], 0);
        (docs, errors.iter().map(ToString::to_string).collect())
    }

    fn billion_laughs() -> String {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (name, before) in "bcdefghi".chars().zip("abcdefgh".chars()) {
            text.push_str(&format!("{name}: &{name} [{}]\n", vec![format!("*{before}"); 9].join(", ")));
        }
        text
    }

    const ROOM: &str = include_str!("../../examples/contoso/rooms-engineering.yaml");
    const USERS: &str = include_str!("../../examples/contoso/users.yaml");
    const CONFIG: &str = include_str!("../../examples/contoso/chat-config.yaml");
    const POLICIES: &str = include_str!("../../examples/contoso/policies.yaml");

    #[test]
    fn hostile_yaml_is_refused_with_a_located_problem_quickly() {
        let started = std::time::Instant::now();
        let (docs, errors) = check(&billion_laughs());
        assert!(docs.is_empty());
        assert_eq!(
            errors,
            [format!(
                "plan.yaml:5:8: aliases expand past 10,000 nodes in this document (a YAML alias bomb?); plan files \
                 may expand aliases to at most {} nodes per document",
                "10,000"
            )]
        );
        assert_eq!(MAX_ALIAS_NODES_PER_DOCUMENT, 10_000);
        let deep = format!("{}x\n", "- ".repeat(5000));
        assert_eq!(
            check(&deep).1,
            [format!(
                "plan.yaml:1:{}: collections nest deeper than {MAX_DEPTH} levels; plan files may nest at most \
                 {MAX_DEPTH} levels deep",
                2 * MAX_DEPTH + 1
            )]
        );
        let flow = format!("{}{}\n", "[".repeat(5000), "]".repeat(5000));
        assert!(
            check(&flow).1[0].starts_with("plan.yaml:1:256: collections nest deeper than 64"),
            "{:?}",
            check(&flow)
        );
        let mut mappings = String::new();
        for depth in 0..5000 {
            mappings.push_str(&format!("{}a:\n", " ".repeat(depth)));
        }
        assert!(check(&mappings).1[0].starts_with("plan.yaml:65:66: collections nest"), "{:?}", check(&mappings).1);
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "took {:?}", started.elapsed());
        // A real document nested as deep as allowed is read, and reported on, as any other.
        let deep_label =
            format!("kind: Room\nmetadata:\n  name: r\nspec:\n  x: {}1{}\n", "[".repeat(60), "]".repeat(60));
        let (_, errors) = check(&deep_label);
        assert!(errors.iter().any(|e| e.contains("apiVersion is missing")), "{errors:?}");
    }

    #[test]
    fn plan_files_past_the_size_limit_are_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.yaml");
        std::fs::write(&path, "kind: Room\n".repeat(100)).unwrap();
        assert_eq!(read_plan_file(&path, 1100).unwrap().len(), 1100);
        assert_eq!(read_plan_file(&path, 1099).unwrap_err(), "plan.yaml is 1.1 KiB; plan files are limited to 1.1 KiB");
        assert_eq!(read_plan_file(&path, 10).unwrap_err(), "plan.yaml is 1.1 KiB; plan files are limited to 10 bytes");
        assert_eq!(bytes_shown(300 * 1024 * 1024), "300 MiB");
        assert_eq!(bytes_shown(MAX_PLAN_FILE_BYTES), "256 MiB");
        assert_eq!(bytes_shown(1536 * 1024), "1.5 MiB");
        assert_eq!((bytes_shown(1 << 30), bytes_shown((1 << 30) + 1)), ("1 GiB".into(), "1.0 GiB".into()));
        assert!(read_plan_file(&dir.path().join("missing.yaml"), 10).unwrap_err().starts_with("cannot read: "));
        std::fs::write(&path, b"a: \xff\n").unwrap();
        assert_eq!(read_plan_file(&path, 10).unwrap_err(), "cannot read: stream did not contain valid UTF-8");
        // A file whose size the system does not tell is bounded by what reading gives.
        if Path::new("/proc/self/status").exists() {
            let err = read_plan_file(Path::new("/proc/self/status"), 10).unwrap_err();
            assert_eq!(err, "status is at least 11 bytes; plan files are limited to 10 bytes");
        }
        // Through read_files, a plan file well within the limit is read.
        std::fs::write(&path, "kind: Room\n").unwrap();
        let files = read_files(std::slice::from_ref(&path)).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].text.as_deref(), Ok("kind: Room\n"));
    }

    /// Mutations of real plans and of the bombs, through what `pchat plan` calls on a file's
    /// text: it must return (documents or problems), never crash, hang or exhaust memory.
    #[test]
    fn fuzz_plan_yaml() {
        let bomb = billion_laughs();
        let deep_block = format!("{}x\n", "- ".repeat(5000));
        let deep_flow = format!("a: {}{}\n", "[".repeat(5000), "]".repeat(5000));
        let anchors =
            "kind: Room\nspec:\n  members: &m\n    - sip:a@x\n  managers: *m\n  x: !!str 1\n  d: |\n    text\n";
        let corpus: Vec<&[u8]> = vec![
            ROOM.as_bytes(),
            USERS.as_bytes(),
            CONFIG.as_bytes(),
            POLICIES.as_bytes(),
            anchors.as_bytes(),
            bomb.as_bytes(),
            deep_block.as_bytes(),
            deep_flow.as_bytes(),
        ];
        let tokens: &[&[u8]] = &[
            b"&a ",
            b"*a",
            b"- ",
            b"[",
            b"]",
            b"{",
            b"}",
            b": ",
            b"---\n",
            b"!!str ",
            b"|\n",
            b"\"",
            b"'",
            b"\n  ",
            b"? ",
            b"#",
            b"...\n",
            b"%YAML 1.2\n",
        ];
        let ran = crate::testing::fuzz::run("plan_yaml", &corpus, tokens, |input| {
            let text = String::from_utf8_lossy(input).into_owned();
            let (docs, errors) = check_files(vec![PlanFile { name: "fuzz.yaml".into(), text: Ok(text) }], 0);
            // Reporting a problem parses the document again for positions: that must return too.
            for d in &docs {
                let _ = d.located.pos("spec.members[0]");
            }
            std::hint::black_box((docs.len(), errors.len()));
        });
        assert!(ran >= corpus.len());
    }

    /// A document typed from the fast reader's tree is exactly what the checks make of its
    /// value, and a document the checks find a problem in is never typed from its tree: on
    /// every example document, and on each of them with one line dropped, retyped or renamed.
    #[test]
    fn documents_typed_from_their_tree_are_what_the_checks_make_of_them() {
        let file: Arc<str> = Arc::from("plan.yaml");
        let mut documents = Vec::new();
        for text in [ROOM, USERS, CONFIG, POLICIES, include_str!("../../examples/contoso/categories.yaml")] {
            for segment in text.split("\n---\n") {
                let body = segment.strip_prefix("---\n").unwrap_or(segment);
                if body.lines().any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#')) {
                    documents.push(body.to_string());
                }
            }
        }
        let mut variants = documents.clone();
        for doc in &documents {
            let lines: Vec<&str> = doc.lines().collect();
            for i in 0..lines.len() {
                let with = |line: String| {
                    let mut changed = lines.clone();
                    changed[i] = &line;
                    changed.join("\n") + "\n"
                };
                variants.push(with(String::new()));
                if let Some((key, _)) = lines[i].split_once(": ") {
                    for value in ["3", "true", "[]", "~", "{}", "[a, b]", "''", "-1.5", "x"] {
                        variants.push(with(format!("{key}: {value}")));
                    }
                    variants.push(with(format!("{key}x: 1")));
                }
                if lines[i].trim_start().starts_with("- ") {
                    variants.push(with(format!("{}:", lines[i])));
                }
            }
        }
        let (mut typed, mut refused) = (0, 0);
        for text in &variants {
            let Some((tree, _)) = super::super::yaml_fast::parse_document(text) else { continue };
            let Ok(general) = crate::plan::yaml::parse(text) else { continue };
            let Some(located) = general.into_iter().next() else { continue };
            let checked = check_document(&file, located, None);
            let expected = if checked.errors.is_empty() { checked.doc.map(|d| d.doc) } else { None };
            let from_tree = typed_from_tree(tree);
            assert_eq!(from_tree, expected, "the tree and the checks disagree on {text:?}");
            if from_tree.is_some() {
                typed += 1
            } else {
                refused += 1
            }
        }
        assert!(typed > 100 && refused > 100, "{typed} typed, {refused} refused");
    }
}
