//! Categories: named uniquely per pool (and never like a room of that pool), they hold
//! rooms and a scope (allowed minus denied principals). Creators must stay inside the
//! scope; narrowing the scope drops the room entries outside it, each reported; a category
//! that still holds rooms is not deleted. A category the caller may not see answers as one
//! that does not exist.

use crate::api::validate::{self, DEFAULT_POOL};
use crate::api::*;

use super::super::error::ApiResult;
use super::super::scope::{describe_scope, Scope};
use super::{conflict_copy, err, invalid_at, new_meta, resolve_upsert, Applied, Engine, ObjRef, Tracked, WriteState};

impl Engine<'_> {
    /// The live category of that name (in that pool) that the caller may see; a hidden one
    /// answers as a missing one.
    pub(super) fn find_category(&self, name: &str, pool: Option<&str>, field: &str) -> Result<usize, FieldError> {
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

    pub(super) async fn category_op(
        &mut self,
        action: OpAction,
        name: &str,
        pool: Option<String>,
        revision: Option<i64>,
        spec: CategorySpec,
    ) -> ApiResult<Applied> {
        let mut pool_hint = pool.clone().or_else(|| spec.pool.clone());
        if action == OpAction::Create && pool_hint.is_none() {
            // Names are unique per pool: a create looks only in the pool it creates in.
            match self.default_category_pool() {
                Ok(p) => pool_hint = Some(p),
                Err(e) => return Ok(Err(vec![e])),
            }
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
                    conflict_copy(revision, &self.categories[i].obj),
                );
                if let Some(e) = self.stale("category", name, revision, rev, json) {
                    return Ok(Err(vec![e]));
                }
                self.load_rooms_of(i).await?;
                let held: Vec<&str> = self
                    .rooms
                    .iter()
                    .zip(&self.room_links)
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
                self.categories[i].state = WriteState::Deleted;
                self.category_scopes.forget(i);
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
                        meta: new_meta(&self.now),
                    },
                };
                let before = cat.clone();
                if current.is_some() {
                    let json = conflict_copy(revision, &before);
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
                    } else if let Some(e) = self.check_pool(&cat.pool) {
                        errors.push(e);
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
                if self.room_taking(&cat.pool, &cat.name).is_some() && (is_new || cat.name != before.name) {
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
                        self.categories[i].mark_changed();
                        i
                    }
                    None => {
                        self.categories.push(Tracked::created(cat));
                        self.categories.len() - 1
                    }
                };
                self.category_scopes.forget(index);
                let mut dropped = Vec::new();
                let scope_changed = !is_new
                    && (before.allowed_members != self.categories[index].obj.allowed_members
                        || before.denied_members != self.categories[index].obj.denied_members);
                if scope_changed {
                    self.load_rooms_of(index).await?;
                    let held: Vec<usize> = (0..self.rooms.len())
                        .filter(|&r| self.rooms[r].live() && self.room_links[r].category == index)
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

    /// Reads the stored rooms of a category into the working state (once per changeset).
    pub(super) async fn load_rooms_of(&mut self, category: usize) -> ApiResult<()> {
        if self.categories[category].state == WriteState::Created || !self.categories_with_rooms_read.insert(category) {
            return Ok(());
        }
        let rooms = self.tx.rooms_in_category(self.categories[category].obj.meta.id).await?;
        self.adopt_rooms(rooms, Some(category)).await
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::api::*;

    fn set(name: &str, spec: CategorySpec) -> Operation {
        op(OpAction::Update, name, ObjectSpec::Category(spec))
    }

    #[tokio::test]
    async fn narrowing_a_scope_drops_the_room_entries_outside_it() {
        let s = contoso().await;
        s.ok(vec![room("backend", "eng", &[ALICE, BOB], &[CAROL])]).await;
        let deny_bob = CategorySpec { denied_members: Some(strings(&[BOB])), ..Default::default() };
        let result = s.ok(vec![set("eng", deny_bob)]).await;
        let dropped: Vec<_> =
            result.results[0].dropped.iter().map(|d| (d.room.as_str(), d.principal.as_str())).collect();
        assert_eq!(dropped, [("backend", BOB)]);
        assert!(result.results[0].dropped[0].reason.contains("outside the scope of category \"eng\""));
        let backend = s.room("backend").await.unwrap();
        assert_eq!(
            (backend.members, backend.managers, backend.meta.revision),
            (strings(&[ALICE]), strings(&[CAROL]), 2)
        );
    }

    #[tokio::test]
    async fn a_category_that_holds_rooms_is_not_deleted() {
        let s = contoso().await;
        s.ok(vec![room("backend", "eng", &[ALICE], &[])]).await;
        let delete = || op(OpAction::Delete, "eng", ObjectSpec::Category(CategorySpec::default()));
        let problem = s.refused(admin(), vec![delete()]).await;
        assert_eq!(problem.code, ErrorCode::CategoryNotEmpty);
        assert!(problem.detail.contains("still holds 1 room (backend)"), "{problem:?}");
        // Emptied in the same changeset, it goes.
        let drop_room = op(OpAction::Delete, "backend", ObjectSpec::Room(RoomSpec::default()));
        s.ok(vec![drop_room, delete()]).await;
        assert!(s.categories().await.is_empty());
    }

    #[tokio::test]
    async fn creators_stay_inside_the_scope() {
        let s = contoso().await;
        let problem = s.refused(admin(), vec![category("sales", &["ou:contoso/sales"], &[ALICE])]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::OutOfScope, Some("creators[0]")));
        // Narrowing the scope past a creator is refused too, with a hint.
        let deny_alice = CategorySpec { denied_members: Some(strings(&[ALICE])), ..Default::default() };
        let problem = s.refused(admin(), vec![set("eng", deny_alice)]).await;
        assert_eq!(problem.code, ErrorCode::OutOfScope);
        assert!(problem.detail.contains("would be outside") && problem.detail.contains("--no-creators"), "{problem:?}");
    }

    #[tokio::test]
    async fn names_are_unique_per_pool_and_never_a_rooms() {
        let s = contoso().await;
        assert_eq!(s.refused(admin(), vec![category("eng", &[], &[])]).await.code, ErrorCode::DuplicateName);
        s.ok(vec![room("backend", "eng", &[], &[])]).await;
        let problem = s.refused(admin(), vec![category("backend", &[], &[])]).await;
        assert_eq!(problem.code, ErrorCode::NameConflict);
        let mut other_pool = category("eng", &[], &[]);
        other_pool.pool = Some("b".into());
        s.ok(vec![other_pool]).await;
        let problem = s.refused(admin(), vec![set("eng", CategorySpec::default())]).await;
        assert_eq!(problem.code, ErrorCode::Ambiguous, "two pools hold eng: {problem:?}");
    }

    #[tokio::test]
    async fn a_category_does_not_move_to_another_pool() {
        let s = contoso().await;
        let mut moved = set("eng", CategorySpec { pool: Some("b".into()), ..Default::default() });
        moved.pool = Some("default".into());
        let problem = s.refused(admin(), vec![moved]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::InvalidValue, Some("pool")));
    }

    #[tokio::test]
    async fn a_user_token_changes_no_category() {
        let s = contoso().await;
        let problem = s.refused(acting_for(ALICE), vec![set("eng", CategorySpec::default())]).await;
        assert_eq!(problem.code, ErrorCode::Forbidden);
        assert!(problem.detail.contains("changing a category needs an administrator token"), "{problem:?}");
    }
}
