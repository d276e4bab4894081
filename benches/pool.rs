//! Benchmark of a pool of nodes on one PostgreSQL store, each node its own `pchat server`
//! process on loopback: posts per second through 1, 2 and 4 nodes together; the delay from a
//! post on one node to 1,000 subscribers spread over the others (p50, p99, the worst); how
//! long the pool takes to see a node killed with SIGKILL; and how long a failover takes
//! until every node runs on the backup (a copy made with pg_dump | psql just before). Prints
//! each figure; not a test.
//!
//!     PCHAT_BENCH_POSTGRES=postgres://USER:PASS@127.0.0.1/DB cargo bench --bench pool
//!     PCHAT_BENCH_POSTGRES=... cargo bench --bench pool -- --subscribers 200   # quicker

use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pchat::api::{EventsQuery, Message, NewPost, PoolQuery};
use pchat::client::{path, Client};

const PCHAT: &str = env!("CARGO_BIN_EXE_pchat");
const HEARTBEAT: &[&str] = &["--heartbeat-interval", "500ms", "--heartbeat-timeout", "2s"];

const ORG: &str = "
apiVersion: pchat/v1
kind: User
metadata: {name: 'sip:poster@contoso.com'}
spec: {displayName: Poster, ou: contoso/eng, site: redmond}
---
apiVersion: pchat/v1
kind: User
metadata: {name: 'sip:reader@contoso.com'}
spec: {displayName: Reader, ou: contoso/eng, site: redmond}
---
apiVersion: pchat/v1
kind: Policy
metadata: {name: global}
spec: {enabled: true}
---
apiVersion: pchat/v1
kind: Category
metadata: {name: eng}
spec: {allowedMembers: ['ou:contoso/eng']}
---
apiVersion: pchat/v1
kind: Room
metadata: {name: lobby}
spec: {category: eng, privacy: open}
";

#[path = "support/node.rs"]
mod node;
use node::Node;

fn start_node(database: &str, name: &str) -> Node {
    let mut args = vec!["--database", database, "--pool", "default", "--node", name];
    args.extend_from_slice(HEARTBEAT);
    Node::start(&args)
}

fn cli(args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let mut cmd = Command::new(PCHAT);
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run pchat");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).trim().into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn ok(args: &[&str], env: &[(&str, &str)]) -> String {
    let (success, stdout, stderr) = cli(args, env);
    assert!(success, "pchat {args:?}: {stderr}");
    stdout
}

fn topology(primary: &str, backup: &str, nodes: usize) -> String {
    let servers: String =
        (0..nodes).map(|i| format!("        - {{name: n{i}, address: '127.0.0.1:{}'}}\n", 5041 + i)).collect();
    format!(
        "apiVersion: pchat/v1\nkind: Topology\nmetadata: {{name: bench}}\nspec:\n  sites: [{{name: lab}}]\n  pools:\n    - name: default\n      fqdn: chat.lab.example\n      site: lab\n      defaultForSite: true\n      store: '{primary}'\n      backupStore: '{backup}'\n      fileStore: /srv/pchat/files\n      servers:\n{servers}"
    )
}

