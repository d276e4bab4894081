//! The scope rules hold whichever object changes: a room's entries stay inside its
//! category's scope (allowed minus denied) and inside the directory. A category narrowed,
//! a room moved, or a directory change that can narrow a scope (a user moved to another OU
//! or deleted, a group's members changed or the group deleted) drops what falls outside,
//! and each dropped entry is reported with the operation that caused it.

use crate::api::*;

use super::super::super::error::ApiResult;
use super::super::super::scope::describe_scope;
use super::super::{Engine, WriteState};

impl Engine<'_> {
    /// After a directory change that can narrow scopes, checks every stored room again, as
    /// a category change checks its own rooms: entries now outside their category's scope,
    /// or no longer in the directory, are dropped and reported. The scope rules hold
    /// whichever object changed.
    pub(in crate::server::changeset) async fn enforce_directory(&mut self) -> ApiResult<Vec<Dropped>> {
        if !self.narrows_beyond_deleted_users {
            // Only the rooms that list a deleted user can change: read those alone.
            let sips: Vec<String> = self.deleted_users.iter().cloned().collect();
            let rooms = self.tx.rooms_listing(&sips).await?;
            self.adopt_rooms(rooms, None).await?;
            return Ok(self.enforce_live_rooms());
        }
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
        Ok(self.enforce_live_rooms())
    }

    /// Enforces the scope of every room in the working state.
    fn enforce_live_rooms(&mut self) -> Vec<Dropped> {
        let mut dropped = Vec::new();
        for r in 0..self.rooms.len() {
            if self.rooms[r].live() {
                dropped.extend(self.enforce_scope(r));
            }
        }
        dropped
    }

    /// Drops the room entries that fell outside its category's scope or out of the directory.
    pub(in crate::server::changeset) fn enforce_scope(&mut self, r: usize) -> Vec<Dropped> {
        let category = self.room_links[r].category;
        let cat_name = self.categories[category].obj.name.clone();
        let scope_text = describe_scope(&self.categories[category].obj);
        let scope = self.category_scopes.of(category, &self.categories[category].obj);
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
                self.room_links[r].principals_changed = true;
            }
        }
        for d in &mut dropped {
            d.room = room.name.clone();
        }
        if !dropped.is_empty() && self.rooms[r].state != WriteState::Created {
            let (id, rev) = (self.rooms[r].obj.meta.id, self.rooms[r].obj.meta.revision);
            let next = self.next_rev("room", id, rev);
            let room = &mut self.rooms[r].obj;
            room.meta.revision = next;
            room.meta.updated_at = self.now.clone();
            self.rooms[r].mark_changed();
        }
        dropped
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::testing::*;
    use crate::api::*;

    fn dropped(result: &ChangesetResult, index: usize) -> Vec<(String, String)> {
        result.results[index].dropped.iter().map(|d| (d.principal.clone(), d.reason.clone())).collect()
    }

    /// A later changeset reads only the users behind the groups it names (and the groups
    /// nested in them), and still knows a group of in-scope users is in scope.
    #[tokio::test]
    async fn a_group_is_in_scope_through_its_users_in_a_later_changeset() {
        let s = contoso().await;
        s.ok(vec![group("web", &[BOB, CAROL]), group("leads", &["group:web", ALICE]), group("mixed", &[BOB, SALLY])])
            .await;
        s.ok(vec![room("backend", "eng", &["group:leads"], &[])]).await;
        assert_eq!(s.room("backend").await.unwrap().members, ["group:leads"]);
        let refused = s.refused(admin(), vec![room("sales-too", "eng", &["group:mixed"], &[])]).await;
        assert_eq!(codes(&refused), [ErrorCode::OutOfScope], "{refused:?}");
        // A category narrowed later reads its rooms and the users behind their groups.
        let narrow = op(
            OpAction::Update,
            "eng",
            ObjectSpec::Category(CategorySpec {
                allowed_members: Some(strings(&["ou:contoso"])),
                ..Default::default()
            }),
        );
        let result = s.ok(vec![narrow]).await;
        assert!(dropped(&result, 0).is_empty(), "widening drops nothing");
    }

    #[tokio::test]
    async fn a_user_moved_out_of_the_scope_leaves_its_rooms() {
        let s = contoso().await;
        s.ok(vec![room("backend", "eng", &[ALICE, BOB], &[])]).await;
        let move_bob = op(
            OpAction::Update,
            BOB,
            ObjectSpec::User(UserSpec { ou: Some("contoso/sales".into()), ..Default::default() }),
        );
        let result = s.ok(vec![move_bob]).await;
        let found = dropped(&result, 0);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, BOB);
        assert!(found[0].1.starts_with("outside the scope of category \"eng\""), "{found:?}");
        let backend = s.room("backend").await.unwrap();
        assert_eq!((backend.members, backend.meta.revision), (strings(&[ALICE]), 2));
    }

    #[tokio::test]
    async fn a_deleted_user_leaves_every_room() {
        let s = contoso().await;
        s.ok(vec![room("backend", "eng", &[ALICE, BOB], &[BOB]), room("frontend", "eng", &[ALICE], &[ALICE])]).await;
        let result = s.ok(vec![op(OpAction::Delete, BOB, ObjectSpec::User(UserSpec::default()))]).await;
        let found = dropped(&result, 0);
        assert_eq!(found.len(), 2, "as member and as manager: {found:?}");
        assert!(found.iter().all(|(p, why)| p == BOB && why == "no longer in the directory"), "{found:?}");
        assert!(s.room("backend").await.unwrap().managers.is_empty());
        // A room that does not list the user is not rewritten.
        assert_eq!(s.room("frontend").await.unwrap().meta.revision, 1);
    }

    #[tokio::test]
    async fn a_group_that_grows_out_of_the_scope_leaves_its_rooms() {
        let s = contoso().await;
        s.ok(vec![group("leads", &[ALICE]), room("backend", "eng", &["group:leads", BOB], &[])]).await;
        let grow = op(
            OpAction::Update,
            "leads",
            ObjectSpec::Group(GroupSpec { members: Some(strings(&[ALICE, SALLY])), ..Default::default() }),
        );
        let result = s.ok(vec![grow]).await;
        assert_eq!(dropped(&result, 0).into_iter().map(|d| d.0).collect::<Vec<_>>(), ["group:leads"]);
        assert_eq!(s.room("backend").await.unwrap().members, [BOB]);
    }

    #[tokio::test]
    async fn a_moved_room_keeps_only_what_the_new_scope_holds() {
        let s = contoso().await;
        s.ok(vec![category("web", &[ALICE, "ou:contoso/sales"], &[]), room("backend", "eng", &[ALICE, BOB], &[CAROL])])
            .await;
        let result =
            s.ok(vec![room_update("backend", RoomSpec { category: Some("web".into()), ..Default::default() })]).await;
        let principals: Vec<_> = dropped(&result, 0).into_iter().map(|d| d.0).collect();
        assert_eq!(principals, [BOB, CAROL]);
        let backend = s.room("backend").await.unwrap();
        assert_eq!((backend.category.as_str(), backend.members, backend.managers), ("web", strings(&[ALICE]), vec![]));
    }

    #[tokio::test]
    async fn nothing_dropped_is_nothing_written() {
        let s = contoso().await;
        s.ok(vec![room("backend", "eng", &[ALICE], &[])]).await;
        let move_bob = op(
            OpAction::Update,
            BOB,
            ObjectSpec::User(UserSpec { ou: Some("contoso/sales".into()), ..Default::default() }),
        );
        let result = s.ok(vec![move_bob]).await;
        assert!(result.results[0].dropped.is_empty());
        assert_eq!(s.room("backend").await.unwrap().meta.revision, 1);
    }
}
