//! Pools and their nodes (`pchat pools`), for administrators: status from the heartbeats
//! and the published topology together, and which servers of a pool are active.

use std::sync::Arc;

use axum::extract::{Path, State};

use crate::api::pools::{PoolStatus, PoolsStatus, SetActive};
use crate::api::topology::ServerRole;
use crate::api::{ErrorCode, ObjectSpec, OpAction, Operation};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::error::{ApiError, ApiResult};
use crate::server::pool::{published, status};
use crate::server::AppState;
use crate::store::now_ms;

async fn all(state: &AppState) -> ApiResult<PoolsStatus> {
    let topology = published(&*state.store).await?;
    let nodes = state.store.read().await?.pool_nodes().await?;
    Ok(status(topology.as_ref().map(|(v, t)| (*v, t)), &nodes, now_ms()))
}

fn no_pool(name: &str) -> ApiError {
    ApiError::new(ErrorCode::NotFound, format!("no pool {name:?}: neither the topology nor a running node names it"))
}

/// `GET /v1/pools`
pub async fn list(State(state): State<Arc<AppState>>, caller: Caller) -> ApiResult<Json<PoolsStatus>> {
    caller.require_admin()?;
    Ok(Json(all(&state).await?))
}

/// `GET /v1/pools/{name}`
pub async fn show(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
) -> ApiResult<Json<PoolStatus>> {
    caller.require_admin()?;
    all(&state).await?.pools.into_iter().find(|p| p.name == name).map(Json).ok_or_else(|| no_pool(&name))
}

/// `POST /v1/pools/{name}/active`: a new topology version in which exactly these servers
/// of the pool are active (the topology's rules hold: at most four active, at least one).
pub async fn set_active(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Json(body): Json<SetActive>,
) -> ApiResult<Json<PoolStatus>> {
    caller.require_admin()?;
    let mut latest = state.store.read().await?.latest_topology().await?.ok_or_else(|| {
        ApiError::new(ErrorCode::NotFound, "no topology is published yet: pchat topology publish -f FILE")
    })?;
    let mut spec: crate::api::topology::TopologySpec =
        serde_json::from_str(&latest.document).map_err(ApiError::internal)?;
    let pool = spec.pools.iter_mut().find(|p| p.name == name).ok_or_else(|| no_pool(&name))?;
    let unknown: Vec<&String> = body.servers.iter().filter(|s| !pool.servers.iter().any(|x| &x.name == *s)).collect();
    if !unknown.is_empty() || body.servers.is_empty() {
        let servers: Vec<&str> = pool.servers.iter().map(|s| s.name.as_str()).collect();
        return Err(ApiError::field(
            ErrorCode::UnknownReference,
            "servers",
            format!(
                "pool {name} has the servers {}; {}",
                servers.join(", "),
                if unknown.is_empty() {
                    "name at least one to be active".to_string()
                } else {
                    format!("it has no {}", unknown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "))
                }
            ),
        ));
    }
    for server in &mut pool.servers {
        server.role = if body.servers.contains(&server.name) { ServerRole::Active } else { ServerRole::Standby };
    }
    let operation = Operation {
        op: OpAction::Update,
        name: std::mem::take(&mut latest.name),
        pool: None,
        revision: Some(latest.version),
        object: ObjectSpec::Topology(spec),
    };
    crate::server::changeset::execute_one(&*state.store, caller, operation).await?;
    if let Some(node) = &state.node {
        node.refresh_role(&*state.store).await?;
    }
    all(&state).await?.pools.into_iter().find(|p| p.name == name).map(Json).ok_or_else(|| no_pool(&name))
}
