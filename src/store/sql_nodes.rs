// The SQL of the pools' nodes and their heartbeats, included by each backend module.

use crate::store::{NodeStore, PoolNode, PoolState};

fn pool_state_of(row: &DbRow) -> StoreResult<PoolState> {
    Ok(PoolState {
        pool: row.try_get("pool")?,
        state: row.try_get("state")?,
        epoch: row.try_get("epoch")?,
        changed_at: row.try_get("changed_at")?,
        changed_by: row.try_get("changed_by")?,
        from_store: row.try_get("from_store")?,
        to_store: row.try_get("to_store")?,
    })
}

const POOL_STATE_COLUMNS: &str = "pool, state, epoch, changed_at, changed_by, from_store, to_store";

#[async_trait]
impl NodeStore for SqlTx {
    async fn heartbeat(&mut self, n: &PoolNode) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO pool_nodes (pool, node, address, version, standby, started_at, heartbeat_at, \
             heartbeat_timeout_ms, stopped_at, connections, requests_per_second, subscribers, on_backup) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
             ON CONFLICT (pool, node) DO UPDATE SET address = excluded.address, version = excluded.version, \
             standby = excluded.standby, started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at, \
             heartbeat_timeout_ms = excluded.heartbeat_timeout_ms, stopped_at = excluded.stopped_at, \
             connections = excluded.connections, requests_per_second = excluded.requests_per_second, \
             subscribers = excluded.subscribers, on_backup = excluded.on_backup",
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
        .bind(n.on_backup)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    async fn pool_nodes(&mut self) -> StoreResult<Vec<PoolNode>> {
        let rows = sqlx::query(
            "SELECT pool, node, address, version, standby, started_at, heartbeat_at, heartbeat_timeout_ms, \
             stopped_at, connections, requests_per_second, subscribers, on_backup FROM pool_nodes ORDER BY pool, node",
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
                    on_backup: row.try_get("on_backup")?,
                })
            })
            .collect()
    }

    async fn pool_state(&mut self, pool: &str) -> StoreResult<Option<PoolState>> {
        let row = sqlx::query(&format!("SELECT {POOL_STATE_COLUMNS} FROM pool_states WHERE pool = $1"))
            .bind(pool)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(pool_state_of).transpose()
    }

    async fn record_pool_state(&mut self, s: &PoolState) -> StoreResult<()> {
        for sql in [
            format!(
                "INSERT INTO pool_states ({POOL_STATE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT (pool) DO UPDATE SET state = excluded.state, epoch = excluded.epoch, \
                 changed_at = excluded.changed_at, changed_by = excluded.changed_by, \
                 from_store = excluded.from_store, to_store = excluded.to_store"
            ),
            format!("INSERT INTO pool_state_changes ({POOL_STATE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)"),
        ] {
            sqlx::query(&sql)
                .bind(&s.pool)
                .bind(&s.state)
                .bind(s.epoch)
                .bind(s.changed_at)
                .bind(&s.changed_by)
                .bind(&s.from_store)
                .bind(&s.to_store)
                .execute(&mut *self.tx)
                .await?;
        }
        Ok(())
    }

    async fn pool_state_changes(&mut self, pool: &str, limit: usize) -> StoreResult<Vec<PoolState>> {
        let rows = sqlx::query(&format!(
            "SELECT {POOL_STATE_COLUMNS} FROM pool_state_changes WHERE pool = $1 ORDER BY id DESC LIMIT $2"
        ))
        .bind(pool)
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(pool_state_of).collect()
    }
}
