//! What administrators do to a room's content: remove or replace messages by a selection
//! (sender, dates, keywords), clear the history through a date, and read the audit log
//! those leave. Each change and its audit entry are one transaction.

use std::sync::Arc;

use axum::extract::State;

use super::messages::{room_for, sender_filter, time_bound, Need};
use super::{decode_cursor, encode_cursor};
use crate::api::{
    AuditRecord, ChatEvent, ClearRoom, ContentChanged, ErrorCode, EventKind, ListQuery, MatchClause, Page, PoolQuery,
    RemoveMessages, Room, DEFAULT_REPLACEMENT, MAX_MESSAGE_BYTES,
};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::chat::events::Kind;
use crate::server::error::{ApiError, ApiResult, Path, Query};
use crate::server::AppState;
use crate::store::{AuditEntry, ContentChange, HistoryRange, StoredMessage};

/// Messages read at a time while a selection is matched.
const SCAN: usize = 5_000;

/// The audit entry of a change: who did it (the token and its owner), to which room (`pool/name`).
fn audit_entry(caller: &Caller, action: &str, room: &Room, detail: serde_json::Value) -> AuditEntry {
    let actor = caller.actor();
    AuditEntry {
        id: 0,
        at: crate::store::now_ms(),
        actor,
        action: action.to_string(),
        target: format!("{}/{}", room.pool, room.name),
        detail: detail.to_string(),
    }
}

/// Whether a message's title and text hold the keywords as the clause says.
fn matches(m: &StoredMessage, words: &[String], clause: MatchClause, case_sensitive: bool) -> bool {
    if words.is_empty() {
        return true;
    }
    let fold = |s: &str| if case_sensitive { s.to_string() } else { s.to_lowercase() };
    let text = fold(&format!("{}\n{}", m.title, m.body));
    let words: Vec<String> = words.iter().map(|w| fold(w)).collect();
    match clause {
        MatchClause::All => words.iter().all(|w| text.contains(w.as_str())),
        MatchClause::Any => words.iter().any(|w| text.contains(w.as_str())),
        MatchClause::Exact => text.contains(&words.join(" ")),
    }
}

pub async fn remove(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
    Json(body): Json<RemoveMessages>,
) -> ApiResult<Json<ContentChanged>> {
    caller.require_admin()?;
    let words: Vec<String> = body.keywords.as_deref().unwrap_or("").split_whitespace().map(str::to_string).collect();
    if body.from.is_none() && body.since.is_none() && body.until.is_none() && words.is_empty() {
        return Err(ApiError::new(
            ErrorCode::Required,
            "the selection is empty: give from, since, until or keywords (to empty a room, clear it through a date)",
        ));
    }
    let sender = sender_filter(body.from.as_deref())?;
    let since = time_bound("since", body.since.as_deref(), i64::MIN)?;
    let until = time_bound("until", body.until.as_deref(), i64::MAX)?;
    let replacement = match (&body.replacement, body.remove) {
        (Some(_), true) => {
            return Err(ApiError::field(
                ErrorCode::InvalidValue,
                "replacement",
                "remove and replacement exclude each other",
            ))
        }
        (Some(text), false) => {
            crate::api::validate::message_text("the replacement", text, MAX_MESSAGE_BYTES)
                .map_err(|e| ApiError::field(e.code, "replacement", e.detail))?;
            Some(text.clone())
        }
        (None, false) => Some(DEFAULT_REPLACEMENT.to_string()),
        (None, true) => None,
    };
    let (model, chatter) = state.chat.access.chatter(&*state.store, &caller).await?;
    let (room, _) = room_for(&state, &model, &chatter, &name, q.pool.as_deref(), Need::Nothing).await?;
    // The selection, matched over the room's messages oldest first, a batch at a time.
    let (mut ids, mut seqs) = (Vec::new(), Vec::new());
    {
        let mut tx = state.store.read().await?;
        let mut range = HistoryRange { since, until, limit: SCAN, oldest_first: true, ..HistoryRange::newest(SCAN) };
        loop {
            let batch = tx.history(room.meta.id, &range).await?;
            let done = batch.len() < SCAN;
            if let Some(last) = batch.last() {
                range.after = last.seq;
            }
            for m in batch {
                let already = replacement.as_deref().is_some_and(|r| m.body == r && m.title.is_empty());
                if sender.as_ref().is_none_or(|s| *s == m.sender)
                    && matches(&m, &words, body.match_clause, body.case_sensitive)
                    && !already
                {
                    ids.push(m.id);
                    seqs.push(m.seq);
                }
            }
            if done {
                break;
            }
        }
    }
    let action = if replacement.is_some() { "replaced" } else { "removed" };
    let mut changed = ContentChanged {
        room: room.name.clone(),
        pool: room.pool.clone(),
        action: action.into(),
        dry_run: body.dry_run,
        messages: ids.len() as u64,
        seqs: seqs.clone(),
    };
    if body.dry_run || ids.is_empty() {
        return Ok(Json(changed));
    }
    let detail = serde_json::json!({
        "selection": {
            "from": body.from, "since": body.since, "until": body.until, "keywords": body.keywords,
            "match": body.match_clause, "case_sensitive": body.case_sensitive,
        },
        "replacement": replacement,
        "seqs": seqs,
    });
    let action = if replacement.is_some() { "replace_messages" } else { "remove_messages" };
    let audit = audit_entry(&caller, action, &room, detail);
    let records: Vec<_> = ids
        .iter()
        .filter_map(|id| match &replacement {
            Some(text) => model.event(&chatter, &room, EventKind::Replace, *id, text.clone(), audit.detail.clone()),
            None => model.event(&chatter, &room, EventKind::Remove, *id, String::new(), audit.detail.clone()),
        })
        .collect();
    let change = match &replacement {
        Some(text) => ContentChange::Replace(ids, text.clone()),
        None => ContentChange::Remove(ids),
    };
    changed.messages = state.store.change_content(room.meta.id, &change, &audit, &records).await?;
    let event = ChatEvent::Removed { room: room.name.clone(), pool: room.pool.clone(), seqs, replacement };
    state.chat.hub.publish(room.meta.id, Kind::Message, None, Some(&event)).await;
    Ok(Json(changed))
}

