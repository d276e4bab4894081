use anyhow::Context;

use super::{confirm, Ctx};
use crate::api::{Token, TokenCreate, TokenCreated};
use crate::cli::TokensCommand;
use crate::client::{path, NO_QUERY};
use crate::output::Tabular;

impl Tabular for Token {
    fn headers(_wide: bool) -> Vec<&'static str> {
        vec!["ID", "ROLE", "OWNER", "DESCRIPTION", "CREATED", "LAST USED", "REVOKED"]
    }
    fn row(&self, _wide: bool) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.role.to_string(),
            self.owner.clone().unwrap_or_default(),
            self.description.clone(),
            self.created_at.clone(),
            self.last_used_at.clone().unwrap_or_default(),
            self.revoked_at.clone().unwrap_or_default(),
        ]
    }
}

pub async fn run(ctx: &Ctx, command: TokensCommand) -> anyhow::Result<()> {
    let (c, out) = (&ctx.client, &ctx.out);
    match command {
        TokensCommand::Create { role, owner, description } => {
            let request = TokenCreate { role, owner, description };
            let created: TokenCreated =
                c.post(&path(&["tokens"]), NO_QUERY, &request).await.context("creating a token")?;
            super::print_created(&created, out.format, out.quiet)
        }
        TokensCommand::List => {
            let tokens: Vec<Token> = c.get(&path(&["tokens"]), NO_QUERY).await.context("listing tokens")?;
            out.list(&tokens)
        }
        TokensCommand::Revoke { id, confirm: yes } => {
            confirm(yes.yes, &format!("revoke token {id}"))?;
            c.delete(&path(&["tokens", &id.to_string()]), NO_QUERY, None)
                .await
                .with_context(|| format!("revoking token {id}"))?;
            out.written(&serde_json::json!({ "revoked": id }), format!("revoked token {id}"))
        }
    }
}
