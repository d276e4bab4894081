//! The changeset engine: every write of the management API goes through here, as a list
//! of operations validated together and written in one transaction.
//!
//! It reads what the operations touch once (all categories, add-ins, groups, policies and
//! chat configurations; the users and rooms named), applies the operations in order to
//! that in-memory state while collecting every error, and then writes the result with
//! set-based inserts. Nothing is written when any operation fails, or on a dry run.
//!
//! This file is the engine itself: loading, running, the helpers every noun shares,
//! writing, and the entry points. The rules of each noun, with their tests, are in the
//! file named after it: [`users`], [`groups`], [`categories`], [`rooms`], [`addins`],
//! [`policies`] (policies and their grants), [`config`] (chat configuration) and
//! [`tokens`]. Tokens and taking users' grants away are the engine's own operations
//! ([`own`]): their endpoints reach them, no changeset `kind` names them.

mod addins;
mod categories;
mod compliance;
mod config;
mod groups;
mod own;
mod policies;
mod rooms;
#[cfg(test)]
mod testing;
mod tokens;
mod topology;
mod users;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use crate::api::validate;
use crate::api::*;
use crate::store::{format_ms, now_ms, RoomWrite, Tx};

use super::auth::Caller;
use super::error::{ApiError, ApiResult};
use super::scope::{BadPrincipal, Directory, Scopes};

pub use policies::take_grants;
pub use tokens::{mint_token, revoke_token};

/// What writing an object of the working state will take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WriteState {
    /// As stored: nothing to write.
    Stored,
    /// Made by this changeset: an insert.
    Created,
    /// Stored and changed by this changeset: an update.
    Changed,
    /// Deleted by this changeset (if it was never stored, nothing is written).
    Deleted,
}

/// An object of the working state and what writing it will take.
struct Tracked<T> {
    obj: T,
    state: WriteState,
}

impl<T> Tracked<T> {
    fn stored(obj: T) -> Tracked<T> {
        Tracked { obj, state: WriteState::Stored }
    }
    fn created(obj: T) -> Tracked<T> {
        Tracked { obj, state: WriteState::Created }
    }
    fn live(&self) -> bool {
        self.state != WriteState::Deleted
    }
    fn mark_changed(&mut self) {
        if self.state == WriteState::Stored {
            self.state = WriteState::Changed;
        }
    }
}

/// A room's links in the working state, by index: its category and add-in (which a
/// changeset may rename), and whether its principals need writing.
struct RoomLinks {
    category: usize,
    addin: Option<usize>,
    principals_changed: bool,
}

/// Which object of the working state an operation wrote.
#[derive(Clone, Copy)]
enum ObjRef {
    User,
    Group,
    Category(usize),
    Room(usize),
    Addin(usize),
    Policy(usize),
    ChatConfig(usize),
    /// A grant, and how many users' grant it changed.
    Grant(u64),
    /// A published topology, and its version.
    Topology(i64),
}

type OpErrors = Vec<FieldError>;

/// What applying one operation to the working state came to: its outcome, the object it
/// wrote, and the room entries it dropped; or the problems that refuse it.
type Applied = Result<(OpOutcome, Option<ObjRef>, Vec<Dropped>), OpErrors>;

fn err(code: ErrorCode, field: impl Into<Option<String>>, detail: impl Into<String>) -> FieldError {
    FieldError { index: None, field: field.into(), code, detail: detail.into() }
}

fn invalid_at(field: &str, e: validate::Invalid) -> FieldError {
    err(e.code, Some(field.to_string()), e.detail)
}

/// Meta of an object a changeset creates: revision 1, made now.
fn new_meta(now: &str) -> Meta {
    Meta { id: 0, revision: 1, created_at: now.to_string(), updated_at: now.to_string(), labels: Labels::new() }
}

