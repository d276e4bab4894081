use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;

use super::{etag, if_match, one_op, page_of, write_one};
use crate::api::{Category, CategorySpec, ListQuery, NewObject, ObjectSpec, OpAction, Page, PoolQuery, Written};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::error::{ApiResult, Path, Query};
use crate::server::visibility::Viewer;
use crate::server::AppState;

async fn load(state: &AppState, caller: &Caller, name: &str, pool: Option<&str>) -> ApiResult<Category> {
    let mut tx = state.store.read().await?;
    let mut viewer = Viewer::load(&mut *tx, caller.clone()).await?;
    let found: Vec<Category> = tx
        .all_categories()
        .await?
        .into_iter()
        .filter(|c| c.name == name && pool.is_none_or(|p| c.pool == p))
        .filter(|c| viewer.sees_category(c))
        .collect();
    super::one_of(found, "category", name)
}

pub async fn list(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<ListQuery>,
) -> ApiResult<Json<Page<Category>>> {
    let mut tx = state.store.read().await?;
    let mut viewer = Viewer::load(&mut *tx, caller).await?;
    let items: Vec<_> = tx
        .all_categories()
        .await?
        .into_iter()
        .filter(|c| q.pool.as_ref().is_none_or(|p| &c.pool == p))
        .filter(|c| q.name.as_deref().is_none_or(|g| crate::api::validate::glob_matches(g, &c.name)))
        .filter(|c| viewer.sees_category(c))
        .collect();
    Ok(Json(page_of(items, q.limit, q.cursor.as_deref(), |o| (o.name.as_str(), o.meta.id))?))
}

pub async fn get(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
) -> ApiResult<impl IntoResponse> {
    let category = load(&state, &caller, &name, q.pool.as_deref()).await?;
    Ok((etag(category.meta.revision), Json(category)))
}

pub async fn create(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<NewObject<CategorySpec>>,
) -> ApiResult<impl IntoResponse> {
    let pool = body.spec.pool.clone();
    let (category, _): (Category, _) =
        write_one(&state, caller, OpAction::Create, body.name, pool, None, ObjectSpec::Category(body.spec)).await?;
    Ok((StatusCode::CREATED, Json(category)))
}

pub async fn update(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
    headers: HeaderMap,
    Json(spec): Json<CategorySpec>,
) -> ApiResult<Json<Written<Category>>> {
    let revision = if_match(&headers)?;
    let (object, dropped) =
        write_one(&state, caller, OpAction::Update, name, q.pool, revision, ObjectSpec::Category(spec)).await?;
    Ok(Json(Written { object, dropped }))
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
        ObjectSpec::Category(CategorySpec::default()),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
