//! The diff between plan documents and a server's state, as changes a person reads and the
//! changeset operations that carry them out.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

mod kinds;
pub mod topology;

use super::document::*;
use super::load::{Diagnostic, Sourced};
use crate::api::*;
use kinds::*;

/// The label value apply puts on what it creates; `--prune` only ever deletes these.
pub const APPLY_MANAGER: &str = "pchat-apply";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Create,
    Update,
    Delete,
    Replace,
}

impl Action {
    pub fn symbol(self) -> &'static str {
        match self {
            Action::Create => "+",
            Action::Update => "~",
            Action::Delete => "-",
            Action::Replace => "-/+",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Value,
    pub new: Value,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Change {
    pub action: Action,
    pub kind: String,
    pub name: String,
    /// A stable address: `room backend`, `room red/backend` outside the default pool.
    pub address: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
    /// Principals added, as `ROLE PRINCIPAL` (`member sip:alice@contoso.com`). A create
    /// leaves it empty: its lines are those of its operation ([`Change::added`]).
    #[serde(default)]
    pub added: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
    /// Why this change destroys or loses something, when it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destructive: Option<String>,
    /// Room entries the server will drop (a narrowed category scope), from its dry run.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<String>,
    /// The changeset operations that carry the change out, with expected revisions.
    pub operations: Vec<Operation>,
    /// Index of the document that asked for it (none for prunes).
    #[serde(skip)]
    pub source: Option<usize>,
}

impl Change {
    /// The principals added, as `ROLE PRINCIPAL`. A create's are read off the operation that
    /// creates it, so a plan of a million room entries holds them once, not once more as
    /// text.
    pub fn added(&self) -> Box<dyn Iterator<Item = std::borrow::Cow<'_, str>> + '_> {
        use std::borrow::Cow;
        if !self.added.is_empty() || self.action != Action::Create {
            return Box::new(self.added.iter().map(|a| Cow::Borrowed(a.as_str())));
        }
        let lists: Vec<(&'static str, &[String])> = match self.operations.iter().find(|o| o.op == OpAction::Create) {
            Some(Operation { object: ObjectSpec::Room(r), .. }) => [
                ("member", r.members.as_deref()),
                ("manager", r.managers.as_deref()),
                ("presenter", r.presenters.as_deref()),
            ]
            .into_iter()
            .filter_map(|(role, list)| Some((role, list?)))
            .collect(),
            Some(Operation { object: ObjectSpec::Group(g), .. }) => {
                g.members.as_deref().map(|m| ("member", m)).into_iter().collect()
            }
            _ => Vec::new(),
        };
        Box::new(lists.into_iter().flat_map(|(role, list)| list.iter().map(move |p| Cow::Owned(format!("{role} {p}")))))
    }
}

/// A change as saved plans and `-o json` show it: a create's added lines included.
impl Serialize for Change {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Added<'a>(&'a Change);
        impl Serialize for Added<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_seq(self.0.added())
            }
        }
        #[derive(Serialize)]
        struct Shown<'a> {
            action: Action,
            kind: &'a str,
            name: &'a str,
            address: &'a str,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            fields: &'a [FieldChange],
            #[serde(skip_serializing_if = "Option::is_none")]
            added: Option<Added<'a>>,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            removed: &'a [String],
            #[serde(skip_serializing_if = "Option::is_none")]
            destructive: &'a Option<String>,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            dropped: &'a [String],
            operations: &'a [Operation],
        }
        Shown {
            action: self.action,
            kind: &self.kind,
            name: &self.name,
            address: &self.address,
            fields: &self.fields,
            added: self.added().next().is_some().then_some(Added(self)),
            removed: &self.removed,
            destructive: &self.destructive,
            dropped: &self.dropped,
            operations: &self.operations,
        }
        .serialize(serializer)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub add: usize,
    pub change: usize,
    pub destroy: usize,
}

/// A map keyed by names the server answered with: foldhash (seeded per map and per process,
/// fast) rather than SipHash, which showed in a no-change plan of 150,000 users.
pub type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// What the server holds, read once.
#[derive(Debug, Default)]
pub struct ServerState {
    pub users: FastMap<String, User>,
    pub groups: FastMap<String, Group>,
    pub categories: Vec<Category>,
    pub rooms: Vec<Room>,
    pub addins: Vec<Addin>,
    pub policies: Vec<Policy>,
    pub configs: Vec<ChatConfigScope>,
    /// The topology in force (none published, or not read: the plan holds no Topology).
    pub topology: Option<crate::api::topology::PublishedTopology>,
}

