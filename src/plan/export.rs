//! Server objects as plan documents, for `export`: what `apply` would read back to leave
//! the server as it is. Fields at their defaults are left out (the documents' serde rules),
//! the `pchat.io/managed-by` label is dropped (apply adds it), and every list is in a
//! stable order: by name, groups after the groups they contain.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{json, Value};

use super::document::*;
use crate::api::*;

/// An object's labels as a document carries them: without the managed-by mark.
pub fn labels(labels: &Labels) -> BTreeMap<String, String> {
    labels.iter().filter(|(k, _)| k.as_str() != MANAGED_BY_LABEL).map(|(k, v)| (k.clone(), v.clone())).collect()
}

fn doc(name: &str, object_labels: &Labels, spec: Spec) -> Document {
    Document { metadata: Metadata { name: name.to_string(), labels: labels(object_labels), version: None }, spec }
}

pub fn user(u: &User) -> Document {
    doc(
        &u.sip,
        &u.meta.labels,
        Spec::User(UserDoc {
            display_name: u.display_name.clone(),
            ou: u.ou.clone(),
            site: u.site.clone(),
            enabled: u.enabled,
        }),
    )
}

pub fn group(g: &Group) -> Document {
    doc(
        &g.name,
        &g.meta.labels,
        Spec::Group(GroupDoc { description: g.description.clone(), members: g.members.clone() }),
    )
}

pub fn category(c: &Category) -> Document {
    doc(
        &c.name,
        &c.meta.labels,
        Spec::Category(Box::new(CategoryDoc {
            description: c.description.clone(),
            pool: c.pool.clone(),
            allowed_members: c.allowed_members.clone(),
            denied_members: c.denied_members.clone(),
            creators: c.creators.clone(),
            invitations: c.invitations,
            file_upload: c.file_upload,
            chat_history: c.chat_history,
        })),
    )
}

pub fn addin(a: &Addin) -> Document {
    doc(&a.name, &a.meta.labels, Spec::Addin(AddinDoc { url: a.url.clone(), pool: a.pool.clone() }))
}

pub fn room(r: &Room) -> Document {
    doc(
        &r.name,
        &r.meta.labels,
        Spec::Room(Box::new(RoomDoc {
            category: r.category.clone(),
            description: r.description.clone(),
            room_type: r.room_type,
            privacy: r.privacy,
            invitations: r.invitations,
            disabled: r.disabled,
            addin: r.addin.clone().filter(|a| !a.is_empty()),
            members: r.members.clone(),
            managers: r.managers.clone(),
            presenters: r.presenters.clone(),
        })),
    )
}

pub fn policy(p: &Policy) -> Document {
    doc(&p.identity, &p.meta.labels, Spec::Policy(PolicyDoc { enabled: p.enabled, description: p.description.clone() }))
}

pub fn chat_config(c: &ChatConfigScope) -> Document {
    let s = &c.settings;
    doc(
        &c.scope,
        &c.meta.labels,
        Spec::ChatConfig(ChatConfigDoc {
            default_chat_history: s.default_chat_history,
            max_file_size_kb: s.max_file_size_kb,
            participant_update_limit: s.participant_update_limit,
            room_management_url: s.room_management_url.clone().filter(|u| !u.is_empty()),
        }),
    )
}

/// Users in SIP order.
pub fn users(users: &[User]) -> Vec<Document> {
    let mut list: Vec<&User> = users.iter().collect();
    list.sort_by(|a, b| a.sip.cmp(&b.sip));
    list.into_iter().map(user).collect()
}

/// Groups by name, except that a group comes after every group it contains: apply creates
/// them in document order and a member must exist when its group is written.
pub fn groups(groups: &[Group]) -> Vec<Document> {
    let by_name: BTreeMap<&str, &Group> = groups.iter().map(|g| (g.name.as_str(), g)).collect();
    let mut waiting: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for g in groups {
        let inner: BTreeSet<&str> = g
            .members
            .iter()
            .filter_map(|m| m.strip_prefix("group:"))
            .filter(|m| *m != g.name && by_name.contains_key(m))
            .collect();
        waiting.insert(g.name.as_str(), inner);
    }
    let mut out = Vec::with_capacity(groups.len());
    let mut done: BTreeSet<&str> = BTreeSet::new();
    while done.len() < by_name.len() {
        // The first group by name whose members are all written; on a cycle (the server
        // refuses them, so never), the first group left.
        let next = by_name
            .keys()
            .find(|n| !done.contains(*n) && waiting[*n].iter().all(|m| done.contains(m)))
            .or_else(|| by_name.keys().find(|n| !done.contains(*n)))
            .copied();
        let Some(next) = next else { break };
        done.insert(next);
        out.push(group(by_name[next]));
    }
    out
}

/// Categories by name, then pool.
pub fn categories(categories: &[Category]) -> Vec<Document> {
    let mut list: Vec<&Category> = categories.iter().collect();
    list.sort_by(|a, b| (&a.name, &a.pool).cmp(&(&b.name, &b.pool)));
    list.into_iter().map(category).collect()
}

/// Add-ins by name, then pool.
pub fn addins(addins: &[Addin]) -> Vec<Document> {
    let mut list: Vec<&Addin> = addins.iter().collect();
    list.sort_by(|a, b| (&a.name, &a.pool).cmp(&(&b.name, &b.pool)));
    list.into_iter().map(addin).collect()
}

