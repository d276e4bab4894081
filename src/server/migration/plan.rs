//! What an import does with each object of an archive, decided against what the server
//! holds: created, already there (made by an earlier run of the same import), or in
//! conflict and then skipped, renamed or merged as `on_conflict` says (docs/migration.md).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{BufRead, BufReader};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::api::migration::{ImportAction, ImportQuery, OnConflict, PlannedObject};
use crate::api::{
    AddinSpec, CategorySpec, ErrorCode, FieldError, GroupSpec, Labels, ObjectSpec, OpAction, Operation,
    PolicyGrantSpec, PolicySpec, RoomSpec, UserSpec,
};
use crate::archive::format::*;
use crate::archive::io::{for_each_member, hex};
use crate::server::error::{ApiError, ApiResult};
use crate::server::AppState;

use super::export::{split_name, IMPORT_LABEL};

/// What an archive defines, read into memory (messages and files stay in the archive).
#[derive(Default)]
pub(super) struct Definitions {
    users: Vec<UserRecord>,
    groups: Vec<GroupRecord>,
    policies: Vec<PolicyRecord>,
    chat_config: Vec<ChatConfigRecord>,
    addins: Vec<AddinRecord>,
    categories: Vec<CategoryRecord>,
    rooms: Vec<RoomRecord>,
    memberships: Vec<MembershipRecord>,
}

fn read_lines<T: serde::de::DeserializeOwned>(
    member: &str,
    reader: &mut dyn std::io::Read,
    out: &mut Vec<T>,
) -> std::io::Result<()> {
    for (i, line) in BufReader::new(reader).lines().enumerate() {
        let line = line?;
        let record =
            serde_json::from_str(&line).map_err(|e| std::io::Error::other(format!("{member}:{}: {e}", i + 1)))?;
        out.push(record);
    }
    Ok(())
}

pub(super) fn read_definitions(path: &Path) -> std::io::Result<Definitions> {
    let mut d = Definitions::default();
    for_each_member(path, |name, reader| match name {
        "users.jsonl" => read_lines(name, reader, &mut d.users),
        "groups.jsonl" => read_lines(name, reader, &mut d.groups),
        "policies.jsonl" => read_lines(name, reader, &mut d.policies),
        "chat_config.jsonl" => read_lines(name, reader, &mut d.chat_config),
        "addins.jsonl" => read_lines(name, reader, &mut d.addins),
        "categories.jsonl" => read_lines(name, reader, &mut d.categories),
        "rooms.jsonl" => read_lines(name, reader, &mut d.rooms),
        "memberships.jsonl" => read_lines(name, reader, &mut d.memberships),
        _ => Ok(()),
    })?;
    Ok(d)
}

/// An archive's identity: its members' checksums (two exports of the same data are the same
/// import, whenever they were made).
pub(super) fn archive_id(manifest: &Manifest) -> String {
    let members = serde_json::to_vec(&manifest.members).unwrap_or_default();
    hex(&Sha256::digest(&members))[..32].to_string()
}

/// A room of the archive, where it goes and what happens to its messages.
#[derive(Debug, Clone)]
pub(super) struct RoomImport {
    pub member: Option<String>,
    pub pool: String,
    pub name: String,
    pub action: ImportAction,
    pub last_seq: i64,
}

pub(super) struct Plan {
    pub objects: Vec<PlannedObject>,
    pub operations: Vec<Operation>,
    pub rooms: Vec<RoomImport>,
}

fn with_label(labels: &BTreeMap<String, String>, archive: &str) -> Labels {
    let mut out: Labels = labels.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    out.insert(IMPORT_LABEL.into(), archive.into());
    out
}

fn op(action: OpAction, name: &str, pool: Option<&str>, object: ObjectSpec) -> Operation {
    Operation { op: action, name: name.into(), pool: pool.map(String::from), revision: None, object }
}

fn planned(kind: &str, name: String, action: ImportAction, to: Option<String>, messages: Option<u64>) -> PlannedObject {
    PlannedObject { kind: kind.into(), name, action, to, messages }
}

/// A conflict: the object exists, was not made by this import, and no `on_conflict` says
/// what to do with it.
fn conflict(kind: &str, name: &str) -> FieldError {
    FieldError {
        index: None,
        field: Some(format!("{kind} {name}")),
        code: ErrorCode::ImportConflict,
        detail: format!(
            "{kind} {name} exists on the server already; say what to do with --on-conflict skip|rename|merge"
        ),
    }
}

