// The SQL of jobs (exports, imports) and of where each import stands in each room,
// included by each backend module.

use crate::store::{ImportBatch, JobRow, JobStore};

const JOB_COLUMNS: &str =
    "id, kind, state, created_by, node, detail, started_at, updated_at, finished_at, progress, error, cancel_requested";

fn job_of(row: &DbRow) -> StoreResult<JobRow> {
    Ok(JobRow {
        id: row.try_get("id")?,
        kind: row.try_get("kind")?,
        state: row.try_get("state")?,
        created_by: row.try_get("created_by")?,
        node: row.try_get("node")?,
        detail: row.try_get("detail")?,
        started_at: row.try_get("started_at")?,
        updated_at: row.try_get("updated_at")?,
        finished_at: row.try_get("finished_at")?,
        progress: row.try_get("progress")?,
        error: row.try_get("error")?,
        cancel_requested: row.try_get("cancel_requested")?,
    })
}

/// Inserts a job (`conflict`: what a unique index's refusal does); its id, if it went in.
async fn insert(tx: &mut SqlTx, j: &JobRow, conflict: &str) -> StoreResult<Option<i64>> {
    Ok(sqlx::query_scalar(&format!(
        "INSERT INTO jobs (kind, state, created_by, node, detail, started_at, updated_at, progress) \
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7){conflict} RETURNING id"
    ))
    .bind(&j.kind)
    .bind(&j.state)
    .bind(&j.created_by)
    .bind(&j.node)
    .bind(&j.detail)
    .bind(j.started_at)
    .bind(&j.progress)
    .fetch_optional(&mut *tx.tx)
    .await?)
}

#[async_trait]
impl JobStore for SqlTx {
    async fn insert_job(&mut self, j: &JobRow) -> StoreResult<i64> {
        insert(self, j, "").await?.ok_or_else(|| StoreError::Other(anyhow::anyhow!("a job insert returned no id")))
    }

    async fn job_progress(&mut self, id: i64, progress: &str, now: i64) -> StoreResult<bool> {
        let asked: Option<bool> = sqlx::query_scalar(
            "UPDATE jobs SET progress = $1, updated_at = $2 WHERE id = $3 RETURNING cancel_requested",
        )
        .bind(progress)
        .bind(now)
        .bind(id)
        .fetch_optional(&mut *self.tx)
        .await?;
        Ok(asked.unwrap_or(true))
    }

    async fn finish_job(&mut self, id: i64, state: &str, progress: &str, error: Option<&str>, now: i64) -> StoreResult<()> {
        sqlx::query(
            "UPDATE jobs SET state = $1, progress = $2, error = $3, updated_at = $4, finished_at = $4 WHERE id = $5",
        )
        .bind(state)
        .bind(progress)
        .bind(error)
        .bind(now)
        .bind(id)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    async fn jobs(&mut self, limit: usize, kind: Option<&str>) -> StoreResult<Vec<JobRow>> {
        let rows = sqlx::query(&format!(
            "SELECT {JOB_COLUMNS} FROM jobs WHERE ($2 IS NULL OR kind = $2) ORDER BY id DESC LIMIT $1"
        ))
        .bind(limit as i64)
        .bind(kind)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(job_of).collect()
    }

    async fn claim_job(&mut self, j: &JobRow, since: i64, stale_before: i64) -> StoreResult<Option<i64>> {
        let error = r#"{"code":"interrupted","message":"the node running it stopped answering before it finished"}"#;
        sqlx::query(
            "UPDATE jobs SET state = 'failed', error = $1, finished_at = $2 \
             WHERE kind = $3 AND state = 'running' AND updated_at < $4",
        )
        .bind(error)
        .bind(j.started_at)
        .bind(&j.kind)
        .bind(stale_before)
        .execute(&mut *self.tx)
        .await?;
        let busy: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM jobs WHERE kind = $1 AND (state = 'running' OR started_at > $2) LIMIT 1",
        )
        .bind(&j.kind)
        .bind(since)
        .fetch_optional(&mut *self.tx)
        .await?;
        if busy.is_some() {
            return Ok(None);
        }
        // Two nodes that both found none: the unique index lets one of them in.
        insert(self, j, " ON CONFLICT DO NOTHING").await
    }

    async fn job(&mut self, id: i64) -> StoreResult<Option<JobRow>> {
        let row = sqlx::query(&format!("SELECT {JOB_COLUMNS} FROM jobs WHERE id = $1"))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(job_of).transpose()
    }

