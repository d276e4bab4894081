//! Pools and their nodes as `GET /v1/pools` shows them: each pool of the published
//! topology and each running node, with what does not match between the two.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NodeState {
    /// Its heartbeat is younger than its timeout.
    Up,
    /// Its heartbeat is older than its timeout: it died or lost the store.
    Down,
    /// It stopped cleanly.
    Stopped,
}

/// One node, as its last heartbeat left it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct NodeStatus {
    pub pool: String,
    pub node: String,
    pub state: NodeState,
    /// `active` or `standby` (as the topology says; active without one).
    pub role: String,
    pub version: String,
    pub address: String,
    pub last_heartbeat: String,
    /// How long ago its last heartbeat was written, in milliseconds.
    pub heartbeat_age_ms: i64,
    pub uptime_secs: i64,
    pub connections: i64,
    pub requests_per_second: f64,
    pub subscribers: i64,
    /// Whether the published topology names this node in this pool.
    pub in_topology: bool,
    /// The store it runs on: `primary`, or `backup` once the pool failed over.
    pub store: String,
}

/// A failover or failback: who, when, from which store to which (without credentials).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PoolChange {
    /// The state it left: `failed_over` (a failover) or `normal` (a failback).
    pub state: String,
    pub epoch: i64,
    pub changed_at: String,
    pub changed_by: String,
    pub from_store: String,
    pub to_store: String,
}

/// `POST /v1/pools/{name}/failover` and `/failback`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Failover {
    /// How far behind the store switched to may be (a duration: `30s`, `5m`; default 1m),
    /// as its newest heartbeat of the pool tells.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_lag: Option<String>,
}

/// What a failover or failback checked and did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FailoverDone {
    pub pool: String,
    pub change: PoolChange,
    /// Each check, as passed.
    pub checks: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PoolStatus {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fqdn: Option<String>,
    /// `normal` or `failed_over`.
    pub state: String,
    /// Whether the published topology has this pool.
    pub in_topology: bool,
    /// The servers the topology makes active, and standby.
    pub active: Vec<String>,
    pub standby: Vec<String>,
    pub nodes: Vec<NodeStatus>,
    /// What does not match: running nodes the topology lacks, servers with no running
    /// node, nodes on different versions.
    pub mismatches: Vec<String>,
    /// Its failovers and failbacks, newest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<PoolChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PoolsStatus {
    /// The topology version this was compared with (none published: none).
    pub topology_version: Option<i64>,
    pub pools: Vec<PoolStatus>,
}

/// `POST /v1/pools/{name}/active`: the pool's servers that are to be active; the others
/// of the pool become standby.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SetActive {
    pub servers: Vec<String>,
}
