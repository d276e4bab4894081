//! `pchat migration from-lync-compliance`: the XML `Conversations` files the old system's
//! compliance adapter wrote (reference §1.13; pchat's own adapter writes the same) turned
//! into an archive. Each `Conversation`'s `Channel` is a room; its `CHAT` messages, in the
//! order the files hold them (file name order), are the room's messages; their senders are
//! the users. What the files hold that an archive does not (joins, parts, history reads,
//! file transfers whose content the files do not carry, administration events) is counted
//! by kind, and reported. Memory stays flat: each room's messages go to a file of their own
//! as they are read.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use quick_xml::events::{BytesStart, Event};
use quick_xml::XmlVersion;

use super::format::*;
use super::io::Writer;

/// Where the rooms go, and where their users are when the files do not say.
#[derive(Debug, Clone)]
pub struct Placement {
    pub pool: String,
    /// The category of rooms whose channel names none.
    pub category: String,
}

/// What the conversion made, and what it left out, by kind.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Converted {
    pub manifest_counts: Counts,
    pub files_read: u64,
    /// Events not imported, by type (`JOIN`, `BACKCHAT`, ...), and file references whose
    /// content the compliance files do not hold (`file content`).
    pub not_imported: BTreeMap<String, u64>,
}

/// A conversion error, where it is.
#[derive(Debug)]
pub struct ConvertError {
    pub file: String,
    pub position: u64,
    pub message: String,
}

impl std::fmt::Display for ConvertError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (byte {}): {}", self.file, self.position, self.message)
    }
}

impl std::error::Error for ConvertError {}

struct RoomState {
    record: RoomRecord,
    out: BufWriter<File>,
    path: PathBuf,
    last_seq: i64,
    /// Message ids of the source, and the seq each got here.
    seqs: HashMap<i64, i64>,
}

#[derive(Default)]
struct State {
    rooms: BTreeMap<(String, String), RoomState>,
    users: BTreeMap<String, UserRecord>,
    /// Categories, with the OUs of the users who posted in them (their scope).
    categories: BTreeMap<String, BTreeSet<String>>,
    /// Later changes to messages: (room, source id) → replacement text (None: removed).
    changed: HashMap<(String, i64), Option<String>>,
    not_imported: BTreeMap<String, u64>,
}

fn attrs(e: &BytesStart<'_>) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    for a in e.attributes() {
        let a = a.map_err(|e| format!("an attribute is malformed: {e}"))?;
        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
        let value = a.normalized_value(XmlVersion::Implicit1_0).map_err(|e| format!("attribute {key}: {e}"))?;
        out.insert(key, value.into_owned());
    }
    Ok(out)
}

/// One message element as read: its type, content, id, sender and time.
#[derive(Default)]
struct Pending {
    kind: String,
    content: String,
    id: i64,
    sender: Option<HashMap<String, String>>,
    at: Option<i64>,
}

