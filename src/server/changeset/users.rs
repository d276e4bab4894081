//! Users of the directory: a SIP URI names each; a new user needs an OU and a site; names,
//! OUs and sites hold no control or invisible characters. Moving a user to another OU or
//! deleting them can narrow category scopes, so rooms are checked again (see
//! `rooms/scope.rs`).

use crate::api::validate;
use crate::api::*;

use super::{conflict_copy, err, invalid_at, new_meta, resolve_upsert, Engine, OpErrors, WriteState};

impl Engine<'_> {
    pub(super) fn user_op(
        &mut self,
        action: OpAction,
        name: &str,
        revision: Option<i64>,
        spec: UserSpec,
    ) -> Result<OpOutcome, OpErrors> {
        let sip = match Principal::user_sip(name) {
            Ok(sip) => sip,
            Err(refusal) => return Err(vec![err(ErrorCode::MalformedPrincipal, Some("name".into()), refusal)]),
        };
        let existing = self.dir.users.get(&sip).cloned();
        let action = resolve_upsert(action, existing.is_some());
        let mut errors = Vec::new();
        match (action, existing) {
            (OpAction::Create, Some(_)) => {
                Err(vec![err(ErrorCode::DuplicateName, Some("name".into()), format!("user {sip} already exists"))])
            }
            (OpAction::Update | OpAction::Delete, None) => {
                Err(vec![err(ErrorCode::NotFound, Some("name".into()), format!("user {sip} does not exist"))])
            }
            (OpAction::Delete, Some(user)) => {
                if let Some(e) = self.stale(
                    "user",
                    &sip,
                    revision,
                    (user.meta.id, user.meta.revision),
                    conflict_copy(revision, &user),
                ) {
                    return Err(vec![e]);
                }
                if let (None, Some(tag)) = (self.user_writes.get(&sip), &user.policy) {
                    *self.deleted_grants.entry(tag.clone()).or_default() += 1;
                }
                if self.user_writes.get(&sip) == Some(&WriteState::Created) {
                    self.user_writes.remove(&sip);
                } else {
                    self.user_deletes.push(user.meta.id);
                    self.user_writes.remove(&sip);
                }
                let named_elsewhere = self.dir.listed_by_a_group(&sip)
                    || self.categories.iter().filter(|c| c.live()).any(|c| {
                        c.obj.allowed_members.contains(&sip)
                            || c.obj.denied_members.contains(&sip)
                            || c.obj.creators.contains(&sip)
                    });
                self.narrows_beyond_deleted_users |= named_elsewhere;
                self.dir.remove_user(&sip);
                self.deleted_users.insert(sip.clone());
                self.narrows_directory = true;
                self.category_scopes.clear();
                Ok(OpOutcome::Deleted)
            }
            (_, current) => {
                let is_new = current.is_none();
                let mut user = current.clone().unwrap_or(User {
                    sip: sip.clone(),
                    display_name: sip.trim_start_matches("sip:").split('@').next().unwrap_or_default().to_string(),
                    ou: String::new(),
                    site: String::new(),
                    enabled: true,
                    policy: None,
                    meta: new_meta(&self.now),
                });
                if let Some(c) = &current {
                    if let Some(e) =
                        self.stale("user", &sip, revision, (c.meta.id, c.meta.revision), conflict_copy(revision, c))
                    {
                        return Err(vec![e]);
                    }
                }
                if let Some(v) = spec.display_name {
                    if let Err(e) = validate::name("display name", &v, validate::DISPLAY_NAME_MAX) {
                        errors.push(invalid_at("display_name", e));
                    }
                    user.display_name = v;
                }
                if let Some(v) = spec.ou {
                    let path = v.trim_matches('/').to_string();
                    if let Err(e) = validate::line("OU", &path) {
                        errors.push(invalid_at("ou", e));
                    } else if path.is_empty() || path.split('/').any(|s| s.trim().is_empty()) {
                        errors.push(err(
                            ErrorCode::InvalidValue,
                            Some("ou".into()),
                            format!("OU {v:?} must be a path like contoso/eng"),
                        ));
                    }
                    user.ou = path;
                } else if is_new {
                    errors.push(err(
                        ErrorCode::Required,
                        Some("ou".into()),
                        "a new user needs an OU (e.g. contoso/eng)",
                    ));
                }
                if let Some(v) = spec.site {
                    if let Err(e) = validate::name("site", &v, validate::NAME_MAX) {
                        errors.push(invalid_at("site", e));
                    }
                    user.site = v;
                } else if is_new {
                    errors.push(err(ErrorCode::Required, Some("site".into()), "a new user needs a site"));
                }
                if let Some(v) = spec.enabled {
                    user.enabled = v;
                }
                Self::check_labels(&spec.labels, &mut errors);
                if let Some(l) = spec.labels {
                    user.meta.labels = l;
                }
                if !errors.is_empty() {
                    return Err(errors);
                }
                if current.as_ref() == Some(&user) {
                    return Ok(OpOutcome::Unchanged);
                }
                if !is_new {
                    user.meta.revision = self.next_rev("user", user.meta.id, user.meta.revision);
                    user.meta.updated_at = self.now.clone();
                }
                if current.as_ref().is_some_and(|c| c.ou != user.ou) {
                    self.narrows_directory = true;
                    self.narrows_beyond_deleted_users = true;
                }
                let state = if is_new {
                    WriteState::Created
                } else {
                    *self.user_writes.get(&sip).unwrap_or(&WriteState::Changed)
                };
                self.user_writes
                    .insert(sip.clone(), if state == WriteState::Stored { WriteState::Changed } else { state });
                self.dir.put_user(user);
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

    fn set(sip: &str, spec: UserSpec) -> Operation {
        op(OpAction::Update, sip, ObjectSpec::User(spec))
    }

    #[tokio::test]
    async fn a_new_user_needs_an_ou_and_a_site() {
        let s = store().await;
        let problem =
            s.refused(admin(), vec![op(OpAction::Create, ALICE, ObjectSpec::User(UserSpec::default()))]).await;
        let fields: Vec<_> = problem.errors.iter().map(|e| (e.code, e.field.clone().unwrap_or_default())).collect();
        assert_eq!(fields, [(ErrorCode::Required, "ou".into()), (ErrorCode::Required, "site".into())]);
        assert!(problem.detail.contains("a new user needs an OU"), "{problem:?}");
        assert_eq!(s.user(ALICE).await, None, "a refused changeset writes nothing");
    }

    #[tokio::test]
    async fn ous_are_paths_and_the_display_name_defaults_to_the_sip_user() {
        let s = store().await;
        for bad in ["/", "contoso//eng", "contoso/ /eng"] {
            let problem = s.refused(admin(), vec![user(ALICE, bad)]).await;
            assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::InvalidValue, Some("ou")), "{bad}");
        }
        s.ok(vec![user(ALICE, "/contoso/eng/")]).await;
        let alice = s.user(ALICE).await.unwrap();
        assert_eq!((alice.ou.as_str(), alice.display_name.as_str(), alice.enabled), ("contoso/eng", "alice", true));
    }

    #[tokio::test]
    async fn control_and_invisible_characters_are_refused() {
        let s = store().await;
        let spec = |display: &str, ou: &str, site: &str| {
            ObjectSpec::User(UserSpec {
                display_name: Some(display.into()),
                ou: Some(ou.into()),
                site: Some(site.into()),
                ..Default::default()
            })
        };
        for (object, field) in [
            (spec("Alice\u{1b}[31m", "contoso/eng", "redmond"), "display_name"),
            (spec("Alice", "contoso/\u{202e}eng", "redmond"), "ou"),
            (spec("Alice", "contoso/eng", "red\u{200b}mond"), "site"),
        ] {
            let problem = s.refused(admin(), vec![op(OpAction::Create, ALICE, object)]).await;
            assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::InvalidValue, Some(field)));
            assert!(problem.detail.contains("U+"), "the code point is named: {problem:?}");
        }
    }

    #[tokio::test]
    async fn a_user_is_named_by_a_sip_uri_once() {
        let s = contoso().await;
        let problem = s.refused(admin(), vec![user("alice", "contoso/eng")]).await;
        assert_eq!(problem.code, ErrorCode::MalformedPrincipal);
        assert_eq!(s.refused(admin(), vec![user(ALICE, "contoso/eng")]).await.code, ErrorCode::DuplicateName);
        let problem = s.refused(admin(), vec![set("sip:nobody@contoso.com", UserSpec::default())]).await;
        assert_eq!(problem.code, ErrorCode::NotFound);
    }

    #[tokio::test]
    async fn a_change_is_one_revision_and_no_change_is_none() {
        let s = contoso().await;
        let disable = || set(ALICE, UserSpec { enabled: Some(false), ..Default::default() });
        let result =
            s.ok(vec![disable(), set(ALICE, UserSpec { site: Some("paris".into()), ..Default::default() })]).await;
        assert_eq!(result.results[1].revision, Some(2), "two operations on one user are one revision");
        let result = s.ok(vec![disable()]).await;
        assert_eq!(result.results[0].outcome, OpOutcome::Unchanged);
        let alice = s.user(ALICE).await.unwrap();
        assert_eq!((alice.meta.revision, alice.enabled, alice.site.as_str()), (2, false, "paris"));
    }

    #[tokio::test]
    async fn a_stale_revision_is_a_conflict_with_the_user_as_it_is() {
        let s = contoso().await;
        let mut stale = set(ALICE, UserSpec { site: Some("paris".into()), ..Default::default() });
        stale.revision = Some(7);
        let problem = s.refused(admin(), vec![stale]).await;
        assert_eq!(problem.code, ErrorCode::StaleRevision);
        assert_eq!(problem.current.as_ref().and_then(|c| c["sip"].as_str()), Some(ALICE));
    }

    #[tokio::test]
    async fn a_user_created_and_deleted_in_one_changeset_is_never_written() {
        let s = store().await;
        let gone = "sip:gone@contoso.com";
        let result = s
            .ok(vec![user(gone, "contoso/eng"), op(OpAction::Delete, gone, ObjectSpec::User(UserSpec::default()))])
            .await;
        assert_eq!(result.results[1].outcome, OpOutcome::Deleted);
        assert_eq!(s.user(gone).await, None);
    }
}
