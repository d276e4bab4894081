use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use serde::Deserialize;

use super::{etag, if_match, one_op, page_of};
use crate::api::{Addin, AddinSpec, ErrorCode, ListQuery, ObjectSpec, OpAction, Page, PoolQuery};
use crate::server::auth::Caller;
use crate::server::error::{ApiError, ApiResult, Json, Query};
use crate::server::AppState;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewAddin {
    pub name: String,
    #[serde(flatten)]
    pub spec: AddinSpec,
}

async fn load(state: &AppState, name: &str, pool: Option<&str>) -> ApiResult<Addin> {
    let mut tx = state.store.read().await?;
    let mut found: Vec<Addin> =
        tx.all_addins().await?.into_iter().filter(|a| a.name == name && pool.is_none_or(|p| a.pool == p)).collect();
    match found.len() {
        0 => Err(ApiError::not_found("add-in", name)),
        1 => Ok(found.remove(0)),
        _ => Err(ApiError::new(ErrorCode::Ambiguous, format!("add-in {name:?} exists in several pools; give ?pool="))),
    }
}

pub async fn list(
    State(state): State<Arc<AppState>>,
    _caller: Caller,
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
    Ok(Json(page_of(items, q.limit, q.cursor.as_deref(), |o| (o.name.as_str(), o.meta.id))?))
}

pub async fn get(
    State(state): State<Arc<AppState>>,
    _caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
) -> ApiResult<impl IntoResponse> {
    let addin = load(&state, &name, q.pool.as_deref()).await?;
    Ok((etag(addin.meta.revision), Json(addin)))
}

pub async fn create(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<NewAddin>,
) -> ApiResult<impl IntoResponse> {
    let pool = body.spec.pool.clone();
    one_op(&state, caller, OpAction::Create, body.name.clone(), pool.clone(), None, ObjectSpec::Addin(body.spec))
        .await?;
    Ok((StatusCode::CREATED, Json(load(&state, &body.name, pool.as_deref()).await?)))
}

pub async fn update(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<PoolQuery>,
    headers: HeaderMap,
    Json(spec): Json<AddinSpec>,
) -> ApiResult<Json<Addin>> {
    let new_name = spec.name.clone().unwrap_or_else(|| name.clone());
    one_op(&state, caller, OpAction::Update, name, q.pool.clone(), if_match(&headers)?, ObjectSpec::Addin(spec))
        .await?;
    Ok(Json(load(&state, &new_name, q.pool.as_deref()).await?))
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
