//! The verification phase: a synthetic transaction, as the old system's
//! `Test-CsPersistentChatMessage` ran one. Two temporary users in a temporary category
//! and room: one posts through a node, the other receives it on a live stream and reads
//! it back through another node of the pool (when there is one), searches it, and a file
//! goes up and comes back down; the compliance store is seen to hold the events where
//! compliance is on. Everything it created is removed at the end, whatever failed, and
//! what a killed run left behind is removed by the next one.

use std::time::{Duration, Instant};

use anyhow::Context as _;

use crate::api::checklist::{Check, Outcome, VERIFICATION_CHECKS};
use crate::api::{
    CategorySpec, ChangesetRequest, ChatEvent, ComplianceEventQuery, ComplianceRecord, ComplianceStatus,
    ComplianceView, EventKind, EventsQuery, FileInfo, HistoryPage, HistoryQuery, ListQuery, Message, NewPost,
    ObjectSpec, OpAction, Operation, Page, PolicyGrantSpec, PolicySpec, Privacy, Role, RoomSpec, SearchQuery, Token,
    TokenCreate, TokenCreated, UploadQuery, UserSpec, Version,
};
use crate::client::{path, Client, NO_QUERY};

use crate::api::checklist::SYNTHETIC_PREFIX as PREFIX;
/// The domain of the temporary users: reserved, it reaches nobody (RFC 2606).
const DOMAIN: &str = "checklist.invalid";
/// How long a step may take before it fails (a node that hangs does not hang the run).
const STEP_TIMEOUT: Duration = Duration::from_secs(15);
/// The file that goes up and comes back down.
const FILE_BYTES: usize = 4096;

/// Where the transaction runs: the node it posts through and the one it reads through
/// (the same when the pool has one node), and their pool.
pub struct Nodes {
    pub writer: Client,
    pub writer_name: String,
    pub reader: Client,
    pub reader_name: String,
    pub pool: Option<String>,
}

impl Nodes {
    /// The server `client` talks to posts; another active, up node of its pool (when it
    /// has one) reads. With `pool`, the first two active, up nodes of that pool.
    pub async fn find(client: &Client, pool: Option<&str>) -> anyhow::Result<Nodes> {
        use crate::api::pools::{NodeState, PoolsStatus};
        let status: PoolsStatus = client.get(&path(&["pools"]), NO_QUERY).await.context("reading the pools")?;
        let version: Version =
            client.get(&path(&["version"]), NO_QUERY).await.context("reading the server's version")?;
        let serving = |n: &&crate::api::pools::NodeStatus| n.state == NodeState::Up && n.role == "active";
        let (writer, writer_name, pool) = match pool {
            Some(pool) => {
                let found = status.pools.iter().find(|p| p.name == pool);
                let first = found.and_then(|p| p.nodes.iter().find(serving));
                let Some(first) = first else {
                    anyhow::bail!("no active node of pool {pool} is up to run the synthetic transaction through");
                };
                (client.for_node(&first.address), first.node.clone(), Some(pool.to_string()))
            }
            None => {
                let pool = status.pools.iter().find(|p| p.nodes.iter().any(|n| n.node == version.node));
                (client.clone(), version.node.clone(), pool.map(|p| p.name.clone()))
            }
        };
        let other = pool
            .as_deref()
            .and_then(|pool| status.pools.iter().find(|p| p.name == pool))
            .and_then(|p| p.nodes.iter().filter(serving).find(|n| n.node != writer_name));
        let (reader, reader_name) = match other {
            Some(n) => (client.for_node(&n.address), n.node.clone()),
            None => (writer.clone(), writer_name.clone()),
        };
        Ok(Nodes { writer, writer_name, reader, reader_name, pool })
    }
}

/// The names of one run's objects.
struct Run {
    name: String,
    poster: String,
    reader: String,
    policy: String,
    word: String,
}