/// Decides what happens to each object of the archive, against what the server holds.
pub(super) async fn plan(
    state: &AppState,
    d: &Definitions,
    q: &ImportQuery,
    archive: &str,
    manifest: &Manifest,
) -> ApiResult<Plan> {
    let mut tx = state.store.read().await?;
    let mut objects = Vec::new();
    let mut operations = Vec::new();
    let mut conflicts = Vec::new();
    let pool_of = |p: &str| q.pool.clone().unwrap_or_else(|| p.to_string());
    let ours = |labels: &Labels| labels.get(IMPORT_LABEL).is_some_and(|a| a == archive);

    // Users: created when absent; a user the server has is kept as it is.
    let sips: Vec<String> = d.users.iter().filter(|u| !u.deleted).map(|u| u.sip.clone()).collect();
    let mut existing_users = BTreeSet::new();
    for chunk in sips.chunks(500) {
        existing_users.extend(tx.users_by_sip(chunk).await?.into_iter().map(|u| u.sip));
    }
    let mut created_users = BTreeSet::new();
    for u in d.users.iter().filter(|u| !u.deleted) {
        if existing_users.contains(&u.sip) {
            objects.push(planned("user", u.sip.clone(), ImportAction::Exists, None, None));
            continue;
        }
        created_users.insert(u.sip.clone());
        objects.push(planned("user", u.sip.clone(), ImportAction::Create, None, None));
        operations.push(op(
            OpAction::Create,
            &u.sip,
            None,
            ObjectSpec::User(UserSpec {
                display_name: Some(u.display_name.clone()),
                ou: Some(u.ou.clone()),
                site: Some(u.site.clone()),
                enabled: Some(u.enabled),
                labels: Some(with_label(&u.labels, archive)),
            }),
        ));
    }

    // Groups, inner groups before the groups that hold them.
    let existing_groups: BTreeSet<String> = tx.all_groups().await?.into_iter().map(|g| g.name).collect();
    let by_name: BTreeMap<&str, &GroupRecord> = d.groups.iter().map(|g| (g.name.as_str(), g)).collect();
    let mut ordered: Vec<&GroupRecord> = Vec::new();
    let mut placed = BTreeSet::new();
    fn visit<'a>(
        g: &'a GroupRecord,
        by_name: &BTreeMap<&str, &'a GroupRecord>,
        placed: &mut BTreeSet<String>,
        out: &mut Vec<&'a GroupRecord>,
        depth: usize,
    ) {
        if depth > 64 || !placed.insert(g.name.clone()) {
            return;
        }
        for m in &g.members {
            if let Some(inner) = m.strip_prefix("group:").and_then(|n| by_name.get(n)) {
                visit(inner, by_name, placed, out, depth + 1);
            }
        }
        out.push(g);
    }
    for g in &d.groups {
        visit(g, &by_name, &mut placed, &mut ordered, 0);
    }
    for g in ordered {
        if existing_groups.contains(&g.name) {
            objects.push(planned("group", g.name.clone(), ImportAction::Exists, None, None));
            continue;
        }
        objects.push(planned("group", g.name.clone(), ImportAction::Create, None, None));
        operations.push(op(
            OpAction::Create,
            &g.name,
            None,
            ObjectSpec::Group(GroupSpec {
                description: Some(g.description.clone()),
                members: Some(g.members.clone()),
                labels: Some(with_label(&BTreeMap::new(), archive)),
            }),
        ));
    }

    // Policies and chat configuration: created when absent, else kept.
    // The global policy of a new store was never set: it takes the archive's values.
    let existing_policies: BTreeMap<String, bool> = tx
        .all_policies()
        .await?
        .into_iter()
        .map(|p| {
            let untouched = p.meta.revision == 1 && p.meta.updated_at == crate::store::format_ms(0);
            (p.identity, untouched)
        })
        .collect();
    for p in &d.policies {
        let found = existing_policies.get(&p.identity).copied();
        if found == Some(false) {
            objects.push(planned("policy", p.identity.clone(), ImportAction::Exists, None, None));
        } else {
            objects.push(planned("policy", p.identity.clone(), ImportAction::Create, None, None));
            operations.push(op(
                if found.is_some() { OpAction::Update } else { OpAction::Create },
                &p.identity,
                None,
                ObjectSpec::Policy(PolicySpec {
                    enabled: Some(p.enabled),
                    description: Some(p.description.clone()),
                    labels: Some(with_label(&BTreeMap::new(), archive)),
                }),
            ));
        }
        // Granted to the users this import creates (a user the server had keeps its policy).
        let users: Vec<String> = p.users.iter().filter(|u| created_users.contains(*u)).cloned().collect();
        if !users.is_empty() {
            operations.push(op(
                OpAction::Upsert,
                &p.identity,
                None,
                ObjectSpec::PolicyGrant(PolicyGrantSpec { users }),
            ));
        }
    }
    let existing_scopes: BTreeSet<String> = tx.all_config_scopes().await?.into_iter().map(|s| s.scope).collect();
    for s in &d.chat_config {
        if existing_scopes.contains(&s.scope) {
            objects.push(planned("chat_config", s.scope.clone(), ImportAction::Exists, None, None));
            continue;
        }
        objects.push(planned("chat_config", s.scope.clone(), ImportAction::Create, None, None));
        operations.push(op(OpAction::Create, &s.scope, None, ObjectSpec::ChatConfig(s.settings.clone())));
    }

    // Add-ins.
    let addins = tx.all_addins().await?;
    for a in &d.addins {
        let pool = pool_of(&a.pool);
        let label = format!("{pool}/{}", a.name);
        match addins.iter().find(|x| x.pool == pool && x.name == a.name) {
            Some(x) if ours(&x.meta.labels) || x.url == a.url => {
                objects.push(planned("addin", label, ImportAction::Exists, None, None))
            }
            Some(_) => match q.on_conflict {
                None => conflicts.push(conflict("add-in", &label)),
                // An add-in is a name and a URL: the server's is kept whatever was asked.
                Some(_) => objects.push(planned("addin", label, ImportAction::Skip, None, None)),
            },
            None => {
                objects.push(planned("addin", label, ImportAction::Create, None, None));
                operations.push(op(
                    OpAction::Create,
                    &a.name,
                    Some(&pool),
                    ObjectSpec::Addin(AddinSpec {
                        name: None,
                        pool: Some(pool.clone()),
                        url: Some(a.url.clone()),
                        labels: Some(with_label(&a.labels, archive)),
                    }),
                ));
            }
        }
    }

    // Categories: each archive category's name on the server (renamed, or `--category`).
    let categories = tx.all_categories().await?;
    let mut category_as: HashMap<(String, String), String> = HashMap::new();
    if let Some(into) = &q.category {
        let found =
            categories.iter().filter(|c| &c.name == into && q.pool.as_ref().is_none_or(|p| p == &c.pool)).count();
        if found == 0 {
            return Err(ApiError::field(
                ErrorCode::UnknownReference,
                "category",
                format!("category {into:?} does not exist on the server: create it first, or leave --category out"),
            ));
        }
        for c in &d.categories {
            category_as.insert((c.pool.clone(), c.name.clone()), into.clone());
        }
    } else {
        for c in &d.categories {
            let pool = pool_of(&c.pool);
            let label = format!("{pool}/{}", c.name);
            let found =
                |n: &str| categories.iter().find(|x| x.pool == pool && x.name == n).map(|x| ours(&x.meta.labels));
            let (action, name, created_now) = decide("category", &label, &c.name, q.on_conflict, found, &mut conflicts);
            let to = (name != c.name).then(|| format!("{pool}/{name}"));
            objects.push(planned("category", label, action, to, None));
            if created_now {
                operations.push(op(
                    OpAction::Create,
                    &name,
                    Some(&pool),
                    ObjectSpec::Category(CategorySpec {
                        name: None,
                        pool: Some(pool.clone()),
                        description: Some(c.description.clone()),
                        allowed_members: Some(c.allowed_members.clone()),
                        denied_members: Some(c.denied_members.clone()),
                        creators: Some(c.creators.clone()),
                        invitations: Some(c.invitations),
                        file_upload: Some(c.file_upload),
                        chat_history: Some(c.chat_history),
                        labels: Some(with_label(&c.labels, archive)),
                    }),
                ));
            }
            category_as.insert((c.pool.clone(), c.name.clone()), name);
        }
    }

    // Rooms, with their entries.
    let mut entries: HashMap<(&str, &str), Vec<&MembershipRecord>> = HashMap::new();
    for m in &d.memberships {
        entries.entry((m.pool.as_str(), m.room.as_str())).or_default().push(m);
    }
    let names: Vec<String> = d.rooms.iter().flat_map(|r| candidates(&r.name)).collect();
    let mut existing_rooms = Vec::new();
    for chunk in names.chunks(500) {
        existing_rooms.extend(tx.rooms_by_name(chunk).await?);
    }
    let message_counts: HashMap<&str, u64> = manifest.members.iter().map(|m| (m.name.as_str(), m.records)).collect();
    let mut rooms = Vec::new();
    for r in &d.rooms {
        let pool = pool_of(&r.pool);
        let label = format!("{pool}/{}", r.name);
        let category = category_as.get(&(r.pool.clone(), r.category.clone())).cloned().unwrap_or(r.category.clone());
        let found =
            |n: &str| existing_rooms.iter().find(|x| x.pool == pool && x.name == n).map(|x| ours(&x.meta.labels));
        let (action, name, created_now) = decide("room", &label, &r.name, q.on_conflict, found, &mut conflicts);
        let messages = r.messages.as_deref().and_then(|m| message_counts.get(m).copied());
        let to = match (name != r.name, category != r.category) {
            (true, _) => Some(format!("{pool}/{name}")),
            (false, true) => Some(format!("category {category}")),
            _ => None,
        };
        objects.push(planned("room", label, action, to, messages));
        let mine = entries.get(&(r.pool.as_str(), r.name.as_str())).cloned().unwrap_or_default();
        let role = |which: &str| -> Vec<String> {
            mine.iter().filter(|m| m.role == which).map(|m| m.principal.clone()).collect()
        };
        if created_now {
            operations.push(op(
                OpAction::Create,
                &name,
                Some(&pool),
                ObjectSpec::Room(RoomSpec {
                    name: None,
                    category: Some(category.clone()),
                    description: Some(r.description.clone()),
                    room_type: Some(r.room_type),
                    privacy: Some(r.privacy),
                    addin: r.addin.clone(),
                    invitations: Some(r.invitations),
                    disabled: Some(r.disabled),
                    members: Some(role("member")),
                    managers: Some(role("manager")),
                    presenters: Some(role("presenter")),
                    add: Vec::new(),
                    remove: Vec::new(),
                    labels: Some(with_label(&r.labels, archive)),
                }),
            ));
        } else if action == ImportAction::Merge && !mine.is_empty() {
            let add = mine
                .iter()
                .map(|m| {
                    let role = match m.role.as_str() {
                        "manager" => crate::api::RoomRole::Manager,
                        "presenter" => crate::api::RoomRole::Presenter,
                        _ => crate::api::RoomRole::Member,
                    };
                    crate::api::RoleChange { role, principal: m.principal.clone() }
                })
                .collect();
            operations.push(op(
                OpAction::Update,
                &name,
                Some(&pool),
                ObjectSpec::Room(RoomSpec { add, ..Default::default() }),
            ));
        }
        rooms.push(RoomImport { member: r.messages.clone(), pool, name, action, last_seq: r.last_seq });
    }
    if !conflicts.is_empty() {
        let n = conflicts.len();
        let mut e = ApiError::from_errors(conflicts);
        e.0.detail = format!(
            "{} of the archive exist on the server already; nothing was imported. Say what to do with them: \
             --on-conflict skip|rename|merge (docs/migration.md)",
            crate::api::text::count(n, "object")
        );
        return Err(e);
    }
    Ok(Plan { objects, operations, rooms })
}

