//! The XML adapter: a batch of events as the old system's `Conversations` document, one
//! `Conversation` per channel (a room, or a category's own events) with its `Channel`,
//! `FirstMessage`, `Messages`, `StartTimeUTC` and `EndTimeUTC` (docs/compliance.md, with
//! its XSD). A batch is written as it is read, page by page, to temporary files that are
//! synced and renamed into place only when whole; the same batch always gives the same
//! files, so a batch written again after a crash replaces what it wrote before.

use std::borrow::Cow;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use foldhash::HashMap;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use serde::{Deserialize, Serialize};

use crate::store::ComplianceEvent;

/// The settings a batch is written with, fixed when the batch is chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchSettings {
    pub output_dir: String,
    pub one_room_per_file: bool,
    pub room_details: bool,
    pub user_details: bool,
}

/// What the adapter adds about a room (`room_details`), and whether it keeps history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomInfo {
    pub category: String,
    pub privacy: String,
    pub room_type: String,
    pub description: String,
    pub disabled: bool,
    pub history_kept: bool,
}

/// What the adapter adds about a user (`user_details`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserInfo {
    pub ou: String,
    pub site: String,
}

/// What is known of the rooms and users a batch names (those that still exist).
#[derive(Debug, Default)]
pub struct Lookup {
    pub rooms: HashMap<i64, RoomInfo>,
    pub users: HashMap<String, UserInfo>,
}

/// Milliseconds since 1970 as the three forms of `DateTimeUTC`: milliseconds, ISO-8601 UTC
/// with seven fraction digits, and .NET ticks (100 ns since 0001-01-01).
pub fn time_forms(ms: i64) -> (String, String, String) {
    const TICKS_AT_1970: i64 = 621_355_968_000_000_000;
    let iso = crate::store::format_ms(ms);
    let iso = format!("{}0000Z", iso.trim_end_matches('Z'));
    (ms.to_string(), iso, (ms.saturating_mul(10_000).saturating_add(TICKS_AT_1970)).to_string())
}