/// Posts per second: 50 posters at once, spread over the clients (one per node), 40 each.
async fn rate(clients: &[Client]) -> f64 {
    let started = Instant::now();
    let tasks: Vec<_> = (0..50)
        .map(|p| {
            let c = clients[p % clients.len()].clone();
            tokio::spawn(async move {
                for i in 0..40 {
                    let body = NewPost { text: format!("poster {p} post {i}"), ..Default::default() };
                    let _: Message =
                        c.post(&path(&["rooms", "lobby", "messages"]), &PoolQuery::default(), &body).await.unwrap();
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap();
    }
    2_000.0 / started.elapsed().as_secs_f64()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// From a post on node 0 to each subscriber on the other nodes: every delay, in ms.
async fn delivery(posters: &Client, readers: &[Client], subscribers: usize, posts: usize) -> Vec<f64> {
    let sent: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let delays: Arc<Mutex<Vec<f64>>> = Arc::default();
    let query = EventsQuery { room: Some("lobby".into()), pool: None };
    let mut streams = Vec::new();
    for s in 0..subscribers {
        let c = &readers[s % readers.len()];
        streams.push(c.events(&path(&["chat", "events"]), &query, None).await.expect("a stream"));
    }
    let tasks: Vec<_> = streams
        .into_iter()
        .map(|mut stream| {
            let (sent, delays) = (sent.clone(), delays.clone());
            tokio::spawn(async move {
                let mut seen = 0;
                while seen < posts {
                    let Ok(Ok(Some(event))) = tokio::time::timeout(Duration::from_secs(30), stream.next()).await else {
                        break;
                    };
                    if event.event != "message" {
                        continue;
                    }
                    let at = Instant::now();
                    let v: serde_json::Value = serde_json::from_str(&event.data).unwrap();
                    let text = v["message"]["text"].as_str().unwrap_or_default().to_string();
                    if let Some(t) = sent.lock().unwrap().get(&text) {
                        delays.lock().unwrap().push(at.duration_since(*t).as_secs_f64() * 1e3);
                    }
                    seen += 1;
                }
            })
        })
        .collect();
    // Every stream is open before the first post.
    tokio::time::sleep(Duration::from_millis(500)).await;
    for i in 0..posts {
        let text = format!("delivery {i}");
        sent.lock().unwrap().insert(text.clone(), Instant::now());
        let body = NewPost { text, ..Default::default() };
        let _: Message =
            posters.post(&path(&["rooms", "lobby", "messages"]), &PoolQuery::default(), &body).await.unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for t in tasks {
        let _ = t.await;
    }
    let mut all = std::mem::take(&mut *delays.lock().unwrap());
    all.sort_by(|a, b| a.total_cmp(b));
    all
}

fn copy_database(from: &str, to: &str) {
    let dump = Command::new("pg_dump")
        .args(["--clean", "--if-exists", "--no-owner", "--no-privileges", "--dbname", from])
        .output()
        .expect("pg_dump");
    assert!(dump.status.success(), "pg_dump: {}", String::from_utf8_lossy(&dump.stderr));
    let mut restore = Command::new("psql")
        .args(["-q", "--dbname", to])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("psql");
    use std::io::Write;
    restore.stdin.take().unwrap().write_all(&dump.stdout).unwrap();
    restore.wait().unwrap();
}

async fn pool_of(admin_url: &str, nodes: usize, subscribers: usize, single_rate: Option<f64>) -> f64 {
    let db = pchat::store::scratch::ScratchDatabase::create(admin_url, "pchat_pool_bench").await.unwrap();
    let backup = pchat::store::scratch::ScratchDatabase::create(admin_url, "pchat_pool_backup").await.unwrap();
    let admin = ok(&["server", "token", "create", "--database", &db.url, "--role", "admin", "-q"], &[]);
    let mut running: Vec<Node> = (0..nodes).map(|i| start_node(&db.url, &format!("n{i}"))).collect();
    let first = running[0].url.clone();
    let env = [("PCHAT_SERVER", first.as_str()), ("PCHAT_TOKEN", admin.as_str())];
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("org.yaml");
    std::fs::write(&plan, ORG).unwrap();
    ok(&["apply", "-f", plan.to_str().unwrap(), "--yes", "-q"], &env);
    let poster = ok(&["tokens", "create", "--role", "user", "--owner", "sip:poster@contoso.com", "-q"], &env);
    let reader = ok(&["tokens", "create", "--role", "user", "--owner", "sip:reader@contoso.com", "-q"], &env);
    let posters: Vec<Client> = running.iter().map(|n| Client::new(&n.url, Some(poster.clone())).unwrap()).collect();

    println!("\n== {nodes} node(s) of one pool");
    let mut rates: Vec<f64> = Vec::new();
    for _ in 0..3 {
        rates.push(rate(&posters).await);
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    let r = rates[1];
    match single_rate {
        Some(one) => println!("posts/s through {nodes} nodes together: {r:.0} ({:.2}x one node)", r / one),
        None => println!("posts/s through one node: {r:.0}"),
    }
    if nodes < 2 {
        return r;
    }

    let readers: Vec<Client> =
        running[1..].iter().map(|n| Client::new(&n.url, Some(reader.clone())).unwrap()).collect();
    let delays = delivery(&posters[0], &readers, subscribers, 20).await;
    if delays.is_empty() {
        println!("delivery: nothing arrived");
    } else {
        println!(
            "delivery from node 0 to {subscribers} subscribers on {} other nodes ({} deliveries): p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms   (target p99 <= 100 ms)",
            nodes - 1,
            delays.len(),
            percentile(&delays, 0.5),
            percentile(&delays, 0.99),
            delays[delays.len() - 1]
        );
    }

    // A node killed: how long until the pool shows it down (timeout 2 s).
    let victim = running.pop().unwrap();
    let name = format!("n{}", nodes - 1);
    let killed = Instant::now();
    drop(victim);
    loop {
        let (_, out, _) = cli(&["pools", "status", "default", "-o", "json"], &env);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
        let down =
            v[0]["nodes"].as_array().into_iter().flatten().any(|n| n["node"] == name.as_str() && n["state"] == "down");
        if down {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    println!(
        "a node killed is seen down after {:.2} s   (heartbeat timeout 2 s; target <= 4 s)",
        killed.elapsed().as_secs_f64()
    );

    // A failover onto a fresh copy: until every node runs on the backup.
    let file = dir.path().join("topology.yaml");
    std::fs::write(&file, topology(&db.url, &backup.url, nodes)).unwrap();
    ok(&["topology", "publish", "-f", file.to_str().unwrap(), "-q"], &env);
    copy_database(&db.url, &backup.url);
    let started = Instant::now();
    let (success, out, err) = cli(&["pools", "failover", "default", "--max-lag", "1m"], &env);
    assert!(success, "failover: {err}");
    println!(
        "failover: {:.2} s until every node ran on the backup   (target <= 10 s): {out}",
        started.elapsed().as_secs_f64()
    );
    drop(running);
    r
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let subscribers = args
        .iter()
        .position(|a| a == "--subscribers")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000);
    let Ok(admin_url) = std::env::var("PCHAT_BENCH_POSTGRES") else {
        println!("a pool runs on PostgreSQL: set PCHAT_BENCH_POSTGRES=postgres://USER:PASS@127.0.0.1/DB");
        return;
    };
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let one = rt.block_on(pool_of(&admin_url, 1, subscribers, None));
    for nodes in [2, 4] {
        rt.block_on(pool_of(&admin_url, nodes, subscribers, Some(one)));
    }
}