impl Run {
    /// The room's name (a room may not share its category's).
    fn room(&self) -> String {
        format!("{}-room", self.name)
    }

    fn new() -> Run {
        let started = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_secs();
        let mut random = [0u8; 3];
        let _ = getrandom::fill(&mut random);
        let tag: String = random.iter().map(|b| format!("{b:02x}")).collect();
        let name = format!("{PREFIX}{started:x}-{tag}");
        Run {
            poster: format!("sip:{name}-a@{DOMAIN}"),
            reader: format!("sip:{name}-b@{DOMAIN}"),
            policy: format!("tag:{name}"),
            // One word the search finds in this run's post only.
            word: format!("pchatcheck{started:x}{tag}"),
            name,
        }
    }
}

/// When a run named `name` (an object name, a SIP user, a policy, a token's description)
/// started, in seconds since the epoch; None for what no run named.
fn started_at(name: &str) -> Option<u64> {
    let rest = &name[name.find(PREFIX)? + PREFIX.len()..];
    let (secs, _) = rest.split_once('-')?;
    u64::from_str_radix(secs, 16).ok()
}

/// A step's result, as the checklist reports it.
fn step(id: &str, result: Outcome, found: String, fix: Option<&str>, started: Instant) -> Check {
    debug_assert!(VERIFICATION_CHECKS.contains(&id));
    Check {
        id: id.to_string(),
        phase: "verification".into(),
        result,
        found,
        fix: fix.map(str::to_string),
        figures: Default::default(),
        ms: started.elapsed().as_secs_f64() * 1000.0,
    }
}

/// Runs a step within [`STEP_TIMEOUT`].
async fn bounded<T>(what: &str, f: impl std::future::Future<Output = anyhow::Result<T>>) -> anyhow::Result<T> {
    tokio::time::timeout(STEP_TIMEOUT, f).await.unwrap_or_else(|_| {
        Err(anyhow::anyhow!("{what} took longer than {}", humantime::format_duration(STEP_TIMEOUT)))
    })
}

/// The steps, in order; `only` (when not empty) names those to report.
pub async fn run(admin: &Client, nodes: &Nodes, leftover_age: Duration, only: &[String]) -> Vec<Check> {
    let mut checks = Vec::new();
    let run = Run::new();
    let fix_setup = "the administrator's token must reach the server; see the node's log for why a write was refused";

    // Setup: what earlier runs left, then this run's users, policy, category, room, tokens.
    let started = Instant::now();
    let (swept, setup) = match bounded("removing what earlier runs left", sweep(admin, leftover_age, None)).await {
        Ok(swept) => {
            (swept, bounded("creating the temporary objects", setup(admin, &run, nodes.pool.as_deref())).await)
        }
        Err(e) => (0, Err(e)),
    };
    let (poster, reader) = match setup {
        Ok(tokens) => {
            let mut found = format!(
                "created 2 users, a category and a room named {}*, on {} (posting) and {} (reading)",
                run.name, nodes.writer_name, nodes.reader_name
            );
            if swept > 0 {
                found.push_str(&format!("; removed {swept} object(s) an earlier, interrupted run left"));
            }
            checks.push(step("verification.setup", Outcome::Pass, found, None, started));
            tokens
        }
        Err(e) => {
            checks.push(step("verification.setup", Outcome::Fail, format!("{e:#}"), Some(fix_setup), started));
            checks.push(cleanup(admin, &run).await);
            return keep(checks, only);
        }
    };
    let poster = (nodes.writer.with_token(poster.clone()), poster);
    let reader = (nodes.reader.with_token(reader.clone()), reader);
    let compliance_from = compliance_mark(admin, nodes.pool.as_deref()).await;

    transaction(&mut checks, &run, nodes, &poster.0, &reader.0, compliance_from, admin).await;
    checks.push(cleanup(admin, &run).await);
    keep(checks, only)
}

