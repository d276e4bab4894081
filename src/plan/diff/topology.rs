//! The published topology against a topology document, as the changes a plan shows: sites,
//! pools and servers each one change (`site redmond`, `pool pchat-red`, `server
//! pchat-red/red-1`), their fields `old → new`.

use serde_json::Value;

use super::{Action, Change, FieldChange};
use crate::api::topology::{PublishedTopology, TopologySpec};
use crate::api::{ObjectSpec, OpAction, Operation};
use crate::plan::document::Metadata;

/// An object's fields but its name (and, for a pool, its servers, which are changes of
/// their own), as camelCase JSON.
fn fields(value: &impl serde::Serialize) -> serde_json::Map<String, Value> {
    let mut map = match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    map.remove("name");
    map.remove("servers");
    map
}

fn change(
    kind: &str,
    name: String,
    old: Option<serde_json::Map<String, Value>>,
    new: Option<serde_json::Map<String, Value>>,
) -> Option<Change> {
    let action = match (&old, &new) {
        (None, Some(_)) => Action::Create,
        (Some(_), None) => Action::Delete,
        (Some(a), Some(b)) if a != b => Action::Update,
        _ => return None,
    };
    let (old, new) = (old.unwrap_or_default(), new.unwrap_or_default());
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    let fields = match action {
        Action::Delete => Vec::new(),
        _ => keys
            .into_iter()
            .filter(|k| old.get(*k) != new.get(*k))
            .map(|k| FieldChange {
                field: k.clone(),
                old: old.get(k).cloned().unwrap_or(Value::Null),
                new: new.get(k).cloned().unwrap_or(Value::Null),
            })
            .collect(),
    };
    let address = format!("{} {name}", kind.to_ascii_lowercase());
    Some(Change {
        action,
        kind: if kind == "Topology" { kind.to_string() } else { format!("Topology{kind}") },
        destructive: (action == Action::Delete).then(|| format!("removes {address} from the topology")),
        name,
        address,
        fields,
        added: Vec::new(),
        removed: Vec::new(),
        dropped: Vec::new(),
        operations: Vec::new(),
        source: None,
    })
}

/// Pairs items of two lists by key, in the order of the new list then the removed ones.
fn paired<'a, T>(
    old: &'a [T],
    new: &'a [T],
    key: impl Fn(&T) -> String,
) -> Vec<(String, Option<&'a T>, Option<&'a T>)> {
    let mut out: Vec<_> = new.iter().map(|n| (key(n), old.iter().find(|o| key(o) == key(n)), Some(n))).collect();
    out.extend(old.iter().filter(|o| !new.iter().any(|n| key(n) == key(o))).map(|o| (key(o), Some(o), None)));
    out
}

/// What publishing `new` changes of `old` (none published: everything is new).
pub fn topology_changes(old: Option<&TopologySpec>, new: &TopologySpec) -> Vec<Change> {
    let empty = TopologySpec { sites: Vec::new(), pools: Vec::new() };
    let old = old.unwrap_or(&empty);
    let mut out = Vec::new();
    for (name, o, n) in paired(&old.sites, &new.sites, |s| s.name.clone()) {
        out.extend(change("Site", name, o.map(fields), n.map(fields)));
    }
    for (name, o, n) in paired(&old.pools, &new.pools, |p| p.name.clone()) {
        out.extend(change("Pool", name.clone(), o.map(fields), n.map(fields)));
        let none = Vec::new();
        let (os, ns) = (o.map_or(&none, |p| &p.servers), n.map_or(&none, |p| &p.servers));
        for (server, o, n) in paired(os, ns, |s| s.name.clone()) {
            out.extend(change("Server", format!("{name}/{server}"), o.map(fields), n.map(fields)));
        }
    }
    out
}

/// A plan's Topology document: its changes, the first carrying the one operation that
/// publishes it, against the version the document was exported at or else the one read.
pub fn plan_changes(meta: &Metadata, spec: &TopologySpec, current: Option<&PublishedTopology>) -> Vec<Change> {
    let mut changes = topology_changes(current.map(|t| &t.spec), spec);
    if let Some(current) = current.filter(|t| t.name != meta.name) {
        let mut renamed =
            change("Topology", meta.name.clone(), Some(Default::default()), None).expect("a delete is a change");
        renamed.action = Action::Update;
        renamed.destructive = None;
        renamed.fields =
            vec![FieldChange { field: "name".into(), old: current.name.clone().into(), new: meta.name.clone().into() }];
        changes.insert(0, renamed);
    }
    if let Some(first) = changes.first_mut() {
        first.operations.push(Operation {
            op: OpAction::Update,
            name: meta.name.clone(),
            pool: None,
            revision: meta.version.or(Some(current.map_or(0, |t| t.version))),
            object: ObjectSpec::Topology(spec.clone()),
        });
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(yaml: &str) -> TopologySpec {
        serde_yaml::from_str(yaml).unwrap()
    }

    #[test]
    fn a_changed_role_and_a_removed_server_are_told_apart() {
        let old = spec(
            "sites: [{name: a}]\npools: [{name: p, fqdn: p.x, site: a, store: 'postgres://h/d', servers: [{name: n1, address: '127.0.0.1:1'}, {name: n2, address: '127.0.0.1:2'}]}]",
        );
        let new = spec(
            "sites: [{name: a}, {name: b}]\npools: [{name: p, fqdn: p.x, site: a, store: 'postgres://h/d', servers: [{name: n1, address: '127.0.0.1:1', role: standby}]}]",
        );
        let changes = topology_changes(Some(&old), &new);
        let text = crate::plan::render::render(&changes);
        assert!(text.contains("  + site b\n"), "{text}");
        assert!(text.contains("  ~ server p/n1\n        role: \"active\" → \"standby\"\n"), "{text}");
        assert!(text.contains("  - server p/n2\n"), "{text}");
        assert!(text.contains("Plan: 1 to add, 1 to change, 1 to destroy."), "{text}");
        assert!(topology_changes(Some(&new), &new).is_empty());
    }
}
