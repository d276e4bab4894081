//! Who sees which room and category, as the engine decides it inside the write
//! transaction (the read side is `server/visibility.rs`; both follow one rule): whoever
//! may not see a room or category gets the answer they would get if it did not exist.
//! Secret and disabled rooms are invisible to all but the principals they list (a disabled
//! room to its managers only); reserved labels (`pchat.io/`) are for administrators.

use crate::api::*;

use super::super::super::scope::Scope;
use super::super::{err, Engine, OpErrors};

impl Engine<'_> {
    /// The live room of that name (in that pool) that the caller may see: whoever may not
    /// see a room gets the answer they would get if it did not exist, so hidden rooms never
    /// make a name ambiguous either.
    pub(in crate::server::changeset) fn find_room(
        &self,
        name: &str,
        pool: Option<&str>,
    ) -> Result<Option<usize>, FieldError> {
        let visible =
            |i: usize| self.rooms[i].live() && self.caller_sees(&self.rooms[i].obj, self.room_links[i].category);
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
    pub(in crate::server::changeset) fn caller_sees(&self, room: &Room, category: usize) -> bool {
        if self.caller.is_admin() {
            return true;
        }
        let Some(owner) = &self.caller.owner else { return false };
        let all: Vec<String> = room.members.iter().chain(&room.managers).chain(&room.presenters).cloned().collect();
        // As `server::visibility::Viewer::sees_room`: a disabled room stays visible to its managers only.
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
    /// are a creator (as `server::visibility::Viewer::sees_category`). A hidden category answers as a missing one.
    pub(in crate::server::changeset) fn caller_sees_category(&self, category: &Category) -> bool {
        if self.caller.is_admin() {
            return true;
        }
        let Some(owner) = &self.caller.owner else { return false };
        self.dir.user_in(owner, &category.creators)
            || Scope::of(category).contains(&self.dir, &Principal::User(owner.clone()))
    }

    pub(in crate::server::changeset) fn caller_in(&self, list: &[String]) -> bool {
        self.caller.owner.as_ref().is_some_and(|o| self.dir.user_in(o, list))
    }
}

/// A non-administrator's new labels: reserved ones (`pchat.io/…`) may not be added or
/// changed, and those it leaves out stay as stored rather than being cleared.
pub(super) fn reserved_labels_kept(stored: Option<&Labels>, given: &Labels, errors: &mut OpErrors) -> Labels {
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
            labels.insert_if_absent(key, || value.clone());
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::super::super::testing::*;
    use crate::api::*;

    /// A secret room listing bob, and a disabled one managed by alice with bob a member.
    async fn hidden_rooms() -> TestStore {
        let s = contoso().await;
        let secret = RoomSpec {
            category: Some("eng".into()),
            privacy: Some(Privacy::Secret),
            members: Some(strings(&[BOB])),
            ..Default::default()
        };
        let disabled = RoomSpec {
            category: Some("eng".into()),
            disabled: Some(true),
            members: Some(strings(&[BOB])),
            managers: Some(strings(&[ALICE])),
            ..Default::default()
        };
        s.ok(vec![
            op(OpAction::Create, "hidden", ObjectSpec::Room(secret)),
            op(OpAction::Create, "off", ObjectSpec::Room(disabled)),
        ])
        .await;
        s
    }

    fn describe(name: &str) -> Operation {
        room_update(name, RoomSpec { description: Some("probe".into()), ..Default::default() })
    }

    #[tokio::test]
    async fn a_secret_room_answers_as_a_missing_one() {
        let s = hidden_rooms().await;
        let probe = s.refused(acting_for(ALICE), vec![describe("hidden")]).await;
        let missing = s.refused(acting_for(ALICE), vec![describe("nothing")]).await;
        assert_eq!((probe.status, probe.code), (missing.status, missing.code));
        assert_eq!(probe.detail.replace("hidden", "NAME"), missing.detail.replace("nothing", "NAME"));
        // Bob, listed, sees it (and is refused only as a member who is not a manager).
        assert_eq!(s.refused(acting_for(BOB), vec![describe("hidden")]).await.code, ErrorCode::Forbidden);
    }

    #[tokio::test]
    async fn a_hidden_rooms_name_is_taken_without_saying_more() {
        let s = hidden_rooms().await;
        let problem = s.refused(acting_for(ALICE), vec![room("hidden", "eng", &[], &[])]).await;
        assert_eq!(problem.code, ErrorCode::DuplicateName);
        assert_eq!(problem.detail, "the room name \"hidden\" is not available in pool default; choose another");
    }

    #[tokio::test]
    async fn a_disabled_room_is_seen_by_its_managers_only() {
        let s = hidden_rooms().await;
        assert_eq!(s.refused(acting_for(BOB), vec![describe("off")]).await.code, ErrorCode::NotFound);
        s.run(acting_for(ALICE), vec![describe("off")]).await.expect("alice manages the disabled room");
    }

    #[tokio::test]
    async fn a_hidden_category_answers_as_an_unknown_one() {
        let s = contoso().await;
        let hidden = s.refused(acting_for(SALLY), vec![room("r", "eng", &[], &[])]).await;
        let unknown = s.refused(acting_for(SALLY), vec![room("r", "nope", &[], &[])]).await;
        assert_eq!((hidden.code, unknown.code), (ErrorCode::UnknownReference, ErrorCode::UnknownReference));
        assert_eq!(hidden.detail.replace("eng", "NAME"), unknown.detail.replace("nope", "NAME"));
    }

    #[tokio::test]
    async fn reserved_labels_are_set_by_administrators_only() {
        let s = contoso().await;
        let labels = |pairs: &[(&str, &str)]| {
            let labels: Labels = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            room_update("backend", RoomSpec { labels: Some(labels), ..Default::default() })
        };
        s.ok(vec![room("backend", "eng", &[], &[ALICE]), labels(&[("pchat.io/managed-by", "plan")])]).await;
        let problem = s.refused(acting_for(ALICE), vec![labels(&[("pchat.io/managed-by", "me")])]).await;
        assert_eq!(
            (problem.code, problem.field.as_deref()),
            (ErrorCode::ReservedLabel, Some("labels.pchat.io/managed-by"))
        );
        // A manager's label set that leaves the reserved label out keeps it.
        s.run(acting_for(ALICE), vec![labels(&[("team", "api")])]).await.expect("a plain label");
        let kept = s.room("backend").await.unwrap().meta.labels;
        assert_eq!(kept.get("pchat.io/managed-by").map(String::as_str), Some("plan"));
        assert_eq!(kept.get("team").map(String::as_str), Some("api"));
        s.ok(vec![labels(&[])]).await;
        assert!(s.room("backend").await.unwrap().meta.labels.is_empty(), "an administrator clears them");
    }
}
