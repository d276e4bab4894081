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
use pchat::client::{Client, NO_QUERY};

// The server runs in this process; it allocates as `pchat` does, so the figures are the
// product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USERS: usize = 5_000;
const CATEGORIES: usize = 10;
const ROOMS: usize = 10_000;
const MEMBERS: usize = 10;

/// Each round starts from an empty store; the figures are the median of the rounds.
const ROUNDS: usize = 3;

fn main() {
    pchat_alloc::return_freed_memory_promptly();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let dir = tempfile::tempdir().expect("temp dir");
    println!("pchat changeset benchmark: {ROOMS} rooms x {MEMBERS} members, {USERS} users, {CATEGORIES} categories");
    println!("command: cargo bench --bench changeset");
    let rounds: Vec<Round> = (0..ROUNDS)
        .map(|i| {
            let sqlite = format!("sqlite://{}", dir.path().join(format!("bench-{i}.db")).display());
            runtime.block_on(run(&sqlite))
        })
        .collect();
    report("sqlite", rounds);
    if let Ok(url) = std::env::var("PCHAT_BENCH_POSTGRES").or_else(|_| std::env::var("PCHAT_TEST_POSTGRES")) {
        let rounds: Vec<Round> = (0..ROUNDS)
            .map(|_| {
                let fresh = runtime.block_on(fresh_postgres(&url));
                runtime.block_on(run(&fresh.url))
            })
            .collect();
        report("postgres", rounds);
    } else {
        println!("postgres: skipped (set PCHAT_BENCH_POSTGRES or PCHAT_TEST_POSTGRES)");
    }
}

/// What one round measured, in seconds.
struct Round {
    setup: f64,
    commit: f64,
    listing: f64,
    listed_mb: f64,
}

fn report(backend: &str, rounds: Vec<Round>) {
    let figures = |pick: fn(&Round) -> f64| {
        let mut all: Vec<f64> = rounds.iter().map(pick).collect();
        all.sort_by(f64::total_cmp);
        format!(
            "median {:.3} s (min {:.3}, max {:.3}, {} runs)",
            all[all.len() / 2],
            all[0],
            all[all.len() - 1],
            all.len()
        )
    };
    println!("{backend}: directory of {USERS} users + {CATEGORIES} categories: {}", figures(|r| r.setup));
    println!(
        "{backend}: changeset of {ROOMS} room creations x {MEMBERS} members committed: {} (target on SQLite: < 1 s)",
        figures(|r| r.commit)
    );
    println!(
        "{backend}: `pchat rooms list -o json` of {ROOMS} rooms ({:.1} MB): {}",
        rounds[0].listed_mb,
        figures(|r| r.listing)
    );
}

/// A database of this round's own next to the one the URL names, kept for the round.
async fn fresh_postgres(url: &str) -> pchat::store::scratch::ScratchDatabase {
    pchat::store::scratch::ScratchDatabase::create(url, "pchat_bench").await.expect("a scratch PostgreSQL database")
}

fn op(name: String, object: ObjectSpec) -> Operation {
    Operation { op: OpAction::Create, name, pool: None, revision: None, object }
}

async fn run(url: &str) -> Round {
    let store = pchat::store::open(url, true).await.expect("open store");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("addr");
    let token = "pchat_bench_local_admin".to_string();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server_token = token.clone();
    let server = tokio::spawn(async move {
        pchat::server::run(
            store,
            pchat::server::Options { local_admin_token: Some(server_token), ..Default::default() },
            listener,
            async {
                let _ = stopped.await;
            },
        )
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
        .post("/v1/changesets", NO_QUERY, &ChangesetRequest { dry_run: false, allow_destroy: false, operations: ops })
        .await
        .expect("setup changeset");
    assert_eq!(setup.results.len(), USERS + CATEGORIES);
    let setup = started.elapsed().as_secs_f64();

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
    let request = ChangesetRequest { dry_run: false, allow_destroy: false, operations: rooms };
    let started = Instant::now();
    let result: ChangesetResult = client.post("/v1/changesets", NO_QUERY, &request).await.expect("room changeset");
    let commit = started.elapsed().as_secs_f64();
    assert_eq!(result.count(OpOutcome::Created), ROOMS, "every room created");

    // Listing every room as JSON through the real CLI binary.
    let started = Instant::now();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_pchat"))
        .args(["rooms", "list", "-o", "json"])
        .env("PCHAT_SERVER", format!("http://{addr}"))
        .env("PCHAT_TOKEN", &token)
        .output()
        .expect("run pchat rooms list");
    let listing = started.elapsed().as_secs_f64();
    assert!(output.status.success(), "pchat rooms list failed: {}", String::from_utf8_lossy(&output.stderr));
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).expect("JSON array");
    assert_eq!(listed.len(), ROOMS);

    let _ = stop.send(());
    server.await.expect("server task").expect("server");
    Round { setup, commit, listing, listed_mb: output.stdout.len() as f64 / 1e6 }
}
