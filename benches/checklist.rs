//! Benchmark of the deployment checklist on a healthy single node: the whole run of
//! `pchat checklist` (every phase, the synthetic transaction included) through the real CLI
//! against a real server, on the sizing model of a pool (`sizing/`: 150,000 users, 2,000
//! nested groups, 200 categories, 33,077 rooms, about a million access entries), then on
//! the plan benchmark's 10,000 rooms and 10x that, for the growth. Target: <= 2 s a run.
//! Prints the median, fastest and slowest of 5 runs; not a test.
//!
//!     cargo bench --bench checklist
//!     PCHAT_BENCH_POSTGRES=postgres://USER:PASS@127.0.0.1/DB cargo bench --bench checklist   # and PostgreSQL

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

mod sizing;

#[path = "support/node.rs"]
mod node;

const RUNS: usize = 5;

fn cli(args: &[&str], env: &[(&str, &str)]) -> (String, std::process::ExitStatus) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_pchat")).args(args).envs(env.iter().copied()).output().expect("run pchat");
    assert!(
        out.status.code().is_some_and(|c| c == 0 || c == 4),
        "pchat {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (String::from_utf8_lossy(&out.stdout).trim().to_string(), out.status)
}

/// A plan of `rooms` rooms of 10 members in 100 categories over 5,000 users, each room with
/// a manager, and a global policy that enables chat: a deployment the checklist passes.
fn rooms_plan(dir: &Path, rooms: usize) {
    std::fs::create_dir_all(dir).expect("create the plan directory");
    let mut text =
        String::from("apiVersion: pchat/v1\nkind: Policy\nmetadata: {name: global}\nspec: {enabled: true}\n");
    for i in 0..5_000 {
        let _ = write!(
            text,
            "---\napiVersion: pchat/v1\nkind: User\nmetadata: {{name: 'sip:user{i:05}@contoso.com'}}\nspec: {{displayName: User {i}, ou: contoso/dept{:03}, site: redmond}}\n",
            i % 100
        );
    }
    for c in 0..100 {
        let _ = write!(
            text,
            "---\napiVersion: pchat/v1\nkind: Category\nmetadata: {{name: cat{c:03}}}\nspec: {{allowedMembers: [ou:contoso/dept{c:03}]}}\n"
        );
    }
    for r in 0..rooms {
        let c = r % 100;
        let members: Vec<String> =
            (0..10).map(|m| format!("'sip:user{:05}@contoso.com'", ((r / 100 + m * 7) % 50) * 100 + c)).collect();
        let _ = write!(
            text,
            "---\napiVersion: pchat/v1\nkind: Room\nmetadata: {{name: room{r:06}}}\nspec: {{category: cat{c:03}, members: [{}], managers: ['sip:user{c:05}@contoso.com']}}\n",
            members.join(", ")
        );
    }
    std::fs::write(dir.join("plan.yaml"), text).expect("write the plan");
}

/// Applies `plan` on a fresh node over `database`, then times the checklist's runs.
fn measure(what: &str, database: &str, plan: &Path, files: &Path) -> f64 {
    let (admin, _) = cli(&["server", "token", "create", "--database", database, "--role", "admin", "-q"], &[]);
    let node = node::Node::start(&["--database", database, "--file-store", files.to_str().expect("utf-8")]);
    let env = [("PCHAT_SERVER", node.url.as_str()), ("PCHAT_TOKEN", admin.as_str())];
    let started = Instant::now();
    cli(&["apply", "-f", plan.to_str().expect("utf-8"), "--yes", "-q"], &env);
    let applied = started.elapsed().as_secs_f64();
    let mut seconds = Vec::new();
    let mut last = String::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        let (out, _) = cli(&["checklist", "-o", "json"], &env);
        seconds.push(started.elapsed().as_secs_f64());
        last = out;
    }
    seconds.sort_by(f64::total_cmp);
    let report: serde_json::Value = serde_json::from_str(&last).expect("the checklist's report");
    let checks = report["checks"].as_array().expect("checks");
    let count = |r: &str| checks.iter().filter(|c| c["result"] == r).count();
    let mut by_time: Vec<&serde_json::Value> = checks.iter().collect();
    by_time.sort_by(|a, b| b["ms"].as_f64().unwrap_or(0.0).total_cmp(&a["ms"].as_f64().unwrap_or(0.0)));
    let slowest = by_time
        .iter()
        .take(4)
        .map(|c| format!("{} {:.0} ms", c["id"].as_str().unwrap_or("?"), c["ms"].as_f64().unwrap_or(0.0)))
        .collect::<Vec<_>>()
        .join(", ");
    println!(
        "{what}: applied in {applied:.1} s; checklist of {} checks ({} pass, {} warn, {} fail, {} skip): median {:.3} s, fastest {:.3} s, slowest {:.3} s (target <= 2 s); slowest checks: {slowest}; node peak {:.0} MB",
        checks.len(),
        count("pass"),
        count("warn"),
        count("fail"),
        count("skip"),
        seconds[RUNS / 2],
        seconds[0],
        seconds[RUNS - 1],
        node.memory_mb("VmHWM")
    );
    for c in checks.iter().filter(|c| c["result"] == "fail") {
        println!("  fail {}: {}", c["id"].as_str().unwrap_or("?"), c["found"].as_str().unwrap_or("?"));
    }
    seconds[RUNS / 2]
}

fn run(backend: &str, database: impl Fn(&str) -> (String, Box<dyn std::any::Any>), tmp: &Path) {
    let sizing_dir = tmp.join("sizing");
    if !sizing_dir.exists() {
        sizing::generate(&sizing_dir);
        // The sizing model names no policy: one that enables chat makes it a healthy node.
        std::fs::write(
            sizing_dir.join("0-policy.yaml"),
            "apiVersion: pchat/v1\nkind: Policy\nmetadata: {name: global}\nspec: {enabled: true}\n",
        )
        .expect("write the policy");
        rooms_plan(&tmp.join("rooms-10000"), 10_000);
        rooms_plan(&tmp.join("rooms-100000"), 100_000);
    }
    let files = tmp.join(format!("files-{backend}"));
    let (url, keep) = database("sizing");
    measure(&format!("{backend}, sizing model"), &url, &sizing_dir, &files);
    drop(keep);
    let mut medians = Vec::new();
    for rooms in [10_000, 100_000] {
        let (url, keep) = database(&format!("rooms-{rooms}"));
        medians.push(measure(&format!("{backend}, {rooms} rooms"), &url, &tmp.join(format!("rooms-{rooms}")), &files));
        drop(keep);
    }
    println!("{backend}: 10x the rooms, {:.1}x the checklist's time (target: <= 11x)", medians[1] / medians[0]);
}

fn main() {
    let tmp = tempfile::tempdir().expect("a temporary directory");
    println!("pchat checklist benchmark (cargo bench --bench checklist), {RUNS} runs each");
    let dir = tmp.path().to_path_buf();
    run(
        "embedded sqlite",
        |name| (format!("sqlite://{}", dir.join(format!("{name}.db")).display()), Box::new(())),
        tmp.path(),
    );
    if let Ok(url) = std::env::var("PCHAT_BENCH_POSTGRES") {
        run(
            "postgres",
            |_| {
                let db = pchat::store::scratch::ScratchDatabase::create_blocking(&url, "pchat_bench_checklist")
                    .expect("a scratch database");
                (db.url.clone(), Box::new(db))
            },
            tmp.path(),
        );
    }
}
