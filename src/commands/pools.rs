//! `pchat pools`: each pool's nodes as their heartbeats and the published topology tell
//! them, and which of a pool's servers are active.

use anyhow::Context;

use super::{Ctx, Exit};
use crate::api::pools::{NodeState, NodeStatus, PoolStatus, PoolsStatus, SetActive};
use crate::cli::PoolsCommand;
use crate::client::{path, NO_QUERY};
use crate::output::Tabular;

impl Tabular for NodeStatus {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["POOL", "NODE", "STATE", "ROLE", "VERSION", "ADDRESS", "LAST HEARTBEAT", "UPTIME"];
        h.extend(["CONNECTIONS", "REQ/S", "SUBSCRIBERS"]);
        if wide {
            h.push("IN TOPOLOGY");
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let state = serde_json::to_value(self.state).ok().and_then(|v| v.as_str().map(str::to_string));
        let mut r = vec![
            self.pool.clone(),
            self.node.clone(),
            state.unwrap_or_default(),
            self.role.clone(),
            self.version.clone(),
            self.address.clone(),
            format!("{} ({} ago)", self.last_heartbeat, ago(self.heartbeat_age_ms)),
            if self.state == NodeState::Up { ago(self.uptime_secs * 1000) } else { "-".into() },
            self.connections.to_string(),
            format!("{:.1}", self.requests_per_second),
            self.subscribers.to_string(),
        ];
        if wide {
            r.push(crate::output::yes_no(self.in_topology));
        }
        r
    }
}

/// A duration in milliseconds as people read it (`3.2s`, `5m`, `2h 3m`).
fn ago(ms: i64) -> String {
    let ms = ms.max(0);
    if ms < 60_000 {
        format!("{:.1}s", ms as f64 / 1000.0)
    } else {
        humantime::format_duration(std::time::Duration::from_secs((ms / 1000) as u64)).to_string()
    }
}

impl Tabular for PoolStatus {
    fn headers(_wide: bool) -> Vec<&'static str> {
        vec!["POOL", "SITE", "STATE", "NODES UP", "ACTIVE", "STANDBY", "MISMATCHES"]
    }
    fn row(&self, _wide: bool) -> Vec<String> {
        let up = self.nodes.iter().filter(|n| n.state == NodeState::Up).count();
        vec![
            self.name.clone(),
            self.site.clone().unwrap_or_else(|| "-".into()),
            self.state.clone(),
            format!("{up}/{}", self.nodes.len().max(self.active.len() + self.standby.len())),
            self.active.join(", "),
            self.standby.join(", "),
            self.mismatches.len().to_string(),
        ]
    }
}

fn note_mismatches(ctx: &Ctx, pools: &[PoolStatus]) {
    for m in pools.iter().flat_map(|p| &p.mismatches) {
        ctx.out.note(format!("mismatch: {m}"));
    }
}

pub async fn run(ctx: &Ctx, command: PoolsCommand) -> anyhow::Result<()> {
    let (c, out) = (&ctx.client, &ctx.out);
    match command {
        PoolsCommand::List => {
            let all: PoolsStatus = c.get(&path(&["pools"]), NO_QUERY).await.context("reading the pools")?;
            if out.structured() {
                return out.data(&all);
            }
            out.list(&all.pools)?;
            if all.topology_version.is_none() {
                out.note("no topology is published: these are the pools running nodes name");
            }
            Ok(())
        }
        PoolsCommand::Show { pool } => {
            let status: PoolStatus =
                c.get(&path(&["pools", &pool]), NO_QUERY).await.with_context(|| format!("reading pool {pool}"))?;
            if out.structured() {
                return out.data(&status);
            }
            out.list(std::slice::from_ref(&status))?;
            out.list(&status.nodes)?;
            note_mismatches(ctx, std::slice::from_ref(&status));
            Ok(())
        }
        PoolsCommand::Status { pool } => {
            let all: PoolsStatus = c.get(&path(&["pools"]), NO_QUERY).await.context("reading the pools")?;
            let pools: Vec<PoolStatus> = match &pool {
                Some(name) => {
                    let found: Vec<PoolStatus> = all.pools.into_iter().filter(|p| &p.name == name).collect();
                    if found.is_empty() {
                        return Err(super::InvalidInput(format!(
                            "no pool {name:?}: neither the topology nor a running node names it"
                        ))
                        .into());
                    }
                    found
                }
                None => all.pools,
            };
            let nodes: Vec<NodeStatus> = pools.iter().flat_map(|p| p.nodes.clone()).collect();
            if out.structured() {
                out.data(&pools)?;
            } else {
                out.list(&nodes)?;
                note_mismatches(ctx, &pools);
            }
            let unwell =
                nodes.iter().any(|n| n.state == NodeState::Down) || pools.iter().any(|p| !p.mismatches.is_empty());
            if unwell {
                return Err(Exit(crate::exit::CHECKS_FAILED).into());
            }
            Ok(())
        }
        PoolsCommand::SetActive { pool, servers } => {
            let status: PoolStatus = c
                .post(&path(&["pools", &pool, "active"]), NO_QUERY, &SetActive { servers: servers.clone() })
                .await
                .with_context(|| format!("making {} the active servers of pool {pool}", servers.join(", ")))?;
            out.written(
                &status,
                format!(
                    "pool {pool}: active {}; standby {}",
                    status.active.join(", "),
                    if status.standby.is_empty() { "none".into() } else { status.standby.join(", ") }
                ),
            )
        }
    }
}
