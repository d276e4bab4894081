//! Benchmark of chat on one node, through HTTP on loopback, the load generator on the same
//! machine: posts per second (one sequential poster, 50 concurrent posters), a history page
//! of 50 in a room of 1,000,000 messages, a search over them (a word in 1,000), delivery
//! from a post to the last of 1,000 live subscribers, and the node's resident memory with
//! 10,000 idle live connections. The million messages are loaded through the store's bulk
//! path (`Store::import_messages`), not posted. The node is the real `pchat server`, a
//! child process, so its memory is its own. Prints each figure; not a test.
//!
//!     cargo bench --bench chat                                                   # SQLite
//!     PCHAT_BENCH_POSTGRES=postgres://USER:PASS@127.0.0.1/DB cargo bench --bench chat   # and PostgreSQL
//!     cargo bench --bench chat -- --messages 100000     # a smaller room (quicker)

use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use pchat::api::{HistoryPage, Message, NewPost, Page, PoolQuery, SearchQuery};
use pchat::client::{path, Client};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

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
metadata: {name: eng}
spec: {allowedMembers: ['ou:contoso/eng']}
---
apiVersion: pchat/v1
kind: Room
metadata: {name: big}
spec: {category: eng, privacy: open}
---
apiVersion: pchat/v1
kind: Room
metadata: {name: posts}
spec: {category: eng, privacy: open}
---
apiVersion: pchat/v1
kind: Room
metadata: {name: live}
spec: {category: eng, privacy: open}
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

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 * p).ceil() as usize).clamp(1, samples.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn text(t: String) -> NewPost {
    NewPost { text: t, ..Default::default() }
}

async fn post(c: &Client, room: &str, t: String) -> Message {
    c.post(&path(&["rooms", room, "messages"]), &PoolQuery::default(), &text(t)).await.expect("a post")
}

/// A live stream over raw TCP (the subscriber side of a browser's EventSource): the request,
/// then whatever the server sends.
async fn subscribe(addr: &str, token: &str, room: &str) -> tokio::net::TcpStream {
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let request = format!(
        "GET /v1/chat/events?room={room} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.expect("send the request");
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        stream.read_exact(&mut byte).await.expect("the answer's head");
        head.push(byte[0]);
    }
    assert!(head.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&head));
    stream
}

/// Reads until `marker` has come.
async fn wait_for(stream: &mut tokio::net::TcpStream, marker: &[u8], buffer: &mut Vec<u8>) {
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(at) = buffer.windows(marker.len()).position(|w| w == marker) {
            buffer.drain(..at + marker.len());
            return;
        }
        let n = stream.read(&mut chunk).await.expect("read the stream");
        assert!(n > 0, "the stream ended");
        buffer.extend_from_slice(&chunk[..n]);
    }
}

