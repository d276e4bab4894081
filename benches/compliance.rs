//! Benchmark of compliance on one node, through HTTP on loopback: what recording costs
//! posting (posts per second into a room whose pool records events against one whose pool
//! does not, in alternating rounds, one sequential poster and 50 concurrent ones), and
//! exporting a million waiting events to XML (events per second and the node's peak
//! memory, on a node started for the export alone). The events to export are loaded through
//! the store, not posted. Prints each figure; not a test.
//!
//!     cargo bench --bench compliance                                              # SQLite
//!     PCHAT_BENCH_POSTGRES=postgres://USER:PASS@127.0.0.1/DB cargo bench --bench compliance
//!     cargo bench --bench compliance -- --events 100000      # a smaller export (quicker)

use std::process::Command;
use std::time::{Duration, Instant};

use pchat::api::{Message, NewPost, PoolQuery};
use pchat::client::{path, Client};

const PCHAT: &str = env!("CARGO_BIN_EXE_pchat");

const ORG: &str = "
apiVersion: pchat/v1
kind: User
metadata: {name: 'sip:poster@contoso.com'}
spec: {displayName: Poster, ou: contoso/eng, site: redmond}
---
apiVersion: pchat/v1
kind: Policy
metadata: {name: global}
spec: {enabled: true}
---
apiVersion: pchat/v1
kind: Category
metadata: {name: plain}
spec: {pool: plain, allowedMembers: ['ou:contoso/eng']}
---
apiVersion: pchat/v1
kind: Category
metadata: {name: kept}
spec: {pool: recorded, allowedMembers: ['ou:contoso/eng']}
---
apiVersion: pchat/v1
kind: Room
metadata: {name: quiet}
spec: {category: plain, privacy: open}
---
apiVersion: pchat/v1
kind: Room
metadata: {name: watched}
spec: {category: kept, privacy: open}
";

#[path = "support/node.rs"]
mod node;
use node::Node;

/// A node on `database`, its files in `files`.
fn start_node(database: &str, files: &std::path::Path) -> Node {
    Node::start(&["--database", database, "--file-store", files.to_str().unwrap()])
}

