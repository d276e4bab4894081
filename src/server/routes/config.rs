use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};

use super::{if_match, one_op};
use crate::api::validate::{self, DEFAULT_CHAT_HISTORY, MAX_FILE_SIZE_KB, PARTICIPANT_UPDATE_LIMIT};
use crate::api::{
    ChatConfigScope, ChatConfigSettings, ConfigQuery, EffectiveChatConfig, EffectiveSetting, ErrorCode, ObjectSpec,
    OpAction, Page,
};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::error::{ApiError, ApiResult, Path, Query};
use crate::server::AppState;

pub async fn list(State(state): State<Arc<AppState>>, caller: Caller) -> ApiResult<Json<Page<ChatConfigScope>>> {
    caller.require_admin()?;
    let mut tx = state.store.read().await?;
    Ok(Json(Page { items: tx.all_config_scopes().await?, next_cursor: None }))
}

/// The effective settings at a scope: the pool's, then its site's, then global, then the
/// defaults (a site scope: the site's, then global).
pub async fn effective(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(scope): Path<String>,
    Query(q): Query<ConfigQuery>,
) -> ApiResult<Json<EffectiveChatConfig>> {
    caller.require_admin()?;
    validate::config_scope(&scope).map_err(|e| ApiError::field(e.code, "scope", e.detail))?;
    let site = match q.site {
        Some(site) if scope.starts_with("pool:") => Some(format!("site:{}", site.trim_start_matches("site:"))),
        Some(_) => return Err(ApiError::field(ErrorCode::BadRequest, "site", "?site= goes with a pool:NAME scope")),
        None => None,
    };
    let mut tx = state.store.read().await?;
    let stored = tx.all_config_scopes().await?;
    let chain: Vec<&ChatConfigScope> = [Some(scope.as_str()), site.as_deref(), Some("global")]
        .into_iter()
        .flatten()
        .filter_map(|s| stored.iter().find(|c| c.scope == s))
        .collect();
    let pick =
        |get: &dyn Fn(&ChatConfigSettings) -> Option<serde_json::Value>, default: serde_json::Value, name: &str| {
            for c in &chain {
                if let Some(v) = get(&c.settings) {
                    return EffectiveSetting { name: name.into(), value: v, source: c.scope.clone() };
                }
            }
            EffectiveSetting { name: name.into(), value: default, source: "default".into() }
        };
    let settings = vec![
        pick(&|s| s.default_chat_history.map(Into::into), DEFAULT_CHAT_HISTORY.0.into(), "default_chat_history"),
        pick(&|s| s.max_file_size_kb.map(Into::into), MAX_FILE_SIZE_KB.0.into(), "max_file_size_kb"),
        pick(
            &|s| s.participant_update_limit.map(Into::into),
            PARTICIPANT_UPDATE_LIMIT.0.into(),
            "participant_update_limit",
        ),
        pick(&|s| s.room_management_url.clone().map(Into::into), serde_json::Value::Null, "room_management_url"),
    ];
    Ok(Json(EffectiveChatConfig { scope, settings }))
}

pub async fn set(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(scope): Path<String>,
    headers: HeaderMap,
    Json(settings): Json<ChatConfigSettings>,
) -> ApiResult<Json<EffectiveChatConfig>> {
    one_op(
        &state,
        caller.clone(),
        OpAction::Upsert,
        scope.clone(),
        None,
        if_match(&headers)?,
        ObjectSpec::ChatConfig(settings),
    )
    .await?;
    effective(State(state), caller, Path(scope), Query(ConfigQuery::default())).await
}

/// Removes a scope's settings; for `global` that resets everything to the defaults.
pub async fn reset(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(scope): Path<String>,
    headers: HeaderMap,
) -> ApiResult<StatusCode> {
    let result = one_op(
        &state,
        caller,
        OpAction::Delete,
        scope,
        None,
        if_match(&headers)?,
        ObjectSpec::ChatConfig(Default::default()),
    )
    .await;
    match result {
        Ok(_) => Ok(StatusCode::NO_CONTENT),
        Err(e) if e.0.code == ErrorCode::NotFound => Ok(StatusCode::NO_CONTENT),
        Err(e) => Err(e),
    }
}
