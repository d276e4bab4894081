//! Request bodies: read within the caller's limit, refused before parsing when too large,
//! and parsed strictly (objects only, no unknown field), every refusal a problem document
//! naming the field.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{FromRequest, Request};
use axum::http::header;
use serde::de::DeserializeOwned;

use super::auth::Caller;
use super::error::ApiError;
use super::AppState;
use crate::api::{ErrorCode, Role};

/// A user token's bodies: a room's settings and lists, never a whole plan.
pub const USER_BODY_LIMIT: usize = 1 << 20;
/// An administrator's bodies outside changesets: a group or room with tens of thousands of
/// members fits.
pub const ADMIN_BODY_LIMIT: usize = 16 << 20;
/// An administrator's changeset: a whole plan (a pool of 150,000 users and 33,000 rooms is
/// about 61 MB of YAML).
pub const ADMIN_CHANGESET_LIMIT: usize = 256 << 20;
/// Bodies larger than this wait for one of [`LARGE_BODY_SLOTS`] before they are read, so
/// large uploads cannot together take every core and the memory from everyone else.
pub const LARGE_BODY: usize = USER_BODY_LIMIT;
pub const LARGE_BODY_SLOTS: usize = 2;
/// How long a body may take to arrive once its request is accepted.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(120);

/// Which limit a body extractor applies for a role.
#[derive(Debug, Clone, Copy)]
pub enum Limit {
    /// Single-object endpoints.
    Object,
    /// `POST /v1/changesets`.
    Changeset,
}

impl Limit {
    pub fn bytes(self, role: Option<Role>) -> usize {
        match (role, self) {
            (Some(Role::Admin), Limit::Changeset) => ADMIN_CHANGESET_LIMIT,
            (Some(Role::Admin), Limit::Object) => ADMIN_BODY_LIMIT,
            _ => USER_BODY_LIMIT,
        }
    }
}

/// A JSON body of a single-object endpoint.
#[derive(Debug, Clone, Copy, Default)]
pub struct Json<T>(pub T);

/// A changeset body: the one endpoint whose bodies may be large.
#[derive(Debug, Clone, Copy, Default)]
pub struct ChangesetJson<T>(pub T);

impl<T: DeserializeOwned + Send + 'static> FromRequest<Arc<AppState>> for Json<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &Arc<AppState>) -> Result<Self, ApiError> {
        read(request, state, Limit::Object).await.map(Json)
    }
}

impl<T: DeserializeOwned + Send + 'static> FromRequest<Arc<AppState>> for ChangesetJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &Arc<AppState>) -> Result<Self, ApiError> {
        read(request, state, Limit::Changeset).await.map(ChangesetJson)
    }
}

impl<T: serde::Serialize> axum::response::IntoResponse for Json<T> {
    fn into_response(self) -> axum::response::Response {
        axum::Json(self.0).into_response()
    }
}

fn too_large(limit: usize, role: Option<Role>) -> ApiError {
    let who = match role {
        Some(Role::Admin) => "an administrator's",
        _ => "a user token's",
    };
    ApiError::new(
        ErrorCode::PayloadTooLarge,
        format!("the request body is over {} MiB, the limit for {who} requests here", limit >> 20),
    )
}

async fn read<T: DeserializeOwned + Send + 'static>(
    request: Request,
    state: &AppState,
    limit: Limit,
) -> Result<T, ApiError> {
    // The caller extractor runs first and leaves the caller here; a request without one is
    // held to the smallest limit.
    let role = request.extensions().get::<Caller>().map(|c| c.role);
    let limit_bytes = limit.bytes(role);
    let headers = request.headers();
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if mime != "application/json" && !(mime.starts_with("application/") && mime.ends_with("+json")) {
        return Err(ApiError::new(
            ErrorCode::UnsupportedMediaType,
            format!(
                "the request body must be JSON (Content-Type: application/json), not {}",
                if content_type.is_empty() { "no Content-Type".to_string() } else { format!("{content_type:?}") }
            ),
        ));
    }
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit_bytes as u64) {
        return Err(too_large(limit_bytes, role));
    }
    // A body that may be large waits for a slot; small ones never wait.
    let may_be_large = limit_bytes > LARGE_BODY && declared.is_none_or(|n| n > LARGE_BODY as u64);
    let _slot = match may_be_large {
        true => Some(state.large_bodies.acquire().await.map_err(ApiError::internal)?),
        false => None,
    };
    let body = request.into_body();
    let bytes = match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, limit_bytes)).await {
        Err(_) => {
            return Err(ApiError::new(
                ErrorCode::RequestTimeout,
                format!("the request body did not arrive within {} s", BODY_TIMEOUT.as_secs()),
            ))
        }
        Ok(Err(e)) => {
            let mut cause: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(&e);
            let mut length_error = false;
            while let Some(c) = cause {
                length_error |= c.is::<http_body_util::LengthLimitError>();
                cause = c.source();
            }
            if length_error {
                return Err(too_large(limit_bytes, role));
            }
            return Err(ApiError::new(ErrorCode::BadRequest, format!("reading the request body failed: {e}")));
        }
        Ok(Ok(bytes)) => bytes,
    };
    if bytes.len() > LARGE_BODY {
        // Parsing tens of megabytes takes a while: off the async workers.
        tokio::task::spawn_blocking(move || parse::<T>(&bytes)).await.map_err(ApiError::internal)?
    } else {
        parse(&bytes)
    }
}

