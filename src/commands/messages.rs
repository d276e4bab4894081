use std::io::Read;

use anyhow::Context;

use super::{Ctx, InvalidInput};
use crate::api::{
    ChatRoom, ChatRoomQuery, HistoryPage, HistoryQuery, Joined, Message, NewPost, Page, PoolQuery, SearchQuery,
};
use crate::cli::{MessagesCommand, RoomRef};
use crate::client::path;
use crate::output::{shortened, yes_no, Tabular};

impl Tabular for Message {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["SEQ", "POSTED", "SENDER", "TEXT"];
        if wide {
            h.extend(["ID", "KIND", "TITLE", "LINKS"]);
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let text = match (&self.title, wide) {
            (Some(title), false) => format!("[{title}] {}", self.text),
            _ => self.text.clone(),
        };
        let text = if wide { text } else { shortened(&text, 100).0.into_owned() };
        let mut r = vec![self.seq.to_string(), self.posted_at.clone(), self.sender.clone(), text];
        if wide {
            r.extend([
                self.id.map(|id| id.to_string()).unwrap_or_default(),
                self.kind.as_str().to_string(),
                self.title.clone().unwrap_or_default(),
                self.links.join(" "),
            ]);
        }
        r
    }
}

impl Tabular for ChatRoom {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["NAME", "CATEGORY", "TYPE", "PRIVACY", "ROLE", "READ", "POST", "JOINED"];
        if wide {
            h.extend(["POOL", "HISTORY", "DESCRIPTION"]);
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let mut r = vec![
            self.name.clone(),
            self.category.clone(),
            self.room_type.to_string(),
            self.privacy.to_string(),
            self.role.as_str().to_string(),
            yes_no(self.may_read),
            yes_no(self.may_post),
            yes_no(self.joined),
        ];
        if wide {
            r.extend([self.pool.clone(), yes_no(self.history_kept), self.description.clone()]);
        }
        r
    }
}

/// A time given on the command line, as the RFC 3339 text the server takes: RFC 3339
/// itself, a date (midnight UTC), or a duration before now.
pub fn time_arg(flag: &str, text: &str) -> anyhow::Result<String> {
    let text = text.trim();
    let at = if let Ok(t) = humantime::parse_rfc3339_weak(text) {
        t
    } else if let Ok(t) = humantime::parse_rfc3339_weak(&format!("{text}T00:00:00Z")) {
        t
    } else if let Ok(ago) = humantime::parse_duration(text) {
        std::time::SystemTime::now().checked_sub(ago).unwrap_or(std::time::UNIX_EPOCH)
    } else {
        return Err(InvalidInput(format!(
            "{flag} {text:?} is not a time: give RFC 3339 (2026-12-01T09:00:00Z), a date (2026-12-01) or a duration ago (90m, 2h, 7d)"
        ))
        .into());
    };
    Ok(humantime::format_rfc3339_millis(at).to_string())
}

/// Sequence numbers as people read them: runs joined (`1-4, 9`), at most 20 shown.
pub fn seq_list(seqs: &[i64]) -> String {
    let mut runs: Vec<(i64, i64)> = Vec::new();
    for &s in seqs {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == s => *end = s,
            _ => runs.push((s, s)),
        }
    }
    let shown: Vec<String> =
        runs.iter().take(20).map(|(a, b)| if a == b { a.to_string() } else { format!("{a}-{b}") }).collect();
    let more = if runs.len() > 20 { format!(" and {} more", runs.len() - 20) } else { String::new() };
    format!("{}{more}", shown.join(", "))
}

/// Uploads each file into the room; answers their ids, for the message that posts them.
async fn upload_all(
    c: &crate::client::Client,
    room: &RoomRef,
    files: &[std::path::PathBuf],
) -> anyhow::Result<Vec<i64>> {
    let mut ids = Vec::new();
    for file in files {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| InvalidInput(format!("--file {}: not a file name", file.display())))?;
        let bytes = tokio::fs::read(file).await.with_context(|| format!("reading {}", file.display()))?;
        let query = crate::api::UploadQuery { name: name.clone(), pool: room.pool.clone() };
        let info: crate::api::FileInfo = c
            .upload(&room_path(room, "files"), &query, bytes)
            .await
            .with_context(|| format!("uploading {} to room {}", file.display(), room.room))?;
        ids.push(info.id);
    }
    Ok(ids)
}

fn room_path(room: &RoomRef, tail: &str) -> String {
    path(&["rooms", &room.room, tail])
}

