//! The engine's own operations: their endpoints reach them, no changeset `kind` names them
//! (minting and revoking tokens, taking users' grants away). Each runs alone in a write
//! transaction, for administrators only, on the same working state and under the same rules
//! as a changeset's operations; what it stages is written by `Engine::flush`.

use crate::api::*;

use super::super::auth::Caller;
use super::super::error::{ApiError, ApiResult};
use super::{Engine, OpErrors};

/// One of the engine's own operations.
pub(super) enum OwnOp {
    /// `POST /v1/tokens`, `pchat server token create`, `pchat server --dev`.
    MintToken(TokenCreate),
    /// `DELETE /v1/tokens/{id}`.
    RevokeToken(i64),
    /// `POST /v1/policies/grants` with `policy: null`: these users' tag policy, whichever
    /// it is, is taken away.
    TakeGrants(Vec<String>),
}

/// What an own operation staged in the working state.
pub(super) enum OwnStaged {
    /// The secret (never stored) and the index of the token in `new_tokens`.
    Minted {
        secret: String,
        index: usize,
    },
    Revoked,
    Grants(u64),
}

/// What an own operation answers once committed.
pub(super) enum OwnDone {
    Minted(TokenCreated),
    Revoked,
    Grants(u64),
}

/// Runs one own operation in a write transaction of its own and commits it, unless it is
/// refused: then nothing is written.
pub(super) async fn execute_own(store: &dyn crate::store::Store, caller: Caller, op: OwnOp) -> ApiResult<OwnDone> {
    // Problems are answered as each endpoint always answered them: a grant's all listed,
    // a token's as a plain problem document (see `token_refusal`).
    let refusal = match op {
        OwnOp::TakeGrants(_) => ApiError::from_errors,
        OwnOp::MintToken(_) | OwnOp::RevokeToken(_) => token_refusal,
    };
    let mut tx = store.write().await?;
    let mut engine = match op {
        OwnOp::MintToken(_) | OwnOp::RevokeToken(_) => Engine::load_nothing(&mut *tx, caller),
        OwnOp::TakeGrants(_) => Engine::load(&mut *tx, caller, &[]).await?,
    };
    if !engine.caller.is_admin() {
        return Err(ApiError::forbidden("this call needs an administrator token; the token in use has role user"));
    }
    let staged = match op {
        OwnOp::MintToken(request) => engine.mint_token_op(&request),
        OwnOp::RevokeToken(id) => engine.revoke_token_op(id).await?,
        OwnOp::TakeGrants(users) => engine.take_grants_op(&users).await?,
    }
    .map_err(refusal)?;
    engine.flush().await?;
    let done = match staged {
        OwnStaged::Minted { secret, index } => {
            let info = engine.new_tokens[index].written.take();
            OwnDone::Minted(TokenCreated {
                token: secret,
                info: info.ok_or_else(|| ApiError::internal("a minted token was not written"))?,
            })
        }
        OwnStaged::Revoked => OwnDone::Revoked,
        OwnStaged::Grants(n) => OwnDone::Grants(n),
    };
    drop(engine);
    tx.commit().await?;
    Ok(done)
}

/// A token operation's problems: a single one is a plain problem document with its field;
/// several are all listed.
fn token_refusal(mut errors: OpErrors) -> ApiError {
    if errors.len() != 1 {
        return ApiError::from_errors(errors);
    }
    let one = errors.remove(0);
    match &one.field {
        Some(field) => ApiError::field(one.code, field, one.detail),
        None => ApiError::new(one.code, one.detail),
    }
}
