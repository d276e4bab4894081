//! Tokens: minted and revoked by administrators, as the engine's own operations (no
//! changeset `kind` names them). The server makes the secret (256 random bits), answers it
//! once, and stores only its SHA-256 hash. A user token needs an owner, a SIP URI; the
//! description is one line. Revoking needs a token that is not revoked already.
//!
//! Recording a token's last use (`Store::record_token_use`, at most once a minute, by
//! `server/auth.rs`) stays outside the engine: it is bookkeeping of authentication, not a
//! change anyone asked for, and must not wait for (or hold) the writers' lock of a request.

use crate::api::*;
use crate::store::Store;

use super::super::auth::{generate_token, hash_token, Caller};
use super::super::error::{ApiError, ApiResult};
use super::own::{execute_own, OwnDone, OwnOp, OwnStaged};
use super::{err, Engine, OpErrors};

/// A token this operation mints, written by the flush.
pub(super) struct NewToken {
    pub(super) hash: String,
    pub(super) role: Role,
    pub(super) owner: Option<String>,
    pub(super) description: String,
    /// The token as stored, once written.
    pub(super) written: Option<Token>,
}

/// Mints a token in one write transaction; the secret is in the answer only.
pub async fn mint_token(store: &dyn Store, caller: Caller, request: TokenCreate) -> ApiResult<TokenCreated> {
    match execute_own(store, caller, OwnOp::MintToken(request)).await? {
        OwnDone::Minted(created) => Ok(created),
        _ => Err(ApiError::internal("minting a token answered something else")),
    }
}

/// Revokes a live token in one write transaction.
pub async fn revoke_token(store: &dyn Store, caller: Caller, id: i64) -> ApiResult<()> {
    match execute_own(store, caller, OwnOp::RevokeToken(id)).await? {
        OwnDone::Revoked => Ok(()),
        _ => Err(ApiError::internal("revoking a token answered something else")),
    }
}

impl Engine<'_> {
    pub(super) fn mint_token_op(&mut self, request: &TokenCreate) -> Result<OwnStaged, OpErrors> {
        let mut errors = Vec::new();
        let owner = match &request.owner {
            Some(raw) => match Principal::user_sip(raw) {
                Ok(sip) => Some(sip),
                Err(refusal) => {
                    errors.push(err(
                        ErrorCode::MalformedPrincipal,
                        Some("owner".into()),
                        format!("the token's owner: {refusal}"),
                    ));
                    None
                }
            },
            None if request.role == Role::User => {
                errors.push(err(
                    ErrorCode::Required,
                    Some("owner".into()),
                    "a user token needs an owner (--owner sip:USER@DOMAIN)",
                ));
                None
            }
            None => None,
        };
        let description = request.description.clone().unwrap_or_default();
        if let Err(e) = crate::api::validate::description("token description", &description) {
            errors.push(err(e.code, Some("description".into()), e.detail));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let secret = generate_token();
        self.new_tokens.push(NewToken {
            hash: hash_token(&secret),
            role: request.role,
            owner,
            description,
            written: None,
        });
        Ok(OwnStaged::Minted { secret, index: self.new_tokens.len() - 1 })
    }

    pub(super) async fn revoke_token_op(&mut self, id: i64) -> ApiResult<Result<OwnStaged, OpErrors>> {
        let live = self.tx.list_tokens().await?.iter().any(|t| t.id == id && t.revoked_at.is_none());
        if !live || self.revoked_tokens.contains(&id) {
            return Ok(Err(vec![err(
                ErrorCode::NotFound,
                None,
                format!("token {id} does not exist or is already revoked"),
            )]));
        }
        self.revoked_tokens.push(id);
        Ok(Ok(OwnStaged::Revoked))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::{mint_token, revoke_token};
    use crate::api::*;
    use crate::server::auth::hash_token;

    fn request(role: Role, owner: Option<&str>, description: Option<&str>) -> TokenCreate {
        TokenCreate { role, owner: owner.map(str::to_string), description: description.map(str::to_string) }
    }

    #[tokio::test]
    async fn a_minted_token_is_stored_as_its_hash_only() {
        let s = store().await;
        let created = mint_token(&*s.store, admin(), request(Role::User, Some(ALICE), Some("laptop"))).await.unwrap();
        assert!(created.token.starts_with("pchat_") && created.token.len() == 6 + 64, "{}", created.token);
        assert_eq!((created.info.role, created.info.owner.as_deref()), (Role::User, Some(ALICE)));
        let mut tx = s.store.read().await.unwrap();
        let found = tx.token_by_hash(&hash_token(&created.token)).await.unwrap().expect("found by its hash");
        assert_eq!(found, created.info);
        assert!(tx.token_by_hash(&created.token).await.unwrap().is_none(), "the secret itself is not a key");
        let other = mint_token(&*s.store, admin(), request(Role::Admin, None, None)).await.unwrap();
        assert_ne!(other.token, created.token, "each secret is new");
    }

    async fn refused(s: &TestStore, request: TokenCreate) -> Box<Problem> {
        mint_token(&*s.store, admin(), request).await.unwrap_err().0
    }

    #[tokio::test]
    async fn a_user_token_needs_a_well_formed_owner_and_a_one_line_description() {
        let s = store().await;
        let problem = refused(&s, request(Role::User, None, None)).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::Required, Some("owner")));
        assert_eq!(problem.detail, "a user token needs an owner (--owner sip:USER@DOMAIN)");
        let problem = refused(&s, request(Role::User, Some("alice"), None)).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::MalformedPrincipal, Some("owner")));
        assert!(problem.detail.starts_with("the token's owner: "), "{problem:?}");
        let problem = refused(&s, request(Role::Admin, None, Some("evil\u{202e}"))).await;
        assert_eq!((problem.code, problem.field.as_deref()), (ErrorCode::InvalidValue, Some("description")));
        let mut tx = s.store.read().await.unwrap();
        assert!(tx.list_tokens().await.unwrap().is_empty(), "a refused mint writes nothing");
    }

    #[tokio::test]
    async fn a_token_is_revoked_once() {
        let s = store().await;
        let created = mint_token(&*s.store, admin(), request(Role::Admin, None, None)).await.unwrap();
        revoke_token(&*s.store, admin(), created.info.id).await.unwrap();
        let mut tx = s.store.read().await.unwrap();
        assert!(tx.list_tokens().await.unwrap()[0].revoked_at.is_some());
        drop(tx);
        for id in [created.info.id, 999] {
            let problem = revoke_token(&*s.store, admin(), id).await.unwrap_err().0;
            assert_eq!(problem.code, ErrorCode::NotFound);
            assert_eq!(problem.detail, format!("token {id} does not exist or is already revoked"));
        }
    }

    #[tokio::test]
    async fn only_administrators_mint_and_revoke() {
        let s = contoso().await;
        let created = mint_token(&*s.store, admin(), request(Role::Admin, None, None)).await.unwrap();
        let problem = mint_token(&*s.store, acting_for(ALICE), request(Role::Admin, None, None)).await.unwrap_err().0;
        assert_eq!(problem.code, ErrorCode::Forbidden);
        let problem = revoke_token(&*s.store, acting_for(ALICE), created.info.id).await.unwrap_err().0;
        assert_eq!(problem.code, ErrorCode::Forbidden);
        let mut tx = s.store.read().await.unwrap();
        let tokens = tx.list_tokens().await.unwrap();
        assert_eq!((tokens.len(), tokens[0].revoked_at.as_ref()), (1, None));
    }
}