pub struct Engine<'t> {
    tx: &'t mut dyn Tx,
    caller: Caller,
    now: String,
    dir: Directory,
    user_writes: HashMap<String, WriteState>,
    user_deletes: Vec<i64>,
    group_writes: HashMap<String, WriteState>,
    group_deletes: Vec<i64>,
    categories: Vec<Tracked<Category>>,
    addins: Vec<Tracked<Addin>>,
    rooms: Vec<Tracked<Room>>,
    /// Beside `rooms`, index for index.
    room_links: Vec<RoomLinks>,
    room_index: HashMap<(String, String), usize>,
    /// name → every room index that ever had it (any pool); filtered by liveness on use.
    room_names: HashMap<String, Vec<usize>>,
    /// Categories whose stored rooms have all been read into `rooms`.
    categories_with_rooms_read: HashSet<usize>,
    /// (pool, name as stored) → add-in index, for add-ins this changeset renamed.
    addin_renames: HashMap<(String, String), usize>,
    policies: Vec<Tracked<Policy>>,
    /// One per configuration target (`global`, `site:NAME`, `pool:NAME`).
    chat_configs: Vec<Tracked<ChatConfigScope>>,
    /// Category index → its scope, cached for many checks; dropped when the category or
    /// the directory changes.
    category_scopes: Scopes,
    /// Tokens minted and revoked (the engine's own operations, see [`tokens`]).
    new_tokens: Vec<tokens::NewToken>,
    revoked_tokens: Vec<i64>,
    /// Per operation, the object it wrote.
    op_refs: Vec<Option<ObjRef>>,
    results: Vec<OpResult>,
    /// The first stale object, as it is now, for the 409 answer.
    conflict: Option<serde_json::Value>,
    /// The topology this changeset publishes, if it does.
    topology: Option<topology::PendingTopology>,
    /// The topology in force when the changeset began (pools of categories are checked
    /// against it, or against the one this changeset publishes).
    published: Option<crate::api::topology::TopologySpec>,
    /// (kind, id) → revision in the store, for objects this changeset has changed.
    stored_revisions: HashMap<(&'static str, i64), i64>,
    /// Users this changeset deleted: rooms read later must not bring them back.
    deleted_users: HashSet<String>,
    /// Set by a directory change that can take stored room entries out of their scope (a
    /// user moved to another OU or deleted, a group's members changed or the group deleted).
    narrows_directory: bool,
    /// Set when what narrows it is more than deleted users that no group and no category
    /// names (those change only the rooms that list them): every room is checked then.
    narrows_beyond_deleted_users: bool,
    /// Tag policies held by stored users this changeset deletes, and how many: the store's
    /// count of a policy's grants still has them until the changeset is written.
    deleted_grants: HashMap<String, i64>,
    /// How far the run has got, for a client that follows it.
    progress: Option<Arc<Progress>>,
    /// Whether rooms that hold messages may be deleted (`ChangesetRequest::allow_destroy`).
    allow_destroy: bool,
}

/// How far a running changeset has got: operations checked, then whether it writes.
#[derive(Debug, Default)]
pub struct Progress {
    pub checked: AtomicU64,
    pub writing: AtomicBool,
}

impl<'t> Engine<'t> {
    /// Reads the state the operations need.
    pub async fn load(tx: &'t mut dyn Tx, caller: Caller, ops: &[Operation]) -> ApiResult<Engine<'t>> {
        let mut sips: HashSet<String> = HashSet::new();
        let mut named_groups: HashSet<String> = HashSet::new();
        let mut room_names: HashSet<String> = HashSet::new();
        if let Some(owner) = &caller.owner {
            sips.insert(owner.clone());
        }
        for op in ops {
            collect_references(op, &mut sips, &mut named_groups, &mut room_names);
        }
        // Every group is read (they are few, and who contains whom needs them all); of their
        // users, only those behind the groups the operations name, whose scope checks need
        // their OUs. Users behind the groups of stored rooms come with those rooms.
        let groups = tx.all_groups().await?;
        let mut dir = Directory::new(Vec::new(), groups, tx.user_ous().await?);
        sips.extend(dir.users_behind(named_groups.iter().map(String::as_str)));
        let sips: Vec<String> = sips.into_iter().collect();
        for user in tx.users_by_sip(&sips).await? {
            dir.put_user(user);
        }
        // Authentication refuses such tokens already; the engine, which every write goes
        // through, holds the same line inside the write transaction.
        if !caller.is_admin() && !caller.owner.as_ref().and_then(|o| dir.users.get(o)).is_some_and(|u| u.enabled) {
            return Err(ApiError::new(
                ErrorCode::AccountDisabled,
                "the user this token acts for is disabled or no longer in the directory",
            ));
        }
        let categories = tx.all_categories().await?.into_iter().map(Tracked::stored).collect();
        let addins = tx.all_addins().await?.into_iter().map(Tracked::stored).collect();
        let policies = tx.all_policies().await?.into_iter().map(Tracked::stored).collect();
        let chat_configs = tx.all_config_scopes().await?.into_iter().map(Tracked::stored).collect();
        let names: Vec<String> = room_names.into_iter().collect();
        let existing_rooms = tx.rooms_by_name(&names).await?;
        let published = tx.latest_topology().await?.and_then(|t| t.spec().ok());
        let mut engine = Engine::with(tx, caller, dir, categories, addins, policies, chat_configs, published);
        // Room for the rooms the operations create, so the working state never doubles.
        let creates =
            ops.iter().filter(|o| o.op == OpAction::Create && matches!(o.object, ObjectSpec::Room(_))).count();
        engine.rooms.reserve_exact(existing_rooms.len() + creates);
        engine.room_links.reserve_exact(existing_rooms.len() + creates);
        engine.adopt_rooms(existing_rooms, None).await?;
        Ok(engine)
    }

    /// An engine over this state, nothing staged yet.
    #[allow(clippy::too_many_arguments)]
    fn with(
        tx: &'t mut dyn Tx,
        caller: Caller,
        dir: Directory,
        categories: Vec<Tracked<Category>>,
        addins: Vec<Tracked<Addin>>,
        policies: Vec<Tracked<Policy>>,
        chat_configs: Vec<Tracked<ChatConfigScope>>,
        published: Option<crate::api::topology::TopologySpec>,
    ) -> Engine<'t> {
        let now = format_ms(now_ms());
        Engine {
            tx,
            caller,
            now,
            dir,
            user_writes: HashMap::new(),
            user_deletes: Vec::new(),
            group_writes: HashMap::new(),
            group_deletes: Vec::new(),
            deleted_users: HashSet::new(),
            narrows_directory: false,
            narrows_beyond_deleted_users: false,
            deleted_grants: HashMap::new(),
            progress: None,
            allow_destroy: false,
            categories,
            addins,
            rooms: Vec::new(),
            room_links: Vec::new(),
            room_index: HashMap::new(),
            room_names: HashMap::new(),
            categories_with_rooms_read: HashSet::new(),
            addin_renames: HashMap::new(),
            policies,
            chat_configs,
            category_scopes: Scopes::default(),
            new_tokens: Vec::new(),
            revoked_tokens: Vec::new(),
            op_refs: Vec::new(),
            results: Vec::new(),
            conflict: None,
            topology: None,
            published,
            stored_revisions: HashMap::new(),
        }
    }

