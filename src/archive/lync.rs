//! `pchat migration from-lync-compliance`: the XML `Conversations` files the old system's
//! compliance adapter wrote (reference §1.13; pchat's own adapter writes the same) turned
//! into an archive. Each `Conversation`'s `Channel` is a room; its `CHAT` messages, in the
//! order the files hold them (file name order), are the room's messages; their senders are
//! the users. What the files hold that an archive does not (joins, parts, history reads,
//! file transfers whose content the files do not carry, administration events) is counted
//! by kind, and reported.

use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use quick_xml::events::{BytesStart, Event};
use quick_xml::XmlVersion;

use super::build::{Builder, ConvertError, Converted, Placement};
use super::format::*;

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

/// The conversation being read: a room's, or a category's own (administration events).
enum Channel {
    Room(String),
    Category,
}

fn convert_file(path: &Path, b: &mut Builder) -> Result<(), ConvertError> {
    let name = path.display().to_string();
    let open_failed =
        |e: std::io::Error| ConvertError { file: name.clone(), at: "byte 0".into(), message: e.to_string() };
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(File::open(path).map_err(open_failed)?));
    let mut buf = Vec::new();
    let mut channel: Option<Channel> = None;
    let mut pending: Option<Pending> = None;
    let mut seen_root = false;
    loop {
        let position = reader.buffer_position();
        let fail = |message: String| ConvertError { file: name.clone(), at: format!("byte {position}"), message };
        let event = reader.read_event_into(&mut buf).map_err(|e| fail(format!("not well-formed XML: {e}")))?;
        let (element, empty) = match &event {
            Event::Start(e) => (Some(e), false),
            Event::Empty(e) => (Some(e), true),
            Event::End(e) if e.name().as_ref() == b"Message" => {
                finish(b, channel.as_ref(), pending.take()).map_err(&fail)?;
                (None, false)
            }
            Event::Eof => break,
            _ => (None, false),
        };
        if let Some(e) = element {
            match e.name().as_ref() {
                b"Conversations" => seen_root = true,
                b"Conversation" => channel = None,
                b"Channel" => channel = Some(self::channel(b, &attrs(e).map_err(&fail)?).map_err(&fail)?),
                b"FirstMessage" => pending = None,
                b"Message" => {
                    let a = attrs(e).map_err(&fail)?;
                    pending = Some(Pending {
                        kind: a.get("type").cloned().unwrap_or_default(),
                        content: a.get("content").cloned().unwrap_or_default(),
                        id: a.get("id").and_then(|i| i.parse().ok()).unwrap_or(0),
                        ..Default::default()
                    });
                    if empty {
                        finish(b, channel.as_ref(), pending.take()).map_err(&fail)?;
                    }
                }
                b"Sender" => {
                    if let Some(p) = pending.as_mut() {
                        p.sender = Some(attrs(e).map_err(&fail)?);
                    }
                }
                b"DateTimeUTC" => {
                    if let Some(p) = pending.as_mut() {
                        p.at = attrs(e).map_err(&fail)?.get("since1970").and_then(|t| t.parse().ok());
                    }
                }
                _ => {}
            }
        }
        buf.clear();
    }
    if !seen_root {
        return Err(ConvertError {
            file: name,
            at: "byte 0".into(),
            message: "no Conversations element: not a compliance file".into(),
        });
    }
    Ok(())
}

/// An attribute read as a wire value (`open`, `auditorium`, ...).
fn parsed<T: serde::de::DeserializeOwned>(a: &HashMap<String, String>, key: &str) -> Option<T> {
    a.get(key).and_then(|v| serde_json::from_value(v.as_str().into()).ok())
}

/// A `Channel`: a room (made the first time it is met), or a category's own conversation.
fn channel(b: &mut Builder, a: &HashMap<String, String>) -> Result<Channel, String> {
    if a.get("uri").is_some_and(|u| u.starts_with("ma-cat:")) {
        return Ok(Channel::Category);
    }
    let room = a.get("name").cloned().filter(|n| !n.is_empty()).ok_or("a Channel has no name")?;
    if !b.has_room(&room) {
        b.room(RoomRecord {
            pool: b.placement.pool.clone(),
            name: room.clone(),
            category: a.get("category").cloned().unwrap_or_else(|| b.placement.category.clone()),
            description: a.get("description").cloned().unwrap_or_default(),
            room_type: parsed(a, "type").unwrap_or_default(),
            privacy: parsed(a, "privacy").unwrap_or_default(),
            invitations: Default::default(),
            disabled: a.get("disabled").is_some_and(|d| d == "true"),
            addin: None,
            messages: None,
            last_seq: 0,
            labels: Default::default(),
        })
        .map_err(|e| e.to_string())?;
    }
    Ok(Channel::Room(room))
}

/// A message element read whole: a CHAT is a message of its room; a removal or
/// replacement changes one already read; anything else is counted.
fn finish(b: &mut Builder, channel: Option<&Channel>, pending: Option<Pending>) -> Result<(), String> {
    let Some(p) = pending else { return Ok(()) };
    let room = match channel {
        None => return Err("a Message outside any Conversation's Channel".into()),
        Some(Channel::Category) => {
            b.left_out(&p.kind, 1);
            return Ok(());
        }
        Some(Channel::Room(room)) => room.clone(),
    };
    match p.kind.as_str() {
        "CHAT" => {
            let sender = p.sender.ok_or("a CHAT message has no Sender")?;
            let uri = sender
                .get("uri")
                .cloned()
                .filter(|u| u.starts_with("sip:"))
                .ok_or("a CHAT message's Sender has no sip: uri")?;
            let at = p.at.ok_or("a CHAT message has no DateTimeUTC")?;
            let ou = sender.get("ou").cloned().unwrap_or_else(|| "imported".into());
            b.users.entry(uri.clone()).or_insert_with(|| UserRecord {
                sip: uri.clone(),
                display_name: sender.get("UserName").cloned().unwrap_or_default(),
                ou: ou.clone(),
                site: sender.get("site").cloned().filter(|s| !s.is_empty()).unwrap_or_else(|| b.placement.site.clone()),
                enabled: true,
                deleted: false,
                labels: Default::default(),
            });
            let category = b.category_of(&room).unwrap_or_default();
            b.allow(&category, format!("ou:{}", b.users[&uri].ou));
            let record = MessageRecord {
                id: p.id,
                seq: 0,
                sender: uri,
                posted_at: iso_ms(at),
                kind: crate::api::MessageKind::Message,
                title: String::new(),
                links: crate::api::links_in(&p.content),
                text: p.content,
                files: Vec::new(),
                removed: false,
            };
            b.message(&room, record).map_err(|e| e.to_string())?;
        }
        "REPLACE" => b.change(&room, p.id, Some(p.content)),
        "REMOVE" => b.change(&room, p.id, None),
        "FILEUPLOAD" => b.left_out("file content (FILEUPLOAD)", 1),
        other => b.left_out(other, 1),
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
    let mut b = Builder::new(placement.clone())?;
    for file in &files {
        convert_file(file, &mut b)?;
    }
    b.finish(out, format!("lync-compliance:{}", source.display()), files.len() as u64)
}
