//! `POST /v1/migration/export`: the scope resolved, then every member read from one read
//! transaction (one snapshot: posts that come during the export are not in it) and sent as
//! frames through a small channel, so the export's memory stays flat whatever the history
//! holds and a client that goes away stops it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use axum::body::Bytes;

use crate::api::migration::{ExportRequest, JobError, JobState};
use crate::api::{Category, ErrorCode, FileRef, Room};
use crate::archive::format::*;
use crate::archive::stream;
use crate::server::auth::Caller;
use crate::server::error::{ApiError, ApiResult};
use crate::server::AppState;
use crate::store::{HistoryRange, StoredFile, Tx};

use super::jobs::JobHandle;

/// Messages read at a time.
const PAGE: usize = 5_000;
/// Frames waiting for the client: the export's memory bound.
const IN_FLIGHT: usize = 8;
/// Labels an import sets for itself, which an export leaves out (a round trip is byte-identical).
pub const IMPORT_LABEL: &str = "pchat.io/imported-from";

pub type Chunks = tokio::sync::mpsc::Receiver<Result<Bytes, std::io::Error>>;

/// What the export holds, resolved before the first byte is sent (an unknown name is an
/// ordinary error answer).
struct Selection {
    categories: Vec<Category>,
    rooms: Vec<Room>,
}

/// `POOL/NAME` or `NAME`: the pool, if given, and the name.
pub(super) fn split_name(name: &str) -> (Option<&str>, &str) {
    match name.split_once('/') {
        Some((pool, name)) => (Some(pool), name),
        None => (None, name),
    }
}

fn ambiguous(kind: &str, name: &str, pools: &[&str]) -> ApiError {
    ApiError::new(
        ErrorCode::Ambiguous,
        format!("{kind} {name:?} is in several pools ({}); write POOL/{name}", pools.join(", ")),
    )
}

async fn select(tx: &mut dyn Tx, request: &ExportRequest) -> ApiResult<Selection> {
    let everything = tx.all_categories().await?;
    if !request.all && request.pools.is_empty() && request.categories.is_empty() && request.rooms.is_empty() {
        return Err(ApiError::new(ErrorCode::Required, "say what to export: all, or pools, categories or rooms"));
    }
    let mut chosen: BTreeSet<i64> = BTreeSet::new();
    for c in &everything {
        if request.all || request.pools.contains(&c.pool) {
            chosen.insert(c.meta.id);
        }
    }
    for pool in &request.pools {
        if !everything.iter().any(|c| &c.pool == pool) {
            return Err(ApiError::not_found("pool", pool));
        }
    }
    for name in &request.categories {
        let (pool, bare) = split_name(name);
        let found: Vec<&Category> =
            everything.iter().filter(|c| c.name == bare && pool.is_none_or(|p| p == c.pool)).collect();
        match found.as_slice() {
            [] => return Err(ApiError::not_found("category", name)),
            [one] => {
                chosen.insert(one.meta.id);
            }
            many => return Err(ambiguous("category", name, &many.iter().map(|c| c.pool.as_str()).collect::<Vec<_>>())),
        }
    }
    let mut rooms: BTreeMap<(String, String), Room> = BTreeMap::new();
    for c in everything.iter().filter(|c| chosen.contains(&c.meta.id)) {
        for r in tx.rooms_in_category(c.meta.id).await? {
            rooms.insert((r.pool.clone(), r.name.clone()), r);
        }
    }
    if !request.rooms.is_empty() {
        let bare: Vec<String> = request.rooms.iter().map(|n| split_name(n).1.to_string()).collect();
        let found = tx.rooms_by_name(&bare).await?;
        for name in &request.rooms {
            let (pool, bare) = split_name(name);
            let matching: Vec<&Room> =
                found.iter().filter(|r| r.name == bare && pool.is_none_or(|p| p == r.pool)).collect();
            match matching.as_slice() {
                [] => return Err(ApiError::not_found("room", name)),
                [one] => {
                    rooms.insert((one.pool.clone(), one.name.clone()), (*one).clone());
                }
                many => return Err(ambiguous("room", name, &many.iter().map(|r| r.pool.as_str()).collect::<Vec<_>>())),
            }
        }
    }
    let mut categories: Vec<Category> = everything
        .into_iter()
        .filter(|c| chosen.contains(&c.meta.id) || rooms.values().any(|r| r.pool == c.pool && r.category == c.name))
        .collect();
    categories.sort_by(|a, b| (&a.pool, &a.name).cmp(&(&b.pool, &b.name)));
    Ok(Selection { categories, rooms: rooms.into_values().collect() })
}

