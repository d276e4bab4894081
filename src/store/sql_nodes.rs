// The SQL of the pools' nodes and their heartbeats, included by each backend module.

use crate::store::{NodeStore, PoolNode};

#[async_trait]
impl NodeStore for SqlTx {
    async fn heartbeat(&mut self, n: &PoolNode) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO pool_nodes (pool, node, address, version, standby, started_at, heartbeat_at, \
             heartbeat_timeout_ms, stopped_at, connections, requests_per_second, subscribers) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
             ON CONFLICT (pool, node) DO UPDATE SET address = excluded.address, version = excluded.version, \
             standby = excluded.standby, started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at, \
             heartbeat_timeout_ms = excluded.heartbeat_timeout_ms, stopped_at = excluded.stopped_at, \
             connections = excluded.connections, requests_per_second = excluded.requests_per_second, \
             subscribers = excluded.subscribers",
        )
        .bind(&n.pool)
        .bind(&n.node)
        .bind(&n.address)
        .bind(&n.version)
        .bind(n.standby)
        .bind(n.started_at)
        .bind(n.heartbeat_at)
        .bind(n.heartbeat_timeout_ms)
        .bind(n.stopped_at)
        .bind(n.connections)
        .bind(n.requests_per_second)
        .bind(n.subscribers)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    async fn pool_nodes(&mut self) -> StoreResult<Vec<PoolNode>> {
        let rows = sqlx::query(
            "SELECT pool, node, address, version, standby, started_at, heartbeat_at, heartbeat_timeout_ms, \
             stopped_at, connections, requests_per_second, subscribers FROM pool_nodes ORDER BY pool, node",
        )
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(PoolNode {
                    pool: row.try_get("pool")?,
                    node: row.try_get("node")?,
                    address: row.try_get("address")?,
                    version: row.try_get("version")?,
                    standby: row.try_get("standby")?,
                    started_at: row.try_get("started_at")?,
                    heartbeat_at: row.try_get("heartbeat_at")?,
                    heartbeat_timeout_ms: row.try_get("heartbeat_timeout_ms")?,
                    stopped_at: row.try_get("stopped_at")?,
                    connections: row.try_get("connections")?,
                    requests_per_second: row.try_get("requests_per_second")?,
                    subscribers: row.try_get("subscribers")?,
                })
            })
            .collect()
    }
}
