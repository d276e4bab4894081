//! Benchmark of declarative provisioning: a generated plan of 5,000 users, 100 categories
//! and 10,000 rooms with 10 members each, applied into an empty store through the real CLI
//! and then planned again (no changes). Prints wall times and peak memory; not a test.
//!
//! With `--sizing`, the sizing model of a whole pool instead (`sizing/`: 150,000 users,
//! 2,000 nested groups, 200 categories, 33,077 rooms in three sizes, about a million access
//! entries): plan against an empty store, apply into it, plan with no changes, plan and
//! apply a one-room change; then apply 10,000 and 100,000 rooms of 10 members each and
//! the ratio of their time and memory (cost must grow linearly).
//!
//!     cargo bench --bench plan                                          # embedded SQLite
//!     cargo bench --bench plan -- --sizing                              # the sizing model
//!     PCHAT_BENCH_POSTGRES=postgres://USER:PASS@127.0.0.1/DB cargo bench --bench plan   # and PostgreSQL
//!     cargo bench --bench plan -- --write DIR      # only write the generated plan into DIR
//!     cargo bench --bench plan -- --write-sizing DIR   # only write the sizing-model plan (sizing/)

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

// The server runs in this process; it allocates as `pchat` does, so the figures are the
// product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod sizing;

const USERS: usize = 5_000;
const CATEGORIES: usize = 100;
const ROOMS: usize = 10_000;
const MEMBERS: usize = 10;

/// Writes users.yaml, categories.yaml and rooms.yaml into `dir`.
fn generate(dir: &Path) {
    generate_rooms(dir, ROOMS);
}

/// The same plan with `rooms` rooms (the users and categories stay).
fn generate_rooms(dir: &Path, rooms_wanted: usize) {
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
    for r in 0..rooms_wanted {
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

/// Runs of one measurement: median, fastest and slowest, with the largest peak memory.
struct Figures {
    seconds: Vec<f64>,
    peak_kb: u64,
}

impl Figures {
    fn new() -> Figures {
        Figures { seconds: Vec::new(), peak_kb: 0 }
    }

    fn add(&mut self, run: &Run) {
        self.seconds.push(run.seconds);
        let kb = run.peak.trim_end_matches(" kB").trim().parse().unwrap_or(0);
        self.peak_kb = self.peak_kb.max(kb);
    }

    fn report(&mut self, what: &str, target: &str) -> String {
        self.seconds.sort_by(f64::total_cmp);
        let median = self.seconds[self.seconds.len() / 2];
        format!(
            "{what}: median {median:.3} s wall (min {:.3}, max {:.3}, {} runs), peak memory {} MB ({target})",
            self.seconds[0],
            self.seconds[self.seconds.len() - 1],
            self.seconds.len(),
            self.peak_kb / 1024
        )
    }
}

const ROUNDS: usize = 3;
const PLANS_PER_ROUND: usize = 3;

/// Each round applies the plan into a fresh, empty store and then plans it again, several
/// times; `fresh` gives a server over an empty store and what keeps it alive.
fn measure<K>(backend: &str, dir: &Path, mut fresh: impl FnMut() -> (String, Option<String>, K)) {
    let d = dir.to_str().expect("utf-8 path");
    let (mut apply, mut plan) = (Figures::new(), Figures::new());
    for _ in 0..ROUNDS {
        let (server, token, keep) = fresh();
        apply.add(&pchat(&server, token.as_deref(), &["apply", "-f", d, "--yes", "--quiet"]));
        for _ in 0..PLANS_PER_ROUND {
            let run = pchat(&server, token.as_deref(), &["plan", "-f", d]);
            assert!(run.stdout_tail.starts_with("No changes"), "re-plan should find nothing: {}", run.stdout_tail);
            plan.add(&run);
        }
        drop(keep);
    }
    println!("{backend}: {}", apply.report("apply into an empty store", "target on embedded SQLite: <= 1 s"));
    println!("{backend}: {}", plan.report("plan with no changes", "target on embedded SQLite: <= 0.3 s"));
}

fn main() {
    pchat_alloc::return_freed_memory_promptly();
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--write-sizing") {
        let dir = args.get(i + 1).expect("--write-sizing DIR");
        let started = Instant::now();
        sizing::generate(Path::new(dir));
        println!("wrote the sizing-model plan into {dir} in {:.1} s", started.elapsed().as_secs_f64());
        return;
    }
    if args.iter().any(|a| a == "--sizing") {
        sizing_bench();
        return;
    }
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
    let mut round = 0;
    measure("embedded sqlite", &plan_dir, || {
        round += 1;
        let db = tmp.path().join(format!("bench-{round}.db"));
        (format!("embedded:{}", db.display()), None, ())
    });

    match std::env::var("PCHAT_BENCH_POSTGRES").or_else(|_| std::env::var("PCHAT_TEST_POSTGRES")) {
        Ok(url) => {
            let runtime =
                tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
            let mut round = 0;
            measure("postgres", &plan_dir, || {
                round += 1;
                let server = PgServer::start(&runtime, &url, round);
                (format!("http://{}", server.addr), Some("pchat_bench_admin".to_string()), server)
            });
        }
        Err(_) => println!("postgres: skipped (set PCHAT_BENCH_POSTGRES or PCHAT_TEST_POSTGRES)"),
    }
}

/// A server on this process's runtime over a new PostgreSQL database (the CLI runs as a
/// child process); stopped when dropped.
struct PgServer<'r> {
    runtime: &'r tokio::runtime::Runtime,
    addr: std::net::SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    /// Dropped after the server stops (fields drop after `Drop::drop`).
    _database: pchat::store::scratch::ScratchDatabase,
}

