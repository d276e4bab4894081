// The SQL of compliance (its configuration, the events, their batches and each pool's
// exporter lease), written once and included by each backend module after `sql_chat.rs`.

use crate::store::{BatchFilter, ComplianceBatch, CompliancePool, ComplianceStore, ComplianceTarget};

const EVENT_COLUMNS: &str = "id, pool, at, kind, channel, channel_name, room_id, user_id, user_uri, user_name, \
                             message_id, content, detail, batch_id";
const BATCH_COLUMNS: &str = "id, pool, state, created_at, exported_at, events, settings, files, first_id, last_id";

/// An event row, its columns read by position (in [`EVENT_COLUMNS`]' order): a batch reads
/// a hundred thousand of them, and a lookup by name is a good part of each.
fn stored_event(row: &DbRow) -> StoreResult<ComplianceEvent> {
    let kind: &str = row.try_get(3)?;
    Ok(ComplianceEvent {
        id: row.try_get(0)?,
        pool: row.try_get(1)?,
        at: row.try_get(2)?,
        kind: crate::api::EventKind::parse(kind)
            .ok_or_else(|| StoreError::Other(anyhow::anyhow!("column kind: unknown event type {kind:?}")))?,
        channel: row.try_get(4)?,
        channel_name: row.try_get(5)?,
        room_id: row.try_get(6)?,
        user_id: row.try_get(7)?,
        user_uri: row.try_get(8)?,
        user_name: row.try_get(9)?,
        content_id: row.try_get(10)?,
        content: row.try_get(11)?,
        detail: row.try_get(12)?,
        batch_id: row.try_get(13)?,
    })
}

fn stored_batch(row: &DbRow) -> StoreResult<ComplianceBatch> {
    let state: String = row.try_get("state")?;
    Ok(ComplianceBatch {
        id: row.try_get("id")?,
        pool: row.try_get("pool")?,
        done: state == "done",
        created_at: row.try_get("created_at")?,
        exported_at: row.try_get("exported_at")?,
        events: row.try_get("events")?,
        settings: row.try_get("settings")?,
        files: row.try_get("files")?,
        first_id: row.try_get("first_id")?,
        last_id: row.try_get("last_id")?,
    })
}

/// Records events in `tx`, set-based.
async fn insert_events_in(tx: &mut sqlx::Transaction<'static, Db>, events: &[ComplianceEvent]) -> StoreResult<()> {
    const PER_ROW: usize = 12;
    for chunk in events.chunks(INSERT_CHUNK_PARAMS / PER_ROW) {
        let mut qb = QueryBuilder::<Db>::new(
            "INSERT INTO compliance_events (pool, at, kind, channel, channel_name, room_id, user_id, user_uri, \
             user_name, message_id, content, detail) ",
        );
        qb.push_values(chunk, |mut b, e| {
            b.push_bind(e.pool.clone())
                .push_bind(e.at)
                .push_bind(e.kind.as_str())
                .push_bind(e.channel.clone())
                .push_bind(e.channel_name.clone())
                .push_bind(e.room_id)
                .push_bind(e.user_id)
                .push_bind(e.user_uri.clone())
                .push_bind(e.user_name.clone())
                .push_bind(e.content_id)
                .push_bind(e.content.clone())
                .push_bind(e.detail.clone());
        });
        qb.build().execute(&mut **tx).await?;
    }
    Ok(())
}

/// The compliance events of committed posts: each with its message's id where it was kept.
fn post_records(posts: &[NewMessage], posted: &[Posted]) -> Vec<ComplianceEvent> {
    posts
        .iter()
        .zip(posted)
        .filter_map(|(post, p)| {
            post.record.as_ref().map(|r| ComplianceEvent { content_id: p.id.unwrap_or(0), at: p.posted_at, ..r.clone() })
        })
        .collect()
}

#[async_trait]
impl ComplianceStore for SqlTx {
    async fn insert_compliance_events(&mut self, events: &[ComplianceEvent]) -> StoreResult<()> {
        insert_events_in(&mut self.tx, events).await
    }

