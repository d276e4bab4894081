//! `pchat pools`: each pool's nodes as their heartbeats and the published topology tell
//! them, and which of a pool's servers are active.

use anyhow::Context;

use super::{Ctx, Exit};
use crate::api::pools::{Failover, FailoverDone, NodeState, NodeStatus, PoolStatus, PoolsStatus, SetActive};
use crate::cli::{PoolsCommand, SwitchArgs};
use crate::client::{path, NO_QUERY};
use crate::output::Tabular;

impl Tabular for NodeStatus {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["POOL", "NODE", "STATE", "ROLE", "STORE", "VERSION", "ADDRESS", "LAST HEARTBEAT", "UPTIME"];
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
            self.store.clone(),
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

/// `pools failover` and `pools failback`: asks, then waits until every node of the pool
/// that is up runs on the store switched to.
async fn switch(ctx: &Ctx, pool: &str, args: SwitchArgs, to_backup: bool) -> anyhow::Result<()> {
    let (verb, store) = if to_backup { ("failover", "backup") } else { ("failback", "primary") };
    let started = std::time::Instant::now();
    let done: FailoverDone = ctx
        .client
        .post(&path(&["pools", pool, verb]), NO_QUERY, &Failover { max_lag: Some(args.max_lag) })
        .await
        .with_context(|| format!("{verb} of pool {pool}"))?;
    for check in &done.checks {
        ctx.out.note(format!("checked: {check}"));
    }
    loop {
        let status: PoolStatus = ctx
            .client
            .get(&path(&["pools", pool]), NO_QUERY)
            .await
            .with_context(|| format!("reading pool {pool} after its {verb}"))?;
        let behind: Vec<&str> = status
            .nodes
            .iter()
            .filter(|n| n.state == NodeState::Up && n.store != store)
            .map(|n| n.node.as_str())
            .collect();
        if behind.is_empty() {
            let moved = status.nodes.iter().filter(|n| n.state == NodeState::Up).count();
            let seconds = started.elapsed().as_secs_f64();
            return ctx.out.written(
                &done,
                format!(
                    "pool {pool} runs on its {store} store: {moved} nodes moved in {seconds:.1}s (epoch {})",
                    done.change.epoch
                ),
            );
        }
        if started.elapsed() > args.wait {
            anyhow::bail!(
                "pool {pool} was switched to its {store} store, but {} did not move within {}",
                behind.join(", "),
                humantime::format_duration(args.wait)
            );
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
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
            let rows = status
                .changes
                .iter()
                .map(|c| {
                    let action = if c.state == "failed_over" { "failover" } else { "failback" };
                    vec![
                        c.epoch.to_string(),
                        action.to_string(),
                        c.changed_at.clone(),
                        c.changed_by.clone(),
                        c.from_store.clone(),
                        c.to_store.clone(),
                    ]
                })
                .collect::<Vec<_>>();
            if !rows.is_empty() {
                out.rows(&["EPOCH", "CHANGE", "AT", "BY", "FROM", "TO"], rows)?;
            }
            Ok(())
        }
        PoolsCommand::Status { pool } => {
            let all: PoolsStatus = c.get(&path(&["pools"]), NO_QUERY).await.context("reading the pools")?;
            let pools: Vec<PoolStatus> = match &pool {
                Some(name) => {
                    let found: Vec<PoolStatus> = all.pools.into_iter().filter(|p| &p.name == name).collect();
                    if found.is_empty() {
                        return Err(super::NotFound(format!(
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
        PoolsCommand::Failover { pool, switch: args } => switch(ctx, &pool, args, true).await,
        PoolsCommand::Failback { pool, switch: args } => switch(ctx, &pool, args, false).await,
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