/// Parses a body strictly; the error names the field (`operations[3].spec.membres`) and,
/// for an unknown field, the closest known one.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => {}
        None => return Err(ApiError::new(ErrorCode::BadRequest, "the request body is empty; send a JSON object")),
        Some(b'[') => {
            return Err(ApiError::new(
                ErrorCode::InvalidValue,
                "the request body is a JSON array; this endpoint takes a JSON object with named fields",
            ))
        }
        Some(_) => return Err(ApiError::new(ErrorCode::BadRequest, "the request body is not a JSON object")),
    }
    // The fast path reads without tracking where it is; only a failure is read again.
    match serde_json::from_slice(bytes) {
        Ok(value) => Ok(value),
        Err(_) => Err(describe::<T>(bytes)),
    }
}

fn describe<T: DeserializeOwned>(bytes: &[u8]) -> ApiError {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let err = match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(_) => return ApiError::new(ErrorCode::BadRequest, "the request body is not valid JSON"),
        Err(e) => e,
    };
    let path = err.path().to_string();
    let inner = err.into_inner();
    let (line, column) = (inner.line(), inner.column());
    let message = inner.to_string();
    let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(m, _)| m).to_string();
    if !inner.is_data() {
        return ApiError::new(
            ErrorCode::BadRequest,
            format!("the request body is not valid JSON: {message} (line {line}, column {column})"),
        );
    }
    let path = (path != ".").then_some(path);
    if let Some((unknown, expected)) = unknown_field(&message) {
        // The path ends at the unknown field itself, or (for fields read through a map
        // first) at the object that holds it.
        let field = match &path {
            Some(p) if p == &unknown || p.ends_with(&format!(".{unknown}")) => p.clone(),
            Some(p) => format!("{p}.{unknown}"),
            None => unknown.clone(),
        };
        let hint = suggestion(&unknown, &expected);
        let takes = if expected.is_empty() { String::new() } else { format!(" (it takes {})", expected.join(", ")) };
        return ApiError::field(
            ErrorCode::UnknownField,
            &field,
            format!("the request body has an unknown field {field:?}{hint}{takes}"),
        );
    }
    let detail = match &path {
        Some(p) => format!("invalid request body at {p}: {message}"),
        None => format!("invalid request body: {message}"),
    };
    let mut error = ApiError::new(ErrorCode::InvalidValue, detail);
    error.0.field = path;
    error
}

/// The field and the expected ones of serde's "unknown field `x`, expected `a` or `b`"
/// (anywhere in the message: axum puts the query's key before it).
pub fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    const MARK: &str = "unknown field `";
    let rest = &message[message.find(MARK)? + MARK.len()..];
    let (unknown, rest) = rest.split_once('`')?;
    let expected = rest.split('`').skip(1).step_by(2).map(str::to_string).collect();
    Some((unknown.to_string(), expected))
}

/// `; did you mean "dry_run"?` when a known field is close to the unknown one, else nothing.
pub fn suggestion(unknown: &str, known: &[String]) -> String {
    did_you_mean(unknown, known).map(|m| format!("; did you mean {m:?}?")).unwrap_or_default()
}