    async fn cancel_job(&mut self, id: i64) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE jobs SET cancel_requested = TRUE WHERE id = $1 AND state = 'running'")
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn abandon_jobs(&mut self, node: &str, now: i64) -> StoreResult<u64> {
        let error = r#"{"code":"interrupted","message":"the node running the job stopped before it finished; run it again to finish it"}"#;
        let done = sqlx::query(
            "UPDATE jobs SET state = 'failed', error = $1, updated_at = $2, finished_at = $2 \
             WHERE node = $3 AND state = 'running'",
        )
        .bind(error)
        .bind(now)
        .bind(node)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected())
    }

    async fn import_mark(&mut self, archive: &str, room_id: i64) -> StoreResult<Option<(i64, i64)>> {
        let row = sqlx::query("SELECT done_seq, seq_offset FROM import_marks WHERE archive = $1 AND room_id = $2")
            .bind(archive)
            .bind(room_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.map(|r| Ok((r.try_get("done_seq")?, r.try_get("seq_offset")?))).transpose()
    }

    async fn taken_message_ids(&mut self, ids: &[i64]) -> StoreResult<Vec<i64>> {
        let mut taken = Vec::new();
        for chunk in ids.chunks(IN_CHUNK) {
            let mut qb = QueryBuilder::<Db>::new("SELECT id FROM messages WHERE id IN (");
            let mut sep = qb.separated(", ");
            for id in chunk {
                sep.push_bind(*id);
            }
            qb.push(")");
            let rows = qb.build().fetch_all(&mut *self.tx).await?;
            for row in rows {
                taken.push(row.try_get("id")?);
            }
        }
        Ok(taken)
    }
}

/// One batch of an import's messages, the room's counter and the import's mark, in one
/// transaction: a crash leaves the batch whole or absent, and the mark says which.
#[allow(dead_code)] // PostgreSQL writes the messages of its batches with COPY
async fn import_batch_in(tx: &mut sqlx::Transaction<'static, Db>, batch: &ImportBatch<'_>) -> StoreResult<()> {
    insert_imported(tx, batch).await?;
    import_bookkeeping(tx, batch).await
}

#[allow(dead_code)] // PostgreSQL writes the messages of its batches with COPY
async fn insert_imported(tx: &mut sqlx::Transaction<'static, Db>, batch: &ImportBatch<'_>) -> StoreResult<()> {
    let with_id: Vec<_> = batch.messages.iter().filter(|m| m.id.is_some()).collect();
    let without_id: Vec<_> = batch.messages.iter().filter(|m| m.id.is_none()).collect();
    for (ids, rows) in [(true, with_id), (false, without_id)] {
        let per_row = if ids { 9 } else { 8 };
        for chunk in rows.chunks(INSERT_CHUNK_PARAMS / per_row) {
            let mut qb = QueryBuilder::<Db>::new(if ids {
                "INSERT INTO messages (id, room_id, seq, sender, posted_at, kind, title, body, files) "
            } else {
                "INSERT INTO messages (room_id, seq, sender, posted_at, kind, title, body, files) "
            });
            if ids {
                qb.push(SQL_OVERRIDING_IDS);
            }
            qb.push_values(chunk, |mut b, m| {
                if let Some(id) = m.id {
                    b.push_bind(id);
                }
                b.push_bind(batch.room_id)
                    .push_bind(m.seq)
                    .push_bind(m.sender.clone())
                    .push_bind(m.posted_at)
                    .push_bind(m.kind.as_str())
                    .push_bind(m.title.clone())
                    .push_bind(m.body.clone())
                    .push_bind(m.files.clone());
            });
            qb.build().execute(&mut **tx).await?;
        }
        // New ids come after the kept ones.
        if let (true, Some(sql)) = (ids, SQL_AFTER_EXPLICIT_IDS) {
            if let Some(top) = batch.messages.iter().filter_map(|m| m.id).max() {
                sqlx::query(sql).bind(top).execute(&mut **tx).await?;
            }
        }
    }
    Ok(())
}

/// The room's counter past the batch, and the import's mark.
async fn import_bookkeeping(tx: &mut sqlx::Transaction<'static, Db>, batch: &ImportBatch<'_>) -> StoreResult<()> {
    let top_seq = batch.messages.iter().map(|m| m.seq).max().unwrap_or(0).max(batch.last_seq);
    let top_time = batch.messages.iter().map(|m| m.posted_at).max().unwrap_or(0);
    let counter = format!(
        "INSERT INTO room_counters (room_id, last_seq, last_posted_at) VALUES ($1, $2, $3) \
         ON CONFLICT (room_id) DO UPDATE SET last_seq = {SQL_GREATEST}(room_counters.last_seq, excluded.last_seq), \
         last_posted_at = {SQL_GREATEST}(room_counters.last_posted_at, excluded.last_posted_at)"
    );
    sqlx::query(&counter).bind(batch.room_id).bind(top_seq).bind(top_time).execute(&mut **tx).await?;
    sqlx::query(
        "INSERT INTO import_marks (archive, room_id, done_seq, seq_offset) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (archive, room_id) DO UPDATE SET done_seq = excluded.done_seq",
    )
    .bind(batch.archive)
    .bind(batch.room_id)
    .bind(batch.done_seq)
    .bind(batch.seq_offset)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