pub async fn run(ctx: &Ctx, command: MessagesCommand) -> anyhow::Result<()> {
    let (c, out) = (&ctx.client, &ctx.out);
    match command {
        MessagesCommand::Post { room, text, story, files } => {
            let text = if text == "-" {
                let mut s = String::new();
                std::io::stdin().read_to_string(&mut s).context("reading the message from stdin")?;
                s
            } else {
                text
            };
            let files = upload_all(c, &room, &files).await?;
            let body = NewPost { text, title: story, files };
            let query = PoolQuery { pool: room.pool.clone() };
            let message: Message = c
                .post(&room_path(&room, "messages"), &query, &body)
                .await
                .with_context(|| format!("posting to room {}", room.room))?;
            let kept = if message.id.is_some() { "" } else { " (its category keeps no history)" };
            out.written(&message, format!("posted message {} to room {}{kept}", message.seq, message.room))
        }
        MessagesCommand::History { room, limit, since, until } => {
            let since = since.map(|t| time_arg("--since", &t)).transpose()?;
            let until = until.map(|t| time_arg("--until", &t)).transpose()?;
            let mut items: Vec<Message> = Vec::new();
            let mut cursor = None;
            loop {
                let query = HistoryQuery {
                    pool: room.pool.clone(),
                    limit: Some((limit - items.len()).clamp(1, crate::api::MAX_HISTORY_PAGE)),
                    cursor: cursor.take(),
                    since: since.clone(),
                    until: until.clone(),
                };
                let page: HistoryPage = c
                    .get(&room_path(&room, "messages"), &query)
                    .await
                    .with_context(|| format!("reading the history of room {}", room.room))?;
                if !page.history_kept {
                    out.note(format!("room {}'s category keeps no chat history", room.room));
                }
                items.extend(page.items);
                match page.next_cursor {
                    Some(next) if items.len() < limit => cursor = Some(next),
                    _ => break,
                }
            }
            items.truncate(limit);
            out.list(&items)
        }
        MessagesCommand::Search { text, room, pool, from, since, until, limit } => {
            let mut query = SearchQuery {
                q: text.join(" "),
                room,
                pool,
                from,
                since: since.map(|t| time_arg("--since", &t)).transpose()?,
                until: until.map(|t| time_arg("--until", &t)).transpose()?,
                ..Default::default()
            };
            let mut found: Vec<Message> = Vec::new();
            loop {
                query.limit = Some((limit - found.len()).clamp(1, crate::api::MAX_HISTORY_PAGE));
                let page: Page<Message> =
                    c.get(&path(&["messages", "search"]), &query).await.context("searching messages")?;
                found.extend(page.items);
                match page.next_cursor {
                    Some(next) if found.len() < limit => query.cursor = Some(next),
                    _ => break,
                }
            }
            found.truncate(limit);
            if out.structured() {
                return out.data(&found);
            }
            let rows = found
                .iter()
                .map(|m| {
                    let mut row = m.row(false);
                    row.insert(0, m.room.clone());
                    row
                })
                .collect();
            out.rows(&["ROOM", "SEQ", "POSTED", "SENDER", "TEXT"], rows)
        }
        MessagesCommand::Tail { rooms, pool, count } => tail(ctx, rooms, pool, count).await,
        MessagesCommand::Remove {
            room,
            from,
            since,
            until,
            keywords,
            match_clause,
            case_sensitive,
            delete,
            replacement,
            dry_run,
            confirm,
        } => {
            let mut body = crate::api::RemoveMessages {
                from,
                since: since.map(|t| time_arg("--since", &t)).transpose()?,
                until: until.map(|t| time_arg("--until", &t)).transpose()?,
                keywords,
                match_clause: match match_clause {
                    crate::cli::MatchArg::All => crate::api::MatchClause::All,
                    crate::cli::MatchArg::Any => crate::api::MatchClause::Any,
                    crate::cli::MatchArg::Exact => crate::api::MatchClause::Exact,
                },
                case_sensitive,
                remove: delete,
                replacement,
                dry_run: true,
            };
            let query = PoolQuery { pool: room.pool.clone() };
            let target = path(&["rooms", &room.room, "messages", "remove"]);
            let would: crate::api::ContentChanged = c
                .post(&target, &query, &body)
                .await
                .with_context(|| format!("selecting messages of room {}", room.room))?;
            let verb = if delete { "remove" } else { "replace the text of" };
            let what =
                format!("{verb} {} in room {}", crate::api::text::count(would.messages as usize, "message"), room.room);
            if dry_run || would.messages == 0 {
                if out.structured() {
                    return out.data(&would);
                }
                let numbers =
                    if would.seqs.is_empty() { String::new() } else { format!(": {}", seq_list(&would.seqs)) };
                out.note(format!("would {what}{numbers}"));
                return Ok(());
            }
            out.note(format!("this would {what}: {}", seq_list(&would.seqs)));
            super::confirm(confirm.yes, &what)?;
            body.dry_run = false;
            let done: crate::api::ContentChanged = c
                .post(&target, &query, &body)
                .await
                .with_context(|| format!("changing messages of room {}", room.room))?;
            let past = if delete { "removed" } else { "replaced" };
            out.written(
                &done,
                format!("{past} {} in room {}", crate::api::text::count(done.messages as usize, "message"), room.room),
            )
        }
        MessagesCommand::Download { room, id, out: to } => {
            let query = PoolQuery { pool: room.pool.clone() };
            let bytes = c
                .download(&path(&["rooms", &room.room, "files", &id.to_string()]), &query)
                .await
                .with_context(|| format!("downloading file {id} of room {}", room.room))?;
            match to {
                Some(file) => {
                    std::fs::write(&file, &bytes).with_context(|| format!("writing {}", file.display()))?;
                    out.note(format!("wrote {} bytes to {}", bytes.len(), file.display()));
                    Ok(())
                }
                None => {
                    use std::io::Write;
                    let mut stdout = std::io::stdout().lock();
                    stdout.write_all(&bytes).and_then(|()| stdout.flush()).context("writing the file to stdout")
                }
            }
        }
        MessagesCommand::Rooms { pool, joined } => {
            let query = ChatRoomQuery { pool, joined: joined.then_some(true), ..Default::default() };
            let rooms: Vec<ChatRoom> =
                c.list_all(&path(&["chat", "rooms"]), &query).await.context("listing the rooms to chat in")?;
            out.list(&rooms)
        }
        MessagesCommand::Join { room } => {
            let query = PoolQuery { pool: room.pool.clone() };
            let joined: Joined = c
                .post_empty(&room_path(&room, "join"), &query)
                .await
                .with_context(|| format!("joining room {}", room.room))?;
            if out.structured() {
                return out.data(&joined);
            }
            out.note(format!("joined room {} as {}", joined.room.name, joined.room.role.as_str()));
            out.list(&joined.history)
        }
        MessagesCommand::Leave { room } => {
            let query = PoolQuery { pool: room.pool.clone() };
            let _: serde_json::Value = c
                .post_empty(&room_path(&room, "leave"), &query)
                .await
                .with_context(|| format!("leaving room {}", room.room))?;
            out.written(&serde_json::json!({ "left": room.room }), format!("left room {}", room.room))
        }
        MessagesCommand::Invitations => {
            let rooms: Vec<ChatRoom> = c
                .list_all(&path(&["chat", "invitations"]), &ChatRoomQuery::default())
                .await
                .context("listing invitations")?;
            out.list(&rooms)
        }
    }
}