fn cli(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new(PCHAT);
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run pchat");
    assert!(out.status.success(), "pchat {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

async fn post(c: &Client, room: &str, pool: &str, t: String) -> Message {
    let q = PoolQuery { pool: Some(pool.to_string()) };
    c.post(&path(&["rooms", room, "messages"]), &q, &NewPost { text: t, ..Default::default() }).await.expect("a post")
}

/// Posts per second into a room: `posters` at once, `each` posts each.
async fn rate(c: &Client, room: &str, pool: &str, posters: usize, each: usize) -> f64 {
    let started = Instant::now();
    let tasks: Vec<_> = (0..posters)
        .map(|p| {
            let c = c.clone();
            let (room, pool) = (room.to_string(), pool.to_string());
            tokio::spawn(async move {
                for i in 0..each {
                    post(&c, &room, &pool, format!("poster {p} post {i}: deploys, reviews and the weather")).await;
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap();
    }
    (posters * each) as f64 / started.elapsed().as_secs_f64()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

async fn run(backend: &str, database: &str, events: usize) {
    println!("\n== {backend}: {}", pchat::store::redact_url(database));
    let dir = tempfile::tempdir().expect("a temporary directory");
    let out = dir.path().join("compliance");
    std::fs::create_dir_all(&out).unwrap();
    let admin = cli(&["server", "token", "create", "--database", database, "--role", "admin", "-q"], &[]);
    let node = start_node(database, &dir.path().join("files"));
    let env = [("PCHAT_SERVER", node.url.as_str()), ("PCHAT_TOKEN", admin.as_str())];
    let plan = dir.path().join("org.yaml");
    std::fs::write(&plan, ORG).unwrap();
    cli(&["apply", "-f", plan.to_str().unwrap(), "--yes", "-q"], &env);
    // Recording in pool `recorded` only; the run interval long, so no export runs meanwhile.
    let out_dir = out.to_str().unwrap();
    cli(
        &[
            "compliance",
            "set",
            "--pool",
            "recorded",
            "--enabled",
            "true",
            "--output-dir",
            out_dir,
            "--run-interval",
            "30days",
        ],
        &env,
    );
    let token = cli(&["tokens", "create", "--role", "user", "--owner", "sip:poster@contoso.com", "-q"], &env);
    let c = Client::new(&node.url, Some(token)).unwrap();

    // Alternating rounds, so the machine's drift falls on both alike.
    for (posters, each, label) in [(1, 1_000, "1 sequential poster"), (50, 40, "50 concurrent posters")] {
        let (mut plain, mut recorded) = (Vec::new(), Vec::new());
        for _ in 0..5 {
            plain.push(rate(&c, "quiet", "plain", posters, each).await);
            recorded.push(rate(&c, "watched", "recorded", posters, each).await);
        }
        let (p, r) = (median(plain), median(recorded));
        println!(
            "posts/s, {label}: not recorded {p:.0}, recorded {r:.0}: recording costs {:.1} %   (target <= 20 %)",
            (1.0 - r / p) * 100.0
        );
    }
    drop(node);

    // A million waiting events, loaded through the store: CHAT events of 100 rooms.
    let store = pchat::store::open(database, false).await.expect("open the store");
    let room = {
        let mut tx = store.read().await.unwrap();
        tx.rooms_by_name(&["watched".to_string()]).await.unwrap()[0].clone()
    };
    let started = Instant::now();
    let t0 = pchat::store::now_ms() - events as i64;
    const BATCH: usize = 20_000;
    for start in (0..events).step_by(BATCH) {
        let batch: Vec<pchat::store::ComplianceEvent> = (start..(start + BATCH).min(events))
            .map(|i| pchat::store::ComplianceEvent {
                id: 0,
                pool: "recorded".into(),
                at: t0 + i as i64,
                kind: pchat::api::EventKind::Chat,
                channel: format!("ma-chan://recorded/{}", room.meta.id + (i % 100) as i64),
                channel_name: format!("room {}", i % 100),
                room_id: room.meta.id + (i % 100) as i64,
                user_id: 1,
                user_uri: "sip:poster@contoso.com".into(),
                user_name: "Poster".into(),
                content_id: i as i64,
                content: format!("message {i} about deploys, reviews & the <weather> in week {}", i % 52),
                detail: String::new(),
                batch_id: None,
            })
            .collect();
        let mut tx = store.chat_write().await.unwrap();
        tx.insert_compliance_events(&batch).await.unwrap();
        tx.commit().await.unwrap();
    }
    store.settle_after_import().await.expect("settle");
    store.close().await;
    println!("load {events} events (store path): {:.1} s", started.elapsed().as_secs_f64());

    let node = start_node(database, &dir.path().join("files"));
    let env = [("PCHAT_SERVER", node.url.as_str()), ("PCHAT_TOKEN", admin.as_str())];
    let before = node.memory_mb("VmHWM");
    let started = Instant::now();
    let done = cli(&["compliance", "export", "--pool", "recorded", "-o", "json"], &env);
    let took = started.elapsed();
    let done: serde_json::Value = serde_json::from_str(&done).unwrap();
    let exported = done["events"].as_u64().unwrap_or(0) as usize;
    let bytes: u64 = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).sum();
    assert!(exported >= events, "exported {exported} of {events}");
    println!(
        "export {exported} events: {:.2} s, {:.0} events/s   (target >= 200,000), {} files, {:.0} MB of XML",
        took.as_secs_f64(),
        exported as f64 / took.as_secs_f64(),
        done["batches"].as_array().map_or(0, |b| b.len()),
        bytes as f64 / 1e6
    );
    println!(
        "node memory: peak {:.0} MB during the export (at start {before:.0} MB), now {:.0} MB",
        node.memory_mb("VmHWM"),
        node.memory_mb("VmRSS")
    );
    std::thread::sleep(Duration::from_millis(10));
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let events = args
        .iter()
        .position(|a| a == "--events")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let sqlite = format!("sqlite://{}", dir.path().join("bench.db").display());
    rt.block_on(run("SQLite", &sqlite, events));
    if let Ok(admin_url) = std::env::var("PCHAT_BENCH_POSTGRES") {
        let db = rt
            .block_on(pchat::store::scratch::ScratchDatabase::create(&admin_url, "pchat_compliance_bench"))
            .expect("a scratch PostgreSQL database");
        rt.block_on(run("PostgreSQL", &db.url, events));
        drop(db);
    }
}
