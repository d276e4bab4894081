//! `export` of every noun: the server's objects as plan documents, on stdout (one YAML
//! stream, or a JSON array with `-o json`) or as one YAML file per kind in `--out DIR`.

use anyhow::Context;

use super::Ctx;
use crate::api::*;
use crate::cli::{ExportTo, OutputFormat, RoomFilters};
use crate::client::{path, NO_QUERY};
use crate::plan::document::{to_yaml_stream, Document, KINDS};
use crate::plan::export;

/// Prints or writes the documents.
pub fn write(ctx: &Ctx, docs: Vec<Document>, to: &ExportTo) -> anyhow::Result<()> {
    let Some(dir) = &to.out else {
        if docs.is_empty() {
            ctx.out.note("nothing to export");
        }
        return match ctx.out.format {
            OutputFormat::Json => ctx.out.data(&docs.iter().map(export::to_json).collect::<Vec<_>>()),
            _ => crate::output::write_stdout(&to_yaml_stream(&docs)),
        };
    };
    std::fs::create_dir_all(dir).with_context(|| format!("creating the directory {}", dir.display()))?;
    let mut wrote = 0;
    for kind in KINDS {
        let of_kind: Vec<Document> = docs.iter().filter(|d| d.kind() == *kind).cloned().collect();
        if of_kind.is_empty() {
            continue;
        }
        let file = dir.join(export::file_name(kind));
        std::fs::write(&file, to_yaml_stream(&of_kind)).with_context(|| format!("writing {}", file.display()))?;
        wrote += 1;
        ctx.out.note(format!(
            "wrote {} to {}",
            crate::api::text::count(of_kind.len(), &format!("{kind} document")),
            file.display()
        ));
    }
    if wrote == 0 {
        ctx.out.note(format!("nothing to export; no file written to {}", dir.display()));
    }
    Ok(())
}

/// Whole lists in as few pages as the server allows.
fn all() -> ListQuery {
    ListQuery { limit: Some(MAX_PAGE_SIZE), ..Default::default() }
}

pub async fn rooms(ctx: &Ctx, filters: RoomFilters, to: &ExportTo) -> anyhow::Result<()> {
    let q = RoomQuery { limit: Some(MAX_PAGE_SIZE), ..super::rooms::filter_query(filters) };
    let rooms: Vec<Room> = ctx.client.list_all(&path(&["rooms"]), &q).await.context("reading rooms")?;
    write(ctx, export::rooms(&rooms), to)
}

pub async fn categories(ctx: &Ctx, pool: Option<String>, name: Option<String>, to: &ExportTo) -> anyhow::Result<()> {
    let c = &ctx.client;
    let (category_path, addin_path) = (path(&["categories"]), path(&["addins"]));
    let category_query = ListQuery { pool: pool.clone(), name, ..Default::default() };
    let addin_query = ListQuery { pool, ..Default::default() };
    let (categories, addins) = tokio::join!(
        c.list_all::<Category>(&category_path, &category_query),
        c.list_all::<Addin>(&addin_path, &addin_query),
    );
    let mut docs = export::addins(&addins.context("reading add-ins")?);
    docs.extend(export::categories(&categories.context("reading categories")?));
    write(ctx, docs, to)
}

pub async fn directory(ctx: &Ctx, to: &ExportTo) -> anyhow::Result<()> {
    let c = &ctx.client;
    let (user_path, group_path, limit) = (path(&["directory", "users"]), path(&["directory", "groups"]), all());
    let (users, groups) =
        tokio::join!(c.list_all::<User>(&user_path, &limit), c.list_all::<Group>(&group_path, NO_QUERY));
    let mut docs = export::users(&users.context("reading users")?);
    docs.extend(export::groups(&groups.context("reading groups")?));
    write(ctx, docs, to)
}

pub async fn policies(ctx: &Ctx, to: &ExportTo) -> anyhow::Result<()> {
    let c = &ctx.client;
    let (policy_path, user_path, limit) = (path(&["policies"]), path(&["directory", "users"]), all());
    let (policies, users) =
        tokio::join!(c.list_all::<Policy>(&policy_path, NO_QUERY), c.list_all::<User>(&user_path, &limit));
    let mut docs = export::policies(&policies.context("reading policies")?);
    docs.extend(export::grants(&users.context("reading users")?));
    write(ctx, docs, to)
}

pub async fn config(ctx: &Ctx, to: &ExportTo) -> anyhow::Result<()> {
    let scopes: Vec<ChatConfigScope> =
        ctx.client.list_all(&path(&["config"]), NO_QUERY).await.context("reading chat configuration")?;
    write(ctx, export::chat_configs(&scopes), to)
}