async fn run(backend: &str, database: &str, messages: usize) {
    println!("\n== {backend}: {}", pchat::store::redact_url(database));
    let dir = tempfile::tempdir().expect("a temporary directory");
    let admin = cli(&["server", "token", "create", "--database", database, "--role", "admin", "-q"], &[]);
    let node = start_node(database, &dir.path().join("files"));
    let env = [("PCHAT_SERVER", node.url.as_str()), ("PCHAT_TOKEN", admin.as_str())];
    let plan = dir.path().join("org.yaml");
    std::fs::write(&plan, ORG).unwrap();
    cli(&["apply", "-f", plan.to_str().unwrap(), "--yes", "-q"], &env);
    let token = cli(&["tokens", "create", "--role", "user", "--owner", "sip:poster@contoso.com", "-q"], &env);
    let c = Client::new(&node.url, Some(token.clone())).unwrap();

    // The million messages, through the store's bulk path, a word in one of every N.
    let store = pchat::store::open(database, false).await.expect("open the store");
    let big_id = {
        let mut tx = store.read().await.unwrap();
        tx.rooms_by_name(&["big".to_string()]).await.unwrap()[0].meta.id
    };
    let every = (messages / 1000).max(1);
    let started = Instant::now();
    let t0 = pchat::store::now_ms() - messages as i64;
    const BATCH: usize = 50_000;
    for start in (0..messages).step_by(BATCH) {
        let batch: Vec<pchat::store::NewMessage> = (start..(start + BATCH).min(messages))
            .map(|i| pchat::store::NewMessage {
                room_id: big_id,
                sender: "sip:poster@contoso.com".into(),
                posted_at: t0 + i as i64,
                kind: pchat::api::MessageKind::Message,
                title: String::new(),
                body: if i % every == 0 {
                    format!("message {i} holds the needle, see https://wiki.contoso.com/{i}")
                } else {
                    format!("message {i} about deploys, reviews and the weather in week {}", i % 52)
                },
                keep: true,
                files: String::new(),
                record: None,
                live: None,
            })
            .collect();
        store.import_messages(big_id, &batch).await.expect("bulk import");
    }
    store.settle_after_import().await.expect("settle the store after the load");
    store.close().await;
    println!(
        "load {messages} messages (bulk path, {} with the word): {:.1} s",
        messages / every,
        started.elapsed().as_secs_f64()
    );

    // Posts: one poster, one at a time.
    let n = 3_000;
    let started = Instant::now();
    for i in 0..n {
        post(&c, "posts", format!("sequential {i}")).await;
    }
    let rate = n as f64 / started.elapsed().as_secs_f64();
    println!("posts/s, 1 sequential poster ({n} posts): {rate:.0}   (target >= 2,000)");

    // Posts: 50 posters at once.
    let (posters, each) = (50, 400);
    let started = Instant::now();
    let tasks: Vec<_> = (0..posters)
        .map(|p| {
            let c = c.clone();
            tokio::spawn(async move {
                for i in 0..each {
                    post(&c, "posts", format!("poster {p} post {i}")).await;
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap();
    }
    let rate = (posters * each) as f64 / started.elapsed().as_secs_f64();
    println!("posts/s, {posters} concurrent posters ({} posts): {rate:.0}   (target >= 10,000)", posters * each);

    // History: pages of 50, the newest and on back by the cursor.
    let mut samples = Vec::new();
    let mut cursor = None;
    for i in 0..2_000 {
        let q = pchat::api::HistoryQuery { limit: Some(50), cursor: cursor.take(), ..Default::default() };
        let started = Instant::now();
        let page: HistoryPage = c.get(&path(&["rooms", "big", "messages"]), &q).await.unwrap();
        samples.push(started.elapsed());
        assert_eq!(page.items.len(), 50);
        cursor = if i % 100 == 99 { None } else { page.next_cursor };
    }
    println!(
        "history page of 50, room of {messages}: p50 {}, p99 {}   (target p99 <= 3 ms)",
        ms(percentile(&mut samples, 0.5)),
        ms(percentile(&mut samples, 0.99))
    );

    // Search: the word in 1,000 of the messages, newest first.
    let mut samples = Vec::new();
    for _ in 0..500 {
        let q = SearchQuery { q: "needle".into(), limit: Some(50), ..Default::default() };
        let started = Instant::now();
        let page: Page<Message> = c.get(&path(&["messages", "search"]), &q).await.unwrap();
        samples.push(started.elapsed());
        assert_eq!(page.items.len(), 50);
    }
    println!(
        "search, a word in {} of {messages}: p50 {}, p99 {}   (target p99 <= 10 ms)",
        messages / every,
        ms(percentile(&mut samples, 0.5)),
        ms(percentile(&mut samples, 0.99))
    );

    // Delivery: from the post to the last of 1,000 subscribers.
    let subscribers = 1_000;
    let mut streams = Vec::new();
    for _ in 0..subscribers {
        streams.push(subscribe(&node.addr, &token, "live").await);
    }
    let (go, _) = tokio::sync::broadcast::channel::<String>(16);
    let (seen, mut seen_rx) = tokio::sync::mpsc::channel::<()>(subscribers);
    for mut stream in streams {
        let (mut go, seen) = (go.subscribe(), seen.clone());
        tokio::spawn(async move {
            let mut buffer = Vec::new();
            while let Ok(marker) = go.recv().await {
                wait_for(&mut stream, marker.as_bytes(), &mut buffer).await;
                let _ = seen.send(()).await;
            }
        });
    }
    let mut samples = Vec::new();
    for round in 0..100 {
        let marker = format!("live-{round}-end");
        go.send(marker.clone()).unwrap();
        let started = Instant::now();
        post(&c, "live", marker).await;
        for _ in 0..subscribers {
            seen_rx.recv().await.unwrap();
        }
        samples.push(started.elapsed());
    }
    println!(
        "delivery to the last of {subscribers} subscribers: p50 {}, p99 {}   (target p99 <= 50 ms)",
        ms(percentile(&mut samples, 0.5)),
        ms(percentile(&mut samples, 0.99))
    );
    drop(go);

    // Memory: 10,000 idle live connections.
    let before = node.memory_mb("VmRSS");
    let idle = 10_000;
    let token = Arc::new(token);
    let mut held = Vec::with_capacity(idle);
    for chunk in 0..(idle / 500) {
        let opened: Vec<_> = (0..500)
            .map(|_| {
                let (addr, token) = (node.addr.clone(), token.clone());
                tokio::spawn(async move { subscribe(&addr, &token, "live").await })
            })
            .collect();
        for o in opened {
            held.push(o.await.unwrap());
        }
        let _ = chunk;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    println!(
        "resident memory with {} idle live connections: {:.0} MB (before them: {before:.0} MB)   (target <= 150 MB)",
        held.len(),
        node.memory_mb("VmRSS")
    );
    drop(held);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let messages = args
        .iter()
        .position(|a| a == "--messages")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let sqlite = format!("sqlite://{}", dir.path().join("bench.db").display());
    rt.block_on(run("SQLite", &sqlite, messages));
    if let Ok(admin_url) = std::env::var("PCHAT_BENCH_POSTGRES") {
        let db = rt
            .block_on(pchat::store::scratch::ScratchDatabase::create(&admin_url, "pchat_chat_bench"))
            .expect("a scratch PostgreSQL database");
        rt.block_on(run("PostgreSQL", &db.url, messages));
        drop(db);
    }
}
