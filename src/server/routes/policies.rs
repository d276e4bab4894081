use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;

use super::{etag, if_match, one_op, one_op_written, page_of, write_one};
use crate::api::{
    EffectivePolicy, ErrorCode, GrantResult, ListQuery, NewObject, ObjectSpec, OpAction, Page, Policy, PolicyGrant,
    PolicyGrantSpec, PolicySpec, Principal,
};
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::changeset::{self, Object};
use crate::server::error::{ApiError, ApiResult, Path, Query};
use crate::server::AppState;

async fn load(state: &AppState, identity: &str) -> ApiResult<Policy> {
    let mut tx = state.store.read().await?;
    tx.all_policies()
        .await?
        .into_iter()
        .find(|p| p.identity == identity)
        .ok_or_else(|| ApiError::not_found("policy", identity))
}

pub async fn list(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<ListQuery>,
) -> ApiResult<Json<Page<Policy>>> {
    caller.require_admin()?;
    let mut tx = state.store.read().await?;
    let items: Vec<_> = tx
        .all_policies()
        .await?
        .into_iter()
        .filter(|p| q.name.as_deref().is_none_or(|g| crate::api::validate::glob_matches(g, &p.identity)))
        .collect();
    Ok(Json(page_of(items, q.limit, q.cursor.as_deref(), |p| (p.identity.as_str(), p.meta.id))?))
}

pub async fn get(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(identity): Path<String>,
) -> ApiResult<impl IntoResponse> {
    caller.require_admin()?;
    let policy = load(&state, &identity).await?;
    Ok((etag(policy.meta.revision), Json(policy)))
}

pub async fn create(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<NewObject<PolicySpec>>,
) -> ApiResult<impl IntoResponse> {
    let (policy, _): (Policy, _) =
        write_one(&state, caller, OpAction::Create, body.name, None, None, ObjectSpec::Policy(body.spec)).await?;
    Ok((StatusCode::CREATED, Json(policy)))
}

pub async fn update(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(identity): Path<String>,
    headers: HeaderMap,
    Json(spec): Json<PolicySpec>,
) -> ApiResult<Json<Policy>> {
    let revision = if_match(&headers)?;
    let (policy, _) =
        write_one(&state, caller, OpAction::Update, identity, None, revision, ObjectSpec::Policy(spec)).await?;
    Ok(Json(policy))
}

/// Deletes a site or tag policy; the global policy is reset to its defaults instead.
pub async fn delete(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(identity): Path<String>,
    headers: HeaderMap,
) -> ApiResult<StatusCode> {
    one_op(
        &state,
        caller,
        OpAction::Delete,
        identity,
        None,
        if_match(&headers)?,
        ObjectSpec::Policy(PolicySpec::default()),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Grants a tag policy to users, or with `policy: null` takes their tag policy away: one
/// engine operation either way (`policy_grant`, or the engine's own `take_grants`), under
/// the engine's rules. `users` counts the users whose grant changed.
pub async fn grant(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<PolicyGrant>,
) -> ApiResult<Json<GrantResult>> {
    caller.require_admin()?;
    let users = match &body.policy {
        Some(identity) => {
            let spec = PolicyGrantSpec { users: body.users.clone() };
            let (_, written) = one_op_written(
                &state,
                caller,
                OpAction::Upsert,
                identity.clone(),
                None,
                None,
                ObjectSpec::PolicyGrant(spec),
            )
            .await
            .map_err(as_grant_body)?;
            match written {
                Some(Object::Grant { changed_users }) => changed_users,
                _ => return Err(ApiError::internal("the changeset engine returned no grant for a grant")),
            }
        }
        None => changeset::take_grants(&*state.store, caller, body.users.clone()).await?,
    };
    Ok(Json(GrantResult { policy: body.policy, users }))
}

/// The engine names the policy of a grant operation `name`; this body calls it `policy`.
/// The body is one request, not a changeset, so its problems carry no operation index.
fn as_grant_body(mut error: ApiError) -> ApiError {
    let rename = |field: &mut Option<String>| {
        if field.as_deref() == Some("name") {
            *field = Some("policy".into());
        }
    };
    rename(&mut error.0.field);
    for e in &mut error.0.errors {
        rename(&mut e.field);
        e.index = None;
    }
    error
}

/// The user's tag policy, else their site's, else the global one.
pub async fn effective(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(sip): Path<String>,
) -> ApiResult<Json<EffectivePolicy>> {
    let sip =
        Principal::user_sip(&sip).map_err(|refusal| ApiError::field(ErrorCode::MalformedPrincipal, "sip", refusal))?;
    if !caller.is_admin() && caller.owner.as_deref() != Some(sip.as_str()) {
        caller.require_admin()?;
    }
    let user = super::directory::load_user(&state, &sip).await?;
    let mut tx = state.store.read().await?;
    let policies = tx.all_policies().await?;
    let (policy, source) = crate::server::chat::access::effective_policy(&policies, &user)
        .ok_or_else(|| ApiError::internal("the global policy is missing"))?;
    Ok(Json(EffectivePolicy {
        user: sip,
        policy: policy.identity.clone(),
        source: source.into(),
        enabled: policy.enabled,
    }))
}
