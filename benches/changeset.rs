//! Benchmark: one changeset of 10,000 room creations with 10 members each (principals from
//! a generated directory of 5,000 users) into an empty store, then listing every room as
//! JSON through the real CLI. Prints its figures; it is not a test.
//!
//!     cargo bench --bench changeset                       # SQLite (embedded default)
//!     PCHAT_BENCH_POSTGRES=postgres://... cargo bench --bench changeset   # and PostgreSQL
//!
//! PostgreSQL runs in a fresh database created next to the one the URL names.

use std::time::Instant;

use pchat::api::*;
use pchat::client::Client;

const USERS: usize = 5_000;
const CATEGORIES: usize = 10;
const ROOMS: usize = 10_000;
const MEMBERS: usize = 10;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let dir = tempfile::tempdir().expect("temp dir");
    let sqlite = format!("sqlite://{}", dir.path().join("bench.db").display());
    println!("pchat changeset benchmark: {ROOMS} rooms x {MEMBERS} members, {USERS} users, {CATEGORIES} categories");
    println!("command: cargo bench --bench changeset");
    runtime.block_on(run("sqlite", &sqlite));
    if let Ok(url) = std::env::var("PCHAT_BENCH_POSTGRES").or_else(|_| std::env::var("PCHAT_TEST_POSTGRES")) {
        let fresh = runtime.block_on(fresh_postgres(&url));
        runtime.block_on(run("postgres", &fresh));
    } else {
        println!("postgres: skipped (set PCHAT_BENCH_POSTGRES or PCHAT_TEST_POSTGRES)");
    }
}

async fn fresh_postgres(url: &str) -> String {
    use sqlx::Connection;
    let name = format!("pchat_bench_{}", std::process::id());
    let mut conn = sqlx::PgConnection::connect(url).await.expect("connect to PostgreSQL");
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name}")).execute(&mut conn).await.expect("drop");
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("create database");
    let (base, _) = url.rsplit_once('/').expect("a database URL ends in /NAME");
    format!("{base}/{name}")
}

fn op(name: String, object: ObjectSpec) -> Operation {
    Operation { op: OpAction::Create, name, pool: None, revision: None, object }
}

async fn run(backend: &str, url: &str) {
    let store = pchat::store::open(url, true).await.expect("open store");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("addr");
    let token = "pchat_bench_local_admin".to_string();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server_token = token.clone();
    let server = tokio::spawn(async move {
        pchat::server::run(store, Some(&server_token), listener, async {
            let _ = stopped.await;
        })
        .await
    });
    let client = Client::new(&format!("http://{addr}"), Some(token.clone())).expect("client");

    // The directory and the categories: setup, timed for information only.
    let started = Instant::now();
    let mut ops: Vec<Operation> = (0..USERS)
        .map(|i| {
            op(
                format!("sip:user{i:05}@contoso.com"),
                ObjectSpec::User(UserSpec {
                    display_name: Some(format!("User {i}")),
                    ou: Some(format!("contoso/dept{}", i % CATEGORIES)),
                    site: Some("redmond".into()),
                    ..Default::default()
                }),
            )
        })
        .collect();
    ops.extend((0..CATEGORIES).map(|c| {
        op(
            format!("cat{c:03}"),
            ObjectSpec::Category(CategorySpec {
                allowed_members: Some(vec!["ou:contoso".into()]),
                ..Default::default()
            }),
        )
    }));
    let setup: ChangesetResult = client
        .post("/v1/changesets", &[], &ChangesetRequest { dry_run: false, operations: ops })
        .await
        .expect("setup changeset");
    println!(
        "{backend}: directory of {USERS} users + {CATEGORIES} categories in {:?} ({} objects)",
        started.elapsed(),
        setup.results.len()
    );

    // The measured changeset.
    let rooms: Vec<Operation> = (0..ROOMS)
        .map(|r| {
            let members =
                (0..MEMBERS).map(|m| format!("sip:user{:05}@contoso.com", (r * 7 + m * 499) % USERS)).collect();
            op(
                format!("room{r:05}"),
                ObjectSpec::Room(RoomSpec {
                    category: Some(format!("cat{:03}", r % CATEGORIES)),
                    description: Some(format!("Room number {r}")),
                    members: Some(members),
                    ..Default::default()
                }),
            )
        })
        .collect();
    let request = ChangesetRequest { dry_run: false, operations: rooms };
    let started = Instant::now();
    let result: ChangesetResult = client.post("/v1/changesets", &[], &request).await.expect("room changeset");
    let commit = started.elapsed();
    assert_eq!(result.count(OpOutcome::Created), ROOMS, "every room created");
    println!(
        "{backend}: changeset of {ROOMS} room creations x {MEMBERS} members committed in {:.3} s (target on SQLite: < 1 s)",
        commit.as_secs_f64()
    );

    // Listing every room as JSON through the real CLI binary.
    let started = Instant::now();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_pchat"))
        .args(["rooms", "list", "-o", "json"])
        .env("PCHAT_SERVER", format!("http://{addr}"))
        .env("PCHAT_TOKEN", &token)
        .output()
        .expect("run pchat rooms list");
    let listing = started.elapsed();
    assert!(output.status.success(), "pchat rooms list failed: {}", String::from_utf8_lossy(&output.stderr));
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).expect("JSON array");
    assert_eq!(listed.len(), ROOMS);
    println!(
        "{backend}: `pchat rooms list -o json` of {} rooms ({:.1} MB) in {:.3} s",
        listed.len(),
        output.stdout.len() as f64 / 1e6,
        listing.as_secs_f64()
    );

    let _ = stop.send(());
    server.await.expect("server task").expect("server");
}
