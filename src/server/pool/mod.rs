//! This node in its pool: who it is (`pchat server --pool --node`), its heartbeat into the
//! store, whether the published topology makes it active or standby, and the status of
//! every pool as the heartbeats and the topology tell it together.

pub mod failover;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::metrics::Metrics;
use crate::api::pools::{NodeState, NodeStatus, PoolStatus, PoolsStatus};
use crate::api::topology::{ServerRole, TopologySpec};
use crate::store::{format_ms, now_ms, PoolNode, Store, StoreResult};

/// The version a node reports (`PCHAT_REPORTED_VERSION` stands in for it in tests of
/// pools on mixed versions).
pub fn reported_version() -> String {
    std::env::var("PCHAT_REPORTED_VERSION").unwrap_or_else(|_| env!("CARGO_PKG_VERSION").to_string())
}

/// How a node takes part in its pool.
#[derive(Debug, Clone)]
pub struct Membership {
    pub pool: String,
    pub node: String,
    /// Where clients reach it (`HOST:PORT`).
    pub address: String,
    pub heartbeat_interval: Duration,
    pub heartbeat_timeout: Duration,
}

pub const DEFAULT_HEARTBEAT_INTERVAL: Duration = Duration::from_secs(2);
pub const DEFAULT_HEARTBEAT_TIMEOUT: Duration = Duration::from_secs(6);

/// This node, running.
pub struct NodeRuntime {
    pub membership: Membership,
    pub started_at: i64,
    standby: AtomicBool,
    /// The pool's active servers as `NAME (ADDRESS)`, for a standby's refusals.
    active: Mutex<Vec<String>>,
    metrics: Arc<Metrics>,
    /// The pool's two stores (none: the node cannot fail over, as an embedded one).
    pub stores: Option<Arc<failover::Stores>>,
    /// The topology last read, for when the store does not answer (a failover is asked
    /// for when it does not).
    topology: Mutex<Option<TopologySpec>>,
}

/// The role the topology gives a node of a pool, and the pool's active servers.
fn role_in(topology: Option<&TopologySpec>, pool: &str, node: &str) -> (bool, Vec<String>) {
    let Some(pool) = topology.and_then(|t| t.pools.iter().find(|p| p.name == pool)) else {
        return (false, Vec::new());
    };
    let standby = pool.servers.iter().any(|s| s.name == node && s.role == ServerRole::Standby);
    let active =
        pool.servers.iter().filter(|s| s.role == ServerRole::Active).map(|s| format!("{} ({})", s.name, s.address));
    (standby, active.collect())
}

/// The topology in force, read.
pub async fn published(store: &dyn Store) -> StoreResult<Option<(i64, TopologySpec)>> {
    let latest = store.read().await?.latest_topology().await?;
    Ok(latest.and_then(|t| t.spec().ok().map(|spec| (t.version, spec))))
}

/// Refuses a pool or node name the published topology does not have (none published:
/// anything goes, so the first node can publish it).
pub async fn check_membership(store: &dyn Store, pool: &str, node: &str) -> anyhow::Result<()> {
    let Some((version, topology)) = published(store).await? else { return Ok(()) };
    let names = |items: Vec<&str>| if items.is_empty() { "none".to_string() } else { items.join(", ") };
    let Some(found) = topology.pools.iter().find(|p| p.name == pool) else {
        anyhow::bail!(
            "pool {pool:?} (node {node:?}) is not in the published topology (version {version}; its pools: {}): publish a topology that has it, or start the node with --pool set to one of them",
            names(topology.pools.iter().map(|p| p.name.as_str()).collect())
        );
    };
    if !found.servers.iter().any(|s| s.name == node) {
        anyhow::bail!(
            "node {node:?} is not a server of pool {pool:?} in the published topology (version {version}; its servers: {}): add it to the pool, or start it with --node set to one of them",
            names(found.servers.iter().map(|s| s.name.as_str()).collect())
        );
    }
    Ok(())
}

impl NodeRuntime {
    pub fn new(
        membership: Membership,
        metrics: Arc<Metrics>,
        stores: Option<Arc<failover::Stores>>,
    ) -> Arc<NodeRuntime> {
        Arc::new(NodeRuntime {
            membership,
            started_at: now_ms(),
            standby: AtomicBool::new(false),
            active: Mutex::new(Vec::new()),
            metrics,
            stores,
            topology: Mutex::new(None),
        })
    }