    /// An engine that reads nothing: for the operations that need no state (a token
    /// minted or revoked), which would otherwise read the whole directory's OUs first.
    pub fn load_nothing(tx: &'t mut dyn Tx, caller: Caller) -> Engine<'t> {
        Engine::with(
            tx,
            caller,
            Directory::new(Vec::new(), Vec::new(), Vec::new()),
            vec![],
            vec![],
            vec![],
            vec![],
            None,
        )
    }

    /// Takes rooms read from the store into the working state, with the users they list:
    /// scope checks need every listed user's OU, or they would look out of scope.
    async fn adopt_rooms(&mut self, rooms: Vec<Room>, of_category: Option<usize>) -> ApiResult<()> {
        let missing =
            self.missing_users(rooms.iter().flat_map(|r| r.members.iter().chain(&r.managers).chain(&r.presenters)));
        self.load_users(missing).await?;
        for room in rooms {
            let key = (room.pool.clone(), room.name.clone());
            if self.room_index.contains_key(&key) {
                continue;
            }
            // Rooms read for one category belong to it even if this changeset renamed it.
            let category = of_category.or_else(|| {
                self.categories.iter().position(|c| c.obj.pool == room.pool && c.obj.name == room.category)
            });
            let addin = room.addin.as_ref().and_then(|a| {
                self.addin_renames.get(&(room.pool.clone(), a.clone())).copied().or_else(|| {
                    self.addins.iter().position(|x| x.live() && x.obj.pool == room.pool && &x.obj.name == a)
                })
            });
            let Some(category) = category else { continue };
            self.index_room(key, self.rooms.len());
            self.rooms.push(Tracked::stored(room));
            self.room_links.push(RoomLinks { category, addin, principals_changed: false });
        }
        Ok(())
    }

    /// The users among these principals that the working directory lacks; users this
    /// changeset deleted stay deleted.
    fn missing_users<'p>(&self, principals: impl Iterator<Item = &'p String>) -> Vec<String> {
        let mut named_groups = Vec::new();
        let mut missing: HashSet<String> = HashSet::new();
        for p in principals {
            if let Some(group) = p.strip_prefix("group:") {
                named_groups.push(group);
            } else if p.starts_with("sip:") {
                missing.insert(p.clone());
            }
        }
        missing.extend(self.dir.users_behind(named_groups.into_iter()));
        missing.retain(|sip| !self.dir.users.contains_key(sip) && !self.deleted_users.contains(sip));
        missing.into_iter().collect()
    }

    /// Reads those users from the store: scope checks need their OUs.
    async fn load_users(&mut self, missing: Vec<String>) -> ApiResult<()> {
        if !missing.is_empty() {
            for user in self.tx.users_by_sip(&missing).await? {
                self.dir.put_user(user);
            }
            self.category_scopes.clear();
        }
        Ok(())
    }

    fn index_room(&mut self, key: (String, String), index: usize) {
        self.room_names.entry(key.1.clone()).or_default().push(index);
        self.room_index.insert(key, index);
    }

