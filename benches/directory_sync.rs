//! Benchmark of `pchat directory sync` (issue 17, point 2): the real CLI reads a private
//! slapd on loopback (paged searches as the sync account) and syncs into a real `pchat
//! server` on a fresh SQLite file. For each directory size, three rounds, each on a fresh
//! server: the first sync (every user and group created), then a sync with no changes (the
//! steady state: every run of a scheduled sync), each timed as the wall time of the whole
//! CLI process, with its peak resident memory; the medians are reported. Target: the
//! sizing model's directory (150,000 users, 2,000 groups) syncs in <= 30 s, and 10x the
//! directory costs about 10x (linear growth). Loading the directory with slapadd is setup,
//! timed for information only. Prints its figures; not a test.
//!
//!     cargo bench --bench directory_sync                     # 15,000, 150,000 and 300,000 users
//!     cargo bench --bench directory_sync -- --sizes 15000,150000     # only these sizes
//!     PCHAT_BENCH_PHASES=1 cargo bench --bench directory_sync        # and each sync's phases
//!
//! A directory of N users has N / 75 groups of 50 users each, each group also holding the
//! one before it (a nesting chain), as the tests' `forest` makes them.

use std::process::Command;
use std::time::Instant;

#[path = "support/node.rs"]
mod node;
#[path = "support/slapd.rs"]
mod slapd;

use slapd::{Forest, Slapd};

const PCHAT: &str = env!("CARGO_BIN_EXE_pchat");
const MEMBERS: usize = 50;
/// Rounds per size, each on a fresh server: a first sync, then a sync with no changes.
/// The figures are the medians of the rounds.
const ROUNDS: usize = 3;
/// The sizes run by default: a tenth of the sizing model, the model, and twice it.
const SIZES: [usize; 3] = [15_000, 150_000, 300_000];
/// The sizing model's directory: its first sync must take no longer than this.
const MODEL_USERS: usize = 150_000;
const TARGET_SECONDS: f64 = 30.0;

/// One run of the CLI: wall time, peak resident memory (kB), what it printed.
struct Run {
    seconds: f64,
    peak_kb: u64,
    stdout: String,
    stderr: String,
}

fn cli(args: &[String], env: &[(&str, &str)]) -> Run {
    let started = Instant::now();
    let out = Command::new(PCHAT)
        .args(args)
        .env_remove("PCHAT_TOKEN")
        .envs(env.iter().copied())
        .env("PCHAT_PEAK_MEMORY", "1")
        .env("PCHAT_TIMINGS", "1")
        .output()
        .expect("run pchat");
    let seconds = started.elapsed().as_secs_f64();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "pchat {args:?} failed ({}):\n{stderr}", out.status);
    let peak_kb = stderr
        .lines()
        .find_map(|l| l.strip_prefix("peak memory: "))
        .and_then(|v| v.trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    Run { seconds, peak_kb, stdout, stderr }
}

/// `pchat directory sync --yes` against `ldap`, as the sync account.
fn sync(ldap: &Slapd, server: &str, token: &str) -> Run {
    let mut args = ldap.sync_command(&ldap.url);
    args.extend(["--no-tls", "--yes"].map(String::from));
    let run = cli(&args, &[("PCHAT_SERVER", server), ("PCHAT_TOKEN", token)]);
    if std::env::var_os("PCHAT_BENCH_PHASES").is_some() {
        for line in run.stderr.lines().filter(|l| l.starts_with("timing: ")) {
            println!("    {line}");
        }
    }
    run
}

/// What one size measured: medians of the rounds, and the largest peak memory.
struct Size {
    users: usize,
    groups: usize,
    first: f64,
    first_peak_kb: u64,
    steady: f64,
    steady_peak_kb: u64,
}

fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

/// Median, fastest and slowest of some runs, and the largest peak memory.
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
        self.peak_kb = self.peak_kb.max(run.peak_kb);
    }

    fn median(&self) -> f64 {
        let mut all = self.seconds.clone();
        all.sort_by(f64::total_cmp);
        all[all.len() / 2]
    }

    fn text(&self) -> String {
        let (min, max) = self.seconds.iter().fold((f64::MAX, 0.0f64), |(lo, hi), &s| (lo.min(s), hi.max(s)));
        format!(
            "median {:.2} s wall (min {min:.2}, max {max:.2}, {} runs), peak memory {:.0} MB",
            self.median(),
            self.seconds.len(),
            mb(self.peak_kb)
        )
    }
}

