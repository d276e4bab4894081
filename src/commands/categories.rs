use anyhow::Context;

use super::{confirm, report_dropped, Ctx};
use crate::api::{Category, CategorySpec, ListQuery, NewObject, PoolQuery, Written};
use crate::cli::{CategoriesCommand, CategoryFields};
use crate::client::{path, NO_QUERY};
use crate::output::{list_cell, yes_no, Tabular};

impl Tabular for Category {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["NAME", "POOL", "ALLOWED", "DENIED", "CREATORS", "INVITATIONS", "FILES", "HISTORY"];
        if wide {
            h.extend(["DESCRIPTION", "REVISION", "UPDATED"]);
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let mut r = vec![
            self.name.clone(),
            self.pool.clone(),
            list_cell(&self.allowed_members, wide),
            list_cell(&self.denied_members, wide),
            list_cell(&self.creators, wide),
            yes_no(self.invitations),
            yes_no(self.file_upload),
            yes_no(self.chat_history),
        ];
        if wide {
            r.extend([self.description.clone(), self.meta.revision.to_string(), self.meta.updated_at.clone()]);
        }
        r
    }
}

/// Flags become a spec: lists only when given, switches only when given.
fn spec(f: CategoryFields, creating: bool) -> CategorySpec {
    let list = |l: Vec<String>| if l.is_empty() && !creating { None } else { Some(l) };
    let switch = |on: bool, off: bool, default: Option<bool>| {
        if on {
            Some(true)
        } else if off {
            Some(false)
        } else {
            default
        }
    };
    CategorySpec {
        name: None,
        pool: f.pool,
        description: f.description,
        allowed_members: list(f.allow),
        denied_members: list(f.deny),
        creators: list(f.creators),
        invitations: switch(f.invitations, f.no_invitations, None),
        file_upload: switch(f.file_upload, f.no_file_upload, None),
        chat_history: switch(f.chat_history, f.no_chat_history, None),
        labels: None,
    }
}

pub async fn run(ctx: &Ctx, command: CategoriesCommand) -> anyhow::Result<()> {
    let (c, out) = (&ctx.client, &ctx.out);
    match command {
        CategoriesCommand::List { pool, name } => {
            let items: Vec<Category> = c
                .list_all(&path(&["categories"]), &ListQuery { pool, name, ..Default::default() })
                .await
                .context("listing categories")?;
            out.list(&items)
        }
        CategoriesCommand::Show { name, pool } => {
            let cat: Category = c
                .get(&path(&["categories", &name]), &PoolQuery { pool })
                .await
                .with_context(|| format!("showing category {name}"))?;
            out.show(&cat)
        }
        CategoriesCommand::Create { name, fields } => {
            let body = NewObject { name: name.clone(), pool: None, spec: spec(fields, true) };
            let cat: Category = c
                .post(&path(&["categories"]), NO_QUERY, &body)
                .await
                .with_context(|| format!("creating category {name}"))?;
            out.written(&cat, format!("created category {} in pool {}", cat.name, cat.pool))
        }
        CategoriesCommand::Set { name, rename, fields, no_deny, no_creators, if_revision } => {
            let pool = fields.pool.clone();
            let mut spec = spec(fields, false);
            spec.name = rename;
            if no_deny {
                spec.denied_members = Some(Vec::new());
            }
            if no_creators {
                spec.creators = Some(Vec::new());
            }
            spec.pool = None;
            let written: Written<Category> = c
                .patch(&path(&["categories", &name]), &PoolQuery { pool }, &spec, if_revision)
                .await
                .with_context(|| format!("changing category {name}"))?;
            report_dropped(out, &written.dropped);
            out.written(
                &written,
                format!("changed category {} (revision {})", written.object.name, written.object.meta.revision),
            )
        }
        CategoriesCommand::Delete { name, pool, confirm: yes } => {
            let at = path(&["categories", &name]);
            let query = PoolQuery { pool };
            super::exists_before_asking(c, yes.yes, &at, &query, &format!("deleting category {name}")).await?;
            confirm(yes.yes, &format!("delete category {name}"))?;
            c.delete(&at, &query, None).await.with_context(|| format!("deleting category {name}"))?;
            out.written(&serde_json::json!({ "deleted": name }), format!("deleted category {name}"))
        }
        CategoriesCommand::Export { pool, name, to } => super::export::categories(ctx, pool, name, &to).await,
    }
}
