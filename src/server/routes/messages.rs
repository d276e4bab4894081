//! The chat API: the rooms a user may chat in, joining and leaving, posting, history.
//! Every decision comes from the chat model (`server::chat::access`); a room the caller
//! may not see answers exactly as a room that does not exist.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;

use super::{decode_cursor, encode_cursor, page_of};
use crate::api::{
    links_in, validate, ChatEvent, ChatRoom, ChatRoomQuery, ErrorCode, EventKind, FileRef, HistoryPage, HistoryQuery,
    Joined, Message, MessageKind, NewPost, Page, PoolQuery, Principal, Room, DEFAULT_HISTORY_PAGE,
    MAX_FILES_PER_MESSAGE, MAX_HISTORY_PAGE, MAX_MESSAGE_BYTES, MAX_TITLE_CHARS,
};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::chat::access::{Chatter, Model, RoomAccess};
use crate::server::chat::events::Kind;
use crate::server::error::{ApiError, ApiResult, Path, Query};
use crate::server::AppState;
use crate::store::{HistoryRange, NewMessage, RoomFilter, StoredMessage};

/// What a call needs of the room it names.
#[derive(Clone, Copy)]
pub(super) enum Need {
    /// Only that the caller may know of it.
    Nothing,
    Read,
    Post,
}

/// The one room a name (and `?pool=`) addresses among those the caller may know of, with
/// what the caller may do there, refused unless the caller may do what `need` says. A
/// disabled room is known (and refuses) to whoever could otherwise see it; any other room
/// the caller may not see is not found.
pub(super) async fn room_for(
    state: &AppState,
    model: &Model,
    chatter: &Chatter,
    name: &str,
    pool: Option<&str>,
    need: Need,
) -> ApiResult<(Arc<Room>, RoomAccess)> {
    let rooms = model.rooms_named(&*state.store, name).await?;
    let found: Vec<(Arc<Room>, RoomAccess)> = rooms
        .iter()
        .filter(|r| pool.is_none_or(|p| r.pool == p))
        .map(|r| (r.clone(), model.access(chatter, r)))
        .filter(|(_, access)| access.read != Err(crate::server::chat::access::Refusal::NotFound))
        .collect();
    let (room, access) = super::one_of(found, "room", name)?;
    match need {
        Need::Nothing => Ok(()),
        Need::Read => access.read,
        Need::Post => access.post,
    }
    .map_err(|why| why.error(name))?;
    Ok((room, access))
}

/// A sender filter (`from`): a user, in normal form.
pub(super) fn sender_filter(from: Option<&str>) -> ApiResult<Option<String>> {
    from.map(|from| match Principal::parse(from) {
        Ok(Principal::User(sip)) => Ok(sip),
        _ => Err(ApiError::field(
            ErrorCode::MalformedPrincipal,
            "from",
            format!("from must be a user (sip:...), not {from:?}"),
        )),
    })
    .transpose()
}

/// Every room the caller may chat in (or, `listed_only`, is listed by), in name order.
async fn visible_rooms(
    state: &AppState,
    model: &Model,
    chatter: &Chatter,
    pool: Option<String>,
) -> ApiResult<Vec<(Room, RoomAccess)>> {
    const BATCH: usize = 2_000;
    let filter = RoomFilter { pool, disabled: Some(false), ..Default::default() };
    let mut tx = state.store.read().await?;
    let mut after = None;
    let mut out = Vec::new();
    loop {
        let batch = tx.list_rooms(&filter, after.as_ref(), BATCH).await?;
        let done = batch.len() < BATCH;
        if let Some(last) = batch.last() {
            after = Some(crate::store::After { name: last.name.clone(), id: last.meta.id });
        }
        for room in batch {
            let access = model.access(chatter, &room);
            if access.visible() {
                out.push((room, access));
            }
        }
        if done {
            return Ok(out);
        }
    }
}

async fn joined_ids(state: &AppState, chatter: &Chatter) -> ApiResult<foldhash::HashSet<i64>> {
    let Some(sip) = chatter.sip() else { return Ok(Default::default()) };
    let mut tx = state.store.read().await?;
    Ok(tx.joined_rooms(sip).await?.into_iter().collect())
}

