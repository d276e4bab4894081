//! The changeset engine: every write of the management API goes through here, as a list
//! of operations validated together and written in one transaction.
//!
//! It reads what the operations touch once (all categories, add-ins, groups, policies and
//! configuration scopes; the users and rooms named), applies the operations in order to
//! that in-memory state while collecting every error, and then writes the result with
//! set-based inserts. Nothing is written when any operation fails, or on a dry run.

use std::collections::{HashMap, HashSet};

use crate::api::validate::{self, DEFAULT_POOL};
use crate::api::*;
use crate::store::{format_ms, now_ms, RoomWrite, Tx};

use super::auth::Caller;
use super::error::{ApiError, ApiResult};
use super::scope::{describe_scope, Directory, Scope, Unknown};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Clean,
    New,
    Dirty,
    Deleted,
}

struct Slot<T> {
    obj: T,
    state: State,
}

impl<T> Slot<T> {
    fn clean(obj: T) -> Slot<T> {
        Slot { obj, state: State::Clean }
    }
    fn live(&self) -> bool {
        self.state != State::Deleted
    }
    fn touch(&mut self) {
        if self.state == State::Clean {
            self.state = State::Dirty;
        }
    }
}

struct RoomSlot {
    category: usize,
    addin: Option<usize>,
    principals_changed: bool,
}

#[derive(Clone, Copy)]
enum ObjRef {
    User,
    Group,
    Category(usize),
    Room(usize),
    Addin(usize),
    Policy(usize),
    Config(usize),
}

type OpErrors = Vec<FieldError>;

fn err(code: ErrorCode, field: impl Into<Option<String>>, detail: impl Into<String>) -> FieldError {
    FieldError { index: None, field: field.into(), code, detail: detail.into() }
}

fn invalid_at(field: &str, e: validate::Invalid) -> FieldError {
    err(e.code, Some(field.to_string()), e.detail)
}

pub struct Engine<'t> {
    tx: &'t mut dyn Tx,
    caller: Caller,
    now: String,
    dir: Directory,
    user_writes: HashMap<String, State>,
    user_deletes: Vec<i64>,
    group_writes: HashMap<String, State>,
    group_deletes: Vec<i64>,
    categories: Vec<Slot<Category>>,
    addins: Vec<Slot<Addin>>,
    rooms: Vec<Slot<Room>>,
    room_meta: Vec<RoomSlot>,
    room_index: HashMap<(String, String), usize>,
    /// name → every room slot that ever had it (any pool); filtered by liveness on use.
    room_names: HashMap<String, Vec<usize>>,
    rooms_loaded_for: HashSet<usize>,
    /// (pool, name as stored) → add-in slot, for add-ins this changeset renamed.
    addin_renames: HashMap<(String, String), usize>,
    policies: Vec<Slot<Policy>>,
    configs: Vec<Slot<ChatConfigScope>>,
    scopes: HashMap<usize, Scope>,
    refs: Vec<Option<ObjRef>>,
    results: Vec<OpResult>,
    conflict: Option<serde_json::Value>,
    /// (kind, id) → revision in the store, for objects this changeset has changed.
    bases: HashMap<(&'static str, i64), i64>,
    /// Users this changeset deleted: rooms read later must not bring them back.
    deleted_users: HashSet<String>,
    /// Set by a directory change that can take stored room entries out of their scope (a
    /// user moved to another OU or deleted, a group's members changed or the group deleted).
    narrows_directory: bool,
}

impl<'t> Engine<'t> {
    /// Reads the state the operations need.
    pub async fn load(tx: &'t mut dyn Tx, caller: Caller, ops: &[Operation]) -> ApiResult<Engine<'t>> {
        let mut sips: HashSet<String> = HashSet::new();
        let mut room_names: HashSet<String> = HashSet::new();
        if let Some(owner) = &caller.owner {
            sips.insert(owner.clone());
        }
        for op in ops {
            collect_references(op, &mut sips, &mut room_names);
        }
        let groups = tx.all_groups().await?;
        for g in &groups {
            for m in &g.members {
                if m.starts_with("sip:") {
                    sips.insert(m.clone());
                }
            }
        }
        let sips: Vec<String> = sips.into_iter().collect();
        let users = tx.users_by_sip(&sips).await?;
        let ous = tx.user_ous().await?;
        let dir = Directory::new(users, groups, ous);
        // Authentication refuses such tokens already; the engine, which every write goes
        // through, holds the same line inside the write transaction.
        if !caller.is_admin() && !caller.owner.as_ref().and_then(|o| dir.users.get(o)).is_some_and(|u| u.enabled) {
            return Err(ApiError::new(
                ErrorCode::AccountDisabled,
                "the user this token acts for is disabled or no longer in the directory",
            ));
        }
        let categories = tx.all_categories().await?.into_iter().map(Slot::clean).collect();
        let addins = tx.all_addins().await?.into_iter().map(Slot::clean).collect();
        let policies = tx.all_policies().await?.into_iter().map(Slot::clean).collect();
        let configs = tx.all_config_scopes().await?.into_iter().map(Slot::clean).collect();
        let names: Vec<String> = room_names.into_iter().collect();
        let existing_rooms = tx.rooms_by_name(&names).await?;
        let now = format_ms(now_ms());
        let mut engine = Engine {
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
            categories,
            addins,
            rooms: Vec::new(),
            room_meta: Vec::new(),
            room_index: HashMap::new(),
            room_names: HashMap::new(),
            rooms_loaded_for: HashSet::new(),
            addin_renames: HashMap::new(),
            policies,
            configs,
            scopes: HashMap::new(),
            refs: Vec::new(),
            results: Vec::new(),
            conflict: None,
            bases: HashMap::new(),
        };
        engine.adopt_rooms(existing_rooms, None).await?;
        Ok(engine)
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
            self.rooms.push(Slot::clean(room));
            self.room_meta.push(RoomSlot { category, addin, principals_changed: false });
        }
        Ok(())
    }

