//! Errors as `application/problem+json`, with a sanitised public message; the full
//! chain of an internal error goes to the log only.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::api::{ErrorCode, FieldError, Problem, PROBLEM_CONTENT_TYPE};
use crate::store::StoreError;

#[derive(Debug)]
pub struct ApiError(pub Box<Problem>);

pub type ApiResult<T> = Result<T, ApiError>;

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
            StoreError::Other(e) => ApiError::internal(format!("{e:#}")),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        let detail = match &rejection {
            JsonRejection::JsonDataError(e) => {
                // serde's message names the field and the allowed values.
                let inner = std::error::Error::source(e).map(|s| s.to_string()).unwrap_or_else(|| e.body_text());
                format!("invalid request body: {inner}")
            }
            other => format!("invalid request body: {}", other.body_text()),
        };
        ApiError::new(ErrorCode::BadRequest, detail)
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        ApiError::new(ErrorCode::BadRequest, format!("invalid query: {}", rejection.body_text()))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&*self.0).unwrap_or_default();
        (status, [(header::CONTENT_TYPE, PROBLEM_CONTENT_TYPE)], body).into_response()
    }
}

/// `Json` whose rejections are problem documents.
#[derive(Debug, Clone, Copy, Default, axum::extract::FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct Json<T>(pub T);

impl<T: serde::Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

/// `Query` whose rejections are problem documents.
#[derive(Debug, Clone, Copy, Default, axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct Query<T>(pub T);