    /// Applies every operation; on success returns the results (ids are filled once written).
    pub async fn run(self, ops: Vec<Operation>, dry_run: bool) -> ApiResult<ChangesetResult> {
        Ok(self.run_keeping(ops, dry_run, false).await?.0)
    }

    /// As [`Engine::run`], and with `keep` also each operation's object as written, so a
    /// single-object endpoint answers with what it committed instead of reading it again.
    async fn run_keeping(
        mut self,
        ops: Vec<Operation>,
        dry_run: bool,
        keep: bool,
    ) -> ApiResult<(ChangesetResult, Vec<Option<Object>>)> {
        let mut errors = Vec::new();
        let ops_count = ops.len();
        // One result per operation: room for exactly those (a vector that doubles holds up
        // to twice that at its peak).
        self.results.reserve_exact(ops_count);
        self.op_refs.reserve_exact(ops_count);
        // The first operation that narrowed the directory answers for what that drops.
        let mut narrowed_by = None;
        for (index, op) in ops.into_iter().enumerate() {
            let kind = op.object.kind().to_string();
            let name = op.name.clone();
            let outcome = self.apply(op).await?;
            if let Some(progress) = &self.progress {
                progress.checked.fetch_add(1, Ordering::Relaxed);
            }
            if self.narrows_directory && narrowed_by.is_none() {
                narrowed_by = Some(index);
            }
            match outcome {
                Ok((outcome, objref, dropped)) => {
                    self.op_refs.push(objref);
                    self.results.push(OpResult { index, kind, name, outcome, id: None, revision: None, dropped });
                }
                Err(mut errs) => {
                    for e in &mut errs {
                        e.index = Some(index);
                    }
                    errors.extend(errs);
                    self.op_refs.push(None);
                    self.results.push(OpResult {
                        index,
                        kind,
                        name,
                        outcome: OpOutcome::Unchanged,
                        id: None,
                        revision: None,
                        dropped: vec![],
                    });
                }
            }
        }
        if errors.is_empty() {
            errors.extend(self.topology_homes().await?);
        }
        if !errors.is_empty() {
            let mut error = ApiError::from_errors(errors);
            error.0.current = self.conflict.take();
            return Err(error);
        }
        if let Some(index) = narrowed_by {
            let dropped = self.enforce_directory().await?;
            self.results[index].dropped.extend(dropped);
        }
        if !dry_run {
            let started = std::time::Instant::now();
            if ops_count >= LARGE_CHANGESET {
                tracing::info!(operations = ops_count, "changeset writing");
            }
            if let Some(progress) = &self.progress {
                progress.writing.store(true, Ordering::Relaxed);
            }
            self.flush().await?;
            tracing::debug!(flush_ms = started.elapsed().as_secs_f64() * 1e3, "changeset written");
        }
        let mut results = std::mem::take(&mut self.results);
        let objects = match keep {
            true => self.op_refs.iter().zip(&results).map(|(r, result)| self.object(*r, result)).collect(),
            false => Vec::new(),
        };
        for (result, objref) in results.iter_mut().zip(&self.op_refs) {
            let meta = match objref {
                Some(ObjRef::Category(i)) => Some(&self.categories[*i].obj.meta),
                Some(ObjRef::Room(i)) => Some(&self.rooms[*i].obj.meta),
                Some(ObjRef::Addin(i)) => Some(&self.addins[*i].obj.meta),
                Some(ObjRef::Policy(i)) => Some(&self.policies[*i].obj.meta),
                Some(ObjRef::ChatConfig(i)) => Some(&self.chat_configs[*i].obj.meta),
                Some(ObjRef::User) => self.dir.users.get(&result.name).map(|u| &u.meta),
                Some(ObjRef::Group) => self.dir.groups.get(&result.name).map(|g| &g.meta),
                Some(ObjRef::Topology(version)) => {
                    result.revision = Some(*version);
                    None
                }
                Some(ObjRef::Grant(_)) | None => None,
            };
            if let Some(meta) = meta {
                if result.outcome != OpOutcome::Deleted && meta.id != 0 {
                    result.id = Some(meta.id);
                    result.revision = Some(meta.revision);
                }
            }
        }
        self.drop_state_later();
        Ok((ChangesetResult { dry_run, results }, objects))
    }

    /// A large changeset's working state (every user it named, every room it read) takes a
    /// while to free; it is freed on a blocking thread once the answer is made, not on the
    /// way to the client.
    fn drop_state_later(&mut self) {
        if self.rooms.len() + self.dir.users.len() < 10_000 {
            return;
        }
        let state = (
            std::mem::take(&mut self.dir),
            std::mem::take(&mut self.rooms),
            std::mem::take(&mut self.room_index),
            std::mem::take(&mut self.room_names),
            std::mem::take(&mut self.category_scopes),
            std::mem::take(&mut self.user_writes),
        );
        tokio::task::spawn_blocking(move || drop(state));
    }