fn chat_page(rooms: Vec<ChatRoom>, ids: Vec<i64>, q: &ChatRoomQuery) -> ApiResult<Page<ChatRoom>> {
    let items: Vec<(ChatRoom, i64)> = rooms
        .into_iter()
        .zip(ids)
        .filter(|(r, _)| q.name.as_deref().is_none_or(|g| validate::glob_matches(g, &r.name)))
        .filter(|(r, _)| q.joined.is_none_or(|j| r.joined == j))
        .collect();
    let page = page_of(items, q.limit, q.cursor.as_deref(), |(r, id)| (r.name.as_str(), *id))?;
    Ok(Page { items: page.items.into_iter().map(|(r, _)| r).collect(), next_cursor: page.next_cursor })
}

/// `GET /v1/chat/rooms`: the open and closed rooms of categories whose scope holds the
/// caller, and the secret rooms that list them; each with the caller's role and rights.
pub async fn rooms(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<ChatRoomQuery>,
) -> ApiResult<Json<Page<ChatRoom>>> {
    let (model, chatter) = state.chat.access.chatter(&*state.store, &caller).await?;
    let joined = joined_ids(&state, &chatter).await?;
    let found = visible_rooms(&state, &model, &chatter, q.pool.clone()).await?;
    let ids = found.iter().map(|(r, _)| r.meta.id).collect();
    let rooms = found.iter().map(|(r, a)| model.chat_room(r, a, joined.contains(&r.meta.id))).collect();
    Ok(Json(chat_page(rooms, ids, &q)?))
}

/// `GET /v1/chat/invitations`: rooms with invitations on that list the caller, which the
/// caller has not joined.
pub async fn invitations(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<ChatRoomQuery>,
) -> ApiResult<Json<Page<ChatRoom>>> {
    let (model, chatter) = state.chat.access.chatter(&*state.store, &caller).await?;
    let joined = joined_ids(&state, &chatter).await?;
    let found: Vec<_> = visible_rooms(&state, &model, &chatter, q.pool.clone())
        .await?
        .into_iter()
        .filter(|(r, a)| a.listed && a.read.is_ok() && model.invitations_on(r) && !joined.contains(&r.meta.id))
        .collect();
    let ids = found.iter().map(|(r, _)| r.meta.id).collect();
    let rooms = found.iter().map(|(r, a)| model.chat_room(r, a, false)).collect();
    Ok(Json(chat_page(rooms, ids, &q)?))
}

pub(super) fn wire(m: StoredMessage, room: &Room) -> Message {
    Message {
        id: Some(m.id),
        room: room.name.clone(),
        pool: room.pool.clone(),
        seq: m.seq,
        sender: m.sender,
        posted_at: crate::store::format_ms(m.posted_at),
        kind: m.kind,
        title: (m.kind == MessageKind::Story).then_some(m.title),
        links: links_in(&m.body),
        files: if m.files.is_empty() { Vec::new() } else { serde_json::from_str(&m.files).unwrap_or_default() },
        text: m.body,
    }
}

/// `POST /v1/rooms/{name}/join`: joins the room and answers its last messages (the
/// effective `default_chat_history` of them).
pub async fn join(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
) -> ApiResult<Json<Joined>> {
    let (model, chatter) = state.chat.access.chatter(&*state.store, &caller).await?;
    let (room, access) = room_for(&state, &model, &chatter, &name, q.pool.as_deref(), Need::Read).await?;
    if let Some(sip) = chatter.sip() {
        let record = model.event(&chatter, &room, EventKind::Join, 0, String::new(), String::new());
        if state.store.set_joined(sip, room.meta.id, true, crate::store::now_ms(), record.as_ref()).await? {
            roster(&state, &model, &room, sip, true).await?;
        }
    }
    let history: Vec<Message> = if model.history_kept(&room) {
        let mut tx = state.store.read().await?;
        let range = HistoryRange::newest(model.default_chat_history(&room));
        tx.history(room.meta.id, &range).await?.into_iter().map(|m| wire(m, &room)).collect()
    } else {
        Vec::new()
    };
    if !history.is_empty() {
        let asked =
            serde_json::json!({ "on": "join", "limit": model.default_chat_history(&room), "returned": history.len() });
        backchat(&state, &model, &chatter, &room, asked).await?;
    }
    let room_view = model.chat_room(&room, &access, chatter.sip().is_some());
    Ok(Json(Joined { room: room_view, history }))
}

