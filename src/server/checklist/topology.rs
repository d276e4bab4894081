//! Checks of the pools against their published topology: it validates, every server it
//! names has a running node and every running node is in it, and a pool's nodes run one
//! version.

use super::{some_of, Context, Found};
use crate::api::pools::PoolsStatus;
use crate::api::topology::{validate, Severity};
use crate::server::error::ApiResult;
use crate::server::pool;
use crate::store::now_ms;

/// The pools as `pchat pools status` sees them, and the topology version they were
/// compared with.
async fn pools(c: &Context) -> ApiResult<PoolsStatus> {
    let published = pool::published(&*c.state.store).await?;
    let nodes = c.state.store.read().await?.pool_nodes().await?;
    Ok(pool::status(published.as_ref().map(|(v, t)| (*v, t)), &nodes, now_ms()))
}

pub async fn published(c: &Context) -> ApiResult<Found> {
    let Some((version, spec)) = pool::published(&*c.state.store).await? else {
        return Ok(Found::skip("no topology is published: nodes run without one, in pool default"));
    };
    let problems = validate(&spec);
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| format!("{} [{}]: {}", p.path, p.rule, p.message))
        .collect();
    let warnings = problems.len() - errors.len();
    let servers: usize = spec.pools.iter().map(|p| p.servers.len()).sum();
    let about = format!("topology version {version} ({} pools, {servers} servers)", spec.pools.len());
    let fix = "export it (`pchat topology export --out FILE`), correct what `pchat topology validate -f FILE` says and publish it again";
    let found = if !errors.is_empty() {
        Found::fail(format!("{about} breaks {} rule(s): {}", errors.len(), some_of(&errors, 3)), fix)
    } else if warnings > 0 {
        Found::warn(format!("{about} validates with {warnings} warning(s)"), fix)
    } else {
        Found::pass(format!("{about} validates"))
    };
    Ok(found.with("version", version).with("errors", errors.len()).with("warnings", warnings))
}

pub async fn nodes(c: &Context) -> ApiResult<Found> {
    let status = pools(c).await?;
    if status.topology_version.is_none() {
        return Ok(Found::skip("no topology is published to compare the running nodes with"));
    }
    let mismatches: Vec<String> = status
        .pools
        .iter()
        .flat_map(|p| p.mismatches.iter())
        .filter(|m| !m.contains("different versions"))
        .cloned()
        .collect();
    let running = status.pools.iter().flat_map(|p| &p.nodes).filter(|n| n.in_topology).count();
    let found = if mismatches.is_empty() {
        Found::pass(format!(
            "every server of the topology has a running node ({running}), and every running node is in it"
        ))
    } else {
        Found::fail(
            format!("{} mismatch(es) between the topology and the running nodes: {}", mismatches.len(), some_of(&mismatches, 3)),
            "start each missing server (`pchat server --pool POOL --node NAME`), or publish a topology that has the nodes that run; `pchat pools status` shows each node",
        )
    };
    Ok(found.with("mismatches", mismatches.len()))
}

pub async fn versions(c: &Context) -> ApiResult<Found> {
    let status = pools(c).await?;
    let mixed: Vec<String> = status
        .pools
        .iter()
        .flat_map(|p| p.mismatches.iter())
        .filter(|m| m.contains("different versions"))
        .cloned()
        .collect();
    let up: Vec<&str> = status
        .pools
        .iter()
        .flat_map(|p| &p.nodes)
        .filter(|n| n.state == crate::api::pools::NodeState::Up)
        .map(|n| n.version.as_str())
        .collect();
    let found = if !mixed.is_empty() {
        Found::fail(
            some_of(&mixed, 3),
            "run one pchat version on every node of a pool: upgrade the others (docs/operations.md, upgrades)",
        )
    } else if up.is_empty() {
        Found::skip("no node registers in a pool (a node started without --pool runs alone)")
    } else {
        Found::pass(format!("the {} running node(s) of each pool run one version", up.len()))
    };
    Ok(found.with("running_nodes", up.len()))
}

/// The pool's backup store (the topology's `backupStore`) as a failover would find it:
/// reachable, on this pchat's schema, and its copy of the pool recent.
pub async fn backup_store(c: &Context) -> ApiResult<Found> {
    let Some(node) = &c.state.node else {
        return Ok(Found::skip("this node runs in no pool (started without --pool)"));
    };
    let pool = &node.membership.pool;
    let Some((_, spec)) = pool::published(&*c.state.store).await? else {
        return Ok(Found::skip("no topology is published: it names no backup store"));
    };
    let (Some(stores), Some((url, which))) = (&node.stores, node.stores.as_ref().and_then(|s| s.other(&spec, pool)))
    else {
        return Ok(Found::skip(format!("the topology names no backupStore for pool {pool}")));
    };
    let max_lag = pool::failover::DEFAULT_MAX_LAG;
    Ok(match stores.assess(&url, which, pool, max_lag).await {
        Ok((_, found)) => Found::pass(found.join(", ")),
        Err(problem) => Found::fail(
            problem,
            "restore the backup store from the pool's store and keep it replicated (PostgreSQL streaming replication), on the same pchat version: docs/operations.md, failover",
        ),
    }
    .with("max_lag_secs", max_lag.as_secs()))
}