/// The known field closest to a misspelt one, when one is close (`dryRun` → `dry_run`).
pub fn did_you_mean<'a>(unknown: &str, known: &'a [String]) -> Option<&'a str> {
    let fold = |s: &str| s.chars().filter(|c| *c != '_' && *c != '-').flat_map(char::to_lowercase).collect::<String>();
    let target = fold(unknown);
    known
        .iter()
        .map(|k| (k.as_str(), strsim::jaro_winkler(&target, &fold(k))))
        .filter(|(_, score)| *score >= 0.8)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{ChangesetRequest, NewObject, RoomSpec, TokenCreate};

    fn refused<T: DeserializeOwned + std::fmt::Debug>(json: &str) -> crate::api::Problem {
        *parse::<T>(json.as_bytes()).expect_err(json).0
    }

    #[test]
    fn a_misspelt_field_is_named_with_a_suggestion() {
        let p = refused::<ChangesetRequest>(r#"{"dryRun": true, "operations": []}"#);
        assert_eq!((p.status, p.code, p.field.as_deref()), (422, ErrorCode::UnknownField, Some("dryRun")));
        assert!(p.detail.contains(r#"did you mean "dry_run"?"#), "{}", p.detail);
        let p = refused::<ChangesetRequest>(
            r#"{"operations": [{"op": "create", "name": "x", "kind": "room", "spec": {"category": "c", "membres": []}}]}"#,
        );
        assert_eq!(p.field.as_deref(), Some("operations[0].spec.membres"), "{}", p.detail);
        assert!(p.detail.contains(r#"did you mean "members"?"#), "{}", p.detail);
        let p =
            refused::<ChangesetRequest>(r#"{"operations": [{"op": "create", "name": "x", "kind": "room", "id": 1}]}"#);
        assert_eq!(p.field.as_deref(), Some("operations[0].id"), "{}", p.detail);
        let p = refused::<NewObject<RoomSpec>>(r#"{"name": "x", "revision": 3}"#);
        assert_eq!((p.code, p.field.as_deref()), (ErrorCode::UnknownField, Some("revision")), "{}", p.detail);
        let p = refused::<TokenCreate>(r#"{"role": "user", "ownr": "sip:a@b"}"#);
        assert!(p.detail.contains(r#"did you mean "owner"?"#), "{}", p.detail);
    }

    #[test]
    fn shapes_and_syntax() {
        let p = refused::<NewObject<RoomSpec>>(r#"["name", "category", "description"]"#);
        assert_eq!((p.status, p.code), (422, ErrorCode::InvalidValue), "{}", p.detail);
        let p = refused::<ChangesetRequest>(r#"{"operations": [{"op": "create""#);
        assert_eq!((p.status, p.code), (400, ErrorCode::BadRequest), "{}", p.detail);
        assert!(p.detail.contains("line 1"), "{}", p.detail);
        let p = refused::<ChangesetRequest>("");
        assert_eq!(p.status, 400);
        let p = refused::<ChangesetRequest>(r#"{"dry_run": "yes", "operations": []}"#);
        assert_eq!((p.status, p.field.as_deref()), (422, Some("dry_run")), "{}", p.detail);
        // serde_json stops deep nesting at its recursion limit instead of overflowing the stack.
        let deep = format!(
            r#"{{"operations": [{{"spec": {}{}, "op": "create", "name": "x", "kind": "room"}}]}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let p = refused::<ChangesetRequest>(&deep);
        assert!(p.detail.contains("recursion limit"), "{}", p.detail);
    }

    #[test]
    fn suggestions_only_when_close() {
        let known: Vec<String> = ["dry_run", "operations"].map(String::from).to_vec();
        assert_eq!(did_you_mean("dryrun", &known), Some("dry_run"));
        assert_eq!(did_you_mean("operation", &known), Some("operations"));
        assert_eq!(did_you_mean("zzz", &known), None);
    }

    #[test]
    fn fuzz_request_bodies() {
        let corpus: &[&[u8]] = &[
            br#"{"dry_run": true, "operations": [{"op": "create", "name": "r", "kind": "room", "spec": {"category": "c", "members": ["sip:a@b"], "add": [{"role": "member", "principal": "group:g"}]}}]}"#,
            br#"{"operations": [{"spec": {"users": ["sip:a@b"]}, "kind": "policy_grant", "name": "tag:x", "op": "upsert", "revision": 2}]}"#,
            br#"{"operations": [{"op": "update", "name": "global", "kind": "chat_config", "spec": {"default_chat_history": 30}}]}"#,
            br#"{"name": "r", "pool": "p", "category": "c", "labels": {"a": "b"}}"#,
        ];
        let tokens: &[&[u8]] = &[b"{", b"}", b"[", b"]", b"\"", b",", b":", b"null", b"\\u0000", b"1e999", b"-0"];
        crate::testing::fuzz::run("request bodies", corpus, tokens, |input| {
            let _ = parse::<ChangesetRequest>(input);
            let _ = parse::<NewObject<RoomSpec>>(input);
            let _ = parse::<TokenCreate>(input);
        });
    }
}