fn measure(users: usize, tmp: &std::path::Path) -> Size {
    let groups = users / 75;
    let started = Instant::now();
    let ldif = slapd::forest(&Forest { users, groups, members: MEMBERS });
    let generated = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let ldap = Slapd::start(&ldif);
    let loaded = started.elapsed().as_secs_f64();
    println!(
        "\n== {users} users, {groups} groups x {MEMBERS} members, nested ({:.0} MB of LDIF generated in {generated:.1} s; \
         slapadd and slapd's start: {loaded:.1} s, setup, not counted)",
        ldif.len() as f64 / 1e6
    );
    drop(ldif);

    let (mut first, mut steady) = (Figures::new(), Figures::new());
    let mut server_peak_mb = 0.0f64;
    for round in 0..ROUNDS {
        // A fresh server over an empty SQLite file each round: the first sync creates everything.
        let database = format!("sqlite://{}", tmp.join(format!("sync-{users}-{round}.db")).display());
        let files = tmp.join(format!("files-{users}-{round}"));
        let token = cli(
            &["server", "token", "create", "--database", &database, "--role", "admin", "-q"].map(String::from),
            &[],
        )
        .stdout
        .trim()
        .to_string();
        let node = node::Node::start(&["--database", &database, "--file-store", files.to_str().expect("utf-8 path")]);

        let run = sync(&ldap, &node.url, &token);
        let created = format!("Apply complete: {} added, 0 changed, 0 destroyed.", users + groups);
        assert!(run.stderr.contains(&created), "the first sync creates everything:\n{}", run.stderr);
        first.add(&run);

        let run = sync(&ldap, &node.url, &token);
        assert!(run.stdout.contains("No changes."), "a second sync changes nothing:\n{}{}", run.stdout, run.stderr);
        steady.add(&run);
        server_peak_mb = server_peak_mb.max(node.memory_mb("VmHWM"));
    }
    let target = if users == MODEL_USERS { format!(" (target: <= {TARGET_SECONDS:.0} s)") } else { String::new() };
    println!("first sync (creates {users} users and {groups} groups): {}{target}", first.text());
    println!("sync with no changes: {}", steady.text());
    println!("server: peak memory {server_peak_mb:.0} MB");
    Size {
        users,
        groups,
        first: first.median(),
        first_peak_kb: first.peak_kb,
        steady: steady.median(),
        steady_peak_kb: steady.peak_kb,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let sizes: Vec<usize> = match args.iter().position(|a| a == "--sizes") {
        Some(i) => args
            .get(i + 1)
            .expect("--sizes N,N,...")
            .split(',')
            .map(|n| n.trim().replace('_', "").parse().expect("--sizes takes user counts"))
            .collect(),
        None => SIZES.to_vec(),
    };
    if !slapd::available() {
        println!("directory sync benchmark skipped: slapd is not installed");
        return;
    }
    println!("pchat directory sync benchmark: the real CLI against a private slapd and a pchat server on SQLite");
    println!("command: cargo bench --bench directory_sync");
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let measured: Vec<Size> = sizes.iter().map(|&users| measure(users, tmp.path())).collect();

    println!("\n== summary (wall time of the CLI; peak resident memory of the CLI)");
    for s in &measured {
        let verdict = if s.users == MODEL_USERS {
            if s.first <= TARGET_SECONDS {
                format!("  [<= {TARGET_SECONDS:.0} s: met]")
            } else {
                format!("  [<= {TARGET_SECONDS:.0} s: NOT met]")
            }
        } else {
            String::new()
        };
        println!(
            "{:>7} users, {:>5} groups: first sync {:>6.2} s ({:>4.0} MB), no-change sync {:>6.2} s ({:>4.0} MB){verdict}",
            s.users,
            s.groups,
            s.first,
            mb(s.first_peak_kb),
            s.steady,
            mb(s.steady_peak_kb)
        );
    }
    for pair in measured.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let factor = b.users as f64 / a.users as f64;
        println!(
            "{}x the directory ({} -> {} users): first sync {:.1}x the time, {:.1}x the memory; no-change sync {:.1}x the time, {:.1}x the memory (linear: ~{factor:.0}x)",
            factor,
            a.users,
            b.users,
            b.first / a.first,
            b.first_peak_kb as f64 / a.first_peak_kb.max(1) as f64,
            b.steady / a.steady,
            b.steady_peak_kb as f64 / a.steady_peak_kb.max(1) as f64,
        );
    }
}