    async fn compliance_events(
        &mut self,
        pool: Option<&str>,
        room: Option<&str>,
        exported: Option<bool>,
        after: i64,
        limit: usize,
    ) -> StoreResult<Vec<ComplianceEvent>> {
        let mut qb = QueryBuilder::<Db>::new(format!("SELECT {EVENT_COLUMNS} FROM compliance_events WHERE id > "));
        qb.push_bind(after);
        if let Some(pool) = pool {
            qb.push(" AND pool = ").push_bind(pool.to_string());
        }
        if let Some(room) = room {
            qb.push(" AND channel_name = ").push_bind(room.to_string());
        }
        // Exported: in a batch that is written; waiting: in none, or in one not written yet.
        match exported {
            Some(true) => {
                qb.push(" AND batch_id IN (SELECT id FROM compliance_batches WHERE state = 'done')");
            }
            Some(false) => {
                qb.push(
                    " AND ((batch_id IS NULL AND id > (SELECT waiting_from FROM compliance_watermark)) \
                     OR batch_id IN (SELECT id FROM compliance_batches WHERE state = 'pending'))",
                );
            }
            None => {}
        }
        qb.push(" ORDER BY id LIMIT ").push_bind(i64::try_from(limit).unwrap_or(i64::MAX));
        qb.build().fetch_all(&mut *self.tx).await?.iter().map(stored_event).collect()
    }

    async fn last_compliance_event_id(&mut self) -> StoreResult<i64> {
        let last: Option<i64> =
            sqlx::query_scalar("SELECT MAX(id) FROM compliance_events").fetch_one(&mut *self.tx).await?;
        Ok(last.unwrap_or(0))
    }