    fn object(&self, objref: Option<ObjRef>, result: &OpResult) -> Option<Object> {
        if result.outcome == OpOutcome::Deleted {
            return None;
        }
        Some(match objref? {
            ObjRef::Category(i) => Object::Category(self.categories[i].obj.clone()),
            ObjRef::Room(i) => Object::Room(self.rooms[i].obj.clone()),
            ObjRef::Addin(i) => Object::Addin(self.addins[i].obj.clone()),
            ObjRef::Policy(i) => Object::Policy(self.policies[i].obj.clone()),
            ObjRef::ChatConfig(i) => Object::ChatConfig(self.chat_configs[i].obj.clone()),
            ObjRef::User => Object::User(self.dir.users.get(&result.name)?.clone()),
            ObjRef::Group => Object::Group(self.dir.groups.get(&result.name)?.clone()),
            ObjRef::Grant(changed_users) => Object::Grant { changed_users },
            // Its route reads it back as stored.
            ObjRef::Topology(_) => return None,
        })
    }

    async fn apply(&mut self, op: Operation) -> ApiResult<Applied> {
        let Operation { op: action, name, pool, revision, object } = op;
        if !self.caller.is_admin() && !matches!(object, ObjectSpec::Room(_)) {
            return Err(ApiError::forbidden(format!(
                "changing a {} needs an administrator token; the token in use has role user",
                object.kind()
            )));
        }
        Ok(match object {
            ObjectSpec::User(spec) => {
                self.user_op(action, &name, revision, spec).map(|o| (o, Some(ObjRef::User), vec![]))
            }
            ObjectSpec::Group(spec) => {
                self.group_op(action, &name, revision, spec).map(|o| (o, Some(ObjRef::Group), vec![]))
            }
            ObjectSpec::Category(spec) => self.category_op(action, &name, pool, revision, spec).await?,
            ObjectSpec::Room(spec) => self.room_op(action, &name, pool, revision, spec).await?,
            ObjectSpec::Addin(spec) => self.addin_op(action, &name, pool, revision, spec).await?,
            ObjectSpec::Policy(spec) => self.policy_op(action, &name, revision, spec).await?,
            ObjectSpec::ChatConfig(spec) => self.config_op(action, &name, revision, spec),
            ObjectSpec::PolicyGrant(spec) => self.grant_op(action, &name, spec),
            ObjectSpec::Topology(spec) => self.topology_op(action, &name, revision, spec).await?,
        })
    }

    /// Checks an expected revision against the object's revision in the store (not one
    /// this changeset already bumped); a mismatch aborts the changeset with 409 and the
    /// object as it is now.
    fn stale(
        &mut self,
        kind: &'static str,
        name: &str,
        expected: Option<i64>,
        (id, working): (i64, i64),
        object: serde_json::Value,
    ) -> Option<FieldError> {
        let current = self.stored_revisions.get(&(kind, id)).copied().unwrap_or(working);
        match expected {
            Some(rev) if rev != current => {
                let e = err(
                    ErrorCode::StaleRevision,
                    Some("revision".to_string()),
                    format!("{kind} {name:?} is at revision {current}, not {rev}: it changed since it was read"),
                );
                if self.conflict.is_none() {
                    self.conflict = Some(object);
                }
                Some(e)
            }
            _ => None,
        }
    }

    /// The revision an object gets when this changeset changes it: its stored revision + 1,
    /// however many operations touch it.
    fn next_rev(&mut self, kind: &'static str, id: i64, working: i64) -> i64 {
        *self.stored_revisions.entry((kind, id)).or_insert(working) + 1
    }

    fn check_labels(labels: &Option<Labels>, errors: &mut OpErrors) {
        if let Some(labels) = labels {
            for (k, v) in labels {
                if k.is_empty()
                    || k.len() > 253
                    || v.len() > 1024
                    || k.chars().chain(v.chars()).any(crate::api::text::is_unsafe_char)
                {
                    errors.push(err(
                        ErrorCode::InvalidValue,
                        Some(format!("labels.{k}")),
                        "label keys are 1 to 253 characters and values at most 1024, without control or invisible characters",
                    ));
                }
            }
        }
    }

