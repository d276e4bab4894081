//! Rooms: each in a category, named uniquely per pool (and never like a category there).
//! Administrators do anything; a creator of a category (inside its scope) creates rooms in
//! it and becomes a manager; a manager changes, enables and disables the room, moves it
//! only into categories where they are a creator, never removes its last manager and never
//! deletes it. Only auditoriums have presenters. Every principal given is checked against
//! the directory and the category's scope; moving a room drops the entries outside the new
//! scope. Who sees which room is in `rooms/visibility.rs`, what keeps entries inside their
//! scope in `rooms/scope.rs`.

mod scope;
mod visibility;

use crate::api::validate;
use crate::api::*;

use super::super::error::{ApiError, ApiResult};
use super::super::scope::describe_scope;
use super::{
    conflict_copy, err, invalid_at, new_meta, resolve_upsert, Applied, Engine, ObjRef, RoomLinks, Tracked, WriteState,
};
use visibility::reserved_labels_kept;

impl Engine<'_> {
    pub(super) async fn room_op(
        &mut self,
        action: OpAction,
        name: &str,
        pool: Option<String>,
        revision: Option<i64>,
        spec: RoomSpec,
    ) -> ApiResult<Applied> {
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
                    conflict_copy(revision, &self.rooms[i].obj),
                );
                if let Some(e) = self.stale("room", name, revision, rev, json) {
                    return Ok(Err(vec![e]));
                }
                // History goes with its room only when the caller said so.
                if rev.0 != 0 && !self.allow_destroy {
                    let held = self.tx.room_activity(rev.0).await?.messages;
                    if held > 0 {
                        return Ok(Err(vec![err(
                            ErrorCode::HoldsHistory,
                            Some("name".into()),
                            format!(
                                "room {name:?} holds {}: deleting it destroys its history; allow it with --allow-destroy (allow_destroy)",
                                crate::api::text::count(held as usize, "message")
                            ),
                        )]));
                    }
                }
                // A room created and deleted in one changeset is simply never written.
                self.rooms[i].state = WriteState::Deleted;
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
    ) -> ApiResult<Applied> {
        let admin = self.caller.is_admin();
        let mut errors = Vec::new();
        let is_new = current.is_none();
        // The category: the room's own, or the one the spec names.
        let mut category = current.map(|i| self.room_links[i].category);
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
        if is_new {
            if let Some(e) = self.check_site_pool(&cat.pool) {
                errors.push(e);
            }
        }

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
            meta: new_meta(&self.now),
        });
        if let Some(b) = &before {
            let json = conflict_copy(revision, b);
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
                let detail = if self.caller_sees(&self.rooms[taken].obj, self.room_links[taken].category) {
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
        let mut addin = current.and_then(|i| self.room_links[i].addin);
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
        // The lists the spec gives whole, and the entries it adds: each is checked against
        // the scope below.
        let mut given_lists: Vec<(RoomRole, &'static str, usize)> = Vec::new();
        for (role, field, list) in [
            (RoomRole::Member, "members", &spec.members),
            (RoomRole::Manager, "managers", &spec.managers),
            (RoomRole::Presenter, "presenters", &spec.presenters),
        ] {
            if let Some(list) = list {
                let checked = self.principal_list(field, list, &mut errors);
                given_lists.push((role, field, checked.len()));
                *room.principals_mut(role) = checked;
            }
        }
        let mut added: Vec<(String, String)> = Vec::new();
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
                added.push((field, p));
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
        let scope = self.category_scopes.of(category, &self.categories[category].obj);
        let outside = |field: String, p: &str| {
            err(
                ErrorCode::OutOfScope,
                Some(field),
                format!("{p} is outside the scope of category {:?} ({scope_text})", cat.name),
            )
        };
        for (role, field, given) in given_lists {
            for (i, p) in room.principals(role).iter().take(given).enumerate() {
                if !scope.contains_normal(&self.dir, p) {
                    errors.push(outside(format!("{field}[{i}]"), p));
                }
            }
        }
        for (field, p) in added {
            if !scope.contains_normal(&self.dir, &p) {
                errors.push(outside(field, &p));
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
                if self.rooms[i].state != WriteState::Created {
                    room.meta.revision = self.next_rev("room", b.meta.id, b.meta.revision);
                    room.meta.updated_at = self.now.clone();
                }
                if b.name != room.name {
                    self.room_index.remove(&(b.pool.clone(), b.name.clone()));
                    self.index_room((room.pool.clone(), room.name.clone()), i);
                }
                self.rooms[i].obj = room;
                self.rooms[i].mark_changed();
                let meta = &mut self.room_links[i];
                meta.category = category;
                meta.addin = addin;
                meta.principals_changed |= principals_changed;
                i
            }
            None => {
                self.index_room((room.pool.clone(), room.name.clone()), self.rooms.len());
                self.rooms.push(Tracked::created(room));
                self.room_links.push(RoomLinks { category, addin, principals_changed: true });
                self.rooms.len() - 1
            }
        };
        let dropped = if moved { self.enforce_scope(index) } else { Vec::new() };
        Ok(Ok((if is_new { OpOutcome::Created } else { OpOutcome::Updated }, Some(ObjRef::Room(index)), dropped)))
    }

    /// The live room that holds this name in the pool, visible to the caller or not.
    pub(super) fn room_taking(&self, pool: &str, name: &str) -> Option<usize> {
        self.room_index.get(&(pool.to_string(), name.to_string())).copied().filter(|&i| self.rooms[i].live())
    }

    /// Whether the caller's owner is inside the category's scope.
    fn caller_in_scope(&mut self, category: usize) -> bool {
        let Some(owner) = self.caller.owner.clone() else { return false };
        let scope = self.category_scopes.of(category, &self.categories[category].obj);
        scope.contains(&self.dir, &Principal::User(owner))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::api::*;

    #[tokio::test]
    async fn only_auditoriums_have_presenters() {
        let s = contoso().await;
        let presenting = |room_type: RoomType| {
            op(
                OpAction::Create,
                "talks",
                ObjectSpec::Room(RoomSpec {
                    category: Some("eng".into()),
                    room_type: Some(room_type),
                    presenters: Some(strings(&[ALICE])),
                    ..Default::default()
                }),
            )
        };
        let problem = s.refused(admin(), vec![presenting(RoomType::Normal)]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::PresentersNotAllowed, Some("presenters")));
        s.ok(vec![presenting(RoomType::Auditorium)]).await;
        assert_eq!(s.room("talks").await.unwrap().presenters, [ALICE]);
    }

    #[tokio::test]
    async fn every_principal_given_is_inside_the_scope_and_the_directory() {
        let s = contoso().await;
        let problem =
            s.refused(admin(), vec![room("backend", "eng", &[ALICE, SALLY, "sip:nobody@contoso.com"], &["bob"])]).await;
        let found: Vec<_> = problem.errors.iter().map(|e| (e.code, e.field.clone().unwrap_or_default())).collect();
        assert_eq!(
            found,
            [
                (ErrorCode::UnknownPrincipal, "members[2]".to_string()),
                (ErrorCode::MalformedPrincipal, "managers[0]".to_string()),
                (ErrorCode::OutOfScope, "members[1]".to_string()),
            ]
        );
        let add = RoleChange { role: RoomRole::Member, principal: SALLY.into() };
        s.ok(vec![room("backend", "eng", &[ALICE], &[])]).await;
        let problem =
            s.refused(admin(), vec![room_update("backend", RoomSpec { add: vec![add], ..Default::default() })]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::OutOfScope, Some("add[0]")));
    }

    #[tokio::test]
    async fn a_room_needs_a_category_it_can_name() {
        let s = contoso().await;
        let bare = op(OpAction::Create, "backend", ObjectSpec::Room(RoomSpec::default()));
        assert_eq!(s.refused(admin(), vec![bare]).await.code, ErrorCode::Required);
        let problem = s.refused(admin(), vec![room("backend", "nope", &[], &[])]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::UnknownReference, Some("category")));
    }

    #[tokio::test]
    async fn names_are_unique_per_pool_and_never_a_categorys() {
        let s = contoso().await;
        s.ok(vec![room("backend", "eng", &[], &[])]).await;
        assert_eq!(s.refused(admin(), vec![room("backend", "eng", &[], &[])]).await.code, ErrorCode::DuplicateName);
        assert_eq!(s.refused(admin(), vec![room("eng", "eng", &[], &[])]).await.code, ErrorCode::NameConflict);
        let rename = room_update("backend", RoomSpec { name: Some("eng".into()), ..Default::default() });
        assert_eq!(s.refused(admin(), vec![rename]).await.code, ErrorCode::NameConflict);
    }

    #[tokio::test]
    async fn creators_create_rooms_and_become_their_managers() {
        let s = contoso().await;
        let result =
            s.run(acting_for(ALICE), vec![room("backend", "eng", &[BOB], &[])]).await.expect("a creator creates");
        assert_eq!(result.results[0].outcome, OpOutcome::Created);
        assert_eq!(s.room("backend").await.unwrap().managers, [ALICE]);
        let problem = s.refused(acting_for(BOB), vec![room("frontend", "eng", &[], &[])]).await;
        assert_eq!(problem.code, ErrorCode::Forbidden, "bob is no creator: {problem:?}");
    }

    #[tokio::test]
    async fn managers_change_their_rooms_but_never_delete_or_empty_the_managers() {
        let s = contoso().await;
        s.ok(vec![room("backend", "eng", &[BOB], &[ALICE])]).await;
        let describe = room_update("backend", RoomSpec { description: Some("APIs".into()), ..Default::default() });
        s.run(acting_for(ALICE), vec![describe.clone()]).await.expect("a manager changes the room");
        assert_eq!(s.refused(acting_for(BOB), vec![describe]).await.code, ErrorCode::Forbidden, "bob is a member only");
        let no_managers = room_update("backend", RoomSpec { managers: Some(vec![]), ..Default::default() });
        let problem = s.refused(acting_for(ALICE), vec![no_managers.clone()]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::InvalidValue, Some("managers")));
        assert!(problem.detail.contains("cannot remove every manager"), "{problem:?}");
        s.ok(vec![no_managers]).await;
        s.ok(vec![room_update("backend", RoomSpec { managers: Some(strings(&[ALICE])), ..Default::default() })]).await;
        let delete = op(OpAction::Delete, "backend", ObjectSpec::Room(RoomSpec::default()));
        let problem = s.refused(acting_for(ALICE), vec![delete]).await;
        assert_eq!(problem.code, ErrorCode::Forbidden);
        assert!(problem.detail.contains("a manager can disable the room instead"), "{problem:?}");
    }

    #[tokio::test]
    async fn managers_move_rooms_only_into_categories_they_create_in() {
        let s = contoso().await;
        s.ok(vec![category("ops", &["ou:contoso"], &[]), room("backend", "eng", &[], &[ALICE])]).await;
        let move_to = |c: &str| room_update("backend", RoomSpec { category: Some(c.into()), ..Default::default() });
        let problem = s.refused(acting_for(ALICE), vec![move_to("ops")]).await;
        assert_eq!(problem.code, ErrorCode::Forbidden);
        s.ok(vec![op(
            OpAction::Update,
            "ops",
            ObjectSpec::Category(CategorySpec { creators: Some(strings(&[ALICE])), ..Default::default() }),
        )])
        .await;
        s.run(acting_for(ALICE), vec![move_to("ops")]).await.expect("alice creates in ops now");
        assert_eq!(s.room("backend").await.unwrap().category, "ops");
    }

    #[tokio::test]
    async fn a_room_created_and_changed_in_one_changeset_is_revision_one() {
        let s = contoso().await;
        let describe = room_update("backend", RoomSpec { description: Some("APIs".into()), ..Default::default() });
        let result = s.ok(vec![room("backend", "eng", &[ALICE], &[]), describe]).await;
        assert_eq!(result.results[1].revision, Some(1));
        let again = room_update("backend", RoomSpec { description: Some("APIs".into()), ..Default::default() });
        assert_eq!(s.ok(vec![again]).await.results[0].outcome, OpOutcome::Unchanged);
    }
}