/// Rooms by name, then pool.
pub fn rooms(rooms: &[Room]) -> Vec<Document> {
    let mut list: Vec<&Room> = rooms.iter().collect();
    list.sort_by(|a, b| (&a.name, &a.pool).cmp(&(&b.name, &b.pool)));
    list.into_iter().map(room).collect()
}

/// Policies by identity (`global` included: its settings are part of the server's state).
pub fn policies(policies: &[Policy]) -> Vec<Document> {
    let mut list: Vec<&Policy> = policies.iter().collect();
    list.sort_by(|a, b| a.identity.cmp(&b.identity));
    list.into_iter().map(policy).collect()
}

/// One PolicyGrant per tag policy that users hold, named after the policy, users in SIP
/// order.
pub fn grants(users: &[User]) -> Vec<Document> {
    let mut by_tag: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for u in users {
        if let Some(tag) = u.policy.as_deref().filter(|t| !t.is_empty()) {
            by_tag.entry(format!("tag:{tag}")).or_default().push(u.sip.clone());
        }
    }
    by_tag
        .into_iter()
        .map(|(policy, mut users)| {
            users.sort();
            Document {
                metadata: Metadata { name: policy.clone(), ..Default::default() },
                spec: Spec::PolicyGrant(PolicyGrantDoc { policy, users }),
            }
        })
        .collect()
}

/// Chat configuration scopes by scope, leaving out scopes with nothing set.
pub fn chat_configs(configs: &[ChatConfigScope]) -> Vec<Document> {
    let mut list: Vec<&ChatConfigScope> =
        configs.iter().filter(|c| c.settings != ChatConfigSettings::default()).collect();
    list.sort_by(|a, b| a.scope.cmp(&b.scope));
    list.into_iter().map(chat_config).collect()
}

/// A document as one JSON value (`-o json`), the same fields as its YAML.
pub fn to_json(doc: &Document) -> Value {
    json!({
        "apiVersion": API_VERSION,
        "kind": doc.kind(),
        "metadata": serde_json::to_value(&doc.metadata).unwrap_or_default(),
        "spec": doc.spec.to_value(),
    })
}

/// The file `--out DIR` writes a kind's documents into.
pub fn file_name(kind: &str) -> &'static str {
    match kind {
        "User" => "users.yaml",
        "Group" => "groups.yaml",
        "Addin" => "addins.yaml",
        "Category" => "categories.yaml",
        "Room" => "rooms.yaml",
        "Policy" => "policies.yaml",
        "PolicyGrant" => "policy-grants.yaml",
        "ChatConfig" => "chat-config.yaml",
        _ => "documents.yaml",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(labels: &[(&str, &str)]) -> Meta {
        Meta {
            id: 7,
            revision: 3,
            created_at: "t".into(),
            updated_at: "t".into(),
            labels: labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        }
    }

    fn grp(name: &str, members: &[&str]) -> Group {
        Group {
            name: name.into(),
            description: String::new(),
            members: members.iter().map(|m| m.to_string()).collect(),
            meta: meta(&[]),
        }
    }

    #[test]
    fn rooms_leave_out_defaults_and_the_managed_label() {
        let r = Room {
            name: "backend".into(),
            category: "eng".into(),
            pool: "default".into(),
            description: String::new(),
            room_type: RoomType::Normal,
            privacy: Privacy::Secret,
            addin: Some("wiki".into()),
            invitations: RoomInvitations::Inherit,
            disabled: false,
            members: vec!["group:eng".into()],
            managers: vec![],
            presenters: vec![],
            meta: meta(&[(MANAGED_BY_LABEL, "pchat-apply"), ("team", "core")]),
        };
        let yaml = room(&r).to_yaml();
        assert_eq!(
            yaml,
            "apiVersion: pchat/v1\nkind: Room\nmetadata:\n  name: backend\n  labels:\n    team: core\nspec:\n  category: eng\n  type: normal\n  privacy: secret\n  addin: wiki\n  members:\n  - group:eng\n"
        );
    }

    #[test]
    fn groups_follow_the_groups_they_contain() {
        let list = [
            grp("a-all", &["group:z-leads", "group:m-mid"]),
            grp("m-mid", &["group:z-leads"]),
            grp("b-solo", &["sip:x@y"]),
            grp("z-leads", &["sip:x@y"]),
        ];
        let names: Vec<String> = groups(&list).into_iter().map(|d| d.metadata.name).collect();
        assert_eq!(names, ["b-solo", "z-leads", "m-mid", "a-all"]);
    }

    #[test]
    fn grants_group_users_by_tag() {
        let user = |sip: &str, policy: Option<&str>| User {
            sip: sip.into(),
            display_name: String::new(),
            ou: "x".into(),
            site: "s".into(),
            enabled: true,
            policy: policy.map(str::to_string),
            meta: meta(&[]),
        };
        let docs = grants(&[
            user("sip:b@x", Some("chatters")),
            user("sip:a@x", Some("chatters")),
            user("sip:c@x", None),
            user("sip:d@x", Some("quiet")),
        ]);
        assert_eq!(docs.len(), 2);
        assert_eq!(
            docs[0].spec,
            Spec::PolicyGrant(PolicyGrantDoc {
                policy: "tag:chatters".into(),
                users: vec!["sip:a@x".into(), "sip:b@x".into()]
            })
        );
        assert_eq!(docs[1].metadata.name, "tag:quiet");
    }
}