/// Tells the room's streams that someone joined or left, while the room has at most the
/// effective `participant_update_limit` people in it. Their own stream always hears it
/// (it follows the rooms they join).
async fn roster(state: &AppState, model: &Model, room: &Room, sip: &str, joined: bool) -> ApiResult<()> {
    let people = state.store.read().await?.joined_count(room.meta.id).await?;
    let (room_name, pool, user) = (room.name.clone(), room.pool.clone(), sip.to_string());
    let (kind, event) = if joined {
        (Kind::Joined, ChatEvent::Joined { room: room_name, pool, user })
    } else {
        (Kind::Left, ChatEvent::Left { room: room_name, pool, user })
    };
    let told = people <= model.participant_update_limit(room);
    state.chat.hub.publish(room.meta.id, kind, Some(sip.to_string()), told.then_some(&event)).await;
    Ok(())
}

/// `POST /v1/rooms/{name}/leave`.
pub async fn leave(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
) -> ApiResult<StatusCode> {
    let (model, chatter) = state.chat.access.chatter(&*state.store, &caller).await?;
    let (room, _) = room_for(&state, &model, &chatter, &name, q.pool.as_deref(), Need::Nothing).await?;
    if let Some(sip) = chatter.sip() {
        let record = model.event(&chatter, &room, EventKind::Part, 0, String::new(), String::new());
        if state.store.set_joined(sip, room.meta.id, false, crate::store::now_ms(), record.as_ref()).await? {
            roster(&state, &model, &room, sip, false).await?;
        }
    }
    Ok(StatusCode::NO_CONTENT)
}

fn check_post(post: &NewPost) -> ApiResult<()> {
    let field = |e: validate::Invalid, name: &str| ApiError::field(e.code, name, e.detail);
    validate::message_text("the text", &post.text, MAX_MESSAGE_BYTES).map_err(|e| field(e, "text"))?;
    if let Some(title) = &post.title {
        validate::message_text("the title", title, usize::MAX).map_err(|e| field(e, "title"))?;
        validate::line("the title", title).map_err(|e| field(e, "title"))?;
        let chars = title.chars().count();
        if chars > MAX_TITLE_CHARS {
            return Err(ApiError::field(
                ErrorCode::TooLong,
                "title",
                format!("the title is {chars} characters; the limit is {MAX_TITLE_CHARS}"),
            ));
        }
    }
    Ok(())
}

/// The files a post names: each uploaded into this room, at most
/// [`MAX_FILES_PER_MESSAGE`] of them.
async fn posted_files(state: &AppState, room: &Room, ids: &[i64]) -> ApiResult<Vec<FileRef>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    if ids.len() > MAX_FILES_PER_MESSAGE {
        return Err(ApiError::field(
            ErrorCode::InvalidValue,
            "files",
            format!("a message posts at most {MAX_FILES_PER_MESSAGE} files, not {}", ids.len()),
        ));
    }
    let found = state.store.read().await?.files_by_id(ids).await?;
    ids.iter()
        .enumerate()
        .map(|(i, id)| {
            found.iter().find(|f| f.id == *id && f.room_id == room.meta.id).map(file_ref).ok_or_else(|| {
                ApiError::field(
                    ErrorCode::UnknownReference,
                    &format!("files[{i}]"),
                    format!("no file {id} was uploaded into room {:?}", room.name),
                )
            })
        })
        .collect()
}

pub(super) fn file_ref(f: &crate::store::StoredFile) -> FileRef {
    FileRef { id: f.id, name: f.name.clone(), size: f.size, content_type: f.content_type.clone() }
}

