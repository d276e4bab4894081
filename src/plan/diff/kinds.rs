//! Each kind's changes: what a document asks of its object as the server holds it (or
//! does not), as the changes a person reads and the operations that carry them out.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::*;

pub(super) fn user_change(d: &mut Diff, meta: &Metadata, u: &mut UserDoc, current: Option<&User>) {
    let name = &meta.name;
    let spec = |labels, u: &UserDoc| UserSpec {
        display_name: (!u.display_name.is_empty()).then(|| u.display_name.clone()),
        ou: Some(u.ou.clone()),
        site: Some(u.site.clone()),
        enabled: Some(u.enabled),
        labels,
    };
    match current {
        None => {
            let mut c = change(Action::Create, "User", None, name);
            let spec = UserSpec {
                display_name: Some(std::mem::take(&mut u.display_name)).filter(|n| !n.is_empty()),
                ou: Some(std::mem::take(&mut u.ou)),
                site: Some(std::mem::take(&mut u.site)),
                enabled: Some(u.enabled),
                labels: Some(create_labels(meta)),
            };
            c.operations.push(op(OpAction::Create, name, None, None, ObjectSpec::User(spec)));
            d.changes.push(c);
        }
        Some(cur) => {
            let mut c = change(Action::Update, "User", None, name);
            if !u.display_name.is_empty() {
                Diff::field(&mut c.fields, "displayName", &cur.display_name, &u.display_name);
            }
            Diff::field(&mut c.fields, "ou", &cur.ou, &u.ou.trim_matches('/').to_string());
            Diff::field(&mut c.fields, "site", &cur.site, &u.site);
            Diff::field(&mut c.fields, "enabled", &cur.enabled, &u.enabled);
            let labels = update_labels(meta, &cur.meta.labels);
            if let Some(l) = &labels {
                Diff::field(&mut c.fields, "labels", &cur.meta.labels, l);
            }
            if !c.fields.is_empty() {
                c.operations.push(op(
                    OpAction::Update,
                    name,
                    None,
                    Some(cur.meta.revision),
                    ObjectSpec::User(spec(labels, u)),
                ));
                d.changes.push(c);
            }
        }
    }
}

pub(super) fn group_change(d: &mut Diff, meta: &Metadata, g: &mut GroupDoc, current: Option<&Group>) {
    let name = &meta.name;
    match current {
        None => {
            let mut c = change(Action::Create, "Group", None, name);
            let spec = GroupSpec {
                description: Some(std::mem::take(&mut g.description)),
                members: Some(std::mem::take(&mut g.members)),
                labels: Some(create_labels(meta)),
            };
            c.operations.push(op(OpAction::Create, name, None, None, ObjectSpec::Group(spec)));
            d.changes.push(c);
        }
        Some(cur) => {
            let mut c = change(Action::Update, "Group", None, name);
            let mut spec = GroupSpec::default();
            if Diff::field(&mut c.fields, "description", &cur.description, &g.description) {
                spec.description = Some(g.description.clone());
            }
            let mut lists = (vec![], vec![]);
            if Diff::list(&mut lists, "member", &cur.members, &g.members) {
                spec.members = Some(g.members.clone());
            }
            (c.added, c.removed) = lists;
            spec.labels = update_labels(meta, &cur.meta.labels);
            if let Some(l) = &spec.labels {
                Diff::field(&mut c.fields, "labels", &cur.meta.labels, l);
            }
            if spec != GroupSpec::default() {
                c.operations.push(op(OpAction::Update, name, None, Some(cur.meta.revision), ObjectSpec::Group(spec)));
                d.changes.push(c);
            }
        }
    }
}