    /// The principals of a list as the directory knows them, normalised and without
    /// repeats; each unknown or malformed one is a problem at `field[i]`.
    fn principal_list(&self, field: &str, list: &[String], errors: &mut OpErrors) -> Vec<String> {
        let mut out: Vec<String> = Vec::with_capacity(list.len());
        // Repeats are found by hash, and only a repeated hash compares the texts: a list of
        // 16,000 members is not copied into a set to drop the odd repeat.
        let hasher = foldhash::fast::RandomState::default();
        let mut seen: HashSet<u64> = HashSet::with_capacity(list.len());
        for (i, raw) in list.iter().enumerate() {
            match self.dir.known(raw) {
                Ok(p) => {
                    let s = p.into_string();
                    let hash = std::hash::BuildHasher::hash_one(&hasher, &s);
                    if seen.insert(hash) || !out.contains(&s) {
                        out.push(s);
                    }
                }
                Err(BadPrincipal::Malformed(detail)) => {
                    errors.push(err(ErrorCode::MalformedPrincipal, Some(format!("{field}[{i}]")), detail))
                }
                Err(BadPrincipal::NotInDirectory(detail)) => {
                    errors.push(err(ErrorCode::UnknownPrincipal, Some(format!("{field}[{i}]")), detail))
                }
            }
        }
        out
    }

    // ---------------------------------------------------------------- writing

    /// Writes the working state, and what compliance records of it.
    async fn flush(&mut self) -> ApiResult<()> {
        let before = self.compliance_before().await?;
        self.write_state().await?;
        self.write_topology().await?;
        if let Some(before) = before {
            self.record_compliance(before).await?;
        }
        Ok(())
    }

    /// Writes the working state: inserts in sets, then updates, then deletes.
    async fn write_state(&mut self) -> ApiResult<()> {
        let tx = &mut *self.tx;
        // Rooms go first so categories and add-ins they held can follow them out.
        for r in &self.rooms {
            if r.state == WriteState::Deleted && r.obj.meta.id != 0 {
                tx.delete_room(r.obj.meta.id).await?;
            }
        }
        let mut created: Vec<(&String, &User)> = Vec::new();
        for (sip, state) in &self.user_writes {
            let Some(user) = self.dir.users.get(sip) else { continue };
            match state {
                WriteState::Created => created.push((sip, user)),
                WriteState::Changed => tx.update_user(user).await?,
                _ => {}
            }
        }
        let started = std::time::Instant::now();
        if !created.is_empty() {
            // In address order, so the index on it grows at its end rather than all over
            // (a third of the time for 150,000 users), and ids follow addresses.
            created.sort_unstable_by_key(|(sip, _)| *sip);
            let (sips, new_users): (Vec<&String>, Vec<&User>) = created.into_iter().unzip();
            let ids = tx.insert_users(&new_users).await?;
            set_ids(&mut self.dir.users, sips, ids, |u| &mut u.meta);
        }
        tracing::debug!(ms = started.elapsed().as_secs_f64() * 1e3, "flush: users");
        // Groups in name order so nested groups insert deterministically.
        let mut group_names: Vec<&String> = self.group_writes.keys().collect();
        group_names.sort();
        let mut created: Vec<(&String, &Group)> = Vec::new();
        for name in group_names {
            let Some(group) = self.dir.groups.get(name) else { continue };
            match self.group_writes[name] {
                WriteState::Created => created.push((name, group)),
                WriteState::Changed => tx.update_group(group).await?,
                _ => {}
            }
        }
        if !created.is_empty() {
            // All at once: a few statements for 2,000 groups and their members, not two each.
            let (names, new_groups): (Vec<&String>, Vec<&Group>) = created.into_iter().unzip();
            let ids = tx.insert_groups(&new_groups).await?;
            set_ids(&mut self.dir.groups, names, ids, |g| &mut g.meta);
        }
        tracing::debug!(ms = started.elapsed().as_secs_f64() * 1e3, "flush: users and groups");
        let started = std::time::Instant::now();
        for a in &mut self.addins {
            match a.state {
                WriteState::Created => tx.insert_addin(&mut a.obj).await?,
                WriteState::Changed => tx.update_addin(&a.obj).await?,
                _ => {}
            }
        }
        for c in &mut self.categories {
            match c.state {
                WriteState::Created => tx.insert_category(&mut c.obj).await?,
                WriteState::Changed => tx.update_category(&c.obj).await?,
                _ => {}
            }
        }
        for p in &mut self.policies {
            match p.state {
                WriteState::Created => tx.insert_policy(&mut p.obj).await?,
                WriteState::Changed => tx.update_policy(&p.obj).await?,
                _ => {}
            }
        }
        for c in &mut self.chat_configs {
            match c.state {
                WriteState::Created => tx.insert_config_scope(&mut c.obj).await?,
                WriteState::Changed => tx.update_config_scope(&c.obj).await?,
                _ => {}
            }
        }
        tracing::debug!(
            ms = started.elapsed().as_secs_f64() * 1e3,
            "flush: add-ins, categories, policies, configuration"
        );
        let started = std::time::Instant::now();
        // Rooms: set-based insert of the new ones, then the updates.
        let addin_id = |i: Option<usize>| i.map(|i| self.addins[i].obj.meta.id);
        let new_rooms: Vec<usize> =
            (0..self.rooms.len()).filter(|&i| self.rooms[i].state == WriteState::Created).collect();
        if !new_rooms.is_empty() {
            let writes: Vec<RoomWrite<'_>> = new_rooms
                .iter()
                .map(|&i| RoomWrite {
                    room: &self.rooms[i].obj,
                    category_id: self.categories[self.room_links[i].category].obj.meta.id,
                    addin_id: addin_id(self.room_links[i].addin),
                })
                .collect();
            let ids = tx.insert_rooms(&writes).await?;
            drop(writes);
            for (&i, id) in new_rooms.iter().zip(ids) {
                self.rooms[i].obj.meta.id = id;
            }
        }
        for i in 0..self.rooms.len() {
            if self.rooms[i].state == WriteState::Changed {
                let write = RoomWrite {
                    room: &self.rooms[i].obj,
                    category_id: self.categories[self.room_links[i].category].obj.meta.id,
                    addin_id: addin_id(self.room_links[i].addin),
                };
                tx.update_room(&write, self.room_links[i].principals_changed).await?;
            }
        }
        tracing::debug!(ms = started.elapsed().as_secs_f64() * 1e3, rooms = new_rooms.len(), "flush: rooms");
        for c in &self.categories {
            if c.state == WriteState::Deleted && c.obj.meta.id != 0 {
                tx.delete_category(c.obj.meta.id).await?;
            }
        }
        for a in &self.addins {
            if a.state == WriteState::Deleted && a.obj.meta.id != 0 {
                tx.delete_addin(a.obj.meta.id).await?;
            }
        }
        for id in &self.group_deletes {
            tx.delete_group(*id).await?;
        }
        for id in &self.user_deletes {
            tx.delete_user(*id).await?;
        }
        for p in &self.policies {
            if p.state == WriteState::Deleted && p.obj.meta.id != 0 {
                tx.delete_policy(p.obj.meta.id).await?;
            }
        }
        for c in &self.chat_configs {
            if c.state == WriteState::Deleted && c.obj.meta.id != 0 {
                tx.delete_config_scope(c.obj.meta.id).await?;
            }
        }
        for t in &mut self.new_tokens {
            t.written = Some(tx.insert_token(&t.hash, t.role, t.owner.as_deref(), &t.description, now_ms()).await?);
        }
        for id in &self.revoked_tokens {
            // Checked live when the operation ran, inside this same write transaction.
            if !tx.revoke_token(*id, now_ms()).await? {
                return Err(ApiError::internal(format!("token {id} could not be revoked")));
            }
        }
        Ok(())
    }
}

