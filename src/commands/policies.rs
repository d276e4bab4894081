use anyhow::Context;

use super::{confirm, Ctx};
use crate::api::{EffectivePolicy, GrantResult, NewObject, Policy, PolicyGrant, PolicySpec};
use crate::cli::{PoliciesCommand, PolicyFields};
use crate::client::{path, NO_QUERY};
use crate::output::{yes_no, Tabular};

impl Tabular for Policy {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["IDENTITY", "ENABLED", "DESCRIPTION"];
        if wide {
            h.extend(["REVISION", "UPDATED"]);
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let mut r = vec![self.identity.clone(), yes_no(self.enabled), self.description.clone()];
        if wide {
            r.extend([self.meta.revision.to_string(), self.meta.updated_at.clone()]);
        }
        r
    }
}

impl Tabular for EffectivePolicy {
    fn headers(_wide: bool) -> Vec<&'static str> {
        vec!["USER", "POLICY", "SOURCE", "ENABLED"]
    }
    fn row(&self, _wide: bool) -> Vec<String> {
        vec![self.user.clone(), self.policy.clone(), self.source.clone(), yes_no(self.enabled)]
    }
}

fn spec(f: PolicyFields) -> PolicySpec {
    let enabled = if f.enabled {
        Some(true)
    } else if f.disabled {
        Some(false)
    } else {
        None
    };
    PolicySpec { enabled, description: f.description, labels: None }
}

pub async fn run(ctx: &Ctx, command: PoliciesCommand) -> anyhow::Result<()> {
    let (c, out) = (&ctx.client, &ctx.out);
    match command {
        PoliciesCommand::List => {
            let items: Vec<Policy> = c.list_all(&path(&["policies"]), NO_QUERY).await.context("listing policies")?;
            out.list(&items)
        }
        PoliciesCommand::Show { identity } => {
            let p: Policy = c
                .get(&path(&["policies", &identity]), NO_QUERY)
                .await
                .with_context(|| format!("showing policy {identity}"))?;
            out.show(&p)
        }
        PoliciesCommand::Create { identity, fields } => {
            let body = NewObject { name: identity.clone(), pool: None, spec: spec(fields) };
            let p: Policy = c
                .post(&path(&["policies"]), NO_QUERY, &body)
                .await
                .with_context(|| format!("creating policy {identity}"))?;
            out.written(
                &p,
                format!(
                    "created policy {} (persistent chat {})",
                    p.identity,
                    if p.enabled { "enabled" } else { "disabled" }
                ),
            )
        }
        PoliciesCommand::Set { identity, fields } => {
            let p: Policy = c
                .patch(&path(&["policies", &identity]), NO_QUERY, &spec(fields), None)
                .await
                .with_context(|| format!("changing policy {identity}"))?;
            out.written(
                &p,
                format!(
                    "changed policy {} (persistent chat {})",
                    p.identity,
                    if p.enabled { "enabled" } else { "disabled" }
                ),
            )
        }
        PoliciesCommand::Delete { identity, confirm: yes } => {
            let at = path(&["policies", &identity]);
            super::exists_before_asking(c, yes.yes, &at, NO_QUERY, &format!("deleting policy {identity}")).await?;
            confirm(yes.yes, &format!("delete policy {identity}"))?;
            c.delete(&at, NO_QUERY, None).await.with_context(|| format!("deleting policy {identity}"))?;
            let message = if identity == "global" {
                "reset the global policy".to_string()
            } else {
                format!("deleted policy {identity}")
            };
            out.written(&serde_json::json!({ "deleted": identity }), message)
        }
        PoliciesCommand::Grant { policy, users } => {
            let grant = PolicyGrant { policy: Some(policy.clone()), users };
            let result: GrantResult = c
                .post(&path(&["policies", "grants"]), NO_QUERY, &grant)
                .await
                .with_context(|| format!("granting policy {policy}"))?;
            out.written(&result, format!("granted {policy} to {} user(s)", result.users))
        }
        PoliciesCommand::Revoke { users } => {
            let grant = PolicyGrant { policy: None, users };
            let result: GrantResult =
                c.post(&path(&["policies", "grants"]), NO_QUERY, &grant).await.context("taking tag policies away")?;
            out.written(&result, format!("took the tag policy away from {} user(s)", result.users))
        }
        PoliciesCommand::Effective { user } => {
            let e: EffectivePolicy = c
                .get(&path(&["directory", "users", &user, "effective-policy"]), NO_QUERY)
                .await
                .with_context(|| format!("finding the policy of {user}"))?;
            out.show(&e)
        }
        PoliciesCommand::Export { to } => super::export::policies(ctx, &to).await,
    }
}
