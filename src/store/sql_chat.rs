// The SQL of chat (messages, room counters, joins), written once and included by each
// backend module after `sql_body.rs`, like it. Chat writes go through their own
// connections, never the management writers' lock: `post_in` runs in any transaction.

use crate::store::{
    AuditEntry, ComplianceEvent, ContentChange, HistoryRange, MessageStore, NewMessage, Posted, RoomActivity, SearchRange, StoredFile,
    StoredMessage,
};

const MESSAGE_COLUMNS: &str = "id, room_id, seq, sender, posted_at, kind, title, body, files";

/// A message row, its columns read by position (in [`MESSAGE_COLUMNS`]' order): an export
/// reads a million of them, and a lookup by name is a good part of each.
fn stored_message(row: &DbRow) -> StoreResult<StoredMessage> {
    let kind: &str = row.try_get(5)?;
    Ok(StoredMessage {
        id: row.try_get(0)?,
        room_id: row.try_get(1)?,
        seq: row.try_get(2)?,
        sender: row.try_get(3)?,
        posted_at: row.try_get(4)?,
        kind: kind.parse().map_err(|e| StoreError::Other(anyhow::anyhow!("column kind: {e}")))?,
        title: row.try_get(6)?,
        body: row.try_get(7)?,
        files: row.try_get(8)?,
    })
}

/// A message row handed over as one JSON array of [`MESSAGE_COLUMNS`] (where
/// [`ROWS_AS_JSON`]).
fn packed_message(text: &str) -> StoreResult<StoredMessage> {
    type Packed = (i64, i64, i64, String, i64, String, String, String, String);
    let r: Packed = serde_json::from_str(text)
        .map_err(|e| StoreError::Other(anyhow::anyhow!("a message read back as {text:?}: {e}")))?;
    Ok(StoredMessage {
        id: r.0,
        room_id: r.1,
        seq: r.2,
        sender: r.3,
        posted_at: r.4,
        kind: r.5.parse().map_err(|e| StoreError::Other(anyhow::anyhow!("column kind: {e}")))?,
        title: r.6,
        body: r.7,
        files: r.8,
    })
}

async fn insert_file_in(
    tx: &mut sqlx::Transaction<'static, Db>,
    f: &StoredFile,
    record: Option<&ComplianceEvent>,
) -> StoreResult<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO files (room_id, sha256, name, size, content_type, sender, uploaded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(f.room_id)
    .bind(&f.sha256)
    .bind(&f.name)
    .bind(f.size)
    .bind(&f.content_type)
    .bind(&f.sender)
    .bind(f.uploaded_at)
    .fetch_one(&mut **tx)
    .await?;
    if let Some(record) = record {
        insert_events_in(tx, &[ComplianceEvent { content_id: id, ..record.clone() }]).await?;
    }
    Ok(id)
}

async fn change_content_in(
    tx: &mut sqlx::Transaction<'static, Db>,
    room_id: i64,
    change: &ContentChange,
    audit: &AuditEntry,
    records: &[ComplianceEvent],
) -> StoreResult<u64> {
    let mut changed = 0;
    match change {
        ContentChange::Remove(ids) | ContentChange::Replace(ids, _) => {
            for chunk in ids.chunks(IN_CHUNK) {
                let mut qb = QueryBuilder::<Db>::new(match change {
                    ContentChange::Remove(_) => "DELETE FROM messages WHERE room_id = ",
                    _ => "UPDATE messages SET title = '', files = '', body = ",
                });
                if let ContentChange::Replace(_, text) = change {
                    qb.push_bind(text.clone()).push(" WHERE room_id = ");
                }
                qb.push_bind(room_id).push(" AND id IN (");
                let mut sep = qb.separated(", ");
                for id in chunk {
                    sep.push_bind(*id);
                }
                qb.push(")");
                changed += qb.build().execute(&mut **tx).await?.rows_affected();
            }
        }
        ContentChange::ClearThrough(through) => {
            changed = sqlx::query("DELETE FROM messages WHERE room_id = $1 AND posted_at <= $2")
                .bind(room_id)
                .bind(through)
                .execute(&mut **tx)
                .await?
                .rows_affected();
        }
    }
    sqlx::query("INSERT INTO audit_log (at, actor, action, target, detail) VALUES ($1, $2, $3, $4, $5)")
        .bind(audit.at)
        .bind(&audit.actor)
        .bind(&audit.action)
        .bind(&audit.target)
        .bind(&audit.detail)
        .execute(&mut **tx)
        .await?;
    insert_events_in(tx, records).await?;
    Ok(changed)
}