impl ServerState {
    /// Takes in lists fetched after the first read (each list comes from one read only).
    pub fn absorb(&mut self, later: ServerState) {
        self.users.extend(later.users);
        self.groups.extend(later.groups);
        self.categories.extend(later.categories);
        self.rooms.extend(later.rooms);
        self.addins.extend(later.addins);
        self.policies.extend(later.policies);
        self.configs.extend(later.configs);
        if later.topology.is_some() {
            self.topology = later.topology;
        }
    }
}

fn address(kind: &str, pool: Option<&str>, name: &str) -> String {
    match pool {
        Some(p) if p != crate::api::validate::DEFAULT_POOL => format!("{} {p}/{name}", kind.to_ascii_lowercase()),
        _ => format!("{} {name}", kind.to_ascii_lowercase()),
    }
}

fn set(list: &[String]) -> BTreeSet<String> {
    list.iter().map(|p| Principal::parse(p).map(|p| p.to_string()).unwrap_or_else(|_| p.clone())).collect()
}

/// The label value `pchat directory sync` puts on what it creates; its `--prune` only ever
/// deletes these (and only users and groups).
pub const DIRECTORY_SYNC_MANAGER: &str = "pchat-directory-sync";

fn managed(labels: &Labels, manager: &str) -> bool {
    labels.get(MANAGED_BY_LABEL).is_some_and(|v| v == manager)
}

/// Labels a create carries: the document's, plus the managed-by mark (apply's, unless the
/// document names another manager, as a directory sync's documents do).
fn create_labels(meta: &Metadata) -> Labels {
    let mut labels: Labels = meta.labels.clone().into_iter().collect();
    labels.insert_if_absent(MANAGED_BY_LABEL, || APPLY_MANAGER.to_string());
    labels
}

/// Labels an update wants, or None when they already match (the managed mark is kept).
fn update_labels(meta: &Metadata, current: &Labels) -> Option<Labels> {
    let mut wanted: Labels = meta.labels.clone().into_iter().collect();
    if let Some(v) = current.get(MANAGED_BY_LABEL) {
        wanted.insert(MANAGED_BY_LABEL.to_string(), v.clone());
    }
    (wanted != *current).then_some(wanted)
}

struct Diff {
    changes: Vec<Change>,
    errors: Vec<Diagnostic>,
}

impl Diff {
    fn field<T: Serialize + PartialEq>(fields: &mut Vec<FieldChange>, name: &str, old: &T, new: &T) -> bool {
        if old == new {
            return false;
        }
        fields.push(FieldChange { field: name.to_string(), old: json!(old), new: json!(new) });
        true
    }

    fn list(change: &mut (Vec<String>, Vec<String>), role: &str, old: &[String], new: &[String]) -> bool {
        if old == new {
            // The common case of a re-plan: the server keeps the lists as they were written.
            return false;
        }
        let (old, new) = (set(old), set(new));
        for p in new.difference(&old) {
            change.0.push(format!("{role} {p}"));
        }
        for p in old.difference(&new) {
            change.1.push(format!("{role} {p}"));
        }
        old != new
    }
}

/// Computes the changes that make the server match the documents. The lists and texts of
/// what the documents create move into the operations that create it (a plan's million
/// room entries are held once); the documents keep what locates their problems.
pub fn diff(docs: &mut [Sourced], state: &ServerState, prune: bool) -> Result<Vec<Change>, Vec<Diagnostic>> {
    match diff_all(docs, state, prune.then_some(APPLY_MANAGER)) {
        (changes, errors) if errors.is_empty() => Ok(changes),
        (_, errors) => Err(errors),
    }
}