pub(super) fn addin_change(
    d: &mut Diff,
    meta: &Metadata,
    a: &AddinDoc,
    current: Option<&Addin>,
    elsewhere: Option<&Addin>,
) {
    let name = &meta.name;
    let create = |labels| {
        op(
            OpAction::Create,
            name,
            Some(&a.pool),
            None,
            ObjectSpec::Addin(AddinSpec { name: None, pool: Some(a.pool.clone()), url: Some(a.url.clone()), labels }),
        )
    };
    match (current, elsewhere) {
        (None, Some(old)) => {
            let mut c = change(Action::Replace, "Addin", Some(&a.pool), name);
            Diff::field(&mut c.fields, "pool", &old.pool, &a.pool);
            c.destructive = Some(format!(
                "add-in {name} moves from pool {} to {}: it is deleted and created again",
                old.pool, a.pool
            ));
            c.operations.push(op(
                OpAction::Delete,
                name,
                Some(&old.pool),
                Some(old.meta.revision),
                ObjectSpec::Addin(AddinSpec::default()),
            ));
            c.operations.push(create(Some(create_labels(meta))));
            d.changes.push(c);
        }
        (None, None) => {
            let mut c = change(Action::Create, "Addin", Some(&a.pool), name);
            c.fields.push(FieldChange { field: "url".into(), old: Value::Null, new: json!(a.url) });
            c.operations.push(create(Some(create_labels(meta))));
            d.changes.push(c);
        }
        (Some(cur), _) => {
            let mut c = change(Action::Update, "Addin", Some(&a.pool), name);
            let mut spec = AddinSpec::default();
            if Diff::field(&mut c.fields, "url", &cur.url, &a.url) {
                spec.url = Some(a.url.clone());
            }
            spec.labels = update_labels(meta, &cur.meta.labels);
            if spec != AddinSpec::default() {
                c.operations.push(op(
                    OpAction::Update,
                    name,
                    Some(&a.pool),
                    Some(cur.meta.revision),
                    ObjectSpec::Addin(spec),
                ));
                d.changes.push(c);
            }
        }
    }
}

pub(super) fn category_change(d: &mut Diff, meta: &Metadata, cat: &CategoryDoc, current: Option<&Category>) {
    let name = &meta.name;
    let pool = Some(cat.pool.as_str());
    match current {
        None => {
            let mut c = change(Action::Create, "Category", pool, name);
            for (f, v) in [
                ("allowedMembers", &cat.allowed_members),
                ("deniedMembers", &cat.denied_members),
                ("creators", &cat.creators),
            ] {
                if !v.is_empty() {
                    c.fields.push(FieldChange { field: f.into(), old: Value::Null, new: json!(v) });
                }
            }
            let spec = CategorySpec {
                name: None,
                pool: Some(cat.pool.clone()),
                description: Some(cat.description.clone()),
                allowed_members: Some(cat.allowed_members.clone()),
                denied_members: Some(cat.denied_members.clone()),
                creators: Some(cat.creators.clone()),
                invitations: Some(cat.invitations),
                file_upload: Some(cat.file_upload),
                chat_history: Some(cat.chat_history),
                labels: Some(create_labels(meta)),
            };
            c.operations.push(op(OpAction::Create, name, pool, None, ObjectSpec::Category(spec)));
            d.changes.push(c);
        }
        Some(cur) => {
            let mut c = change(Action::Update, "Category", pool, name);
            let mut spec = CategorySpec::default();
            if Diff::field(&mut c.fields, "description", &cur.description, &cat.description) {
                spec.description = Some(cat.description.clone());
            }
            let mut lists = (vec![], vec![]);
            if Diff::list(&mut lists, "allowed", &cur.allowed_members, &cat.allowed_members) {
                spec.allowed_members = Some(cat.allowed_members.clone());
            }
            if Diff::list(&mut lists, "denied", &cur.denied_members, &cat.denied_members) {
                spec.denied_members = Some(cat.denied_members.clone());
            }
            if Diff::list(&mut lists, "creator", &cur.creators, &cat.creators) {
                spec.creators = Some(cat.creators.clone());
            }
            (c.added, c.removed) = lists;
            let narrows =
                c.removed.iter().any(|r| r.starts_with("allowed ")) || c.added.iter().any(|a| a.starts_with("denied "));
            if narrows {
                c.destructive =
                    Some(format!("the scope of category {name} narrows: room members outside it are dropped"));
            }
            if Diff::field(&mut c.fields, "invitations", &cur.invitations, &cat.invitations) {
                spec.invitations = Some(cat.invitations);
            }
            if Diff::field(&mut c.fields, "fileUpload", &cur.file_upload, &cat.file_upload) {
                spec.file_upload = Some(cat.file_upload);
            }
            if Diff::field(&mut c.fields, "chatHistory", &cur.chat_history, &cat.chat_history) {
                spec.chat_history = Some(cat.chat_history);
                if !cat.chat_history {
                    c.destructive = Some(format!("category {name} stops keeping chat history"));
                }
            }
            spec.labels = update_labels(meta, &cur.meta.labels);
            if let Some(l) = &spec.labels {
                Diff::field(&mut c.fields, "labels", &cur.meta.labels, l);
            }
            if spec != CategorySpec::default() {
                c.operations.push(op(
                    OpAction::Update,
                    name,
                    pool,
                    Some(cur.meta.revision),
                    ObjectSpec::Category(spec),
                ));
                d.changes.push(c);
            }
        }
    }
}

