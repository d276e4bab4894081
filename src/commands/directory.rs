use std::path::Path;

use anyhow::Context;

use super::{confirm, report_dropped, Ctx, InvalidInput};
use crate::api::*;
use crate::cli::{DirectoryCommand, GroupsCommand, UserFields, UsersCommand};
use crate::client::{path, NO_QUERY};
use crate::output::{list_cell, yes_no, Tabular};
use crate::plan::directory_csv::Import;

impl Tabular for User {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["SIP", "DISPLAY NAME", "OU", "SITE", "ENABLED"];
        if wide {
            h.extend(["POLICY", "REVISION", "UPDATED"]);
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let mut r =
            vec![self.sip.clone(), self.display_name.clone(), self.ou.clone(), self.site.clone(), yes_no(self.enabled)];
        if wide {
            r.extend([
                self.policy.as_ref().map(|p| format!("tag:{p}")).unwrap_or_default(),
                self.meta.revision.to_string(),
                self.meta.updated_at.clone(),
            ]);
        }
        r
    }
}

impl Tabular for Group {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["NAME", "MEMBERS"];
        if wide {
            h.extend(["DESCRIPTION", "REVISION"]);
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let mut r = vec![self.name.clone(), list_cell(&self.members, wide)];
        if wide {
            r.extend([self.description.clone(), self.meta.revision.to_string()]);
        }
        r
    }
}

fn user_spec(f: UserFields) -> UserSpec {
    UserSpec { display_name: f.display_name, ou: f.ou, site: f.site, enabled: f.enabled, labels: None }
}

pub async fn run(ctx: &Ctx, command: DirectoryCommand) -> anyhow::Result<()> {
    let c = &ctx.client;
    let out = &ctx.out;
    match command {
        DirectoryCommand::Users(cmd) => match cmd {
            UsersCommand::List { name } => {
                let users: Vec<User> = c
                    .list_all(&path(&["directory", "users"]), &ListQuery { name, ..Default::default() })
                    .await
                    .context("listing users")?;
                out.list(&users)
            }
            UsersCommand::Show { sip } => {
                let user: User = c
                    .get(&path(&["directory", "users", &sip]), NO_QUERY)
                    .await
                    .with_context(|| format!("showing user {sip}"))?;
                out.show(&user)
            }
            UsersCommand::Create { sip, fields } => {
                let body = NewObject { name: sip.clone(), pool: None, spec: user_spec(fields) };
                let user: User = c
                    .post(&path(&["directory", "users"]), NO_QUERY, &body)
                    .await
                    .with_context(|| format!("creating user {sip}"))?;
                out.written(&user, format!("created user {}", user.sip))
            }
            UsersCommand::Set { sip, fields, if_revision } => {
                let user: Written<User> = c
                    .patch(&path(&["directory", "users", &sip]), NO_QUERY, &user_spec(fields), if_revision)
                    .await
                    .with_context(|| format!("changing user {sip}"))?;
                report_dropped(out, &user.dropped);
                out.written(&user, format!("changed user {} (revision {})", user.object.sip, user.object.meta.revision))
            }
            UsersCommand::Delete { sip, confirm: yes } => {
                let at = path(&["directory", "users", &sip]);
                super::exists_before_asking(c, yes.yes, &at, NO_QUERY, &format!("deleting user {sip}")).await?;
                confirm(yes.yes, &format!("delete user {sip}"))?;
                let deleted: Deleted =
                    c.delete_answer(&at, NO_QUERY, None).await.with_context(|| format!("deleting user {sip}"))?;
                report_dropped(out, &deleted.dropped);
                out.written(&deleted, format!("deleted user {sip}"))
            }
        },
        DirectoryCommand::Groups(cmd) => match cmd {
            GroupsCommand::List => {
                let groups: Vec<Group> =
                    c.list_all(&path(&["directory", "groups"]), NO_QUERY).await.context("listing groups")?;
                out.list(&groups)
            }
            GroupsCommand::Show { name } => {
                let group: Group = c
                    .get(&path(&["directory", "groups", &name]), NO_QUERY)
                    .await
                    .with_context(|| format!("showing group {name}"))?;
                out.show(&group)
            }
            GroupsCommand::Create { name, members, description } => {
                let spec = GroupSpec {
                    description: Some(description.unwrap_or_default()),
                    members: Some(members),
                    ..Default::default()
                };
                let body = NewObject { name: name.clone(), pool: None, spec };
                let group: Group = c
                    .post(&path(&["directory", "groups"]), NO_QUERY, &body)
                    .await
                    .with_context(|| format!("creating group {name}"))?;
                out.written(&group, format!("created group {} with {} member(s)", group.name, group.members.len()))
            }
            GroupsCommand::Set { name, members, no_members, description, if_revision } => {
                let spec = GroupSpec {
                    description,
                    members: if no_members || !members.is_empty() { Some(members) } else { None },
                    labels: None,
                };
                let group: Written<Group> = c
                    .patch(&path(&["directory", "groups", &name]), NO_QUERY, &spec, if_revision)
                    .await
                    .with_context(|| format!("changing group {name}"))?;
                report_dropped(out, &group.dropped);
                out.written(
                    &group,
                    format!("changed group {} ({} member(s))", group.object.name, group.object.members.len()),
                )
            }
            GroupsCommand::Delete { name, confirm: yes } => {
                let at = path(&["directory", "groups", &name]);
                super::exists_before_asking(c, yes.yes, &at, NO_QUERY, &format!("deleting group {name}")).await?;
                confirm(yes.yes, &format!("delete group {name}"))?;
                let deleted: Deleted =
                    c.delete_answer(&at, NO_QUERY, None).await.with_context(|| format!("deleting group {name}"))?;
                report_dropped(out, &deleted.dropped);
                out.written(&deleted, format!("deleted group {name}"))
            }
        },
        DirectoryCommand::Import { users, groups, dry_run } => {
            import(ctx, users.as_deref(), groups.as_deref(), dry_run).await
        }
        DirectoryCommand::Export { to } => super::export::directory(ctx, &to).await,
        DirectoryCommand::Sync(args) => super::directory_sync::run(ctx, *args).await,
    }
}