    /// The users among these principals that the working directory lacks; users this
    /// changeset deleted stay deleted.
    fn missing_users<'p>(&self, principals: impl Iterator<Item = &'p String>) -> Vec<String> {
        let missing: HashSet<&String> = principals
            .filter(|p| p.starts_with("sip:") && !self.dir.users.contains_key(*p) && !self.deleted_users.contains(*p))
            .collect();
        missing.into_iter().cloned().collect()
    }

    /// Reads those users from the store: scope checks need their OUs.
    async fn load_users(&mut self, missing: Vec<String>) -> ApiResult<()> {
        if !missing.is_empty() {
            for user in self.tx.users_by_sip(&missing).await? {
                self.dir.put_user(user);
            }
            self.scopes.clear();
        }
        Ok(())
    }

    fn index_room(&mut self, key: (String, String), slot: usize) {
        self.room_names.entry(key.1.clone()).or_default().push(slot);
        self.room_index.insert(key, slot);
    }

    /// Reads the stored rooms that use an add-in into the working state.
    async fn load_rooms_using_addin(&mut self, addin: usize) -> ApiResult<()> {
        let a = &self.addins[addin].obj;
        // The name it is stored under, even if this changeset renamed it.
        let stored_name = self
            .addin_renames
            .iter()
            .find(|(_, &slot)| slot == addin)
            .map(|((_, old), _)| old.clone())
            .unwrap_or_else(|| a.name.clone());
        let filter =
            crate::store::RoomFilter { addin: Some(stored_name), pool: Some(a.pool.clone()), ..Default::default() };
        let mut after = None;
        loop {
            let rooms = self.tx.list_rooms(&filter, after.as_ref(), MAX_PAGE_SIZE).await?;
            let full = rooms.len() == MAX_PAGE_SIZE;
            after = rooms.last().map(|r| crate::store::After { name: r.name.clone(), id: r.meta.id });
            self.adopt_rooms(rooms, None).await?;
            if !full {
                return Ok(());
            }
        }
    }

    async fn load_rooms_of(&mut self, category: usize) -> ApiResult<()> {
        if self.categories[category].state == State::New || !self.rooms_loaded_for.insert(category) {
            return Ok(());
        }
        let rooms = self.tx.rooms_in_category(self.categories[category].obj.meta.id).await?;
        self.adopt_rooms(rooms, Some(category)).await
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
        // The first operation that narrowed the directory answers for what that drops.
        let mut narrowed_by = None;
        for (index, op) in ops.into_iter().enumerate() {
            let kind = op.object.kind().to_string();
            let name = op.name.clone();
            let outcome = self.apply(op).await?;
            if self.narrows_directory && narrowed_by.is_none() {
                narrowed_by = Some(index);
            }
            match outcome {
                Ok((outcome, objref, dropped)) => {
                    self.refs.push(objref);
                    self.results.push(OpResult { index, kind, name, outcome, id: None, revision: None, dropped });
                }
                Err(mut errs) => {
                    for e in &mut errs {
                        e.index = Some(index);
                    }
                    errors.extend(errs);
                    self.refs.push(None);
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
            self.flush().await?;
            tracing::debug!(flush_ms = started.elapsed().as_secs_f64() * 1e3, "changeset written");
        }
        let mut results = std::mem::take(&mut self.results);
        let objects = match keep {
            true => self.refs.iter().zip(&results).map(|(r, result)| self.object(*r, result)).collect(),
            false => Vec::new(),
        };
        for (result, objref) in results.iter_mut().zip(&self.refs) {
            let meta = match objref {
                Some(ObjRef::Category(i)) => Some(&self.categories[*i].obj.meta),
                Some(ObjRef::Room(i)) => Some(&self.rooms[*i].obj.meta),
                Some(ObjRef::Addin(i)) => Some(&self.addins[*i].obj.meta),
                Some(ObjRef::Policy(i)) => Some(&self.policies[*i].obj.meta),
                Some(ObjRef::Config(i)) => Some(&self.configs[*i].obj.meta),
                Some(ObjRef::User) => self.dir.users.get(&result.name).map(|u| &u.meta),
                Some(ObjRef::Group) => self.dir.groups.get(&result.name).map(|g| &g.meta),
                None => None,
            };
            if let Some(meta) = meta {
                if result.outcome != OpOutcome::Deleted && meta.id != 0 {
                    result.id = Some(meta.id);
                    result.revision = Some(meta.revision);
                }
            }
        }
        Ok((ChangesetResult { dry_run, results }, objects))
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
            ObjRef::Config(i) => Object::Config(self.configs[i].obj.clone()),
            ObjRef::User => Object::User(self.dir.users.get(&result.name)?.clone()),
            ObjRef::Group => Object::Group(self.dir.groups.get(&result.name)?.clone()),
        })
    }

    async fn apply(&mut self, op: Operation) -> ApiResult<Result<(OpOutcome, Option<ObjRef>, Vec<Dropped>), OpErrors>> {
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
            ObjectSpec::PolicyGrant(spec) => self.grant_op(action, &name, spec).map(|o| (o, None, vec![])),
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
        (id, in_memory): (i64, i64),
        object: serde_json::Value,
    ) -> Option<FieldError> {
        let current = self.bases.get(&(kind, id)).copied().unwrap_or(in_memory);
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
    fn next_rev(&mut self, kind: &'static str, id: i64, in_memory: i64) -> i64 {
        *self.bases.entry((kind, id)).or_insert(in_memory) + 1
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

    fn principal_list(&self, field: &str, list: &[String], errors: &mut OpErrors) -> Vec<String> {
        let mut out = Vec::with_capacity(list.len());
        let mut seen = HashSet::new();
        for (i, raw) in list.iter().enumerate() {
            match self.dir.known(raw) {
                Ok(p) => {
                    let s = p.to_string();
                    if seen.insert(s.clone()) {
                        out.push(s);
                    }
                }
                Err(Unknown::Malformed(detail)) => {
                    errors.push(err(ErrorCode::MalformedPrincipal, Some(format!("{field}[{i}]")), detail))
                }
                Err(Unknown::NotInDirectory(detail)) => {
                    errors.push(err(ErrorCode::UnknownPrincipal, Some(format!("{field}[{i}]")), detail))
                }
            }
        }
        out
    }

    // ---------------------------------------------------------------- users and groups

    fn user_op(
        &mut self,
        action: OpAction,
        name: &str,
        revision: Option<i64>,
        spec: UserSpec,
    ) -> Result<OpOutcome, OpErrors> {
        let sip = match Principal::parse(name) {
            Ok(Principal::User(sip)) => sip,
            _ => {
                return Err(vec![err(
                    ErrorCode::MalformedPrincipal,
                    Some("name".into()),
                    format!("{name:?} is not a user SIP URI (sip:NAME@DOMAIN)"),
                )])
            }
        };
        let existing = self.dir.users.get(&sip).cloned();
        let action = resolve_upsert(action, existing.is_some());
        let mut errors = Vec::new();
        match (action, existing) {
            (OpAction::Create, Some(_)) => {
                Err(vec![err(ErrorCode::DuplicateName, Some("name".into()), format!("user {sip} already exists"))])
            }
            (OpAction::Update | OpAction::Delete, None) => {
                Err(vec![err(ErrorCode::NotFound, Some("name".into()), format!("user {sip} does not exist"))])
            }
            (OpAction::Delete, Some(user)) => {
                if let Some(e) =
                    self.stale("user", &sip, revision, (user.meta.id, user.meta.revision), json_if(revision, &user))
                {
                    return Err(vec![e]);
                }
                if self.user_writes.get(&sip) == Some(&State::New) {
                    self.user_writes.remove(&sip);
                } else {
                    self.user_deletes.push(user.meta.id);
                    self.user_writes.remove(&sip);
                }
                self.dir.remove_user(&sip);
                self.deleted_users.insert(sip.clone());
                self.narrows_directory = true;
                self.scopes.clear();
                Ok(OpOutcome::Deleted)
            }
            (_, current) => {
                let is_new = current.is_none();
                let mut user = current.clone().unwrap_or(User {
                    sip: sip.clone(),
                    display_name: sip.trim_start_matches("sip:").split('@').next().unwrap_or_default().to_string(),
                    ou: String::new(),
                    site: String::new(),
                    enabled: true,
                    policy: None,
                    meta: Meta {
                        id: 0,
                        revision: 1,
                        created_at: self.now.clone(),
                        updated_at: self.now.clone(),
                        labels: Labels::new(),
                    },
                });
                if let Some(c) = &current {
                    if let Some(e) =
                        self.stale("user", &sip, revision, (c.meta.id, c.meta.revision), json_if(revision, c))
                    {
                        return Err(vec![e]);
                    }
                }
                if let Some(v) = spec.display_name {
                    if let Err(e) = validate::name("display name", &v, validate::DISPLAY_NAME_MAX) {
                        errors.push(invalid_at("display_name", e));
                    }
                    user.display_name = v;
                }
                if let Some(v) = spec.ou {
                    let path = v.trim_matches('/').to_string();
                    if let Err(e) = validate::line("OU", &path) {
                        errors.push(invalid_at("ou", e));
                    } else if path.is_empty() || path.split('/').any(|s| s.trim().is_empty()) {
                        errors.push(err(
                            ErrorCode::InvalidValue,
                            Some("ou".into()),
                            format!("OU {v:?} must be a path like contoso/eng"),
                        ));
                    }
                    user.ou = path;
                } else if is_new {
                    errors.push(err(
                        ErrorCode::Required,
                        Some("ou".into()),
                        "a new user needs an OU (e.g. contoso/eng)",
                    ));
                }
                if let Some(v) = spec.site {
                    if let Err(e) = validate::name("site", &v, validate::NAME_MAX) {
                        errors.push(invalid_at("site", e));
                    }
                    user.site = v;
                } else if is_new {
                    errors.push(err(ErrorCode::Required, Some("site".into()), "a new user needs a site"));
                }
                if let Some(v) = spec.enabled {
                    user.enabled = v;
                }
                Self::check_labels(&spec.labels, &mut errors);
                if let Some(l) = spec.labels {
                    user.meta.labels = l;
                }
                if !errors.is_empty() {
                    return Err(errors);
                }
                if current.as_ref() == Some(&user) {
                    return Ok(OpOutcome::Unchanged);
                }
                if !is_new {
                    user.meta.revision = self.next_rev("user", user.meta.id, user.meta.revision);
                    user.meta.updated_at = self.now.clone();
                }
                if current.as_ref().is_some_and(|c| c.ou != user.ou) {
                    self.narrows_directory = true;
                }
                let state = if is_new { State::New } else { *self.user_writes.get(&sip).unwrap_or(&State::Dirty) };
                self.user_writes.insert(sip.clone(), if state == State::Clean { State::Dirty } else { state });
                self.dir.put_user(user);
                self.scopes.clear();
                Ok(if is_new { OpOutcome::Created } else { OpOutcome::Updated })
            }
        }
    }

    fn group_op(
        &mut self,
        action: OpAction,
        name: &str,
        revision: Option<i64>,
        spec: GroupSpec,
    ) -> Result<OpOutcome, OpErrors> {
        if let Err(e) = validate::group_name(name) {
            return Err(vec![invalid_at("name", e)]);
        }
        let existing = self.dir.groups.get(name).cloned();
        let action = resolve_upsert(action, existing.is_some());
        let mut errors = Vec::new();
        match (action, existing) {
            (OpAction::Create, Some(_)) => {
                Err(vec![err(ErrorCode::DuplicateName, Some("name".into()), format!("group {name} already exists"))])
            }
            (OpAction::Update | OpAction::Delete, None) => {
                Err(vec![err(ErrorCode::NotFound, Some("name".into()), format!("group {name} does not exist"))])
            }
            (OpAction::Delete, Some(group)) => {
                if let Some(e) =
                    self.stale("group", name, revision, (group.meta.id, group.meta.revision), json_if(revision, &group))
                {
                    return Err(vec![e]);
                }
                if self.group_writes.remove(name) != Some(State::New) {
                    self.group_deletes.push(group.meta.id);
                }
                self.dir.remove_group(name);
                self.narrows_directory = true;
                self.scopes.clear();
                Ok(OpOutcome::Deleted)
            }
            (_, current) => {
                let is_new = current.is_none();
                let mut group = current.clone().unwrap_or(Group {
                    name: name.to_string(),
                    description: String::new(),
                    members: Vec::new(),
                    meta: Meta {
                        id: 0,
                        revision: 1,
                        created_at: self.now.clone(),
                        updated_at: self.now.clone(),
                        labels: Labels::new(),
                    },
                });
                if let Some(c) = &current {
                    if let Some(e) =
                        self.stale("group", name, revision, (c.meta.id, c.meta.revision), json_if(revision, c))
                    {
                        return Err(vec![e]);
                    }
                }
                if let Some(d) = spec.description {
                    if let Err(e) = validate::description("group description", &d) {
                        errors.push(invalid_at("description", e));
                    }
                    group.description = d;
                }
                if let Some(members) = spec.members {
                    group.members = self.principal_list("members", &members, &mut errors);
                    for (i, m) in group.members.iter().enumerate() {
                        if let Some(child) = m.strip_prefix("group:") {
                            if child == name || self.dir.reaches_group(child, name) {
                                errors.push(err(
                                    ErrorCode::GroupCycle,
                                    Some(format!("members[{i}]")),
                                    format!("group {name} cannot contain group:{child}: {child} already contains {name}, which would make a cycle"),
                                ));
                            }
                        }
                    }
                }
                Self::check_labels(&spec.labels, &mut errors);
                if let Some(l) = spec.labels {
                    group.meta.labels = l;
                }
                if !errors.is_empty() {
                    return Err(errors);
                }
                if current.as_ref() == Some(&group) {
                    return Ok(OpOutcome::Unchanged);
                }
                if !is_new {
                    group.meta.revision = self.next_rev("group", group.meta.id, group.meta.revision);
                    group.meta.updated_at = self.now.clone();
                }
                if current.as_ref().is_some_and(|c| c.members != group.members) {
                    self.narrows_directory = true;
                }
                let state = if is_new { State::New } else { *self.group_writes.get(name).unwrap_or(&State::Dirty) };
                self.group_writes.insert(name.to_string(), state);
                self.dir.put_group(group);
                self.scopes.clear();
                Ok(if is_new { OpOutcome::Created } else { OpOutcome::Updated })
            }
        }
    }

    // ---------------------------------------------------------------- categories

    fn find_category(&self, name: &str, pool: Option<&str>, field: &str) -> Result<usize, FieldError> {
        let matches: Vec<usize> = self
            .categories
            .iter()
            .enumerate()
            .filter(|(_, c)| c.live() && c.obj.name == name && pool.is_none_or(|p| c.obj.pool == p))
            .filter(|(_, c)| self.caller_sees_category(&c.obj))
            .map(|(i, _)| i)
            .collect();
        match matches.as_slice() {
            [one] => Ok(*one),
            [] => Err(err(
                ErrorCode::UnknownReference,
                Some(field.to_string()),
                match pool {
                    Some(p) => format!("category {name:?} does not exist in pool {p}"),
                    None => format!("category {name:?} does not exist"),
                },
            )),
            _ => Err(err(
                ErrorCode::Ambiguous,
                Some(field.to_string()),
                format!("category {name:?} exists in several pools; give the pool"),
            )),
        }
    }

    /// The live room that holds this name in the pool, visible to the caller or not.
    fn room_taking(&self, pool: &str, name: &str) -> Option<usize> {
        self.room_index.get(&(pool.to_string(), name.to_string())).copied().filter(|&i| self.rooms[i].live())
    }

    fn room_name_taken(&self, pool: &str, name: &str) -> bool {
        self.room_index.get(&(pool.to_string(), name.to_string())).is_some_and(|&i| self.rooms[i].live())
    }

    async fn category_op(
        &mut self,
        action: OpAction,
        name: &str,
        pool: Option<String>,
        revision: Option<i64>,
        spec: CategorySpec,
    ) -> ApiResult<Result<(OpOutcome, Option<ObjRef>, Vec<Dropped>), OpErrors>> {
        let mut pool_hint = pool.clone().or_else(|| spec.pool.clone());
        if action == OpAction::Create {
            // Names are unique per pool: a create looks only in the pool it creates in.
            pool_hint.get_or_insert_with(|| DEFAULT_POOL.to_string());
        }
        let existing = match self.find_category(name, pool_hint.as_deref(), "name") {
            Ok(i) => Some(i),
            Err(e) if e.code == ErrorCode::Ambiguous => return Ok(Err(vec![e])),
            Err(_) => None,
        };
        let action = resolve_upsert(action, existing.is_some());
        let mut errors = Vec::new();
        match (action, existing) {
            (OpAction::Create, Some(i)) => Ok(Err(vec![err(
                ErrorCode::DuplicateName,
                Some("name".into()),
                format!("category {name:?} already exists in pool {}", self.categories[i].obj.pool),
            )])),
            (OpAction::Update | OpAction::Delete, None) => Ok(Err(vec![err(
                ErrorCode::NotFound,
                Some("name".into()),
                format!("category {name:?} does not exist"),
            )])),
            (OpAction::Delete, Some(i)) => {
                let (rev, json) = (
                    (self.categories[i].obj.meta.id, self.categories[i].obj.meta.revision),
                    json_if(revision, &self.categories[i].obj),
                );
                if let Some(e) = self.stale("category", name, revision, rev, json) {
                    return Ok(Err(vec![e]));
                }
                self.load_rooms_of(i).await?;
                let held: Vec<&str> = self
                    .rooms
                    .iter()
                    .zip(&self.room_meta)
                    .filter(|(r, m)| r.live() && m.category == i)
                    .map(|(r, _)| r.obj.name.as_str())
                    .collect();
                if !held.is_empty() {
                    let shown: Vec<&str> = held.iter().take(5).copied().collect();
                    return Ok(Err(vec![err(
                        ErrorCode::CategoryNotEmpty,
                        None,
                        format!(
                            "category {name:?} still holds {} room{} ({}{}); delete or move them first",
                            held.len(),
                            if held.len() == 1 { "" } else { "s" },
                            shown.join(", "),
                            if held.len() > 5 { ", ..." } else { "" }
                        ),
                    )]));
                }
                self.categories[i].state = State::Deleted;
                self.scopes.remove(&i);
                Ok(Ok((OpOutcome::Deleted, Some(ObjRef::Category(i)), vec![])))
            }
            (_, current) => {
                let is_new = current.is_none();
                let mut cat = match current {
                    Some(i) => self.categories[i].obj.clone(),
                    None => Category {
                        name: name.to_string(),
                        pool: pool_hint.clone().unwrap_or_else(|| DEFAULT_POOL.to_string()),
                        description: String::new(),
                        allowed_members: vec![],
                        denied_members: vec![],
                        creators: vec![],
                        invitations: false,
                        file_upload: false,
                        chat_history: true,
                        meta: Meta {
                            id: 0,
                            revision: 1,
                            created_at: self.now.clone(),
                            updated_at: self.now.clone(),
                            labels: Labels::new(),
                        },
                    },
                };
                let before = cat.clone();
                if current.is_some() {
                    let json = json_if(revision, &before);
                    if let Some(e) =
                        self.stale("category", name, revision, (before.meta.id, before.meta.revision), json)
                    {
                        return Ok(Err(vec![e]));
                    }
                }
                if is_new {
                    if let Err(e) = validate::name("category name", name, validate::NAME_MAX) {
                        errors.push(invalid_at("name", e));
                    }
                    if let Err(e) = validate::name("pool name", &cat.pool, validate::NAME_MAX) {
                        errors.push(invalid_at("pool", e));
                    }
                } else if let Some(p) = &spec.pool {
                    if p != &cat.pool {
                        errors.push(err(
                            ErrorCode::InvalidValue,
                            Some("pool".into()),
                            format!(
                                "category {name:?} belongs to pool {}; a category cannot move to another pool",
                                cat.pool
                            ),
                        ));
                    }
                }
                if let Some(new_name) = &spec.name {
                    if new_name != &cat.name {
                        if let Err(e) = validate::name("category name", new_name, validate::NAME_MAX) {
                            errors.push(invalid_at("name", e));
                        } else if self
                            .categories
                            .iter()
                            .any(|c| c.live() && c.obj.pool == cat.pool && &c.obj.name == new_name)
                        {
                            errors.push(err(
                                ErrorCode::DuplicateName,
                                Some("name".into()),
                                format!("category {new_name:?} already exists in pool {}", cat.pool),
                            ));
                        }
                        cat.name = new_name.clone();
                    }
                }
                if self.room_name_taken(&cat.pool, &cat.name) && (is_new || cat.name != before.name) {
                    errors.push(err(
                        ErrorCode::NameConflict,
                        Some("name".into()),
                        format!(
                            "a room named {:?} exists in pool {}; a category may not share a room's name",
                            cat.name, cat.pool
                        ),
                    ));
                }
                if let Some(d) = spec.description {
                    if let Err(e) = validate::description("category description", &d) {
                        errors.push(invalid_at("description", e));
                    }
                    cat.description = d;
                }
                if let Some(l) = &spec.allowed_members {
                    cat.allowed_members = self.principal_list("allowed_members", l, &mut errors);
                }
                if let Some(l) = &spec.denied_members {
                    cat.denied_members = self.principal_list("denied_members", l, &mut errors);
                }
                if let Some(l) = &spec.creators {
                    cat.creators = self.principal_list("creators", l, &mut errors);
                }
                // Creators stay inside the scope, whether the creators or the scope changed.
                if spec.creators.is_some()
                    || cat.allowed_members != before.allowed_members
                    || cat.denied_members != before.denied_members
                {
                    let missing = self.missing_users(cat.creators.iter());
                    self.load_users(missing).await?;
                    let mut scope = Scope::of(&cat);
                    for (i, p) in cat.creators.iter().enumerate() {
                        if let Ok(pr) = Principal::parse(p) {
                            if !scope.contains(&self.dir, &pr) {
                                let (what, hint) = if spec.creators.is_some() {
                                    (" is", "")
                                } else {
                                    (" would be", "; change the creators too (--creator, --no-creators)")
                                };
                                errors.push(err(
                                    ErrorCode::OutOfScope,
                                    Some(format!("creators[{i}]")),
                                    format!(
                                        "creator {p}{what} outside the scope of category {:?} ({}){hint}",
                                        cat.name,
                                        describe_scope(&cat)
                                    ),
                                ));
                            }
                        }
                    }
                }
                if let Some(v) = spec.invitations {
                    cat.invitations = v;
                }
                if let Some(v) = spec.file_upload {
                    cat.file_upload = v;
                }
                if let Some(v) = spec.chat_history {
                    cat.chat_history = v;
                }
                Self::check_labels(&spec.labels, &mut errors);
                if let Some(l) = spec.labels {
                    cat.meta.labels = l;
                }
                if !errors.is_empty() {
                    return Ok(Err(errors));
                }
                if !is_new && cat == before {
                    return Ok(Ok((OpOutcome::Unchanged, current.map(ObjRef::Category), vec![])));
                }
                let index = match current {
                    Some(i) => {
                        cat.meta.revision = self.next_rev("category", cat.meta.id, cat.meta.revision);
                        cat.meta.updated_at = self.now.clone();
                        self.categories[i].obj = cat;
                        self.categories[i].touch();
                        i
                    }
                    None => {
                        self.categories.push(Slot { obj: cat, state: State::New });
                        self.categories.len() - 1
                    }
                };
                self.scopes.remove(&index);
                let mut dropped = Vec::new();
                let scope_changed = !is_new
                    && (before.allowed_members != self.categories[index].obj.allowed_members
                        || before.denied_members != self.categories[index].obj.denied_members);
                if scope_changed {
                    self.load_rooms_of(index).await?;
                    let held: Vec<usize> = (0..self.rooms.len())
                        .filter(|&r| self.rooms[r].live() && self.room_meta[r].category == index)
                        .collect();
                    for r in held {
                        dropped.extend(self.enforce_scope(r));
                    }
                }
                Ok(Ok((
                    if is_new { OpOutcome::Created } else { OpOutcome::Updated },
                    Some(ObjRef::Category(index)),
                    dropped,
                )))
            }
        }
    }

    /// After a directory change that can narrow scopes, checks every stored room again, as
    /// a category change checks its own rooms: entries now outside their category's scope,
    /// or no longer in the directory, are dropped and reported. The scope rules hold
    /// whichever object changed.
    async fn enforce_directory(&mut self) -> ApiResult<Vec<Dropped>> {
        let mut after = None;
        loop {
            let rooms = self.tx.list_rooms(&crate::store::RoomFilter::default(), after.as_ref(), MAX_PAGE_SIZE).await?;
            let full = rooms.len() == MAX_PAGE_SIZE;
            after = rooms.last().map(|r| crate::store::After { name: r.name.clone(), id: r.meta.id });
            self.adopt_rooms(rooms, None).await?;
            if !full {
                break;
            }
        }
        let mut dropped = Vec::new();
        for r in 0..self.rooms.len() {
            if self.rooms[r].live() {
                dropped.extend(self.enforce_scope(r));
            }
        }
        Ok(dropped)
    }

    /// Drops the room entries that fell outside its category's scope or out of the directory.
    fn enforce_scope(&mut self, r: usize) -> Vec<Dropped> {
        let category = self.room_meta[r].category;
        let cat_name = self.categories[category].obj.name.clone();
        let scope_text = describe_scope(&self.categories[category].obj);
        let scope = self.scopes.entry(category).or_insert_with(|| Scope::of(&self.categories[category].obj));
        let mut dropped = Vec::new();
        let room = &mut self.rooms[r].obj;
        for role in RoomRole::ALL {
            let list = room.principals_mut(*role);
            let before = list.len();
            list.retain(|p| {
                let parsed = Principal::parse(p);
                let gone = match &parsed {
                    Ok(Principal::User(sip)) => !self.dir.users.contains_key(sip),
                    Ok(Principal::Group(name)) => !self.dir.groups.contains_key(name),
                    Ok(Principal::Ou(_)) => false,
                    Err(_) => true,
                };
                let keep = !gone && parsed.is_ok_and(|pr| scope.contains(&self.dir, &pr));
                if !keep {
                    dropped.push(Dropped {
                        room: String::new(),
                        role: *role,
                        principal: p.clone(),
                        reason: if gone {
                            "no longer in the directory".to_string()
                        } else {
                            format!("outside the scope of category {cat_name:?} ({scope_text})")
                        },
                    });
                }
                keep
            });
            if list.len() != before {
                self.room_meta[r].principals_changed = true;
            }
        }
        for d in &mut dropped {
            d.room = room.name.clone();
        }
        if !dropped.is_empty() && self.rooms[r].state != State::New {
            let (id, rev) = (self.rooms[r].obj.meta.id, self.rooms[r].obj.meta.revision);
            let next = self.next_rev("room", id, rev);
            let room = &mut self.rooms[r].obj;
            room.meta.revision = next;
            room.meta.updated_at = self.now.clone();
            self.rooms[r].touch();
        }
        dropped
    }

    // ---------------------------------------------------------------- rooms

    /// The live room of that name (in that pool) that the caller may see: whoever may not
    /// see a room gets the answer they would get if it did not exist, so hidden rooms never
    /// make a name ambiguous either.
    fn find_room(&self, name: &str, pool: Option<&str>) -> Result<Option<usize>, FieldError> {
        let visible =
            |i: usize| self.rooms[i].live() && self.caller_sees(&self.rooms[i].obj, self.room_meta[i].category);
        if let Some(pool) = pool {
            return Ok(self.room_index.get(&(pool.to_string(), name.to_string())).copied().filter(|&i| visible(i)));
        }
        let found: Vec<usize> = self
            .room_names
            .get(name)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| self.rooms[i].obj.name == name && visible(i))
            .collect();
        match found.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(*one)),
            _ => Err(err(
                ErrorCode::Ambiguous,
                Some("name".into()),
                format!("room {name:?} exists in several pools; give the pool"),
            )),
        }
    }

    /// Whether the caller may see this room at all (secret rooms are invisible to outsiders).
    fn caller_sees(&self, room: &Room, category: usize) -> bool {
        if self.caller.is_admin() {
            return true;
        }
        let Some(owner) = &self.caller.owner else { return false };
        let all: Vec<String> = room.members.iter().chain(&room.managers).chain(&room.presenters).cloned().collect();
        // As `Viewer::sees_room`: a disabled room stays visible to its managers only.
        if self.dir.user_in(owner, &all) && (!room.disabled || self.dir.user_in(owner, &room.managers)) {
            return true;
        }
        if room.privacy == Privacy::Secret || room.disabled {
            return false;
        }
        let mut scope = Scope::of(&self.categories[category].obj);
        scope.contains(&self.dir, &Principal::User(owner.clone()))
    }

    /// Administrators see every category; a user those whose scope holds them, or where they
    /// are a creator (as `Viewer::sees_category`). A hidden category answers as a missing one.
    fn caller_sees_category(&self, category: &Category) -> bool {
        if self.caller.is_admin() {
            return true;
        }
        let Some(owner) = &self.caller.owner else { return false };
        self.dir.user_in(owner, &category.creators)
            || Scope::of(category).contains(&self.dir, &Principal::User(owner.clone()))
    }

    fn caller_in(&self, list: &[String]) -> bool {
        self.caller.owner.as_ref().is_some_and(|o| self.dir.user_in(o, list))
    }

    async fn room_op(
        &mut self,
        action: OpAction,
        name: &str,
        pool: Option<String>,
        revision: Option<i64>,
        spec: RoomSpec,
    ) -> ApiResult<Result<(OpOutcome, Option<ObjRef>, Vec<Dropped>), OpErrors>> {
        // Names are unique per pool: a create looks only in its category's pool.
        let lookup_pool = match (&pool, action, &spec.category) {
            (None, OpAction::Create, Some(category)) => {
                self.find_category(category, None, "category").ok().map(|c| self.categories[c].obj.pool.clone())
            }
            _ => pool.clone(),
        };
        let existing = match self.find_room(name, lookup_pool.as_deref()) {
            Ok(found) => found,
            Err(e) => return Ok(Err(vec![e])),
        };
        let action = resolve_upsert(action, existing.is_some());
        let admin = self.caller.is_admin();
        match (action, existing) {
            (OpAction::Create, Some(i)) => Ok(Err(vec![err(
                ErrorCode::DuplicateName,
                Some("name".into()),
                format!("room {name:?} already exists in pool {}", self.rooms[i].obj.pool),
            )])),
            (OpAction::Update | OpAction::Delete, None) => {
                if admin {
                    Ok(Err(vec![err(
                        ErrorCode::NotFound,
                        Some("name".into()),
                        format!("room {name:?} does not exist"),
                    )]))
                } else {
                    Err(ApiError::not_found("room", name))
                }
            }
            (OpAction::Delete, Some(i)) => {
                if !admin {
                    return Err(ApiError::forbidden(
                        "only administrators can delete rooms; a manager can disable the room instead",
                    ));
                }
                let (rev, json) = (
                    (self.rooms[i].obj.meta.id, self.rooms[i].obj.meta.revision),
                    json_if(revision, &self.rooms[i].obj),
                );
                if let Some(e) = self.stale("room", name, revision, rev, json) {
                    return Ok(Err(vec![e]));
                }
                // A room created and deleted in one changeset is simply never written.
                self.rooms[i].state = State::Deleted;
                Ok(Ok((OpOutcome::Deleted, Some(ObjRef::Room(i)), vec![])))
            }
            (_, current) => self.room_upsert(name, pool, revision, spec, current).await,
        }
    }

    async fn room_upsert(
        &mut self,
        name: &str,
        pool: Option<String>,
        revision: Option<i64>,
        spec: RoomSpec,
        current: Option<usize>,
    ) -> ApiResult<Result<(OpOutcome, Option<ObjRef>, Vec<Dropped>), OpErrors>> {
        let admin = self.caller.is_admin();
        let mut errors = Vec::new();
        let is_new = current.is_none();
        // The category: the room's own, or the one the spec names.
        let mut category = current.map(|i| self.room_meta[i].category);
        if let Some(cat_name) = &spec.category {
            let pool_hint = match current {
                Some(i) => Some(self.rooms[i].obj.pool.clone()),
                None => pool.clone(),
            };
            match self.find_category(cat_name, pool_hint.as_deref(), "category") {
                Ok(c) => category = Some(c),
                Err(e) => errors.push(e),
            }
        } else if is_new {
            errors.push(err(ErrorCode::Required, Some("category".into()), format!("room {name:?} needs a category")));
        }
        let Some(category) = category else { return Ok(Err(errors)) };
        if !is_new {
            self.load_rooms_of(category).await?;
        }
        let cat = self.categories[category].obj.clone();

        let before = current.map(|i| self.rooms[i].obj.clone());
        let mut room = before.clone().unwrap_or_else(|| Room {
            name: name.to_string(),
            category: cat.name.clone(),
            pool: cat.pool.clone(),
            description: String::new(),
            room_type: RoomType::default(),
            privacy: Privacy::default(),
            addin: None,
            invitations: RoomInvitations::default(),
            disabled: false,
            members: vec![],
            managers: vec![],
            presenters: vec![],
            meta: Meta {
                id: 0,
                revision: 1,
                created_at: self.now.clone(),
                updated_at: self.now.clone(),
                labels: Labels::new(),
            },
        });
        if let Some(b) = &before {
            let json = json_if(revision, b);
            if let Some(e) = self.stale("room", name, revision, (b.meta.id, b.meta.revision), json) {
                return Ok(Err(vec![e]));
            }
        }
        let moved = before.as_ref().is_some_and(|b| b.category != cat.name);

        // Who may do this.
        if !admin {
            let creator = self.caller_in(&cat.creators) && self.caller_in_scope(category);
            if is_new && !creator {
                return Err(ApiError::forbidden(format!(
                    "only administrators and creators of category {:?} can create rooms in it",
                    cat.name
                )));
            }
            if let Some(b) = &before {
                if !self.caller_in(&b.managers) {
                    return Err(ApiError::forbidden(format!(
                        "only administrators and managers of room {name:?} can change it"
                    )));
                }
                if moved && !creator {
                    return Err(ApiError::forbidden(format!(
                        "a manager can move a room only into a category where they are a creator; not {:?}",
                        cat.name
                    )));
                }
            }
        }

        room.category = cat.name.clone();
        let new_name = spec.name.clone().unwrap_or_else(|| room.name.clone());
        if is_new || new_name != room.name {
            if let Err(e) = validate::name("room name", &new_name, validate::NAME_MAX) {
                errors.push(invalid_at("name", e));
            } else if let Some(taken) = self.room_taking(&room.pool, &new_name) {
                // Names are unique per pool, so a hidden room's name must be refused too; the
                // answer says no more about that room than that its name is taken.
                let detail = if self.caller_sees(&self.rooms[taken].obj, self.room_meta[taken].category) {
                    format!("room {new_name:?} already exists in pool {}", room.pool)
                } else {
                    format!("the room name {new_name:?} is not available in pool {}; choose another", room.pool)
                };
                errors.push(err(ErrorCode::DuplicateName, Some("name".into()), detail));
            } else if self.categories.iter().any(|c| c.live() && c.obj.pool == room.pool && c.obj.name == new_name) {
                errors.push(err(
                    ErrorCode::NameConflict,
                    Some("name".into()),
                    format!("{new_name:?} is the name of a category in pool {}; a room may not share it", room.pool),
                ));
            }
            room.name = new_name;
        }
        if let Some(d) = &spec.description {
            if let Err(e) = validate::description("room description", d) {
                errors.push(invalid_at("description", e));
            }
            room.description = d.clone();
        }
        if let Some(t) = spec.room_type {
            room.room_type = t;
        }
        if let Some(p) = spec.privacy {
            room.privacy = p;
        }
        if let Some(v) = spec.invitations {
            room.invitations = v;
        }
        if let Some(v) = spec.disabled {
            room.disabled = v;
        }
        let mut addin = current.and_then(|i| self.room_meta[i].addin);
        if let Some(a) = &spec.addin {
            if a.is_empty() {
                addin = None;
                room.addin = None;
            } else {
                match self.addins.iter().position(|x| x.live() && x.obj.pool == room.pool && &x.obj.name == a) {
                    Some(i) => {
                        addin = Some(i);
                        room.addin = Some(a.clone());
                    }
                    None => errors.push(err(
                        ErrorCode::UnknownReference,
                        Some("addin".into()),
                        format!("add-in {a:?} does not exist in pool {}", room.pool),
                    )),
                }
            }
        }
        // Lists: what the spec gives is checked against the directory and the scope.
        let mut given: Vec<(String, RoomRole, String)> = Vec::new();
        for (role, field, list) in [
            (RoomRole::Member, "members", &spec.members),
            (RoomRole::Manager, "managers", &spec.managers),
            (RoomRole::Presenter, "presenters", &spec.presenters),
        ] {
            if let Some(list) = list {
                let checked = self.principal_list(field, list, &mut errors);
                for (i, p) in checked.iter().enumerate() {
                    given.push((format!("{field}[{i}]"), role, p.clone()));
                }
                *room.principals_mut(role) = checked;
            }
        }
        for (i, change) in spec.add.iter().enumerate() {
            let field = format!("add[{i}]");
            let mut errs = Vec::new();
            let checked = self.principal_list(&field, std::slice::from_ref(&change.principal), &mut errs);
            for e in &mut errs {
                e.field = Some(field.clone());
            }
            errors.extend(errs);
            if let Some(p) = checked.into_iter().next() {
                let list = room.principals_mut(change.role);
                if !list.contains(&p) {
                    list.push(p.clone());
                }
                given.push((field, change.role, p));
            }
        }
        for change in &spec.remove {
            let normal =
                Principal::parse(&change.principal).map(|p| p.to_string()).unwrap_or_else(|_| change.principal.clone());
            room.principals_mut(change.role).retain(|p| p != &normal);
        }
        if !is_new && !admin && before.as_ref().is_some_and(|b| !b.managers.is_empty()) && room.managers.is_empty() {
            errors.push(err(
                ErrorCode::InvalidValue,
                Some("managers".into()),
                "a manager cannot remove every manager of the room",
            ));
        }
        if is_new && !admin {
            if let Some(owner) = self.caller.owner.clone() {
                if !room.managers.contains(&owner) {
                    room.managers.push(owner);
                }
            }
        }
        if !room.presenters.is_empty() && room.room_type != RoomType::Auditorium {
            errors.push(err(ErrorCode::PresentersNotAllowed, Some("presenters".into()), format!(
                "room {:?} is a {} room; only auditorium rooms have presenters (set type auditorium, or leave presenters empty)",
                room.name, room.room_type
            )));
        }
        let scope_text = describe_scope(&cat);
        let scope = self.scopes.entry(category).or_insert_with(|| Scope::of(&self.categories[category].obj));
        for (field, _, p) in &given {
            if let Ok(pr) = Principal::parse(p) {
                if !scope.contains(&self.dir, &pr) {
                    errors.push(err(
                        ErrorCode::OutOfScope,
                        Some(field.clone()),
                        format!("{p} is outside the scope of category {:?} ({scope_text})", cat.name),
                    ));
                }
            }
        }
        Self::check_labels(&spec.labels, &mut errors);
        if let Some(l) = &spec.labels {
            room.meta.labels = if admin {
                l.clone()
            } else {
                let stored = before.as_ref().map(|b| &b.meta.labels);
                reserved_labels_kept(stored, l, &mut errors)
            };
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        if before.as_ref() == Some(&room) {
            return Ok(Ok((OpOutcome::Unchanged, current.map(ObjRef::Room), vec![])));
        }
        let index = match current {
            Some(i) => {
                let b = before.as_ref().expect("an existing room has a before state");
                let principals_changed =
                    b.members != room.members || b.managers != room.managers || b.presenters != room.presenters;
                if self.rooms[i].state != State::New {
                    room.meta.revision = self.next_rev("room", b.meta.id, b.meta.revision);
                    room.meta.updated_at = self.now.clone();
                }
                if b.name != room.name {
                    self.room_index.remove(&(b.pool.clone(), b.name.clone()));
                    self.index_room((room.pool.clone(), room.name.clone()), i);
                }
                self.rooms[i].obj = room;
                self.rooms[i].touch();
                let meta = &mut self.room_meta[i];
                meta.category = category;
                meta.addin = addin;
                meta.principals_changed |= principals_changed;
                i
            }
            None => {
                self.index_room((room.pool.clone(), room.name.clone()), self.rooms.len());
                self.rooms.push(Slot { obj: room, state: State::New });
                self.room_meta.push(RoomSlot { category, addin, principals_changed: true });
                self.rooms.len() - 1
            }
        };
        let dropped = if moved { self.enforce_scope(index) } else { Vec::new() };
        Ok(Ok((if is_new { OpOutcome::Created } else { OpOutcome::Updated }, Some(ObjRef::Room(index)), dropped)))
    }

    fn caller_in_scope(&mut self, category: usize) -> bool {
        let Some(owner) = self.caller.owner.clone() else { return false };
        let scope = self.scopes.entry(category).or_insert_with(|| Scope::of(&self.categories[category].obj));
        scope.contains(&self.dir, &Principal::User(owner))
    }

    // ---------------------------------------------------------------- add-ins

    async fn addin_op(
        &mut self,
        action: OpAction,
        name: &str,
        pool: Option<String>,
        revision: Option<i64>,
        spec: AddinSpec,
    ) -> ApiResult<Result<(OpOutcome, Option<ObjRef>, Vec<Dropped>), OpErrors>> {
        let mut pool_hint = pool.or_else(|| spec.pool.clone());
        if action == OpAction::Create {
            pool_hint.get_or_insert_with(|| DEFAULT_POOL.to_string());
        }
        let found: Vec<usize> = (0..self.addins.len())
            .filter(|&i| {
                self.addins[i].live()
                    && self.addins[i].obj.name == name
                    && pool_hint.as_ref().is_none_or(|p| &self.addins[i].obj.pool == p)
            })
            .collect();
        if found.len() > 1 {
            return Ok(Err(vec![err(
                ErrorCode::Ambiguous,
                Some("name".into()),
                format!("add-in {name:?} exists in several pools; give the pool"),
            )]));
        }
        let existing = found.first().copied();
        let action = resolve_upsert(action, existing.is_some());
        let mut errors = Vec::new();
        match (action, existing) {
            (OpAction::Create, Some(i)) => Ok(Err(vec![err(
                ErrorCode::DuplicateName,
                Some("name".into()),
                format!("add-in {name:?} already exists in pool {}", self.addins[i].obj.pool),
            )])),
            (OpAction::Update | OpAction::Delete, None) => {
                Ok(Err(vec![err(ErrorCode::NotFound, Some("name".into()), format!("add-in {name:?} does not exist"))]))
            }
            (OpAction::Delete, Some(i)) => {
                let (rev, json) = (
                    (self.addins[i].obj.meta.id, self.addins[i].obj.meta.revision),
                    json_if(revision, &self.addins[i].obj),
                );
                if let Some(e) = self.stale("add-in", name, revision, rev, json) {
                    return Ok(Err(vec![e]));
                }
                if self.addins[i].state != State::New {
                    self.load_rooms_using_addin(i).await?;
                }
                // Only rooms that still use it once this changeset is applied count.
                let users = (0..self.rooms.len())
                    .filter(|&r| self.rooms[r].live() && self.room_meta[r].addin == Some(i))
                    .count();
                if users > 0 {
                    return Ok(Err(vec![err(ErrorCode::AddinInUse, None, format!(
                        "add-in {name:?} is used by {users} room{}; remove it from them first (pchat rooms list --addin {name})",
                        if users == 1 { "" } else { "s" }
                    ))]));
                }
                self.addins[i].state = State::Deleted;
                Ok(Ok((OpOutcome::Deleted, Some(ObjRef::Addin(i)), vec![])))
            }
            (_, current) => {
                let is_new = current.is_none();
                let before = current.map(|i| self.addins[i].obj.clone());
                let mut addin = before.clone().unwrap_or(Addin {
                    name: name.to_string(),
                    pool: pool_hint.clone().unwrap_or_else(|| DEFAULT_POOL.to_string()),
                    url: String::new(),
                    meta: Meta {
                        id: 0,
                        revision: 1,
                        created_at: self.now.clone(),
                        updated_at: self.now.clone(),
                        labels: Labels::new(),
                    },
                });
                if let Some(b) = &before {
                    let json = json_if(revision, b);
                    if let Some(e) = self.stale("add-in", name, revision, (b.meta.id, b.meta.revision), json) {
                        return Ok(Err(vec![e]));
                    }
                    if spec.pool.as_ref().is_some_and(|p| p != &b.pool) {
                        errors.push(err(
                            ErrorCode::InvalidValue,
                            Some("pool".into()),
                            format!("add-in {name:?} belongs to pool {}; it cannot move", b.pool),
                        ));
                    }
                }
                let new_name = spec.name.clone().unwrap_or_else(|| addin.name.clone());
                if is_new || new_name != addin.name {
                    if let Err(e) = validate::name("add-in name", &new_name, validate::ADDIN_NAME_MAX) {
                        errors.push(invalid_at("name", e));
                    } else if !is_new
                        && self.addins.iter().any(|a| a.live() && a.obj.pool == addin.pool && a.obj.name == new_name)
                    {
                        errors.push(err(
                            ErrorCode::DuplicateName,
                            Some("name".into()),
                            format!("add-in {new_name:?} already exists in pool {}", addin.pool),
                        ));
                    }
                    addin.name = new_name;
                }
                if is_new {
                    if let Err(e) = validate::name("pool name", &addin.pool, validate::NAME_MAX) {
                        errors.push(invalid_at("pool", e));
                    }
                }
                match &spec.url {
                    Some(url) => {
                        if let Err(e) = validate::http_url("add-in URL", url) {
                            errors.push(invalid_at("url", e));
                        }
                        addin.url = url.clone();
                    }
                    None if is_new => errors.push(err(
                        ErrorCode::Required,
                        Some("url".into()),
                        "an add-in needs a URL (http:// or https://)",
                    )),
                    None => {}
                }
                Self::check_labels(&spec.labels, &mut errors);
                if let Some(l) = spec.labels {
                    addin.meta.labels = l;
                }
                if !errors.is_empty() {
                    return Ok(Err(errors));
                }
                if before.as_ref() == Some(&addin) {
                    return Ok(Ok((OpOutcome::Unchanged, current.map(ObjRef::Addin), vec![])));
                }
                let index = match current {
                    Some(i) => {
                        addin.meta.revision = self.next_rev("add-in", addin.meta.id, addin.meta.revision);
                        addin.meta.updated_at = self.now.clone();
                        if let Some(b) = before.as_ref().filter(|b| b.name != addin.name) {
                            self.addin_renames.entry((b.pool.clone(), b.name.clone())).or_insert(i);
                        }
                        self.addins[i].obj = addin;
                        self.addins[i].touch();
                        i
                    }
                    None => {
                        self.addins.push(Slot { obj: addin, state: State::New });
                        self.addins.len() - 1
                    }
                };
                Ok(Ok((
                    if is_new { OpOutcome::Created } else { OpOutcome::Updated },
                    Some(ObjRef::Addin(index)),
                    vec![],
                )))
            }
        }
    }

    // ---------------------------------------------------------------- policies and configuration

    async fn policy_op(
        &mut self,
        action: OpAction,
        identity: &str,
        revision: Option<i64>,
        spec: PolicySpec,
    ) -> ApiResult<Result<(OpOutcome, Option<ObjRef>, Vec<Dropped>), OpErrors>> {
        if let Err(e) = validate::policy_identity(identity) {
            return Ok(Err(vec![invalid_at("name", e)]));
        }
        let existing = self.policies.iter().position(|p| p.live() && p.obj.identity == identity);
        let action = resolve_upsert(action, existing.is_some());
        let mut errors = Vec::new();
        let outcome = match (action, existing) {
            (OpAction::Create, Some(_)) => {
                return Ok(Err(vec![err(
                    ErrorCode::DuplicateName,
                    Some("name".into()),
                    format!(
                        "policy {identity} already exists{}",
                        if identity == "global" { " (the global policy always exists; use set)" } else { "" }
                    ),
                )]))
            }
            (OpAction::Update | OpAction::Delete, None) => {
                return Ok(Err(vec![err(
                    ErrorCode::NotFound,
                    Some("name".into()),
                    format!("policy {identity} does not exist"),
                )]))
            }
            (OpAction::Delete, Some(i)) => {
                let (rev, json) = (
                    (self.policies[i].obj.meta.id, self.policies[i].obj.meta.revision),
                    json_if(revision, &self.policies[i].obj),
                );
                if let Some(e) = self.stale("policy", identity, revision, rev, json) {
                    return Ok(Err(vec![e]));
                }
                if identity == "global" {
                    let (id, rev) = (self.policies[i].obj.meta.id, self.policies[i].obj.meta.revision);
                    let next = self.next_rev("policy", id, rev);
                    let p = &mut self.policies[i];
                    if p.obj.enabled || !p.obj.description.is_empty() {
                        p.obj.enabled = false;
                        p.obj.description.clear();
                        p.obj.meta.revision = next;
                        p.obj.meta.updated_at = self.now.clone();
                        p.touch();
                        return Ok(Ok((OpOutcome::Updated, Some(ObjRef::Policy(i)), vec![])));
                    }
                    return Ok(Ok((OpOutcome::Unchanged, Some(ObjRef::Policy(i)), vec![])));
                }
                if let Some(tag) = identity.strip_prefix("tag:") {
                    let grants = self.tx.count_grants(tag).await?;
                    if grants > 0 {
                        return Ok(Err(vec![err(ErrorCode::InvalidValue, None, format!(
                            "policy {identity} is granted to {grants} user{}; take the grant away first (pchat policies revoke {identity} USER...)",
                            if grants == 1 { "" } else { "s" }
                        ))]));
                    }
                }
                self.policies[i].state = State::Deleted;
                return Ok(Ok((OpOutcome::Deleted, Some(ObjRef::Policy(i)), vec![])));
            }
            (_, current) => current,
        };
        let is_new = outcome.is_none();
        let before = outcome.map(|i| self.policies[i].obj.clone());
        let mut policy = before.clone().unwrap_or(Policy {
            identity: identity.to_string(),
            enabled: false,
            description: String::new(),
            meta: Meta {
                id: 0,
                revision: 1,
                created_at: self.now.clone(),
                updated_at: self.now.clone(),
                labels: Labels::new(),
            },
        });
        if let Some(b) = &before {
            let json = json_if(revision, b);
            if let Some(e) = self.stale("policy", identity, revision, (b.meta.id, b.meta.revision), json) {
                return Ok(Err(vec![e]));
            }
        }
        if let Some(v) = spec.enabled {
            policy.enabled = v;
        }
        if let Some(d) = spec.description {
            if let Err(e) = validate::description("policy description", &d) {
                errors.push(invalid_at("description", e));
            }
            policy.description = d;
        }
        Self::check_labels(&spec.labels, &mut errors);
        if let Some(l) = spec.labels {
            policy.meta.labels = l;
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        if before.as_ref() == Some(&policy) {
            return Ok(Ok((OpOutcome::Unchanged, outcome.map(ObjRef::Policy), vec![])));
        }
        let index = match outcome {
            Some(i) => {
                policy.meta.revision = self.next_rev("policy", policy.meta.id, policy.meta.revision);
                policy.meta.updated_at = self.now.clone();
                self.policies[i].obj = policy;
                self.policies[i].touch();
                i
            }
            None => {
                self.policies.push(Slot { obj: policy, state: State::New });
                self.policies.len() - 1
            }
        };
        Ok(Ok((if is_new { OpOutcome::Created } else { OpOutcome::Updated }, Some(ObjRef::Policy(index)), vec![])))
    }

    fn config_op(
        &mut self,
        action: OpAction,
        scope: &str,
        revision: Option<i64>,
        spec: ChatConfigSettings,
    ) -> Result<(OpOutcome, Option<ObjRef>, Vec<Dropped>), OpErrors> {
        if let Err(e) = validate::config_scope(scope) {
            return Err(vec![invalid_at("name", e)]);
        }
        let existing = self.configs.iter().position(|c| c.live() && c.obj.scope == scope);
        let mut errors = Vec::new();
        if let Some(i) = existing {
            let (rev, json) = (
                (self.configs[i].obj.meta.id, self.configs[i].obj.meta.revision),
                json_if(revision, &self.configs[i].obj),
            );
            if let Some(e) = self.stale("chat configuration", scope, revision, rev, json) {
                return Err(vec![e]);
            }
        }
        if action == OpAction::Delete {
            let Some(i) = existing else {
                return Err(vec![err(
                    ErrorCode::NotFound,
                    Some("name".into()),
                    format!("no chat configuration is set at scope {scope}"),
                )]);
            };
            self.configs[i].state = State::Deleted;
            return Ok((OpOutcome::Deleted, Some(ObjRef::Config(i)), vec![]));
        }
        if action == OpAction::Create && existing.is_some() {
            return Err(vec![err(
                ErrorCode::DuplicateName,
                Some("name".into()),
                format!("chat configuration for scope {scope} already exists; use set"),
            )]);
        }
        let before = existing.map(|i| self.configs[i].obj.clone());
        let mut config = before.clone().unwrap_or(ChatConfigScope {
            scope: scope.to_string(),
            settings: ChatConfigSettings::default(),
            meta: Meta {
                id: 0,
                revision: 1,
                created_at: self.now.clone(),
                updated_at: self.now.clone(),
                labels: Labels::new(),
            },
        });
        for (field, value, range) in [
            ("default_chat_history", spec.default_chat_history, validate::DEFAULT_CHAT_HISTORY),
            ("max_file_size_kb", spec.max_file_size_kb, validate::MAX_FILE_SIZE_KB),
            ("participant_update_limit", spec.participant_update_limit, validate::PARTICIPANT_UPDATE_LIMIT),
        ] {
            if let Some(v) = value {
                if let Err(e) = validate::in_range(field, v, range) {
                    errors.push(invalid_at(field, e));
                }
            }
        }
        if let Some(url) = &spec.room_management_url {
            if !url.is_empty() {
                if let Err(e) = validate::http_url("room management URL", url) {
                    errors.push(invalid_at("room_management_url", e));
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let s = &mut config.settings;
        s.default_chat_history = spec.default_chat_history.or(s.default_chat_history);
        s.max_file_size_kb = spec.max_file_size_kb.or(s.max_file_size_kb);
        s.participant_update_limit = spec.participant_update_limit.or(s.participant_update_limit);
        match spec.room_management_url {
            Some(url) if url.is_empty() => s.room_management_url = None,
            Some(url) => s.room_management_url = Some(url),
            None => {}
        }
        if before.as_ref() == Some(&config) {
            return Ok((OpOutcome::Unchanged, existing.map(ObjRef::Config), vec![]));
        }
        let index = match existing {
            Some(i) => {
                config.meta.revision = self.next_rev("chat configuration", config.meta.id, config.meta.revision);
                config.meta.updated_at = self.now.clone();
                self.configs[i].obj = config;
                self.configs[i].touch();
                i
            }
            None => {
                self.configs.push(Slot { obj: config, state: State::New });
                self.configs.len() - 1
            }
        };
        Ok((
            if existing.is_none() { OpOutcome::Created } else { OpOutcome::Updated },
            Some(ObjRef::Config(index)),
            vec![],
        ))
    }

    /// Grants a tag policy to users (or, with delete, takes it away from them).
    fn grant_op(&mut self, action: OpAction, identity: &str, spec: PolicyGrantSpec) -> Result<OpOutcome, OpErrors> {
        let Some(tag) = identity.strip_prefix("tag:") else {
            return Err(vec![err(
                ErrorCode::InvalidValue,
                Some("name".into()),
                format!("only tag policies are granted to users, not {identity:?}"),
            )]);
        };
        if action != OpAction::Delete && !self.policies.iter().any(|p| p.live() && p.obj.identity == identity) {
            return Err(vec![err(
                ErrorCode::UnknownReference,
                Some("name".into()),
                format!("policy {identity} does not exist"),
            )]);
        }
        let mut errors = Vec::new();
        let mut changed = false;
        for (i, raw) in spec.users.iter().enumerate() {
            let field = format!("users[{i}]");
            let sip = match Principal::parse(raw) {
                Ok(Principal::User(sip)) => sip,
                _ => {
                    errors.push(err(
                        ErrorCode::MalformedPrincipal,
                        Some(field),
                        format!("{raw:?} is not a user SIP URI"),
                    ));
                    continue;
                }
            };
            let Some(user) = self.dir.users.get(&sip) else {
                errors.push(err(
                    ErrorCode::UnknownPrincipal,
                    Some(field),
                    format!("unknown principal {sip}: no such user in the directory"),
                ));
                continue;
            };
            let wanted = if action == OpAction::Delete { None } else { Some(tag.to_string()) };
            if (action == OpAction::Delete && user.policy.as_deref() != Some(tag)) || user.policy == wanted {
                continue;
            }
            let (id, rev) = (user.meta.id, user.meta.revision);
            let state = self.user_writes.get(&sip).copied();
            let next = (state != Some(State::New)).then(|| self.next_rev("user", id, rev));
            let now = self.now.clone();
            if let Some(user) = self.dir.users.get_mut(&sip) {
                user.policy = wanted;
                if let Some(next) = next {
                    user.meta.revision = next;
                    user.meta.updated_at = now;
                    self.user_writes.insert(sip, State::Dirty);
                }
            }
            changed = true;
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(if changed { OpOutcome::Updated } else { OpOutcome::Unchanged })
    }

    // ---------------------------------------------------------------- writing

    async fn flush(&mut self) -> ApiResult<()> {
        let tx = &mut *self.tx;
        // Rooms go first so categories and add-ins they held can follow them out.
        for r in &self.rooms {
            if r.state == State::Deleted && r.obj.meta.id != 0 {
                tx.delete_room(r.obj.meta.id).await?;
            }
        }
        let mut new_users: Vec<User> = Vec::new();
        for (sip, state) in &self.user_writes {
            let Some(user) = self.dir.users.get(sip) else { continue };
            match state {
                State::New => new_users.push(user.clone()),
                State::Dirty => tx.update_user(user).await?,
                _ => {}
            }
        }
        if !new_users.is_empty() {
            tx.insert_users(&mut new_users).await?;
            for u in new_users {
                self.dir.users.insert(u.sip.clone(), u);
            }
        }
        // Groups in name order so nested groups insert deterministically.
        let mut group_names: Vec<&String> = self.group_writes.keys().collect();
        group_names.sort();
        let mut inserted_groups = Vec::new();
        for name in group_names {
            let Some(group) = self.dir.groups.get(name) else { continue };
            match self.group_writes[name] {
                State::New => {
                    let mut g = group.clone();
                    tx.insert_group(&mut g).await?;
                    inserted_groups.push(g);
                }
                State::Dirty => tx.update_group(group).await?,
                _ => {}
            }
        }
        for g in inserted_groups {
            self.dir.groups.insert(g.name.clone(), g);
        }
        for a in &mut self.addins {
            match a.state {
                State::New => tx.insert_addin(&mut a.obj).await?,
                State::Dirty => tx.update_addin(&a.obj).await?,
                _ => {}
            }
        }
        for c in &mut self.categories {
            match c.state {
                State::New => tx.insert_category(&mut c.obj).await?,
                State::Dirty => tx.update_category(&c.obj).await?,
                _ => {}
            }
        }
        for p in &mut self.policies {
            match p.state {
                State::New => tx.insert_policy(&mut p.obj).await?,
                State::Dirty => tx.update_policy(&p.obj).await?,
                _ => {}
            }
        }
        for c in &mut self.configs {
            match c.state {
                State::New => tx.insert_config_scope(&mut c.obj).await?,
                State::Dirty => tx.update_config_scope(&c.obj).await?,
                _ => {}
            }
        }
        // Rooms: set-based insert of the new ones, then the updates.
        let addin_id = |i: Option<usize>| i.map(|i| self.addins[i].obj.meta.id);
        let new_rooms: Vec<usize> = (0..self.rooms.len()).filter(|&i| self.rooms[i].state == State::New).collect();
        if !new_rooms.is_empty() {
            let mut writes: Vec<RoomWrite<'_>> = new_rooms
                .iter()
                .map(|&i| RoomWrite {
                    room: &self.rooms[i].obj,
                    category_id: self.categories[self.room_meta[i].category].obj.meta.id,
                    addin_id: addin_id(self.room_meta[i].addin),
                })
                .collect();
            let ids = tx.insert_rooms(&mut writes).await?;
            drop(writes);
            for (&i, id) in new_rooms.iter().zip(ids) {
                self.rooms[i].obj.meta.id = id;
            }
        }
        for i in 0..self.rooms.len() {
            if self.rooms[i].state == State::Dirty {
                let write = RoomWrite {
                    room: &self.rooms[i].obj,
                    category_id: self.categories[self.room_meta[i].category].obj.meta.id,
                    addin_id: addin_id(self.room_meta[i].addin),
                };
                tx.update_room(&write, self.room_meta[i].principals_changed).await?;
            }
        }
        for c in &self.categories {
            if c.state == State::Deleted && c.obj.meta.id != 0 {
                tx.delete_category(c.obj.meta.id).await?;
            }
        }
        for a in &self.addins {
            if a.state == State::Deleted && a.obj.meta.id != 0 {
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
            if p.state == State::Deleted && p.obj.meta.id != 0 {
                tx.delete_policy(p.obj.meta.id).await?;
            }
        }
        for c in &self.configs {
            if c.state == State::Deleted && c.obj.meta.id != 0 {
                tx.delete_config_scope(c.obj.meta.id).await?;
            }
        }
        Ok(())
    }
}

/// A non-administrator's new labels: reserved ones (`pchat.io/…`) may not be added or
/// changed, and those it leaves out stay as stored rather than being cleared.
fn reserved_labels_kept(stored: Option<&Labels>, given: &Labels, errors: &mut OpErrors) -> Labels {
    let mut labels = given.clone();
    for (key, value) in given {
        if key.starts_with(RESERVED_LABEL_PREFIX) && stored.and_then(|s| s.get(key)) != Some(value) {
            errors.push(err(
                ErrorCode::ReservedLabel,
                Some(format!("labels.{key}")),
                format!("labels under {RESERVED_LABEL_PREFIX} are set and cleared by administrators only, not {key}"),
            ));
        }
    }
    for (key, value) in stored.into_iter().flatten() {
        if key.starts_with(RESERVED_LABEL_PREFIX) {
            labels.entry(key.clone()).or_insert_with(|| value.clone());
        }
    }
    labels
}

/// The object as JSON, only when a revision was asked for (a conflict may need it).
fn json_if<T: serde::Serialize>(revision: Option<i64>, object: &T) -> serde_json::Value {
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
fn collect_references(op: &Operation, sips: &mut HashSet<String>, rooms: &mut HashSet<String>) {
    let mut add_list = |list: &Option<Vec<String>>| {
        for p in list.iter().flatten() {
            if let Ok(Principal::User(sip)) = Principal::parse(p) {
                sips.insert(sip);
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
                if let Ok(Principal::User(sip)) = Principal::parse(&change.principal) {
                    sips.insert(sip);
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
    Config(ChatConfigScope),
}

/// Runs a changeset in one write transaction; commits unless it is a dry run.
pub async fn execute(
    store: &dyn crate::store::Store,
    caller: Caller,
    request: ChangesetRequest,
) -> ApiResult<ChangesetResult> {
    Ok(execute_keeping(store, caller, request, false).await?.0)
}

/// Runs one operation and answers with the object as committed: the answer and the
/// transaction's outcome are one decision, never a write followed by a read that may fail.
pub async fn execute_one(
    store: &dyn crate::store::Store,
    caller: Caller,
    operation: Operation,
) -> ApiResult<(OpResult, Option<Object>)> {
    let request = ChangesetRequest { dry_run: false, operations: vec![operation] };
    let (mut result, mut objects) = execute_keeping(store, caller, request, true).await?;
    Ok((result.results.remove(0), objects.pop().flatten()))
}

async fn execute_keeping(
    store: &dyn crate::store::Store,
    caller: Caller,
    request: ChangesetRequest,
    keep: bool,
) -> ApiResult<(ChangesetResult, Vec<Option<Object>>)> {
    let started = std::time::Instant::now();
    let operations = request.operations.len();
    let mut tx = store.write().await?;
    let engine = Engine::load(&mut *tx, caller, &request.operations).await?;
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