/// A copy of the object for a 409 answer (`current`), made only when the operation asked
/// for a revision: only then can it conflict.
fn conflict_copy<T: serde::Serialize>(revision: Option<i64>, object: &T) -> serde_json::Value {
    match revision {
        Some(_) => serde_json::to_value(object).unwrap_or_default(),
        None => serde_json::Value::Null,
    }
}

fn resolve_upsert(action: OpAction, exists: bool) -> OpAction {
    match action {
        OpAction::Upsert if exists => OpAction::Update,
        OpAction::Upsert => OpAction::Create,
        other => other,
    }
}

/// The users and room names an operation mentions, so they can be read in one go.
fn collect_references(
    op: &Operation,
    sips: &mut HashSet<String>,
    groups: &mut HashSet<String>,
    rooms: &mut HashSet<String>,
) {
    let mut add_list = |list: &Option<Vec<String>>| {
        for p in list.iter().flatten() {
            match Principal::parse(p) {
                Ok(Principal::User(sip)) => {
                    sips.insert(sip);
                }
                Ok(Principal::Group(name)) => {
                    groups.insert(name);
                }
                _ => {}
            }
        }
    };
    match &op.object {
        ObjectSpec::User(_) => {
            if let Ok(Principal::User(sip)) = Principal::parse(&op.name) {
                sips.insert(sip);
            }
        }
        ObjectSpec::Group(g) => add_list(&g.members),
        ObjectSpec::Category(c) => {
            add_list(&c.allowed_members);
            add_list(&c.denied_members);
            add_list(&c.creators);
            rooms.insert(op.name.clone());
            if let Some(n) = &c.name {
                rooms.insert(n.clone());
            }
        }
        ObjectSpec::PolicyGrant(g) => {
            for p in &g.users {
                if let Ok(Principal::User(sip)) = Principal::parse(p) {
                    sips.insert(sip);
                }
            }
        }
        ObjectSpec::Room(r) => {
            add_list(&r.members);
            add_list(&r.managers);
            add_list(&r.presenters);
            for change in r.add.iter().chain(&r.remove) {
                match Principal::parse(&change.principal) {
                    Ok(Principal::User(sip)) => {
                        sips.insert(sip);
                    }
                    Ok(Principal::Group(name)) => {
                        groups.insert(name);
                    }
                    _ => {}
                }
            }
            rooms.insert(op.name.clone());
            if let Some(n) = &r.name {
                rooms.insert(n.clone());
            }
        }
        _ => {}
    }
}