/// Where the compliance events of this run start (the last id recorded before it), when
/// compliance is on for the run's pool; None when it is off.
async fn compliance_mark(admin: &Client, pool: Option<&str>) -> Option<anyhow::Result<i64>> {
    let view: ComplianceView = match admin.get(&path(&["compliance", "config"]), NO_QUERY).await {
        Ok(view) => view,
        Err(e) => return Some(Err(anyhow::Error::from(e).context("reading the compliance configuration"))),
    };
    let pool = pool.unwrap_or("default");
    if !view.pools.iter().any(|p| p.pool == pool && p.enabled) {
        return None;
    }
    Some(
        admin
            .get::<ComplianceStatus>(&path(&["compliance", "status"]), NO_QUERY)
            .await
            .map(|s| s.last_event_id)
            .context("reading the compliance status"),
    )
}

fn keep(checks: Vec<Check>, only: &[String]) -> Vec<Check> {
    checks.into_iter().filter(|c| only.is_empty() || only.contains(&c.id)).collect()
}

/// The chat steps: stream, post, live, history, search, files, compliance. A step that
/// cannot run because an earlier one failed is skipped, saying so.
async fn transaction(
    checks: &mut Vec<Check>,
    run: &Run,
    nodes: &Nodes,
    poster: &Client,
    reader: &Client,
    compliance_from: Option<anyhow::Result<i64>>,
    admin: &Client,
) {
    let room = run.room();
    let room = room.as_str();
    let skipped = |id: &str, why: &str| step(id, Outcome::Skip, why.to_string(), None, Instant::now());

    // The reader joins and listens on its node before anything is posted.
    let started = Instant::now();
    let joined = bounded("joining and opening the live stream", async {
        let _: serde_json::Value = reader.post_empty(&path(&["rooms", room, "join"]), NO_QUERY).await?;
        let q = EventsQuery { room: Some(room.to_string()), pool: None };
        Ok(reader.events(&path(&["chat", "events"]), &q, None).await?)
    })
    .await;
    let mut stream = match joined {
        Ok(stream) => Some(stream),
        Err(e) => {
            let fix = "the reading node must serve chat: see `pchat pools status` and its log";
            checks.push(step("verification.live", Outcome::Fail, format!("{e:#}"), Some(fix), started));
            None
        }
    };

    // The poster posts through its node.
    let text = format!("pchat checklist {} {}", run.word, run.name);
    let started = Instant::now();
    let posted = bounded("posting", async {
        let post = NewPost { text: text.clone(), ..Default::default() };
        Ok(poster.post::<_, Message>(&path(&["rooms", room, "messages"]), NO_QUERY, &post).await?)
    })
    .await;
    let posted = match posted {
        Ok(message) => {
            let found = format!("posted message {} through {}", message.seq, nodes.writer_name);
            checks.push(step("verification.post", Outcome::Pass, found, None, started));
            message
        }
        Err(e) => {
            let fix = "the posting node must serve chat and write to its store: see its log and `pchat checklist --phase installation`";
            checks.push(step("verification.post", Outcome::Fail, format!("{e:#}"), Some(fix), started));
            for id in ["verification.live", "verification.history", "verification.search", "verification.files"] {
                if !checks.iter().any(|c| c.id == id) {
                    checks.push(skipped(id, "nothing was posted"));
                }
            }
            checks.push(skipped("verification.compliance", "nothing was posted"));
            return;
        }
    };

    // The reader's stream delivers it.
    if let Some(stream) = stream.as_mut() {
        let started = Instant::now();
        let seen = bounded("waiting for the message on the live stream", async {
            while let Some(event) = stream.next().await? {
                if let Ok(ChatEvent::Message { message }) = serde_json::from_str::<ChatEvent>(&event.data) {
                    if message.seq == posted.seq && message.room == room {
                        return Ok(());
                    }
                }
            }
            anyhow::bail!("the stream ended before the message came")
        })
        .await;
        checks.push(match seen {
            Ok(()) => step(
                "verification.live",
                Outcome::Pass,
                format!("the live stream on {} delivered it", nodes.reader_name),
                None,
                started,
            ),
            Err(e) => step(
                "verification.live",
                Outcome::Fail,
                format!("{e:#}"),
                Some("nodes of a pool pass live events through their store: check that every node uses the same store (`pchat pools status`)"),
                started,
            ),
        });
    }
    drop(stream);

    // The reader reads it back through its node, and finds it by search.
    let started = Instant::now();
    let read = bounded("reading the history", async {
        let page: HistoryPage = reader
            .get(&path(&["rooms", room, "messages"]), &HistoryQuery { limit: Some(10), ..Default::default() })
            .await?;
        match page.items.iter().find(|m| m.seq == posted.seq) {
            Some(m) if m.text == text => Ok(()),
            Some(m) => anyhow::bail!("message {} came back as {:?}", posted.seq, m.text),
            None => anyhow::bail!("message {} is not in the room's history", posted.seq),
        }
    })
    .await;
    checks.push(outcome(
        "verification.history",
        read,
        format!("{} read it back from the history", nodes.reader_name),
        "every node of a pool must use one store: see `pchat pools status`",
        started,
    ));
    let started = Instant::now();
    let searched = bounded("searching", async {
        let q = SearchQuery { q: run.word.clone(), room: Some(room.to_string()), ..Default::default() };
        let page: Page<Message> = reader.get(&path(&["messages", "search"]), &q).await?;
        if page.items.iter().any(|m| m.seq == posted.seq) {
            Ok(())
        } else {
            anyhow::bail!("searching {:?} found {} message(s), not the one posted", run.word, page.items.len())
        }
    })
    .await;
    checks.push(outcome(
        "verification.search",
        searched,
        format!("{} found it by searching {}", nodes.reader_name, run.word),
        "the store's search index is behind or broken: see the node's log",
        started,
    ));

    // A file goes up through the poster's node and comes down through the reader's.
    let started = Instant::now();
    let content: Vec<u8> = (0..FILE_BYTES).map(|i| (i % 251) as u8).collect();
    let filed = bounded("uploading and downloading a file", async {
        let q = UploadQuery { name: format!("{}.bin", run.name), pool: None };
        let info: FileInfo = poster.upload(&path(&["rooms", room, "files"]), &q, content.clone()).await?;
        let post = NewPost { text: "pchat checklist file".into(), files: vec![info.id], ..Default::default() };
        let _: Message = poster.post(&path(&["rooms", room, "messages"]), NO_QUERY, &post).await?;
        let back = reader.download(&path(&["rooms", room, "files", &info.id.to_string()]), NO_QUERY).await?;
        if back != content {
            anyhow::bail!(
                "file {} came back with {} bytes that differ from the {} sent",
                info.id,
                back.len(),
                content.len()
            );
        }
        Ok(())
    })
    .await;
    let files_passed = filed.is_ok();
    checks.push(outcome(
        "verification.files",
        filed,
        format!("a file of {FILE_BYTES} bytes went up through {} and came back down through {}", nodes.writer_name, nodes.reader_name),
        "every node needs the pool's shared file store (--file-store), writable, and uploads within max_file_size_kb: see `pchat checklist --check installation.file-store` and `pchat config show global`",
        started,
    ));

    // The compliance store holds what was done, where compliance is on.
    let started = Instant::now();
    let Some(from) = compliance_from else {
        checks.push(skipped("verification.compliance", "compliance is off for this pool"));
        return;
    };
    let seen = bounded("reading the compliance events", async {
        let from = from?;
        let q = ComplianceEventQuery {
            room: Some(room.to_string()),
            after: Some(from),
            limit: Some(100),
            ..Default::default()
        };
        let page: Page<ComplianceRecord> = admin.get(&path(&["compliance", "events"]), &q).await?;
        let has = |kind: EventKind| page.items.iter().any(|e| e.kind == kind);
        let mut missing = Vec::new();
        if !page.items.iter().any(|e| e.kind == EventKind::Chat && e.content == text) {
            missing.push("CHAT");
        }
        if files_passed && !has(EventKind::FileUpload) {
            missing.push("FILEUPLOAD");
        }
        if missing.is_empty() {
            Ok(page.items.len())
        } else {
            anyhow::bail!(
                "the compliance store lacks the {} event(s) of this run ({} recorded)",
                missing.join(" and "),
                page.items.len()
            )
        }
    })
    .await;
    checks.push(match seen {
        Ok(n) => step(
            "verification.compliance",
            Outcome::Pass,
            format!("the compliance store recorded the run's {n} events"),
            None,
            started,
        ),
        Err(e) => step(
            "verification.compliance",
            Outcome::Fail,
            format!("{e:#}"),
            Some("compliance records each change in its transaction: see `pchat compliance status` and the node's log"),
            started,
        ),
    });
}