pub(super) fn policy_change(d: &mut Diff, meta: &Metadata, p: &PolicyDoc, current: Option<&Policy>) {
    let name = &meta.name;
    match current {
        None => {
            let mut c = change(Action::Create, "Policy", None, name);
            c.fields.push(FieldChange { field: "enabled".into(), old: Value::Null, new: json!(p.enabled) });
            let spec = PolicySpec {
                enabled: Some(p.enabled),
                description: Some(p.description.clone()),
                labels: Some(create_labels(meta)),
            };
            c.operations.push(op(OpAction::Create, name, None, None, ObjectSpec::Policy(spec)));
            d.changes.push(c);
        }
        Some(cur) => {
            let mut c = change(Action::Update, "Policy", None, name);
            let mut spec = PolicySpec::default();
            if Diff::field(&mut c.fields, "enabled", &cur.enabled, &p.enabled) {
                spec.enabled = Some(p.enabled);
            }
            if Diff::field(&mut c.fields, "description", &cur.description, &p.description) {
                spec.description = Some(p.description.clone());
            }
            spec.labels = update_labels(meta, &cur.meta.labels);
            if spec != PolicySpec::default() {
                c.operations.push(op(OpAction::Update, name, None, Some(cur.meta.revision), ObjectSpec::Policy(spec)));
                d.changes.push(c);
            }
        }
    }
}

pub(super) fn config_change(d: &mut Diff, meta: &Metadata, cfg: &ChatConfigDoc, current: Option<&ChatConfigScope>) {
    let name = &meta.name;
    let cur = current.map(|c| c.settings.clone()).unwrap_or_default();
    let mut c = change(if current.is_some() { Action::Update } else { Action::Create }, "ChatConfig", None, name);
    let mut spec = ChatConfigSettings::default();
    if cfg.default_chat_history.is_some()
        && Diff::field(&mut c.fields, "defaultChatHistory", &cur.default_chat_history, &cfg.default_chat_history)
    {
        spec.default_chat_history = cfg.default_chat_history;
    }
    if cfg.max_file_size_kb.is_some()
        && Diff::field(&mut c.fields, "maxFileSizeKb", &cur.max_file_size_kb, &cfg.max_file_size_kb)
    {
        spec.max_file_size_kb = cfg.max_file_size_kb;
    }
    if cfg.participant_update_limit.is_some()
        && Diff::field(
            &mut c.fields,
            "participantUpdateLimit",
            &cur.participant_update_limit,
            &cfg.participant_update_limit,
        )
    {
        spec.participant_update_limit = cfg.participant_update_limit;
    }
    if cfg.room_management_url.is_some()
        && Diff::field(&mut c.fields, "roomManagementUrl", &cur.room_management_url, &cfg.room_management_url)
    {
        spec.room_management_url = cfg.room_management_url.clone();
    }
    if spec != ChatConfigSettings::default() || current.is_none() {
        c.operations.push(op(
            if current.is_some() { OpAction::Update } else { OpAction::Create },
            name,
            None,
            current.map(|c| c.meta.revision),
            ObjectSpec::ChatConfig(spec),
        ));
        d.changes.push(c);
    }
}