fn labels(l: &crate::api::Labels) -> BTreeMap<String, String> {
    l.iter().filter(|(k, _)| k.as_str() != IMPORT_LABEL).map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// Frames a member's records and sends them as they fill.
struct Out {
    tx: tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>,
    member: String,
    buf: Vec<u8>,
}

/// The client went away: the export stops.
struct Gone;

impl Out {
    /// Starts a member: an empty frame names it, so a member without records is written too.
    async fn begin(&mut self, member: &str) -> Result<(), Gone> {
        self.flush().await?;
        self.member = member.to_string();
        self.send(stream::chunk(member, &[])).await
    }

    async fn record<T: serde::Serialize>(&mut self, record: &T) -> Result<(), Gone> {
        serde_json::to_writer(&mut self.buf, record).expect("a record serialises");
        self.buf.push(b'\n');
        if self.buf.len() >= stream::CHUNK {
            self.flush().await?;
        }
        Ok(())
    }

    async fn bytes(&mut self, data: &[u8]) -> Result<(), Gone> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= stream::CHUNK {
            self.flush().await?;
        }
        Ok(())
    }

    async fn flush(&mut self) -> Result<(), Gone> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let frame = stream::chunk(&self.member, &self.buf);
        self.buf.clear();
        self.send(frame).await?;
        // A chunk is a millisecond or so of work: the requests waiting for a worker go
        // first, so an export does not hold up history reads beside it.
        tokio::task::yield_now().await;
        Ok(())
    }

    async fn send(&mut self, frame: Vec<u8>) -> Result<(), Gone> {
        self.tx.send(Ok(Bytes::from(frame))).await.map_err(|_| Gone)
    }
}

/// Starts an export: the scope is checked now, the members are sent by a task.
pub async fn start(state: Arc<AppState>, caller: Caller, request: ExportRequest) -> ApiResult<(i64, Chunks)> {
    caller.require_admin()?;
    let since = match &request.since {
        Some(text) => Some(crate::server::routes::messages::time_bound("since", Some(text), i64::MIN)?),
        None => None,
    };
    let mut tx = state.store.read().await?;
    let selection = select(&mut *tx, &request).await?;
    let store_id = state.store.store_id().await?;
    let detail = serde_json::to_string(&request).unwrap_or_default();
    let job = JobHandle::start(state.store.clone(), "export", caller.actor(), &state.node_name, detail).await?;
    let id = job.id;
    let (sender, chunks) = tokio::sync::mpsc::channel(IN_FLIGHT);
    tokio::spawn(async move {
        let mut out = Out { tx: sender, member: String::new(), buf: Vec::new() };
        let manifest = Manifest {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            created_at: iso_ms(crate::store::now_ms()),
            source: Source { server: String::new(), version: env!("CARGO_PKG_VERSION").into(), store_id },
            scope: Scope {
                all: request.all,
                pools: request.pools.clone(),
                categories: request.categories.clone(),
                rooms: request.rooms.clone(),
                history: !request.definitions_only,
                since: request.since.clone(),
            },
            counts: Counts::default(),
            members: Vec::new(),
        };
        let export = Export { state: &state, job: &job, request: &request, since };
        let outcome = export.write(&mut *tx, &mut out, selection, manifest).await;
        drop(tx);
        let (state_now, error) = match outcome {
            Ok(()) => (JobState::Succeeded, None),
            Err(Failed::Gone) => {
                (JobState::Failed, Some(("client_gone", "the client went away before the end".into())))
            }
            Err(Failed::Cancelled) => {
                (JobState::Cancelled, Some(("cancelled", "cancelled; nothing was changed".into())))
            }
            Err(Failed::Problem(e)) => (JobState::Failed, Some(("failed", e.0.detail.clone()))),
        };
        if let Some((code, message)) = &error {
            let code_now = if *code == "cancelled" { ErrorCode::Cancelled } else { ErrorCode::Internal };
            let _ = out.send(stream::error(&crate::api::Problem::new(code_now, message.clone()))).await;
        }
        let error = error.map(|(code, message)| JobError {
            code: code.into(),
            message,
            location: None,
            left: Some("an export changes nothing on the server".into()),
        });
        job.finish(state_now, error).await;
    });
    Ok((id, chunks))
}

