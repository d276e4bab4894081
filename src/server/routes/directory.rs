use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;

use super::{decode_cursor, encode_cursor, etag, if_match, one_op, page_of, page_size, paged, write_one};
use crate::api::{
    Deleted, Group, GroupSpec, ListQuery, NewObject, ObjectSpec, OpAction, Page, Principal, User, UserSpec, Written,
};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::error::{ApiError, ApiResult, Path, Query};
use crate::server::AppState;

fn normal_sip(raw: &str) -> ApiResult<String> {
    Principal::user_sip(raw)
        .map_err(|refusal| ApiError::field(crate::api::ErrorCode::MalformedPrincipal, "sip", refusal))
}

pub async fn load_user(state: &AppState, sip: &str) -> ApiResult<User> {
    let mut tx = state.store.read().await?;
    tx.users_by_sip(&[sip.to_string()]).await?.pop().ok_or_else(|| ApiError::not_found("user", sip))
}

async fn load_group(state: &AppState, name: &str) -> ApiResult<Group> {
    let mut tx = state.store.read().await?;
    tx.all_groups().await?.into_iter().find(|g| g.name == name).ok_or_else(|| ApiError::not_found("group", name))
}

pub async fn list_users(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    uri: axum::http::Uri,
    Query(q): Query<ListQuery>,
) -> ApiResult<impl IntoResponse> {
    caller.require_admin()?;
    let limit = page_size(q.limit);
    let after = q.cursor.as_deref().map(decode_cursor).transpose()?;
    let mut tx = state.store.read().await?;
    // One row past the page says whether another page follows.
    let mut items: Vec<_> = tx.list_users(q.name.as_deref(), after.as_ref(), limit + 1).await?;
    let next_cursor = (items.len() > limit).then(|| {
        items.truncate(limit);
        items.last().map(|u| encode_cursor(&u.sip, u.meta.id))
    });
    Ok(paged(&uri, Page { items, next_cursor: next_cursor.flatten() }))
}

pub async fn get_user(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(sip): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let sip = normal_sip(&sip)?;
    if !caller.is_admin() && caller.owner.as_deref() != Some(sip.as_str()) {
        caller.require_admin()?;
    }
    let user = load_user(&state, &sip).await?;
    Ok((etag(user.meta.revision), Json(user)))
}

pub async fn create_user(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<NewObject<UserSpec>>,
) -> ApiResult<impl IntoResponse> {
    let sip = normal_sip(&body.name)?;
    let (user, _): (User, _) =
        write_one(&state, caller, OpAction::Create, sip, None, None, ObjectSpec::User(body.spec)).await?;
    Ok((StatusCode::CREATED, Json(user)))
}

pub async fn update_user(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(sip): Path<String>,
    headers: HeaderMap,
    Json(spec): Json<UserSpec>,
) -> ApiResult<Json<Written<User>>> {
    let sip = normal_sip(&sip)?;
    let revision = if_match(&headers)?;
    let (object, dropped) =
        write_one(&state, caller, OpAction::Update, sip, None, revision, ObjectSpec::User(spec)).await?;
    Ok(Json(Written { object, dropped }))
}

pub async fn delete_user(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(sip): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Json<Deleted>> {
    let sip = normal_sip(&sip)?;
    let result = one_op(
        &state,
        caller,
        OpAction::Delete,
        sip.clone(),
        None,
        if_match(&headers)?,
        ObjectSpec::User(UserSpec::default()),
    )
    .await?;
    Ok(Json(Deleted { deleted: sip, dropped: result.dropped }))
}

pub async fn list_groups(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<ListQuery>,
) -> ApiResult<Json<Page<Group>>> {
    caller.require_admin()?;
    let mut tx = state.store.read().await?;
    let items: Vec<_> = tx
        .all_groups()
        .await?
        .into_iter()
        .filter(|g| q.name.as_deref().is_none_or(|glob| crate::api::validate::glob_matches(glob, &g.name)))
        .collect();
    Ok(Json(page_of(items, q.limit, q.cursor.as_deref(), |o| (o.name.as_str(), o.meta.id))?))
}

pub async fn get_group(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
) -> ApiResult<impl IntoResponse> {
    caller.require_admin()?;
    let group = load_group(&state, &name).await?;
    Ok((etag(group.meta.revision), Json(group)))
}

pub async fn create_group(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<NewObject<GroupSpec>>,
) -> ApiResult<impl IntoResponse> {
    let (group, _): (Group, _) =
        write_one(&state, caller, OpAction::Create, body.name, None, None, ObjectSpec::Group(body.spec)).await?;
    Ok((StatusCode::CREATED, Json(group)))
}

pub async fn update_group(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    headers: HeaderMap,
    Json(spec): Json<GroupSpec>,
) -> ApiResult<Json<Written<Group>>> {
    let revision = if_match(&headers)?;
    let (object, dropped) =
        write_one(&state, caller, OpAction::Update, name, None, revision, ObjectSpec::Group(spec)).await?;
    Ok(Json(Written { object, dropped }))
}

pub async fn delete_group(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Json<Deleted>> {
    let result = one_op(
        &state,
        caller,
        OpAction::Delete,
        name.clone(),
        None,
        if_match(&headers)?,
        ObjectSpec::Group(GroupSpec::default()),
    )
    .await?;
    Ok(Json(Deleted { deleted: name, dropped: result.dropped }))
}
