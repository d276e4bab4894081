//! `pchat migration verify`: an archive checked offline, reading every member once as a
//! stream: the manifest (format, version, members), every member's checksum and size, every
//! record against its type, the references between members (rooms to categories, entries to
//! rooms and users, messages to their senders and files), and the counts. Every problem is
//! told with its member and line.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::format::*;
use super::io::{for_each_member, hex};

/// A problem, where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub member: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.member, self.message),
            None => write!(f, "{}: {}", self.member, self.message),
        }
    }
}

/// What an archive holds, as verify and import print it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Statistics {
    pub format_version: u32,
    pub created_at: String,
    pub source_server: String,
    pub counts: Counts,
    /// Rooms exported with their messages.
    pub rooms_with_history: u64,
    pub first_message_at: Option<String>,
    pub last_message_at: Option<String>,
    pub file_bytes: u64,
    pub archive_bytes: u64,
}

/// The verdict: the statistics, and every problem found (none: the archive is sound).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Verified {
    pub statistics: Statistics,
    pub problems: Vec<Problem>,
    /// The manifest, when there was one (an import reads it from here).
    #[serde(skip)]
    pub manifest: Option<Manifest>,
}

/// The longest record line read (a message of the longest text is far below it).
const MAX_LINE: u64 = 16 << 20;

/// Problems past this many are counted, not listed.
const MAX_PROBLEMS: usize = 200;

#[derive(Default)]
struct Seen {
    manifest: Option<Manifest>,
    members: BTreeMap<String, Member>,
    users: BTreeSet<String>,
    groups: BTreeSet<String>,
    categories: BTreeSet<(String, String)>,
    rooms: BTreeSet<(String, String)>,
    /// Each room's messages member, and where the room is told.
    room_messages: Vec<(String, u64)>,
    /// Rooms' categories, memberships' rooms and principals, messages' senders and files:
    /// each reference once, with where it was first made.
    wants_category: HashMap<(String, String), (String, u64)>,
    wants_room: HashMap<(String, String), (String, u64)>,
    wants_user: HashMap<String, (String, u64)>,
    wants_group: HashMap<String, (String, u64)>,
    wants_file: HashMap<String, (String, u64)>,
    messages: u64,
    first: Option<String>,
    last: Option<String>,
    file_bytes: u64,
    problems: Vec<Problem>,
    more_problems: usize,
}

impl Seen {
    fn problem(&mut self, member: &str, line: Option<u64>, message: String) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem { member: member.to_string(), line, message });
        } else {
            self.more_problems += 1;
        }
    }

    fn principal(&mut self, principal: &str, at: (&str, u64)) {
        let at = (at.0.to_string(), at.1);
        if let Some(sip) = principal.strip_prefix("sip:") {
            self.wants_user.entry(format!("sip:{sip}")).or_insert(at);
        } else if let Some(group) = principal.strip_prefix("group:") {
            self.wants_group.entry(group.to_string()).or_insert(at);
        }
    }
}

/// Reads a member's lines as records of `T`; each record goes to `each`.
fn records<T: serde::de::DeserializeOwned>(
    seen: &mut Seen,
    name: &str,
    reader: &mut dyn Read,
    mut each: impl FnMut(&mut Seen, T, u64),
) -> io::Result<()> {
    let mut lines = BufReader::new(reader);
    let mut line = String::new();
    let mut n = 0;
    loop {
        line.clear();
        // A line is read up to its bound: a hostile archive's one endless line is told,
        // not held.
        if (&mut lines).take(MAX_LINE + 1).read_line(&mut line)? == 0 {
            return Ok(());
        }
        n += 1;
        if line.len() as u64 > MAX_LINE {
            seen.problem(name, Some(n), format!("a line longer than {} MiB: no record is that long", MAX_LINE >> 20));
            io::copy(&mut lines, &mut io::sink())?;
            return Ok(());
        }
        if !line.ends_with('\n') {
            seen.problem(name, Some(n), "the last line has no line feed (is the member cut short?)".into());
        }
        match serde_json::from_str::<T>(line.trim_end_matches('\n')) {
            Ok(record) => each(seen, record, n),
            Err(e) => seen.problem(name, Some(n), format!("not a record of this member: {e}")),
        }
    }
}

