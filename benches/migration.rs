//! Migration at the size: 1,000,000 messages in 1,000 rooms exported from a real
//! `pchat server` into a `.pchat` archive, imported into an empty server (search indexing
//! included), and exported again: the rates, the peak memory of every process, history
//! reads during the export against idle, and the round trip member for member.
//!
//! `cargo bench --bench migration [-- --messages N --rooms R]`; with `PCHAT_BENCH_POSTGRES`
//! (an administrator URL) the same on PostgreSQL. The history is loaded through the store's
//! bulk path, not posted.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "support/node.rs"]
mod node;
use node::Node;

const PCHAT: &str = env!("CARGO_BIN_EXE_pchat");

fn arg(args: &[String], name: &str, default: usize) -> usize {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|n| n.parse().ok()).unwrap_or(default)
}

fn cli(args: &[&str], env: &[(&str, &str)]) -> (String, String) {
    let mut cmd = Command::new(PCHAT);
    cmd.args(args).env("PCHAT_PEAK_MEMORY", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run pchat");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "pchat {args:?}: {stderr}");
    (String::from_utf8_lossy(&out.stdout).trim().to_string(), stderr)
}

/// `cli` at the lowest CPU priority (`nice -n 19`).
fn cli_niced(args: &[&str], env: &[(&str, &str)]) -> (String, String) {
    let mut cmd = Command::new("nice");
    cmd.args(["-n", "19", PCHAT]).args(args).env("PCHAT_PEAK_MEMORY", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run nice pchat");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "pchat {args:?}: {stderr}");
    (String::from_utf8_lossy(&out.stdout).trim().to_string(), stderr)
}

/// The client's peak memory as `PCHAT_PEAK_MEMORY` makes it print, in MB.
fn client_peak_mb(stderr: &str) -> f64 {
    stderr
        .lines()
        .find_map(|l| l.strip_prefix("peak memory:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn org(rooms: usize) -> String {
    let mut plan = String::from(
        "apiVersion: pchat/v1\nkind: User\nmetadata: {name: 'sip:reader@contoso.com'}\nspec: {displayName: Reader, ou: contoso/eng, site: redmond}\n---\n\
         apiVersion: pchat/v1\nkind: Policy\nmetadata: {name: global}\nspec: {enabled: true}\n---\n\
         apiVersion: pchat/v1\nkind: Category\nmetadata: {name: eng}\nspec: {allowedMembers: ['ou:contoso/eng']}\n",
    );
    for r in 0..rooms {
        plan.push_str(&format!(
            "---\napiVersion: pchat/v1\nkind: Room\nmetadata: {{name: room-{r:04}}}\nspec: {{category: eng, privacy: open}}\n"
        ));
    }
    plan
}

fn members(path: &Path) -> BTreeMap<String, [u8; 32]> {
    use sha2::Digest;
    let mut out = BTreeMap::new();
    pchat::archive::io::for_each_member(path, |name, reader| {
        let mut hash = sha2::Sha256::new();
        std::io::copy(reader, &mut hash)?;
        out.insert(name.to_string(), hash.finalize().into());
        Ok(())
    })
    .expect("reading an archive");
    out
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 * p).ceil() as usize).clamp(1, samples.len()) - 1]
}

/// History reads, one after another, for `for_at_least` (and at least `min` of them).
fn read_history(url: &str, token: &str, rooms: usize, for_at_least: Duration, min: usize) -> Vec<Duration> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let c = pchat::client::Client::new(url, Some(token.to_string())).unwrap();
        let started = Instant::now();
        let mut samples = Vec::new();
        let mut i = 0;
        while started.elapsed() < for_at_least || samples.len() < min {
            let room = format!("room-{:04}", (i * 37) % rooms);
            let t = Instant::now();
            let _: serde_json::Value = c
                .get(&pchat::client::path(&["rooms", &room, "messages"]), &[("limit", "50")])
                .await
                .expect("a history page");
            samples.push(t.elapsed());
            i += 1;
        }
        samples
    })
}