    /// The topology last read from the store.
    pub fn topology(&self) -> Option<TopologySpec> {
        self.topology.lock().ok().and_then(|t| t.clone())
    }

    pub fn is_standby(&self) -> bool {
        self.standby.load(Ordering::Relaxed)
    }

    /// The pool's active servers, for a standby's refusal.
    pub fn active_servers(&self) -> Vec<String> {
        self.active.lock().map(|a| a.clone()).unwrap_or_default()
    }

    /// Reads the node's role from the topology in force.
    pub async fn refresh_role(&self, store: &dyn Store) -> StoreResult<()> {
        let topology = published(store).await?;
        if let (Some((_, t)), Ok(mut cached)) = (&topology, self.topology.lock()) {
            *cached = Some(t.clone());
        }
        let (standby, active) =
            role_in(topology.as_ref().map(|(_, t)| t), &self.membership.pool, &self.membership.node);
        if standby != self.is_standby() {
            tracing::info!(standby, pool = %self.membership.pool, node = %self.membership.node, "role changed");
        }
        self.standby.store(standby, Ordering::Relaxed);
        if let Ok(mut a) = self.active.lock() {
            *a = active;
        }
        Ok(())
    }

    fn row(&self, now: i64, requests_per_second: f64, stopped: bool) -> PoolNode {
        let m = &self.membership;
        PoolNode {
            pool: m.pool.clone(),
            node: m.node.clone(),
            address: m.address.clone(),
            version: reported_version(),
            standby: self.is_standby(),
            started_at: self.started_at,
            heartbeat_at: now,
            heartbeat_timeout_ms: m.heartbeat_timeout.as_millis() as i64,
            stopped_at: stopped.then_some(now),
            connections: self.metrics.connections.get(),
            requests_per_second,
            subscribers: self.metrics.subscribers.get(),
            on_backup: self.stores.as_ref().is_some_and(|s| s.on_backup()),
        }
    }

    /// The node's role, and its first heartbeat.
    pub async fn register(&self, store: &dyn Store) -> StoreResult<()> {
        self.refresh_role(store).await?;
        self.beat(store, 0.0, false).await
    }

    /// Writes one heartbeat, on chat's write path (never behind a long changeset).
    async fn beat(&self, store: &dyn Store, requests_per_second: f64, stopped: bool) -> StoreResult<()> {
        let now = now_ms();
        let mut tx = store.chat_write().await?;
        tx.heartbeat(&self.row(now, requests_per_second, stopped)).await?;
        tx.commit().await?;
        self.metrics.last_heartbeat_ms.store(now, Ordering::Relaxed);
        Ok(())
    }

    /// Follows the pool's state at every interval, in a task of its own (the other store
    /// may take seconds not to answer, which must not hold a heartbeat back).
    async fn follow(self: Arc<Self>, mut stopping: tokio::sync::watch::Receiver<bool>) {
        let Some(stores) = self.stores.clone() else { return };
        loop {
            if let Some(topology) = self.topology() {
                stores.follow(&topology, &self.membership.pool).await;
            }
            tokio::select! {
                _ = tokio::time::sleep(self.membership.heartbeat_interval) => {}
                _ = stopping.wait_for(|s| *s) => return,
            }
        }
    }

    /// Heartbeats until the node stops, then says it stopped.
    pub async fn run(self: Arc<Self>, store: Arc<dyn Store>, mut stopping: tokio::sync::watch::Receiver<bool>) {
        tokio::spawn(self.clone().follow(stopping.clone()));
        let interval = self.membership.heartbeat_interval;
        let mut last = (self.metrics.requests_answered.load(Ordering::Relaxed), std::time::Instant::now());
        let mut failing = false;
        loop {
            let answered = self.metrics.requests_answered.load(Ordering::Relaxed);
            let seconds = last.1.elapsed().as_secs_f64().max(0.001);
            let rate = (answered - last.0) as f64 / seconds;
            last = (answered, std::time::Instant::now());
            let beat = async {
                self.refresh_role(&*store).await?;
                self.beat(&*store, rate, false).await
            };
            match beat.await {
                Ok(()) if failing => {
                    failing = false;
                    tracing::info!("heartbeat written again");
                }
                Ok(()) => {}
                Err(e) if !failing => {
                    failing = true;
                    tracing::warn!(error = %e, "heartbeat failed; retrying every interval");
                }
                Err(_) => {}
            }
            tokio::select! {
                _ = tokio::time::sleep(interval) => {}
                _ = stopping.wait_for(|s| *s) => break,
            }
        }
        if let Err(e) = self.beat(&*store, 0.0, true).await {
            tracing::warn!(error = %e, "could not record that this node stopped");
        }
    }
}