/// The changes of every document that could be diffed, and the problems of those that
/// could not (a category that exists nowhere, say): the server can still check the rest,
/// so one run reports every problem. Moves from the documents as [`diff`] does. `prune`
/// names the manager whose objects the documents no longer describe are deleted: only those
/// that carry its managed-by mark, among the lists `state` holds.
pub fn diff_all(docs: &mut [Sourced], state: &ServerState, prune: Option<&str>) -> (Vec<Change>, Vec<Diagnostic>) {
    // Category pools as the plan will leave them, to place rooms.
    let mut category_pools: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for c in &state.categories {
        category_pools.entry(c.name.clone()).or_default().insert(c.pool.clone());
    }
    for s in docs.iter() {
        if let Spec::Category(c) = &s.doc.spec {
            category_pools.entry(s.doc.metadata.name.clone()).or_default().insert(c.pool.clone());
        }
    }
    // Categories that keep no chat history as the plan leaves them: a room moved into one
    // loses its history from view.
    let mut history_off: BTreeSet<(String, String)> = BTreeSet::new();
    for c in state.categories.iter().filter(|c| !c.chat_history) {
        history_off.insert((c.pool.clone(), c.name.clone()));
    }
    for s in docs.iter() {
        if let Spec::Category(c) = &s.doc.spec {
            let key = (c.pool.clone(), s.doc.metadata.name.clone());
            if c.chat_history {
                history_off.remove(&key);
            } else {
                history_off.insert(key);
            }
        }
    }
    let mut rooms_by_name: HashMap<&str, Vec<&Room>> = HashMap::with_capacity(state.rooms.len());
    for r in &state.rooms {
        rooms_by_name.entry(r.name.as_str()).or_default().push(r);
    }
    let around = Around {
        state,
        category_pools: &category_pools,
        history_off: &history_off,
        rooms_by_name: &rooms_by_name,
        prune: prune.is_some(),
    };
    // The documents in the order their changes run, by kind; each document is diffed on
    // its own, so a large plan's are diffed in two halves on two threads, and the halves'
    // changes joined in order are the changes one pass would make.
    let mut specs: Vec<(usize, &Metadata, &mut Spec)> =
        docs.iter_mut().enumerate().map(|(i, s)| (i, &s.doc.metadata, &mut s.doc.spec)).collect();
    specs.sort_unstable_by_key(|(i, _, spec)| (kind_rank(spec.kind()), *i));
    const TWO_THREADS_ABOVE: usize = 4_096;
    let mut halves = if specs.len() > TWO_THREADS_ABOVE {
        let middle = specs.len() / 2;
        let (first, second) = specs.split_at_mut(middle);
        let (a, b) = std::thread::scope(|scope| {
            let second = scope.spawn(|| around.diff(second));
            (around.diff(first), second.join())
        });
        match b {
            Ok(b) => vec![a, b],
            Err(panic) => std::panic::resume_unwind(panic),
        }
    } else {
        vec![around.diff(&mut specs)]
    };
    drop(specs);
    let mut d = Diff { changes: Vec::with_capacity(halves.iter().map(|h| h.changes.len()).sum()), errors: Vec::new() };
    let mut described = BTreeSet::new();
    for half in &mut halves {
        d.changes.append(&mut half.changes);
        d.errors.append(&mut half.errors);
        d.errors.extend(half.unplaced.drain(..).map(|(i, field, message)| docs[i].diagnostic(Some(field), message)));
        described.append(&mut half.described);
    }
    if let Some(manager) = prune {
        prune_changes(&mut d, state, &described, manager);
    }
    (d.changes, d.errors)
}

/// What every document's diff reads besides the document: the server's state and what the
/// plan as a whole says of categories.
struct Around<'a> {
    state: &'a ServerState,
    category_pools: &'a BTreeMap<String, BTreeSet<String>>,
    history_off: &'a BTreeSet<(String, String)>,
    rooms_by_name: &'a HashMap<&'a str, Vec<&'a Room>>,
    prune: bool,
}

