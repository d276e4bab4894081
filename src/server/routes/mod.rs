//! The router: one module per resource, plus health and the API description.

mod categories;
mod changesets;
mod config;
mod directory;
mod health;
mod policies;
mod rooms;
mod tokens;

pub use tokens::mint as mint_token;
mod addins;

use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::Router;

use super::auth::Caller;
use super::changeset;
use super::error::{ApiError, ApiResult};
use super::AppState;
use crate::api::{ChangesetRequest, ErrorCode, ObjectSpec, OpAction, OpResult, Operation};

/// Changesets carry whole plans (tens of thousands of objects); other bodies stay small.
const CHANGESET_BODY_LIMIT: usize = 256 * 1024 * 1024;

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/v1/version", get(health::version))
        .route("/v1/me", get(health::me))
        .route("/v1/openapi.json", get(health::openapi))
        .route("/v1/changesets", post(changesets::apply).layer(DefaultBodyLimit::max(CHANGESET_BODY_LIMIT)))
        .route("/v1/directory/users", get(directory::list_users).post(directory::create_user))
        .route(
            "/v1/directory/users/{sip}",
            get(directory::get_user).patch(directory::update_user).delete(directory::delete_user),
        )
        .route("/v1/directory/users/{sip}/effective-policy", get(policies::effective))
        .route("/v1/directory/groups", get(directory::list_groups).post(directory::create_group))
        .route(
            "/v1/directory/groups/{name}",
            get(directory::get_group).patch(directory::update_group).delete(directory::delete_group),
        )
        .route("/v1/categories", get(categories::list).post(categories::create))
        .route("/v1/categories/{name}", get(categories::get).patch(categories::update).delete(categories::delete))
        .route("/v1/rooms", get(rooms::list).post(rooms::create))
        .route("/v1/rooms/{name}", get(rooms::get).patch(rooms::update).delete(rooms::delete))
        .route("/v1/rooms/{name}/members", get(rooms::members).post(rooms::change_members))
        .route("/v1/rooms/{name}/enable", post(rooms::enable))
        .route("/v1/rooms/{name}/disable", post(rooms::disable))
        .route("/v1/addins", get(addins::list).post(addins::create))
        .route("/v1/addins/{name}", get(addins::get).patch(addins::update).delete(addins::delete))
        .route("/v1/policies", get(policies::list).post(policies::create))
        .route("/v1/policies/{identity}", get(policies::get).patch(policies::update).delete(policies::delete))
        .route("/v1/policies/grants", post(policies::grant))
        .route("/v1/config", get(config::list))
        .route("/v1/config/{scope}", get(config::effective).patch(config::set).delete(config::reset))
        .route("/v1/tokens", get(tokens::list).post(tokens::create))
        .route("/v1/tokens/{id}", axum::routing::delete(tokens::revoke))
        .fallback(|| async { ApiError::new(ErrorCode::NotFound, "no such endpoint; see GET /v1/openapi.json") })
        .layer(axum::middleware::from_fn(log_request))
        .with_state(state)
}

/// One log line per request: method, path (never the query or headers, which may hold
/// secrets), status and time taken.
async fn log_request(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    if status >= 500 {
        tracing::warn!(%method, %path, status, ms, "request");
    } else {
        tracing::info!(%method, %path, status, ms, "request");
    }
    response
}

/// The revision an `If-Match` header asks for (`"7"`, `7` or `W/"7"`).
pub fn if_match(headers: &HeaderMap) -> ApiResult<Option<i64>> {
    let Some(value) = headers.get(axum::http::header::IF_MATCH) else { return Ok(None) };
    let text = value.to_str().unwrap_or_default().trim();
    if text == "*" {
        return Ok(None);
    }
    let digits = text.trim_start_matches("W/").trim_matches('"');
    digits.parse::<i64>().map(Some).map_err(|_| {
        ApiError::field(
            ErrorCode::BadRequest,
            "If-Match",
            format!("If-Match must hold a revision number, not {text:?}"),
        )
    })
}

/// An `ETag` header for an object's revision.
pub fn etag(revision: i64) -> [(axum::http::HeaderName, String); 1] {
    [(axum::http::header::ETAG, format!("\"{revision}\""))]
}

/// Runs one operation through the changeset engine.
pub async fn one_op(
    state: &AppState,
    caller: Caller,
    op: OpAction,
    name: String,
    pool: Option<String>,
    revision: Option<i64>,
    object: ObjectSpec,
) -> ApiResult<OpResult> {
    let request = ChangesetRequest { dry_run: false, operations: vec![Operation { op, name, pool, revision, object }] };
    let mut result = changeset::execute(&*state.store, caller, request).await?;
    Ok(result.results.remove(0))
}

/// Opaque list cursors: the last (name, id) of a page, hex-encoded.
pub fn encode_cursor(name: &str, id: i64) -> String {
    format!("{name}\u{0}{id}").bytes().map(|b| format!("{b:02x}")).collect()
}

pub fn decode_cursor(cursor: &str) -> ApiResult<crate::store::After> {
    let bad = || ApiError::field(ErrorCode::BadRequest, "cursor", "the cursor is not one this server issued");
    if cursor.len() % 2 != 0 {
        return Err(bad());
    }
    let bytes: Result<Vec<u8>, _> =
        (0..cursor.len()).step_by(2).map(|i| u8::from_str_radix(&cursor[i..i + 2], 16)).collect();
    let text = String::from_utf8(bytes.map_err(|_| bad())?).map_err(|_| bad())?;
    let (name, id) = text.split_once('\u{0}').ok_or_else(bad)?;
    Ok(crate::store::After { name: name.to_string(), id: id.parse().map_err(|_| bad())? })
}

pub fn page_size(limit: Option<usize>) -> usize {
    limit.unwrap_or(crate::api::DEFAULT_PAGE_SIZE).clamp(1, crate::api::MAX_PAGE_SIZE)
}

/// Pages a list that is read whole (categories, groups, add-ins, policies: small by nature)
/// exactly as the store pages rooms and users: ordered by (name, id), after the cursor.
pub fn page_of<T>(
    mut items: Vec<T>,
    limit: Option<usize>,
    cursor: Option<&str>,
    key: impl Fn(&T) -> (&str, i64),
) -> ApiResult<crate::api::Page<T>> {
    let limit = page_size(limit);
    items.sort_by(|a, b| key(a).cmp(&key(b)));
    if let Some(after) = cursor.map(decode_cursor).transpose()? {
        items.retain(|item| key(item) > (after.name.as_str(), after.id));
    }
    let next_cursor = (items.len() > limit).then(|| {
        let (name, id) = key(&items[limit - 1]);
        encode_cursor(name, id)
    });
    items.truncate(limit);
    Ok(crate::api::Page { items, next_cursor })
}
