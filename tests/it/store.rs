//! Store conformance: every test below runs against SQLite (a temporary file, always) and
//! PostgreSQL (when `PCHAT_TEST_POSTGRES` names a server; required when `CI` is set).
//!
//! Each PostgreSQL test gets a database of its own, created next to the one the URL names
//! (`CREATE DATABASE pchat_t_...`, so the role needs CREATEDB) and dropped afterwards,
//! even when the test fails. Tests are named `store::<backend>::<test>`.
#![cfg(feature = "server")]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

use pchat::api::{
    Addin, AddinSpec, Category, CategorySpec, ChangesetRequest, ChangesetResult, ChatConfigScope, ChatConfigSettings,
    ErrorCode, Group, GroupSpec, Labels, Meta, ObjectSpec, OpAction, OpOutcome, Operation, Policy, Privacy, Problem,
    Role, Room, RoomInvitations, RoomSpec, RoomType, User, UserSpec,
};
use pchat::server::auth::Caller;
use pchat::server::changeset::execute;
use pchat::server::error::ApiResult;
use pchat::store::{format_ms, now_ms, After, RoomFilter, RoomWrite, Store, StoreError, Tx};
use sqlx::Connection;

// ---------------------------------------------------------------------------------------
// Harness

/// One store under test, on a database nobody else uses.
pub struct TestDb {
    pub store: Arc<dyn Store>,
    /// The URL the store was opened with (to open it again or look at raw tables).
    pub url: String,
    kind: Kind,
}

enum Kind {
    #[cfg(feature = "sqlite")]
    Sqlite { dir: tempfile::TempDir },
    #[cfg(feature = "postgres")]
    Postgres { db: PgDatabase },
}

impl TestDb {
    #[cfg(feature = "sqlite")]
    async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("creating a temporary directory");
        let url = format!("sqlite://{}", dir.path().join("pchat.db").display());
        let store = pchat::store::open(&url, true).await.expect("opening the SQLite store");
        TestDb { store, url, kind: Kind::Sqlite { dir } }
    }

    /// None when PostgreSQL is not configured (and `CI` is not set).
    #[cfg(feature = "postgres")]
    async fn postgres() -> Option<TestDb> {
        let admin_url = match std::env::var("PCHAT_TEST_POSTGRES") {
            Ok(url) if !url.trim().is_empty() => url,
            _ => {
                let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
                if ci {
                    panic!(
                        "CI is set but PCHAT_TEST_POSTGRES is not: the PostgreSQL store conformance tests \
                         must run in CI. Set PCHAT_TEST_POSTGRES=postgres://USER:PASSWORD@127.0.0.1:5432/DB \
                         (a role with CREATEDB); .ci/run does this."
                    );
                }
                eprintln!(
                    "note: PostgreSQL store test skipped; set PCHAT_TEST_POSTGRES=postgres://USER:PASSWORD@127.0.0.1:5432/DB to run it"
                );
                return None;
            }
        };
        let database = scratch(&admin_url).await;
        let url = database.url.clone();
        let store = pchat::store::open(&url, true).await.expect("opening the PostgreSQL store");
        Some(TestDb { store, url, kind: Kind::Postgres { db: database } })
    }

    fn backend(&self) -> &'static str {
        match self.kind {
            #[cfg(feature = "sqlite")]
            Kind::Sqlite { .. } => "sqlite",
            #[cfg(feature = "postgres")]
            Kind::Postgres { .. } => "postgres",
        }
    }

    /// The URL of another, empty database on the same backend, and what keeps it alive.
    async fn empty_sibling(&self) -> (String, Box<dyn std::any::Any + Send>) {
        match &self.kind {
            #[cfg(feature = "sqlite")]
            Kind::Sqlite { dir } => (format!("sqlite://{}", dir.path().join("empty.db").display()), Box::new(())),
            #[cfg(feature = "postgres")]
            Kind::Postgres { db } => {
                let sibling = scratch(db.admin_url()).await;
                (sibling.url.clone(), Box::new(sibling))
            }
        }
    }

    /// Runs a `SELECT COUNT(*) ...` on a connection of its own, outside the store.
    async fn count(&self, sql: &str) -> i64 {
        match self.kind {
            #[cfg(feature = "sqlite")]
            Kind::Sqlite { .. } => {
                let mut conn = sqlx::SqliteConnection::connect(&self.url).await.expect("raw SQLite connection");
                let n = sqlx::query_scalar::<_, i64>(sql).fetch_one(&mut conn).await.expect(sql);
                conn.close().await.ok();
                n
            }
            #[cfg(feature = "postgres")]
            Kind::Postgres { .. } => {
                let mut conn = sqlx::PgConnection::connect(&self.url).await.expect("raw PostgreSQL connection");
                let n = sqlx::query_scalar::<_, i64>(sql).fetch_one(&mut conn).await.expect(sql);
                conn.close().await.ok();
                n
            }
        }
    }
}

/// A database made for one test; dropped (with its connections) when this is dropped.
#[cfg(feature = "postgres")]
type PgDatabase = pchat::store::scratch::ScratchDatabase;

#[cfg(feature = "postgres")]
async fn scratch(admin_url: &str) -> PgDatabase {
    PgDatabase::create(admin_url, "pchat_t").await.unwrap_or_else(|e| panic!("PCHAT_TEST_POSTGRES: {e:#}"))
}

/// Declares each test once per backend: `store::sqlite::NAME` and `store::postgres::NAME`.
macro_rules! conformance {
    ($($name:ident),+ $(,)?) => {
        #[cfg(feature = "sqlite")]
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    let db = super::TestDb::sqlite().await;
                    super::$name(&db).await;
                    db.store.close().await;
                }
            )+
        }

        #[cfg(feature = "postgres")]
        mod postgres {
            $(
                #[tokio::test]
                #[ignore = "PostgreSQL: set PCHAT_TEST_POSTGRES and pass --include-ignored (bash .ci/run does both)"]
                async fn $name() {
                    let Some(db) = super::TestDb::postgres().await else { return };
                    super::$name(&db).await;
                    db.store.close().await;
                }
            )+
        }
    };
}

conformance!(
    migrations_run_and_schema_is_current,
    users_insert_lookup_update_with_revision_check,
    uncommitted_writes_are_rolled_back,
    groups_round_trip_members_in_order,
    group_members_written_a_row_each_are_folded_in_order,
    categories_round_trip_principals,
    rooms_bulk_insert_list_filters_and_pages,
    update_room_replaces_principals,
    delete_room_cascades_principals,
    addins_round_trip,
    tokens_insert_lookup_revoke,
    policies_grant_and_count,
    config_scopes_insert_update_delete,
    writers_are_serialised,
    changeset_refuses_duplicate_room_name,
    names_are_unique_per_pool_not_across_pools,
    changeset_refuses_room_named_like_category,
    changeset_refuses_member_outside_category_scope,
    changeset_refuses_presenters_on_normal_room,
    changeset_refuses_deleting_category_with_rooms,
    changeset_refuses_group_cycle,
    failing_changeset_writes_nothing,
    dry_run_writes_nothing,
    stale_revision_is_refused,
    several_operations_on_one_object_bump_its_revision_once,
    changeset_creates_many_rooms,
    one_claimed_job_of_a_kind_runs_at_a_time,
);

// ---------------------------------------------------------------------------------------
// Builders

fn stamp() -> String {
    format_ms(now_ms())
}

