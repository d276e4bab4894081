//! Checks of the database the node runs on: its clock against the node's, and PostgreSQL's
//! version and connection limits against the nodes that share it.

use super::{Context, Found};
use crate::server::error::ApiResult;
use crate::store::{now_ms, DatabaseFacts, POSTGRES_CONNECTIONS_PER_NODE};

/// The oldest PostgreSQL pchat supports (`server_version_num`).
const OLDEST_POSTGRES: i64 = 130_000;
/// Clock skew that warns, and that fails: heartbeats, leases, message and compliance times
/// are written by each node's clock and compared across the pool.
const SKEW_WARN_MS: i64 = 1_000;
const SKEW_FAIL_MS: i64 = 5_000;
/// The share of the available connections the pool's nodes may plan on before a warning.
const CONNECTIONS_WARN_PERCENT: i64 = 80;

pub async fn clock_skew(c: &Context) -> ApiResult<Found> {
    let before = now_ms();
    let facts = c.state.store.database_facts().await?;
    let after = now_ms();
    let DatabaseFacts::Postgres(pg) = facts else {
        return Ok(Found::skip("the store is a SQLite file of this node: one clock"));
    };
    // The database read its clock somewhere between the two readings of ours.
    let skew = pg.now_ms - (before + after) / 2;
    let round_trip = after - before;
    let found = format!(
        "this node's clock is {} ms {} the database's (read within {round_trip} ms)",
        skew.abs(),
        if skew > 0 { "behind" } else { "ahead of" }
    );
    let fix =
        "run NTP (chrony or systemd-timesyncd) on every node and on the database server, against the same time source";
    let found = if skew.abs() > SKEW_FAIL_MS + round_trip {
        Found::fail(found, fix)
    } else if skew.abs() > SKEW_WARN_MS + round_trip {
        Found::warn(found, fix)
    } else {
        Found::pass(found)
    };
    Ok(found.with("skew_ms", skew).with("round_trip_ms", round_trip))
}

pub async fn postgres(c: &Context) -> ApiResult<Found> {
    let DatabaseFacts::Postgres(pg) = c.state.store.database_facts().await? else {
        return Ok(Found::skip(format!("the store is {}, not PostgreSQL", c.state.store.backend())));
    };
    // The nodes that run on this database, or that its pools' topology plans, if more.
    let nodes = c.state.store.read().await?.pool_nodes().await?;
    let now = now_ms();
    let live =
        nodes.iter().filter(|n| n.stopped_at.is_none() && now - n.heartbeat_at <= n.heartbeat_timeout_ms).count();
    let planned: usize = match crate::server::pool::published(&*c.state.store).await? {
        Some((_, spec)) => {
            spec.pools.iter().filter(|p| nodes.iter().any(|n| n.pool == p.name)).map(|p| p.servers.len()).sum()
        }
        None => 0,
    };
    let up = live.max(planned).max(1) as i64;
    let needed = up * POSTGRES_CONNECTIONS_PER_NODE;
    // What pchat's role may open: the server's limit less what superusers keep, and the
    // database's and the role's own limits where they are set.
    let mut available = pg.max_connections - pg.reserved_connections;
    for limit in [pg.database_limit, pg.role_limit] {
        if limit >= 0 {
            available = available.min(limit);
        }
    }
    let about = format!(
        "PostgreSQL {}; {up} node(s) open up to {needed} connections ({POSTGRES_CONNECTIONS_PER_NODE} each), {available} available to pchat (max_connections {}, {} reserved{}{}), {} open now",
        pg.version,
        pg.max_connections,
        pg.reserved_connections,
        if pg.database_limit >= 0 { format!(", database limit {}", pg.database_limit) } else { String::new() },
        if pg.role_limit >= 0 { format!(", role limit {}", pg.role_limit) } else { String::new() },
        pg.open
    );
    let raise = format!(
        "raise max_connections (postgresql.conf, then restart PostgreSQL) or the database's or role's CONNECTION LIMIT to at least {}",
        needed * 100 / CONNECTIONS_WARN_PERCENT + 1
    );
    let found = if pg.version_num < OLDEST_POSTGRES {
        Found::fail(about, "upgrade PostgreSQL to 13 or newer (pg_upgrade), then restart the nodes")
    } else if needed > available {
        Found::fail(about, raise)
    } else if needed * 100 > available * CONNECTIONS_WARN_PERCENT {
        Found::warn(about, raise)
    } else {
        Found::pass(about)
    };
    Ok(found
        .with("version_num", pg.version_num)
        .with("nodes", up)
        .with("needed", needed)
        .with("available", available)
        .with("open", pg.open)
        .with("database_bytes", pg.database_bytes))
}