/// What one room's follower hands the printer.
enum Followed {
    Event(String, crate::api::ChatEvent),
    /// A message the stream missed, read back from the history.
    Missed(Message),
    Note(String),
    /// The room's stream is over (the room closed, or it cannot be followed).
    Ended(String, Option<anyhow::Error>),
}

/// Follows one room's stream for as long as it lasts, reconnecting after a dropped
/// connection with the last event id; after a `reload` it reads the messages it missed.
async fn follow(
    client: crate::client::Client,
    room: String,
    pool: Option<String>,
    to: tokio::sync::mpsc::Sender<Followed>,
) {
    use crate::api::{ChatEvent, EventsQuery};
    let query = EventsQuery { room: Some(room.clone()), pool: pool.clone() };
    let (mut last_id, mut last_seen): (Option<String>, Option<(i64, String)>) = (None, None);
    let mut pause = std::time::Duration::from_millis(250);
    let mut connected_once = false;
    loop {
        let opened = client.events(&path(&["chat", "events"]), &query, last_id.as_deref()).await;
        let mut stream = match opened {
            Ok(stream) => stream,
            // A refusal (no such room, not a member) is final; an unreachable server is not.
            Err(e @ crate::client::ClientError::Api { .. }) => {
                let _ = to.send(Followed::Ended(room.clone(), Some(anyhow::Error::new(e)))).await;
                return;
            }
            Err(e) => {
                if !connected_once {
                    let _ = to.send(Followed::Ended(room.clone(), Some(anyhow::Error::new(e)))).await;
                    return;
                }
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(std::time::Duration::from_secs(10));
                continue;
            }
        };
        if connected_once {
            let _ = to.send(Followed::Note(format!("following room {room} again"))).await;
        }
        connected_once = true;
        // What a reload reads back when no message was seen yet: everything from now on.
        if last_seen.is_none() {
            last_seen = Some((0, humantime::format_rfc3339_millis(std::time::SystemTime::now()).to_string()));
        }
        pause = std::time::Duration::from_millis(250);
        loop {
            let event = match stream.next().await {
                Ok(Some(event)) => event,
                Ok(None) | Err(_) => break,
            };
            if event.id.is_some() {
                last_id = event.id.clone();
            }
            let Ok(parsed) = serde_json::from_str::<ChatEvent>(&event.data) else { continue };
            match &parsed {
                ChatEvent::Message { message } => {
                    // A reload's read of the history may have shown it already: once only.
                    if last_seen.as_ref().is_some_and(|(seq, _)| message.seq <= *seq && *seq > 0) {
                        continue;
                    }
                    last_seen = Some((message.seq, message.posted_at.clone()));
                }
                ChatEvent::Reload { .. } => {
                    if let Some((seq, at)) = last_seen.clone() {
                        let q = HistoryQuery {
                            pool: pool.clone(),
                            since: Some(at),
                            limit: Some(crate::api::MAX_HISTORY_PAGE),
                            ..Default::default()
                        };
                        let page: Result<HistoryPage, _> = client.get(&path(&["rooms", &room, "messages"]), &q).await;
                        if let Ok(page) = page {
                            for m in page.items.into_iter().rev().filter(|m| m.seq > seq) {
                                last_seen = Some((m.seq, m.posted_at.clone()));
                                let _ = to.send(Followed::Missed(m)).await;
                            }
                        }
                    }
                    continue;
                }
                _ => {}
            }
            let closed = matches!(parsed, ChatEvent::RoomClosed { .. });
            if to.send(Followed::Event(room.clone(), parsed)).await.is_err() {
                return;
            }
            if closed {
                let _ = to.send(Followed::Ended(room.clone(), None)).await;
                return;
            }
        }
        let _ = to.send(Followed::Note(format!("lost the stream of room {room}; reconnecting"))).await;
    }
}

