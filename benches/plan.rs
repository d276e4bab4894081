//! Benchmark of declarative provisioning: a generated plan of 5,000 users, 100 categories
//! and 10,000 rooms with 10 members each, applied into an empty store through the real CLI
//! and then planned again (no changes). Prints wall times and peak memory; not a test.
//!
//!     cargo bench --bench plan                                          # embedded SQLite
//!     PCHAT_BENCH_POSTGRES=postgres://USER:PASS@127.0.0.1/DB cargo bench --bench plan   # and PostgreSQL
//!     cargo bench --bench plan -- --write DIR      # only write the generated plan into DIR

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const USERS: usize = 5_000;
const CATEGORIES: usize = 100;
const ROOMS: usize = 10_000;
const MEMBERS: usize = 10;

/// Writes users.yaml, categories.yaml and rooms.yaml into `dir`.
fn generate(dir: &Path) {
    std::fs::create_dir_all(dir).expect("create the plan directory");
    let mut users = String::new();
    for i in 0..USERS {
        let _ = write!(
            users,
            "---\napiVersion: pchat/v1\nkind: User\nmetadata:\n  name: sip:user{i:05}@contoso.com\nspec:\n  displayName: User {i}\n  ou: contoso/dept{:03}\n  site: redmond\n",
            i % CATEGORIES
        );
    }
    let mut categories = String::new();
    for c in 0..CATEGORIES {
        let _ = write!(
            categories,
            "---\napiVersion: pchat/v1\nkind: Category\nmetadata:\n  name: cat{c:03}\nspec:\n  allowedMembers:\n    - ou:contoso/dept{c:03}\n  creators:\n    - sip:user{c:05}@contoso.com\n"
        );
    }
    let mut rooms = String::new();
    for r in 0..ROOMS {
        let c = r % CATEGORIES;
        let _ = write!(rooms, "---\napiVersion: pchat/v1\nkind: Room\nmetadata:\n  name: room{r:05}\nspec:\n  category: cat{c:03}\n  description: Room number {r}\n  privacy: {}\n  members:\n", ["open", "closed", "secret"][r % 3]);
        for m in 0..MEMBERS {
            // Users of the category's OU: user index ≡ c (mod CATEGORIES).
            let u = ((r / CATEGORIES + m * 7) % (USERS / CATEGORIES)) * CATEGORIES + c;
            let _ = writeln!(rooms, "    - sip:user{u:05}@contoso.com");
        }
        let _ = writeln!(rooms, "  managers:\n    - sip:user{c:05}@contoso.com");
    }
    std::fs::write(dir.join("1-users.yaml"), users).expect("write users");
    std::fs::write(dir.join("2-categories.yaml"), categories).expect("write categories");
    std::fs::write(dir.join("3-rooms.yaml"), rooms).expect("write rooms");
}

struct Run {
    seconds: f64,
    peak: String,
    stdout_tail: String,
}

fn pchat(server: &str, token: Option<&str>, args: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pchat"));
    cmd.args(args).env("PCHAT_SERVER", server).env("PCHAT_PEAK_MEMORY", "1").env_remove("PCHAT_TOKEN");
    if let Some(t) = token {
        cmd.env("PCHAT_TOKEN", t);
    }
    let started = Instant::now();
    let out = cmd.output().expect("run pchat");
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "pchat {args:?} failed: {stderr}");
    let peak = stderr.lines().find_map(|l| l.strip_prefix("peak memory: ")).unwrap_or("?").to_string();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stdout_tail = stdout.lines().last().unwrap_or_default().to_string();
    Run { seconds, peak, stdout_tail }
}

fn measure(backend: &str, server: &str, token: Option<&str>, dir: &Path) {
    let d = dir.to_str().expect("utf-8 path");
    let apply = pchat(server, token, &["apply", "-f", d, "--yes", "--quiet"]);
    println!(
        "{backend}: apply into an empty store: {:.3} s wall, peak memory {} (target on embedded SQLite: <= 1 s)",
        apply.seconds, apply.peak
    );
    let plan = pchat(server, token, &["plan", "-f", d]);
    assert!(plan.stdout_tail.starts_with("No changes"), "re-plan should find nothing: {}", plan.stdout_tail);
    println!(
        "{backend}: plan with no changes: {:.3} s wall, peak memory {} (target: <= 0.3 s)",
        plan.seconds, plan.peak
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--write") {
        let dir = args.get(i + 1).expect("--write DIR");
        generate(Path::new(dir));
        println!("wrote the plan into {dir}");
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let plan_dir = tmp.path().join("plan");
    let started = Instant::now();
    generate(&plan_dir);
    println!("pchat plan benchmark: {USERS} users, {CATEGORIES} categories, {ROOMS} rooms x {MEMBERS} members (generated in {:.2} s)", started.elapsed().as_secs_f64());
    println!("command: cargo bench --bench plan");
    let db = tmp.path().join("bench.db");
    measure("embedded sqlite", &format!("embedded:{}", db.display()), None, &plan_dir);

    match std::env::var("PCHAT_BENCH_POSTGRES").or_else(|_| std::env::var("PCHAT_TEST_POSTGRES")) {
        Ok(url) => postgres(&url, &plan_dir),
        Err(_) => println!("postgres: skipped (set PCHAT_BENCH_POSTGRES or PCHAT_TEST_POSTGRES)"),
    }
}

fn postgres(url: &str, plan_dir: &Path) {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let (addr, stop, server) = runtime.block_on(async {
        use sqlx::Connection;
        let name = format!("pchat_plan_bench_{}", std::process::id());
        let mut conn = sqlx::PgConnection::connect(url).await.expect("connect to PostgreSQL");
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name}")).execute(&mut conn).await.expect("drop");
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("create database");
        let (base, _) = url.rsplit_once('/').expect("a database URL ends in /NAME");
        let store = pchat::store::open(&format!("{base}/{name}"), true).await.expect("open store");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let addr = listener.local_addr().expect("addr");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            pchat::server::run(store, Some("pchat_bench_admin"), listener, async {
                let _ = stopped.await;
            })
            .await
        });
        (addr, stop, server)
    });
    // The server runs on this runtime's threads while the CLI runs as a child process.
    measure("postgres", &format!("http://{addr}"), Some("pchat_bench_admin"), plan_dir);
    let _ = stop.send(());
    runtime.block_on(server).expect("server task").expect("server");
}
