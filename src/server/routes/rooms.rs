use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;

use super::{decode_cursor, encode_cursor, etag, if_match, page_size, paged, write_one};
use crate::api::{
    ChangesetRequest, MemberChange, NewObject, ObjectSpec, OpAction, Operation, Page, PoolQuery, RoleChange, Room,
    RoomDeleteQuery, RoomEntry, RoomQuery, RoomRole, RoomSpec, Written,
};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::error::{ApiResult, Path, Query};
use crate::server::visibility::Viewer;
use crate::server::AppState;
use crate::store::RoomFilter;

pub async fn load(state: &AppState, caller: &Caller, name: &str, pool: Option<&str>) -> ApiResult<Room> {
    let mut tx = state.store.read().await?;
    let mut viewer = Viewer::load(&mut *tx, caller.clone()).await?;
    let found: Vec<Room> = tx
        .rooms_by_name(&[name.to_string()])
        .await?
        .into_iter()
        .filter(|r| pool.is_none_or(|p| r.pool == p))
        .filter(|r| viewer.sees_room(r))
        .collect();
    super::one_of(found, "room", name)
}

pub async fn list(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    uri: axum::http::Uri,
    Query(q): Query<RoomQuery>,
) -> ApiResult<impl IntoResponse> {
    let limit = page_size(q.limit);
    let mut after = q.cursor.as_deref().map(decode_cursor).transpose()?;
    let filter = RoomFilter {
        category: q.category,
        pool: q.pool,
        privacy: q.privacy,
        room_type: q.room_type,
        disabled: q.disabled,
        member: q.member.map(|p| crate::api::Principal::parse(&p).map(|p| p.to_string()).unwrap_or(p)),
        manager: q.manager.map(|p| crate::api::Principal::parse(&p).map(|p| p.to_string()).unwrap_or(p)),
        addin: q.addin,
        name_glob: q.name,
    };
    let mut tx = state.store.read().await?;
    let mut viewer = Viewer::load(&mut *tx, caller).await?;
    let mut items = Vec::new();
    // Callers who see a subset read on until the page is full; one visible room past the
    // page says whether another page follows.
    loop {
        let batch = tx.list_rooms(&filter, after.as_ref(), limit + 1).await?;
        let exhausted = batch.len() <= limit;
        if let Some(last) = batch.last() {
            after = Some(crate::store::After { name: last.name.clone(), id: last.meta.id });
        }
        let wanted = limit + 1 - items.len();
        items.extend(batch.into_iter().filter(|room| viewer.sees_room(room)).take(wanted));
        if exhausted || items.len() > limit {
            break;
        }
    }
    let next_cursor = (items.len() > limit).then(|| {
        items.truncate(limit);
        items.last().map(|r| encode_cursor(&r.name, r.meta.id))
    });
    Ok(paged(&uri, Page { items, next_cursor: next_cursor.flatten() }))
}

pub async fn get(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
) -> ApiResult<impl IntoResponse> {
    let room = load(&state, &caller, &name, q.pool.as_deref()).await?;
    Ok((etag(room.meta.revision), Json(room)))
}

pub async fn create(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<NewObject<RoomSpec>>,
) -> ApiResult<impl IntoResponse> {
    let (room, _): (Room, _) =
        write_one(&state, caller, OpAction::Create, body.name, body.pool, None, ObjectSpec::Room(body.spec)).await?;
    Ok((StatusCode::CREATED, Json(room)))
}

async fn write(
    state: &AppState,
    caller: Caller,
    name: String,
    pool: Option<String>,
    revision: Option<i64>,
    spec: RoomSpec,
) -> ApiResult<Json<Written<Room>>> {
    let (object, dropped) =
        write_one(state, caller, OpAction::Update, name, pool, revision, ObjectSpec::Room(spec)).await?;
    Ok(Json(Written { object, dropped }))
}

pub async fn update(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
    headers: HeaderMap,
    Json(spec): Json<RoomSpec>,
) -> ApiResult<Json<Written<Room>>> {
    write(&state, caller, name, q.pool, if_match(&headers)?, spec).await
}

/// Deletes a room; one that holds messages only with `?allow_destroy=true`.
pub async fn delete(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<RoomDeleteQuery>,
    headers: HeaderMap,
) -> ApiResult<StatusCode> {
    let revision = if_match(&headers)?;
    let operation =
        Operation { op: OpAction::Delete, name, pool: q.pool, revision, object: ObjectSpec::Room(RoomSpec::default()) };
    let request = ChangesetRequest { dry_run: false, allow_destroy: q.allow_destroy, operations: vec![operation] };
    let result = crate::server::changeset::execute(&*state.store, caller, request).await?;
    state.chat.hub.rooms_changed(&result.results).await;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /v1/rooms/{name}/activity`: how many messages the room holds, and when the last
/// was posted.
pub async fn activity(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
) -> ApiResult<Json<crate::api::RoomActivity>> {
    let room = load(&state, &caller, &name, q.pool.as_deref()).await?;
    let activity = state.store.read().await?.room_activity(room.meta.id).await?;
    Ok(Json(crate::api::RoomActivity {
        room: room.name,
        pool: room.pool,
        messages: activity.messages,
        last_seq: activity.last_seq,
        last_message_at: activity.last_posted_at.map(crate::store::format_ms),
    }))
}

pub async fn enable(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
) -> ApiResult<Json<Written<Room>>> {
    write(&state, caller, name, q.pool, None, RoomSpec { disabled: Some(false), ..Default::default() }).await
}

pub async fn disable(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
) -> ApiResult<Json<Written<Room>>> {
    write(&state, caller, name, q.pool, None, RoomSpec { disabled: Some(true), ..Default::default() }).await
}

/// The room's lists, one entry per (role, principal).
pub async fn members(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
) -> ApiResult<Json<Vec<RoomEntry>>> {
    let room = load(&state, &caller, &name, q.pool.as_deref()).await?;
    let mut out = Vec::new();
    for role in RoomRole::ALL {
        for p in room.principals(*role) {
            out.push(RoomEntry { role: *role, principal: p.clone() });
        }
    }
    Ok(Json(out))
}

pub async fn change_members(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
    headers: HeaderMap,
    Json(change): Json<MemberChange>,
) -> ApiResult<Json<Written<Room>>> {
    let spec = RoomSpec {
        add: change.add.into_iter().map(|principal| RoleChange { role: change.role, principal }).collect(),
        remove: change.remove.into_iter().map(|principal| RoleChange { role: change.role, principal }).collect(),
        ..Default::default()
    };
    write(&state, caller, name, q.pool, if_match(&headers)?, spec).await
}
