use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};

use crate::api::{ChangesetEvent, ChangesetPhase, ChangesetRequest, PROGRESS_CONTENT_TYPE};
use crate::server::auth::Caller;
use crate::server::body::{ChangesetJson, Json};
use crate::server::changeset::{self, Progress};
use crate::server::error::ApiResult;
use crate::server::AppState;

/// How often a followed changeset reports its progress.
const PROGRESS_EVERY: Duration = Duration::from_millis(250);

/// Applies (or, with `dry_run`, only validates) a list of operations in one transaction.
/// With `Accept: application/x-ndjson` the answer follows the run line by line
/// (`ChangesetEvent`): progress, then the outcome.
pub async fn apply(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    headers: HeaderMap,
    ChangesetJson(request): ChangesetJson<ChangesetRequest>,
) -> ApiResult<Response> {
    let follows = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.split(',').any(|m| m.trim().starts_with(PROGRESS_CONTENT_TYPE)));
    if !follows {
        let result = changeset::execute(&*state.store, caller, request).await?;
        if !result.dry_run {
            state.chat.hub.rooms_changed(&result.results).await;
        }
        return Ok(Json(result).into_response());
    }
    let total = request.operations.len() as u64;
    let progress = Arc::new(Progress::default());
    let run = {
        let (state, progress) = (state.clone(), progress.clone());
        AbortOnDrop(tokio::spawn(async move {
            let result = changeset::execute_with_progress(&*state.store, caller, request, progress).await?;
            if !result.dry_run {
                state.chat.hub.rooms_changed(&result.results).await;
            }
            Ok(result)
        }))
    };
    // The first line comes at once (the client learns the total), then one every
    // PROGRESS_EVERY until the outcome.
    let lines = futures_util::stream::unfold(Some((run, true)), move |state| {
        let progress = progress.clone();
        async move {
            let (mut run, first) = state?;
            let report = |progress: &Progress| ChangesetEvent::Progress {
                phase: if progress.writing.load(Ordering::Relaxed) {
                    ChangesetPhase::Writing
                } else {
                    ChangesetPhase::Checking
                },
                done: progress.checked.load(Ordering::Relaxed),
                total,
            };
            if first {
                return Some((line(&report(&progress)), Some((run, false))));
            }
            let event = tokio::select! {
                outcome = &mut run.0 => {
                    let event = match outcome {
                        Ok(Ok(result)) => ChangesetEvent::Result(result),
                        Ok(Err(error)) => ChangesetEvent::Problem(error.0),
                        Err(e) => ChangesetEvent::Problem(crate::server::error::ApiError::internal(e).0),
                    };
                    return Some((line(&event), None));
                }
                _ = tokio::time::sleep(PROGRESS_EVERY) => report(&progress),
            };
            Some((line(&event), Some((run, false))))
        }
    });
    Ok(([(header::CONTENT_TYPE, PROGRESS_CONTENT_TYPE)], axum::body::Body::from_stream(lines)).into_response())
}

fn line(event: &ChangesetEvent) -> Result<axum::body::Bytes, std::convert::Infallible> {
    let mut bytes = serde_json::to_vec(event).unwrap_or_default();
    bytes.push(b'\n');
    Ok(bytes.into())
}

/// The run of a followed changeset stops with its answer: a client that goes away takes its
/// uncommitted transaction with it, as it would without following.
struct AbortOnDrop(tokio::task::JoinHandle<ApiResult<crate::api::ChangesetResult>>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}
