use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;

use super::{etag, if_match, one_op, page_of, write_one};
use crate::api::{Addin, AddinSpec, ListQuery, NewObject, ObjectSpec, OpAction, Page, PoolQuery, MAX_PAGE_SIZE};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::error::{ApiResult, Path, Query};
use crate::server::visibility::Viewer;
use crate::server::AppState;
use crate::store::{After, RoomFilter, Tx};

async fn load(state: &AppState, caller: &Caller, name: &str, pool: Option<&str>) -> ApiResult<Addin> {
    let mut tx = state.store.read().await?;
    let all = tx.all_addins().await?.into_iter().filter(|a| a.name == name && pool.is_none_or(|p| a.pool == p));
    let found = visible(&mut *tx, caller, all.collect()).await?;
    super::one_of(found, "add-in", name)
}

/// The add-ins the caller may see: administrators all of them, a user those of the rooms
/// they can see (an add-in's URL says what a room is about, so it is as private as the room).
async fn visible(tx: &mut dyn Tx, caller: &Caller, addins: Vec<Addin>) -> ApiResult<Vec<Addin>> {
    if caller.is_admin() {
        return Ok(addins);
    }
    let mut viewer = Viewer::load(tx, caller.clone()).await?;
    let mut out = Vec::new();
    for addin in addins {
        let filter =
            RoomFilter { addin: Some(addin.name.clone()), pool: Some(addin.pool.clone()), ..Default::default() };
        let mut after = None;
        loop {
            let rooms = tx.list_rooms(&filter, after.as_ref(), MAX_PAGE_SIZE).await?;
            if rooms.iter().any(|r| viewer.sees_room(r)) {
                out.push(addin);
                break;
            }
            if rooms.len() < MAX_PAGE_SIZE {
                break;
            }
            after = rooms.last().map(|r| After { name: r.name.clone(), id: r.meta.id });
        }
    }
    Ok(out)
}

pub async fn list(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<ListQuery>,
) -> ApiResult<Json<Page<Addin>>> {
    let mut tx = state.store.read().await?;
    let items: Vec<_> = tx
        .all_addins()
        .await?
        .into_iter()
        .filter(|a| q.pool.as_ref().is_none_or(|p| &a.pool == p))
        .filter(|a| q.name.as_deref().is_none_or(|g| crate::api::validate::glob_matches(g, &a.name)))
        .collect();
    let items = visible(&mut *tx, &caller, items).await?;
    Ok(Json(page_of(items, q.limit, q.cursor.as_deref(), |o| (o.name.as_str(), o.meta.id))?))
}

pub async fn get(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
) -> ApiResult<impl IntoResponse> {
    let addin = load(&state, &caller, &name, q.pool.as_deref()).await?;
    Ok((etag(addin.meta.revision), Json(addin)))
}

pub async fn create(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<NewObject<AddinSpec>>,
) -> ApiResult<impl IntoResponse> {
    let pool = body.spec.pool.clone();
    let (addin, _): (Addin, _) =
        write_one(&state, caller, OpAction::Create, body.name, pool, None, ObjectSpec::Addin(body.spec)).await?;
    Ok((StatusCode::CREATED, Json(addin)))
}

pub async fn update(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
    headers: HeaderMap,
    Json(spec): Json<AddinSpec>,
) -> ApiResult<Json<Addin>> {
    let revision = if_match(&headers)?;
    let (addin, _) =
        write_one(&state, caller, OpAction::Update, name, q.pool, revision, ObjectSpec::Addin(spec)).await?;
    Ok(Json(addin))
}

pub async fn delete(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
    headers: HeaderMap,
) -> ApiResult<StatusCode> {
    one_op(
        &state,
        caller,
        OpAction::Delete,
        name,
        q.pool,
        if_match(&headers)?,
        ObjectSpec::Addin(AddinSpec::default()),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