/// `POST /v1/rooms/{name}/messages`: a 201 means the message is committed.
pub async fn post(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
    Json(body): Json<NewPost>,
) -> ApiResult<(StatusCode, Json<Message>)> {
    let (model, chatter) = state.chat.access.chatter(&*state.store, &caller).await?;
    let (room, _) = room_for(&state, &model, &chatter, &name, q.pool.as_deref(), Need::Post).await?;
    check_post(&body)?;
    let files = posted_files(&state, &room, &body.files).await?;
    let sender = chatter.sip().unwrap_or_default().to_string();
    let kind = if body.title.is_some() { MessageKind::Story } else { MessageKind::Message };
    let keep = model.history_kept(&room);
    let detail = match (&body.title, files.is_empty()) {
        (None, true) => String::new(),
        (title, _) => serde_json::json!({ "title": title, "files": files }).to_string(),
    };
    let record = model.event(&chatter, &room, EventKind::Chat, 0, body.text.clone(), detail);
    let mut post = NewMessage {
        live: None,
        record,
        room_id: room.meta.id,
        sender: sender.clone(),
        posted_at: crate::store::now_ms(),
        kind,
        title: body.title.clone().unwrap_or_default(),
        body: body.text,
        keep,
        files: if files.is_empty() { String::new() } else { serde_json::to_string(&files).unwrap_or_default() },
    };
    let template = Message {
        id: None,
        room: room.name.clone(),
        pool: room.pool.clone(),
        seq: 0,
        sender,
        posted_at: String::new(),
        kind,
        title: body.title,
        links: links_in(&post.body),
        text: post.body.clone(),
        files,
    };
    // Where the pool's nodes share events, the post's transaction sends its event.
    if state.chat.hub.shared() {
        post.live = Some(template.clone());
    }
    let deliver: crate::server::chat::poster::OnCommit = {
        let (hub, room_id, live) = (state.chat.hub.clone(), room.meta.id, template.clone());
        Box::new(move |posted| {
            let event = ChatEvent::Message { message: stamped(&live, posted) };
            hub.posted(room_id, &event);
        })
    };
    let posted = match state.chat.poster.post(post, deliver).await {
        Ok(posted) => posted,
        Err(e) => {
            // A changeset may have deleted the room between the check and the commit.
            let mut tx = state.store.read().await?;
            if !tx.rooms_by_name(std::slice::from_ref(&room.name)).await?.iter().any(|r| r.meta.id == room.meta.id) {
                return Err(ApiError::not_found("room", &name));
            }
            return Err(e.into());
        }
    };
    state.metrics.messages_posted.inc();
    Ok((StatusCode::CREATED, Json(stamped(&template, &posted))))
}