/// An object as one operation wrote it.
#[derive(Debug, Clone)]
pub enum Object {
    User(User),
    Group(Group),
    Category(Category),
    Room(Room),
    Addin(Addin),
    Policy(Policy),
    ChatConfig(ChatConfigScope),
    /// A grant (`policy_grant`): how many users' grant it changed.
    Grant {
        changed_users: u64,
    },
}

/// The object a single-object endpoint answers with, taken out of what the engine wrote.
macro_rules! object_kinds {
    ($($variant:ident($t:ty)),+) => {$(
        impl TryFrom<Object> for $t {
            type Error = Object;
            fn try_from(object: Object) -> Result<$t, Object> {
                match object {
                    Object::$variant(inner) => Ok(inner),
                    other => Err(other),
                }
            }
        }
    )+};
}
object_kinds!(
    User(User),
    Group(Group),
    Category(Category),
    Room(Room),
    Addin(Addin),
    Policy(Policy),
    ChatConfig(ChatConfigScope)
);

/// Gives the objects a set-based insert wrote, found by name, the ids it answered (in the
/// order of `names`).
fn set_ids<T>(
    objects: &mut HashMap<String, T>,
    names: Vec<&String>,
    ids: Vec<i64>,
    meta: impl Fn(&mut T) -> &mut Meta,
) {
    for (name, id) in names.into_iter().zip(ids) {
        if let Some(object) = objects.get_mut(name) {
            meta(object).id = id;
        }
    }
}

/// Runs a changeset in one write transaction; commits unless it is a dry run.
pub async fn execute(
    store: &dyn crate::store::Store,
    caller: Caller,
    request: ChangesetRequest,
) -> ApiResult<ChangesetResult> {
    Ok(execute_keeping(store, caller, request, false).await?.0)
}

/// As [`execute`], counting its progress into `progress` as it goes.
pub async fn execute_with_progress(
    store: &dyn crate::store::Store,
    caller: Caller,
    request: ChangesetRequest,
    progress: Arc<Progress>,
) -> ApiResult<ChangesetResult> {
    Ok(execute_inner(store, caller, request, false, Some(progress)).await?.0)
}

/// Runs one operation and answers with the object as committed: the answer and the
/// transaction's outcome are one decision, never a write followed by a read that may fail.
pub async fn execute_one(
    store: &dyn crate::store::Store,
    caller: Caller,
    operation: Operation,
) -> ApiResult<(OpResult, Option<Object>)> {
    let request = ChangesetRequest { dry_run: false, allow_destroy: false, operations: vec![operation] };
    let (mut result, mut objects) = execute_keeping(store, caller, request, true).await?;
    Ok((result.results.remove(0), objects.pop().flatten()))
}

/// Changesets of at least this many operations say in the log when they start.
const LARGE_CHANGESET: usize = 1_000;

async fn execute_keeping(
    store: &dyn crate::store::Store,
    caller: Caller,
    request: ChangesetRequest,
    keep: bool,
) -> ApiResult<(ChangesetResult, Vec<Option<Object>>)> {
    execute_inner(store, caller, request, keep, None).await
}

async fn execute_inner(
    store: &dyn crate::store::Store,
    caller: Caller,
    request: ChangesetRequest,
    keep: bool,
    progress: Option<Arc<Progress>>,
) -> ApiResult<(ChangesetResult, Vec<Option<Object>>)> {
    let started = std::time::Instant::now();
    let operations = request.operations.len();
    let mut tx = store.write().await?;
    // A large changeset holds the write lock for a while: the log says when it starts.
    if operations >= LARGE_CHANGESET {
        tracing::info!(operations, dry_run = request.dry_run, "changeset started");
    }
    let mut engine = Engine::load(&mut *tx, caller, &request.operations).await?;
    engine.progress = progress;
    engine.allow_destroy = request.allow_destroy;
    let loaded = started.elapsed();
    let result = engine.run_keeping(request.operations, request.dry_run, keep).await?;
    let ran = started.elapsed();
    if !request.dry_run {
        tx.commit().await?;
    }
    tracing::debug!(
        operations,
        dry_run = request.dry_run,
        load_ms = loaded.as_secs_f64() * 1e3,
        run_ms = (ran - loaded).as_secs_f64() * 1e3,
        commit_ms = (started.elapsed() - ran).as_secs_f64() * 1e3,
        "changeset"
    );
    Ok(result)
}