async fn import_in(tx: &mut sqlx::Transaction<'static, Db>, room_id: i64, messages: &[NewMessage]) -> StoreResult<u64> {
    let Some(last) = messages.last() else { return Ok(0) };
    let n = i64::try_from(messages.len()).unwrap_or(i64::MAX);
    // Take the numbers as one block: the counter row, locked until the commit.
    let counter = format!(
        "INSERT INTO room_counters (room_id, last_seq, last_posted_at) VALUES ($1, $2, $3) \
         ON CONFLICT (room_id) DO UPDATE SET last_seq = room_counters.last_seq + $2, \
         last_posted_at = {SQL_GREATEST}(room_counters.last_posted_at, excluded.last_posted_at) RETURNING last_seq"
    );
    let end: i64 = sqlx::query_scalar(&counter).bind(room_id).bind(n).bind(last.posted_at).fetch_one(&mut **tx).await?;
    let first = end - n + 1;
    for (chunk_at, chunk) in messages.chunks(INSERT_CHUNK_PARAMS / 8).enumerate() {
        let base = first + (chunk_at * (INSERT_CHUNK_PARAMS / 8)) as i64;
        let mut qb = QueryBuilder::<Db>::new(
            "INSERT INTO messages (room_id, seq, sender, posted_at, kind, title, body, files) ",
        );
        qb.push_values(chunk.iter().enumerate(), |mut b, (i, m)| {
            b.push_bind(room_id)
                .push_bind(base + i as i64)
                .push_bind(m.sender.clone())
                .push_bind(m.posted_at)
                .push_bind(m.kind.as_str())
                .push_bind(m.title.clone())
                .push_bind(m.body.clone())
                .push_bind(m.files.clone());
        });
        qb.build().execute(&mut **tx).await?;
    }
    Ok(messages.len() as u64)
}

async fn set_joined_in(
    tx: &mut sqlx::Transaction<'static, Db>,
    sip: &str,
    room_id: i64,
    joined: bool,
    now_ms: i64,
    record: Option<&ComplianceEvent>,
) -> StoreResult<bool> {
    let done = if joined {
        sqlx::query(
            "INSERT INTO room_joins (user_sip, room_id, joined_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_sip, room_id) DO NOTHING",
        )
        .bind(sip)
        .bind(room_id)
        .bind(now_ms)
        .execute(&mut **tx)
        .await?
    } else {
        sqlx::query("DELETE FROM room_joins WHERE user_sip = $1 AND room_id = $2")
            .bind(sip)
            .bind(room_id)
            .execute(&mut **tx)
            .await?
    };
    let changed = done.rows_affected() > 0;
    if let (true, Some(record)) = (changed, record) {
        insert_events_in(tx, std::slice::from_ref(record)).await?;
    }
    Ok(changed)
}

impl SqlTx {
    /// The first (`first`) or last sequence number posted inside a time bound: a room's
    /// times grow with its numbers, so a time bound is a number bound found in the index.
    async fn seq_at(&mut self, room_id: i64, time: i64, first: bool) -> StoreResult<Option<i64>> {
        let sql = if first {
            "SELECT seq FROM messages WHERE room_id = $1 AND posted_at >= $2 ORDER BY posted_at, seq LIMIT 1"
        } else {
            "SELECT seq FROM messages WHERE room_id = $1 AND posted_at <= $2 ORDER BY posted_at DESC, seq DESC LIMIT 1"
        };
        Ok(sqlx::query_scalar(sql).bind(room_id).bind(time).fetch_optional(&mut *self.tx).await?)
    }
}

#[async_trait]
impl MessageStore for SqlTx {
    async fn history(&mut self, room_id: i64, range: &HistoryRange) -> StoreResult<Vec<StoredMessage>> {
        let (mut after, mut before) = (range.after, range.before);
        if range.since > i64::MIN {
            match self.seq_at(room_id, range.since, true).await? {
                Some(first) => after = after.max(first - 1),
                None => return Ok(Vec::new()),
            }
        }
        if range.until < i64::MAX {
            match self.seq_at(room_id, range.until, false).await? {
                Some(last) => before = before.min(last.saturating_add(1)),
                None => return Ok(Vec::new()),
            }
        }
        let order = if range.oldest_first { "ASC" } else { "DESC" };
        let limit = i64::try_from(range.limit).unwrap_or(i64::MAX);
        let from = format!("FROM messages WHERE room_id = $1 AND seq > $2 AND seq < $3 ORDER BY seq {order} LIMIT $4");
        if ROWS_AS_JSON {
            let sql = format!("SELECT CAST(json_array({MESSAGE_COLUMNS}) AS TEXT) {from}");
            let rows: Vec<String> =
                sqlx::query_scalar(&sql).bind(room_id).bind(after).bind(before).bind(limit).fetch_all(&mut *self.tx).await?;
            return rows.iter().map(|text| packed_message(text)).collect();
        }
        let sql = format!("SELECT {MESSAGE_COLUMNS} {from}");
        let rows = sqlx::query(&sql).bind(room_id).bind(after).bind(before).bind(limit).fetch_all(&mut *self.tx).await?;
        rows.iter().map(stored_message).collect()
    }

