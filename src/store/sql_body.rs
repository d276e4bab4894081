// The SQL of every store trait, written once and included by each backend module, which
// defines `Db` (the sqlx database type) first. Both SQLite and PostgreSQL accept `$N`
// placeholders, `RETURNING` and `ON CONFLICT`, so the statements are the same text.

use std::collections::HashMap;

use async_trait::async_trait;
use sqlx::{QueryBuilder, Row};

use crate::api::{Addin, Category, ChatConfigScope, ChatConfigSettings, Group, Meta, Policy, Role, Room, Token, User};
use crate::store::sql::{glob_to_like, labels_from_text, labels_to_text, Migration, INSERT_CHUNK_PARAMS, IN_CHUNK};
use crate::store::{
    format_ms, parse_ms, AddinStore, After, CategoryStore, ConfigStore, DirectoryStore, PolicyStore, RoomFilter,
    RoomStore, RoomWrite, StoreError, StoreResult, TokenStore, Tx,
};

type DbRow = <Db as sqlx::Database>::Row;

pub struct SqlTx {
    tx: sqlx::Transaction<'static, Db>,
    /// A writer's: the store's count of committed writes, moved on by its commit.
    generation: Option<std::sync::Arc<std::sync::atomic::AtomicU64>>,
}

impl SqlTx {
    pub fn new(tx: sqlx::Transaction<'static, Db>) -> SqlTx {
        SqlTx { tx, generation: None }
    }

    pub fn writer(
        tx: sqlx::Transaction<'static, Db>,
        generation: std::sync::Arc<std::sync::atomic::AtomicU64>,
    ) -> SqlTx {
        SqlTx { tx, generation: Some(generation) }
    }

    /// `rows`, each with a new id for `table`, all of them free, taken as one block. A
    /// set-based insert names its rows' ids, so it needs no `RETURNING` to learn them (a
    /// third of the time of inserting 150,000 users).
    async fn numbered<'r, T>(&mut self, table: &str, rows: &'r [T]) -> StoreResult<Vec<(i64, &'r T)>> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let n = i64::try_from(rows.len()).unwrap_or(i64::MAX);
        let last: i64 = sqlx::query_scalar(&id_block_sql(table)).bind(n).fetch_one(&mut *self.tx).await?;
        Ok((last - n + 1..).zip(rows).collect())
    }
}

fn meta(row: &DbRow) -> StoreResult<Meta> {
    let (id, revision) = (row.try_get("id")?, row.try_get("revision")?);
    let (created, updated): (i64, i64) = (row.try_get("created_at")?, row.try_get("updated_at")?);
    let labels: &str = row.try_get("labels")?;
    Ok(LAST_META.with_borrow_mut(|last| Meta {
        id,
        revision,
        created_at: last.created.get(created),
        updated_at: last.updated.get(updated),
        labels: last.labels.get(labels),
    }))
}

thread_local! {
    /// The rows of one changeset share their timestamps, and a plan's objects their labels:
    /// a listing of 150,000 users formats and parses the last row's again only when they
    /// differ (a fifth of the listing's time was spent doing it for every row).
    static LAST_META: std::cell::RefCell<LastMeta> = Default::default();
}

#[derive(Default)]
struct LastMeta {
    created: Last<i64, String>,
    updated: Last<i64, String>,
    labels: Last<String, crate::api::Labels>,
}

/// The last stored value read, and what it became.
#[derive(Default)]
struct Last<K, V> {
    read: Option<(K, V)>,
}

impl Last<i64, String> {
    fn get(&mut self, ms: i64) -> String {
        match &self.read {
            Some((at, text)) if *at == ms => text.clone(),
            _ => self.read.insert((ms, format_ms(ms))).1.clone(),
        }
    }
}

impl Last<String, crate::api::Labels> {
    fn get(&mut self, stored: &str) -> crate::api::Labels {
        match &self.read {
            Some((text, labels)) if text == stored => labels.clone(),
            _ => self.read.insert((stored.to_string(), labels_from_text(stored))).1.clone(),
        }
    }
}

fn parse_enum<T: std::str::FromStr<Err = String>>(row: &DbRow, column: &str) -> StoreResult<T> {
    let text: String = row.try_get(column)?;
    text.parse::<T>().map_err(|e| StoreError::Other(anyhow::anyhow!("column {column}: {e}")))
}

fn expect_one(affected: u64) -> StoreResult<()> {
    if affected == 1 {
        Ok(())
    } else {
        Err(StoreError::Conflict)
    }
}

/// Runs the migrations that are not yet applied, each in its own transaction.
pub async fn run_migrations(pool: &sqlx::Pool<Db>, migrations: &[Migration]) -> StoreResult<i64> {
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)",
    )
    .execute(pool)
    .await?;
    let mut current = schema_version(pool).await?;
    let start = current;
    for m in migrations.iter().filter(|m| m.version > start) {
        let mut tx = pool.begin().await?;
        sqlx::raw_sql(m.sql).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)")
            .bind(m.version)
            .bind(crate::store::now_ms())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        current = m.version;
    }
    Ok(current)
}

