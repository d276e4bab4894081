//! Checks of who administers the deployment: a live administrator token, and none left
//! unused for long.

use super::{some_of, Context, Found};
use crate::api::{Role, Token};
use crate::server::error::ApiResult;
use crate::store::{now_ms, parse_ms};

async fn admin_tokens(c: &Context) -> ApiResult<Vec<Token>> {
    let tokens = c.state.store.read().await?.list_tokens().await?;
    Ok(tokens.into_iter().filter(|t| t.role == Role::Admin && t.revoked_at.is_none()).collect())
}

pub async fn admin_token(c: &Context) -> ApiResult<Found> {
    let live = admin_tokens(c).await?;
    let found = if live.is_empty() && c.state.local_admin_hash.is_some() {
        // An embedded server: its local administrator lives in this process only.
        Found::fail(
            "no administrator token in the store: only this embedded server's local administrator can manage it",
            "mint one before a server runs on this store: `pchat server token create --database URL --role admin`",
        )
    } else if live.is_empty() {
        Found::fail(
            "no administrator token that is not revoked",
            "mint one on a node: `pchat server token create --database URL --role admin` (it needs no server running)",
        )
    } else {
        Found::pass(format!("{} administrator token(s) not revoked", live.len()))
    };
    Ok(found.with("admin_tokens", live.len()))
}

pub async fn unused_tokens(c: &Context) -> ApiResult<Found> {
    let now = now_ms();
    let limit_days = c.unused_after_ms / 86_400_000;
    let stale: Vec<String> = admin_tokens(c)
        .await?
        .into_iter()
        .filter(|t| {
            let last = t.last_used_at.as_deref().unwrap_or(&t.created_at);
            now.saturating_sub(parse_ms(last)) > c.unused_after_ms
        })
        .map(|t| {
            format!(
                "{} ({})",
                t.id,
                t.last_used_at.as_deref().map_or("never used".into(), |l| format!("last used {l}"))
            )
        })
        .collect();
    let found = if stale.is_empty() {
        Found::pass(format!("every administrator token was used in the last {limit_days} days"))
    } else {
        Found::warn(
            format!(
                "{} administrator token(s) unused for more than {limit_days} days: {}",
                stale.len(),
                some_of(&stale, 5)
            ),
            "revoke the tokens nobody uses: `pchat tokens revoke ID`",
        )
    };
    Ok(found.with("unused", stale.len()).with("unused_after_days", limit_days))
}
