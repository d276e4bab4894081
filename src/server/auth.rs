//! Bearer tokens: random, shown once, stored as SHA-256 hashes; the caller extractor.

use std::sync::Arc;

use axum::extract::{FromRequestParts, MatchedPath};
use axum::http::request::Parts;
use sha2::{Digest, Sha256};

use super::error::ApiError;
use super::AppState;
use crate::api::openapi::Access;
use crate::api::{ErrorCode, Role};

/// Tokens whose answer is kept at most (a pool's connected users, with room to spare).
const MAX_CALLERS: usize = 200_000;

/// The prefix makes tokens recognisable to secret scanners.
pub const TOKEN_PREFIX: &str = "pchat_";

/// A new token: 256 random bits, hex-encoded.
pub fn generate_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    let mut out = String::from(TOKEN_PREFIX);
    for b in bytes {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Who is calling, from a valid token.
#[derive(Debug, Clone)]
pub struct Caller {
    pub role: Role,
    /// The principal the token acts for (`sip:...`); administrators may have none.
    pub owner: Option<String>,
    pub token_id: Option<i64>,
}

impl Caller {
    /// Who it is, as audit entries and jobs say it: the token and its owner.
    pub fn actor(&self) -> String {
        match (&self.owner, self.token_id) {
            (Some(owner), Some(id)) => format!("{owner} (token {id})"),
            (None, Some(id)) => format!("token {id}"),
            (Some(owner), None) => owner.clone(),
            (None, None) => "local administrator".into(),
        }
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    pub fn require_admin(&self) -> Result<(), ApiError> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(ApiError::forbidden("this call needs an administrator token; the token in use has role user"))
        }
    }
}

impl FromRequestParts<Arc<AppState>> for Caller {
    type Rejection = ApiError;

    /// Authenticates the request, then refuses a user token on an administrators' route
    /// (the route table says which), before any body is read. The caller stays in the
    /// request's extensions, where the body extractors read its limit.
    async fn from_request_parts(parts: &mut Parts, state: &Arc<AppState>) -> Result<Caller, ApiError> {
        if let Some(caller) = parts.extensions.get::<Caller>() {
            return Ok(caller.clone());
        }
        let caller = authenticate(parts, state).await?;
        if !caller.is_admin() {
            let path = parts.extensions.get::<MatchedPath>().map(|p| p.as_str().to_string());
            if let Some(path) = path {
                if super::routes::access(parts.method.as_str(), &path) == Some(Access::Admin) {
                    return Err(ApiError::forbidden(crate::api::openapi::admin_only_refusal(
                        parts.method.as_str(),
                        &path,
                    )));
                }
            }
        }
        parts.extensions.insert(caller.clone());
        Ok(caller)
    }
}

async fn authenticate(parts: &Parts, state: &Arc<AppState>) -> Result<Caller, ApiError> {
    let header =
        parts.headers.get(axum::http::header::AUTHORIZATION).and_then(|v| v.to_str().ok()).ok_or_else(|| {
            ApiError::new(ErrorCode::Unauthorized, "this call needs a bearer token (Authorization: Bearer TOKEN)")
        })?;
    let token = header
        .strip_prefix("Bearer ")
        .or_else(|| header.strip_prefix("bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "the Authorization header must be 'Bearer TOKEN'"))?;
    let hash = hash_token(token);
    if state.local_admin_hash.as_deref() == Some(hash.as_str()) {
        return Ok(Caller { role: Role::Admin, owner: None, token_id: None });
    }
    // A token's answer holds while the store stays as it was: revoking it, or disabling or
    // deleting its owner, is a management write, which moves the generation on.
    let generation = state.store.generation();
    let known = state.callers.lock().unwrap_or_else(|p| p.into_inner()).get(&hash).cloned();
    if let Some((at, caller)) = known {
        if at == generation {
            if let Some(id) = caller.token_id {
                touch(state, id);
            }
            return Ok(caller);
        }
    }
    let mut tx = state.store.read().await?;
    let token = match tx.token_by_hash(&hash).await? {
        Some(t) if t.revoked_at.is_none() => t,
        Some(_) => return Err(ApiError::new(ErrorCode::Unauthorized, "the token has been revoked")),
        None => return Err(ApiError::new(ErrorCode::Unauthorized, "the token is not valid")),
    };
    // A user token acts for its owner only while the directory holds that user, enabled.
    if token.role == Role::User {
        let owner = token.owner.clone().unwrap_or_default();
        match tx.users_by_sip(std::slice::from_ref(&owner)).await?.first() {
            Some(user) if user.enabled => {}
            Some(_) => {
                return Err(ApiError::new(
                    ErrorCode::AccountDisabled,
                    format!("{owner}, whom this token acts for, is disabled; an administrator can enable them again"),
                ))
            }
            None => {
                return Err(ApiError::new(
                    ErrorCode::AccountDisabled,
                    format!("{owner}, whom this token acts for, is no longer in the directory"),
                ))
            }
        }
    }
    drop(tx);
    touch(state, token.id);
    let caller = Caller { role: token.role, owner: token.owner, token_id: Some(token.id) };
    let mut callers = state.callers.lock().unwrap_or_else(|p| p.into_inner());
    if callers.len() >= MAX_CALLERS {
        callers.clear();
    }
    callers.insert(hash, (generation, caller.clone()));
    Ok(caller)
}

/// Records a token's use at most once a minute, off the request's path.
fn touch(state: &Arc<AppState>, id: i64) {
    let now = std::time::Instant::now();
    {
        let mut touches = state.token_touches.lock().unwrap_or_else(|p| p.into_inner());
        if touches.get(&id).is_some_and(|last| now.duration_since(*last) < std::time::Duration::from_secs(60)) {
            return;
        }
        touches.insert(id, now);
    }
    let store = state.store.clone();
    tokio::spawn(async move {
        let result = store.record_token_use(id, crate::store::now_ms()).await;
        if let Err(e) = result {
            tracing::debug!(error = %e, "recording a token's last use failed");
        }
    });
}