pub async fn store_id(pool: &sqlx::Pool<Db>) -> StoreResult<String> {
    let row = sqlx::query("SELECT value FROM store_info WHERE key = 'store_id'").fetch_one(pool).await?;
    Ok(row.try_get("value")?)
}

pub async fn schema_version(pool: &sqlx::Pool<Db>) -> StoreResult<i64> {
    let exists = sqlx::query("SELECT COUNT(*) AS n FROM schema_migrations").fetch_one(pool).await;
    match exists {
        Err(_) => Ok(0),
        Ok(_) => {
            let row =
                sqlx::query("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations").fetch_one(pool).await?;
            Ok(row.try_get::<i64, _>("v")?)
        }
    }
}

impl SqlTx {
    /// Multi-row inserts of (owner, role, position, principal); values are bound borrowed,
    /// so a hundred thousand rows cost no copies.
    async fn insert_principals<'r>(
        &mut self,
        table: &str,
        owner_column: &str,
        rows: &'r [(i64, Option<&'r str>, usize, &'r str)],
    ) -> StoreResult<()> {
        let with_role = rows.first().is_some_and(|r| r.1.is_some());
        let per_row = if with_role { 4 } else { 3 };
        for chunk in rows.chunks(INSERT_CHUNK_PARAMS / per_row) {
            let mut qb = QueryBuilder::<'r, Db>::new(format!("INSERT INTO {table} ({owner_column}, "));
            qb.push(if with_role { "role, position, principal) " } else { "position, principal) " });
            qb.push_values(chunk, |mut b, (owner, role, position, principal)| {
                b.push_bind(*owner);
                if let Some(role) = role {
                    b.push_bind(*role);
                }
                b.push_bind(*position as i64).push_bind(*principal);
            });
            qb.build().execute(&mut *self.tx).await?;
        }
        Ok(())
    }

    async fn fetch_rooms(&mut self, mut qb: QueryBuilder<'_, Db>) -> StoreResult<Vec<Room>> {
        use futures_util::TryStreamExt;
        // Each row becomes a room as it arrives, so a page never holds its rows and its
        // rooms at once.
        let mut rows = qb.build().fetch(&mut *self.tx);
        let mut rooms = Vec::new();
        while let Some(row) = rows.try_next().await? {
            rooms.push(room_from_row(&row)?);
        }
        Ok(rooms)
    }

}

/// Rooms with their principals, which each room row keeps folded into one column
/// (`role TAB principal`, one per line, in list order; see [`fold_principals`]): one row per
/// room and no subquery, which is what makes listing tens of thousands of rooms cheap.
fn room_select() -> String {
    "SELECT r.id, r.name, r.pool, c.name AS category, r.description, r.room_type, r.privacy, \
     a.name AS addin, r.invitations, r.disabled, r.labels, r.revision, r.created_at, r.updated_at, r.principals \
     FROM rooms r JOIN categories c ON c.id = r.category_id LEFT JOIN addins a ON a.id = r.addin_id"
        .to_string()
}

/// A room's principals as the `principals` column holds them (None when it has none).
/// Principals never hold control characters, so tab and newline cannot be confused.
fn fold_principals(room: &Room) -> Option<String> {
    let mut folded = String::new();
    for (role, list) in [("manager", &room.managers), ("member", &room.members), ("presenter", &room.presenters)] {
        for p in list {
            if !folded.is_empty() {
                folded.push('\n');
            }
            folded.push_str(role);
            folded.push('\t');
            folded.push_str(p);
        }
    }
    (!folded.is_empty()).then_some(folded)
}

/// A group's members as the `members` column holds them, one per line in list order (None
/// when it has none); principals never hold control characters.
fn fold_members(group: &Group) -> Option<String> {
    (!group.members.is_empty()).then(|| group.members.join("\n"))
}

fn room_from_row(row: &DbRow) -> StoreResult<Room> {
    let mut room = Room {
        name: row.try_get("name")?,
        category: row.try_get("category")?,
        pool: row.try_get("pool")?,
        description: row.try_get("description")?,
        room_type: parse_enum(row, "room_type")?,
        privacy: parse_enum(row, "privacy")?,
        addin: row.try_get("addin")?,
        invitations: parse_enum(row, "invitations")?,
        disabled: row.try_get("disabled")?,
        members: Vec::new(),
        managers: Vec::new(),
        presenters: Vec::new(),
        meta: meta(row)?,
    };
    if let Some(folded) = row.try_get::<Option<String>, _>("principals")? {
        for entry in folded.split('\n') {
            let Some((role, principal)) = entry.split_once('\t') else { continue };
            match role {
                "member" => room.members.push(principal.to_string()),
                "manager" => room.managers.push(principal.to_string()),
                _ => room.presenters.push(principal.to_string()),
            }
        }
    }
    Ok(room)
}

