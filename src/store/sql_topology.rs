// The SQL of the published topology's versions, included by each backend module.

use crate::store::{StoredTopology, TopologyStore};

fn stored_topology(row: &DbRow) -> StoreResult<StoredTopology> {
    Ok(StoredTopology {
        version: row.try_get("version")?,
        name: row.try_get("name")?,
        document: row.try_get("document")?,
        published_at: row.try_get("published_at")?,
        published_by: row.try_get("published_by")?,
    })
}

#[async_trait]
impl TopologyStore for SqlTx {
    async fn latest_topology(&mut self) -> StoreResult<Option<StoredTopology>> {
        let row = sqlx::query(
            "SELECT version, name, document, published_at, published_by FROM topology_versions \
             ORDER BY version DESC LIMIT 1",
        )
        .fetch_optional(&mut *self.tx)
        .await?;
        row.as_ref().map(stored_topology).transpose()
    }

    async fn topology_at(&mut self, version: i64) -> StoreResult<Option<StoredTopology>> {
        let row = sqlx::query(
            "SELECT version, name, document, published_at, published_by FROM topology_versions WHERE version = $1",
        )
        .bind(version)
        .fetch_optional(&mut *self.tx)
        .await?;
        row.as_ref().map(stored_topology).transpose()
    }

    async fn topology_history(&mut self, limit: usize) -> StoreResult<Vec<StoredTopology>> {
        let rows = sqlx::query(
            "SELECT version, name, document, published_at, published_by FROM topology_versions \
             ORDER BY version DESC LIMIT $1",
        )
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(stored_topology).collect()
    }

    async fn insert_topology(&mut self, t: &StoredTopology) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO topology_versions (version, name, document, published_at, published_by) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(t.version)
        .bind(&t.name)
        .bind(&t.document)
        .bind(t.published_at)
        .bind(&t.published_by)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }
}