/// The diff of a run of documents.
struct Half {
    changes: Vec<Change>,
    errors: Vec<Diagnostic>,
    /// Problems by document index, placed once the documents are free to be read again.
    unplaced: Vec<(usize, &'static str, String)>,
    /// What the documents describe, by kind and key: only a prune needs it.
    described: BTreeSet<(&'static str, String)>,
}

impl Around<'_> {
    fn diff(&self, specs: &mut [(usize, &Metadata, &mut Spec)]) -> Half {
        let state = self.state;
        let mut d = Diff { changes: Vec::with_capacity(specs.len()), errors: Vec::new() };
        let (mut unplaced, mut described) = (Vec::new(), BTreeSet::new());
        let mut describe = |kind: &'static str, key: &dyn Fn() -> String| {
            if self.prune {
                described.insert((kind, key()));
            }
        };
        for (i, meta, spec) in specs.iter_mut() {
            let (i, meta) = (*i, *meta);
            let before = d.changes.len();
            let name = meta.name.as_str();
            match &mut **spec {
                Spec::User(u) => {
                    describe("User", &|| name.to_string());
                    let sip = Principal::parse(name).map(|p| p.to_string());
                    user_change(&mut d, meta, u, state.users.get(sip.as_deref().unwrap_or(name)));
                }
                Spec::Group(g) => {
                    describe("Group", &|| name.to_string());
                    group_change(&mut d, meta, g, state.groups.get(name));
                }
                Spec::Addin(a) => {
                    describe("Addin", &|| format!("{}/{name}", a.pool));
                    let current = state.addins.iter().find(|x| x.name == name && x.pool == a.pool);
                    let elsewhere = state.addins.iter().find(|x| x.name == name && x.pool != a.pool);
                    addin_change(&mut d, meta, a, current, elsewhere);
                }
                Spec::Category(c) => {
                    describe("Category", &|| format!("{}/{name}", c.pool));
                    let current = state.categories.iter().find(|x| x.name == name && x.pool == c.pool);
                    category_change(&mut d, meta, c, current);
                }
                Spec::Policy(p) => {
                    describe("Policy", &|| name.to_string());
                    policy_change(&mut d, meta, p, state.policies.iter().find(|x| x.identity == name));
                }
                Spec::ChatConfig(c) => {
                    describe("ChatConfig", &|| name.to_string());
                    config_change(&mut d, meta, c, state.configs.iter().find(|x| x.scope == name));
                }
                Spec::Room(r) => {
                    let pools = self.category_pools.get(&r.category);
                    let pool = match pools.map_or(0, BTreeSet::len) {
                        1 => pools.and_then(|p| p.first()).cloned().unwrap_or_default(),
                        n => {
                            let message = match n {
                                0 => format!(
                                    "category {:?} exists nowhere: not on the server and not in the plan",
                                    r.category
                                ),
                                _ => format!(
                                    "category {:?} exists in several pools ({}); rename one",
                                    r.category,
                                    pools.into_iter().flatten().cloned().collect::<Vec<_>>().join(", ")
                                ),
                            };
                            unplaced.push((i, "spec.category", message));
                            continue;
                        }
                    };
                    describe("Room", &|| format!("{pool}/{name}"));
                    let same_name = self.rooms_by_name.get(name).map(Vec::as_slice).unwrap_or_default();
                    let current = same_name.iter().copied().find(|x| x.pool == pool);
                    let elsewhere = same_name.iter().copied().find(|x| x.pool != pool);
                    let keeps_no_history = self.history_off.contains(&(pool.clone(), r.category.clone()));
                    room_change(&mut d, meta, r, &pool, current, elsewhere, keeps_no_history);
                }
                Spec::PolicyGrant(g) => grant_change(&mut d, meta, g, state),
                Spec::Topology(t) => d.changes.extend(topology::plan_changes(meta, t, state.topology.as_ref())),
            }
            for c in &mut d.changes[before..] {
                c.source = Some(i);
            }
        }
        Half { changes: d.changes, errors: d.errors, unplaced, described }
    }
}

fn kind_rank(kind: &str) -> usize {
    KINDS.iter().position(|k| *k == kind).unwrap_or(KINDS.len())
}

fn op(op: OpAction, name: &str, pool: Option<&str>, revision: Option<i64>, object: ObjectSpec) -> Operation {
    Operation { op, name: name.to_string(), pool: pool.map(str::to_string), revision, object }
}

fn change(action: Action, kind: &str, pool: Option<&str>, name: &str) -> Change {
    Change {
        action,
        kind: kind.to_string(),
        name: name.to_string(),
        address: address(kind, pool, name),
        fields: vec![],
        added: vec![],
        removed: vec![],
        destructive: None,
        dropped: vec![],
        // Most changes are one operation; a vector's first push would make room for four.
        operations: Vec::with_capacity(1),
        source: None,
    }
}

pub fn summary(changes: &[Change]) -> Summary {
    let mut s = Summary::default();
    for c in changes {
        match c.action {
            Action::Create => s.add += 1,
            Action::Update => s.change += 1,
            Action::Delete => s.destroy += 1,
            Action::Replace => {
                s.add += 1;
                s.destroy += 1;
            }
        }
    }
    s
}

/// Which change each of `operations` carries out, by index: what places the server's
/// problems, which name operations by their index.
pub fn carried_by(operations: &[(usize, &Operation)]) -> Vec<usize> {
    operations.iter().map(|(change, _)| *change).collect()
}

/// Drops the changes' operations: once a changeset is encoded they are not needed again
/// (the server's problems name an operation by index, which the caller keeps, and a field
/// by path), and a large plan is then held once, by the server, not twice.
pub fn forget_operations(changes: &mut [Change]) {
    for c in changes {
        c.operations = Vec::new();
    }
}