pub(super) fn room_change(
    d: &mut Diff,
    meta: &Metadata,
    r: &mut RoomDoc,
    pool: &str,
    current: Option<&Room>,
    elsewhere: Option<&Room>,
    into_history_off: bool,
) {
    let name = &meta.name;
    // What a create sends: the document's values, moved out of it.
    let full = |labels, r: &mut RoomDoc| RoomSpec {
        category: Some(std::mem::take(&mut r.category)),
        description: Some(std::mem::take(&mut r.description)),
        room_type: Some(r.room_type),
        privacy: Some(r.privacy),
        addin: r.addin.take(),
        invitations: Some(r.invitations),
        disabled: Some(r.disabled),
        members: Some(std::mem::take(&mut r.members)),
        managers: Some(std::mem::take(&mut r.managers)),
        presenters: Some(std::mem::take(&mut r.presenters)),
        labels,
        ..Default::default()
    };
    match (current, elsewhere) {
        (None, Some(old)) => {
            let mut c = change(Action::Replace, "Room", Some(pool), name);
            Diff::field(&mut c.fields, "pool", &old.pool, &pool.to_string());
            c.destructive = Some(format!(
                "room {name} moves from pool {} to {pool}: it is deleted with its history and created again",
                old.pool
            ));
            c.operations.push(op(
                OpAction::Delete,
                name,
                Some(&old.pool),
                Some(old.meta.revision),
                ObjectSpec::Room(RoomSpec::default()),
            ));
            c.operations.push(op(
                OpAction::Create,
                name,
                Some(pool),
                None,
                ObjectSpec::Room(full(Some(create_labels(meta)), r)),
            ));
            d.changes.push(c);
        }
        (None, None) => {
            let mut c = change(Action::Create, "Room", Some(pool), name);
            c.fields.push(FieldChange { field: "category".into(), old: Value::Null, new: json!(r.category) });
            // The description is shown too: a reviewer sees a CSV row swallowed into it.
            if !r.description.is_empty() {
                c.fields.push(FieldChange { field: "description".into(), old: Value::Null, new: json!(r.description) });
            }
            c.operations.push(op(
                OpAction::Create,
                name,
                Some(pool),
                None,
                ObjectSpec::Room(full(Some(create_labels(meta)), r)),
            ));
            d.changes.push(c);
        }
        (Some(cur), _) => {
            let mut c = change(Action::Update, "Room", Some(pool), name);
            let mut spec = RoomSpec::default();
            if Diff::field(&mut c.fields, "category", &cur.category, &r.category) {
                spec.category = Some(r.category.clone());
                if into_history_off {
                    c.destructive = Some(format!(
                        "room {name} moves to category {}, which keeps no chat history: its history is no longer shown and new messages are not kept",
                        r.category
                    ));
                }
            }
            if Diff::field(&mut c.fields, "description", &cur.description, &r.description) {
                spec.description = Some(r.description.clone());
            }
            if Diff::field(&mut c.fields, "type", &cur.room_type, &r.room_type) {
                spec.room_type = Some(r.room_type);
            }
            if Diff::field(&mut c.fields, "privacy", &cur.privacy, &r.privacy) {
                spec.privacy = Some(r.privacy);
                if privacy_rank(r.privacy) > privacy_rank(cur.privacy) {
                    c.destructive =
                        Some(format!("room {name} narrows from {} to {}: people lose access", cur.privacy, r.privacy));
                }
            }
            if Diff::field(&mut c.fields, "invitations", &cur.invitations, &r.invitations) {
                spec.invitations = Some(r.invitations);
            }
            if Diff::field(&mut c.fields, "disabled", &cur.disabled, &r.disabled) {
                spec.disabled = Some(r.disabled);
            }
            if Diff::field(&mut c.fields, "addin", &cur.addin, &r.addin) {
                spec.addin = Some(r.addin.clone().unwrap_or_default());
            }
            let mut lists = (vec![], vec![]);
            if Diff::list(&mut lists, "member", &cur.members, &r.members) {
                spec.members = Some(r.members.clone());
            }
            if Diff::list(&mut lists, "manager", &cur.managers, &r.managers) {
                spec.managers = Some(r.managers.clone());
            }
            if Diff::list(&mut lists, "presenter", &cur.presenters, &r.presenters) {
                spec.presenters = Some(r.presenters.clone());
            }
            (c.added, c.removed) = lists;
            if spec.category.is_some() {
                // A move is checked against the new scope with the whole lists the document
                // gives, so a document that keeps out-of-scope members is refused up front
                // rather than applied and left un-plannable.
                spec.members = Some(r.members.clone());
                spec.managers = Some(r.managers.clone());
                spec.presenters = Some(r.presenters.clone());
            }
            spec.labels = update_labels(meta, &cur.meta.labels);
            if let Some(l) = &spec.labels {
                Diff::field(&mut c.fields, "labels", &cur.meta.labels, l);
            }
            if spec != RoomSpec::default() {
                c.operations.push(op(
                    OpAction::Update,
                    name,
                    Some(pool),
                    Some(cur.meta.revision),
                    ObjectSpec::Room(spec),
                ));
                d.changes.push(c);
            }
        }
    }
}

