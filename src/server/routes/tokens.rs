use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;

use crate::api::{Role, Token, TokenCreate, TokenCreated};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::changeset;
use crate::server::error::{ApiResult, Path};
use crate::server::AppState;
use crate::store::Store;

/// Mints a token as the local administrator, for the commands that open the store
/// themselves (`pchat server token create`, `pchat server --dev`): the same engine
/// operation as `POST /v1/tokens`. The secret is returned once and only its hash is kept.
pub async fn mint(store: &dyn Store, request: &TokenCreate) -> ApiResult<TokenCreated> {
    let local_admin = Caller { role: Role::Admin, owner: None, token_id: None };
    changeset::mint_token(store, local_admin, request.clone()).await
}

pub async fn create(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(request): Json<TokenCreate>,
) -> ApiResult<impl IntoResponse> {
    caller.require_admin()?;
    Ok((StatusCode::CREATED, Json(changeset::mint_token(&*state.store, caller, request).await?)))
}

pub async fn list(State(state): State<Arc<AppState>>, caller: Caller) -> ApiResult<Json<Vec<Token>>> {
    caller.require_admin()?;
    let mut tx = state.store.read().await?;
    Ok(Json(tx.list_tokens().await?))
}

pub async fn revoke(State(state): State<Arc<AppState>>, caller: Caller, Path(id): Path<i64>) -> ApiResult<StatusCode> {
    caller.require_admin()?;
    changeset::revoke_token(&*state.store, caller, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
