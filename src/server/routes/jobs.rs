//! `GET /v1/jobs`, `GET /v1/jobs/{id}`, `POST /v1/jobs/{id}/cancel`: exports and imports
//! with their progress, from any node of the pool.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use serde::Deserialize;

use crate::api::migration::Job;
use crate::api::ErrorCode;
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::error::{ApiError, ApiResult};
use crate::server::migration::jobs::view;
use crate::server::AppState;

#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct JobsQuery {
    #[serde(default)]
    pub limit: Option<usize>,
    /// Only jobs of this kind: `export`, `import` or `directory-sync`.
    #[serde(default)]
    pub kind: Option<String>,
}

pub async fn list(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<JobsQuery>,
) -> ApiResult<Json<Vec<Job>>> {
    caller.require_admin()?;
    let rows = state.store.read().await?.jobs(q.limit.unwrap_or(50).clamp(1, 1_000), q.kind.as_deref()).await?;
    Ok(Json(rows.into_iter().map(view).collect()))
}

async fn find(state: &AppState, id: &str) -> ApiResult<Job> {
    let missing = || ApiError::not_found("job", id);
    let id: i64 = id.parse().map_err(|_| missing())?;
    let row = state.store.read().await?.job(id).await?.ok_or_else(missing)?;
    Ok(view(row))
}

pub async fn show(State(state): State<Arc<AppState>>, caller: Caller, Path(id): Path<String>) -> ApiResult<Json<Job>> {
    caller.require_admin()?;
    Ok(Json(find(&state, &id).await?))
}

pub async fn cancel(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Job>> {
    caller.require_admin()?;
    let job = find(&state, &id).await?;
    let mut tx = state.store.write().await?;
    let asked = tx.cancel_job(job.id).await?;
    tx.commit().await?;
    if !asked {
        return Err(ApiError::new(
            ErrorCode::InvalidValue,
            format!("job {} is {}, not running: there is nothing to cancel", job.id, job.state.as_str()),
        ));
    }
    find(&state, &id).await.map(Json)
}