/// A reader that hashes and counts what passes through it.
struct Hashing<'r> {
    inner: &'r mut dyn Read,
    hash: Sha256,
    bytes: u64,
    lines: u64,
}

impl Read for Hashing<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        self.bytes += n as u64;
        self.lines += buf[..n].iter().filter(|b| **b == b'\n').count() as u64;
        Ok(n)
    }
}

fn read_member(seen: &mut Seen, name: &str, reader: &mut dyn Read) -> io::Result<()> {
    if name == MANIFEST {
        let mut text = String::new();
        reader.take(16 << 20).read_to_string(&mut text)?;
        match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(value) => {
                let version = value.get("format_version").and_then(|v| v.as_u64()).unwrap_or(0);
                if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
                    seen.problem(name, None, format!("this is not a pchat archive (format is not {FORMAT:?})"));
                } else if version > u64::from(FORMAT_VERSION) {
                    seen.problem(
                        name,
                        None,
                        format!("made by a newer pchat: format version {version}, and this pchat reads {FORMAT_VERSION}; upgrade pchat to read it"),
                    );
                } else {
                    match serde_json::from_value::<Manifest>(value) {
                        Ok(m) => seen.manifest = Some(m),
                        Err(e) => seen.problem(name, None, format!("the manifest is not readable: {e}")),
                    }
                }
            }
            Err(e) => seen.problem(name, Some(e.line() as u64), format!("the manifest is not JSON: {e}")),
        }
        return Ok(());
    }
    let mut hashing = Hashing { inner: reader, hash: Sha256::new(), bytes: 0, lines: 0 };
    let member = name.to_string();
    match name {
        "users.jsonl" => records(seen, name, &mut hashing, |s, u: UserRecord, n| {
            if !s.users.insert(u.sip.clone()) {
                s.problem(&member, Some(n), format!("user {} is listed twice", u.sip));
            }
        })?,
        "groups.jsonl" => records(seen, name, &mut hashing, |s, g: GroupRecord, n| {
            for p in &g.members {
                s.principal(p, (&member, n));
            }
            s.groups.insert(g.name);
        })?,
        "policies.jsonl" => records(seen, name, &mut hashing, |s, p: PolicyRecord, n| {
            for u in &p.users {
                s.principal(u, (&member, n));
            }
        })?,
        "chat_config.jsonl" => records(seen, name, &mut hashing, |_, _: ChatConfigRecord, _| {})?,
        "addins.jsonl" => records(seen, name, &mut hashing, |_, _: AddinRecord, _| {})?,
        "categories.jsonl" => records(seen, name, &mut hashing, |s, c: CategoryRecord, n| {
            for p in c.allowed_members.iter().chain(&c.denied_members).chain(&c.creators) {
                s.principal(p, (&member, n));
            }
            if !s.categories.insert((c.pool.clone(), c.name.clone())) {
                s.problem(&member, Some(n), format!("category {}/{} is listed twice", c.pool, c.name));
            }
        })?,
        "rooms.jsonl" => records(seen, name, &mut hashing, |s, r: RoomRecord, n| {
            s.wants_category.entry((r.pool.clone(), r.category.clone())).or_insert((member.clone(), n));
            if let Some(m) = &r.messages {
                s.room_messages.push((m.clone(), n));
            }
            if !s.rooms.insert((r.pool.clone(), r.name.clone())) {
                s.problem(&member, Some(n), format!("room {}/{} is listed twice", r.pool, r.name));
            }
        })?,
        "memberships.jsonl" => records(seen, name, &mut hashing, |s, m: MembershipRecord, n| {
            s.wants_room.entry((m.pool.clone(), m.room.clone())).or_insert((member.clone(), n));
            s.principal(&m.principal, (&member, n));
        })?,
        _ if name.starts_with("messages/") && name.ends_with(".jsonl") => {
            let mut last_seq = 0;
            records(seen, name, &mut hashing, |s, m: MessageRecord, n| {
                if m.seq <= last_seq {
                    s.problem(&member, Some(n), format!("message {} comes after {last_seq}: numbers go up", m.seq));
                }
                last_seq = m.seq;
                s.wants_user.entry(m.sender.clone()).or_insert((member.clone(), n));
                for f in &m.files {
                    s.wants_file.entry(f.sha256.clone()).or_insert((member.clone(), n));
                }
                s.messages += 1;
                if s.first.as_ref().is_none_or(|f| &m.posted_at < f) {
                    s.first = Some(m.posted_at.clone());
                }
                if s.last.as_ref().is_none_or(|l| &m.posted_at > l) {
                    s.last = Some(m.posted_at);
                }
            })?
        }
        _ if name.starts_with("files/") => {
            io::copy(&mut hashing, &mut io::sink())?;
            let expected = name.trim_start_matches("files/");
            let actual = hex(&hashing.hash.clone().finalize());
            if expected != actual {
                seen.problem(
                    name,
                    None,
                    format!("the file's content has SHA-256 {actual}, not the {expected} it is named by"),
                );
            }
            seen.file_bytes += hashing.bytes;
        }
        _ => {
            io::copy(&mut hashing, &mut io::sink())?;
            seen.problem(name, None, "not a member of a pchat archive".into());
        }
    }
    let records = if name.starts_with("files/") { 0 } else { hashing.lines };
    seen.members.insert(
        name.to_string(),
        Member { name: name.to_string(), sha256: hex(&hashing.hash.finalize()), bytes: hashing.bytes, records },
    );
    Ok(())
}