pub async fn clear(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
    Json(body): Json<ClearRoom>,
) -> ApiResult<Json<ContentChanged>> {
    caller.require_admin()?;
    let through = time_bound("through", Some(&body.through), i64::MAX)?;
    if through > crate::store::now_ms() {
        return Err(ApiError::field(
            ErrorCode::InvalidValue,
            "through",
            format!("{} is in the future: a room is cleared through a time that has passed", body.through),
        ));
    }
    let (model, chatter) = state.chat.access.chatter(&*state.store, &caller).await?;
    let (room, _) = room_for(&state, &model, &chatter, &name, q.pool.as_deref(), Need::Nothing).await?;
    let count = state.store.read().await?.count_through(room.meta.id, through).await?;
    let mut changed = ContentChanged {
        room: room.name.clone(),
        pool: room.pool.clone(),
        action: "cleared".into(),
        dry_run: body.dry_run,
        messages: count as u64,
        seqs: Vec::new(),
    };
    if body.dry_run || count == 0 {
        return Ok(Json(changed));
    }
    let detail = serde_json::json!({ "through": crate::store::format_ms(through), "messages": count });
    let audit = audit_entry(&caller, "clear_room", &room, detail);
    let record =
        model.event(&chatter, &room, EventKind::Clear, 0, crate::store::format_ms(through), audit.detail.clone());
    let clear = ContentChange::ClearThrough(through);
    changed.messages = state.store.change_content(room.meta.id, &clear, &audit, record.as_slice()).await?;
    let event = ChatEvent::Cleared {
        room: room.name.clone(),
        pool: room.pool.clone(),
        through: crate::store::format_ms(through),
    };
    state.chat.hub.publish(room.meta.id, Kind::Message, None, Some(&event)).await;
    Ok(Json(changed))
}

/// `GET /v1/audit`: newest first.
pub async fn audit(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<ListQuery>,
) -> ApiResult<Json<Page<AuditRecord>>> {
    caller.require_admin()?;
    let limit = super::page_size(q.limit);
    let before = match q.cursor.as_deref().map(decode_cursor).transpose()? {
        Some(after) if after.name == "a" => after.id,
        Some(_) => {
            return Err(ApiError::field(ErrorCode::BadRequest, "cursor", "the cursor is not one this server issued"))
        }
        None => i64::MAX,
    };
    let mut entries = state.store.read().await?.audit_log(before, limit + 1).await?;
    let next_cursor = (entries.len() > limit).then(|| {
        entries.truncate(limit);
        encode_cursor("a", entries.last().map_or(0, |e| e.id))
    });
    let items = entries
        .into_iter()
        .map(|e| AuditRecord {
            id: e.id,
            at: crate::store::format_ms(e.at),
            actor: e.actor,
            action: e.action,
            target: e.target,
            detail: serde_json::from_str(&e.detail).unwrap_or(serde_json::Value::Null),
        })
        .collect();
    Ok(Json(Page { items, next_cursor }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(title: &str, body: &str) -> StoredMessage {
        StoredMessage {
            id: 1,
            room_id: 1,
            seq: 1,
            sender: "sip:a@b".into(),
            posted_at: 0,
            kind: crate::api::MessageKind::Message,
            title: title.into(),
            body: body.into(),
            files: String::new(),
        }
    }

    #[test]
    fn keywords_match_all_any_or_exactly_with_or_without_case() {
        let m = message("", "The Quarterly numbers are late");
        let w = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert!(matches(&m, &w("numbers quarterly"), MatchClause::All, false));
        assert!(!matches(&m, &w("numbers quarterly"), MatchClause::All, true));
        assert!(!matches(&m, &w("numbers budget"), MatchClause::All, false));
        assert!(matches(&m, &w("numbers budget"), MatchClause::Any, false));
        assert!(matches(&m, &w("quarterly numbers"), MatchClause::Exact, false));
        assert!(!matches(&m, &w("numbers quarterly"), MatchClause::Exact, false));
        assert!(matches(&message("Budget", "x"), &w("budget"), MatchClause::All, false), "titles count");
    }
}