/// What happens to a category or room of the archive named `name`: its action, the name it
/// takes on the server, and whether this run creates it. `found(name)` says whether the
/// server has one of that name in the pool (`Some`), and whether this import made it (`true`).
fn decide(
    kind: &str,
    label: &str,
    name: &str,
    on_conflict: Option<OnConflict>,
    found: impl Fn(&str) -> Option<bool>,
    conflicts: &mut Vec<FieldError>,
) -> (ImportAction, String, bool) {
    let same = |action| (action, name.to_string(), false);
    match (found(name), on_conflict) {
        (None, _) => (ImportAction::Create, name.to_string(), true),
        (Some(true), _) => same(ImportAction::Exists),
        (Some(false), None) => {
            conflicts.push(conflict(kind, label));
            same(ImportAction::Skip)
        }
        (Some(false), Some(OnConflict::Skip)) => same(ImportAction::Skip),
        (Some(false), Some(OnConflict::Merge)) => same(ImportAction::Merge),
        (Some(false), Some(OnConflict::Rename)) => {
            // `NAME-imported`, `NAME-imported-2`, ...: the first the server does not have, or
            // that an earlier run of this import made.
            let free = candidates(name)
                .into_iter()
                .skip(1)
                .find(|c| found(c) != Some(false))
                .unwrap_or_else(|| format!("{name}-imported-{}", crate::store::now_ms()));
            let created_now = found(&free).is_none();
            (ImportAction::Rename, free, created_now)
        }
    }
}

