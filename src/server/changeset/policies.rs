//! Policies and their grants. A policy is `global` (always there: deleting it resets it),
//! `site:NAME` or `tag:NAME`; a tag policy is granted to users (each user holds at most
//! one) and is not deleted while granted. A grant names only users of the directory, and
//! changes (and bumps the revision of) only the users whose grant it changes; its answer
//! says how many those are. `POST /v1/policies/grants` runs the same rules: with a policy,
//! as a `policy_grant` operation; with `policy: null`, as the engine's own operation
//! [`take_grants`], which takes away whichever tag policy the users hold.

use crate::api::validate;
use crate::api::*;

use super::super::auth::Caller;
use super::super::error::{ApiError, ApiResult};
use super::own::{execute_own, OwnDone, OwnOp, OwnStaged};
use super::{
    conflict_copy, err, invalid_at, new_meta, resolve_upsert, Applied, Engine, ObjRef, OpErrors, Tracked, WriteState,
};

/// What a grant does to each user it names.
#[derive(Clone, Copy)]
enum GrantChange<'a> {
    /// Gives the user this tag policy (without `tag:`).
    Give(&'a str),
    /// Takes this tag policy away from users who hold it; others keep theirs.
    TakeAway(&'a str),
    /// Takes away whichever tag policy the user holds.
    TakeAwayAny,
}

/// Takes these users' tag policy away, whichever it is, in one write transaction; answers
/// how many users held one. Administrators only.
pub async fn take_grants(store: &dyn crate::store::Store, caller: Caller, users: Vec<String>) -> ApiResult<u64> {
    match execute_own(store, caller, OwnOp::TakeGrants(users)).await? {
        OwnDone::Grants(changed) => Ok(changed),
        _ => Err(ApiError::internal("taking grants away answered something else")),
    }
}

impl Engine<'_> {
    pub(super) async fn policy_op(
        &mut self,
        action: OpAction,
        identity: &str,
        revision: Option<i64>,
        spec: PolicySpec,
    ) -> ApiResult<Applied> {
        if let Err(e) = validate::policy_identity(identity) {
            return Ok(Err(vec![invalid_at("name", e)]));
        }
        let existing = self.policies.iter().position(|p| p.live() && p.obj.identity == identity);
        let action = resolve_upsert(action, existing.is_some());
        let mut errors = Vec::new();
        let current = match (action, existing) {
            (OpAction::Create, Some(_)) => {
                return Ok(Err(vec![err(
                    ErrorCode::DuplicateName,
                    Some("name".into()),
                    format!(
                        "policy {identity} already exists{}",
                        if identity == "global" { " (the global policy always exists; use set)" } else { "" }
                    ),
                )]))
            }
            (OpAction::Update | OpAction::Delete, None) => {
                return Ok(Err(vec![err(
                    ErrorCode::NotFound,
                    Some("name".into()),
                    format!("policy {identity} does not exist"),
                )]))
            }
            (OpAction::Delete, Some(i)) => {
                let (rev, json) = (
                    (self.policies[i].obj.meta.id, self.policies[i].obj.meta.revision),
                    conflict_copy(revision, &self.policies[i].obj),
                );
                if let Some(e) = self.stale("policy", identity, revision, rev, json) {
                    return Ok(Err(vec![e]));
                }
                if identity == "global" {
                    let (id, rev) = (self.policies[i].obj.meta.id, self.policies[i].obj.meta.revision);
                    let next = self.next_rev("policy", id, rev);
                    let p = &mut self.policies[i];
                    if p.obj.enabled || !p.obj.description.is_empty() {
                        p.obj.enabled = false;
                        p.obj.description.clear();
                        p.obj.meta.revision = next;
                        p.obj.meta.updated_at = self.now.clone();
                        p.mark_changed();
                        return Ok(Ok((OpOutcome::Updated, Some(ObjRef::Policy(i)), vec![])));
                    }
                    return Ok(Ok((OpOutcome::Unchanged, Some(ObjRef::Policy(i)), vec![])));
                }
                if let Some(tag) = identity.strip_prefix("tag:") {
                    let grants = self.tx.count_grants(tag).await? - self.deleted_grants.get(tag).copied().unwrap_or(0);
                    if grants > 0 {
                        return Ok(Err(vec![err(ErrorCode::InvalidValue, None, format!(
                            "policy {identity} is granted to {grants} user{}; take the grant away first (pchat policies revoke {identity} USER...)",
                            if grants == 1 { "" } else { "s" }
                        ))]));
                    }
                }
                self.policies[i].state = WriteState::Deleted;
                return Ok(Ok((OpOutcome::Deleted, Some(ObjRef::Policy(i)), vec![])));
            }
            (_, current) => current,
        };
        let is_new = current.is_none();
        let before = current.map(|i| self.policies[i].obj.clone());
        let mut policy = before.clone().unwrap_or(Policy {
            identity: identity.to_string(),
            enabled: false,
            description: String::new(),
            meta: new_meta(&self.now),
        });
        if let Some(b) = &before {
            let json = conflict_copy(revision, b);
            if let Some(e) = self.stale("policy", identity, revision, (b.meta.id, b.meta.revision), json) {
                return Ok(Err(vec![e]));
            }
        }
        if let Some(v) = spec.enabled {
            policy.enabled = v;
        }
        if let Some(d) = spec.description {
            if let Err(e) = validate::description("policy description", &d) {
                errors.push(invalid_at("description", e));
            }
            policy.description = d;
        }
        Self::check_labels(&spec.labels, &mut errors);
        if let Some(l) = spec.labels {
            policy.meta.labels = l;
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        if before.as_ref() == Some(&policy) {
            return Ok(Ok((OpOutcome::Unchanged, current.map(ObjRef::Policy), vec![])));
        }
        let index = match current {
            Some(i) => {
                policy.meta.revision = self.next_rev("policy", policy.meta.id, policy.meta.revision);
                policy.meta.updated_at = self.now.clone();
                self.policies[i].obj = policy;
                self.policies[i].mark_changed();
                i
            }
            None => {
                self.policies.push(Tracked::created(policy));
                self.policies.len() - 1
            }
        };
        Ok(Ok((if is_new { OpOutcome::Created } else { OpOutcome::Updated }, Some(ObjRef::Policy(index)), vec![])))
    }

    /// A `policy_grant` operation: grants the tag policy it names to users (with delete,
    /// takes it away from those who hold it).
    pub(super) fn grant_op(&mut self, action: OpAction, identity: &str, spec: PolicyGrantSpec) -> Applied {
        let Some(tag) = identity.strip_prefix("tag:") else {
            return Err(vec![err(
                ErrorCode::InvalidValue,
                Some("name".into()),
                format!(
                    "only tag policies are granted to users, not {identity:?} (site and global policies apply by themselves)"
                ),
            )]);
        };
        if action != OpAction::Delete && !self.policies.iter().any(|p| p.live() && p.obj.identity == identity) {
            return Err(vec![err(
                ErrorCode::UnknownReference,
                Some("name".into()),
                format!("policy {identity} does not exist"),
            )]);
        }
        let change = if action == OpAction::Delete { GrantChange::TakeAway(tag) } else { GrantChange::Give(tag) };
        let changed = self.set_grants(change, &spec.users)?;
        let outcome = if changed > 0 { OpOutcome::Updated } else { OpOutcome::Unchanged };
        Ok((outcome, Some(ObjRef::Grant(changed)), vec![]))
    }

    /// The engine's own operation behind [`take_grants`]: the users it names must be in
    /// the directory (they are read first: no changeset named them).
    pub(super) async fn take_grants_op(&mut self, users: &[String]) -> ApiResult<Result<OwnStaged, OpErrors>> {
        let sips: Vec<String> = users.iter().filter_map(|raw| Principal::parse_user(raw).ok()).collect();
        let missing = self.missing_users(sips.iter());
        self.load_users(missing).await?;
        Ok(self.set_grants(GrantChange::TakeAwayAny, users).map(OwnStaged::Grants))
    }

    /// Applies a grant to each user named; returns how many users' grant changed. Users
    /// whose grant stays as it was are not written and keep their revision.
    fn set_grants(&mut self, change: GrantChange, users: &[String]) -> Result<u64, OpErrors> {
        let mut errors = Vec::new();
        let mut changed = 0;
        for (i, raw) in users.iter().enumerate() {
            let field = format!("users[{i}]");
            let sip = match Principal::user_sip(raw) {
                Ok(sip) => sip,
                Err(refusal) => {
                    errors.push(err(ErrorCode::MalformedPrincipal, Some(field), refusal));
                    continue;
                }
            };
            let Some(user) = self.dir.users.get(&sip) else {
                errors.push(err(
                    ErrorCode::UnknownPrincipal,
                    Some(field),
                    format!("unknown principal {sip}: no such user in the directory"),
                ));
                continue;
            };
            let wanted = match change {
                GrantChange::Give(tag) => Some(tag.to_string()),
                GrantChange::TakeAway(tag) if user.policy.as_deref() != Some(tag) => continue,
                GrantChange::TakeAway(_) | GrantChange::TakeAwayAny => None,
            };
            if user.policy == wanted {
                continue;
            }
            let (id, rev) = (user.meta.id, user.meta.revision);
            // A user this changeset creates is inserted with the grant, at revision 1.
            let created = self.user_writes.get(&sip) == Some(&WriteState::Created);
            let next = (!created).then(|| self.next_rev("user", id, rev));
            let now = self.now.clone();
            if let Some(user) = self.dir.users.get_mut(&sip) {
                user.policy = wanted;
                if let Some(next) = next {
                    user.meta.revision = next;
                    user.meta.updated_at = now;
                    self.user_writes.insert(sip, WriteState::Changed);
                }
            }
            changed += 1;
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(changed)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::api::*;

    fn policy(identity: &str) -> Operation {
        op(OpAction::Create, identity, ObjectSpec::Policy(PolicySpec { enabled: Some(true), ..Default::default() }))
    }

    fn grant(action: OpAction, identity: &str, users: &[&str]) -> Operation {
        op(action, identity, ObjectSpec::PolicyGrant(PolicyGrantSpec { users: strings(users) }))
    }

    fn delete(identity: &str) -> Operation {
        op(OpAction::Delete, identity, ObjectSpec::Policy(PolicySpec::default()))
    }

    async fn policy_of(s: &TestStore, sip: &str) -> (Option<String>, i64) {
        let user = s.user(sip).await.unwrap();
        (user.policy, user.meta.revision)
    }

    #[tokio::test]
    async fn a_grant_changes_only_the_users_whose_grant_changes() {
        let s = contoso().await;
        s.ok(vec![policy("tag:chatters"), grant(OpAction::Upsert, "tag:chatters", &[ALICE])]).await;
        assert_eq!(policy_of(&s, ALICE).await, (Some("chatters".into()), 2));
        let result = s.ok(vec![grant(OpAction::Upsert, "tag:chatters", &[ALICE, BOB, BOB])]).await;
        assert_eq!(result.results[0].outcome, OpOutcome::Updated);
        assert_eq!(policy_of(&s, ALICE).await, (Some("chatters".into()), 2), "alice held it: untouched");
        assert_eq!(policy_of(&s, BOB).await, (Some("chatters".into()), 2));
        let again = s.ok(vec![grant(OpAction::Upsert, "tag:chatters", &[ALICE, BOB])]).await;
        assert_eq!(again.results[0].outcome, OpOutcome::Unchanged);
    }

    #[tokio::test]
    async fn a_grant_answers_how_many_users_it_changed() {
        let s = contoso().await;
        s.ok(vec![policy("tag:chatters"), grant(OpAction::Upsert, "tag:chatters", &[ALICE])]).await;
        let operation = grant(OpAction::Upsert, "tag:chatters", &[ALICE, BOB, CAROL]);
        let (_, object) = super::super::execute_one(&*s.store, admin(), operation).await.unwrap();
        assert!(matches!(object, Some(super::super::Object::Grant { changed_users: 2 })), "{object:?}");
    }

    #[tokio::test]
    async fn taking_a_grant_away_touches_only_its_holders() {
        let s = contoso().await;
        s.ok(vec![
            policy("tag:chatters"),
            policy("tag:quiet"),
            grant(OpAction::Upsert, "tag:chatters", &[ALICE]),
            grant(OpAction::Upsert, "tag:quiet", &[BOB]),
        ])
        .await;
        s.ok(vec![grant(OpAction::Delete, "tag:chatters", &[ALICE, BOB, CAROL])]).await;
        assert_eq!(policy_of(&s, ALICE).await, (None, 3));
        assert_eq!(policy_of(&s, BOB).await, (Some("quiet".into()), 2), "bob holds another tag");
        assert_eq!(policy_of(&s, CAROL).await, (None, 1));
        // Taking away whichever tag a user holds: only bob still holds one.
        let changed = super::take_grants(&*s.store, admin(), strings(&[ALICE, BOB, CAROL])).await.unwrap();
        assert_eq!(changed, 1);
        assert_eq!(policy_of(&s, BOB).await, (None, 3));
        assert_eq!(policy_of(&s, ALICE).await, (None, 3), "alice held none: untouched");
    }

    #[tokio::test]
    async fn a_grant_names_a_tag_policy_that_exists_and_users_of_the_directory() {
        let s = contoso().await;
        s.ok(vec![policy("site:redmond")]).await;
        let problem = s.refused(admin(), vec![grant(OpAction::Upsert, "site:redmond", &[ALICE])]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::InvalidValue, Some("name")));
        assert!(problem.detail.contains("site and global policies apply by themselves"), "{problem:?}");
        let problem = s.refused(admin(), vec![grant(OpAction::Upsert, "tag:nope", &[ALICE])]).await;
        assert_eq!(problem.code, ErrorCode::UnknownReference);
        s.ok(vec![policy("tag:chatters")]).await;
        let problem = s
            .refused(admin(), vec![grant(OpAction::Upsert, "tag:chatters", &["alice", "sip:nobody@contoso.com"])])
            .await;
        assert_eq!(codes(&problem), [ErrorCode::MalformedPrincipal, ErrorCode::UnknownPrincipal]);
        assert_eq!(problem.errors[0].detail, "\"alice\" is not a user SIP URI (sip:NAME@DOMAIN)");
        let problem = super::take_grants(&*s.store, admin(), strings(&["sip:nobody@contoso.com"])).await.unwrap_err();
        assert_eq!((problem.0.code, problem.0.field.as_deref()), (ErrorCode::UnknownPrincipal, Some("users[0]")));
        let problem = super::take_grants(&*s.store, acting_for(ALICE), strings(&[ALICE])).await.unwrap_err();
        assert_eq!(problem.0.code, ErrorCode::Forbidden);
    }

    #[tokio::test]
    async fn a_user_created_in_the_changeset_is_granted_at_revision_one() {
        let s = store().await;
        s.ok(vec![
            policy("tag:chatters"),
            user(ALICE, "contoso/eng"),
            grant(OpAction::Upsert, "tag:chatters", &[ALICE]),
        ])
        .await;
        assert_eq!(policy_of(&s, ALICE).await, (Some("chatters".into()), 1));
    }

    #[tokio::test]
    async fn a_granted_tag_policy_is_not_deleted_and_the_global_one_is_reset() {
        let s = contoso().await;
        s.ok(vec![policy("tag:chatters"), grant(OpAction::Upsert, "tag:chatters", &[ALICE])]).await;
        let problem = s.refused(admin(), vec![delete("tag:chatters")]).await;
        assert_eq!(problem.code, ErrorCode::InvalidValue);
        assert!(problem.detail.contains("is granted to 1 user"), "{problem:?}");
        s.ok(vec![op(
            OpAction::Update,
            "global",
            ObjectSpec::Policy(PolicySpec { enabled: Some(true), ..Default::default() }),
        )])
        .await;
        assert_eq!(s.ok(vec![delete("global")]).await.results[0].outcome, OpOutcome::Updated);
        let mut tx = s.store.read().await.unwrap();
        let global = tx.all_policies().await.unwrap().into_iter().find(|p| p.identity == "global").unwrap();
        assert!(!global.enabled, "deleting the global policy resets it");
    }

    #[tokio::test]
    async fn a_tag_policy_goes_in_the_changeset_that_deletes_every_user_holding_it() {
        let s = contoso().await;
        s.ok(vec![policy("tag:chatters"), grant(OpAction::Upsert, "tag:chatters", &[ALICE, BOB])]).await;
        let delete_alice = op(OpAction::Delete, ALICE, ObjectSpec::User(UserSpec::default()));
        // Bob still holds it: refused, nothing changed.
        let problem = s.refused(admin(), vec![delete_alice.clone(), delete("tag:chatters")]).await;
        assert!(problem.detail.contains("is granted to 1 user"), "{problem:?}");
        assert!(s.user(ALICE).await.is_some());
        let delete_bob = op(OpAction::Delete, BOB, ObjectSpec::User(UserSpec::default()));
        let result = s.ok(vec![delete_alice, delete_bob, delete("tag:chatters")]).await;
        assert_eq!(result.results[2].outcome, OpOutcome::Deleted);
    }

    #[tokio::test]
    async fn a_policy_identity_is_global_site_or_tag() {
        let s = store().await;
        let problem = s.refused(admin(), vec![policy("team:x")]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::InvalidValue, Some("name")));
        let problem = s.refused(admin(), vec![policy("global")]).await;
        assert_eq!(problem.code, ErrorCode::DuplicateName);
        assert!(problem.detail.contains("the global policy always exists; use set"), "{problem:?}");
    }
}