    async fn compliance_targets(&mut self) -> StoreResult<Vec<ComplianceTarget>> {
        let rows = sqlx::query(
            "SELECT target, enabled, adapter, interval_secs, one_room_per_file, room_details, user_details, \
             output_dir, retention_secs, revision, updated_at FROM compliance_config ORDER BY target",
        )
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ComplianceTarget {
                    target: row.try_get("target")?,
                    enabled: row.try_get("enabled")?,
                    adapter: row.try_get("adapter")?,
                    interval_secs: row.try_get("interval_secs")?,
                    one_room_per_file: row.try_get("one_room_per_file")?,
                    room_details: row.try_get("room_details")?,
                    user_details: row.try_get("user_details")?,
                    output_dir: row.try_get("output_dir")?,
                    retention_secs: row.try_get("retention_secs")?,
                    revision: row.try_get("revision")?,
                    updated_at: row.try_get("updated_at")?,
                })
            })
            .collect()
    }

    async fn put_compliance_target(&mut self, t: &ComplianceTarget) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO compliance_config (target, enabled, adapter, interval_secs, one_room_per_file, room_details, \
             user_details, output_dir, retention_secs, revision, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
             ON CONFLICT (target) DO UPDATE SET enabled = excluded.enabled, adapter = excluded.adapter, \
             interval_secs = excluded.interval_secs, one_room_per_file = excluded.one_room_per_file, \
             room_details = excluded.room_details, user_details = excluded.user_details, \
             output_dir = excluded.output_dir, retention_secs = excluded.retention_secs, \
             revision = excluded.revision, updated_at = excluded.updated_at",
        )
        .bind(&t.target)
        .bind(t.enabled)
        .bind(&t.adapter)
        .bind(t.interval_secs)
        .bind(t.one_room_per_file)
        .bind(t.room_details)
        .bind(t.user_details)
        .bind(&t.output_dir)
        .bind(t.retention_secs)
        .bind(t.revision)
        .bind(t.updated_at)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    async fn delete_compliance_target(&mut self, target: &str) -> StoreResult<bool> {
        let done =
            sqlx::query("DELETE FROM compliance_config WHERE target = $1").bind(target).execute(&mut *self.tx).await?;
        Ok(done.rows_affected() > 0)
    }

    async fn take_compliance_lease(&mut self, pool: &str, node: &str, now: i64, until: i64) -> StoreResult<bool> {
        let held: Option<String> = sqlx::query_scalar(
            "INSERT INTO compliance_pools (pool, holder, lease_until) VALUES ($1, $2, $3) \
             ON CONFLICT (pool) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until \
             WHERE compliance_pools.holder IS NULL OR compliance_pools.holder = excluded.holder \
             OR compliance_pools.lease_until < $4 RETURNING holder",
        )
        .bind(pool)
        .bind(node)
        .bind(until)
        .bind(now)
        .fetch_optional(&mut *self.tx)
        .await?;
        Ok(held.as_deref() == Some(node))
    }

    async fn release_compliance_lease(&mut self, pool: &str, node: &str) -> StoreResult<()> {
        sqlx::query("UPDATE compliance_pools SET lease_until = 0 WHERE pool = $1 AND holder = $2")
            .bind(pool)
            .bind(node)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    async fn pending_batch(&mut self, pool: &str, after: i64) -> StoreResult<Option<ComplianceBatch>> {
        let sql = format!(
            "SELECT {BATCH_COLUMNS} FROM compliance_batches WHERE pool = $1 AND state = 'pending' AND id > $2 \
             ORDER BY id LIMIT 1"
        );
        sqlx::query(&sql).bind(pool).bind(after).fetch_optional(&mut *self.tx).await?.as_ref().map(stored_batch).transpose()
    }

    async fn open_batch(
        &mut self,
        pool: &str,
        filter: &BatchFilter,
        scan_after: i64,
        limit: usize,
        settings: &str,
        now: i64,
    ) -> StoreResult<Option<ComplianceBatch>> {
        // The waiting events the filter takes, after the watermark (SQLite; 0 elsewhere) and
        // `scan_after`.
        let conditions = |qb: &mut QueryBuilder<'static, Db>| {
            qb.push(" id > (SELECT waiting_from FROM compliance_watermark) AND id > ").push_bind(scan_after);
            qb.push(" AND batch_id IS NULL AND pool = ");
            qb.push_bind(pool.to_string());
            if filter.since > i64::MIN {
                qb.push(" AND at >= ").push_bind(filter.since);
            }
            if filter.until < i64::MAX {
                qb.push(" AND at < ").push_bind(filter.until);
            }
            match (filter.room_id, &filter.channel_name) {
                (Some(room), _) => {
                    qb.push(" AND room_id = ").push_bind(room);
                }
                (None, Some(name)) => {
                    qb.push(" AND room_id <> 0 AND channel_name = ").push_bind(name.clone());
                }
                (None, None) => {}
            }
        };
        // The batch is a range of ids: from the first waiting event to the `limit`-th (or
        // the last), so choosing it is one ranged update, not a list of ids.
        let mut qb = QueryBuilder::<Db>::new("SELECT MIN(id) FROM compliance_events WHERE");
        conditions(&mut qb);
        let Some(first): Option<i64> = qb.build_query_scalar().fetch_one(&mut *self.tx).await? else {
            return Ok(None);
        };
        let mut qb = QueryBuilder::<Db>::new("SELECT id FROM compliance_events WHERE");
        conditions(&mut qb);
        qb.push(" ORDER BY id LIMIT 1 OFFSET ").push_bind(i64::try_from(limit.max(1) - 1).unwrap_or(i64::MAX));
        let nth: Option<i64> = qb.build_query_scalar().fetch_optional(&mut *self.tx).await?;
        let last = match nth {
            Some(id) => id,
            None => {
                let mut qb = QueryBuilder::<Db>::new("SELECT MAX(id) FROM compliance_events WHERE");
                conditions(&mut qb);
                qb.build_query_scalar::<Option<i64>>().fetch_one(&mut *self.tx).await?.unwrap_or(first)
            }
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO compliance_batches (pool, state, created_at, events, settings, first_id, last_id) \
             VALUES ($1, 'pending', $2, 0, $3, $4, $5) RETURNING id",
        )
        .bind(pool)
        .bind(now)
        .bind(settings)
        .bind(first)
        .bind(last)
        .fetch_one(&mut *self.tx)
        .await?;
        let mut qb = QueryBuilder::<Db>::new("UPDATE compliance_events SET batch_id = ");
        qb.push_bind(id).push(" WHERE id >= ").push_bind(first).push(" AND id <= ").push_bind(last).push(" AND");
        conditions(&mut qb);
        let taken = qb.build().execute(&mut *self.tx).await?.rows_affected();
        if COMPLIANCE_WATERMARK {
            // Every event up to the first that still waits (any pool's) is in a batch now.
            sqlx::query(
                "UPDATE compliance_watermark SET waiting_from = COALESCE(\
                 (SELECT MIN(id) - 1 FROM compliance_events WHERE batch_id IS NULL AND id > waiting_from), \
                 (SELECT MAX(id) FROM compliance_events), waiting_from)",
            )
            .execute(&mut *self.tx)
            .await?;
        }
        let events = i64::try_from(taken).unwrap_or(i64::MAX);
        sqlx::query("UPDATE compliance_batches SET events = $1 WHERE id = $2")
            .bind(events)
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(Some(ComplianceBatch {
            id,
            pool: pool.to_string(),
            done: false,
            created_at: now,
            exported_at: None,
            events,
            settings: settings.to_string(),
            files: String::new(),
            first_id: first,
            last_id: last,
        }))
    }

    async fn batch_events(
        &mut self,
        batch: &ComplianceBatch,
        after: i64,
        through: i64,
        limit: usize,
    ) -> StoreResult<Vec<ComplianceEvent>> {
        let (after, through) = (after.max(batch.first_id - 1), through.min(batch.last_id));
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        const RANGE: &str = "FROM compliance_events WHERE id > $1 AND id <= $2 AND batch_id = $3 ORDER BY id LIMIT $4";
        if !ROWS_AS_JSON {
            let sql = format!("SELECT {EVENT_COLUMNS} {RANGE}");
            let rows = sqlx::query(&sql).bind(after).bind(through).bind(batch.id).bind(limit);
            return rows.fetch_all(&mut *self.tx).await?.iter().map(stored_event).collect();
        }
        // Each row as one JSON array (the encoding keeps every character).
        let sql = format!("SELECT CAST(json_array({EVENT_COLUMNS}) AS TEXT) {RANGE}");
        let rows: Vec<String> =
            sqlx::query_scalar(&sql).bind(after).bind(through).bind(batch.id).bind(limit).fetch_all(&mut *self.tx).await?;
        type Packed =
            (i64, String, i64, String, String, String, i64, i64, String, String, i64, String, String, Option<i64>);
        rows.iter()
            .map(|text| {
                let r: Packed = serde_json::from_str(text)
                    .map_err(|e| StoreError::Other(anyhow::anyhow!("a compliance event read back as {text:?}: {e}")))?;
                Ok(ComplianceEvent {
                    id: r.0,
                    pool: r.1,
                    at: r.2,
                    kind: crate::api::EventKind::parse(&r.3)
                        .ok_or_else(|| StoreError::Other(anyhow::anyhow!("unknown event type {:?}", r.3)))?,
                    channel: r.4,
                    channel_name: r.5,
                    room_id: r.6,
                    user_id: r.7,
                    user_uri: r.8,
                    user_name: r.9,
                    content_id: r.10,
                    content: r.11,
                    detail: r.12,
                    batch_id: r.13,
                })
            })
            .collect()
    }

    async fn close_batch(&mut self, batch: i64, files: &str, now: i64) -> StoreResult<()> {
        let done = sqlx::query(
            "UPDATE compliance_batches SET state = 'done', exported_at = $1, files = $2 \
             WHERE id = $3 AND state = 'pending'",
        )
        .bind(now)
        .bind(files)
        .bind(batch)
        .execute(&mut *self.tx)
        .await?;
        expect_one(done.rows_affected())
    }

    async fn start_compliance_clock(&mut self, pool: &str, now: i64) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO compliance_pools (pool, last_run_at) VALUES ($1, $2) \
             ON CONFLICT (pool) DO UPDATE SET last_run_at = excluded.last_run_at WHERE compliance_pools.last_run_at = 0",
        )
        .bind(pool)
        .bind(now)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    async fn note_compliance_run(&mut self, pool: &str, now: i64, error: Option<&str>) -> StoreResult<()> {
        let sql = if error.is_some() {
            "INSERT INTO compliance_pools (pool, last_run_at, last_error, last_error_at) VALUES ($1, $2, $3, $2) \
             ON CONFLICT (pool) DO UPDATE SET last_run_at = excluded.last_run_at, last_error = excluded.last_error, \
             last_error_at = excluded.last_error_at"
        } else {
            "INSERT INTO compliance_pools (pool, last_run_at, last_success_at) VALUES ($1, $2, $2) \
             ON CONFLICT (pool) DO UPDATE SET last_run_at = excluded.last_run_at, \
             last_success_at = excluded.last_success_at, last_error = NULL, last_error_at = NULL"
        };
        let mut query = sqlx::query(sql).bind(pool).bind(now);
        if let Some(error) = error {
            query = query.bind(error);
        }
        query.execute(&mut *self.tx).await?;
        Ok(())
    }

    async fn purge_compliance(&mut self, pool: &str, exported_before: i64) -> StoreResult<u64> {
        let old: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT id, first_id, last_id FROM compliance_batches \
             WHERE pool = $1 AND state = 'done' AND exported_at < $2 ORDER BY id",
        )
        .bind(pool)
        .bind(exported_before)
        .fetch_all(&mut *self.tx)
        .await?;
        let mut purged = 0;
        for (batch, first, last) in old {
            purged += sqlx::query("DELETE FROM compliance_events WHERE id >= $1 AND id <= $2 AND batch_id = $3")
                .bind(first)
                .bind(last)
                .bind(batch)
                .execute(&mut *self.tx)
                .await?
                .rows_affected();
            sqlx::query("DELETE FROM compliance_batches WHERE id = $1").bind(batch).execute(&mut *self.tx).await?;
        }
        // Ids after the largest left may be given again (SQLite): the watermark comes down
        // to it, so an id given again is never below the watermark.
        let lower = format!(
            "UPDATE compliance_watermark SET waiting_from = \
             {SQL_LEAST}(waiting_from, COALESCE((SELECT MAX(id) FROM compliance_events), 0))"
        );
        sqlx::query(&lower)
        .execute(&mut *self.tx)
        .await?;
        Ok(purged)
    }

    async fn compliance_pools(&mut self) -> StoreResult<Vec<CompliancePool>> {
        let mut pools: std::collections::BTreeMap<String, CompliancePool> = Default::default();
        for row in sqlx::query(
            "SELECT pool, holder, lease_until, last_run_at, last_success_at, last_error, last_error_at \
             FROM compliance_pools",
        )
        .fetch_all(&mut *self.tx)
        .await?
        {
            let pool: String = row.try_get("pool")?;
            let p = pools.entry(pool.clone()).or_insert_with(|| CompliancePool { pool, ..Default::default() });
            p.holder = row.try_get("holder")?;
            p.lease_until = row.try_get("lease_until")?;
            p.last_run_at = row.try_get("last_run_at")?;
            p.last_success_at = row.try_get("last_success_at")?;
            p.last_error = row.try_get("last_error")?;
            p.last_error_at = row.try_get("last_error_at")?;
        }
        for row in sqlx::query(
            "SELECT pool, COUNT(*) AS n FROM compliance_events \
             WHERE id > (SELECT waiting_from FROM compliance_watermark) AND batch_id IS NULL GROUP BY pool",
        )
        .fetch_all(&mut *self.tx)
        .await?
        {
            let pool: String = row.try_get("pool")?;
            let p = pools.entry(pool.clone()).or_insert_with(|| CompliancePool { pool, ..Default::default() });
            p.waiting = row.try_get("n")?;
        }
        for row in sqlx::query(
            "SELECT pool, state, MIN(id) AS first, CAST(SUM(events) AS BIGINT) AS n FROM compliance_batches \
             GROUP BY pool, state",
        )
        .fetch_all(&mut *self.tx)
        .await?
        {
            let pool: String = row.try_get("pool")?;
            let p = pools.entry(pool.clone()).or_insert_with(|| CompliancePool { pool, ..Default::default() });
            let state: String = row.try_get("state")?;
            let events = row.try_get::<Option<i64>, _>("n")?.unwrap_or(0);
            if state == "pending" {
                p.pending_batch = row.try_get("first")?;
                p.waiting += events;
            } else {
                p.exported_kept = events;
            }
        }
        Ok(pools.into_values().collect())
    }
}