impl<'r> PgServer<'r> {
    fn start(runtime: &'r tokio::runtime::Runtime, url: &str, round: usize) -> PgServer<'r> {
        runtime.block_on(async {
            let database = pchat::store::scratch::ScratchDatabase::create(url, &format!("pchat_plan_bench_{round}"))
                .await
                .expect("a scratch PostgreSQL database");
            let store = pchat::store::open(&database.url, true).await.expect("open store");
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
            let addr = listener.local_addr().expect("addr");
            let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
            let server = tokio::spawn(async move {
                pchat::server::run(
                    store,
                    pchat::server::Options {
                        local_admin_token: Some("pchat_bench_admin".into()),
                        ..Default::default()
                    },
                    listener,
                    async {
                        let _ = stopped.await;
                    },
                )
                .await
            });
            PgServer { runtime, addr, stop: Some(stop), server: Some(server), _database: database }
        })
    }
}

impl Drop for PgServer<'_> {
    fn drop(&mut self) {
        if let (Some(stop), Some(server)) = (self.stop.take(), self.server.take()) {
            let _ = stop.send(());
            let _ = self.runtime.block_on(server);
        }
    }
}

/// One measurement, printed as it is made: wall time and peak memory against a target.
fn report_one(backend: &str, what: &str, run: &Run, target: &str) {
    println!("{backend}: {what}: {:.2} s wall, peak memory {} ({target})", run.seconds, run.peak);
}

/// The sizing model's steps on one backend; `fresh` gives a server over an empty store.
fn sizing_steps<K>(backend: &str, dir: &Path, one_room: &Path, fresh: impl FnOnce() -> (String, Option<String>, K)) {
    let (d, changed) = (dir.to_str().expect("utf-8 path"), one_room.to_str().expect("utf-8 path"));
    let (server, token, keep) = fresh();
    let token = token.as_deref();
    let run = pchat(server.as_str(), token, &["plan", "-f", d]);
    report_one(backend, "plan against an empty store", &run, "target on embedded SQLite: <= 4 s");
    let run = pchat(&server, token, &["apply", "-f", d, "--yes", "--quiet"]);
    report_one(backend, "apply into an empty store", &run, "target on embedded SQLite: <= 5 s, <= 600 MB");
    let mut no_change = Figures::new();
    for _ in 0..3 {
        let run = pchat(&server, token, &["plan", "-f", d]);
        assert!(run.stdout_tail.starts_with("No changes"), "re-plan should find nothing: {}", run.stdout_tail);
        no_change.add(&run);
    }
    println!("{backend}: {}", no_change.report("plan with no changes", "target on embedded SQLite: <= 1 s, <= 400 MB"));
    let run = pchat(&server, token, &["plan", "-f", changed]);
    assert!(run.stdout_tail.contains("0 to add, 1 to change"), "one room changed: {}", run.stdout_tail);
    report_one(backend, "plan a one-room change", &run, "as a no-change plan");
    let run = pchat(&server, token, &["apply", "-f", changed, "--yes", "--quiet"]);
    report_one(backend, "apply a one-room change", &run, "as a no-change plan");
    drop(keep);
}