fn user_from_row(row: &DbRow) -> StoreResult<User> {
    Ok(User {
        sip: row.try_get("sip")?,
        display_name: row.try_get("display_name")?,
        ou: row.try_get("ou")?,
        site: row.try_get("site")?,
        enabled: row.try_get("enabled")?,
        policy: row.try_get("policy")?,
        meta: meta(row)?,
    })
}

const USER_COLUMNS: &str = "id, sip, display_name, ou, site, enabled, policy, labels, revision, created_at, updated_at";

#[async_trait]
impl DirectoryStore for SqlTx {
    async fn users_by_sip(&mut self, sips: &[String]) -> StoreResult<Vec<User>> {
        let mut users = Vec::new();
        for chunk in sips.chunks(IN_CHUNK) {
            let mut qb = QueryBuilder::<Db>::new(format!("SELECT {USER_COLUMNS} FROM dir_users WHERE sip IN ("));
            let mut sep = qb.separated(", ");
            for sip in chunk {
                sep.push_bind(sip.clone());
            }
            qb.push(")");
            for row in qb.build().fetch_all(&mut *self.tx).await? {
                users.push(user_from_row(&row)?);
            }
        }
        Ok(users)
    }

    async fn list_users(
        &mut self,
        name_glob: Option<&str>,
        after: Option<&After>,
        limit: usize,
    ) -> StoreResult<Vec<User>> {
        let mut qb = QueryBuilder::<Db>::new(format!("SELECT {USER_COLUMNS} FROM dir_users WHERE 1 = 1"));
        if let Some(glob) = name_glob {
            qb.push(" AND lower(sip) LIKE ").push_bind(glob_to_like(glob)).push(" ESCAPE '\\'");
        }
        if let Some(after) = after {
            qb.push(" AND sip > ").push_bind(after.name.clone());
        }
        qb.push(" ORDER BY sip LIMIT ").push_bind(limit as i64);
        // As rooms are: each row becomes a user as it arrives.
        use futures_util::TryStreamExt;
        let mut rows = qb.build().fetch(&mut *self.tx);
        let mut users = Vec::with_capacity(limit.min(crate::api::MAX_PAGE_SIZE));
        while let Some(row) = rows.try_next().await? {
            users.push(user_from_row(&row)?);
        }
        Ok(users)
    }

    async fn user_ous(&mut self) -> StoreResult<Vec<String>> {
        let rows = sqlx::query("SELECT DISTINCT ou FROM dir_users").fetch_all(&mut *self.tx).await?;
        rows.iter().map(|r| Ok(r.try_get("ou")?)).collect()
    }

    async fn insert_users(&mut self, users: &[&User]) -> StoreResult<Vec<i64>> {
        let rows = self.numbered("dir_users", users).await?;
        for chunk in rows.chunks(INSERT_CHUNK_PARAMS / 11) {
            let mut qb = QueryBuilder::<Db>::new(
                "INSERT INTO dir_users (id, sip, display_name, ou, site, enabled, policy, labels, revision, created_at, updated_at) ",
            );
            qb.push_values(chunk, |mut b, (id, u)| {
                b.push_bind(*id)
                    .push_bind(u.sip.as_str())
                    .push_bind(u.display_name.as_str())
                    .push_bind(u.ou.as_str())
                    .push_bind(u.site.as_str())
                    .push_bind(u.enabled)
                    .push_bind(u.policy.as_deref())
                    .push_bind(labels_to_text(&u.meta.labels))
                    .push_bind(u.meta.revision)
                    .push_bind(parse_ms(&u.meta.created_at))
                    .push_bind(parse_ms(&u.meta.updated_at));
            });
            qb.build().execute(&mut *self.tx).await?;
        }
        Ok(rows.iter().map(|(id, _)| *id).collect())
    }

    async fn update_user(&mut self, u: &User) -> StoreResult<()> {
        let done = sqlx::query(
            "UPDATE dir_users SET display_name = $1, ou = $2, site = $3, enabled = $4, policy = $5, \
             labels = $6, revision = $7, updated_at = $8 WHERE id = $9 AND revision = $10",
        )
        .bind(&u.display_name)
        .bind(&u.ou)
        .bind(&u.site)
        .bind(u.enabled)
        .bind(&u.policy)
        .bind(labels_to_text(&u.meta.labels))
        .bind(u.meta.revision)
        .bind(parse_ms(&u.meta.updated_at))
        .bind(u.meta.id)
        .bind(u.meta.revision - 1)
        .execute(&mut *self.tx)
        .await?;
        expect_one(done.rows_affected())
    }

    async fn delete_user(&mut self, id: i64) -> StoreResult<()> {
        let done = sqlx::query("DELETE FROM dir_users WHERE id = $1").bind(id).execute(&mut *self.tx).await?;
        expect_one(done.rows_affected())
    }