/// An attribute value escaped so that a parser reads back exactly the text: markup
/// characters, and line ends and tabs, which parsers otherwise fold into spaces.
fn attribute_value(text: &str) -> Cow<'_, str> {
    // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8: a byte scan finds every case.
    if !text.bytes().any(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\n' | b'\r' | b'\t' | 0xEF)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            // Not characters XML may hold.
            '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn element<'a>(name: &'a str, attributes: &[(&'a str, &'a str)]) -> BytesStart<'a> {
    let mut e = BytesStart::new(name);
    for (key, value) in attributes {
        let value = match attribute_value(value) {
            Cow::Borrowed(v) => Cow::Borrowed(v.as_bytes()),
            Cow::Owned(v) => Cow::Owned(v.into_bytes()),
        };
        e.push_attribute(Attribute { key: quick_xml::name::QName(key.as_bytes()), value });
    }
    e
}

/// A file being written: its temporary name and the name it takes when whole.
struct OpenFile {
    xml: Writer<BufWriter<File>>,
    tmp: PathBuf,
    path: PathBuf,
}

/// The conversation being written: its channel and its first and last times.
struct Conversation {
    channel: String,
    first_at: i64,
    last_at: i64,
}

/// Writes one batch, page by page.
pub struct BatchWriter {
    settings: BatchSettings,
    dir: PathBuf,
    stem: String,
    tag: String,
    file: Option<OpenFile>,
    conversation: Option<Conversation>,
    written: Vec<PathBuf>,
}

/// A name part that is safe in a file name.
fn file_part(text: &str) -> String {
    text.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' }).collect()
}

impl BatchWriter {
    /// The start of every file name of a batch.
    pub fn stem(pool: &str, batch: i64) -> String {
        format!("pchat-{}-{batch:010}", file_part(pool))
    }

    /// A writer of a batch; `writer` (the node) names its temporary files, so two nodes
    /// that write one batch at once never write into one file.
    pub fn new(settings: BatchSettings, pool: &str, batch: i64, writer: &str) -> BatchWriter {
        BatchWriter {
            dir: PathBuf::from(&settings.output_dir),
            stem: BatchWriter::stem(pool, batch),
            tag: file_part(writer),
            settings,
            file: None,
            conversation: None,
            written: Vec::new(),
        }
    }

    /// The name of the file a channel's conversation goes to.
    fn file_name(&self, event: &ComplianceEvent) -> String {
        if !self.settings.one_room_per_file {
            return format!("{}.xml", self.stem);
        }
        if event.room_id != 0 {
            format!("{}-room-{}.xml", self.stem, event.room_id)
        } else {
            let id = event.channel.rsplit('/').next().unwrap_or("0");
            format!("{}-category-{}.xml", self.stem, file_part(id))
        }
    }

    fn open(&mut self, name: String) -> std::io::Result<()> {
        let path = self.dir.join(&name);
        let tmp = self.dir.join(format!(".{name}.{}.tmp", self.tag));
        let file = File::create(&tmp)?;
        let mut xml = Writer::new_with_indent(BufWriter::with_capacity(256 * 1024, file), b' ', 1);
        xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
        xml.write_event(Event::Start(element(
            "Conversations",
            &[
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                ("xmlns:xsd", "http://www.w3.org/2001/XMLSchema"),
            ],
        )))?;
        self.file = Some(OpenFile { xml, tmp, path });
        Ok(())
    }

    fn xml(&mut self) -> &mut Writer<BufWriter<File>> {
        &mut self.file.as_mut().expect("a conversation is written into an open file").xml
    }

    /// Ends the conversation being written: its start and end times.
    fn end_conversation(&mut self) -> std::io::Result<()> {
        let Some(c) = self.conversation.take() else { return Ok(()) };
        let xml = self.xml();
        xml.write_event(Event::End(BytesEnd::new("Messages")))?;
        for (name, at) in [("StartTimeUTC", c.first_at), ("EndTimeUTC", c.last_at)] {
            let (since1970, string, long) = time_forms(at);
            xml.write_event(Event::Empty(element(
                name,
                &[("since1970", &since1970), ("string", &string), ("long", &long)],
            )))?;
        }
        xml.write_event(Event::End(BytesEnd::new("Conversation")))?;
        Ok(())
    }

    /// Ends and syncs the open file, and renames it into place; a file that fails is removed.
    fn close_file(&mut self) -> std::io::Result<()> {
        let Some(OpenFile { xml, tmp, path }) = self.file.take() else { return Ok(()) };
        fn close(
            mut xml: Writer<BufWriter<File>>,
            tmp: &std::path::Path,
            path: &std::path::Path,
        ) -> std::io::Result<()> {
            xml.write_event(Event::End(BytesEnd::new("Conversations")))?;
            let mut out = xml.into_inner();
            out.write_all(b"\n")?;
            out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
            std::fs::rename(tmp, path)
        }
        if let Err(e) = close(xml, &tmp, &path) {
            let _ = std::fs::remove_file(&tmp);
            let name = tmp.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            return Err(std::io::Error::new(e.kind(), format!("{name}: {e}")));
        }
        crate::server::compliance::exporter::failpoint("compliance-file-renamed");
        self.written.push(path);
        Ok(())
    }

    /// An error while the open file (if any) was written, naming it.
    fn located(&self, e: std::io::Error) -> std::io::Error {
        match &self.file {
            Some(open) => {
                let name = open.tmp.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                std::io::Error::new(e.kind(), format!("{name}: {e}"))
            }
            None => e,
        }
    }

    /// Writes a page of events, in the batch's order (by channel, then id).
    pub fn page(&mut self, events: &[ComplianceEvent], lookup: &Lookup) -> std::io::Result<()> {
        self.write_page(events, lookup).map_err(|e| self.located(e))
    }

    fn write_page(&mut self, events: &[ComplianceEvent], lookup: &Lookup) -> std::io::Result<()> {
        for event in events {
            if self.conversation.as_ref().is_none_or(|c| c.channel != event.channel) {
                self.end_conversation()?;
                let name = self.file_name(event);
                if self.file.as_ref().is_some_and(|f| !f.path.ends_with(&name)) {
                    self.close_file()?;
                }
                if self.file.is_none() {
                    self.open(name)?;
                }
                self.start_conversation(event, lookup)?;
            }
            if let Some(c) = self.conversation.as_mut() {
                c.last_at = event.at;
            }
            self.message("Message", event, lookup)?;
        }
        Ok(())
    }

    fn start_conversation(&mut self, first: &ComplianceEvent, lookup: &Lookup) -> std::io::Result<()> {
        self.conversation =
            Some(Conversation { channel: first.channel.clone(), first_at: first.at, last_at: first.at });
        let room = (first.room_id != 0).then(|| lookup.rooms.get(&first.room_id)).flatten();
        let room_details = self.settings.room_details;
        let mut channel = vec![("uri", first.channel.clone()), ("name", first.channel_name.clone())];
        if let Some(room) = room {
            channel.push(("islogged", room.history_kept.to_string()));
            if room_details {
                channel.extend([
                    ("category", room.category.clone()),
                    ("privacy", room.privacy.clone()),
                    ("type", room.room_type.clone()),
                    ("description", room.description.clone()),
                    ("disabled", room.disabled.to_string()),
                ]);
            }
        }
        let xml = self.xml();
        xml.write_event(Event::Start(BytesStart::new("Conversation")))?;
        let attributes: Vec<(&str, &str)> = channel.iter().map(|(k, v)| (*k, v.as_str())).collect();
        xml.write_event(Event::Empty(element("Channel", &attributes)))?;
        self.message("FirstMessage", first, lookup)?;
        self.xml().write_event(Event::Start(BytesStart::new("Messages")))?;
        Ok(())
    }

    fn message(&mut self, name: &str, e: &ComplianceEvent, lookup: &Lookup) -> std::io::Result<()> {
        let user_details = self.settings.user_details;
        let id = e.content_id.to_string();
        let user_id = e.user_id.to_string();
        let email = e.user_uri.strip_prefix("sip:").unwrap_or("").to_string();
        let user = lookup.users.get(&e.user_uri);
        let (since1970, string, long) = time_forms(e.at);
        let xml = self.xml();
        xml.write_event(Event::Start(element(
            name,
            &[("type", e.kind.as_str()), ("content", &e.content), ("id", &id)],
        )))?;
        let mut sender: Vec<(&str, &str)> = Vec::with_capacity(7);
        if !e.user_name.is_empty() {
            sender.push(("UserName", &e.user_name));
        }
        sender.push(("id", &user_id));
        if user_details && !email.is_empty() {
            sender.push(("email", &email));
        }
        sender.push(("internal", "true"));
        sender.push(("uri", &e.user_uri));
        if let (true, Some(user)) = (user_details, user) {
            sender.push(("ou", &user.ou));
            sender.push(("site", &user.site));
        }
        xml.write_event(Event::Empty(element("Sender", &sender)))?;
        xml.write_event(Event::Empty(element(
            "DateTimeUTC",
            &[("since1970", &since1970), ("string", &string), ("long", &long)],
        )))?;
        if !e.detail.is_empty() {
            xml.write_event(Event::Start(BytesStart::new("Detail")))?;
            xml.write_event(Event::Text(BytesText::from_escaped(quick_xml::escape::partial_escape(
                e.detail.as_str(),
            ))))?;
            xml.write_event(Event::End(BytesEnd::new("Detail")))?;
        }
        xml.write_event(Event::End(BytesEnd::new(name)))?;
        Ok(())
    }

    /// Ends the batch: every file whole, synced and in place, and the directory synced so
    /// the renames are durable. Answers the files, in the order written.
    pub fn finish(mut self) -> std::io::Result<Vec<PathBuf>> {
        if let Err(e) = self.end_conversation() {
            let e = self.located(e);
            self.abandon();
            return Err(e);
        }
        self.close_file()?;
        File::open(&self.dir).and_then(|d| d.sync_all())?;
        Ok(std::mem::take(&mut self.written))
    }

    /// Removes what a failed write left under a temporary name.
    pub fn abandon(mut self) {
        if let Some(open) = self.file.take() {
            drop(open.xml);
            let _ = std::fs::remove_file(&open.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_have_their_three_forms() {
        // The reference's own example: 2008-06-04T20:15:40.953Z.
        let (ms, iso, ticks) = time_forms(1_212_610_540_953);
        assert_eq!(ms, "1212610540953");
        assert_eq!(iso, "2008-06-04T20:15:40.9530000Z");
        assert_eq!(ticks, "633482073409530000");
    }

    /// The events docs/compliance-example.xml describes: a day in room `lobby` and a
    /// change to its category, with room and user details on.
    fn example_events() -> (Vec<ComplianceEvent>, Lookup) {
        let at = 1_796_117_400_000; // 2026-12-01T09:30:00Z
        let alice = |kind, seconds: i64, content_id, content: &str, detail: &str| ComplianceEvent {
            id: 0,
            pool: "red".into(),
            at: at + seconds * 1000 + 125,
            kind,
            channel: "ma-chan://red/2".into(),
            channel_name: "lobby".into(),
            room_id: 2,
            user_id: 1,
            user_uri: "sip:alice@contoso.com".into(),
            user_name: "Alice Smith".into(),
            content_id,
            content: content.into(),
            detail: detail.into(),
            batch_id: Some(1),
        };
        let admin =
            |kind, seconds: i64, channel: &str, name: &str, room_id, content_id, content: &str, detail: &str| {
                ComplianceEvent {
                    channel: channel.into(),
                    channel_name: name.into(),
                    room_id,
                    user_id: 0,
                    user_uri: "urn:pchat:token:7".into(),
                    user_name: "token 7".into(),
                    ..alice(kind, seconds, content_id, content, detail)
                }
            };
        use crate::api::EventKind::*;
        let mut events = vec![
            admin(
                CategoryChange,
                0,
                "ma-cat://red/1",
                "eng",
                0,
                0,
                "updated",
                r#"{"after":{"file_upload":true,"name":"eng","pool":"red","revision":2},"before":{"file_upload":false,"name":"eng","pool":"red","revision":1}}"#,
            ),
            alice(Join, 60, 0, "", ""),
            alice(Chat, 75, 41, "Release notes are up:\nhttps://wiki.contoso.com/r/42 <draft> & \"final\"", ""),
            alice(
                FileUpload,
                90,
                9,
                "notes.txt",
                r#"{"content_type":"text/plain","sha256":"5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03","size":6}"#,
            ),
            alice(
                Chat,
                91,
                42,
                "the notes",
                r#"{"files":[{"content_type":"text/plain","id":9,"name":"notes.txt","size":6}],"title":null}"#,
            ),
            alice(
                Backchat,
                120,
                0,
                "first_seq=1 last_seq=2 limit=50 returned=2",
                r#"{"cursor":null,"first_seq":1,"last_seq":2,"limit":50,"returned":2,"since":null,"until":null}"#,
            ),
            admin(
                Replace,
                300,
                "ma-chan://red/2",
                "lobby",
                2,
                41,
                "This message was removed by an administrator.",
                r#"{"replacement":"This message was removed by an administrator.","selection":{"case_sensitive":false,"from":null,"keywords":"draft","match":"all","since":null,"until":null},"seqs":[1]}"#,
            ),
            alice(Part, 600, 0, "", ""),
        ];
        for (i, e) in events.iter_mut().enumerate() {
            e.id = i as i64 + 1;
        }
        let mut lookup = Lookup::default();
        lookup.rooms.insert(
            2,
            RoomInfo {
                category: "eng".into(),
                privacy: "open".into(),
                room_type: "normal".into(),
                description: "Everyone in engineering".into(),
                disabled: false,
                history_kept: true,
            },
        );
        lookup
            .users
            .insert("sip:alice@contoso.com".into(), UserInfo { ou: "contoso/eng".into(), site: "redmond".into() });
        (events, lookup)
    }

    #[test]
    fn the_documented_example_is_what_the_adapter_writes() {
        let dir = tempfile::tempdir().unwrap();
        let settings = BatchSettings {
            output_dir: dir.path().display().to_string(),
            one_room_per_file: false,
            room_details: true,
            user_details: true,
        };
        let (events, lookup) = example_events();
        let mut writer = BatchWriter::new(settings, "red", 1, "vm:5041");
        writer.page(&events[..3], &lookup).unwrap();
        writer.page(&events[3..], &lookup).unwrap();
        let files = writer.finish().unwrap();
        assert_eq!(files, vec![dir.path().join("pchat-red-0000000001.xml")]);
        let written = std::fs::read_to_string(&files[0]).unwrap();
        let example = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/compliance-example.xml");
        if std::env::var_os("PCHAT_WRITE_EXAMPLE").is_some() {
            std::fs::write(example, &written).unwrap();
        }
        assert_eq!(written, std::fs::read_to_string(example).unwrap(), "PCHAT_WRITE_EXAMPLE=1 writes it again");
        assert!(std::fs::read_dir(dir.path()).unwrap().count() == 1, "no temporary file is left");
        let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/compliance.md")).unwrap();
        assert!(doc.contains(&format!("```xml\n{written}```")), "docs/compliance.md shows the example as it is");
    }

    #[test]
    fn one_room_per_file_writes_a_file_per_channel() {
        let dir = tempfile::tempdir().unwrap();
        let settings = BatchSettings {
            output_dir: dir.path().display().to_string(),
            one_room_per_file: true,
            room_details: false,
            user_details: false,
        };
        let (events, lookup) = example_events();
        let mut writer = BatchWriter::new(settings, "red", 12, "vm:5041");
        writer.page(&events, &lookup).unwrap();
        let files = writer.finish().unwrap();
        let names: Vec<String> = files.iter().map(|f| f.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["pchat-red-0000000012-category-1.xml", "pchat-red-0000000012-room-2.xml"]);
        let room = std::fs::read_to_string(&files[1]).unwrap();
        assert_eq!(room.matches("<Conversation>").count(), 1);
        assert!(!room.contains("ou=\"") && !room.contains("description="), "no details asked for");
    }

    #[test]
    fn attribute_values_keep_their_line_ends_and_markup() {
        assert_eq!(attribute_value("plain"), "plain");
        assert_eq!(attribute_value("a<b & \"c\"\n\td"), "a&lt;b &amp; &quot;c&quot;&#10;&#9;d");
    }
}