/// The operations of all changes in the order the server must see them: creates and
/// updates by kind, then deletes in reverse kind order (rooms before their categories).
/// The operations that carry the changes out, in the order they must run, each with the
/// index of its change; borrowed, so a plan's operations are never copied to be sent.
pub fn operations(changes: &[Change]) -> Vec<(usize, &Operation)> {
    let mut writes = Vec::new();
    let mut deletes = Vec::new();
    for (i, c) in changes.iter().enumerate() {
        for o in &c.operations {
            if o.op == OpAction::Delete && c.action != Action::Replace {
                deletes.push((i, o));
            } else {
                writes.push((i, o));
            }
        }
    }
    contained_groups_first(&mut writes);
    deletes.sort_by_key(|(i, _)| std::cmp::Reverse(kind_rank(&changes[*i].kind)));
    // Rooms are deleted before anything else so the categories they held can follow.
    let (room_deletes, other_deletes): (Vec<_>, Vec<_>) =
        deletes.into_iter().partition(|(i, _)| changes[*i].kind == "Room");
    room_deletes.into_iter().chain(writes).chain(other_deletes).collect()
}

/// Reorders the group writes among themselves so a group is written after the groups of
/// the plan it contains (the server checks that a member exists when its group is
/// written), whatever order the documents or the addresses put them in.
fn contained_groups_first(writes: &mut [(usize, &Operation)]) {
    let slots: Vec<usize> = writes
        .iter()
        .enumerate()
        .filter(|(_, (_, o))| matches!(o.object, ObjectSpec::Group(_)))
        .map(|(i, _)| i)
        .collect();
    if slots.len() < 2 {
        return;
    }
    let names: HashMap<&str, usize> = slots.iter().enumerate().map(|(k, &i)| (writes[i].1.name.as_str(), k)).collect();
    let needs: Vec<Vec<usize>> = slots
        .iter()
        .map(|&i| match &writes[i].1.object {
            ObjectSpec::Group(GroupSpec { members: Some(members), .. }) => {
                members.iter().filter_map(|m| m.strip_prefix("group:")).filter_map(|m| names.get(m).copied()).collect()
            }
            _ => vec![],
        })
        .collect();
    // Kahn's algorithm, taking the earliest ready group first so unrelated groups keep
    // their order; a cycle (the server refuses it anyway) keeps the order it had.
    let mut waiting: Vec<usize> =
        needs.iter().enumerate().map(|(k, n)| n.iter().filter(|&&m| m != k).count()).collect();
    let mut dependents: Vec<Vec<usize>> = vec![vec![]; slots.len()];
    for (k, n) in needs.iter().enumerate() {
        for &m in n.iter().filter(|&&m| m != k) {
            dependents[m].push(k);
        }
    }
    let mut ready: BTreeSet<usize> = (0..slots.len()).filter(|&k| waiting[k] == 0).collect();
    let mut placed = vec![false; slots.len()];
    let mut order = Vec::with_capacity(slots.len());
    while order.len() < slots.len() {
        let k = match ready.pop_first() {
            Some(k) => k,
            None => match (0..slots.len()).find(|&k| !placed[k]) {
                Some(k) => k,
                None => break,
            },
        };
        if placed[k] {
            continue;
        }
        placed[k] = true;
        order.push(k);
        for &d in &dependents[k] {
            waiting[d] = waiting[d].saturating_sub(1);
            if waiting[d] == 0 && !placed[d] {
                ready.insert(d);
            }
        }
    }
    let ops: Vec<(usize, &Operation)> = order.iter().map(|&k| writes[slots[k]]).collect();
    for (&slot, op) in slots.iter().zip(ops) {
        writes[slot] = op;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The server's state with one category, `eng`, in the default pool.
    fn with_eng() -> ServerState {
        let eng: Category = serde_json::from_value(json!({
            "name": "eng", "pool": "default", "description": "", "allowed_members": [], "denied_members": [],
            "creators": [], "invitations": true, "file_upload": true, "chat_history": true,
            "id": 1, "revision": 1, "created_at": "t", "updated_at": "t",
        }))
        .expect("a category");
        ServerState { categories: vec![eng], ..Default::default() }
    }

    #[test]
    fn created_rooms_show_their_description() {
        let csv = "name,category,description\nplain,eng,\nalpha,eng,\"first room\nbeta,eng,second room\"\n";
        let (mut docs, errors) = crate::plan::rooms_csv::read("rooms.csv", csv).expect("a room list");
        assert!(errors.is_empty(), "{errors:?}");
        let changes = diff(&mut docs, &with_eng(), false).expect("a plan");
        let fields = |name: &str| -> Vec<(String, Value)> {
            let c = changes.iter().find(|c| c.name == name).expect("a change");
            assert_eq!(c.action, Action::Create);
            c.fields.iter().map(|f| (f.field.clone(), f.new.clone())).collect()
        };
        assert_eq!(
            fields("alpha"),
            [
                ("category".to_string(), json!("eng")),
                ("description".to_string(), json!("first room\nbeta,eng,second room"))
            ]
        );
        assert_eq!(fields("plain"), [("category".to_string(), json!("eng"))], "an empty description is left out");
    }
}
