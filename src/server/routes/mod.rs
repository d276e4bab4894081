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

use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::Router;

use super::auth::Caller;
use super::changeset;
use super::error::{ApiError, ApiResult};
use super::AppState;
use crate::api::{ErrorCode, ObjectSpec, OpAction, OpResult, Operation};

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/v1/version", get(health::version))
        .route("/v1/me", get(health::me))
        .route("/v1/openapi.json", get(health::openapi))
        .route("/v1/changesets", post(changesets::apply))
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
        .layer(axum::middleware::from_fn(problem_documents))
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

/// Every error is a problem document: what axum itself answers (405 with an empty body,
/// a rejection in plain text) is rewritten with the code its status stands for.
async fn problem_documents(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    use axum::http::header::{ALLOW, CONTENT_TYPE};
    use axum::response::IntoResponse;
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let response = next.run(request).await;
    let status = response.status();
    // Our own handlers answer JSON (problem documents, or /readyz's health); only the empty
    // and plain-text bodies of axum's own refusals are rewritten.
    let is_json = response.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| {
        let mime = v.split(';').next().unwrap_or("").trim();
        mime == "application/json" || mime.ends_with("+json")
    });
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let allow = response.headers().get(ALLOW).cloned();
    let error = match status.as_u16() {
        405 => {
            let allowed = allow.as_ref().and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
            ApiError::new(ErrorCode::MethodNotAllowed, format!("{method} is not allowed on {path}; it takes {allowed}"))
        }
        413 => ApiError::new(ErrorCode::PayloadTooLarge, "the request body is too large"),
        415 => ApiError::new(ErrorCode::UnsupportedMediaType, "the request body must be application/json"),
        401 => ApiError::new(ErrorCode::Unauthorized, "this call needs a valid bearer token"),
        403 => ApiError::forbidden("the call is not allowed"),
        404 => ApiError::new(ErrorCode::NotFound, "no such endpoint; see GET /v1/openapi.json"),
        400..=499 => ApiError::new(ErrorCode::BadRequest, format!("the request was refused ({status})")),
        503 => ApiError::new(ErrorCode::Unavailable, "the server cannot serve this now; try again shortly"),
        _ => ApiError::internal(format!("{method} {path} answered {status} without a problem document")),
    };
    let mut rewritten = error.into_response();
    if let Some(allow) = allow {
        rewritten.headers_mut().insert(ALLOW, allow);
    }
    rewritten
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
    Ok(one_op_written(state, caller, op, name, pool, revision, object).await?.0)
}

/// Runs one operation and returns the object as it was committed.
pub async fn one_op_written(
    state: &AppState,
    caller: Caller,
    op: OpAction,
    name: String,
    pool: Option<String>,
    revision: Option<i64>,
    object: ObjectSpec,
) -> ApiResult<(OpResult, Option<changeset::Object>)> {
    changeset::execute_one(&*state.store, caller, Operation { op, name, pool, revision, object }).await
}

/// Opaque list cursors: the last (name, id) of a page, hex-encoded.
pub fn encode_cursor(name: &str, id: i64) -> String {
    format!("{name}\u{0}{id}").bytes().map(|b| format!("{b:02x}")).collect()
}

pub fn decode_cursor(cursor: &str) -> ApiResult<crate::store::After> {
    let bad = || ApiError::field(ErrorCode::BadRequest, "cursor", "the cursor is not one this server issued");
    // A cursor is hex: anything else (odd lengths, non-ASCII that would split a character)
    // is refused before it is sliced.
    if cursor.len() % 2 != 0 || !cursor.bytes().all(|b| b.is_ascii_hexdigit()) || cursor.len() > 4096 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_refuse_what_the_server_did_not_issue() {
        let after = decode_cursor(&encode_cursor("room é", 42)).unwrap();
        assert_eq!((after.name.as_str(), after.id), ("room é", 42));
        for bad in ["", "0", "zz", "aé0", "00", "6100", "61003x", &"61".repeat(3000)] {
            assert!(decode_cursor(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn fuzz_cursors() {
        let issued = [encode_cursor("backend", 7), encode_cursor("ünïcødé room", i64::MAX), encode_cursor("", -1)];
        let corpus: Vec<&[u8]> = issued.iter().map(|c| c.as_bytes()).collect();
        let tokens: &[&[u8]] = &[b"00", "é".as_bytes(), b"ff", b"2d", b"3"];
        crate::testing::fuzz::run("list cursors", &corpus, tokens, |input| {
            if let Ok(text) = std::str::from_utf8(input) {
                let _ = decode_cursor(text);
            }
        });
    }
}