/// Applies the 10,000- and 100,000-room plans into empty stores: time and memory must grow
/// at most 11 times for 10 times the rooms.
fn growth<K>(backend: &str, tmp: &Path, mut fresh: impl FnMut() -> (String, Option<String>, K)) {
    let mut runs = Vec::new();
    for rooms in [ROOMS, 10 * ROOMS] {
        let dir = tmp.join(format!("growth-{rooms}"));
        generate_rooms(&dir, rooms);
        let (server, token, keep) = fresh();
        let run = pchat(&server, token.as_deref(), &["apply", "-f", dir.to_str().expect("utf-8"), "--yes", "--quiet"]);
        report_one(backend, &format!("apply {rooms} rooms x {MEMBERS} members"), &run, "");
        runs.push(run);
        drop(keep);
    }
    let kb = |r: &Run| r.peak.trim_end_matches(" kB").trim().parse::<f64>().unwrap_or(0.0);
    println!(
        "{backend}: 10x the rooms: {:.1}x the time, {:.1}x the peak memory (target: <= 11x each)",
        runs[1].seconds / runs[0].seconds,
        kb(&runs[1]) / kb(&runs[0]).max(1.0)
    );
}

fn sizing_bench() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("sizing");
    let started = Instant::now();
    sizing::generate(&dir);
    let one_room = tmp.path().join("sizing-one-room");
    std::fs::create_dir_all(&one_room).expect("create the one-room plan");
    for entry in std::fs::read_dir(&dir).expect("read the plan") {
        let path = entry.expect("entry").path();
        let mut text = std::fs::read_to_string(&path).expect("read a plan file");
        if path.file_name().is_some_and(|n| n == "4-rooms.yaml") {
            text = text.replacen("description: A small room", "description: A small room, renamed", 1);
        }
        std::fs::write(one_room.join(path.file_name().expect("name")), text).expect("write a plan file");
    }
    println!(
        "pchat sizing benchmark: {} users, {} groups, {} categories, {} rooms (generated in {:.1} s)",
        sizing::USERS,
        sizing::TEAMS + sizing::DEPARTMENTS + sizing::DIVISIONS,
        sizing::CATEGORIES,
        sizing::ROOMS,
        started.elapsed().as_secs_f64()
    );
    println!("command: cargo bench --bench plan -- --sizing");
    let mut round = 0;
    let tmp_path = tmp.path().to_path_buf();
    let mut embedded = || {
        round += 1;
        (format!("embedded:{}", tmp_path.join(format!("sizing-{round}.db")).display()), None, ())
    };
    sizing_steps("embedded sqlite", &dir, &one_room, &mut embedded);
    growth("embedded sqlite", tmp.path(), &mut embedded);
    match std::env::var("PCHAT_BENCH_POSTGRES").or_else(|_| std::env::var("PCHAT_TEST_POSTGRES")) {
        Ok(url) => {
            let runtime =
                tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
            let mut round = 1000;
            let mut fresh = || {
                round += 1;
                let server = PgServer::start(&runtime, &url, round);
                (format!("http://{}", server.addr), Some("pchat_bench_admin".to_string()), server)
            };
            sizing_steps("postgres", &dir, &one_room, &mut fresh);
            growth("postgres", tmp.path(), &mut fresh);
        }
        Err(_) => println!("postgres: skipped (set PCHAT_BENCH_POSTGRES or PCHAT_TEST_POSTGRES)"),
    }
}
