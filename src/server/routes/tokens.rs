use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;

use crate::api::{ErrorCode, Principal, Role, Token, TokenCreate, TokenCreated};
use crate::server::auth::{generate_token, hash_token, Caller};
use crate::server::body::Json;
use crate::server::error::{ApiError, ApiResult, Path};
use crate::server::AppState;
use crate::store::{now_ms, Store};

/// Mints a token into the store; the secret is returned once and only its hash is kept.
pub async fn mint(store: &dyn Store, request: &TokenCreate) -> ApiResult<TokenCreated> {
    let owner =
        match &request.owner {
            Some(raw) => Some(Principal::parse_user(raw).map_err(|e| {
                ApiError::field(ErrorCode::MalformedPrincipal, "owner", format!("the token's owner: {e}"))
            })?),
            None => None,
        };
    if request.role == Role::User && owner.is_none() {
        return Err(ApiError::field(
            ErrorCode::Required,
            "owner",
            "a user token needs an owner (--owner sip:USER@DOMAIN)",
        ));
    }
    let description = request.description.clone().unwrap_or_default();
    crate::api::validate::description("token description", &description)
        .map_err(|e| ApiError::field(e.code, "description", e.detail))?;
    let token = generate_token();
    let mut tx = store.write().await?;
    let info = tx.insert_token(&hash_token(&token), request.role, owner.as_deref(), &description, now_ms()).await?;
    tx.commit().await?;
    Ok(TokenCreated { token, info })
}

pub async fn create(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(request): Json<TokenCreate>,
) -> ApiResult<impl IntoResponse> {
    caller.require_admin()?;
    Ok((StatusCode::CREATED, Json(mint(&*state.store, &request).await?)))
}

pub async fn list(State(state): State<Arc<AppState>>, caller: Caller) -> ApiResult<Json<Vec<Token>>> {
    caller.require_admin()?;
    let mut tx = state.store.read().await?;
    Ok(Json(tx.list_tokens().await?))
}

pub async fn revoke(State(state): State<Arc<AppState>>, caller: Caller, Path(id): Path<i64>) -> ApiResult<StatusCode> {
    caller.require_admin()?;
    let mut tx = state.store.write().await?;
    if !tx.revoke_token(id, now_ms()).await? {
        return Err(ApiError::new(ErrorCode::NotFound, format!("token {id} does not exist or is already revoked")));
    }
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