fn meta(labels: &[(&str, &str)]) -> Meta {
    let now = stamp();
    Meta {
        id: 0,
        revision: 1,
        created_at: now.clone(),
        updated_at: now,
        labels: labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
    }
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn user(sip: &str, ou: &str) -> User {
    User {
        sip: sip.to_string(),
        display_name: sip.trim_start_matches("sip:").split('@').next().unwrap_or_default().to_string(),
        ou: ou.to_string(),
        site: "hq".to_string(),
        enabled: true,
        policy: None,
        meta: meta(&[]),
    }
}

fn group(name: &str, members: &[&str]) -> Group {
    Group { name: name.to_string(), description: format!("group {name}"), members: strings(members), meta: meta(&[]) }
}

fn category(name: &str, pool: &str, allowed: &[&str]) -> Category {
    Category {
        name: name.to_string(),
        pool: pool.to_string(),
        description: format!("category {name}"),
        allowed_members: strings(allowed),
        denied_members: vec![],
        creators: vec![],
        invitations: false,
        file_upload: false,
        chat_history: true,
        meta: meta(&[]),
    }
}

fn room(name: &str, category: &Category) -> Room {
    Room {
        name: name.to_string(),
        category: category.name.clone(),
        pool: category.pool.clone(),
        description: String::new(),
        room_type: RoomType::Normal,
        privacy: Privacy::Closed,
        addin: None,
        invitations: RoomInvitations::Inherit,
        disabled: false,
        members: vec![],
        managers: vec![],
        presenters: vec![],
        meta: meta(&[]),
    }
}

fn addin(name: &str, pool: &str) -> Addin {
    Addin { name: name.to_string(), pool: pool.to_string(), url: format!("https://{name}.example/"), meta: meta(&[]) }
}

/// The object as a writer would send it next: one revision on, touched now.
fn bumped<T: Clone>(object: &T, meta_of: impl Fn(&mut T) -> &mut Meta) -> T {
    let mut next = object.clone();
    let m = meta_of(&mut next);
    m.revision += 1;
    m.updated_at = stamp();
    next
}

fn is_conflict<T: std::fmt::Debug>(result: Result<T, StoreError>) -> bool {
    matches!(result, Err(StoreError::Conflict))
}

async fn write(db: &TestDb) -> Box<dyn Tx> {
    db.store.write().await.expect("opening a write transaction")
}

async fn read(db: &TestDb) -> Box<dyn Tx> {
    db.store.read().await.expect("opening a read transaction")
}

async fn insert_categories(db: &TestDb, categories: &mut [&mut Category]) {
    let mut tx = write(db).await;
    for c in categories.iter_mut() {
        tx.insert_category(c).await.expect("insert_category");
        assert!(c.meta.id > 0, "insert_category sets the id");
    }
    tx.commit().await.expect("commit");
}

/// Inserts rooms and sets their ids.
async fn insert_rooms(
    db: &TestDb,
    rooms: &mut [Room],
    category_ids: &HashMap<String, i64>,
    addin_ids: &HashMap<String, i64>,
) {
    let mut tx = write(db).await;
    let ids = {
        let writes: Vec<RoomWrite<'_>> = rooms
            .iter()
            .map(|r| RoomWrite {
                room: r,
                category_id: category_ids[&format!("{}/{}", r.pool, r.category)],
                addin_id: r.addin.as_ref().map(|a| addin_ids[&format!("{}/{a}", r.pool)]),
            })
            .collect();
        tx.insert_rooms(&writes).await.expect("insert_rooms")
    };
    tx.commit().await.expect("commit");
    assert_eq!(ids.len(), rooms.len(), "insert_rooms returns one id per room");
    for (r, id) in rooms.iter_mut().zip(ids) {
        r.meta.id = id;
    }
}

async fn room_named(db: &TestDb, name: &str) -> Room {
    let mut found = read(db).await.rooms_by_name(&[name.to_string()]).await.expect("rooms_by_name");
    assert_eq!(found.len(), 1, "exactly one room named {name:?}");
    found.remove(0)
}

// ---------------------------------------------------------------------------------------
// Store tests

async fn migrations_run_and_schema_is_current(db: &TestDb) {
    assert_eq!(db.store.backend(), db.backend());
    let status = db.store.schema().await.expect("schema");
    assert!(status.expected >= 1, "at least one migration: {status:?}");
    assert_eq!(status.current, status.expected, "a migrated store is current");
    assert_eq!(db.count("SELECT COUNT(*) FROM schema_migrations").await, status.expected);

    let policies = read(db).await.all_policies().await.expect("all_policies");
    assert_eq!(policies.len(), 1, "the migration seeds the global policy only: {policies:?}");
    assert_eq!(policies[0].identity, "global");
    assert!(!policies[0].enabled);
    assert_eq!(policies[0].meta.revision, 1);

    // Opening again migrates nothing twice.
    let again = pchat::store::open(&db.url, true).await.expect("reopening with migrations");
    assert_eq!(again.schema().await.expect("schema"), status);
    assert_eq!(db.count("SELECT COUNT(*) FROM schema_migrations").await, status.expected);
    assert_eq!(again.read().await.expect("read").all_policies().await.expect("policies").len(), 1);
    again.close().await;
    assert!(
        matches!(again.write().await.err(), Some(StoreError::Unavailable(_))),
        "a closed store is unavailable, not an internal error"
    );

    let plain = pchat::store::open(&db.url, false).await.expect("reopening without migrations");
    assert_eq!(plain.schema().await.expect("schema"), status);
    plain.close().await;

    // An empty database opened without migrations says so; migrating brings it up to date.
    let (empty_url, _keep) = db.empty_sibling().await;
    let unmigrated = pchat::store::open(&empty_url, false).await.expect("opening an empty database");
    let before = unmigrated.schema().await.expect("schema of an empty database");
    assert_eq!(before, pchat::store::SchemaStatus { current: 0, expected: status.expected });
    unmigrated.close().await;
    let migrated = pchat::store::open(&empty_url, true).await.expect("migrating the empty database");
    assert_eq!(migrated.schema().await.expect("schema"), status);
    migrated.close().await;
}

async fn users_insert_lookup_update_with_revision_check(db: &TestDb) {
    // More users than one INSERT chunk and one IN (...) chunk hold.
    let mut users: Vec<User> = (0..1100)
        .map(|i| {
            user(&format!("sip:u{i:04}@contoso.com"), if i % 2 == 0 { "contoso/eng" } else { "contoso/sales/emea" })
        })
        .collect();
    users[0].meta.labels = Labels::from([("team".to_string(), "core".to_string())]);
    users[1].policy = Some("chatters".to_string());
    users[2].enabled = false;
    let mut tx = write(db).await;
    let ids = tx.insert_users(&users.iter().collect::<Vec<_>>()).await.expect("insert_users");
    for (u, id) in users.iter_mut().zip(ids) {
        u.meta.id = id;
    }
    tx.commit().await.expect("commit");
    let ids: BTreeSet<i64> = users.iter().map(|u| u.meta.id).collect();
    assert_eq!(ids.len(), users.len(), "every user gets its own id");
    assert!(!ids.contains(&0), "ids are set");

    let mut tx = read(db).await;
    let mut sips: Vec<String> = users.iter().map(|u| u.sip.clone()).collect();
    sips.push("sip:nobody@contoso.com".to_string());
    let found: HashMap<String, User> =
        tx.users_by_sip(&sips).await.expect("users_by_sip").into_iter().map(|u| (u.sip.clone(), u)).collect();
    assert_eq!(found.len(), users.len());
    for u in &users {
        assert_eq!(found.get(&u.sip), Some(u), "user {} round-trips", u.sip);
    }
    let mut ous = tx.user_ous().await.expect("user_ous");
    ous.sort();
    assert_eq!(ous, ["contoso/eng", "contoso/sales/emea"]);

    let matched = tx.list_users(Some("SIP:U00*"), None, 5000).await.expect("list_users glob");
    let expected: Vec<String> = (0..100).map(|i| format!("sip:u{i:04}@contoso.com")).collect();
    assert_eq!(matched.iter().map(|u| u.sip.clone()).collect::<Vec<_>>(), expected);

    let mut paged = Vec::new();
    let mut after: Option<After> = None;
    loop {
        let page = tx.list_users(None, after.as_ref(), 300).await.expect("list_users page");
        assert!(page.len() <= 300);
        let Some(last) = page.last() else { break };
        after = Some(After { name: last.sip.clone(), id: last.meta.id });
        paged.extend(page.into_iter().map(|u| u.sip));
    }
    let mut all_sips: Vec<String> = users.iter().map(|u| u.sip.clone()).collect();
    all_sips.sort();
    assert_eq!(paged, all_sips, "paging lists every user once, in order");
    drop(tx);

    // Update at the next revision.
    let stored = found["sip:u0001@contoso.com"].clone();
    let mut next = bumped(&stored, |u| &mut u.meta);
    next.display_name = "Renamed".to_string();
    next.ou = "contoso/eng/web".to_string();
    next.site = "branch".to_string();
    next.enabled = false;
    next.policy = None;
    next.meta.labels = Labels::from([("k".to_string(), "v".to_string())]);
    let mut tx = write(db).await;
    tx.update_user(&next).await.expect("update_user");
    tx.commit().await.expect("commit");
    let again = read(db).await.users_by_sip(&[next.sip.clone()]).await.expect("users_by_sip");
    assert_eq!(again, vec![next.clone()]);
    assert_eq!(again[0].meta.revision, 2);
    assert_eq!(again[0].meta.created_at, stored.meta.created_at, "created_at does not move");

    // The same write again is stale: the row is at revision 2 now, not 1.
    let mut tx = write(db).await;
    assert!(is_conflict(tx.update_user(&next).await), "stale revision → Conflict");
    drop(tx);
    let mut ghost = next.clone();
    ghost.meta.id = 999_999;
    let mut tx = write(db).await;
    assert!(is_conflict(tx.update_user(&ghost).await), "unknown id → Conflict");
    drop(tx);

    let mut tx = write(db).await;
    tx.delete_user(next.meta.id).await.expect("delete_user");
    tx.commit().await.expect("commit");
    let mut tx = write(db).await;
    assert!(is_conflict(tx.delete_user(next.meta.id).await), "deleting twice → Conflict");
    drop(tx);
    assert!(read(db).await.users_by_sip(&[next.sip.clone()]).await.expect("users_by_sip").is_empty());
    assert_eq!(db.count("SELECT COUNT(*) FROM dir_users").await, 1099);
}

async fn uncommitted_writes_are_rolled_back(db: &TestDb) {
    let mut cat = category("eng", "default", &[]);
    {
        let mut tx = write(db).await;
        tx.insert_users(&[&user("sip:ghost@contoso.com", "contoso")]).await.expect("insert_users");
        tx.insert_category(&mut cat).await.expect("insert_category");
        // Dropped without commit.
    }
    let mut tx = read(db).await;
    assert!(tx.users_by_sip(&["sip:ghost@contoso.com".to_string()]).await.expect("users_by_sip").is_empty());
    assert!(tx.all_categories().await.expect("all_categories").is_empty());
    drop(tx);
    // The writer is free again.
    let mut tx = write(db).await;
    tx.insert_users(&[&user("sip:real@contoso.com", "contoso")]).await.expect("insert_users");
    tx.commit().await.expect("commit");
    assert_eq!(db.count("SELECT COUNT(*) FROM dir_users").await, 1);
}

/// A store written before groups kept their members folded (schema 2, a row per member)
/// keeps every member, in list order, once it is migrated.
async fn group_members_written_a_row_each_are_folded_in_order(db: &TestDb) {
    let (url, _keep) = db.empty_sibling().await;
    let rows = [
        "INSERT INTO dir_groups (id, name, description, labels, revision, created_at, updated_at) \
         VALUES (1, 'leads', 'team leads', '{}', 1, 0, 0), (2, 'empty', '', '{}', 1, 0, 0)",
        // Written out of order: the position says where each stands.
        "INSERT INTO dir_group_members (group_id, position, principal) \
         VALUES (1, 2, 'ou:contoso/eng'), (1, 0, 'sip:b@contoso.com'), (1, 1, 'group:staff')",
    ];
    // The same steps on either backend's own pool type.
    macro_rules! at_schema_2 {
        ($pool:ty, $url:expr, $backend:ident) => {{
            let pool = <$pool>::connect(&$url).await.expect("a raw pool");
            pchat::store::$backend::run_migrations(&pool, &pchat::store::$backend::MIGRATIONS[..2])
                .await
                .expect("schema 2");
            for sql in rows {
                sqlx::query(sql).execute(&pool).await.expect(sql);
            }
            pool.close().await;
        }};
    }
    match db.backend() {
        #[cfg(feature = "sqlite")]
        "sqlite" => at_schema_2!(sqlx::SqlitePool, format!("{url}?mode=rwc"), sqlite),
        #[cfg(feature = "postgres")]
        "postgres" => at_schema_2!(sqlx::PgPool, url, postgres),
        other => unreachable!("backend {other}"),
    }
    let store = pchat::store::open(&url, true).await.expect("migrating to the current schema");
    let groups = store.read().await.expect("read").all_groups().await.expect("all_groups");
    let members: Vec<(&str, Vec<&str>)> =
        groups.iter().map(|g| (g.name.as_str(), g.members.iter().map(String::as_str).collect())).collect();
    assert_eq!(
        members,
        [("empty", vec![]), ("leads", vec!["sip:b@contoso.com", "group:staff", "ou:contoso/eng"])],
        "every member kept, in list order"
    );
    store.close().await;
}

async fn groups_round_trip_members_in_order(db: &TestDb) {
    let mut leads = group("eng-leads", &["sip:zed@contoso.com", "group:ops", "ou:contoso/eng", "sip:amy@contoso.com"]);
    leads.meta.labels = Labels::from([("pchat.io/managed-by".to_string(), "plan".to_string())]);
    let mut ops = group("ops", &[]);
    let mut tx = write(db).await;
    let ids = tx.insert_groups(&[&leads, &ops]).await.expect("insert_groups");
    (leads.meta.id, ops.meta.id) = (ids[0], ids[1]);
    tx.commit().await.expect("commit");
    assert!(leads.meta.id > 0 && ops.meta.id > 0 && leads.meta.id != ops.meta.id);

    let groups = read(db).await.all_groups().await.expect("all_groups");
    assert_eq!(groups, vec![leads.clone(), ops.clone()], "groups in name order, members in given order");

    let mut next = bumped(&leads, |g| &mut g.meta);
    next.members = strings(&["ou:contoso/eng", "sip:bob@contoso.com", "sip:amy@contoso.com"]);
    next.description = "the leads".to_string();
    let mut tx = write(db).await;
    tx.update_group(&next).await.expect("update_group");
    tx.commit().await.expect("commit");
    let groups = read(db).await.all_groups().await.expect("all_groups");
    assert_eq!(groups[0], next);
    // The row holds the new members folded, one per line (`_`: the newline between them):
    // the old ones are replaced.
    let members = format!(
        "SELECT COUNT(*) FROM dir_groups WHERE id = {} AND members LIKE \
         'ou:contoso/eng_sip:bob@contoso.com_sip:amy@contoso.com'",
        leads.meta.id
    );
    assert_eq!(db.count(&members).await, 1, "old members are replaced, not kept");

    let mut tx = write(db).await;
    assert!(is_conflict(tx.update_group(&next).await), "stale revision → Conflict");
    drop(tx);

    let mut tx = write(db).await;
    assert!(tx.insert_groups(&[&group("ops", &[])]).await.is_err(), "group names are unique");
    drop(tx);

    let mut tx = write(db).await;
    tx.delete_group(leads.meta.id).await.expect("delete_group");
    tx.commit().await.expect("commit");
    assert_eq!(db.count(&members).await, 0, "members go with their group");
    let empty = format!("SELECT COUNT(*) FROM dir_groups WHERE id = {} AND members IS NULL", ops.meta.id);
    assert_eq!(db.count(&empty).await, 1, "a group without members holds none");
    let names: Vec<String> =
        read(db).await.all_groups().await.expect("all_groups").into_iter().map(|g| g.name).collect();
    assert_eq!(names, ["ops"]);
    let mut tx = write(db).await;
    assert!(is_conflict(tx.delete_group(leads.meta.id).await), "deleting twice → Conflict");
}

async fn categories_round_trip_principals(db: &TestDb) {
    let mut eng = category("eng", "default", &["ou:contoso/eng", "group:leads", "sip:a@contoso.com"]);
    eng.denied_members = strings(&["sip:b@contoso.com", "ou:contoso/eng/interns"]);
    eng.creators = strings(&["group:leads", "sip:a@contoso.com"]);
    eng.invitations = true;
    eng.file_upload = true;
    eng.chat_history = false;
    eng.meta.labels = Labels::from([("owner".to_string(), "it".to_string())]);
    // The same name in another pool is another category.
    let mut eng_emea = category("eng", "emea", &["ou:contoso/emea"]);
    insert_categories(db, &mut [&mut eng, &mut eng_emea]).await;

    let all = read(db).await.all_categories().await.expect("all_categories");
    assert_eq!(all.len(), 2);
    let by_pool: HashMap<String, Category> = all.into_iter().map(|c| (c.pool.clone(), c)).collect();
    assert_eq!(by_pool["default"], eng);
    assert_eq!(by_pool["emea"], eng_emea);

    let mut next = bumped(&eng, |c| &mut c.meta);
    next.allowed_members = strings(&["sip:a@contoso.com", "ou:contoso/eng"]);
    next.denied_members = vec![];
    next.creators = strings(&["sip:c@contoso.com"]);
    next.description = "engineering".to_string();
    next.name = "engineering".to_string();
    next.invitations = false;
    let mut tx = write(db).await;
    tx.update_category(&next).await.expect("update_category");
    tx.commit().await.expect("commit");
    let all = read(db).await.all_categories().await.expect("all_categories");
    assert_eq!(all.iter().find(|c| c.meta.id == eng.meta.id), Some(&next));
    let principals = format!("SELECT COUNT(*) FROM category_principals WHERE category_id = {}", eng.meta.id);
    assert_eq!(db.count(&principals).await, 3);

    let mut tx = write(db).await;
    assert!(is_conflict(tx.update_category(&next).await), "stale revision → Conflict");
    drop(tx);
    let mut tx = write(db).await;
    assert!(tx.insert_category(&mut category("eng", "emea", &[])).await.is_err(), "(pool, name) is unique");
    drop(tx);

    // A category that holds a room cannot go (the store refuses it too).
    let mut r = room("r1", &next);
    insert_rooms(
        db,
        std::slice::from_mut(&mut r),
        &HashMap::from([("default/engineering".to_string(), next.meta.id)]),
        &HashMap::new(),
    )
    .await;
    assert_eq!(read(db).await.count_rooms_in_category(next.meta.id).await.expect("count"), 1);
    assert_eq!(read(db).await.count_rooms_in_category(eng_emea.meta.id).await.expect("count"), 0);
    let mut tx = write(db).await;
    assert!(tx.delete_category(next.meta.id).await.is_err(), "a category with rooms is not deleted");
    drop(tx);

    let mut tx = write(db).await;
    tx.delete_room(r.meta.id).await.expect("delete_room");
    tx.delete_category(next.meta.id).await.expect("delete_category");
    tx.commit().await.expect("commit");
    assert_eq!(db.count(&principals).await, 0, "principals go with their category");
    let names: Vec<String> = read(db).await.all_categories().await.expect("all").into_iter().map(|c| c.pool).collect();
    assert_eq!(names, ["emea"]);
    let mut tx = write(db).await;
    assert!(is_conflict(tx.delete_category(next.meta.id).await), "deleting twice → Conflict");
}

/// 1,200 rooms with 10 members each (and a few with tricky names), then every filter.
async fn rooms_bulk_insert_list_filters_and_pages(db: &TestDb) {
    let mut eng = category("eng", "default", &[]);
    let mut sales = category("sales", "emea", &[]);
    insert_categories(db, &mut [&mut eng, &mut sales]).await;
    let mut board = addin("board", "default");
    let mut tx = write(db).await;
    tx.insert_addin(&mut board).await.expect("insert_addin");
    tx.commit().await.expect("commit");

    let mut rooms: Vec<Room> = (0..1200usize)
        .map(|i| {
            let cat = if i % 3 == 2 { &sales } else { &eng };
            let mut r = room(&format!("room-{i:04}"), cat);
            r.description = format!("Room {i}");
            r.privacy = Privacy::ALL[i % 3];
            r.disabled = i % 7 == 0;
            r.invitations = if i % 5 == 0 { RoomInvitations::False } else { RoomInvitations::Inherit };
            if i % 10 == 0 {
                r.room_type = RoomType::Auditorium;
                r.presenters = vec![format!("sip:p{}@contoso.com", i % 4)];
            }
            if i % 4 == 0 && cat.pool == "default" {
                r.addin = Some("board".to_string());
            }
            r.members = (0..10).map(|k| format!("sip:u{:03}@contoso.com", (i * 7 + k * 13) % 200)).collect();
            r.managers = vec![format!("sip:m{}@contoso.com", i % 5)];
            if i % 6 == 0 {
                r.managers.push("group:leads".to_string());
            }
            if i % 2 == 0 {
                r.meta.labels = Labels::from([("team".to_string(), format!("t{}", i % 3))]);
            }
            r
        })
        .collect();
    // Same name in two pools, LIKE metacharacters, mixed case.
    rooms.push(room("dup", &eng));
    rooms.push(room("dup", &sales));
    rooms.push(room("a_b", &eng));
    rooms.push(room("axb", &eng));
    rooms.push(room("100%", &eng));
    rooms.push(room("1000", &eng));
    rooms.push(room("Mixed-Case", &eng));
    rooms.push(room("Ärger-Café", &eng));
    let category_ids =
        HashMap::from([("default/eng".to_string(), eng.meta.id), ("emea/sales".to_string(), sales.meta.id)]);
    let addin_ids = HashMap::from([("default/board".to_string(), board.meta.id)]);
    insert_rooms(db, &mut rooms, &category_ids, &addin_ids).await;
    let ids: BTreeSet<i64> = rooms.iter().map(|r| r.meta.id).collect();
    assert_eq!(ids.len(), rooms.len(), "distinct ids");
    assert!(!ids.contains(&0));
    let principal_rows: usize = rooms.iter().map(|r| r.members.len() + r.managers.len() + r.presenters.len()).sum();
    assert_eq!(principal_entries(db, None).await, principal_rows as i64);

    let mut expected = rooms.clone();
    expected.sort_by(|a, b| (&a.name, a.meta.id).cmp(&(&b.name, b.meta.id)));
    let mut tx = read(db).await;

    // Every room exactly once, in (name, id) order, across pages of an odd size.
    let mut seen: Vec<Room> = Vec::new();
    let mut after: Option<After> = None;
    loop {
        let page = tx.list_rooms(&RoomFilter::default(), after.as_ref(), 97).await.expect("list_rooms");
        assert!(page.len() <= 97);
        let Some(last) = page.last() else { break };
        after = Some(After { name: last.name.clone(), id: last.meta.id });
        seen.extend(page);
    }
    let seen_keys: Vec<(String, i64)> = seen.iter().map(|r| (r.name.clone(), r.meta.id)).collect();
    let want_keys: Vec<(String, i64)> = expected.iter().map(|r| (r.name.clone(), r.meta.id)).collect();
    assert_eq!(seen_keys, want_keys, "every room exactly once, in name order");
    for (got, want) in seen.iter().zip(&expected) {
        assert_eq!(got, want, "room {} round-trips", want.name);
    }

    // Two rooms share the name "dup": a page boundary between them loses neither.
    let filter = RoomFilter { name_glob: Some("dup".to_string()), ..Default::default() };
    let first = tx.list_rooms(&filter, None, 1).await.expect("page");
    assert_eq!(first.len(), 1);
    let after = After { name: first[0].name.clone(), id: first[0].meta.id };
    let second = tx.list_rooms(&filter, Some(&after), 1).await.expect("page");
    assert_eq!(second.len(), 1);
    assert!(second[0].meta.id > first[0].meta.id, "ties on the name go by id");
    assert_ne!(second[0].pool, first[0].pool);
    let after = After { name: second[0].name.clone(), id: second[0].meta.id };
    assert!(tx.list_rooms(&filter, Some(&after), 1).await.expect("page").is_empty());

    // Each filter against the same predicate over what was inserted.
    type Pred = Box<dyn Fn(&Room) -> bool>;
    let member = "sip:u013@contoso.com";
    let checks: Vec<(&str, RoomFilter, Pred)> = vec![
        (
            "category",
            RoomFilter { category: Some("sales".into()), ..Default::default() },
            Box::new(|r| r.category == "sales"),
        ),
        ("pool", RoomFilter { pool: Some("emea".into()), ..Default::default() }, Box::new(|r| r.pool == "emea")),
        (
            "privacy",
            RoomFilter { privacy: Some(Privacy::Secret), ..Default::default() },
            Box::new(|r| r.privacy == Privacy::Secret),
        ),
        (
            "type",
            RoomFilter { room_type: Some(RoomType::Auditorium), ..Default::default() },
            Box::new(|r| r.room_type == RoomType::Auditorium),
        ),
        ("disabled", RoomFilter { disabled: Some(true), ..Default::default() }, Box::new(|r| r.disabled)),
        ("enabled", RoomFilter { disabled: Some(false), ..Default::default() }, Box::new(|r| !r.disabled)),
        (
            "member",
            RoomFilter { member: Some(member.into()), ..Default::default() },
            Box::new(move |r| r.members.iter().any(|m| m == member)),
        ),
        (
            "member is not manager",
            RoomFilter { manager: Some(member.into()), ..Default::default() },
            Box::new(|_| false),
        ),
        (
            "manager",
            RoomFilter { manager: Some("group:leads".into()), ..Default::default() },
            Box::new(|r| r.managers.iter().any(|m| m == "group:leads")),
        ),
        (
            "addin",
            RoomFilter { addin: Some("board".into()), ..Default::default() },
            Box::new(|r| r.addin.as_deref() == Some("board")),
        ),
        (
            "glob prefix, any case",
            RoomFilter { name_glob: Some("ROOM-01*".into()), ..Default::default() },
            Box::new(|r| r.name.starts_with("room-01")),
        ),
        (
            "glob ?",
            RoomFilter { name_glob: Some("room-00?0".into()), ..Default::default() },
            Box::new(|r| r.name.len() == 9 && r.name.starts_with("room-00") && r.name.ends_with('0')),
        ),
        (
            "glob _ is literal",
            RoomFilter { name_glob: Some("a_b".into()), ..Default::default() },
            Box::new(|r| r.name == "a_b"),
        ),
        (
            "glob % is literal",
            RoomFilter { name_glob: Some("100%".into()), ..Default::default() },
            Box::new(|r| r.name == "100%"),
        ),
        (
            "glob case-insensitive",
            RoomFilter { name_glob: Some("mixed-*".into()), ..Default::default() },
            Box::new(|r| r.name == "Mixed-Case"),
        ),
        (
            "glob non-ASCII, exact case",
            RoomFilter { name_glob: Some("Ärger-*".into()), ..Default::default() },
            Box::new(|r| r.name == "Ärger-Café"),
        ),
        (
            "glob non-ASCII, ASCII case folded",
            RoomFilter { name_glob: Some("*-cAFé".into()), ..Default::default() },
            Box::new(|r| r.name == "Ärger-Café"),
        ),
        (
            "combined",
            RoomFilter {
                category: Some("eng".into()),
                privacy: Some(Privacy::Open),
                disabled: Some(false),
                member: Some(member.into()),
                ..Default::default()
            },
            Box::new(move |r| {
                r.category == "eng"
                    && r.privacy == Privacy::Open
                    && !r.disabled
                    && r.members.iter().any(|m| m == member)
            }),
        ),
    ];
    for (what, filter, pred) in &checks {
        let want: Vec<(String, i64)> =
            expected.iter().filter(|r| pred(r)).map(|r| (r.name.clone(), r.meta.id)).collect();
        let got: Vec<(String, i64)> = tx
            .list_rooms(filter, None, 10_000)
            .await
            .expect("list_rooms")
            .iter()
            .map(|r| (r.name.clone(), r.meta.id))
            .collect();
        assert_eq!(got, want, "filter {what}");
        if !matches!(*what, "no ids" | "member is not manager") {
            assert!(!want.is_empty(), "filter {what} should match something");
        }
    }
    // A filter and pages together.
    let filter = RoomFilter { category: Some("eng".into()), ..Default::default() };
    let mut paged = Vec::new();
    let mut after: Option<After> = None;
    loop {
        let page = tx.list_rooms(&filter, after.as_ref(), 50).await.expect("list_rooms");
        let Some(last) = page.last() else { break };
        after = Some(After { name: last.name.clone(), id: last.meta.id });
        paged.extend(page.into_iter().map(|r| r.meta.id));
    }
    let want: Vec<i64> = expected.iter().filter(|r| r.category == "eng").map(|r| r.meta.id).collect();
    assert_eq!(paged, want, "filtered pages");

    // Lookups by name (more names than one IN (...) chunk) and by category.
    let mut names: Vec<String> = (0..600).map(|i| format!("room-{i:04}")).collect();
    names.push("no-such-room".to_string());
    let by_name = tx.rooms_by_name(&names).await.expect("rooms_by_name");
    assert_eq!(by_name.len(), 600);
    let by_id: HashMap<i64, &Room> = rooms.iter().map(|r| (r.meta.id, r)).collect();
    for r in &by_name {
        assert_eq!(Some(&r), by_id.get(&r.meta.id), "rooms_by_name returns whole rooms");
    }
    let dups = tx.rooms_by_name(&["dup".to_string()]).await.expect("rooms_by_name");
    assert_eq!(
        dups.iter().map(|r| r.pool.clone()).collect::<BTreeSet<_>>(),
        BTreeSet::from(["default".to_string(), "emea".to_string()])
    );
    let in_sales = tx.rooms_in_category(sales.meta.id).await.expect("rooms_in_category");
    let want: Vec<&Room> = expected.iter().filter(|r| r.category == "sales").collect();
    assert_eq!(in_sales.iter().collect::<Vec<_>>(), want);
    assert_eq!(tx.count_rooms_in_category(eng.meta.id).await.expect("count"), (rooms.len() - want.len()) as i64);
    let with_board = rooms.iter().filter(|r| r.addin.is_some()).count() as i64;
    assert_eq!(tx.count_rooms_with_addin(board.meta.id).await.expect("count"), with_board);
}

async fn update_room_replaces_principals(db: &TestDb) {
    let mut eng = category("eng", "default", &[]);
    let mut other = category("other", "default", &[]);
    insert_categories(db, &mut [&mut eng, &mut other]).await;
    let category_ids =
        HashMap::from([("default/eng".to_string(), eng.meta.id), ("default/other".to_string(), other.meta.id)]);
    let mut r = room("r", &eng);
    r.members = strings(&["sip:a@contoso.com", "sip:b@contoso.com", "sip:c@contoso.com"]);
    r.managers = strings(&["sip:m@contoso.com"]);
    let mut neighbour = room("neighbour", &eng);
    neighbour.members = strings(&["sip:a@contoso.com"]);
    let mut both = vec![r, neighbour];
    insert_rooms(db, &mut both, &category_ids, &HashMap::new()).await;
    let stored = room_named(db, "r").await;
    assert_eq!(stored, both[0]);
    let own = Some(stored.meta.id);

    // Principals replaced, in the new order.
    let mut next = bumped(&stored, |r| &mut r.meta);
    next.members = strings(&["sip:c@contoso.com", "sip:d@contoso.com"]);
    next.managers = strings(&["sip:m2@contoso.com", "sip:m@contoso.com"]);
    next.room_type = RoomType::Auditorium;
    next.presenters = strings(&["sip:p@contoso.com"]);
    next.description = "changed".to_string();
    next.meta.labels = Labels::from([("a".to_string(), "b".to_string())]);
    let mut tx = write(db).await;
    tx.update_room(&RoomWrite { room: &next, category_id: eng.meta.id, addin_id: None }, true)
        .await
        .expect("update_room");
    tx.commit().await.expect("commit");
    assert_eq!(room_named(db, "r").await, next);
    assert_eq!(principal_entries(db, own).await, 5);
    assert_eq!(room_named(db, "neighbour").await, both[1], "other rooms keep their principals");

    // Without principals_changed the stored lists stay.
    let mut attrs_only = bumped(&next, |r| &mut r.meta);
    attrs_only.members = strings(&["sip:zzz@contoso.com"]);
    attrs_only.privacy = Privacy::Open;
    let mut tx = write(db).await;
    tx.update_room(&RoomWrite { room: &attrs_only, category_id: eng.meta.id, addin_id: None }, false)
        .await
        .expect("update_room");
    tx.commit().await.expect("commit");
    let now = room_named(db, "r").await;
    assert_eq!(now.privacy, Privacy::Open);
    assert_eq!(now.members, next.members, "principals untouched when not changed");
    assert_eq!(now.meta.revision, 3);

    // Rename and move to another category; clearing every principal.
    let mut moved = bumped(&now, |r| &mut r.meta);
    moved.name = "renamed".to_string();
    moved.category = "other".to_string();
    moved.members.clear();
    moved.managers.clear();
    moved.presenters.clear();
    let mut tx = write(db).await;
    tx.update_room(&RoomWrite { room: &moved, category_id: other.meta.id, addin_id: None }, true)
        .await
        .expect("update_room");
    tx.commit().await.expect("commit");
    assert_eq!(room_named(db, "renamed").await, moved);
    assert!(read(db).await.rooms_by_name(&["r".to_string()]).await.expect("rooms_by_name").is_empty());
    assert_eq!(principal_entries(db, own).await, 0);
    assert_eq!(read(db).await.count_rooms_in_category(other.meta.id).await.expect("count"), 1);

    let mut tx = write(db).await;
    assert!(
        is_conflict(
            tx.update_room(&RoomWrite { room: &moved, category_id: other.meta.id, addin_id: None }, true).await
        ),
        "stale revision → Conflict"
    );
    drop(tx);
    // A conflicting update leaves the principals alone.
    assert_eq!(room_named(db, "renamed").await, moved);
}

async fn delete_room_cascades_principals(db: &TestDb) {
    let mut eng = category("eng", "default", &[]);
    insert_categories(db, &mut [&mut eng]).await;
    let mut rooms: Vec<Room> = (0..3)
        .map(|i| {
            let mut r = room(&format!("r{i}"), &eng);
            r.members = (0..5).map(|k| format!("sip:u{k}@contoso.com")).collect();
            r.managers = strings(&["sip:m@contoso.com"]);
            r
        })
        .collect();
    insert_rooms(db, &mut rooms, &HashMap::from([("default/eng".to_string(), eng.meta.id)]), &HashMap::new()).await;
    let of_first = Some(rooms[0].meta.id);
    assert_eq!(principal_entries(db, of_first).await, 6);
    assert_eq!(principal_entries(db, None).await, 18);

    let mut tx = write(db).await;
    tx.delete_room(rooms[0].meta.id).await.expect("delete_room");
    tx.commit().await.expect("commit");
    assert_eq!(principal_entries(db, of_first).await, 0, "principals go with their room");
    assert_eq!(principal_entries(db, None).await, 12, "other rooms keep theirs");
    let left: Vec<String> = read(db)
        .await
        .list_rooms(&RoomFilter::default(), None, 100)
        .await
        .expect("list")
        .into_iter()
        .map(|r| r.name)
        .collect();
    assert_eq!(left, ["r1", "r2"]);
    let mut tx = write(db).await;
    assert!(is_conflict(tx.delete_room(rooms[0].meta.id).await), "deleting twice → Conflict");
}

async fn addins_round_trip(db: &TestDb) {
    let mut eng = category("eng", "default", &[]);
    insert_categories(db, &mut [&mut eng]).await;
    let mut board = addin("board", "default");
    board.meta.labels = Labels::from([("x".to_string(), "y".to_string())]);
    let mut board_emea = addin("board", "emea");
    let mut tx = write(db).await;
    tx.insert_addin(&mut board).await.expect("insert_addin");
    tx.insert_addin(&mut board_emea).await.expect("insert_addin");
    tx.commit().await.expect("commit");
    let all = read(db).await.all_addins().await.expect("all_addins");
    assert_eq!(all.len(), 2);
    assert!(all.contains(&board) && all.contains(&board_emea));

    let mut next = bumped(&board, |a| &mut a.meta);
    next.name = "whiteboard".to_string();
    next.url = "https://wb.example/".to_string();
    let mut tx = write(db).await;
    tx.update_addin(&next).await.expect("update_addin");
    tx.commit().await.expect("commit");
    assert!(read(db).await.all_addins().await.expect("all").contains(&next));
    let mut tx = write(db).await;
    assert!(is_conflict(tx.update_addin(&next).await), "stale revision → Conflict");
    drop(tx);

    let mut r = room("r", &eng);
    r.addin = Some("whiteboard".to_string());
    insert_rooms(
        db,
        std::slice::from_mut(&mut r),
        &HashMap::from([("default/eng".to_string(), eng.meta.id)]),
        &HashMap::from([("default/whiteboard".to_string(), next.meta.id)]),
    )
    .await;
    assert_eq!(room_named(db, "r").await.addin.as_deref(), Some("whiteboard"));
    assert_eq!(read(db).await.count_rooms_with_addin(next.meta.id).await.expect("count"), 1);
    let mut tx = write(db).await;
    assert!(tx.delete_addin(next.meta.id).await.is_err(), "an add-in in use is not deleted");
    drop(tx);
    let mut tx = write(db).await;
    tx.delete_addin(board_emea.meta.id).await.expect("delete_addin");
    tx.commit().await.expect("commit");
    let mut tx = write(db).await;
    assert!(is_conflict(tx.delete_addin(board_emea.meta.id).await), "deleting twice → Conflict");
}

async fn tokens_insert_lookup_revoke(db: &TestDb) {
    let now = now_ms();
    let mut tx = write(db).await;
    let admin = tx.insert_token("hash-admin", Role::Admin, None, "ci", now).await.expect("insert_token");
    let alice = tx
        .insert_token("hash-alice", Role::User, Some("sip:alice@contoso.com"), "alice's", now + 1)
        .await
        .expect("insert_token");
    tx.commit().await.expect("commit");
    assert!(admin.id > 0 && alice.id > admin.id);
    assert_eq!(admin.role, Role::Admin);
    assert_eq!(admin.owner, None);
    assert_eq!(admin.description, "ci");
    assert_eq!(admin.created_at, format_ms(now));
    assert_eq!((admin.last_used_at.clone(), admin.revoked_at.clone()), (None, None));
    assert_eq!(alice.role, Role::User);
    assert_eq!(alice.owner.as_deref(), Some("sip:alice@contoso.com"));

    let mut tx = write(db).await;
    assert!(tx.insert_token("hash-admin", Role::User, None, "", now).await.is_err(), "token hashes are unique");
    drop(tx);

    let mut tx = read(db).await;
    assert_eq!(tx.token_by_hash("hash-alice").await.expect("token_by_hash"), Some(alice.clone()));
    assert_eq!(tx.token_by_hash("hash-nobody").await.expect("token_by_hash"), None);
    assert_eq!(tx.list_tokens().await.expect("list_tokens"), vec![admin.clone(), alice.clone()]);
    drop(tx);

    db.store.record_token_use(alice.id, now + 5).await.expect("record_token_use");
    let mut tx = write(db).await;
    assert!(tx.revoke_token(admin.id, now + 10).await.expect("revoke_token"));
    assert!(!tx.revoke_token(admin.id, now + 11).await.expect("revoke_token"), "revoking twice → false");
    assert!(!tx.revoke_token(999_999, now).await.expect("revoke_token"), "unknown token → false");
    tx.commit().await.expect("commit");

    let mut tx = read(db).await;
    let revoked = tx.token_by_hash("hash-admin").await.expect("token_by_hash").expect("still there");
    assert_eq!(revoked.revoked_at, Some(format_ms(now + 10)), "the first revocation time stays");
    let used = tx.token_by_hash("hash-alice").await.expect("token_by_hash").expect("there");
    assert_eq!(used.last_used_at, Some(format_ms(now + 5)));
    assert_eq!(used.revoked_at, None);
}

async fn policies_grant_and_count(db: &TestDb) {
    let mut users: Vec<User> = (1..=4).map(|i| user(&format!("sip:u{i}@contoso.com"), "contoso")).collect();
    let mut chatters = Policy {
        identity: "tag:chatters".to_string(),
        enabled: true,
        description: "may chat".to_string(),
        meta: meta(&[]),
    };
    let mut tx = write(db).await;
    let ids = tx.insert_users(&users.iter().collect::<Vec<_>>()).await.expect("insert_users");
    for (u, id) in users.iter_mut().zip(ids) {
        u.meta.id = id;
    }
    tx.insert_policy(&mut chatters).await.expect("insert_policy");
    tx.commit().await.expect("commit");
    let all = read(db).await.all_policies().await.expect("all_policies");
    assert_eq!(all.iter().map(|p| p.identity.as_str()).collect::<Vec<_>>(), ["global", "tag:chatters"]);
    assert_eq!(all[1], chatters);

    let mut next = bumped(&chatters, |p| &mut p.meta);
    next.enabled = false;
    next.description = "muted".to_string();
    let mut tx = write(db).await;
    tx.update_policy(&next).await.expect("update_policy");
    tx.commit().await.expect("commit");
    assert_eq!(read(db).await.all_policies().await.expect("all")[1], next);
    let mut tx = write(db).await;
    assert!(is_conflict(tx.update_policy(&next).await), "stale revision → Conflict");
    drop(tx);
    let mut tx = write(db).await;
    let mut dup = chatters.clone();
    assert!(tx.insert_policy(&mut dup).await.is_err(), "identities are unique");
    drop(tx);

    let when = now_ms() + 60_000;
    let sips: Vec<String> =
        ["sip:u1@contoso.com", "sip:u2@contoso.com", "sip:u3@contoso.com", "sip:nobody@contoso.com"]
            .iter()
            .map(|s| s.to_string())
            .collect();
    let mut tx = write(db).await;
    assert_eq!(tx.grant_policy(&sips, Some("chatters"), when).await.expect("grant_policy"), 3);
    tx.commit().await.expect("commit");
    let mut tx = read(db).await;
    assert_eq!(tx.count_grants("chatters").await.expect("count_grants"), 3);
    assert_eq!(tx.count_grants("other").await.expect("count_grants"), 0);
    let u1 = tx.users_by_sip(&["sip:u1@contoso.com".to_string()]).await.expect("users_by_sip").remove(0);
    assert_eq!(u1.policy.as_deref(), Some("chatters"));
    assert_eq!(u1.meta.revision, 2, "a grant is a change of the user");
    assert_eq!(u1.meta.updated_at, format_ms(when));
    let u4 = tx.users_by_sip(&["sip:u4@contoso.com".to_string()]).await.expect("users_by_sip").remove(0);
    assert_eq!((u4.policy, u4.meta.revision), (None, 1));
    drop(tx);

    let mut tx = write(db).await;
    assert_eq!(tx.grant_policy(&["sip:u1@contoso.com".to_string()], None, when).await.expect("revoke grant"), 1);
    tx.commit().await.expect("commit");
    assert_eq!(read(db).await.count_grants("chatters").await.expect("count_grants"), 2);

    let mut tx = write(db).await;
    tx.delete_policy(next.meta.id).await.expect("delete_policy");
    tx.commit().await.expect("commit");
    let mut tx = write(db).await;
    assert!(is_conflict(tx.delete_policy(next.meta.id).await), "deleting twice → Conflict");
}

async fn config_scopes_insert_update_delete(db: &TestDb) {
    let settings = |history, size, limit, url: Option<&str>| ChatConfigSettings {
        default_chat_history: history,
        max_file_size_kb: size,
        participant_update_limit: limit,
        room_management_url: url.map(str::to_string),
    };
    let scope =
        |name: &str, s: ChatConfigSettings| ChatConfigScope { scope: name.to_string(), settings: s, meta: meta(&[]) };
    let mut global = scope("global", settings(Some(30), None, Some(100), Some("https://rm.example/")));
    let mut site = scope("site:hq", settings(None, Some(2048), None, None));
    let mut pool = scope("pool:emea", settings(None, None, None, None));
    let mut tx = write(db).await;
    for s in [&mut global, &mut site, &mut pool] {
        tx.insert_config_scope(s).await.expect("insert_config_scope");
        assert!(s.meta.id > 0);
    }
    tx.commit().await.expect("commit");
    let all = read(db).await.all_config_scopes().await.expect("all_config_scopes");
    assert_eq!(all, vec![global.clone(), pool.clone(), site.clone()], "scopes in name order, unset stays unset");

    let mut next = bumped(&site, |s| &mut s.meta);
    next.settings = settings(Some(7), None, Some(16_000), Some("https://other.example/"));
    let mut tx = write(db).await;
    tx.update_config_scope(&next).await.expect("update_config_scope");
    tx.commit().await.expect("commit");
    let all = read(db).await.all_config_scopes().await.expect("all");
    assert_eq!(all[2], next);
    let mut tx = write(db).await;
    assert!(is_conflict(tx.update_config_scope(&next).await), "stale revision → Conflict");
    drop(tx);
    let mut tx = write(db).await;
    assert!(
        tx.insert_config_scope(&mut scope("global", settings(None, None, None, None))).await.is_err(),
        "scopes are unique"
    );
    drop(tx);

    let mut tx = write(db).await;
    tx.delete_config_scope(pool.meta.id).await.expect("delete_config_scope");
    tx.commit().await.expect("commit");
    let left: Vec<String> =
        read(db).await.all_config_scopes().await.expect("all").into_iter().map(|s| s.scope).collect();
    assert_eq!(left, ["global", "site:hq"]);
    let mut tx = write(db).await;
    assert!(is_conflict(tx.delete_config_scope(pool.meta.id).await), "deleting twice → Conflict");
}

/// Read-modify-write from several tasks at once: serialised writers never conflict.
async fn writers_are_serialised(db: &TestDb) {
    let mut counter = ChatConfigScope {
        scope: "global".to_string(),
        settings: ChatConfigSettings { participant_update_limit: Some(0), ..Default::default() },
        meta: meta(&[]),
    };
    let mut tx = write(db).await;
    tx.insert_config_scope(&mut counter).await.expect("insert_config_scope");
    tx.commit().await.expect("commit");

    const WRITERS: i64 = 6;
    let tasks: Vec<_> = (0..WRITERS)
        .map(|_| {
            let store = db.store.clone();
            tokio::spawn(async move {
                let mut tx = store.write().await?;
                let mut c =
                    tx.all_config_scopes().await?.into_iter().find(|c| c.scope == "global").expect("the counter");
                // Give another writer every chance to slip in between read and write.
                tokio::time::sleep(Duration::from_millis(20)).await;
                c.settings.participant_update_limit = c.settings.participant_update_limit.map(|n| n + 1);
                c.meta.revision += 1;
                tx.update_config_scope(&c).await?;
                tx.commit().await?;
                Ok::<(), StoreError>(())
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("writer task").expect("a serialised writer never sees a conflict");
    }
    let all = read(db).await.all_config_scopes().await.expect("all");
    assert_eq!(all[0].settings.participant_update_limit, Some(WRITERS));
    assert_eq!(all[0].meta.revision, 1 + WRITERS);
}

// ---------------------------------------------------------------------------------------
// Through the changeset engine

fn admin() -> Caller {
    Caller { role: Role::Admin, owner: None, token_id: None }
}

fn op(action: OpAction, name: &str, object: ObjectSpec) -> Operation {
    Operation { op: action, name: name.to_string(), pool: None, revision: None, object }
}

fn user_op(sip: &str, ou: &str) -> Operation {
    op(
        OpAction::Create,
        sip,
        ObjectSpec::User(UserSpec { ou: Some(ou.into()), site: Some("hq".into()), ..Default::default() }),
    )
}

fn group_op(action: OpAction, name: &str, members: &[&str]) -> Operation {
    op(action, name, ObjectSpec::Group(GroupSpec { members: Some(strings(members)), ..Default::default() }))
}

fn category_op(action: OpAction, name: &str, allowed: &[&str]) -> Operation {
    let spec = if action == OpAction::Delete {
        CategorySpec::default()
    } else {
        CategorySpec { allowed_members: Some(strings(allowed)), ..Default::default() }
    };
    op(action, name, ObjectSpec::Category(spec))
}

fn room_op(action: OpAction, name: &str, spec: RoomSpec) -> Operation {
    op(action, name, ObjectSpec::Room(spec))
}

fn new_room(name: &str, category: &str, members: &[&str]) -> Operation {
    room_op(
        OpAction::Create,
        name,
        RoomSpec { category: Some(category.into()), members: Some(strings(members)), ..Default::default() },
    )
}

async fn apply(db: &TestDb, operations: Vec<Operation>) -> ApiResult<ChangesetResult> {
    execute(&*db.store, admin(), ChangesetRequest { dry_run: false, allow_destroy: true, operations }).await
}

fn refused(result: ApiResult<ChangesetResult>) -> Problem {
    match result {
        Ok(done) => panic!("the changeset should have been refused, but it did: {done:?}"),
        Err(e) => *e.0,
    }
}

const ALICE: &str = "sip:alice@contoso.com";
const BOB: &str = "sip:bob@contoso.com";
const CAROL: &str = "sip:carol@contoso.com";

/// alice and bob in contoso/eng, carol in contoso/sales; group eng-leads = alice;
/// categories eng (ou:contoso/eng) and sales (ou:contoso/sales), both in pool default.
async fn seed(db: &TestDb) {
    let done = apply(
        db,
        vec![
            user_op(ALICE, "contoso/eng"),
            user_op(BOB, "contoso/eng/web"),
            user_op(CAROL, "contoso/sales"),
            group_op(OpAction::Create, "eng-leads", &[ALICE]),
            category_op(OpAction::Create, "eng", &["ou:contoso/eng"]),
            category_op(OpAction::Create, "sales", &["ou:contoso/sales"]),
        ],
    )
    .await
    .expect("seeding the directory");
    assert_eq!(done.count(OpOutcome::Created), 6);
    assert!(done.results.iter().all(|r| r.id.is_some_and(|id| id > 0)), "created objects report their ids: {done:?}");
}

#[derive(Debug, PartialEq)]
struct Counts {
    users: usize,
    groups: usize,
    categories: usize,
    rooms: usize,
    addins: usize,
    policies: usize,
    configs: usize,
    room_principals: i64,
}

async fn counts(db: &TestDb) -> Counts {
    let mut tx = read(db).await;
    Counts {
        users: tx.list_users(None, None, 100_000).await.expect("users").len(),
        groups: tx.all_groups().await.expect("groups").len(),
        categories: tx.all_categories().await.expect("categories").len(),
        rooms: tx.list_rooms(&RoomFilter::default(), None, 100_000).await.expect("rooms").len(),
        addins: tx.all_addins().await.expect("addins").len(),
        policies: tx.all_policies().await.expect("policies").len(),
        configs: tx.all_config_scopes().await.expect("configs").len(),
        room_principals: principal_entries(db, None).await,
    }
}

/// The room entries (members, managers, presenters) stored, in every room or in one.
async fn principal_entries(db: &TestDb, room_id: Option<i64>) -> i64 {
    read(db)
        .await
        .list_rooms(&RoomFilter::default(), None, 100_000)
        .await
        .expect("rooms")
        .iter()
        .filter(|r| room_id.is_none_or(|id| r.meta.id == id))
        .map(|r| (r.members.len() + r.managers.len() + r.presenters.len()) as i64)
        .sum()
}

async fn room_names(db: &TestDb) -> Vec<String> {
    read(db)
        .await
        .list_rooms(&RoomFilter::default(), None, 100_000)
        .await
        .expect("rooms")
        .into_iter()
        .map(|r| r.name)
        .collect()
}

async fn changeset_refuses_duplicate_room_name(db: &TestDb) {
    seed(db).await;
    let done = apply(db, vec![new_room("r1", "eng", &[ALICE])]).await.expect("creating r1");
    assert_eq!(done.results[0].outcome, OpOutcome::Created);
    assert_eq!(done.results[0].revision, Some(1));

    let p = refused(apply(db, vec![new_room("r1", "eng", &[])]).await);
    assert_eq!(p.code, ErrorCode::DuplicateName);
    assert_eq!(p.status, 422);
    assert_eq!(p.errors.len(), 1);
    assert_eq!((p.errors[0].index, p.errors[0].field.as_deref()), (Some(0), Some("name")));
    assert!(p.detail.contains("r1"), "{}", p.detail);

    // Twice in one changeset: the second is refused and neither is written.
    let p = refused(apply(db, vec![new_room("r2", "eng", &[]), new_room("r2", "sales", &[])]).await);
    assert_eq!(p.code, ErrorCode::DuplicateName);
    assert_eq!(p.errors.iter().map(|e| e.index).collect::<Vec<_>>(), [Some(1)]);
    assert_eq!(room_names(db).await, ["r1"]);
}

/// The same category, room and add-in names may live in two pools; a create without a
/// pool looks only in the pool it creates in, and a duplicate within a pool is refused.
async fn names_are_unique_per_pool_not_across_pools(db: &TestDb) {
    seed(db).await;
    let in_pool = |mut operation: Operation, pool: &str| {
        if let ObjectSpec::Category(spec) = &mut operation.object {
            spec.pool = Some(pool.into());
        }
        operation
    };
    apply(
        db,
        vec![
            in_pool(category_op(OpAction::Create, "ops", &["ou:contoso"]), "red"),
            new_room("war-room", "ops", &[ALICE]),
            op(
                OpAction::Create,
                "wiki",
                ObjectSpec::Addin(AddinSpec {
                    url: Some("https://wiki.contoso.com".into()),
                    pool: Some("red".into()),
                    ..Default::default()
                }),
            ),
        ],
    )
    .await
    .expect("the pool red objects");
    // The same names again, in pool default.
    let done = apply(
        db,
        vec![
            category_op(OpAction::Create, "ops", &["ou:contoso/eng"]),
            op(
                OpAction::Create,
                "wiki",
                ObjectSpec::Addin(AddinSpec { url: Some("https://wiki2.contoso.com".into()), ..Default::default() }),
            ),
        ],
    )
    .await
    .expect("a category and an add-in named like ones of another pool");
    assert_eq!(done.count(OpOutcome::Created), 2);
    let mut room = new_room("war-room", "sales", &[CAROL]);
    room.pool = None;
    let done = apply(db, vec![room]).await.expect("a room named like one of another pool");
    assert_eq!(done.count(OpOutcome::Created), 1);
    let mut tx = read(db).await;
    let pools: BTreeSet<(String, String)> = tx
        .list_rooms(&RoomFilter::default(), None, 100)
        .await
        .expect("rooms")
        .into_iter()
        .map(|r| (r.name, r.pool))
        .collect();
    drop(tx);
    assert!(
        pools.contains(&("war-room".into(), "red".into())) && pools.contains(&("war-room".into(), "default".into())),
        "{pools:?}"
    );

    // Within one pool the name is still taken.
    let p = refused(apply(db, vec![new_room("war-room", "eng", &[])]).await);
    assert_eq!(p.code, ErrorCode::DuplicateName, "{p:?}");
    let p = refused(apply(db, vec![in_pool(category_op(OpAction::Create, "ops", &["ou:contoso"]), "red")]).await);
    assert_eq!(p.code, ErrorCode::DuplicateName, "{p:?}");
    // Naming the room without its pool is now ambiguous, and says so.
    let p = refused(
        apply(
            db,
            vec![room_op(
                OpAction::Update,
                "war-room",
                RoomSpec { description: Some("x".into()), ..Default::default() },
            )],
        )
        .await,
    );
    assert_eq!(p.code, ErrorCode::Ambiguous, "{p:?}");
}

async fn changeset_refuses_room_named_like_category(db: &TestDb) {
    seed(db).await;
    let p = refused(apply(db, vec![new_room("sales", "eng", &[])]).await);
    assert_eq!(p.code, ErrorCode::NameConflict);
    assert!(p.detail.contains("sales"), "{}", p.detail);
    assert!(room_names(db).await.is_empty());

    // And the reverse: a category named like a room.
    apply(db, vec![new_room("r1", "eng", &[])]).await.expect("creating r1");
    let before = counts(db).await;
    let p = refused(apply(db, vec![category_op(OpAction::Create, "r1", &["ou:contoso"])]).await);
    assert_eq!(p.code, ErrorCode::NameConflict);
    assert_eq!(counts(db).await, before);
}

async fn changeset_refuses_member_outside_category_scope(db: &TestDb) {
    seed(db).await;
    let p = refused(apply(db, vec![new_room("r-scope", "eng", &[ALICE, CAROL])]).await);
    assert_eq!(p.code, ErrorCode::OutOfScope);
    assert_eq!(p.errors.len(), 1, "only carol is outside: {:?}", p.errors);
    let e = &p.errors[0];
    assert_eq!((e.index, e.field.as_deref()), (Some(0), Some("members[1]")));
    assert!(e.detail.contains(CAROL), "the error names the principal: {}", e.detail);
    assert!(e.detail.contains("\"eng\""), "the error names the category: {}", e.detail);

    // OUs above the scope are outside too; groups and OUs inside are fine.
    let p = refused(
        apply(
            db,
            vec![room_op(
                OpAction::Create,
                "r-ou",
                RoomSpec {
                    category: Some("eng".into()),
                    managers: Some(strings(&["ou:contoso"])),
                    ..Default::default()
                },
            )],
        )
        .await,
    );
    assert_eq!(p.code, ErrorCode::OutOfScope);
    assert_eq!(p.errors[0].field.as_deref(), Some("managers[0]"));
    assert!(p.errors[0].detail.contains("ou:contoso"), "{}", p.errors[0].detail);
    assert!(room_names(db).await.is_empty());

    apply(db, vec![new_room("r-ok", "eng", &["group:eng-leads", "ou:contoso/eng/web", BOB])])
        .await
        .expect("all inside");
    assert_eq!(room_named(db, "r-ok").await.members, strings(&["group:eng-leads", "ou:contoso/eng/web", BOB]));
}

async fn changeset_refuses_presenters_on_normal_room(db: &TestDb) {
    seed(db).await;
    let spec = RoomSpec { category: Some("eng".into()), presenters: Some(strings(&[ALICE])), ..Default::default() };
    let p = refused(apply(db, vec![room_op(OpAction::Create, "talk", spec.clone())]).await);
    assert_eq!(p.code, ErrorCode::PresentersNotAllowed);
    assert_eq!(p.errors[0].field.as_deref(), Some("presenters"));
    assert!(room_names(db).await.is_empty());

    let auditorium = RoomSpec { room_type: Some(RoomType::Auditorium), ..spec };
    apply(db, vec![room_op(OpAction::Create, "talk", auditorium)]).await.expect("an auditorium has presenters");
    let stored = room_named(db, "talk").await;
    assert_eq!(stored.room_type, RoomType::Auditorium);
    assert_eq!(stored.presenters, strings(&[ALICE]));

    // Turning it back into a normal room while presenters remain is refused as well.
    let back = RoomSpec { room_type: Some(RoomType::Normal), ..Default::default() };
    let p = refused(apply(db, vec![room_op(OpAction::Update, "talk", back)]).await);
    assert_eq!(p.code, ErrorCode::PresentersNotAllowed);
    assert_eq!(room_named(db, "talk").await, stored);
}

async fn changeset_refuses_deleting_category_with_rooms(db: &TestDb) {
    seed(db).await;
    apply(db, vec![new_room("held", "eng", &[ALICE])]).await.expect("creating held");
    let before = counts(db).await;
    // The room is not named in the changeset: the engine must find it in the store.
    let p = refused(apply(db, vec![category_op(OpAction::Delete, "eng", &[])]).await);
    assert_eq!(p.code, ErrorCode::CategoryNotEmpty);
    assert!(p.detail.contains("held"), "the error names the room: {}", p.detail);
    assert_eq!(counts(db).await, before);

    let done = apply(
        db,
        vec![room_op(OpAction::Delete, "held", RoomSpec::default()), category_op(OpAction::Delete, "eng", &[])],
    )
    .await
    .expect("room first, then its category");
    assert_eq!(done.count(OpOutcome::Deleted), 2);
    let names: Vec<String> = read(db).await.all_categories().await.expect("all").into_iter().map(|c| c.name).collect();
    assert_eq!(names, ["sales"]);
    assert!(room_names(db).await.is_empty());
    assert_eq!(principal_entries(db, None).await, 0);
}

async fn changeset_refuses_group_cycle(db: &TestDb) {
    seed(db).await;
    apply(db, vec![group_op(OpAction::Create, "outer", &["group:eng-leads"])]).await.expect("nesting");
    let p = refused(apply(db, vec![group_op(OpAction::Update, "eng-leads", &[ALICE, "group:outer"])]).await);
    assert_eq!(p.code, ErrorCode::GroupCycle);
    assert_eq!(p.errors[0].field.as_deref(), Some("members[1]"));
    assert!(p.detail.contains("outer"), "{}", p.detail);

    let p = refused(apply(db, vec![group_op(OpAction::Update, "outer", &["group:outer"])]).await);
    assert_eq!(p.code, ErrorCode::GroupCycle);

    let groups: BTreeMap<String, Vec<String>> =
        read(db).await.all_groups().await.expect("all_groups").into_iter().map(|g| (g.name, g.members)).collect();
    assert_eq!(groups["eng-leads"], strings(&[ALICE]));
    assert_eq!(groups["outer"], strings(&["group:eng-leads"]));
}

/// Valid operations of every kind, followed by `extra`.
fn mixed_ops(extra: Vec<Operation>) -> Vec<Operation> {
    let mut ops = vec![
        user_op("sip:dave@contoso.com", "contoso/eng"),
        group_op(OpAction::Create, "new-group", &["sip:dave@contoso.com", BOB]),
        category_op(OpAction::Create, "c2", &["ou:contoso"]),
        new_room("ok-room", "eng", &[ALICE, "sip:dave@contoso.com"]),
        op(
            OpAction::Create,
            "wb",
            ObjectSpec::Addin(AddinSpec { url: Some("https://wb.example/".into()), ..Default::default() }),
        ),
        op(
            OpAction::Create,
            "global",
            ObjectSpec::ChatConfig(ChatConfigSettings { max_file_size_kb: Some(1024), ..Default::default() }),
        ),
        op(
            OpAction::Create,
            "tag:chatters",
            ObjectSpec::Policy(pchat::api::PolicySpec { enabled: Some(true), ..Default::default() }),
        ),
    ];
    ops.extend(extra);
    ops
}

async fn failing_changeset_writes_nothing(db: &TestDb) {
    seed(db).await;
    let before = counts(db).await;
    let p = refused(apply(db, mixed_ops(vec![new_room("bad-room", "eng", &[CAROL])])).await);
    assert_eq!(p.code, ErrorCode::OutOfScope);
    assert_eq!(p.errors.len(), 1);
    assert_eq!(p.errors[0].index, Some(7));
    assert_eq!(counts(db).await, before, "nothing of a refused changeset is written");
    assert!(read(db).await.users_by_sip(&["sip:dave@contoso.com".to_string()]).await.expect("users").is_empty());
}

async fn dry_run_writes_nothing(db: &TestDb) {
    seed(db).await;
    let before = counts(db).await;
    let request = ChangesetRequest { dry_run: true, allow_destroy: false, operations: mixed_ops(vec![]) };
    let done = execute(&*db.store, admin(), request).await.expect("a valid dry run");
    assert!(done.dry_run);
    assert_eq!(done.count(OpOutcome::Created), 7, "{done:?}");
    assert_eq!(counts(db).await, before, "a dry run writes nothing");

    let done = apply(db, mixed_ops(vec![])).await.expect("the same for real");
    assert!(!done.dry_run);
    assert_eq!(done.count(OpOutcome::Created), 7);
    let after = counts(db).await;
    let want = Counts {
        users: before.users + 1,
        groups: before.groups + 1,
        categories: before.categories + 1,
        rooms: before.rooms + 1,
        addins: before.addins + 1,
        policies: before.policies + 1,
        configs: before.configs + 1,
        room_principals: before.room_principals + 2,
    };
    assert_eq!(after, want);
}

async fn stale_revision_is_refused(db: &TestDb) {
    seed(db).await;
    apply(db, vec![new_room("r", "eng", &[ALICE])]).await.expect("creating r");
    let update = |revision: Option<i64>, description: &str| Operation {
        revision,
        ..room_op(OpAction::Update, "r", RoomSpec { description: Some(description.into()), ..Default::default() })
    };
    let done = apply(db, vec![update(Some(1), "v2")]).await.expect("update at the current revision");
    assert_eq!(done.results[0].outcome, OpOutcome::Updated);
    assert_eq!(done.results[0].revision, Some(2));

    let p = refused(apply(db, vec![update(Some(1), "v3")]).await);
    assert_eq!(p.code, ErrorCode::StaleRevision);
    assert_eq!(p.status, 409);
    let current = p.current.expect("a stale revision comes with the object as it is now");
    assert_eq!(current["revision"], 2);
    assert_eq!(current["description"], "v2");
    let stored = room_named(db, "r").await;
    assert_eq!((stored.description.as_str(), stored.meta.revision), ("v2", 2));

    // Other kinds too.
    let p = refused(
        apply(
            db,
            vec![Operation {
                revision: Some(7),
                ..op(
                    OpAction::Update,
                    ALICE,
                    ObjectSpec::User(UserSpec { site: Some("elsewhere".into()), ..Default::default() }),
                )
            }],
        )
        .await,
    );
    assert_eq!(p.code, ErrorCode::StaleRevision);
    let alice = read(db).await.users_by_sip(&[ALICE.to_string()]).await.expect("users").remove(0);
    assert_eq!(alice.site, "hq");
}

async fn changeset_creates_many_rooms(db: &TestDb) {
    seed(db).await;
    let ops: Vec<Operation> = (0..1200)
        .map(|i| {
            room_op(
                OpAction::Create,
                &format!("bulk-{i:04}"),
                RoomSpec {
                    category: Some("eng".into()),
                    members: Some(strings(&[ALICE, BOB, "group:eng-leads"])),
                    managers: Some(strings(&["ou:contoso/eng/web"])),
                    privacy: Some(if i % 2 == 0 { Privacy::Open } else { Privacy::Secret }),
                    ..Default::default()
                },
            )
        })
        .collect();
    let done = apply(db, ops).await.expect("1,200 rooms in one changeset");
    assert_eq!(done.count(OpOutcome::Created), 1200);
    let ids: BTreeSet<i64> = done.results.iter().filter_map(|r| r.id).collect();
    assert_eq!(ids.len(), 1200, "each result carries its room's id");
    assert_eq!(principal_entries(db, None).await, 4800);
    let mut tx = read(db).await;
    let bobs =
        tx.list_rooms(&RoomFilter { member: Some(BOB.into()), ..Default::default() }, None, 5000).await.expect("list");
    assert_eq!(bobs.len(), 1200);
    let secret = tx
        .list_rooms(&RoomFilter { privacy: Some(Privacy::Secret), ..Default::default() }, None, 5000)
        .await
        .expect("list");
    assert_eq!(secret.len(), 600);
    assert!(bobs.iter().all(|r| r.members == strings(&[ALICE, BOB, "group:eng-leads"]) && r.category == "eng"));
    let result_ids: BTreeSet<i64> = bobs.iter().map(|r| r.meta.id).collect();
    assert_eq!(result_ids, ids, "the ids reported are the stored rooms' ids");
}

/// Two operations on one room in one changeset: both expect the stored revision, and the
/// room ends one revision up, whatever else (a grant, a narrowed scope) touched it.
async fn several_operations_on_one_object_bump_its_revision_once(db: &TestDb) {
    seed(db).await;
    apply(db, vec![new_room("r", "eng", &[ALICE])]).await.expect("creating r");
    let update = |description: &str| Operation {
        revision: Some(1),
        ..room_op(OpAction::Update, "r", RoomSpec { description: Some(description.into()), ..Default::default() })
    };
    let done = apply(db, vec![update("first"), update("second")]).await.expect("both expect the stored revision");
    assert_eq!(done.results[1].revision, Some(2));
    let stored = room_named(db, "r").await;
    assert_eq!((stored.description.as_str(), stored.meta.revision), ("second", 2));
}

/// `claim_job`: one running directory sync across the store, none again within the
/// interval, and a run whose node went silent failed before the next is claimed.
async fn one_claimed_job_of_a_kind_runs_at_a_time(db: &TestDb) {
    let job = |node: &str, at: i64| pchat::store::JobRow {
        kind: "directory-sync".into(),
        state: "running".into(),
        created_by: "test".into(),
        node: node.into(),
        detail: "{}".into(),
        started_at: at,
        updated_at: at,
        progress: "[]".into(),
        ..Default::default()
    };
    let claim = |row: pchat::store::JobRow, since: i64, stale: i64| async move {
        let mut tx = write(db).await;
        let id = tx.claim_job(&row, since, stale).await.expect("claim_job");
        tx.commit().await.expect("commit");
        id
    };
    let first = claim(job("a", 10_000), 0, 0).await.expect("nothing runs: a claims it");
    assert_eq!(claim(job("b", 10_001), 0, 0).await, None, "a runs it: b does not");
    let mut tx = write(db).await;
    tx.finish_job(first, "succeeded", "[]", None, 10_500).await.expect("finish");
    tx.commit().await.expect("commit");
    assert_eq!(claim(job("b", 11_000), 9_000, 0).await, None, "a run started within the interval");
    let second = claim(job("b", 20_000), 10_001, 0).await.expect("the interval passed: b claims it");
    // b goes silent: after the stale mark, c fails b's run and claims the next.
    assert_eq!(claim(job("c", 30_000), 20_001, 19_000).await, None, "b's run is alive");
    let third = claim(job("c", 200_000), 20_001, 150_000).await.expect("b's run went stale");
    let jobs = read(db).await.jobs(10, Some("directory-sync")).await.expect("jobs");
    let state = |id: i64| jobs.iter().find(|j| j.id == id).map(|j| j.state.clone()).unwrap();
    assert_eq!((state(first), state(second), state(third)), ("succeeded".into(), "failed".into(), "running".into()));
    assert!(read(db).await.jobs(10, Some("export")).await.expect("jobs").is_empty(), "the kind filter holds");
}