    async fn all_groups(&mut self) -> StoreResult<Vec<Group>> {
        use futures_util::TryStreamExt;
        let mut rows = sqlx::query(
            "SELECT id, name, description, labels, revision, created_at, updated_at, members FROM dir_groups ORDER BY name",
        )
        .fetch(&mut *self.tx);
        let mut groups = Vec::new();
        while let Some(row) = rows.try_next().await? {
            let members = row.try_get::<Option<&str>, _>("members")?;
            groups.push(Group {
                name: row.try_get("name")?,
                description: row.try_get("description")?,
                members: members.map(|m| m.split('\n').map(str::to_string).collect()).unwrap_or_default(),
                meta: meta(&row)?,
            });
        }
        Ok(groups)
    }

    async fn insert_groups(&mut self, groups: &[&Group]) -> StoreResult<Vec<i64>> {
        let rows = self.numbered("dir_groups", groups).await?;
        for chunk in rows.chunks(INSERT_CHUNK_PARAMS / 8) {
            let mut qb = QueryBuilder::<Db>::new(
                "INSERT INTO dir_groups (id, name, description, labels, revision, created_at, updated_at, members) ",
            );
            qb.push_values(chunk, |mut b, (id, g)| {
                b.push_bind(*id)
                    .push_bind(g.name.as_str())
                    .push_bind(g.description.as_str())
                    .push_bind(labels_to_text(&g.meta.labels))
                    .push_bind(g.meta.revision)
                    .push_bind(parse_ms(&g.meta.created_at))
                    .push_bind(parse_ms(&g.meta.updated_at))
                    .push_bind(fold_members(g));
            });
            qb.build().execute(&mut *self.tx).await?;
        }
        Ok(rows.iter().map(|(id, _)| *id).collect())
    }

    async fn update_group(&mut self, g: &Group) -> StoreResult<()> {
        let done = sqlx::query(
            "UPDATE dir_groups SET name = $1, description = $2, labels = $3, revision = $4, updated_at = $5, \
             members = $6 WHERE id = $7 AND revision = $8",
        )
        .bind(&g.name)
        .bind(&g.description)
        .bind(labels_to_text(&g.meta.labels))
        .bind(g.meta.revision)
        .bind(parse_ms(&g.meta.updated_at))
        .bind(fold_members(g))
        .bind(g.meta.id)
        .bind(g.meta.revision - 1)
        .execute(&mut *self.tx)
        .await?;
        expect_one(done.rows_affected())
    }

    async fn delete_group(&mut self, id: i64) -> StoreResult<()> {
        let done = sqlx::query("DELETE FROM dir_groups WHERE id = $1").bind(id).execute(&mut *self.tx).await?;
        expect_one(done.rows_affected())
    }
}

#[async_trait]
impl CategoryStore for SqlTx {
    async fn all_categories(&mut self) -> StoreResult<Vec<Category>> {
        let rows = sqlx::query(
            "SELECT id, name, pool, description, invitations, file_upload, chat_history, labels, revision, \
             created_at, updated_at FROM categories ORDER BY name, id",
        )
        .fetch_all(&mut *self.tx)
        .await?;
        let mut categories = Vec::with_capacity(rows.len());
        let mut index = HashMap::new();
        for row in &rows {
            index.insert(row.try_get::<i64, _>("id")?, categories.len());
            categories.push(Category {
                name: row.try_get("name")?,
                pool: row.try_get("pool")?,
                description: row.try_get("description")?,
                allowed_members: Vec::new(),
                denied_members: Vec::new(),
                creators: Vec::new(),
                invitations: row.try_get("invitations")?,
                file_upload: row.try_get("file_upload")?,
                chat_history: row.try_get("chat_history")?,
                meta: meta(row)?,
            });
        }
        let principals = sqlx::query(
            "SELECT category_id, role, principal FROM category_principals ORDER BY category_id, role, position",
        )
        .fetch_all(&mut *self.tx)
        .await?;
        for row in principals {
            if let Some(&i) = index.get(&row.try_get::<i64, _>("category_id")?) {
                let c = &mut categories[i];
                let p: String = row.try_get("principal")?;
                match row.try_get::<String, _>("role")?.as_str() {
                    "allowed" => c.allowed_members.push(p),
                    "denied" => c.denied_members.push(p),
                    _ => c.creators.push(p),
                }
            }
        }
        Ok(categories)
    }

