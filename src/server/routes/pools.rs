//! Pools and their nodes (`pchat pools`), for administrators: status from the heartbeats
//! and the published topology together, and which servers of a pool are active.

use std::sync::Arc;

use axum::extract::{Path, State};

use crate::api::pools::{Failover, FailoverDone, PoolChange, PoolStatus, PoolsStatus, SetActive};
use crate::api::topology::ServerRole;
use crate::api::{ErrorCode, ObjectSpec, OpAction, Operation};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::error::{ApiError, ApiResult};
use crate::server::pool::{published, status};
use crate::server::AppState;
use crate::store::{format_ms, now_ms, PoolState};

fn change_of(s: &PoolState) -> PoolChange {
    PoolChange {
        state: s.state.clone(),
        epoch: s.epoch,
        changed_at: format_ms(s.changed_at),
        changed_by: s.changed_by.clone(),
        from_store: s.from_store.clone(),
        to_store: s.to_store.clone(),
    }
}

async fn all(state: &AppState) -> ApiResult<PoolsStatus> {
    let topology = published(&*state.store).await?;
    let mut tx = state.store.read().await?;
    let nodes = tx.pool_nodes().await?;
    let mut all = status(topology.as_ref().map(|(v, t)| (*v, t)), &nodes, now_ms());
    for pool in &mut all.pools {
        if let Some(s) = tx.pool_state(&pool.name).await? {
            pool.state = s.state;
        }
        pool.changes = tx.pool_state_changes(&pool.name, 10).await?.iter().map(change_of).collect();
    }
    Ok(all)
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
    let mut spec = latest.spec().map_err(ApiError::internal)?;
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

/// `POST /v1/pools/{name}/failover`: moves the pool to its backup store, once the backup
/// passed every check (nothing changes when one fails).
pub async fn failover(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Json(body): Json<Failover>,
) -> ApiResult<Json<FailoverDone>> {
    switch_pool(&state, caller, name, body, true).await
}

/// `POST /v1/pools/{name}/failback`: back to the primary store, checked alike.
pub async fn failback(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Json(body): Json<Failover>,
) -> ApiResult<Json<FailoverDone>> {
    switch_pool(&state, caller, name, body, false).await
}

/// The longest a store switched to may be behind when the request names no bound.
use crate::server::pool::failover::DEFAULT_MAX_LAG;

async fn switch_pool(
    state: &AppState,
    caller: Caller,
    name: String,
    body: Failover,
    to_backup: bool,
) -> ApiResult<Json<FailoverDone>> {
    caller.require_admin()?;
    let max_lag = match &body.max_lag {
        None => DEFAULT_MAX_LAG,
        Some(text) => humantime::parse_duration(text).map_err(|e| {
            ApiError::field(ErrorCode::InvalidValue, "max_lag", format!("{text:?} is not a duration such as 30s: {e}"))
        })?,
    };
    let (Some(node), Some(stores)) = (&state.node, state.node.as_ref().and_then(|n| n.stores.clone())) else {
        return Err(ApiError::new(ErrorCode::Unavailable, "this server runs in no pool, so it cannot switch one"));
    };
    // The topology as the store has it now, or as last read when the store does not answer.
    let fresh = tokio::time::timeout(std::time::Duration::from_secs(2), published(&*state.store)).await;
    let Some(topology) = fresh.ok().and_then(Result::ok).flatten().map(|(_, t)| t).or_else(|| node.topology()) else {
        return Err(ApiError::new(ErrorCode::NotFound, "no topology is published yet: pchat topology publish -f FILE"));
    };
    let by = crate::server::compliance::Actor::caller(&caller, None).uri;
    let (record, checks) = stores.switch_pool(&topology, &name, to_backup, max_lag, by).await?;
    tracing::info!(pool = %name, state = %record.state, epoch = record.epoch, "pool switched stores");
    Ok(Json(FailoverDone { pool: name, change: change_of(&record), checks }))
}