fn privacy_rank(p: Privacy) -> u8 {
    match p {
        Privacy::Open => 0,
        Privacy::Closed => 1,
        Privacy::Secret => 2,
    }
}

pub(super) fn grant_change(d: &mut Diff, meta: &Metadata, g: &PolicyGrantDoc, state: &ServerState) {
    let tag = g.policy.strip_prefix("tag:").unwrap_or(&g.policy);
    let missing: Vec<String> = g
        .users
        .iter()
        .filter(|u| {
            let sip = Principal::parse(u).map(|p| p.to_string()).unwrap_or_else(|_| (*u).clone());
            state.users.get(&sip).is_none_or(|user| user.policy.as_deref() != Some(tag))
        })
        .cloned()
        .collect();
    if missing.is_empty() {
        return;
    }
    // A grant is the set of users who hold the tag: when nobody holds it yet, the grant
    // comes into being (an add), as a new policy or room does; otherwise it changes.
    let held = state.users.values().any(|user| user.policy.as_deref() == Some(tag));
    let action = if held { Action::Update } else { Action::Create };
    let mut c = change(action, "PolicyGrant", None, &meta.name);
    c.added = missing.iter().map(|u| format!("grant {} {u}", g.policy)).collect();
    // The whole list goes to the server (granted users are no-ops there), so its errors'
    // `users[i]` indexes are the document's.
    c.operations.push(op(
        OpAction::Upsert,
        &g.policy,
        None,
        None,
        ObjectSpec::PolicyGrant(PolicyGrantSpec { users: g.users.clone() }),
    ));
    d.changes.push(c);
}

/// Deletes of managed objects the documents no longer describe (rooms first).
pub(super) fn prune_changes(
    d: &mut Diff,
    state: &ServerState,
    described: &BTreeSet<(&'static str, String)>,
    manager: &str,
) {
    let mut gone = |kind: &'static str,
                    key: String,
                    pool: Option<&str>,
                    name: &str,
                    revision: i64,
                    object: ObjectSpec,
                    destructive: Option<String>| {
        if described.contains(&(kind, key)) {
            return;
        }
        let mut c = change(Action::Delete, kind, pool, name);
        c.destructive = destructive.or_else(|| Some(format!("{} is deleted", address(kind, pool, name))));
        c.operations.push(op(OpAction::Delete, name, pool, Some(revision), object));
        d.changes.push(c);
    };
    for r in state.rooms.iter().filter(|r| managed(&r.meta.labels, manager)) {
        let why = format!("room {} is deleted with all its history", r.name);
        gone(
            "Room",
            format!("{}/{}", r.pool, r.name),
            Some(&r.pool),
            &r.name,
            r.meta.revision,
            ObjectSpec::Room(RoomSpec::default()),
            Some(why),
        );
    }
    for c in state.categories.iter().filter(|c| managed(&c.meta.labels, manager)) {
        gone(
            "Category",
            format!("{}/{}", c.pool, c.name),
            Some(&c.pool),
            &c.name,
            c.meta.revision,
            ObjectSpec::Category(CategorySpec::default()),
            None,
        );
    }
    for a in state.addins.iter().filter(|a| managed(&a.meta.labels, manager)) {
        gone(
            "Addin",
            format!("{}/{}", a.pool, a.name),
            Some(&a.pool),
            &a.name,
            a.meta.revision,
            ObjectSpec::Addin(AddinSpec::default()),
            None,
        );
    }
    for p in state.policies.iter().filter(|p| managed(&p.meta.labels, manager) && p.identity != "global") {
        gone(
            "Policy",
            p.identity.clone(),
            None,
            &p.identity,
            p.meta.revision,
            ObjectSpec::Policy(PolicySpec::default()),
            None,
        );
    }
    let mut groups: Vec<&Group> = state.groups.values().filter(|g| managed(&g.meta.labels, manager)).collect();
    groups.sort_by(|a, b| a.name.cmp(&b.name));
    for g in groups {
        gone("Group", g.name.clone(), None, &g.name, g.meta.revision, ObjectSpec::Group(GroupSpec::default()), None);
    }
    let mut users: Vec<&User> = state.users.values().filter(|u| managed(&u.meta.labels, manager)).collect();
    users.sort_by(|a, b| a.sip.cmp(&b.sip));
    for u in users {
        gone("User", u.sip.clone(), None, &u.sip, u.meta.revision, ObjectSpec::User(UserSpec::default()), None);
    }
}