    async fn insert_category(&mut self, c: &mut Category) -> StoreResult<()> {
        let row = sqlx::query(
            "INSERT INTO categories (name, pool, description, invitations, file_upload, chat_history, labels, \
             revision, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(&c.name)
        .bind(&c.pool)
        .bind(&c.description)
        .bind(c.invitations)
        .bind(c.file_upload)
        .bind(c.chat_history)
        .bind(labels_to_text(&c.meta.labels))
        .bind(c.meta.revision)
        .bind(parse_ms(&c.meta.created_at))
        .bind(parse_ms(&c.meta.updated_at))
        .fetch_one(&mut *self.tx)
        .await?;
        c.meta.id = row.try_get("id")?;
        self.write_category_principals(c).await
    }

    async fn update_category(&mut self, c: &Category) -> StoreResult<()> {
        let done = sqlx::query(
            "UPDATE categories SET name = $1, pool = $2, description = $3, invitations = $4, file_upload = $5, \
             chat_history = $6, labels = $7, revision = $8, updated_at = $9 WHERE id = $10 AND revision = $11",
        )
        .bind(&c.name)
        .bind(&c.pool)
        .bind(&c.description)
        .bind(c.invitations)
        .bind(c.file_upload)
        .bind(c.chat_history)
        .bind(labels_to_text(&c.meta.labels))
        .bind(c.meta.revision)
        .bind(parse_ms(&c.meta.updated_at))
        .bind(c.meta.id)
        .bind(c.meta.revision - 1)
        .execute(&mut *self.tx)
        .await?;
        expect_one(done.rows_affected())?;
        sqlx::query("DELETE FROM category_principals WHERE category_id = $1")
            .bind(c.meta.id)
            .execute(&mut *self.tx)
            .await?;
        self.write_category_principals(c).await
    }

    async fn delete_category(&mut self, id: i64) -> StoreResult<()> {
        let done = sqlx::query("DELETE FROM categories WHERE id = $1").bind(id).execute(&mut *self.tx).await?;
        expect_one(done.rows_affected())
    }

    async fn count_rooms_in_category(&mut self, id: i64) -> StoreResult<i64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM rooms WHERE category_id = $1")
            .bind(id)
            .fetch_one(&mut *self.tx)
            .await?;
        Ok(row.try_get("n")?)
    }
}

impl SqlTx {
    async fn write_category_principals(&mut self, c: &Category) -> StoreResult<()> {
        let mut rows = Vec::new();
        for (role, list) in [("allowed", &c.allowed_members), ("denied", &c.denied_members), ("creator", &c.creators)] {
            for (i, p) in list.iter().enumerate() {
                rows.push((c.meta.id, Some(role), i, p.as_str()));
            }
        }
        self.insert_principals("category_principals", "category_id", &rows).await
    }
}

#[async_trait]
impl RoomStore for SqlTx {
    async fn list_rooms(&mut self, f: &RoomFilter, after: Option<&After>, limit: usize) -> StoreResult<Vec<Room>> {
        let mut qb = QueryBuilder::<Db>::new(room_select());
        qb.push(" WHERE 1 = 1");
        if let Some(category) = &f.category {
            qb.push(" AND c.name = ").push_bind(category.clone());
        }
        if let Some(pool) = &f.pool {
            qb.push(" AND r.pool = ").push_bind(pool.clone());
        }
        if let Some(privacy) = f.privacy {
            qb.push(" AND r.privacy = ").push_bind(privacy.as_str());
        }
        if let Some(t) = f.room_type {
            qb.push(" AND r.room_type = ").push_bind(t.as_str());
        }
        if let Some(disabled) = f.disabled {
            qb.push(" AND r.disabled = ").push_bind(disabled);
        }
        if let Some(addin) = &f.addin {
            qb.push(" AND a.name = ").push_bind(addin.clone());
        }
        for (role, principal) in [("member", &f.member), ("manager", &f.manager)] {
            if let Some(p) = principal {
                // A whole line of the folded column: newline, role, tab, principal, newline.
                qb.push(format!(" AND {SQL_FIND_FN}(")).push_bind("\n");
                qb.push(" || r.principals || ").push_bind("\n");
                qb.push(", ").push_bind(format!("\n{role}\t{p}\n")).push(") > 0");
            }
        }
        if let Some(glob) = &f.name_glob {
            qb.push(" AND lower(r.name) LIKE ").push_bind(glob_to_like(glob)).push(" ESCAPE '\\'");
        }
        if let Some(after) = after {
            // A row-value comparison lets both engines walk the (name, id) index.
            qb.push(" AND (r.name, r.id) > (").push_bind(after.name.clone()).push(", ").push_bind(after.id).push(")");
        }
        qb.push(" ORDER BY r.name, r.id LIMIT ").push_bind(limit as i64);
        self.fetch_rooms(qb).await
    }

    async fn rooms_listing(&mut self, principals: &[String]) -> StoreResult<Vec<Room>> {
        let mut rooms: Vec<Room> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for chunk in principals.chunks(IN_CHUNK) {
            let mut qb = QueryBuilder::<Db>::new(room_select());
            qb.push(" WHERE 1 = 0");
            for p in chunk {
                // The end of a line of the folded column: tab, principal, newline.
                qb.push(format!(" OR {SQL_FIND_FN}(r.principals || ")).push_bind("\n");
                qb.push(", ").push_bind(format!("\t{p}\n")).push(") > 0");
            }
            rooms.extend(self.fetch_rooms(qb).await?.into_iter().filter(|r| seen.insert(r.meta.id)));
        }
        Ok(rooms)
    }

