//! `GET /v1/messages/search`: full-text search over the rooms the caller may read.

use std::sync::Arc;

use axum::extract::State;

use super::messages::{room_for, sender_filter, time_bound, wire, Need};
use super::{decode_cursor, encode_cursor};
use crate::api::{
    ErrorCode, EventKind, Message, Page, SearchQuery, DEFAULT_HISTORY_PAGE, MAX_HISTORY_PAGE, MAX_SEARCH_CHARS,
    MAX_SEARCH_WORDS,
};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::error::{ApiError, ApiResult, Query};
use crate::server::AppState;
use crate::store::SearchRange;

/// Matches read per request at most: a search whose matches lie mostly in rooms the caller
/// may not read answers a short page and a cursor, never an unbounded scan.
const MAX_SCANNED: usize = 20_000;

/// The words of a search: 1 to [`MAX_SEARCH_WORDS`], [`MAX_SEARCH_CHARS`] in all.
fn words_of(q: &str) -> ApiResult<Vec<String>> {
    let field = |code, detail: String| ApiError::field(code, "q", detail);
    let chars = q.chars().count();
    if chars > MAX_SEARCH_CHARS {
        return Err(field(
            ErrorCode::TooLong,
            format!("the search is {chars} characters; the limit is {MAX_SEARCH_CHARS}"),
        ));
    }
    if let Some(c) = q.chars().find(|c| c.is_control()) {
        return Err(field(
            ErrorCode::InvalidValue,
            format!("the search holds the control character U+{:04X}", c as u32),
        ));
    }
    let words: Vec<String> = q.split_whitespace().map(str::to_string).collect();
    if words.is_empty() {
        return Err(field(ErrorCode::Required, "the search must hold a word".into()));
    }
    if words.len() > MAX_SEARCH_WORDS {
        return Err(field(
            ErrorCode::InvalidValue,
            format!("the search holds {} words; the limit is {MAX_SEARCH_WORDS}", words.len()),
        ));
    }
    Ok(words)
}

fn search_cursor(before: i64) -> String {
    encode_cursor("s", before)
}

fn read_search_cursor(cursor: &str) -> ApiResult<i64> {
    match decode_cursor(cursor) {
        Ok(after) if after.name == "s" && after.id > 0 => Ok(after.id),
        _ => Err(ApiError::field(
            ErrorCode::BadRequest,
            "cursor",
            "the cursor is not one this server issued for a search",
        )),
    }
}

pub async fn search(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<SearchQuery>,
) -> ApiResult<Json<Page<Message>>> {
    let (model, chatter) = state.chat.access.chatter(&*state.store, &caller).await?;
    let words = words_of(&q.q)?;
    let sender = sender_filter(q.from.as_deref())?;
    let since = time_bound("since", q.since.as_deref(), i64::MIN)?;
    let until = time_bound("until", q.until.as_deref(), i64::MAX)?;
    let before = q.cursor.as_deref().map(read_search_cursor).transpose()?.unwrap_or(i64::MAX);
    let limit = q.limit.unwrap_or(DEFAULT_HISTORY_PAGE).clamp(1, MAX_HISTORY_PAGE);
    let room_id = match &q.room {
        Some(name) => {
            let (room, _) = room_for(&state, &model, &chatter, name, q.pool.as_deref(), Need::Read).await?;
            Some(room.meta.id)
        }
        None => None,
    };
    let batch = (limit + 1).max(200);
    let mut range = SearchRange { words, room_id, sender, since, until, before, limit: batch };
    let mut found = Vec::new();
    let mut found_in: Vec<Arc<crate::api::Room>> = Vec::new();
    let mut scanned = 0;
    let mut tx = state.store.read().await?;
    let exhausted = loop {
        let rows = tx.search(&range).await?;
        let ids: Vec<i64> = rows.iter().map(|m| m.room_id).collect();
        let rooms = model.rooms_with_ids(&*state.store, &ids).await?;
        let done = rows.len() < batch;
        scanned += rows.len();
        if let Some(last) = rows.last() {
            range.before = last.id;
        }
        for m in rows {
            let Some(room) = rooms.get(&m.room_id) else { continue };
            if model.access(&chatter, room).read.is_ok() && model.history_kept(room) {
                found_in.push(room.clone());
                found.push(wire(m, room));
                if found.len() > limit {
                    break;
                }
            }
        }
        if found.len() > limit || done {
            break done && found.len() <= limit;
        }
        if scanned >= MAX_SCANNED {
            break false;
        }
    };
    drop(tx);
    let next_cursor = if found.len() > limit {
        found.truncate(limit);
        found.last().and_then(|m| m.id).map(search_cursor)
    } else if !exhausted {
        Some(search_cursor(range.before))
    } else {
        None
    };
    // A search reads history: each room it answers messages of records a BACKCHAT.
    found_in.truncate(found.len());
    let mut hit_rooms: Vec<(Arc<crate::api::Room>, usize)> = Vec::new();
    for room in found_in {
        match hit_rooms.iter_mut().find(|(r, _)| r.meta.id == room.meta.id) {
            Some((_, n)) => *n += 1,
            None => hit_rooms.push((room, 1)),
        }
    }
    let events: Vec<_> = hit_rooms
        .iter()
        .filter_map(|(room, n)| {
            let asked = serde_json::json!({
                "search": q.q, "from": q.from, "since": q.since, "until": q.until, "returned": n,
            });
            model.event(&chatter, room, EventKind::Backchat, 0, format!("search {}", q.q), asked.to_string())
        })
        .collect();
    crate::server::compliance::record(&*state.store, &events).await?;
    Ok(Json(Page { items: found, next_cursor }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_is_words_within_limits() {
        assert_eq!(words_of("  deploy   friday ").unwrap(), vec!["deploy", "friday"]);
        for bad in ["", "   ", "bell\u{7}", &"w ".repeat(17), &"x".repeat(257)] {
            assert!(words_of(bad).is_err(), "{bad:?}");
        }
        assert_eq!(read_search_cursor(&search_cursor(42)).unwrap(), 42);
        assert!(read_search_cursor(&encode_cursor("o1", 42)).is_err());
        assert!(read_search_cursor(&encode_cursor("s", 0)).is_err());
    }
}
