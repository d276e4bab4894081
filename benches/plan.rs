//! Benchmark of declarative provisioning: a generated plan of 5,000 users, 100 categories
//! and 10,000 rooms with 10 members each, applied into an empty store through the real CLI
//! and then planned again (no changes). Prints wall times and peak memory; not a test.
//!
//!     cargo bench --bench plan                                          # embedded SQLite
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
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--write-sizing") {
        let dir = args.get(i + 1).expect("--write-sizing DIR");
        let started = Instant::now();
        sizing::generate(Path::new(dir));
        println!("wrote the sizing-model plan into {dir} in {:.1} s", started.elapsed().as_secs_f64());
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
                pchat::server::run(store, Some("pchat_bench_admin"), listener, async {
                    let _ = stopped.await;
                })
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