    async fn rooms_by_name(&mut self, names: &[String]) -> StoreResult<Vec<Room>> {
        let mut rooms = Vec::new();
        for chunk in names.chunks(IN_CHUNK) {
            let mut qb = QueryBuilder::<Db>::new(room_select());
            qb.push(" WHERE r.name IN (");
            let mut sep = qb.separated(", ");
            for name in chunk {
                sep.push_bind(name.clone());
            }
            qb.push(")");
            rooms.extend(self.fetch_rooms(qb).await?);
        }
        Ok(rooms)
    }

    async fn rooms_by_id(&mut self, ids: &[i64]) -> StoreResult<Vec<Room>> {
        let mut rooms = Vec::new();
        for chunk in ids.chunks(IN_CHUNK) {
            let mut qb = QueryBuilder::<Db>::new(room_select());
            qb.push(" WHERE r.id IN (");
            let mut sep = qb.separated(", ");
            for id in chunk {
                sep.push_bind(*id);
            }
            qb.push(")");
            rooms.extend(self.fetch_rooms(qb).await?);
        }
        Ok(rooms)
    }

    async fn rooms_in_category(&mut self, category_id: i64) -> StoreResult<Vec<Room>> {
        let mut qb = QueryBuilder::<Db>::new(room_select());
        qb.push(" WHERE r.category_id = ").push_bind(category_id).push(" ORDER BY r.name");
        self.fetch_rooms(qb).await
    }

    async fn insert_rooms(&mut self, rooms: &[RoomWrite<'_>]) -> StoreResult<Vec<i64>> {
        let rows = self.numbered("rooms", rooms).await?;
        for chunk in rows.chunks(INSERT_CHUNK_PARAMS / 15) {
            let mut qb = QueryBuilder::<Db>::new(
                "INSERT INTO rooms (id, name, pool, category_id, description, room_type, privacy, addin_id, \
                 invitations, disabled, labels, revision, created_at, updated_at, principals) ",
            );
            qb.push_values(chunk, |mut b, (id, w)| {
                let r = w.room;
                b.push_bind(*id)
                    .push_bind(r.name.as_str())
                    .push_bind(r.pool.as_str())
                    .push_bind(w.category_id)
                    .push_bind(r.description.as_str())
                    .push_bind(r.room_type.as_str())
                    .push_bind(r.privacy.as_str())
                    .push_bind(w.addin_id)
                    .push_bind(r.invitations.as_str())
                    .push_bind(r.disabled)
                    .push_bind(labels_to_text(&r.meta.labels))
                    .push_bind(r.meta.revision)
                    .push_bind(parse_ms(&r.meta.created_at))
                    .push_bind(parse_ms(&r.meta.updated_at))
                    .push_bind(fold_principals(r));
            });
            qb.build().execute(&mut *self.tx).await?;
        }
        Ok(rows.iter().map(|(id, _)| *id).collect())
    }

    async fn update_room(&mut self, w: &RoomWrite<'_>, principals_changed: bool) -> StoreResult<()> {
        let r = w.room;
        let done = sqlx::query(
            "UPDATE rooms SET name = $1, pool = $2, category_id = $3, description = $4, room_type = $5, \
             privacy = $6, addin_id = $7, invitations = $8, disabled = $9, labels = $10, revision = $11, \
             updated_at = $12, principals = CASE WHEN $13 THEN $14 ELSE principals END \
             WHERE id = $15 AND revision = $16",
        )
        .bind(&r.name)
        .bind(&r.pool)
        .bind(w.category_id)
        .bind(&r.description)
        .bind(r.room_type.as_str())
        .bind(r.privacy.as_str())
        .bind(w.addin_id)
        .bind(r.invitations.as_str())
        .bind(r.disabled)
        .bind(labels_to_text(&r.meta.labels))
        .bind(r.meta.revision)
        .bind(parse_ms(&r.meta.updated_at))
        .bind(principals_changed)
        .bind(fold_principals(r))
        .bind(r.meta.id)
        .bind(r.meta.revision - 1)
        .execute(&mut *self.tx)
        .await?;
        expect_one(done.rows_affected())
    }

    async fn delete_room(&mut self, id: i64) -> StoreResult<()> {
        let done = sqlx::query("DELETE FROM rooms WHERE id = $1").bind(id).execute(&mut *self.tx).await?;
        expect_one(done.rows_affected())
    }

    async fn count_rooms_with_addin(&mut self, addin_id: i64) -> StoreResult<i64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM rooms WHERE addin_id = $1")
            .bind(addin_id)
            .fetch_one(&mut *self.tx)
            .await?;
        Ok(row.try_get("n")?)
    }
}

