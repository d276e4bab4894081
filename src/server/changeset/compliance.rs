//! What compliance records of a changeset: each room and category it creates, changes or
//! deletes in a pool that records events (ROOMCHANGE, CATEGORYCHANGE, with the object
//! before and after), and each change of a room's members, managers or presenters
//! (MEMBERSHIP, with the entries added and removed). Written in the changeset's own
//! transaction. "Before" is read from the store inside that transaction, before the
//! changeset writes anything, and only for objects in recording pools.

use foldhash::{HashMap, HashMapExt};

use super::{Engine, WriteState};
use crate::api::{Category, EventKind, Room};
use crate::server::compliance::{category_event, records, room_event, Actor};
use crate::server::error::ApiResult;
use crate::store::{ComplianceEvent, ComplianceTarget};

/// What the store held of the objects a changeset changes or deletes, read before it writes.
pub(super) struct Before {
    targets: Vec<ComplianceTarget>,
    rooms: HashMap<i64, Room>,
    categories: HashMap<i64, Category>,
}

/// The room's entries as `role principal` lines.
fn entries(room: Option<&Room>) -> Vec<String> {
    let Some(room) = room else { return Vec::new() };
    let mut out: Vec<String> =
        [("member", &room.members), ("manager", &room.managers), ("presenter", &room.presenters)]
            .iter()
            .flat_map(|(role, list)| list.iter().map(move |p| format!("{role} {p}")))
            .collect();
    out.sort_unstable();
    out
}

fn json<T: serde::Serialize>(value: Option<&T>) -> serde_json::Value {
    value.and_then(|v| serde_json::to_value(v).ok()).unwrap_or(serde_json::Value::Null)
}

fn action(state: WriteState) -> &'static str {
    match state {
        WriteState::Created => "created",
        WriteState::Deleted => "deleted",
        _ => "updated",
    }
}

impl Engine<'_> {
    /// Reads "before" of what this changeset changes in recording pools (nothing at all
    /// when no pool records).
    pub(super) async fn compliance_before(&mut self) -> ApiResult<Option<Before>> {
        let targets = self.tx.compliance_targets().await?;
        if !targets.iter().any(|t| t.enabled == Some(true)) {
            return Ok(None);
        }
        let room_ids: Vec<i64> = self
            .rooms
            .iter()
            .filter(|r| matches!(r.state, WriteState::Changed | WriteState::Deleted) && r.obj.meta.id != 0)
            .filter(|r| records(&targets, &r.obj.pool))
            .map(|r| r.obj.meta.id)
            .collect();
        let rooms = if room_ids.is_empty() { Vec::new() } else { self.tx.rooms_by_id(&room_ids).await? };
        let mut categories = HashMap::new();
        if self.categories.iter().any(|c| matches!(c.state, WriteState::Changed | WriteState::Deleted)) {
            for c in self.tx.all_categories().await? {
                categories.insert(c.meta.id, c);
            }
        }
        Ok(Some(Before { targets, rooms: rooms.into_iter().map(|r| (r.meta.id, r)).collect(), categories }))
    }

    /// Records the events of what this changeset wrote (after its writes: new objects have
    /// their ids).
    pub(super) async fn record_compliance(&mut self, before: Before) -> ApiResult<()> {
        let owner = self.caller.owner.as_ref().and_then(|o| self.dir.users.get(o));
        let actor = Actor::caller(&self.caller, owner);
        let mut events: Vec<ComplianceEvent> = Vec::new();
        for r in &self.rooms {
            if matches!(r.state, WriteState::Stored) || (r.state == WriteState::Deleted && r.obj.meta.id == 0) {
                continue;
            }
            let old = before.rooms.get(&r.obj.meta.id);
            let pool = if r.state == WriteState::Deleted { old.map_or(&r.obj.pool, |o| &o.pool) } else { &r.obj.pool };
            if !records(&before.targets, pool) {
                continue;
            }
            let new = (r.state != WriteState::Deleted).then_some(&r.obj);
            let subject = old.filter(|_| r.state == WriteState::Deleted).unwrap_or(&r.obj);
            let detail = serde_json::json!({ "before": json(old), "after": json(new) });
            events.push(room_event(
                subject,
                &actor,
                EventKind::RoomChange,
                0,
                action(r.state).to_string(),
                detail.to_string(),
            ));
            let (was, is) = (entries(old), entries(new));
            let added: Vec<&String> = is.iter().filter(|e| was.binary_search(e).is_err()).collect();
            let removed: Vec<&String> = was.iter().filter(|e| is.binary_search(e).is_err()).collect();
            if !added.is_empty() || !removed.is_empty() {
                let content = format!("+{} -{}", added.len(), removed.len());
                let detail = serde_json::json!({ "added": added, "removed": removed });
                events.push(room_event(subject, &actor, EventKind::Membership, 0, content, detail.to_string()));
            }
        }
        for c in &self.categories {
            if matches!(c.state, WriteState::Stored) || (c.state == WriteState::Deleted && c.obj.meta.id == 0) {
                continue;
            }
            let old = before.categories.get(&c.obj.meta.id);
            if !records(&before.targets, &c.obj.pool) && !old.is_some_and(|o| records(&before.targets, &o.pool)) {
                continue;
            }
            let new = (c.state != WriteState::Deleted).then_some(&c.obj);
            let detail = serde_json::json!({ "before": json(old), "after": json(new) });
            events.push(category_event(&c.obj, &actor, action(c.state).to_string(), detail.to_string()));
        }
        self.tx.insert_compliance_events(&events).await?;
        Ok(())
    }
}