fn convert_file(path: &Path, state: &mut State, placement: &Placement, scratch: &Path) -> Result<(), ConvertError> {
    let name = path.display().to_string();
    let file =
        File::open(path).map_err(|e| ConvertError { file: name.clone(), position: 0, message: e.to_string() })?;
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(file));
    let mut buf = Vec::new();
    let mut channel: Option<(String, String)> = None;
    let mut pending: Option<Pending> = None;
    let mut seen_root = false;
    loop {
        let position = reader.buffer_position();
        let fail = |message: String| ConvertError { file: name.clone(), position, message };
        let event = reader.read_event_into(&mut buf).map_err(|e| fail(format!("not well-formed XML: {e}")))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let tag = e.name().as_ref().to_vec();
                match tag.as_slice() {
                    b"Conversations" => seen_root = true,
                    b"Conversation" => channel = None,
                    b"Channel" => {
                        let a = attrs(e).map_err(&fail)?;
                        // A category's own conversation (its changes), not a room's.
                        if a.get("uri").is_some_and(|u| u.starts_with("ma-cat:")) {
                            channel = Some((String::new(), String::new()));
                            buf.clear();
                            continue;
                        }
                        let room = a
                            .get("name")
                            .cloned()
                            .filter(|n| !n.is_empty())
                            .ok_or_else(|| fail("a Channel has no name".into()))?;
                        let category = a.get("category").cloned().unwrap_or_else(|| placement.category.clone());
                        let key = (placement.pool.clone(), room.clone());
                        if !state.rooms.contains_key(&key) {
                            let path = scratch.join(format!("room-{}", state.rooms.len()));
                            let out = BufWriter::new(File::create(&path).map_err(|e| fail(e.to_string()))?);
                            let record = RoomRecord {
                                pool: placement.pool.clone(),
                                name: room.clone(),
                                category: category.clone(),
                                description: a.get("description").cloned().unwrap_or_default(),
                                room_type: a
                                    .get("type")
                                    .and_then(|t| serde_json::from_value(t.as_str().into()).ok())
                                    .unwrap_or_default(),
                                privacy: a
                                    .get("privacy")
                                    .and_then(|p| serde_json::from_value(p.as_str().into()).ok())
                                    .unwrap_or_default(),
                                invitations: Default::default(),
                                disabled: a.get("disabled").is_some_and(|d| d == "true"),
                                addin: None,
                                messages: None,
                                last_seq: 0,
                                labels: Default::default(),
                            };
                            state.categories.entry(category).or_default();
                            state.rooms.insert(
                                key.clone(),
                                RoomState { record, out, path, last_seq: 0, seqs: HashMap::new() },
                            );
                        }
                        channel = Some(key);
                    }
                    b"FirstMessage" => pending = None,
                    b"Message" => {
                        let a = attrs(e).map_err(&fail)?;
                        pending = Some(Pending {
                            kind: a.get("type").cloned().unwrap_or_default(),
                            content: a.get("content").cloned().unwrap_or_default(),
                            id: a.get("id").and_then(|i| i.parse().ok()).unwrap_or(0),
                            ..Default::default()
                        });
                    }
                    b"Sender" => {
                        if let Some(p) = pending.as_mut() {
                            p.sender = Some(attrs(e).map_err(&fail)?);
                        }
                    }
                    b"DateTimeUTC" => {
                        if let Some(p) = pending.as_mut() {
                            let a = attrs(e).map_err(&fail)?;
                            p.at = a.get("since1970").and_then(|t| t.parse().ok());
                        }
                    }
                    _ => {}
                }
                if matches!(event, Event::Empty(_)) && tag == b"Message" {
                    finish(state, channel.as_ref(), pending.take()).map_err(&fail)?;
                }
            }
            Event::End(ref e) if e.name().as_ref() == b"Message" => {
                finish(state, channel.as_ref(), pending.take()).map_err(&fail)?;
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !seen_root {
        return Err(ConvertError {
            file: name,
            position: 0,
            message: "no Conversations element: not a compliance file".into(),
        });
    }
    Ok(())
}

/// A message element read whole: a CHAT is a message of its room; a removal or
/// replacement changes one already read; anything else is counted.
fn finish(state: &mut State, channel: Option<&(String, String)>, pending: Option<Pending>) -> Result<(), String> {
    let Some(p) = pending else { return Ok(()) };
    let Some(key) = channel else { return Err("a Message outside any Conversation's Channel".into()) };
    if key.1.is_empty() {
        *state.not_imported.entry(p.kind).or_default() += 1;
        return Ok(());
    }
    match p.kind.as_str() {
        "CHAT" => {
            let sender = p.sender.ok_or("a CHAT message has no Sender")?;
            let uri = sender
                .get("uri")
                .cloned()
                .filter(|u| u.starts_with("sip:"))
                .ok_or("a CHAT message's Sender has no sip: uri")?;
            let at = p.at.ok_or("a CHAT message has no DateTimeUTC")?;
            let user = state.users.entry(uri.clone()).or_insert_with(|| UserRecord {
                sip: uri.clone(),
                display_name: sender.get("UserName").cloned().unwrap_or_default(),
                ou: sender.get("ou").cloned().unwrap_or_else(|| "imported".into()),
                site: sender.get("site").cloned().unwrap_or_default(),
                enabled: true,
                deleted: false,
                labels: Default::default(),
            });
            let ou = user.ou.clone();
            let room = state.rooms.get_mut(key).ok_or("a message of an unknown room")?;
            state.categories.entry(room.record.category.clone()).or_default().insert(ou);
            room.last_seq += 1;
            if p.id != 0 {
                room.seqs.insert(p.id, room.last_seq);
            }
            let text = p.content;
            let record = MessageRecord {
                id: p.id,
                seq: room.last_seq,
                sender: uri,
                posted_at: iso_ms(at),
                kind: crate::api::MessageKind::Message,
                title: String::new(),
                links: crate::api::links_in(&text),
                text,
                files: Vec::new(),
                removed: false,
            };
            room.out.write_all(&line(&record)).map_err(|e| e.to_string())?;
        }
        "REPLACE" => {
            state.changed.insert((key.1.clone(), p.id), Some(p.content));
        }
        "REMOVE" => {
            state.changed.insert((key.1.clone(), p.id), None);
        }
        "FILEUPLOAD" => *state.not_imported.entry("file content (FILEUPLOAD)".into()).or_default() += 1,
        other => *state.not_imported.entry(other.to_string()).or_default() += 1,
    }
    Ok(())
}