#[async_trait]
impl AddinStore for SqlTx {
    async fn all_addins(&mut self) -> StoreResult<Vec<Addin>> {
        let rows = sqlx::query(
            "SELECT id, name, pool, url, labels, revision, created_at, updated_at FROM addins ORDER BY name, id",
        )
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Addin {
                    name: row.try_get("name")?,
                    pool: row.try_get("pool")?,
                    url: row.try_get("url")?,
                    meta: meta(row)?,
                })
            })
            .collect()
    }

    async fn insert_addin(&mut self, a: &mut Addin) -> StoreResult<()> {
        let row = sqlx::query(
            "INSERT INTO addins (name, pool, url, labels, revision, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(&a.name)
        .bind(&a.pool)
        .bind(&a.url)
        .bind(labels_to_text(&a.meta.labels))
        .bind(a.meta.revision)
        .bind(parse_ms(&a.meta.created_at))
        .bind(parse_ms(&a.meta.updated_at))
        .fetch_one(&mut *self.tx)
        .await?;
        a.meta.id = row.try_get("id")?;
        Ok(())
    }

    async fn update_addin(&mut self, a: &Addin) -> StoreResult<()> {
        let done = sqlx::query(
            "UPDATE addins SET name = $1, pool = $2, url = $3, labels = $4, revision = $5, updated_at = $6 \
             WHERE id = $7 AND revision = $8",
        )
        .bind(&a.name)
        .bind(&a.pool)
        .bind(&a.url)
        .bind(labels_to_text(&a.meta.labels))
        .bind(a.meta.revision)
        .bind(parse_ms(&a.meta.updated_at))
        .bind(a.meta.id)
        .bind(a.meta.revision - 1)
        .execute(&mut *self.tx)
        .await?;
        expect_one(done.rows_affected())
    }

    async fn delete_addin(&mut self, id: i64) -> StoreResult<()> {
        let done = sqlx::query("DELETE FROM addins WHERE id = $1").bind(id).execute(&mut *self.tx).await?;
        expect_one(done.rows_affected())
    }
}

#[async_trait]
impl PolicyStore for SqlTx {
    async fn all_policies(&mut self) -> StoreResult<Vec<Policy>> {
        let rows = sqlx::query(
            "SELECT id, identity, enabled, description, labels, revision, created_at, updated_at FROM policies ORDER BY identity",
        )
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Policy {
                    identity: row.try_get("identity")?,
                    enabled: row.try_get("enabled")?,
                    description: row.try_get("description")?,
                    meta: meta(row)?,
                })
            })
            .collect()
    }

    async fn insert_policy(&mut self, p: &mut Policy) -> StoreResult<()> {
        let row = sqlx::query(
            "INSERT INTO policies (identity, enabled, description, labels, revision, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(&p.identity)
        .bind(p.enabled)
        .bind(&p.description)
        .bind(labels_to_text(&p.meta.labels))
        .bind(p.meta.revision)
        .bind(parse_ms(&p.meta.created_at))
        .bind(parse_ms(&p.meta.updated_at))
        .fetch_one(&mut *self.tx)
        .await?;
        p.meta.id = row.try_get("id")?;
        Ok(())
    }

    async fn update_policy(&mut self, p: &Policy) -> StoreResult<()> {
        let done = sqlx::query(
            "UPDATE policies SET enabled = $1, description = $2, labels = $3, revision = $4, updated_at = $5 \
             WHERE id = $6 AND revision = $7",
        )
        .bind(p.enabled)
        .bind(&p.description)
        .bind(labels_to_text(&p.meta.labels))
        .bind(p.meta.revision)
        .bind(parse_ms(&p.meta.updated_at))
        .bind(p.meta.id)
        .bind(p.meta.revision - 1)
        .execute(&mut *self.tx)
        .await?;
        expect_one(done.rows_affected())
    }

    async fn delete_policy(&mut self, id: i64) -> StoreResult<()> {
        let done = sqlx::query("DELETE FROM policies WHERE id = $1").bind(id).execute(&mut *self.tx).await?;
        expect_one(done.rows_affected())
    }

    async fn grant_policy(&mut self, sips: &[String], tag: Option<&str>, now_ms: i64) -> StoreResult<u64> {
        let mut changed = 0;
        for chunk in sips.chunks(IN_CHUNK) {
            let mut qb = QueryBuilder::<Db>::new("UPDATE dir_users SET policy = ");
            qb.push_bind(tag.map(str::to_string))
                .push(", revision = revision + 1, updated_at = ")
                .push_bind(now_ms)
                .push(" WHERE sip IN (");
            let mut sep = qb.separated(", ");
            for sip in chunk {
                sep.push_bind(sip.clone());
            }
            qb.push(")");
            changed += qb.build().execute(&mut *self.tx).await?.rows_affected();
        }
        Ok(changed)
    }

    async fn count_grants(&mut self, tag: &str) -> StoreResult<i64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM dir_users WHERE policy = $1")
            .bind(tag)
            .fetch_one(&mut *self.tx)
            .await?;
        Ok(row.try_get("n")?)
    }
}

