use std::sync::Arc;

use axum::extract::State;

use crate::api::{ChangesetRequest, ChangesetResult};
use crate::server::auth::Caller;
use crate::server::body::{ChangesetJson, Json};
use crate::server::changeset;
use crate::server::error::ApiResult;
use crate::server::AppState;

/// Applies (or, with `dry_run`, only validates) a list of operations in one transaction.
pub async fn apply(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    ChangesetJson(request): ChangesetJson<ChangesetRequest>,
) -> ApiResult<Json<ChangesetResult>> {
    Ok(Json(changeset::execute(&*state.store, caller, request).await?))
}
