use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;

use crate::api::{Health, Identity, Version};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::error::ApiResult;
use crate::server::AppState;

pub async fn healthz() -> Json<Health> {
    Json(Health { status: "ok".into(), detail: None })
}

/// How long `/readyz` waits for the store: a store that does not answer by then is
/// unreachable (a probe must not hang on a pool waiting to connect).
const READY_WITHIN: std::time::Duration = std::time::Duration::from_secs(2);

/// Ready when the store answers and its schema is the one this binary expects.
pub async fn readyz(State(state): State<Arc<AppState>>) -> impl IntoResponse {
    let schema = match tokio::time::timeout(READY_WITHIN, state.store.schema()).await {
        Ok(answer) => answer,
        Err(_) => Err(crate::store::StoreError::Unavailable(format!("no answer within {}s", READY_WITHIN.as_secs()))),
    };
    match schema {
        Ok(s) if s.current == s.expected => match state.store.live_ready() {
            Ok(()) => (StatusCode::OK, Json(Health { status: "ready".into(), detail: None })),
            Err(why) => {
                (StatusCode::SERVICE_UNAVAILABLE, Json(Health { status: "not ready".into(), detail: Some(why) }))
            }
        },
        Ok(s) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(Health {
                status: "not ready".into(),
                detail: Some(format!("schema version {} but this server needs {}", s.current, s.expected)),
            }),
        ),
        Err(e) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(Health { status: "not ready".into(), detail: Some(format!("store unreachable: {e}")) }),
        ),
    }
}

pub async fn version(State(state): State<Arc<AppState>>, _caller: Caller) -> ApiResult<Json<Version>> {
    let schema = state.store.schema().await?;
    Ok(Json(Version {
        name: "pchat".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        api: "v1".into(),
        store: state.store.backend().into(),
        schema_version: schema.current,
        store_id: state.store.store_id().await?,
        node: state.node_name.clone(),
    }))
}

pub async fn me(caller: Caller) -> Json<Identity> {
    Json(Identity { role: caller.role, owner: caller.owner, token_id: caller.token_id })
}

pub async fn openapi(_caller: Caller) -> impl IntoResponse {
    ([(axum::http::header::CONTENT_TYPE, "application/json")], super::openapi_document())
}

/// `GET /metrics`: the node's counters in the Prometheus text format.
pub async fn metrics(State(state): State<Arc<AppState>>, caller: Caller) -> ApiResult<impl IntoResponse> {
    caller.require_admin()?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")],
        state.metrics.render(state.store.connections()),
    ))
}