fn run(backend: &str, source_db: &str, target_db: &str, messages: usize, rooms: usize) {
    println!("\n== {backend}: {messages} messages in {rooms} rooms");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (admin, _) = cli(&["server", "token", "create", "--database", source_db, "--role", "admin", "-q"], &[]);
    let a = Node::start(&["--database", source_db, "--file-store", dir.path().join("files-a").to_str().unwrap()]);
    let env = [("PCHAT_SERVER", a.url.as_str()), ("PCHAT_TOKEN", admin.as_str())];
    let plan = dir.path().join("org.yaml");
    std::fs::write(&plan, org(rooms)).unwrap();
    cli(&["apply", "-f", plan.to_str().unwrap(), "--yes", "-q"], &env);
    let (reader, _) = cli(&["tokens", "create", "--role", "user", "--owner", "sip:reader@contoso.com", "-q"], &env);

    // The history, through the store's bulk path.
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let started = Instant::now();
    rt.block_on(async {
        let store = pchat::store::open(source_db, false).await.expect("open the store");
        let names: Vec<String> = (0..rooms).map(|r| format!("room-{r:04}")).collect();
        let ids: Vec<i64> = {
            let mut tx = store.read().await.unwrap();
            let found = tx.rooms_by_name(&names).await.unwrap();
            names.iter().map(|n| found.iter().find(|r| &r.name == n).unwrap().meta.id).collect()
        };
        let per_room = messages / rooms;
        let t0 = pchat::store::now_ms() - messages as i64;
        for (r, id) in ids.iter().enumerate() {
            let batch: Vec<pchat::store::NewMessage> = (0..per_room)
                .map(|i| pchat::store::NewMessage {
                    room_id: *id,
                    sender: format!("sip:user{}@contoso.com", i % 50),
                    posted_at: t0 + (r * per_room + i) as i64,
                    kind: pchat::api::MessageKind::Message,
                    title: String::new(),
                    body: format!("message {i} of room {r}: deploys, reviews and https://wiki.contoso.com/{i}"),
                    keep: true,
                    files: String::new(),
                    record: None,
                    live: None,
                })
                .collect();
            store.import_messages(*id, &batch).await.expect("bulk load");
        }
        store.settle_after_import().await.expect("settle");
        store.close().await;
    });
    println!("load (bulk path): {:.1} s", started.elapsed().as_secs_f64());

    let mut idle = read_history(&a.url, &reader, rooms, Duration::from_secs(3), 200);
    let idle_p99 = percentile(&mut idle, 0.99);

    // Export, with history reads beside it.
    let archive = dir.path().join("all.pchat");
    let readers = {
        let (url, reader) = (a.url.clone(), reader.clone());
        std::thread::spawn(move || read_history(&url, &reader, rooms, Duration::from_secs(1), 50))
    };
    // PCHAT_BENCH_PERF=DIR profiles the export: the server and the client, each on its own.
    let perf = std::env::var("PCHAT_BENCH_PERF").ok().map(|out| {
        Command::new("perf")
            .args([
                "record",
                "-F",
                "999",
                "-g",
                "-o",
                &format!("{out}/export-server.data"),
                "-p",
                &a.child.id().to_string(),
            ])
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("perf")
    });
    let started = Instant::now();
    let (_, stderr) = match std::env::var("PCHAT_BENCH_PERF") {
        Ok(out) => {
            let data = format!("{out}/export-client.data");
            let mut args = vec!["record", "-F", "999", "-g", "-o", &data, "--", PCHAT];
            args.extend(["migration", "export", "--all", "--out", archive.to_str().unwrap()]);
            let out = Command::new("perf").args(&args).envs(env).output().expect("perf");
            (String::new(), String::from_utf8_lossy(&out.stderr).to_string())
        }
        // The client at the lowest priority: it stands in for an administrator's machine, so
        // the history reads compete with the server's export, not with the client's packing.
        Err(_) => cli_niced(&["migration", "export", "--all", "--out", archive.to_str().unwrap()], &env),
    };
    let export_s = started.elapsed().as_secs_f64();
    if let Some(mut perf) = perf {
        let _ = Command::new("kill").args(["-INT", &perf.id().to_string()]).status();
        let _ = perf.wait();
    }
    let mut during = readers.join().unwrap();
    let during_p99 = percentile(&mut during, 0.99);
    let bytes = std::fs::metadata(&archive).map(|m| m.len()).unwrap_or(0);
    println!(
        "export: {export_s:.2} s, {:.0} messages/s (target >= 500,000); archive {:.1} MB",
        messages as f64 / export_s,
        bytes as f64 / 1e6
    );
    println!(
        "export peak memory: server {:.0} MB, client {:.0} MB (target <= 100 MB each)",
        a.memory_mb("VmHWM"),
        client_peak_mb(&stderr)
    );
    println!(
        "history read p99: idle {:.2} ms, during the export {:.2} ms ({} reads; target <= 2x idle)",
        idle_p99.as_secs_f64() * 1e3,
        during_p99.as_secs_f64() * 1e3,
        during.len()
    );
    drop(a);

    // Import into an empty server.
    let (admin_b, _) = cli(&["server", "token", "create", "--database", target_db, "--role", "admin", "-q"], &[]);
    let b = Node::start(&["--database", target_db, "--file-store", dir.path().join("files-b").to_str().unwrap()]);
    let env_b = [("PCHAT_SERVER", b.url.as_str()), ("PCHAT_TOKEN", admin_b.as_str())];
    let started = Instant::now();
    let (_, stderr) = cli(&["migration", "import", archive.to_str().unwrap(), "--wait", "-q"], &env_b);
    let import_s = started.elapsed().as_secs_f64();
    println!(
        "import (with search indexing): {import_s:.2} s, {:.0} messages/s (target >= 100,000)",
        messages as f64 / import_s
    );
    println!(
        "import peak memory: server {:.0} MB, client {:.0} MB (target <= 100 MB each)",
        b.memory_mb("VmHWM"),
        client_peak_mb(&stderr)
    );

    let again = dir.path().join("again.pchat");
    cli(&["migration", "export", "--all", "--out", again.to_str().unwrap(), "-q"], &env_b);
    let (one, two) = (members(&archive), members(&again));
    let differing: Vec<&String> =
        one.iter().filter(|(k, v)| *k != "manifest.json" && two.get(*k) != Some(v)).map(|(k, _)| k).collect();
    println!(
        "round trip: {} of {} members identical{}",
        one.len() - 1 - differing.len(),
        one.len() - 1,
        if differing.is_empty() { String::new() } else { format!("; differing: {differing:?}") }
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let messages = arg(&args, "--messages", 1_000_000);
    let rooms = arg(&args, "--rooms", 1_000);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let source = format!("sqlite://{}", dir.path().join("a.db").display());
    let target = format!("sqlite://{}", dir.path().join("b.db").display());
    run("SQLite", &source, &target, messages, rooms);
    if let Ok(admin_url) = std::env::var("PCHAT_BENCH_POSTGRES") {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let a = rt
            .block_on(pchat::store::scratch::ScratchDatabase::create(&admin_url, "pchat_mig_a"))
            .expect("a scratch database");
        let b = rt
            .block_on(pchat::store::scratch::ScratchDatabase::create(&admin_url, "pchat_mig_b"))
            .expect("a scratch database");
        run("PostgreSQL", &a.url, &b.url, messages, rooms);
        drop((a, b));
    }
}