fn candidates(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string(), format!("{name}-imported")];
    out.extend((2..=20).map(|i| format!("{name}-imported-{i}")));
    out
}

/// Keeps of the archive only the rooms named (`NAME` or `POOL/NAME`) and what they need:
/// their categories, add-ins and entries, the groups and users those name. Policies and
/// chat configuration are left out: restoring rooms does not change them.
pub(super) fn only_rooms(d: &mut Definitions, names: &[String]) -> ApiResult<()> {
    let mut keep = BTreeSet::new();
    for name in names {
        let (pool, bare) = split_name(name);
        let found: Vec<&RoomRecord> =
            d.rooms.iter().filter(|r| r.name == bare && pool.is_none_or(|p| p == r.pool)).collect();
        match found.as_slice() {
            [] => {
                return Err(ApiError::field(
                    ErrorCode::NotFound,
                    "rooms",
                    format!("room {name:?} is not in the archive"),
                ))
            }
            [one] => {
                keep.insert((one.pool.clone(), one.name.clone()));
            }
            _ => {
                return Err(ApiError::field(
                    ErrorCode::Ambiguous,
                    "rooms",
                    format!("room {name:?} is in several pools of the archive; write POOL/{name}"),
                ))
            }
        }
    }
    d.rooms.retain(|r| keep.contains(&(r.pool.clone(), r.name.clone())));
    d.memberships.retain(|m| keep.contains(&(m.pool.clone(), m.room.clone())));
    let categories: BTreeSet<(String, String)> = d.rooms.iter().map(|r| (r.pool.clone(), r.category.clone())).collect();
    d.categories.retain(|c| categories.contains(&(c.pool.clone(), c.name.clone())));
    let addins: BTreeSet<(String, String)> =
        d.rooms.iter().filter_map(|r| r.addin.clone().map(|a| (r.pool.clone(), a))).collect();
    d.addins.retain(|a| addins.contains(&(a.pool.clone(), a.name.clone())));
    let mut principals: BTreeSet<String> = d.memberships.iter().map(|m| m.principal.clone()).collect();
    for c in &d.categories {
        principals.extend(c.allowed_members.iter().chain(&c.denied_members).chain(&c.creators).cloned());
    }
    let mut groups = BTreeSet::new();
    let mut queue: Vec<String> = principals.iter().filter_map(|p| p.strip_prefix("group:").map(String::from)).collect();
    while let Some(g) = queue.pop() {
        if !groups.insert(g.clone()) {
            continue;
        }
        if let Some(group) = d.groups.iter().find(|x| x.name == g) {
            for m in &group.members {
                principals.insert(m.clone());
                if let Some(inner) = m.strip_prefix("group:") {
                    queue.push(inner.to_string());
                }
            }
        }
    }
    d.groups.retain(|g| groups.contains(&g.name));
    // The users named, and those of the OUs named (an OU in a scope needs someone in it).
    let ous: Vec<&str> = principals.iter().filter_map(|p| p.strip_prefix("ou:")).collect();
    let in_ou =
        |ou: &str| ous.iter().any(|p| ou == *p || ou.strip_prefix(*p).is_some_and(|rest| rest.starts_with('/')));
    d.users.retain(|u| principals.contains(&u.sip) || in_ou(&u.ou));
    d.policies.clear();
    d.chat_config.clear();
    Ok(())
}
