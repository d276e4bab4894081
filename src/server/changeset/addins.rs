//! Add-ins: named uniquely per pool (at most 50 characters), each with an http or https
//! URL; a room of the same pool may use one. An add-in does not move to another pool, and
//! one still used by a room once the changeset is applied is not deleted.

use crate::api::validate::{self, DEFAULT_POOL};
use crate::api::*;

use super::super::error::ApiResult;
use super::{conflict_copy, err, invalid_at, new_meta, resolve_upsert, Applied, Engine, ObjRef, Tracked, WriteState};

impl Engine<'_> {
    /// Reads the stored rooms that use an add-in into the working state.
    async fn load_rooms_using_addin(&mut self, addin: usize) -> ApiResult<()> {
        let a = &self.addins[addin].obj;
        // The name it is stored under, even if this changeset renamed it.
        let stored_name = self
            .addin_renames
            .iter()
            .find(|(_, &index)| index == addin)
            .map(|((_, old), _)| old.clone())
            .unwrap_or_else(|| a.name.clone());
        let filter =
            crate::store::RoomFilter { addin: Some(stored_name), pool: Some(a.pool.clone()), ..Default::default() };
        let mut after = None;
        loop {
            let rooms = self.tx.list_rooms(&filter, after.as_ref(), MAX_PAGE_SIZE).await?;
            let full = rooms.len() == MAX_PAGE_SIZE;
            after = rooms.last().map(|r| crate::store::After { name: r.name.clone(), id: r.meta.id });
            self.adopt_rooms(rooms, None).await?;
            if !full {
                return Ok(());
            }
        }
    }

    pub(super) async fn addin_op(
        &mut self,
        action: OpAction,
        name: &str,
        pool: Option<String>,
        revision: Option<i64>,
        spec: AddinSpec,
    ) -> ApiResult<Applied> {
        let mut pool_hint = pool.or_else(|| spec.pool.clone());
        if action == OpAction::Create {
            pool_hint.get_or_insert_with(|| DEFAULT_POOL.to_string());
        }
        let found: Vec<usize> = (0..self.addins.len())
            .filter(|&i| {
                self.addins[i].live()
                    && self.addins[i].obj.name == name
                    && pool_hint.as_ref().is_none_or(|p| &self.addins[i].obj.pool == p)
            })
            .collect();
        if found.len() > 1 {
            return Ok(Err(vec![err(
                ErrorCode::Ambiguous,
                Some("name".into()),
                format!("add-in {name:?} exists in several pools; give the pool"),
            )]));
        }
        let existing = found.first().copied();
        let action = resolve_upsert(action, existing.is_some());
        let mut errors = Vec::new();
        match (action, existing) {
            (OpAction::Create, Some(i)) => Ok(Err(vec![err(
                ErrorCode::DuplicateName,
                Some("name".into()),
                format!("add-in {name:?} already exists in pool {}", self.addins[i].obj.pool),
            )])),
            (OpAction::Update | OpAction::Delete, None) => {
                Ok(Err(vec![err(ErrorCode::NotFound, Some("name".into()), format!("add-in {name:?} does not exist"))]))
            }
            (OpAction::Delete, Some(i)) => {
                let (rev, json) = (
                    (self.addins[i].obj.meta.id, self.addins[i].obj.meta.revision),
                    conflict_copy(revision, &self.addins[i].obj),
                );
                if let Some(e) = self.stale("add-in", name, revision, rev, json) {
                    return Ok(Err(vec![e]));
                }
                if self.addins[i].state != WriteState::Created {
                    self.load_rooms_using_addin(i).await?;
                }
                // Only rooms that still use it once this changeset is applied count.
                let users = (0..self.rooms.len())
                    .filter(|&r| self.rooms[r].live() && self.room_links[r].addin == Some(i))
                    .count();
                if users > 0 {
                    return Ok(Err(vec![err(ErrorCode::AddinInUse, None, format!(
                        "add-in {name:?} is used by {users} room{}; remove it from them first (pchat rooms list --addin {name})",
                        if users == 1 { "" } else { "s" }
                    ))]));
                }
                self.addins[i].state = WriteState::Deleted;
                Ok(Ok((OpOutcome::Deleted, Some(ObjRef::Addin(i)), vec![])))
            }
            (_, current) => {
                let is_new = current.is_none();
                let before = current.map(|i| self.addins[i].obj.clone());
                let mut addin = before.clone().unwrap_or(Addin {
                    name: name.to_string(),
                    pool: pool_hint.clone().unwrap_or_else(|| DEFAULT_POOL.to_string()),
                    url: String::new(),
                    meta: new_meta(&self.now),
                });
                if let Some(b) = &before {
                    let json = conflict_copy(revision, b);
                    if let Some(e) = self.stale("add-in", name, revision, (b.meta.id, b.meta.revision), json) {
                        return Ok(Err(vec![e]));
                    }
                    if spec.pool.as_ref().is_some_and(|p| p != &b.pool) {
                        errors.push(err(
                            ErrorCode::InvalidValue,
                            Some("pool".into()),
                            format!("add-in {name:?} belongs to pool {}; it cannot move", b.pool),
                        ));
                    }
                }
                let new_name = spec.name.clone().unwrap_or_else(|| addin.name.clone());
                if is_new || new_name != addin.name {
                    if let Err(e) = validate::name("add-in name", &new_name, validate::ADDIN_NAME_MAX) {
                        errors.push(invalid_at("name", e));
                    } else if !is_new
                        && self.addins.iter().any(|a| a.live() && a.obj.pool == addin.pool && a.obj.name == new_name)
                    {
                        errors.push(err(
                            ErrorCode::DuplicateName,
                            Some("name".into()),
                            format!("add-in {new_name:?} already exists in pool {}", addin.pool),
                        ));
                    }
                    addin.name = new_name;
                }
                if is_new {
                    if let Err(e) = validate::name("pool name", &addin.pool, validate::NAME_MAX) {
                        errors.push(invalid_at("pool", e));
                    }
                }
                match &spec.url {
                    Some(url) => {
                        if let Err(e) = validate::http_url("add-in URL", url) {
                            errors.push(invalid_at("url", e));
                        }
                        addin.url = url.clone();
                    }
                    None if is_new => errors.push(err(
                        ErrorCode::Required,
                        Some("url".into()),
                        "an add-in needs a URL (http:// or https://)",
                    )),
                    None => {}
                }
                Self::check_labels(&spec.labels, &mut errors);
                if let Some(l) = spec.labels {
                    addin.meta.labels = l;
                }
                if !errors.is_empty() {
                    return Ok(Err(errors));
                }
                if before.as_ref() == Some(&addin) {
                    return Ok(Ok((OpOutcome::Unchanged, current.map(ObjRef::Addin), vec![])));
                }
                let index = match current {
                    Some(i) => {
                        addin.meta.revision = self.next_rev("add-in", addin.meta.id, addin.meta.revision);
                        addin.meta.updated_at = self.now.clone();
                        if let Some(b) = before.as_ref().filter(|b| b.name != addin.name) {
                            self.addin_renames.entry((b.pool.clone(), b.name.clone())).or_insert(i);
                        }
                        self.addins[i].obj = addin;
                        self.addins[i].mark_changed();
                        i
                    }
                    None => {
                        self.addins.push(Tracked::created(addin));
                        self.addins.len() - 1
                    }
                };
                Ok(Ok((
                    if is_new { OpOutcome::Created } else { OpOutcome::Updated },
                    Some(ObjRef::Addin(index)),
                    vec![],
                )))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::api::*;

    fn addin(name: &str, url: &str) -> Operation {
        op(OpAction::Create, name, ObjectSpec::Addin(AddinSpec { url: Some(url.into()), ..Default::default() }))
    }

    fn delete(name: &str) -> Operation {
        op(OpAction::Delete, name, ObjectSpec::Addin(AddinSpec::default()))
    }

    fn using(room_name: &str, addin: &str) -> Operation {
        room_update(room_name, RoomSpec { addin: Some(addin.into()), ..Default::default() })
    }

    #[tokio::test]
    async fn an_addin_in_use_is_not_deleted() {
        let s = contoso().await;
        s.ok(vec![
            addin("wiki", "https://wiki.contoso.com"),
            room("backend", "eng", &[], &[]),
            using("backend", "wiki"),
        ])
        .await;
        let problem = s.refused(admin(), vec![delete("wiki")]).await;
        assert_eq!(problem.code, ErrorCode::AddinInUse);
        assert!(problem.detail.contains("is used by 1 room"), "{problem:?}");
        // Taken off the room in the same changeset, it goes.
        s.ok(vec![using("backend", ""), delete("wiki")]).await;
        assert_eq!(s.room("backend").await.unwrap().addin, None);
    }

    #[tokio::test]
    async fn a_renamed_addin_is_still_in_use() {
        let s = contoso().await;
        s.ok(vec![
            addin("wiki", "https://wiki.contoso.com"),
            room("backend", "eng", &[], &[]),
            using("backend", "wiki"),
        ])
        .await;
        let rename = op(
            OpAction::Update,
            "wiki",
            ObjectSpec::Addin(AddinSpec { name: Some("kb".into()), ..Default::default() }),
        );
        let problem = s.refused(admin(), vec![rename, delete("kb")]).await;
        assert_eq!(problem.code, ErrorCode::AddinInUse);
    }

    #[tokio::test]
    async fn an_addin_needs_an_http_url_and_a_short_name() {
        let s = store().await;
        let bare = op(OpAction::Create, "wiki", ObjectSpec::Addin(AddinSpec::default()));
        assert_eq!(s.refused(admin(), vec![bare]).await.code, ErrorCode::Required);
        let problem = s.refused(admin(), vec![addin("wiki", "ftp://wiki.contoso.com")]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::InvalidValue, Some("url")));
        let problem = s.refused(admin(), vec![addin(&"a".repeat(51), "https://wiki.contoso.com")]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::TooLong, Some("name")));
    }

    #[tokio::test]
    async fn an_addin_stays_in_its_pool_and_its_name_is_unique_there() {
        let s = store().await;
        s.ok(vec![addin("wiki", "https://wiki.contoso.com"), addin("kb", "https://kb.contoso.com")]).await;
        assert_eq!(
            s.refused(admin(), vec![addin("wiki", "https://x.contoso.com")]).await.code,
            ErrorCode::DuplicateName
        );
        let rename = op(
            OpAction::Update,
            "kb",
            ObjectSpec::Addin(AddinSpec { name: Some("wiki".into()), ..Default::default() }),
        );
        assert_eq!(s.refused(admin(), vec![rename]).await.code, ErrorCode::DuplicateName);
        let mut moved =
            op(OpAction::Update, "kb", ObjectSpec::Addin(AddinSpec { pool: Some("b".into()), ..Default::default() }));
        moved.pool = Some("default".into());
        let problem = s.refused(admin(), vec![moved]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::InvalidValue, Some("pool")));
    }

    #[tokio::test]
    async fn a_room_uses_an_addin_of_its_own_pool() {
        let s = contoso().await;
        let mut elsewhere = addin("wiki", "https://wiki.contoso.com");
        elsewhere.pool = Some("b".into());
        s.ok(vec![elsewhere, room("backend", "eng", &[], &[])]).await;
        let problem = s.refused(admin(), vec![using("backend", "wiki")]).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::UnknownReference, Some("addin")));
    }
}