fn outcome(id: &str, result: anyhow::Result<()>, passed: String, fix: &str, started: Instant) -> Check {
    match result {
        Ok(()) => step(id, Outcome::Pass, passed, None, started),
        Err(e) => step(id, Outcome::Fail, format!("{e:#}"), Some(fix), started),
    }
}

/// Creates the run's users, tag policy (granted to them), category and room in one
/// changeset, then a token for each user; the tokens' secrets.
async fn setup(admin: &Client, run: &Run, pool: Option<&str>) -> anyhow::Result<(String, String)> {
    let op = |name: &str, object: ObjectSpec| Operation {
        op: OpAction::Create,
        name: name.to_string(),
        pool: None,
        revision: None,
        object,
    };
    let user = |role: &str| {
        ObjectSpec::User(UserSpec {
            display_name: Some(format!("pchat checklist ({role})")),
            // Places of their own: no site policy or scope of the deployment reaches them.
            ou: Some("pchat-checklist".into()),
            site: Some("pchat-checklist".into()),
            enabled: Some(true),
            ..Default::default()
        })
    };
    let both = vec![run.poster.clone(), run.reader.clone()];
    let operations = vec![
        op(&run.poster, user("poster")),
        op(&run.reader, user("reader")),
        op(
            &run.policy,
            ObjectSpec::Policy(PolicySpec {
                enabled: Some(true),
                description: Some("pchat checklist: the synthetic transaction's users".into()),
                ..Default::default()
            }),
        ),
        op(&run.policy, ObjectSpec::PolicyGrant(PolicyGrantSpec { users: both.clone() })),
        op(
            &run.name,
            ObjectSpec::Category(CategorySpec {
                pool: pool.map(str::to_string),
                description: Some("pchat checklist: removed when the run ends".into()),
                allowed_members: Some(both.clone()),
                file_upload: Some(true),
                chat_history: Some(true),
                invitations: Some(false),
                ..Default::default()
            }),
        ),
        op(
            &run.room(),
            ObjectSpec::Room(RoomSpec {
                category: Some(run.name.clone()),
                privacy: Some(Privacy::Closed),
                members: Some(both),
                managers: Some(vec![run.poster.clone()]),
                ..Default::default()
            }),
        ),
    ];
    let request = ChangesetRequest { dry_run: false, allow_destroy: false, operations };
    let _: serde_json::Value =
        admin.post(&path(&["changesets"]), NO_QUERY, &request).await.context("creating the temporary objects")?;
    let mut secrets = Vec::new();
    for user in [&run.poster, &run.reader] {
        let request = TokenCreate {
            role: Role::User,
            owner: Some(user.clone()),
            description: Some(format!("pchat checklist {}", run.name)),
        };
        let created: TokenCreated = admin
            .post(&path(&["tokens"]), NO_QUERY, &request)
            .await
            .with_context(|| format!("creating a token for {user}"))?;
        secrets.push(created.token);
    }
    let reader = secrets.pop().unwrap_or_default();
    let poster = secrets.pop().unwrap_or_default();
    Ok((poster, reader))
}