    async fn room_activity(&mut self, room_id: i64) -> StoreResult<RoomActivity> {
        let messages: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE room_id = $1")
            .bind(room_id)
            .fetch_one(&mut *self.tx)
            .await?;
        let row = sqlx::query("SELECT last_seq, last_posted_at FROM room_counters WHERE room_id = $1")
            .bind(room_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        Ok(match row {
            Some(row) => RoomActivity {
                messages,
                last_seq: row.try_get("last_seq")?,
                last_posted_at: Some(row.try_get("last_posted_at")?),
            },
            None => RoomActivity { messages, ..Default::default() },
        })
    }

    async fn search(&mut self, range: &SearchRange) -> StoreResult<Vec<StoredMessage>> {
        let columns = MESSAGE_COLUMNS.split(", ").map(|c| format!("m.{c}")).collect::<Vec<_>>().join(", ");
        let mut qb = QueryBuilder::<Db>::new(format!("SELECT {columns} FROM {SEARCH_FROM} WHERE "));
        qb.push(SEARCH_MATCH.0).push_bind(search_terms(&range.words)).push(SEARCH_MATCH.1);
        qb.push(" AND m.id < ").push_bind(range.before);
        if let Some(room) = range.room_id {
            qb.push(" AND m.room_id = ").push_bind(room);
        }
        if let Some(sender) = &range.sender {
            qb.push(" AND m.sender = ").push_bind(sender.clone());
        }
        if range.since > i64::MIN {
            qb.push(" AND m.posted_at >= ").push_bind(range.since);
        }
        if range.until < i64::MAX {
            qb.push(" AND m.posted_at <= ").push_bind(range.until);
        }
        qb.push(format!(" ORDER BY {SEARCH_ORDER} LIMIT "))
            .push_bind(i64::try_from(range.limit).unwrap_or(i64::MAX));
        let rows = qb.build().fetch_all(&mut *self.tx).await?;
        rows.iter().map(stored_message).collect()
    }

    async fn posted_files(&mut self, room_id: i64, since: i64) -> StoreResult<Vec<String>> {
        Ok(sqlx::query_scalar("SELECT files FROM messages WHERE room_id = $1 AND posted_at >= $2 AND files <> ''")
            .bind(room_id)
            .bind(since)
            .fetch_all(&mut *self.tx)
            .await?)
    }

    async fn file_store_bytes(&mut self) -> StoreResult<i64> {
        let bytes: Option<i64> = sqlx::query_scalar(
            "SELECT CAST(SUM(size) AS BIGINT) FROM (SELECT MAX(size) AS size FROM files GROUP BY sha256) AS contents",
        )
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(bytes.unwrap_or(0))
    }

    async fn files_by_id(&mut self, ids: &[i64]) -> StoreResult<Vec<StoredFile>> {
        let mut files = Vec::new();
        for chunk in ids.chunks(IN_CHUNK) {
            let mut qb = QueryBuilder::<Db>::new(
                "SELECT id, room_id, sha256, name, size, content_type, sender, uploaded_at FROM files WHERE id IN (",
            );
            let mut sep = qb.separated(", ");
            for id in chunk {
                sep.push_bind(*id);
            }
            qb.push(")");
            for row in qb.build().fetch_all(&mut *self.tx).await? {
                files.push(StoredFile {
                    id: row.try_get("id")?,
                    room_id: row.try_get("room_id")?,
                    sha256: row.try_get("sha256")?,
                    name: row.try_get("name")?,
                    size: row.try_get("size")?,
                    content_type: row.try_get("content_type")?,
                    sender: row.try_get("sender")?,
                    uploaded_at: row.try_get("uploaded_at")?,
                });
            }
        }
        Ok(files)
    }

    async fn count_through(&mut self, room_id: i64, through: i64) -> StoreResult<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE room_id = $1 AND posted_at <= $2")
            .bind(room_id)
            .bind(through)
            .fetch_one(&mut *self.tx)
            .await?)
    }

    async fn audit_log(&mut self, before: i64, limit: usize) -> StoreResult<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT id, at, actor, action, target, detail FROM audit_log WHERE id < $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(before)
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AuditEntry {
                    id: row.try_get("id")?,
                    at: row.try_get("at")?,
                    actor: row.try_get("actor")?,
                    action: row.try_get("action")?,
                    target: row.try_get("target")?,
                    detail: row.try_get("detail")?,
                })
            })
            .collect()
    }

    async fn joined_count(&mut self, room_id: i64) -> StoreResult<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM room_joins WHERE room_id = $1")
            .bind(room_id)
            .fetch_one(&mut *self.tx)
            .await?)
    }

    async fn joined_rooms(&mut self, sip: &str) -> StoreResult<Vec<i64>> {
        Ok(sqlx::query_scalar("SELECT room_id FROM room_joins WHERE user_sip = $1 ORDER BY room_id")
            .bind(sip)
            .fetch_all(&mut *self.tx)
            .await?)
    }
}