/// Every pool (of the topology, and of running nodes), each node's state, and what does
/// not match.
pub fn status(topology: Option<(i64, &TopologySpec)>, nodes: &[PoolNode], now: i64) -> PoolsStatus {
    let spec = topology.map(|(_, t)| t);
    let mut names: Vec<String> = spec.map(|t| t.pools.iter().map(|p| p.name.clone()).collect()).unwrap_or_default();
    for n in nodes {
        if !names.contains(&n.pool) {
            names.push(n.pool.clone());
        }
    }
    let pools = names
        .into_iter()
        .map(|name| {
            let planned = spec.and_then(|t| t.pools.iter().find(|p| p.name == name));
            let servers = planned.map(|p| p.servers.as_slice()).unwrap_or_default();
            let role_of = |s: ServerRole| servers.iter().filter(|x| x.role == s).map(|x| x.name.clone()).collect();
            let mut mismatches = Vec::new();
            if topology.is_some() && planned.is_none() {
                mismatches.push(format!("pool {name} has running nodes but is not in the published topology"));
            }
            let pool_nodes: Vec<NodeStatus> = nodes
                .iter()
                .filter(|n| n.pool == name)
                .map(|n| {
                    let age = now - n.heartbeat_at;
                    let state = match n.stopped_at {
                        Some(_) => NodeState::Stopped,
                        None if age <= n.heartbeat_timeout_ms => NodeState::Up,
                        None => NodeState::Down,
                    };
                    let in_topology = servers.iter().any(|s| s.name == n.node);
                    if topology.is_some() && !in_topology && state == NodeState::Up {
                        mismatches
                            .push(format!("node {} runs in pool {name} but the topology does not name it", n.node));
                    }
                    NodeStatus {
                        pool: n.pool.clone(),
                        node: n.node.clone(),
                        state,
                        role: if n.standby { "standby" } else { "active" }.into(),
                        version: n.version.clone(),
                        address: n.address.clone(),
                        last_heartbeat: format_ms(n.heartbeat_at),
                        heartbeat_age_ms: age,
                        uptime_secs: if state == NodeState::Up { (now - n.started_at) / 1000 } else { 0 },
                        connections: n.connections,
                        requests_per_second: (n.requests_per_second * 10.0).round() / 10.0,
                        subscribers: n.subscribers,
                        in_topology,
                        store: if n.on_backup { "backup" } else { "primary" }.into(),
                    }
                })
                .collect();
            for s in servers {
                if !pool_nodes.iter().any(|n| n.node == s.name && n.state == NodeState::Up) {
                    mismatches.push(format!("server {} of pool {name} has no running node", s.name));
                }
            }
            let mut versions: Vec<&str> =
                pool_nodes.iter().filter(|n| n.state == NodeState::Up).map(|n| n.version.as_str()).collect();
            versions.sort_unstable();
            versions.dedup();
            if versions.len() > 1 {
                mismatches.push(format!("the nodes of pool {name} run different versions: {}", versions.join(", ")));
            }
            PoolStatus {
                site: planned.map(|p| p.site.clone()),
                fqdn: planned.map(|p| p.fqdn.clone()),
                state: "normal".into(),
                in_topology: planned.is_some(),
                active: role_of(ServerRole::Active),
                standby: role_of(ServerRole::Standby),
                nodes: pool_nodes,
                mismatches,
                changes: Vec::new(),
                name,
            }
        })
        .collect();
    PoolsStatus { topology_version: topology.map(|(v, _)| v), pools }
}