enum Failed {
    Gone,
    Cancelled,
    Problem(ApiError),
}

impl From<Gone> for Failed {
    fn from(_: Gone) -> Self {
        Failed::Gone
    }
}

impl From<crate::store::StoreError> for Failed {
    fn from(e: crate::store::StoreError) -> Self {
        Failed::Problem(e.into())
    }
}

impl From<super::jobs::Cancelled> for Failed {
    fn from(_: super::jobs::Cancelled) -> Self {
        Failed::Cancelled
    }
}

struct Export<'a> {
    state: &'a AppState,
    job: &'a JobHandle,
    request: &'a ExportRequest,
    since: Option<i64>,
}

/// The users and groups the definitions name, collected as they are written.
#[derive(Default)]
struct Wanted {
    sips: BTreeSet<String>,
    groups: BTreeSet<String>,
}

impl Wanted {
    fn principal(&mut self, p: &str) {
        if p.starts_with("sip:") {
            self.sips.insert(p.to_string());
        } else if let Some(g) = p.strip_prefix("group:") {
            self.groups.insert(g.to_string());
        }
    }
}

impl Export<'_> {
    /// Sends every member in name order (the order a packed archive holds them in, so the
    /// client packs each as it completes): what each member needs is read first.
    async fn write(
        &self,
        tx: &mut dyn Tx,
        out: &mut Out,
        selection: Selection,
        mut manifest: Manifest,
    ) -> Result<(), Failed> {
        let all = self.request.all;
        let history = !self.request.definitions_only;
        let c = &mut manifest.counts;
        let mut wanted = Wanted::default();
        let Selection { categories, mut rooms } = selection;
        rooms.sort_by(|a, b| (&a.pool, &a.name).cmp(&(&b.pool, &b.name)));
        self.job.total("rooms", rooms.len() as u64);

        // Add-ins: those the rooms use, and with a whole pool every add-in of it.
        let pools: BTreeSet<&str> = self.request.pools.iter().map(String::as_str).collect();
        let mut addins = tx.all_addins().await?;
        addins.retain(|a| {
            all || pools.contains(a.pool.as_str())
                || rooms.iter().any(|r| r.pool == a.pool && r.addin.as_deref() == Some(a.name.as_str()))
        });
        addins.sort_by(|a, b| (&a.pool, &a.name).cmp(&(&b.pool, &b.name)));
        out.begin("addins.jsonl").await?;
        for a in &addins {
            out.record(&AddinRecord {
                pool: a.pool.clone(),
                name: a.name.clone(),
                url: a.url.clone(),
                labels: labels(&a.meta.labels),
            })
            .await?;
        }
        c.addins = addins.len() as u64;

        out.begin("categories.jsonl").await?;
        for cat in &categories {
            for p in cat.allowed_members.iter().chain(&cat.denied_members).chain(&cat.creators) {
                wanted.principal(p);
            }
            out.record(&CategoryRecord {
                pool: cat.pool.clone(),
                name: cat.name.clone(),
                description: cat.description.clone(),
                allowed_members: cat.allowed_members.clone(),
                denied_members: cat.denied_members.clone(),
                creators: cat.creators.clone(),
                invitations: cat.invitations,
                file_upload: cat.file_upload,
                chat_history: cat.chat_history,
                labels: labels(&cat.meta.labels),
            })
            .await?;
        }
        c.categories = categories.len() as u64;

        if all {
            let mut scopes = tx.all_config_scopes().await?;
            scopes.sort_by(|a, b| a.scope.cmp(&b.scope));
            out.begin("chat_config.jsonl").await?;
            for s in &scopes {
                out.record(&ChatConfigRecord { scope: s.scope.clone(), settings: s.settings.clone() }).await?;
            }
            c.chat_config = scopes.len() as u64;
        }

        // What each room holds, and the files its messages name: a pass over the files
        // column alone, so the files go first, as the name order wants.
        let since = self.since.unwrap_or(i64::MIN);
        let mut activity = Vec::with_capacity(rooms.len());
        let mut total = 0;
        let mut file_ids = BTreeSet::new();
        for r in &rooms {
            let a = tx.room_activity(r.meta.id).await?;
            total += a.messages as u64;
            activity.push(a);
            if history {
                for files in tx.posted_files(r.meta.id, since).await? {
                    let refs: Vec<FileRef> = serde_json::from_str(&files).unwrap_or_default();
                    file_ids.extend(refs.iter().map(|f| f.id));
                }
            }
        }
        let ids: Vec<i64> = file_ids.into_iter().collect();
        let stored: BTreeMap<i64, StoredFile> = tx.files_by_id(&ids).await?.into_iter().map(|f| (f.id, f)).collect();
        let shas: BTreeSet<String> = stored.values().map(|f| f.sha256.clone()).collect();
        self.job.total("files", shas.len() as u64);
        for sha in &shas {
            self.file(out, sha).await?;
        }
        c.files = shas.len() as u64;

        // Room entries, and the groups they and the categories name (nested ones too).
        let mut entries = Vec::new();
        for r in &rooms {
            for (role, list) in [("manager", &r.managers), ("member", &r.members), ("presenter", &r.presenters)] {
                for p in list {
                    wanted.principal(p);
                    entries.push(MembershipRecord {
                        pool: r.pool.clone(),
                        room: r.name.clone(),
                        role: role.into(),
                        principal: p.clone(),
                    });
                }
            }
        }
        entries
            .sort_by(|a, b| (&a.pool, &a.room, &a.role, &a.principal).cmp(&(&b.pool, &b.room, &b.role, &b.principal)));
        let mut groups = tx.all_groups().await?;
        groups.sort_by(|a, b| a.name.cmp(&b.name));
        if !all {
            let mut closed = BTreeSet::new();
            let mut queue: Vec<String> = wanted.groups.iter().cloned().collect();
            while let Some(g) = queue.pop() {
                if !closed.insert(g.clone()) {
                    continue;
                }
                if let Some(group) = groups.iter().find(|x| x.name == g) {
                    for m in &group.members {
                        if let Some(inner) = m.strip_prefix("group:") {
                            queue.push(inner.to_string());
                        }
                    }
                }
            }
            groups.retain(|g| closed.contains(&g.name));
        }
        out.begin("groups.jsonl").await?;
        for g in &groups {
            for m in &g.members {
                wanted.principal(m);
            }
            out.record(&GroupRecord {
                name: g.name.clone(),
                description: g.description.clone(),
                members: g.members.clone(),
            })
            .await?;
        }
        c.groups = groups.len() as u64;
        out.begin("memberships.jsonl").await?;
        for e in &entries {
            out.record(e).await?;
        }
        c.memberships = entries.len() as u64;

        // Each room's messages, its member named by its place in rooms.jsonl.
        if history {
            self.job.total("messages", total);
        }
        let mut senders: BTreeSet<String> = BTreeSet::new();
        let mut records = Vec::with_capacity(rooms.len());
        for (index, r) in rooms.iter().enumerate() {
            let member = history.then(|| messages_member(index));
            if let Some(member) = &member {
                out.begin(member).await?;
                c.messages += self.messages(tx, out, r.meta.id, &mut senders, &stored).await?;
            }
            self.job.done("rooms", 1);
            records.push(RoomRecord {
                pool: r.pool.clone(),
                name: r.name.clone(),
                category: r.category.clone(),
                description: r.description.clone(),
                room_type: r.room_type,
                privacy: r.privacy,
                invitations: r.invitations,
                disabled: r.disabled,
                addin: r.addin.clone(),
                messages: member,
                last_seq: activity[index].last_seq,
                labels: labels(&r.meta.labels),
            });
        }

        // The users: everyone with --all, else those named and every sender.
        let mut users: BTreeMap<String, UserRecord> = BTreeMap::new();
        let mut grants: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut keep = |u: crate::api::User, users: &mut BTreeMap<String, UserRecord>| {
            if let Some(tag) = &u.policy {
                grants.entry(format!("tag:{tag}")).or_default().push(u.sip.clone());
            }
            users.insert(
                u.sip.clone(),
                UserRecord {
                    sip: u.sip.clone(),
                    display_name: u.display_name,
                    ou: u.ou,
                    site: u.site,
                    enabled: u.enabled,
                    deleted: false,
                    labels: labels(&u.meta.labels),
                },
            );
        };
        if all {
            let mut after = None;
            loop {
                let page = tx.list_users(None, after.as_ref(), 1_000).await?;
                let Some(last) = page.last() else { break };
                after = Some(crate::store::After { name: last.sip.clone(), id: last.meta.id });
                for u in page {
                    keep(u, &mut users);
                }
            }
        }
        let missing: Vec<String> =
            wanted.sips.iter().chain(&senders).filter(|s| !users.contains_key(*s)).cloned().collect();
        for chunk in missing.chunks(500) {
            for u in tx.users_by_sip(chunk).await? {
                keep(u, &mut users);
            }
        }
        for sip in senders {
            users.entry(sip.clone()).or_insert_with(|| UserRecord {
                sip,
                display_name: String::new(),
                ou: String::new(),
                site: String::new(),
                enabled: false,
                deleted: true,
                labels: Default::default(),
            });
        }
        if all {
            let mut policies = tx.all_policies().await?;
            policies.sort_by(|a, b| a.identity.cmp(&b.identity));
            out.begin("policies.jsonl").await?;
            for p in &policies {
                out.record(&PolicyRecord {
                    identity: p.identity.clone(),
                    enabled: p.enabled,
                    description: p.description.clone(),
                    users: grants.get(&p.identity).cloned().unwrap_or_default(),
                })
                .await?;
            }
            c.policies = policies.len() as u64;
        }
        out.begin("rooms.jsonl").await?;
        for r in &records {
            out.record(r).await?;
        }
        c.rooms = records.len() as u64;
        out.begin("users.jsonl").await?;
        for u in users.values() {
            out.record(u).await?;
        }
        c.users = users.len() as u64;
        out.flush().await?;
        out.send(stream::end(&manifest)).await?;
        Ok(())
    }

    /// A file's content, from the file store, as it is read.
    async fn file(&self, out: &mut Out, sha: &str) -> Result<(), Failed> {
        let Some(files) = &self.state.files else {
            return Err(Failed::Problem(ApiError::new(ErrorCode::Unavailable, "this server has no file store")));
        };
        let mut content = files
            .read(sha)
            .await
            .map_err(|e| Failed::Problem(ApiError::internal(format!("reading file {sha} from the file store: {e}"))))?;
        out.begin(&file_member(sha)).await?;
        let mut chunk = vec![0u8; stream::CHUNK];
        loop {
            use tokio::io::AsyncReadExt;
            let n = content
                .read(&mut chunk)
                .await
                .map_err(|e| Failed::Problem(ApiError::internal(format!("reading file {sha}: {e}"))))?;
            if n == 0 {
                break;
            }
            out.bytes(&chunk[..n]).await?;
        }
        out.flush().await?;
        self.job.done("files", 1);
        Ok(())
    }

    /// One room's messages, oldest first, a page at a time.
    async fn messages(
        &self,
        tx: &mut dyn Tx,
        out: &mut Out,
        room_id: i64,
        senders: &mut BTreeSet<String>,
        stored: &BTreeMap<i64, StoredFile>,
    ) -> Result<u64, Failed> {
        let mut after = 0;
        let mut written = 0;
        loop {
            let range = HistoryRange {
                after,
                before: i64::MAX,
                since: self.since.unwrap_or(i64::MIN),
                until: i64::MAX,
                limit: PAGE,
                oldest_first: true,
            };
            let page = tx.history(room_id, &range).await?;
            let Some(last) = page.last() else { break };
            after = last.seq;
            let n = page.len();
            for m in page {
                if !senders.contains(&m.sender) {
                    senders.insert(m.sender.clone());
                }
                let files = if m.files.is_empty() {
                    Vec::new()
                } else {
                    let refs: Vec<FileRef> = serde_json::from_str(&m.files).unwrap_or_default();
                    refs.iter()
                        .filter_map(|f| stored.get(&f.id))
                        .map(|f| FileRecord {
                            sha256: f.sha256.clone(),
                            name: f.name.clone(),
                            size: f.size as u64,
                            content_type: f.content_type.clone(),
                        })
                        .collect()
                };
                out.record(&MessageRecord {
                    id: m.id,
                    seq: m.seq,
                    links: crate::api::links_in(&m.body),
                    sender: m.sender,
                    posted_at: iso_ms(m.posted_at),
                    kind: m.kind,
                    title: m.title,
                    text: m.body,
                    files,
                    removed: false,
                })
                .await?;
            }
            written += n as u64;
            self.job.done("messages", n as u64);
            self.job.tick().await?;
            if n < PAGE {
                break;
            }
        }
        Ok(written)
    }
}
