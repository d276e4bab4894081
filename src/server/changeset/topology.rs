//! Publishing a topology as an operation of a changeset (`kind: topology`, `op: update`,
//! `revision`: the version it was prepared on): checked with every rule of
//! `api::topology`, refused when stale, and refused when the categories the changeset
//! leaves would lose their pool. It goes with the rest of the changeset or not at all, so a
//! plan may add a pool and the categories that live in it in one apply.

use super::{err, Applied, Engine, ObjRef, WriteState};
use crate::api::topology::{validate, Severity, TopologySpec};
use crate::api::validate::DEFAULT_POOL;
use crate::api::{ErrorCode, FieldError, OpAction, OpOutcome};
use crate::server::compliance::Actor;
use crate::server::error::ApiResult;
use crate::store::{now_ms, StoredTopology};

/// The topology a changeset publishes, once its operation passed.
pub(super) struct PendingTopology {
    name: String,
    spec: TopologySpec,
    version: i64,
    /// The operation's index, for what is found once every operation ran.
    index: usize,
}

impl Engine<'_> {
    /// The topology categories and rooms are placed by: the one this changeset publishes,
    /// else the one in force (none: pools are free names).
    pub(super) fn placing_topology(&self) -> Option<&TopologySpec> {
        self.topology.as_ref().map(|p| &p.spec).or(self.published.as_ref())
    }

    /// The pool a category created without one goes to: the topology's default pool when
    /// it has one (with several, the category must name its pool), else `default`.
    pub(super) fn default_category_pool(&self) -> Result<String, FieldError> {
        let Some(topology) = self.placing_topology() else { return Ok(DEFAULT_POOL.to_string()) };
        let defaults: Vec<String> =
            topology.pools.iter().filter(|p| p.default_for_site).map(|p| format!("{} ({})", p.name, p.site)).collect();
        match topology.pools.iter().filter(|p| p.default_for_site).collect::<Vec<_>>().as_slice() {
            [only] => Ok(only.name.clone()),
            [] if topology.pools.iter().any(|p| p.name == DEFAULT_POOL) => Ok(DEFAULT_POOL.to_string()),
            [] => Err(err(
                ErrorCode::Required,
                Some("pool".to_string()),
                "the topology has no default pool: name the category's pool",
            )),
            _ => Err(err(
                ErrorCode::Required,
                Some("pool".to_string()),
                format!(
                    "the topology has a default pool in each of several sites ({}): name the category's pool",
                    defaults.join(", ")
                ),
            )),
        }
    }

    /// A category's pool is one of the topology's, when one is published.
    pub(super) fn check_pool(&self, pool: &str) -> Option<FieldError> {
        let topology = self.placing_topology()?;
        if topology.pools.iter().any(|p| p.name == pool) {
            return None;
        }
        let pools: Vec<&str> = topology.pools.iter().map(|p| p.name.as_str()).collect();
        Some(err(
            ErrorCode::UnknownReference,
            Some("pool".to_string()),
            format!("pool {pool:?} is not in the published topology (its pools: {})", pools.join(", ")),
        ))
    }

    /// A user creates rooms only in the default pool of their own site (administrators
    /// anywhere), where the topology says which that is.
    pub(super) fn check_site_pool(&self, pool: &str) -> Option<FieldError> {
        if self.caller.is_admin() {
            return None;
        }
        let topology = self.placing_topology()?;
        let site = self.caller.owner.as_ref().and_then(|o| self.dir.users.get(o)).map(|u| u.site.clone())?;
        let home: Vec<&str> =
            topology.pools.iter().filter(|p| p.default_for_site && p.site == site).map(|p| p.name.as_str()).collect();
        if home.is_empty() || home.contains(&pool) {
            return None;
        }
        Some(err(
            ErrorCode::OutOfScope,
            Some("category".to_string()),
            format!(
                "rooms are created in the default pool of one's own site ({site}: {}); this category lives in pool {pool}",
                home.join(", ")
            ),
        ))
    }

    pub(super) async fn topology_op(
        &mut self,
        action: OpAction,
        name: &str,
        revision: Option<i64>,
        spec: TopologySpec,
    ) -> ApiResult<Applied> {
        if action != OpAction::Update {
            return Ok(Err(vec![err(
                ErrorCode::InvalidValue,
                Some("op".to_string()),
                "a topology is published with op: update; every version is kept, none is created or deleted",
            )]));
        }
        if self.topology.is_some() {
            return Ok(Err(vec![err(
                ErrorCode::InvalidValue,
                Some("kind".to_string()),
                "a changeset publishes one topology at most",
            )]));
        }
        let mut errors: Vec<FieldError> = validate(&spec)
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| {
                err(
                    ErrorCode::InvalidValue,
                    Some(format!("spec.{}", p.path)),
                    format!("[{}] {} (fix: {})", p.rule, p.message, p.hint),
                )
            })
            .collect();
        if name.trim().is_empty() {
            errors.push(err(ErrorCode::Required, Some("name".to_string()), "a topology has a name"));
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        let latest = self.tx.latest_topology().await?;
        let current = latest.as_ref().map_or(0, |t| t.version);
        if let Some(base) = revision.filter(|base| *base != current) {
            if self.conflict.is_none() {
                self.conflict = latest.as_ref().and_then(|t| serde_json::from_str(&t.document).ok());
            }
            return Ok(Err(vec![err(
                ErrorCode::StaleRevision,
                Some("revision".to_string()),
                format!(
                    "the topology in force is version {current}, not {base}, which this was prepared on: look at what changed (pchat topology diff) and publish again"
                ),
            )]));
        }
        let unchanged = latest.as_ref().is_some_and(|t| t.name == name && t.spec().is_ok_and(|s| s == spec));
        if unchanged {
            return Ok(Ok((OpOutcome::Unchanged, None, vec![])));
        }
        let outcome = if latest.is_none() { OpOutcome::Created } else { OpOutcome::Updated };
        let index = self.results.len();
        self.topology = Some(PendingTopology { name: name.to_string(), spec, version: current + 1, index });
        Ok(Ok((outcome, Some(ObjRef::Topology(current + 1)), vec![])))
    }

    /// Once every operation ran: the categories left (created, moved or kept) each need
    /// their pool in the topology being published. Rooms live in their category's pool.
    pub(super) async fn topology_homes(&mut self) -> ApiResult<Vec<FieldError>> {
        let Some(pending) = &self.topology else { return Ok(Vec::new()) };
        let pools: Vec<&str> = pending.spec.pools.iter().map(|p| p.name.as_str()).collect();
        let mut homeless: Vec<(String, String, i64)> = Vec::new();
        for c in self.categories.iter().filter(|c| c.state != WriteState::Deleted) {
            if !pools.contains(&c.obj.pool.as_str()) {
                homeless.push((c.obj.name.clone(), c.obj.pool.clone(), c.obj.meta.id));
            }
        }
        if homeless.is_empty() {
            return Ok(Vec::new());
        }
        let index = pending.index;
        let mut named = Vec::new();
        for (name, pool, id) in homeless {
            let rooms = if id == 0 { 0 } else { self.tx.count_rooms_in_category(id).await? };
            named.push(format!("category {name} (pool {pool}, {})", crate::api::text::count(rooms as usize, "room")));
        }
        Ok(vec![FieldError {
            index: Some(index),
            field: Some("spec.pools".to_string()),
            code: ErrorCode::WouldOrphan,
            detail: format!(
                "this topology has no pool for {}: keep their pools, or move or delete the categories first",
                named.join(", ")
            ),
        }])
    }

    /// Stores the published version (with who published it and when).
    pub(super) async fn write_topology(&mut self) -> ApiResult<()> {
        let Some(pending) = self.topology.take() else { return Ok(()) };
        let owner = self.caller.owner.as_ref().and_then(|o| self.dir.users.get(o));
        let actor = Actor::caller(&self.caller, owner);
        let stored = StoredTopology {
            version: pending.version,
            name: pending.name,
            document: serde_json::to_string(&pending.spec).map_err(crate::server::error::ApiError::internal)?,
            published_at: now_ms(),
            published_by: actor.uri,
        };
        self.tx.insert_topology(&stored).await?;
        tracing::info!(version = stored.version, "topology published");
        Ok(())
    }
}