/// `directory import --users FILE --groups FILE`: every row an upsert of one changeset.
/// Problems in the files, and the server's problems with their rows, are printed at
/// `FILE:LINE:COLUMN`; with any, nothing is changed.
async fn import(ctx: &Ctx, users: Option<&Path>, groups: Option<&Path>, dry_run: bool) -> anyhow::Result<()> {
    if users.is_none() && groups.is_none() {
        return Err(InvalidInput("nothing to import: give --users FILE and/or --groups FILE".into()).into());
    }
    let mut files = Import::default();
    let mut problems = Vec::new();
    if let Some(path) = users {
        let (file, text) = read_file(path)?;
        problems.extend(files.read_users(&file, &text));
    }
    if let Some(path) = groups {
        let (file, text) = read_file(path)?;
        problems.extend(files.read_groups(&file, &text));
    }
    if !problems.is_empty() {
        for d in &problems {
            crate::say!("{}", crate::output::printable(&d.to_string()));
        }
        return Err(InvalidInput::problems("reading the directory files", problems.len()).into());
    }
    let request = ChangesetRequest { dry_run, allow_destroy: false, operations: std::mem::take(&mut files.operations) };
    let result: Result<ChangesetResult, _> = ctx.client.post(&path(&["changesets"]), NO_QUERY, &request).await;
    match result {
        Ok(result) => {
            let (created, updated, unchanged) = (
                result.count(OpOutcome::Created),
                result.count(OpOutcome::Updated),
                result.count(OpOutcome::Unchanged),
            );
            for r in &result.results {
                report_dropped(&ctx.out, &r.dropped);
            }
            let verb = if dry_run { "would import" } else { "imported" };
            ctx.out.written(&result, format!("{verb}: {created} created, {updated} updated, {unchanged} unchanged"))
        }
        Err(err) => {
            let errors = err.problem().map(|p| p.errors.as_slice()).unwrap_or_default();
            if errors.is_empty() {
                return Err(anyhow::Error::new(err).context("importing the directory"));
            }
            for e in errors {
                let line = match files.locate(e) {
                    Some(d) => d.to_string(),
                    None => e.detail.clone(),
                };
                crate::say!("{}", crate::output::printable(&line));
            }
            let refused = InvalidInput::problems("importing the directory", errors.len());
            if matches!(err.code(), Some(ErrorCode::Forbidden | ErrorCode::Unauthorized)) {
                Err(anyhow::Error::new(err).context(refused.0))
            } else {
                Err(refused.into())
            }
        }
    }
}

/// A directory file's name and text, read under the plan files' size limit.
fn read_file(path: &Path) -> Result<(String, String), InvalidInput> {
    let file = path.display().to_string();
    match crate::plan::load::read_plan_file(path, crate::plan::load::MAX_PLAN_FILE_BYTES) {
        Ok(text) => Ok((file, text)),
        Err(e) if e.contains("valid UTF-8") => {
            Err(InvalidInput(format!("{file}: not UTF-8 text; save the spreadsheet as \"CSV UTF-8\" and try again")))
        }
        Err(e) => Err(InvalidInput(format!("{file}: {e}"))),
    }
}
