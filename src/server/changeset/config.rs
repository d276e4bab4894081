//! Chat configuration, set per target: `global`, `site:NAME` or `pool:NAME` (the wire
//! calls a target a "scope": `/v1/config/{scope}`, `ChatConfigScope.scope`; it has nothing
//! to do with a category's scope). Each value is optional (unset = inherited) and kept
//! inside its documented range; the room management URL is http or https, and the empty
//! string unsets it. Deleting a target's configuration resets it to what it inherits.

use crate::api::validate;
use crate::api::*;

use super::{conflict_copy, err, invalid_at, new_meta, Applied, Engine, ObjRef, Tracked, WriteState};

impl Engine<'_> {
    /// A `chat_config` operation on the configuration of one target.
    pub(super) fn config_op(
        &mut self,
        action: OpAction,
        target: &str,
        revision: Option<i64>,
        spec: ChatConfigSettings,
    ) -> Applied {
        if let Err(e) = validate::config_scope(target) {
            return Err(vec![invalid_at("name", e)]);
        }
        let existing = self.chat_configs.iter().position(|c| c.live() && c.obj.scope == target);
        let mut errors = Vec::new();
        if let Some(i) = existing {
            let (rev, json) = (
                (self.chat_configs[i].obj.meta.id, self.chat_configs[i].obj.meta.revision),
                conflict_copy(revision, &self.chat_configs[i].obj),
            );
            if let Some(e) = self.stale("chat configuration", target, revision, rev, json) {
                return Err(vec![e]);
            }
        }
        if action == OpAction::Delete {
            let Some(i) = existing else {
                return Err(vec![err(
                    ErrorCode::NotFound,
                    Some("name".into()),
                    format!("no chat configuration is set at scope {target}"),
                )]);
            };
            self.chat_configs[i].state = WriteState::Deleted;
            return Ok((OpOutcome::Deleted, Some(ObjRef::ChatConfig(i)), vec![]));
        }
        if action == OpAction::Create && existing.is_some() {
            return Err(vec![err(
                ErrorCode::DuplicateName,
                Some("name".into()),
                format!("chat configuration for scope {target} already exists; use set"),
            )]);
        }
        let before = existing.map(|i| self.chat_configs[i].obj.clone());
        let mut config = before.clone().unwrap_or(ChatConfigScope {
            scope: target.to_string(),
            settings: ChatConfigSettings::default(),
            meta: new_meta(&self.now),
        });
        for (field, value, range) in [
            ("default_chat_history", spec.default_chat_history, validate::DEFAULT_CHAT_HISTORY),
            ("max_file_size_kb", spec.max_file_size_kb, validate::MAX_FILE_SIZE_KB),
            ("participant_update_limit", spec.participant_update_limit, validate::PARTICIPANT_UPDATE_LIMIT),
        ] {
            if let Some(v) = value {
                if let Err(e) = validate::in_range(field, v, range) {
                    errors.push(invalid_at(field, e));
                }
            }
        }
        if let Some(url) = &spec.room_management_url {
            if !url.is_empty() {
                if let Err(e) = validate::http_url("room management URL", url) {
                    errors.push(invalid_at("room_management_url", e));
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let s = &mut config.settings;
        s.default_chat_history = spec.default_chat_history.or(s.default_chat_history);
        s.max_file_size_kb = spec.max_file_size_kb.or(s.max_file_size_kb);
        s.participant_update_limit = spec.participant_update_limit.or(s.participant_update_limit);
        match spec.room_management_url {
            Some(url) if url.is_empty() => s.room_management_url = None,
            Some(url) => s.room_management_url = Some(url),
            None => {}
        }
        if before.as_ref() == Some(&config) {
            return Ok((OpOutcome::Unchanged, existing.map(ObjRef::ChatConfig), vec![]));
        }
        let index = match existing {
            Some(i) => {
                config.meta.revision = self.next_rev("chat configuration", config.meta.id, config.meta.revision);
                config.meta.updated_at = self.now.clone();
                self.chat_configs[i].obj = config;
                self.chat_configs[i].mark_changed();
                i
            }
            None => {
                self.chat_configs.push(Tracked::created(config));
                self.chat_configs.len() - 1
            }
        };
        Ok((
            if existing.is_none() { OpOutcome::Created } else { OpOutcome::Updated },
            Some(ObjRef::ChatConfig(index)),
            vec![],
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::api::*;

    fn set(target: &str, settings: ChatConfigSettings) -> Operation {
        op(OpAction::Upsert, target, ObjectSpec::ChatConfig(settings))
    }

    async fn stored(s: &TestStore) -> Vec<ChatConfigScope> {
        s.store.read().await.unwrap().all_config_scopes().await.unwrap()
    }

    #[tokio::test]
    async fn values_stay_inside_their_ranges() {
        let s = store().await;
        for (settings, field) in [
            (ChatConfigSettings { default_chat_history: Some(0), ..Default::default() }, "default_chat_history"),
            (ChatConfigSettings { default_chat_history: Some(501), ..Default::default() }, "default_chat_history"),
            (ChatConfigSettings { max_file_size_kb: Some(2_097_153), ..Default::default() }, "max_file_size_kb"),
            (
                ChatConfigSettings { participant_update_limit: Some(-1), ..Default::default() },
                "participant_update_limit",
            ),
            (
                ChatConfigSettings { room_management_url: Some("mailto:x@y".into()), ..Default::default() },
                "room_management_url",
            ),
        ] {
            let problem = s.refused(admin(), vec![set("global", settings)]).await;
            assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::InvalidValue, Some(field)));
        }
        let edges = ChatConfigSettings {
            default_chat_history: Some(1),
            max_file_size_kb: Some(2_097_152),
            participant_update_limit: Some(16_000),
            room_management_url: Some("https://rooms.contoso.com".into()),
        };
        s.ok(vec![set("global", edges.clone())]).await;
        assert_eq!(stored(&s).await[0].settings, edges);
    }

    #[tokio::test]
    async fn a_target_is_global_a_site_or_a_pool() {
        let s = store().await;
        for bad in ["everywhere", "site:", "room:x"] {
            let problem = s.refused(admin(), vec![set(bad, ChatConfigSettings::default())]).await;
            assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::InvalidValue, Some("name")), "{bad}");
        }
        s.ok(vec![set("site:redmond", ChatConfigSettings::default()), set("pool:b", ChatConfigSettings::default())])
            .await;
        assert_eq!(stored(&s).await.len(), 2);
    }

    #[tokio::test]
    async fn values_not_given_are_kept_and_the_empty_url_unsets_it() {
        let s = store().await;
        let url =
            ChatConfigSettings { room_management_url: Some("https://rooms.contoso.com".into()), ..Default::default() };
        s.ok(vec![set("global", url)]).await;
        s.ok(vec![set("global", ChatConfigSettings { max_file_size_kb: Some(10), ..Default::default() })]).await;
        let global = &stored(&s).await[0];
        assert_eq!((global.settings.max_file_size_kb, global.meta.revision), (Some(10), 2));
        assert!(global.settings.room_management_url.is_some());
        let unset = ChatConfigSettings { room_management_url: Some(String::new()), ..Default::default() };
        s.ok(vec![set("global", unset)]).await;
        let global = &stored(&s).await[0];
        assert_eq!((global.settings.room_management_url.as_deref(), global.meta.revision), (None, 3));
        let same = ChatConfigSettings { max_file_size_kb: Some(10), ..Default::default() };
        assert_eq!(s.ok(vec![set("global", same)]).await.results[0].outcome, OpOutcome::Unchanged);
    }

    #[tokio::test]
    async fn create_and_delete_say_what_is_there() {
        let s = store().await;
        let delete = || op(OpAction::Delete, "pool:b", ObjectSpec::ChatConfig(ChatConfigSettings::default()));
        assert_eq!(s.refused(admin(), vec![delete()]).await.code, ErrorCode::NotFound);
        let create = || op(OpAction::Create, "pool:b", ObjectSpec::ChatConfig(ChatConfigSettings::default()));
        s.ok(vec![create()]).await;
        let problem = s.refused(admin(), vec![create()]).await;
        assert_eq!(problem.code, ErrorCode::DuplicateName);
        assert!(problem.detail.contains("use set"), "{problem:?}");
        s.ok(vec![delete()]).await;
        assert!(stored(&s).await.is_empty());
    }
}
