use anyhow::Context;

use super::{confirm, Ctx};
use crate::api::{Addin, AddinSpec, NewObject, PoolQuery};
use crate::cli::AddinsCommand;
use crate::client::{path, NO_QUERY};
use crate::output::Tabular;

impl Tabular for Addin {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["NAME", "POOL", "URL"];
        if wide {
            h.extend(["REVISION", "UPDATED"]);
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let mut r = vec![self.name.clone(), self.pool.clone(), self.url.clone()];
        if wide {
            r.extend([self.meta.revision.to_string(), self.meta.updated_at.clone()]);
        }
        r
    }
}

pub async fn run(ctx: &Ctx, command: AddinsCommand) -> anyhow::Result<()> {
    let (c, out) = (&ctx.client, &ctx.out);
    match command {
        AddinsCommand::List { pool } => {
            let items: Vec<Addin> =
                c.list_all(&path(&["addins"]), &PoolQuery { pool }).await.context("listing add-ins")?;
            out.list(&items)
        }
        AddinsCommand::Show { name, pool } => {
            let addin: Addin = c
                .get(&path(&["addins", &name]), &PoolQuery { pool })
                .await
                .with_context(|| format!("showing add-in {name}"))?;
            out.show(&addin)
        }
        AddinsCommand::Create { name, url, pool } => {
            let spec = AddinSpec { url: Some(url), pool, ..Default::default() };
            let body = NewObject { name: name.clone(), pool: None, spec };
            let addin: Addin =
                c.post(&path(&["addins"]), NO_QUERY, &body).await.with_context(|| format!("creating add-in {name}"))?;
            out.written(&addin, format!("created add-in {} in pool {}", addin.name, addin.pool))
        }
        AddinsCommand::Set { name, url, rename, pool } => {
            let spec = AddinSpec { name: rename, pool: None, url, labels: None };
            let addin: Addin = c
                .patch(&path(&["addins", &name]), &PoolQuery { pool }, &spec, None)
                .await
                .with_context(|| format!("changing add-in {name}"))?;
            out.written(&addin, format!("changed add-in {}", addin.name))
        }
        AddinsCommand::Delete { name, pool, confirm: yes } => {
            let at = path(&["addins", &name]);
            let query = PoolQuery { pool };
            super::exists_before_asking(c, yes.yes, &at, &query, &format!("deleting add-in {name}")).await?;
            confirm(yes.yes, &format!("delete add-in {name}"))?;
            c.delete(&at, &query, None).await.with_context(|| format!("deleting add-in {name}"))?;
            out.written(&serde_json::json!({ "deleted": name }), format!("deleted add-in {name}"))
        }
    }
}
