//! Groups of the directory: named by letters, digits, `.`, `_` and `-`; members are users,
//! OUs and other groups the directory knows, and a group may not contain itself, however
//! deep. Changing a group's members or deleting it can narrow category scopes, so rooms
//! are checked again (see `rooms/scope.rs`).

use crate::api::validate;
use crate::api::*;

use super::{conflict_copy, err, invalid_at, new_meta, resolve_upsert, Engine, OpErrors, WriteState};

impl Engine<'_> {
    pub(super) fn group_op(
        &mut self,
        action: OpAction,
        name: &str,
        revision: Option<i64>,
        spec: GroupSpec,
    ) -> Result<OpOutcome, OpErrors> {
        if let Err(e) = validate::group_name(name) {
            return Err(vec![invalid_at("name", e)]);
        }
        let existing = self.dir.groups.get(name).cloned();
        let action = resolve_upsert(action, existing.is_some());
        let mut errors = Vec::new();
        match (action, existing) {
            (OpAction::Create, Some(_)) => {
                Err(vec![err(ErrorCode::DuplicateName, Some("name".into()), format!("group {name} already exists"))])
            }
            (OpAction::Update | OpAction::Delete, None) => {
                Err(vec![err(ErrorCode::NotFound, Some("name".into()), format!("group {name} does not exist"))])
            }
            (OpAction::Delete, Some(group)) => {
                if let Some(e) = self.stale(
                    "group",
                    name,
                    revision,
                    (group.meta.id, group.meta.revision),
                    conflict_copy(revision, &group),
                ) {
                    return Err(vec![e]);
                }
                if self.group_writes.remove(name) != Some(WriteState::Created) {
                    self.group_deletes.push(group.meta.id);
                }
                self.dir.remove_group(name);
                self.narrows_directory = true;
                self.narrows_beyond_deleted_users = true;
                self.category_scopes.clear();
                Ok(OpOutcome::Deleted)
            }
            (_, current) => {
                let is_new = current.is_none();
                let mut group = current.clone().unwrap_or(Group {
                    name: name.to_string(),
                    description: String::new(),
                    members: Vec::new(),
                    meta: new_meta(&self.now),
                });
                if let Some(c) = &current {
                    if let Some(e) =
                        self.stale("group", name, revision, (c.meta.id, c.meta.revision), conflict_copy(revision, c))
                    {
                        return Err(vec![e]);
                    }
                }
                if let Some(d) = spec.description {
                    if let Err(e) = validate::description("group description", &d) {
                        errors.push(invalid_at("description", e));
                    }
                    group.description = d;
                }
                if let Some(members) = spec.members {
                    group.members = self.principal_list("members", &members, &mut errors);
                    for (i, m) in group.members.iter().enumerate() {
                        if let Some(child) = m.strip_prefix("group:") {
                            if child == name || self.dir.reaches_group(child, name) {
                                errors.push(err(
                                    ErrorCode::GroupCycle,
                                    Some(format!("members[{i}]")),
                                    format!("group {name} cannot contain group:{child}: {child} already contains {name}, which would make a cycle"),
                                ));
                            }
                        }
                    }
                }
                Self::check_labels(&spec.labels, &mut errors);
                if let Some(l) = spec.labels {
                    group.meta.labels = l;
                }
                if !errors.is_empty() {
                    return Err(errors);
                }
                if current.as_ref() == Some(&group) {
                    return Ok(OpOutcome::Unchanged);
                }
                if !is_new {
                    group.meta.revision = self.next_rev("group", group.meta.id, group.meta.revision);
                    group.meta.updated_at = self.now.clone();
                }
                if current.as_ref().is_some_and(|c| c.members != group.members) {
                    self.narrows_directory = true;
                    self.narrows_beyond_deleted_users = true;
                }
                let state = if is_new {
                    WriteState::Created
                } else {
                    *self.group_writes.get(name).unwrap_or(&WriteState::Changed)
                };
                self.group_writes.insert(name.to_string(), state);
                self.dir.put_group(group);
                self.category_scopes.clear();
                Ok(if is_new { OpOutcome::Created } else { OpOutcome::Updated })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::api::*;

    fn members(name: &str, list: &[&str]) -> Operation {
        op(OpAction::Update, name, ObjectSpec::Group(GroupSpec { members: Some(strings(list)), ..Default::default() }))
    }

    #[tokio::test]
    async fn a_group_may_not_contain_itself_however_deep() {
        let s = contoso().await;
        s.ok(vec![group("leads", &[ALICE]), group("eng", &["group:leads"]), group("all", &["group:eng"])]).await;
        let problem = s.refused(admin(), vec![members("leads", &[ALICE, "group:all"])]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::GroupCycle, Some("members[1]")));
        assert!(problem.detail.contains("would make a cycle"), "{problem:?}");
        let problem = s.refused(admin(), vec![members("leads", &["group:leads"])]).await;
        assert_eq!(problem.code, ErrorCode::GroupCycle);
        // A cycle made within one changeset is seen too.
        let problem =
            s.refused(admin(), vec![group("a", &[]), group("b", &["group:a"]), members("a", &["group:b"])]).await;
        assert_eq!((problem.code, problem.errors[0].index), (ErrorCode::GroupCycle, Some(2)));
    }

    #[tokio::test]
    async fn members_must_be_known_and_well_formed() {
        let s = contoso().await;
        let problem = s.refused(admin(), vec![group("g", &["sip:nobody@contoso.com", "alice", "group:nope"])]).await;
        assert_eq!(
            codes(&problem),
            [ErrorCode::UnknownPrincipal, ErrorCode::MalformedPrincipal, ErrorCode::UnknownPrincipal]
        );
        let problem = s.refused(admin(), vec![group("bad name", &[])]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::InvalidValue, Some("name")));
    }

    #[tokio::test]
    async fn members_are_kept_once_in_normal_form() {
        let s = contoso().await;
        s.ok(vec![group("leads", &[ALICE, ALICE, "ou:contoso/eng/"])]).await;
        let mut tx = s.store.read().await.unwrap();
        let leads = tx.all_groups().await.unwrap().into_iter().find(|g| g.name == "leads").unwrap();
        assert_eq!(leads.members, [ALICE, "ou:contoso/eng"]);
    }
}
