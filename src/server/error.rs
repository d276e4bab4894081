//! Errors as `application/problem+json`, with a sanitised public message; the full
//! chain of an internal error goes to the log only.

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::api::{ErrorCode, FieldError, Problem, PROBLEM_CONTENT_TYPE};
use crate::store::StoreError;

#[derive(Debug)]
pub struct ApiError(pub Box<Problem>);

pub type ApiResult<T> = Result<T, ApiError>;

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.0.status, self.0.code.as_str(), self.0.detail)
    }
}

impl std::error::Error for ApiError {}

impl ApiError {
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> ApiError {
        ApiError(Box::new(Problem::new(code, detail)))
    }
    pub fn field(code: ErrorCode, field: &str, detail: impl Into<String>) -> ApiError {
        ApiError(Box::new(Problem::new(code, detail).with_field(field)))
    }
    pub fn not_found(what: &str, name: &str) -> ApiError {
        ApiError::new(ErrorCode::NotFound, format!("{what} {name:?} does not exist"))
    }
    pub fn forbidden(detail: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::Forbidden, detail)
    }
    pub fn from_errors(errors: Vec<FieldError>) -> ApiError {
        ApiError(Box::new(Problem::from_errors(errors)))
    }
    pub fn internal(err: impl std::fmt::Display) -> ApiError {
        tracing::error!(error = %err, "internal error");
        ApiError::new(ErrorCode::Internal, "the server failed to complete the request; its log has the details")
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotFound => ApiError::new(ErrorCode::NotFound, "not found"),
            StoreError::Conflict => ApiError::new(
                ErrorCode::StaleRevision,
                "the object changed while it was being written; read it again and retry",
            ),
            StoreError::Unavailable(detail) => {
                tracing::error!(%detail, "store unavailable");
                ApiError::new(ErrorCode::Unavailable, "the store is unavailable; try again shortly")
            }
            StoreError::Other(e) => ApiError::internal(crate::chain_text(&e)),
        }
    }
}

/// A Rust type name as a person reads it.
fn expected(type_name: &str) -> &str {
    match type_name {
        "i64" | "u64" | "i32" | "u32" | "usize" => "a whole number",
        other => other,
    }
}

impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> Self {
        let detail = match &rejection {
            PathRejection::FailedToDeserializePathParams(e) => match e.kind() {
                axum::extract::path::ErrorKind::InvalidUtf8InPathParam { key } => {
                    format!("the {key} in the path is not valid UTF-8 once percent-decoded")
                }
                axum::extract::path::ErrorKind::ParseErrorAtKey { key, value, expected_type } => {
                    format!("the {key} in the path must be {}, not {value:?}", expected(expected_type))
                }
                axum::extract::path::ErrorKind::ParseError { value, expected_type }
                | axum::extract::path::ErrorKind::ParseErrorAtIndex { value, expected_type, .. } => {
                    format!("the path segment {value:?} must be {}", expected(expected_type))
                }
                _ => format!("invalid path: {}", e.body_text()),
            },
            other => format!("invalid path: {}", other.body_text()),
        };
        ApiError::field(ErrorCode::BadRequest, "path", detail)
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        let text = rejection.body_text();
        let text = text.strip_prefix("Failed to deserialize query string: ").unwrap_or(&text);
        match super::body::unknown_field(text) {
            Some((field, known)) => {
                let hint = super::body::suggestion(&field, &known);
                ApiError::field(
                    ErrorCode::UnknownField,
                    &field,
                    format!("the query has an unknown parameter {field:?}{hint} (it takes {})", known.join(", ")),
                )
            }
            None => ApiError::new(ErrorCode::BadRequest, format!("invalid query: {text}")),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&*self.0).unwrap_or_default();
        (status, [(header::CONTENT_TYPE, PROBLEM_CONTENT_TYPE)], body).into_response()
    }
}

/// `Path` whose rejections are problem documents.
#[derive(Debug, Clone, Copy, Default, axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct Path<T>(pub T);

/// `Query` whose rejections are problem documents.
#[derive(Debug, Clone, Copy, Default, axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct Query<T>(pub T);
