//! `POST /v1/migration/export` (an archive streamed from one snapshot) and
//! `POST /v1/migration/import` (an archive uploaded, checked, then imported by a job).

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::api::migration::{ExportRequest, ImportQuery, ImportReport, JOB_HEADER};
use crate::archive::stream;
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::error::ApiResult;
use crate::server::migration;
use crate::server::AppState;

pub async fn export(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(request): Json<ExportRequest>,
) -> ApiResult<Response> {
    let (job, chunks) = migration::export::start(state, caller, request).await?;
    let body = axum::body::Body::from_stream(futures_util::stream::unfold(chunks, |mut chunks| async move {
        chunks.recv().await.map(|chunk| (chunk, chunks))
    }));
    Ok((
        [
            (header::CONTENT_TYPE, stream::CONTENT_TYPE.to_string()),
            (header::HeaderName::from_static(JOB_HEADER), job.to_string()),
        ],
        body,
    )
        .into_response())
}

pub async fn import(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(query): Query<ImportQuery>,
    body: axum::body::Body,
) -> ApiResult<(axum::http::StatusCode, Json<ImportReport>)> {
    let report = migration::import::start(state, caller, query, body).await?;
    let status = if report.dry_run { axum::http::StatusCode::OK } else { axum::http::StatusCode::ACCEPTED };
    Ok((status, Json(report)))
}