/// Converts the compliance files at `source` (a file, or a directory of `*.xml` files) into
/// an archive at `out`.
pub fn convert(source: &Path, out: &Path, placement: &Placement) -> Result<Converted, Box<dyn std::error::Error>> {
    let mut files: Vec<PathBuf> = if source.is_dir() {
        std::fs::read_dir(source)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "xml"))
            .collect()
    } else {
        vec![source.to_path_buf()]
    };
    files.sort();
    if files.is_empty() {
        return Err(format!("{}: no .xml compliance files", source.display()).into());
    }
    let scratch = tempfile::tempdir()?;
    let mut state = State::default();
    for file in &files {
        convert_file(file, &mut state, placement, scratch.path())?;
    }
    let mut w = Writer::create(out)?;
    let categories: Vec<CategoryRecord> = state
        .categories
        .iter()
        .map(|(name, ous)| CategoryRecord {
            pool: placement.pool.clone(),
            name: name.clone(),
            description: "imported from Lync compliance files".into(),
            allowed_members: ous.iter().map(|ou| format!("ou:{ou}")).collect(),
            denied_members: vec![],
            creators: vec![],
            invitations: false,
            file_upload: false,
            chat_history: true,
            labels: Default::default(),
        })
        .collect();
    let mut m = w.member("categories.jsonl")?;
    for c in &categories {
        m.record(c)?;
    }
    m.finish()?;
    let mut messages = 0;
    let mut rooms = Vec::new();
    for (index, (_, mut room)) in std::mem::take(&mut state.rooms).into_iter().enumerate() {
        room.out.flush()?;
        let member = messages_member(index);
        let mut m = w.member(&member)?;
        for text in BufReader::new(File::open(&room.path)?).lines() {
            let mut record: MessageRecord = serde_json::from_str(&text?)?;
            match state.changed.get(&(room.record.name.clone(), record.id)) {
                Some(Some(replacement)) => {
                    record.links = crate::api::links_in(replacement);
                    record.text = replacement.clone();
                }
                Some(None) => {
                    record.removed = true;
                    record.text = String::new();
                    record.links = Vec::new();
                }
                None => {}
            }
            m.record(&record)?;
            messages += 1;
        }
        m.finish()?;
        room.record.last_seq = room.last_seq;
        room.record.messages = Some(member);
        rooms.push(room.record);
    }
    let mut m = w.member("rooms.jsonl")?;
    for r in &rooms {
        m.record(r)?;
    }
    m.finish()?;
    let mut m = w.member("users.jsonl")?;
    for u in state.users.values() {
        m.record(u)?;
    }
    m.finish()?;
    let counts = Counts {
        users: state.users.len() as u64,
        categories: categories.len() as u64,
        rooms: rooms.len() as u64,
        messages,
        ..Default::default()
    };
    w.finish(Manifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        created_at: iso_ms(now_ms()),
        source: Source {
            server: format!("lync-compliance:{}", source.display()),
            version: env!("CARGO_PKG_VERSION").into(),
            store_id: String::new(),
        },
        scope: Scope { all: true, history: true, ..Default::default() },
        counts: counts.clone(),
        members: Vec::new(),
    })?;
    Ok(Converted { manifest_counts: counts, files_read: files.len() as u64, not_imported: state.not_imported })
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

/// Milliseconds since 1970 as ISO-8601 UTC with milliseconds, as archives write times.
fn iso_ms(ms: i64) -> String {
    let at = std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms.max(0) as u64);
    humantime::format_rfc3339_millis(at).to_string()
}
