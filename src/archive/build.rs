//! What the importers from other systems share: rooms whose messages go to a file of their
//! own as they are read (memory stays flat), the users, categories, groups and room entries
//! met on the way, what is left out counted by kind, and the archive written at the end in
//! the canonical order.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::format::*;
use super::io::Writer;

/// Where the rooms go, and where their users are when the source does not say.
#[derive(Debug, Clone)]
pub struct Placement {
    pub pool: String,
    /// The category of rooms the source puts in none.
    pub category: String,
    /// The site of users the source gives none.
    pub site: String,
}

/// What a conversion made, and what it left out, by kind.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Converted {
    pub manifest_counts: Counts,
    pub files_read: u64,
    /// What the source holds that an archive does not, by kind.
    pub not_imported: BTreeMap<String, u64>,
}

/// A conversion error, where it is in its source (a byte position, or a line).
#[derive(Debug)]
pub struct ConvertError {
    pub file: String,
    pub at: String,
    pub message: String,
}

impl std::fmt::Display for ConvertError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.file, self.at, self.message)
    }
}

impl std::error::Error for ConvertError {}

struct RoomState {
    record: RoomRecord,
    out: BufWriter<File>,
    path: PathBuf,
    last_seq: i64,
}

/// An archive being built from another system's export.
pub struct Builder {
    pub placement: Placement,
    scratch: tempfile::TempDir,
    rooms: BTreeMap<String, RoomState>,
    pub users: BTreeMap<String, UserRecord>,
    /// Categories, and the principals of their scope (`ou:...`, `group:...`).
    categories: BTreeMap<String, (String, BTreeSet<String>)>,
    groups: BTreeMap<String, BTreeSet<String>>,
    memberships: BTreeSet<(String, String, String)>,
    /// Changes to messages read later: (room, source id) → replacement (None: removed).
    changed: HashMap<(String, i64), Option<String>>,
    pub not_imported: BTreeMap<String, u64>,
}

impl Builder {
    pub fn new(placement: Placement) -> std::io::Result<Builder> {
        Ok(Builder {
            placement,
            scratch: tempfile::tempdir()?,
            rooms: BTreeMap::new(),
            users: BTreeMap::new(),
            categories: BTreeMap::new(),
            groups: BTreeMap::new(),
            memberships: BTreeSet::new(),
            changed: HashMap::new(),
            not_imported: BTreeMap::new(),
        })
    }

    pub fn has_room(&self, name: &str) -> bool {
        self.rooms.contains_key(name)
    }

    /// The category of a room already added.
    pub fn category_of(&self, room: &str) -> Option<String> {
        self.rooms.get(room).map(|r| r.record.category.clone())
    }

    /// Adds a room (once; a room met again keeps its first record).
    pub fn room(&mut self, record: RoomRecord) -> std::io::Result<()> {
        if self.rooms.contains_key(&record.name) {
            return Ok(());
        }
        self.category(&record.category, "");
        let path = self.scratch.path().join(format!("room-{}", self.rooms.len()));
        let out = BufWriter::new(File::create(&path)?);
        self.rooms.insert(record.name.clone(), RoomState { record, out, path, last_seq: 0 });
        Ok(())
    }

    /// Adds a category (once), with its description.
    pub fn category(&mut self, name: &str, description: &str) {
        let entry = self.categories.entry(name.to_string()).or_default();
        if entry.0.is_empty() {
            entry.0 = description.to_string();
        }
    }

    /// Lets `principal` into the category's rooms.
    pub fn allow(&mut self, category: &str, principal: String) {
        self.categories.entry(category.to_string()).or_default().1.insert(principal);
    }

    pub fn group_member(&mut self, group: &str, sip: &str) {
        self.groups.entry(group.to_string()).or_default().insert(sip.to_string());
    }

    pub fn entry(&mut self, room: &str, role: &str, principal: &str) {
        self.memberships.insert((room.to_string(), role.to_string(), principal.to_string()));
    }

    pub fn left_out(&mut self, kind: &str, n: u64) {
        if n > 0 {
            *self.not_imported.entry(kind.to_string()).or_default() += n;
        }
    }

    /// The next message of a room, numbered after the ones before it.
    pub fn message(&mut self, room: &str, mut record: MessageRecord) -> std::io::Result<()> {
        let state = self
            .rooms
            .get_mut(room)
            .ok_or_else(|| std::io::Error::other(format!("a message of unknown room {room}")))?;
        state.last_seq += 1;
        record.seq = state.last_seq;
        state.out.write_all(&line(&record))
    }

    /// A message already read, replaced (`Some`) or removed (`None`) later.
    pub fn change(&mut self, room: &str, id: i64, replacement: Option<String>) {
        self.changed.insert((room.to_string(), id), replacement);
    }

    /// Writes the archive at `out`.
    pub fn finish(
        mut self,
        out: &Path,
        source: String,
        files_read: u64,
    ) -> Result<Converted, Box<dyn std::error::Error>> {
        let mut w = Writer::create(out)?;
        let pool = self.placement.pool.clone();
        let mut m = w.member("categories.jsonl")?;
        for (name, (description, allowed)) in &self.categories {
            m.record(&CategoryRecord {
                pool: pool.clone(),
                name: name.clone(),
                description: description.clone(),
                allowed_members: allowed.iter().cloned().collect(),
                denied_members: vec![],
                creators: vec![],
                invitations: false,
                file_upload: false,
                chat_history: true,
                labels: Default::default(),
            })?;
        }
        m.finish()?;
        let mut m = w.member("groups.jsonl")?;
        for (name, members) in &self.groups {
            m.record(&GroupRecord {
                name: name.clone(),
                description: String::new(),
                members: members.iter().cloned().collect(),
            })?;
        }
        m.finish()?;
        let mut m = w.member("memberships.jsonl")?;
        for (room, role, principal) in &self.memberships {
            m.record(&MembershipRecord {
                pool: pool.clone(),
                room: room.clone(),
                role: role.clone(),
                principal: principal.clone(),
            })?;
        }
        m.finish()?;
        let mut messages = 0;
        let mut rooms = Vec::new();
        for (index, (name, mut room)) in std::mem::take(&mut self.rooms).into_iter().enumerate() {
            room.out.flush()?;
            let member = messages_member(index);
            let mut m = w.member(&member)?;
            for text in BufReader::new(File::open(&room.path)?).lines() {
                let mut record: MessageRecord = serde_json::from_str(&text?)?;
                match self.changed.get(&(name.clone(), record.id)) {
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
        for u in self.users.values() {
            m.record(u)?;
        }
        m.finish()?;
        let counts = Counts {
            users: self.users.len() as u64,
            groups: self.groups.len() as u64,
            categories: self.categories.len() as u64,
            rooms: rooms.len() as u64,
            memberships: self.memberships.len() as u64,
            messages,
            ..Default::default()
        };
        w.finish(Manifest {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            created_at: iso_ms(now_ms()),
            source: Source { server: source, version: env!("CARGO_PKG_VERSION").into(), store_id: String::new() },
            scope: Scope { all: true, history: true, ..Default::default() },
            counts: counts.clone(),
            members: Vec::new(),
        })?;
        Ok(Converted { manifest_counts: counts, files_read, not_imported: self.not_imported })
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}