/// Removes this run's objects, whatever it managed to create.
async fn cleanup(admin: &Client, run: &Run) -> Check {
    let started = Instant::now();
    match bounded("removing the temporary objects", sweep(admin, Duration::ZERO, Some(&run.name))).await {
        Ok(n) => step("verification.cleanup", Outcome::Pass, format!("removed the run's {n} object(s)"), None, started),
        Err(e) => step(
            "verification.cleanup",
            Outcome::Fail,
            format!("{e:#}"),
            Some("the next `pchat checklist --phase verification` removes what is left (objects named pchat-checklist-...)"),
            started,
        ),
    }
}

/// Removes the rooms, categories, policies and users named by runs (only `run`'s, when
/// given) that started at least `age` ago, in one changeset, and revokes their live
/// tokens. Answers how many objects it removed.
async fn sweep(admin: &Client, age: Duration, run: Option<&str>) -> anyhow::Result<usize> {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_secs();
    let ours = |name: &str| match run {
        Some(run) => name.contains(run),
        None => started_at(name).is_some_and(|at| now.saturating_sub(at) >= age.as_secs()),
    };
    let glob = |prefix: &str| ListQuery { name: Some(format!("{prefix}{PREFIX}*")), ..Default::default() };
    let rooms: Vec<crate::api::Room> = admin.list_all(&path(&["rooms"]), &glob("")).await.context("listing rooms")?;
    let categories: Vec<crate::api::Category> =
        admin.list_all(&path(&["categories"]), &glob("")).await.context("listing categories")?;
    let policies: Vec<crate::api::Policy> =
        admin.list_all(&path(&["policies"]), &glob("tag:")).await.context("listing policies")?;
    let users: Vec<crate::api::User> =
        admin.list_all(&path(&["directory", "users"]), &glob("sip:")).await.context("listing users")?;
    let tokens: Vec<Token> = admin.get(&path(&["tokens"]), NO_QUERY).await.context("listing tokens")?;

    let delete = |name: &str, pool: Option<&str>, object: ObjectSpec| Operation {
        op: OpAction::Delete,
        name: name.to_string(),
        pool: pool.map(str::to_string),
        revision: None,
        object,
    };
    let mut operations = Vec::new();
    for room in rooms.iter().filter(|r| ours(&r.name)) {
        operations.push(delete(&room.name, Some(&room.pool), ObjectSpec::Room(RoomSpec::default())));
    }
    for category in categories.iter().filter(|c| ours(&c.name)) {
        operations.push(delete(&category.name, Some(&category.pool), ObjectSpec::Category(CategorySpec::default())));
    }
    for user in users.iter().filter(|u| ours(&u.sip)) {
        operations.push(delete(&user.sip, None, ObjectSpec::User(UserSpec::default())));
    }
    // After the users that hold them (their grants go with them).
    for policy in policies.iter().filter(|p| ours(&p.identity)) {
        operations.push(delete(&policy.identity, None, ObjectSpec::Policy(PolicySpec::default())));
    }
    let removed = operations.len();
    if !operations.is_empty() {
        let request = ChangesetRequest { dry_run: false, allow_destroy: true, operations };
        let _: serde_json::Value =
            admin.post(&path(&["changesets"]), NO_QUERY, &request).await.context("removing the temporary objects")?;
    }
    let live = tokens.iter().filter(|t| t.revoked_at.is_none() && t.description.starts_with("pchat checklist "));
    for token in live.filter(|t| ours(&t.description)) {
        admin
            .delete(&path(&["tokens", &token.id.to_string()]), NO_QUERY, None)
            .await
            .with_context(|| format!("revoking token {}", token.id))?;
    }
    Ok(removed)
}