/// One line per message for people (`ROOM #SEQ TIME SENDER: TEXT`), one JSON event per
/// line for scripts.
fn print_live(out: &crate::output::Output, room: &str, event: &crate::api::ChatEvent) -> anyhow::Result<()> {
    use crate::api::ChatEvent;
    if out.structured() {
        return crate::output::write_stdout(&format!("{}\n", serde_json::to_string(event)?));
    }
    let line = match event {
        ChatEvent::Message { message: m } => {
            let text = match &m.title {
                Some(title) => format!("[{title}] {}", m.text),
                None => m.text.clone(),
            };
            format!("{} #{} {} {}: {}", m.room, m.seq, m.posted_at, m.sender, text)
        }
        ChatEvent::Joined { user, .. } => format!("{room}: {user} joined"),
        ChatEvent::Left { user, .. } => format!("{room}: {user} left"),
        ChatEvent::RoomChanged { .. } => format!("{room}: the room's settings changed"),
        ChatEvent::RoomClosed { reason, .. } => format!("{room}: the room closed ({reason})"),
        ChatEvent::Removed { seqs, replacement: None, .. } => format!("{room}: messages {seqs:?} were removed"),
        ChatEvent::Removed { seqs, .. } => format!("{room}: messages {seqs:?} were replaced"),
        ChatEvent::Cleared { through, .. } => format!("{room}: the history through {through} was cleared"),
        ChatEvent::Reload { reason } => format!("{room}: {reason}"),
    };
    crate::output::write_stdout(&format!("{}\n", crate::output::printable(&line)))
}

pub async fn tail(ctx: &Ctx, rooms: Vec<String>, pool: Option<String>, count: Option<u64>) -> anyhow::Result<()> {
    let (tx, mut rx) = tokio::sync::mpsc::channel(1024);
    let mut following = rooms.len();
    for room in rooms {
        tokio::spawn(follow(ctx.client.clone(), room, pool.clone(), tx.clone()));
    }
    drop(tx);
    let mut printed = 0;
    while let Some(followed) = rx.recv().await {
        match followed {
            Followed::Event(room, event) => {
                let message = matches!(event, crate::api::ChatEvent::Message { .. });
                print_live(&ctx.out, &room, &event)?;
                printed += u64::from(message);
            }
            Followed::Missed(m) => {
                let room = m.room.clone();
                print_live(&ctx.out, &room, &crate::api::ChatEvent::Message { message: m })?;
                printed += 1;
            }
            Followed::Note(note) => ctx.out.note(note),
            Followed::Ended(room, error) => {
                if let Some(e) = error {
                    return Err(e.context(format!("following room {room}")));
                }
                following -= 1;
                if following == 0 {
                    return Ok(());
                }
            }
        }
        if count.is_some_and(|n| printed >= n) {
            return Ok(());
        }
    }
    Ok(())
}
