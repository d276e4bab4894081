//! `GET /v1/checklist`: the deployment checklist's checks this node can answer
//! (docs/checklist.md).

use std::sync::Arc;

use axum::extract::{Query, State};
use serde::Deserialize;

use crate::api::checklist::Report;
use crate::api::ErrorCode;
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::checklist::{self, Context};
use crate::server::error::{ApiError, ApiResult};
use crate::server::AppState;

/// Administrator tokens unused for longer than this warn, unless the query says.
const UNUSED_AFTER: &str = "90days";

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChecklistQuery {
    /// Phases, comma-separated (all when absent).
    #[serde(default)]
    pub phase: Option<String>,
    /// Check ids, comma-separated (all of the phases when absent).
    #[serde(default)]
    pub check: Option<String>,
    /// A duration (`90days`): administrator tokens unused for longer warn.
    #[serde(default)]
    pub unused_after: Option<String>,
    /// Megabytes: less free disk than this under the store or the file store fails.
    #[serde(default)]
    pub min_free_mb: Option<u64>,
}

/// Free disk below which a node soon cannot write, unless the query says.
const MIN_FREE_MB: u64 = 1024;

fn list(text: &Option<String>) -> Vec<String> {
    text.iter().flat_map(|t| t.split(',')).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

pub async fn run(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<ChecklistQuery>,
) -> ApiResult<Json<Report>> {
    caller.require_admin()?;
    let text = q.unused_after.as_deref().unwrap_or(UNUSED_AFTER);
    let unused_after = humantime::parse_duration(text).map_err(|e| {
        ApiError::field(
            ErrorCode::InvalidValue,
            "unused_after",
            format!("{text:?} is not a duration (like 90days): {e}"),
        )
    })?;
    let context = Context {
        state,
        unused_after_ms: i64::try_from(unused_after.as_millis()).unwrap_or(i64::MAX),
        min_free_bytes: q.min_free_mb.unwrap_or(MIN_FREE_MB).saturating_mul(1 << 20),
        snapshot: Default::default(),
    };
    Ok(Json(checklist::run(context, &list(&q.phase), &list(&q.check)).await?))
}
