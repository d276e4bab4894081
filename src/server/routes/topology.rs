//! The published topology (docs/topology.md), for administrators: each publish is checked
//! with the same rules as `pchat topology validate`, against the version it was prepared
//! on (`If-Match`), and refused if it would leave categories without their pool
//! (`changeset::topology`); every version is kept.

use std::sync::Arc;

use axum::extract::State;
use axum::http::HeaderMap;

use super::{if_match, page_size};
use crate::api::topology::{PublishedTopology, TopologyPublish, TopologySpec, TopologyVersion};
use crate::api::{ErrorCode, ListQuery, ObjectSpec, OpAction, Operation, Page};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::error::{ApiError, ApiResult, Query};
use crate::server::AppState;
use crate::store::{format_ms, StoredTopology};

fn spec_of(t: &StoredTopology) -> ApiResult<TopologySpec> {
    t.spec().map_err(|e| ApiError::internal(format!("topology version {} is unreadable: {e}", t.version)))
}

fn wire(t: &StoredTopology) -> ApiResult<PublishedTopology> {
    Ok(PublishedTopology {
        version: t.version,
        name: t.name.clone(),
        published_at: format_ms(t.published_at),
        published_by: t.published_by.clone(),
        spec: spec_of(t)?,
    })
}

/// `GET /v1/topology`: the topology in force.
pub async fn show(State(state): State<Arc<AppState>>, caller: Caller) -> ApiResult<Json<PublishedTopology>> {
    caller.require_admin()?;
    match state.store.read().await?.latest_topology().await? {
        Some(t) => Ok(Json(wire(&t)?)),
        None => Err(ApiError::new(ErrorCode::NotFound, "no topology is published yet: pchat topology publish -f FILE")),
    }
}

/// `GET /v1/topology/history`: every version, newest first.
pub async fn history(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<ListQuery>,
) -> ApiResult<Json<Page<TopologyVersion>>> {
    caller.require_admin()?;
    let versions = state.store.read().await?.topology_history(page_size(q.limit)).await?;
    let items = versions
        .iter()
        .map(|t| {
            let spec = spec_of(t)?;
            Ok(TopologyVersion {
                version: t.version,
                name: t.name.clone(),
                published_at: format_ms(t.published_at),
                published_by: t.published_by.clone(),
                pools: spec.pools.len(),
                servers: spec.pools.iter().map(|p| p.servers.len()).sum(),
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    Ok(Json(Page { items, next_cursor: None }))
}

/// `PUT /v1/topology`: publishes a new version, as a changeset of one operation (the
/// engine's rules: every topology rule, the base version, no category left without its
/// pool). The same document again publishes nothing and answers with the version in force.
pub async fn publish(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    headers: HeaderMap,
    Json(body): Json<TopologyPublish>,
) -> ApiResult<Json<PublishedTopology>> {
    caller.require_admin()?;
    let operation = Operation {
        op: OpAction::Update,
        name: body.name,
        pool: None,
        revision: if_match(&headers)?,
        object: ObjectSpec::Topology(body.spec),
    };
    let (result, _) = crate::server::changeset::execute_one(&*state.store, caller, operation).await?;
    // Unchanged: the version in force; published: that version (even if another followed).
    let mut read = state.store.read().await?;
    let stored = match result.revision {
        Some(version) => read.topology_at(version).await?,
        None => read.latest_topology().await?,
    };
    match stored {
        Some(t) => Ok(Json(wire(&t)?)),
        None => Err(ApiError::internal("the published topology cannot be read back")),
    }
}