/// Checks the archive at `path` (a directory or a `.pchat` file).
pub fn verify(path: &Path) -> Verified {
    let mut seen = Seen::default();
    let archive_bytes = archive_size(path);
    if let Err(e) = for_each_member(path, |name, reader| read_member(&mut seen, name, reader)) {
        let why = if e.kind() == io::ErrorKind::UnexpectedEof {
            "the archive is cut short (truncated)".to_string()
        } else {
            format!("the archive cannot be read: {e}")
        };
        seen.problem(&path.display().to_string(), None, why);
    }
    let Some(manifest) = seen.manifest.take() else {
        if !seen.problems.iter().any(|p| p.member == MANIFEST) {
            seen.problem(MANIFEST, None, "the archive has no manifest".into());
        }
        return Verified {
            statistics: Statistics { archive_bytes, ..Default::default() },
            problems: seen.problems,
            manifest: None,
        };
    };
    // Every member as the manifest lists it, and no other.
    for listed in &manifest.members {
        match seen.members.get(&listed.name) {
            None => seen.problem(&listed.name, None, "listed in the manifest, but missing".into()),
            Some(found) if found.sha256 != listed.sha256 || found.bytes != listed.bytes => seen.problem(
                &listed.name,
                None,
                format!(
                    "checksum mismatch: {} bytes with SHA-256 {}, where the manifest says {} bytes with {}",
                    found.bytes, found.sha256, listed.bytes, listed.sha256
                ),
            ),
            Some(found) if found.records != listed.records => seen.problem(
                &listed.name,
                None,
                format!("{} records, where the manifest says {}", found.records, listed.records),
            ),
            Some(_) => {}
        }
    }
    let listed: BTreeSet<&str> = manifest.members.iter().map(|m| m.name.as_str()).collect();
    let unlisted: Vec<String> = seen.members.keys().filter(|n| !listed.contains(n.as_str())).cloned().collect();
    for name in unlisted {
        seen.problem(&name, None, "not listed in the manifest".into());
    }
    // References between members.
    let mut dangling = Vec::new();
    for ((pool, name), at) in &seen.wants_category {
        if !seen.categories.contains(&(pool.clone(), name.clone())) {
            dangling.push((at.clone(), format!("category {pool}/{name} is not in categories.jsonl")));
        }
    }
    for ((pool, name), at) in &seen.wants_room {
        if !seen.rooms.contains(&(pool.clone(), name.clone())) {
            dangling.push((at.clone(), format!("room {pool}/{name} is not in rooms.jsonl")));
        }
    }
    for (sip, at) in &seen.wants_user {
        if !seen.users.contains(sip) {
            dangling.push((at.clone(), format!("user {sip} is not in users.jsonl")));
        }
    }
    for (group, at) in &seen.wants_group {
        if !seen.groups.contains(group) {
            dangling.push((at.clone(), format!("group {group} is not in groups.jsonl")));
        }
    }
    for (sha, at) in &seen.wants_file {
        if !seen.members.contains_key(&file_member(sha)) {
            dangling.push((at.clone(), format!("file {sha} is not in the archive (files/{sha})")));
        }
    }
    let named: BTreeSet<String> = seen.room_messages.iter().map(|(m, _)| m.clone()).collect();
    for (m, line) in seen.room_messages.clone() {
        if !seen.members.contains_key(&m) {
            dangling.push((("rooms.jsonl".to_string(), line), format!("its messages member {m} is missing")));
        }
    }
    let orphans: Vec<String> =
        seen.members.keys().filter(|n| n.starts_with("messages/") && !named.contains(*n)).cloned().collect();
    for m in orphans {
        seen.problem(&m, None, "messages of no room (rooms.jsonl names no such member)".into());
    }
    dangling.sort();
    for ((member, line), message) in dangling {
        seen.problem(&member, Some(line), message);
    }
    // Counts.
    let count = |name: &str| seen.members.get(name).map_or(0, |m| m.records);
    let counts = Counts {
        users: count("users.jsonl"),
        groups: count("groups.jsonl"),
        policies: count("policies.jsonl"),
        chat_config: count("chat_config.jsonl"),
        addins: count("addins.jsonl"),
        categories: count("categories.jsonl"),
        rooms: count("rooms.jsonl"),
        memberships: count("memberships.jsonl"),
        messages: seen.messages,
        files: seen.members.keys().filter(|n| n.starts_with("files/")).count() as u64,
    };
    if counts != manifest.counts {
        seen.problem(
            MANIFEST,
            None,
            format!(
                "the counts do not match the members: the manifest says {}, the members hold {}",
                serde_json::to_string(&manifest.counts).unwrap_or_default(),
                serde_json::to_string(&counts).unwrap_or_default()
            ),
        );
    }
    if seen.more_problems > 0 {
        let more = seen.more_problems;
        seen.problems.push(Problem { member: String::new(), line: None, message: format!("and {more} more problems") });
    }
    Verified {
        statistics: Statistics {
            format_version: manifest.format_version,
            created_at: manifest.created_at.clone(),
            source_server: manifest.source.server.clone(),
            rooms_with_history: seen.room_messages.len() as u64,
            counts,
            first_message_at: seen.first,
            last_message_at: seen.last,
            file_bytes: seen.file_bytes,
            archive_bytes,
        },
        problems: seen.problems,
        manifest: Some(manifest),
    }
}

fn archive_size(path: &Path) -> u64 {
    if path.is_file() {
        return std::fs::metadata(path).map_or(0, |m| m.len());
    }
    let mut total = 0;
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            match entry.metadata() {
                Ok(m) if m.is_dir() => stack.push(entry.path()),
                Ok(m) => total += m.len(),
                Err(_) => {}
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_line_is_told_without_being_held() {
        let mut seen = Seen::default();
        let mut endless = io::Cursor::new(vec![b'x'; (MAX_LINE + 4096) as usize]);
        let mut read = 0;
        records::<UserRecord>(&mut seen, "users.jsonl", &mut endless, |_, _, _| read += 1).unwrap();
        assert_eq!(read, 0);
        assert_eq!(seen.problems.len(), 1, "{:?}", seen.problems);
        assert!(seen.problems[0].message.contains("longer than 16 MiB"), "{:?}", seen.problems);
        assert_eq!(endless.position(), MAX_LINE + 4096, "the rest is read through, for the checksum");
    }
}