/// Records that the caller read a room's history (BACKCHAT), with what was asked for, if
/// the room's pool records compliance events; before the history is answered.
pub(super) async fn backchat(
    state: &AppState,
    model: &Model,
    chatter: &Chatter,
    room: &Room,
    asked: serde_json::Value,
) -> ApiResult<()> {
    let content = asked
        .as_object()
        .map(|o| {
            o.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| format!("{k}={}", v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default();
    if let Some(event) = model.event(chatter, room, EventKind::Backchat, 0, content, asked.to_string()) {
        crate::server::compliance::record(&*state.store, &[event]).await?;
    }
    Ok(())
}

/// A post's message as its commit made it.
fn stamped(template: &Message, posted: &crate::store::Posted) -> Message {
    Message { id: posted.id, seq: posted.seq, posted_at: crate::store::format_ms(posted.posted_at), ..template.clone() }
}

/// History cursors: which way (`o` older, `n` newer), the room and the sequence number
/// the page ends at. A cursor names its room, so one is never good for another.
fn history_cursor(older: bool, room_id: i64, seq: i64) -> String {
    encode_cursor(&format!("{}{room_id}", if older { 'o' } else { 'n' }), seq)
}

fn read_history_cursor(cursor: &str, room_id: i64) -> ApiResult<(bool, i64)> {
    let bad =
        || ApiError::field(ErrorCode::BadRequest, "cursor", "the cursor is not one this server issued for this room");
    let after = decode_cursor(cursor).map_err(|_| bad())?;
    let (way, room) = after.name.split_at_checked(1).ok_or_else(bad)?;
    if room.parse::<i64>().ok() != Some(room_id) || after.id < 0 {
        return Err(bad());
    }
    match way {
        "o" => Ok((true, after.id)),
        "n" => Ok((false, after.id)),
        _ => Err(bad()),
    }
}

pub(crate) fn time_bound(field: &str, value: Option<&str>, unbounded: i64) -> ApiResult<i64> {
    let Some(text) = value else { return Ok(unbounded) };
    humantime::parse_rfc3339_weak(text.trim())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_millis() as i64)
        .ok_or_else(|| {
            ApiError::field(
                ErrorCode::InvalidValue,
                field,
                format!("{field} must be an RFC 3339 time such as 2026-12-01T09:30:00Z, not {text:?}"),
            )
        })
}

/// `GET /v1/rooms/{name}/messages`: a page of history, newest first.
pub async fn history(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<HistoryQuery>,
) -> ApiResult<Json<HistoryPage>> {
    let (model, chatter) = state.chat.access.chatter(&*state.store, &caller).await?;
    let (room, _) = room_for(&state, &model, &chatter, &name, q.pool.as_deref(), Need::Read).await?;
    let limit = q.limit.unwrap_or(DEFAULT_HISTORY_PAGE).clamp(1, MAX_HISTORY_PAGE);
    let since = time_bound("since", q.since.as_deref(), i64::MIN)?;
    let until = time_bound("until", q.until.as_deref(), i64::MAX)?;
    let cursor = q.cursor.as_deref().map(|c| read_history_cursor(c, room.meta.id)).transpose()?;
    if !model.history_kept(&room) {
        let asked = serde_json::json!({ "limit": limit, "since": q.since, "until": q.until, "returned": 0 });
        backchat(&state, &model, &chatter, &room, asked).await?;
        return Ok(Json(HistoryPage { items: Vec::new(), next_cursor: None, prev_cursor: None, history_kept: false }));
    }
    let bounds = HistoryRange { after: 0, before: i64::MAX, since, until, limit: limit + 1, oldest_first: false };
    let range = match cursor {
        None => bounds,
        Some((true, seq)) => HistoryRange { before: seq, ..bounds },
        Some((false, seq)) => HistoryRange { after: seq, oldest_first: true, ..bounds },
    };
    let mut tx = state.store.read().await?;
    let mut rows = tx.history(room.meta.id, &range).await?;
    let more = rows.len() > limit;
    rows.truncate(limit);
    if range.oldest_first {
        rows.reverse();
    }
    let (newest, oldest) = match (rows.first(), rows.last()) {
        (Some(n), Some(o)) => (n.seq, o.seq),
        _ => {
            drop(tx);
            let asked = serde_json::json!({ "limit": limit, "since": q.since, "until": q.until, "returned": 0 });
            backchat(&state, &model, &chatter, &room, asked).await?;
            return Ok(Json(HistoryPage {
                items: Vec::new(),
                next_cursor: None,
                prev_cursor: None,
                history_kept: true,
            }));
        }
    };
    // The way the page was read knows whether more follow; the other way is asked.
    let one = HistoryRange { limit: 1, ..bounds };
    let older = if range.oldest_first {
        !tx.history(room.meta.id, &HistoryRange { before: oldest, ..one }).await?.is_empty()
    } else {
        more
    };
    let newer = if range.oldest_first {
        more
    } else {
        !tx.history(room.meta.id, &HistoryRange { after: newest, oldest_first: true, ..one }).await?.is_empty()
    };
    drop(tx);
    let asked = serde_json::json!({
        "limit": limit, "since": q.since, "until": q.until,
        "cursor": cursor.map(|(older, seq)| if older { format!("before seq {seq}") } else { format!("after seq {seq}") }),
        "returned": rows.len(), "first_seq": oldest, "last_seq": newest,
    });
    backchat(&state, &model, &chatter, &room, asked).await?;
    Ok(Json(HistoryPage {
        next_cursor: older.then(|| history_cursor(true, room.meta.id, oldest)),
        prev_cursor: newer.then(|| history_cursor(false, room.meta.id, newest)),
        items: rows.into_iter().map(|m| wire(m, &room)).collect(),
        history_kept: true,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_history_cursor_is_good_for_its_room_only() {
        let c = history_cursor(true, 42, 7);
        assert_eq!(read_history_cursor(&c, 42).unwrap(), (true, 7));
        assert_eq!(read_history_cursor(&history_cursor(false, 42, 9), 42).unwrap(), (false, 9));
        assert!(read_history_cursor(&c, 43).is_err(), "another room's cursor");
        for forged in
            [encode_cursor("x42", 7), encode_cursor("o42", -1), encode_cursor("", 1), "zz".into(), String::new()]
        {
            assert!(read_history_cursor(&forged, 42).is_err(), "{forged:?}");
        }
    }
}