#[async_trait]
impl ConfigStore for SqlTx {
    async fn all_config_scopes(&mut self) -> StoreResult<Vec<ChatConfigScope>> {
        let rows = sqlx::query(
            "SELECT id, scope, default_chat_history, max_file_size_kb, participant_update_limit, room_management_url, \
             labels, revision, created_at, updated_at FROM chat_config ORDER BY scope",
        )
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ChatConfigScope {
                    scope: row.try_get("scope")?,
                    settings: ChatConfigSettings {
                        default_chat_history: row.try_get("default_chat_history")?,
                        max_file_size_kb: row.try_get("max_file_size_kb")?,
                        participant_update_limit: row.try_get("participant_update_limit")?,
                        room_management_url: row.try_get("room_management_url")?,
                    },
                    meta: meta(row)?,
                })
            })
            .collect()
    }

    async fn insert_config_scope(&mut self, c: &mut ChatConfigScope) -> StoreResult<()> {
        let s = &c.settings;
        let row = sqlx::query(
            "INSERT INTO chat_config (scope, default_chat_history, max_file_size_kb, participant_update_limit, \
             room_management_url, labels, revision, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(&c.scope)
        .bind(s.default_chat_history)
        .bind(s.max_file_size_kb)
        .bind(s.participant_update_limit)
        .bind(&s.room_management_url)
        .bind(labels_to_text(&c.meta.labels))
        .bind(c.meta.revision)
        .bind(parse_ms(&c.meta.created_at))
        .bind(parse_ms(&c.meta.updated_at))
        .fetch_one(&mut *self.tx)
        .await?;
        c.meta.id = row.try_get("id")?;
        Ok(())
    }

    async fn update_config_scope(&mut self, c: &ChatConfigScope) -> StoreResult<()> {
        let s = &c.settings;
        let done = sqlx::query(
            "UPDATE chat_config SET default_chat_history = $1, max_file_size_kb = $2, participant_update_limit = $3, \
             room_management_url = $4, labels = $5, revision = $6, updated_at = $7 WHERE id = $8 AND revision = $9",
        )
        .bind(s.default_chat_history)
        .bind(s.max_file_size_kb)
        .bind(s.participant_update_limit)
        .bind(&s.room_management_url)
        .bind(labels_to_text(&c.meta.labels))
        .bind(c.meta.revision)
        .bind(parse_ms(&c.meta.updated_at))
        .bind(c.meta.id)
        .bind(c.meta.revision - 1)
        .execute(&mut *self.tx)
        .await?;
        expect_one(done.rows_affected())
    }

    async fn delete_config_scope(&mut self, id: i64) -> StoreResult<()> {
        let done = sqlx::query("DELETE FROM chat_config WHERE id = $1").bind(id).execute(&mut *self.tx).await?;
        expect_one(done.rows_affected())
    }
}

fn token_from_row(row: &DbRow) -> StoreResult<Token> {
    Ok(Token {
        id: row.try_get("id")?,
        role: parse_enum::<Role>(row, "role")?,
        owner: row.try_get("owner")?,
        description: row.try_get("description")?,
        created_at: format_ms(row.try_get("created_at")?),
        last_used_at: row.try_get::<Option<i64>, _>("last_used_at")?.map(format_ms),
        revoked_at: row.try_get::<Option<i64>, _>("revoked_at")?.map(format_ms),
    })
}

const TOKEN_COLUMNS: &str = "id, role, owner, description, created_at, last_used_at, revoked_at";

#[async_trait]
impl TokenStore for SqlTx {
    async fn insert_token(
        &mut self,
        hash: &str,
        role: Role,
        owner: Option<&str>,
        description: &str,
        now_ms: i64,
    ) -> StoreResult<Token> {
        let row = sqlx::query(&format!(
            "INSERT INTO tokens (token_hash, role, owner, description, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING {TOKEN_COLUMNS}"
        ))
        .bind(hash)
        .bind(role.as_str())
        .bind(owner)
        .bind(description)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?;
        token_from_row(&row)
    }

    async fn list_tokens(&mut self) -> StoreResult<Vec<Token>> {
        let rows =
            sqlx::query(&format!("SELECT {TOKEN_COLUMNS} FROM tokens ORDER BY id")).fetch_all(&mut *self.tx).await?;
        rows.iter().map(token_from_row).collect()
    }

    async fn revoke_token(&mut self, id: i64, now_ms: i64) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now_ms)
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn token_by_hash(&mut self, hash: &str) -> StoreResult<Option<Token>> {
        let row = sqlx::query(&format!("SELECT {TOKEN_COLUMNS} FROM tokens WHERE token_hash = $1"))
            .bind(hash)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(token_from_row).transpose()
    }

}

#[async_trait]
impl Tx for SqlTx {
    async fn commit(self: Box<Self>) -> StoreResult<()> {
        let SqlTx { mut tx, generation } = *self;
        // A management write tells the pool's other nodes, whose caches it makes stale.
        if let (Some(_), Some(notify)) = (&generation, NOTIFY_ON_WRITE) {
            sqlx::query(notify).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        if let Some(generation) = &generation {
            generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }
        Ok(())
    }
}
