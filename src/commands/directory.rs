use std::path::Path;

use anyhow::Context;

use super::{confirm, report_dropped, Ctx, InvalidInput};
use crate::api::*;
use crate::cli::{DirectoryCommand, GroupsCommand, UserFields, UsersCommand};
use crate::client::{path, NO_QUERY};
use crate::output::{list_cell, yes_no, Tabular};

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
                confirm(yes.yes, &format!("delete user {sip}"))?;
                let deleted: Deleted = c
                    .delete_answer(&path(&["directory", "users", &sip]), NO_QUERY, None)
                    .await
                    .with_context(|| format!("deleting user {sip}"))?;
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
                confirm(yes.yes, &format!("delete group {name}"))?;
                let deleted: Deleted = c
                    .delete_answer(&path(&["directory", "groups", &name]), NO_QUERY, None)
                    .await
                    .with_context(|| format!("deleting group {name}"))?;
                report_dropped(out, &deleted.dropped);
                out.written(&deleted, format!("deleted group {name}"))
            }
        },
        DirectoryCommand::Import { users, groups, dry_run } => {
            import(ctx, users.as_deref(), groups.as_deref(), dry_run).await
        }
        DirectoryCommand::Export { to } => super::export::directory(ctx, &to).await,
    }
}

/// Where each operation of an import came from, to map server errors back to lines.
struct Origin {
    file: String,
    line: u64,
}

async fn import(ctx: &Ctx, users: Option<&Path>, groups: Option<&Path>, dry_run: bool) -> anyhow::Result<()> {
    if users.is_none() && groups.is_none() {
        return Err(InvalidInput("nothing to import: give --users FILE and/or --groups FILE".into()).into());
    }
    let mut operations = Vec::new();
    let mut origins = Vec::new();
    let mut errors = Vec::new();
    if let Some(file) = users {
        read_csv(file, &["sip", "display_name", "ou", "site"], &["enabled"], &mut errors, |line, get| {
            let enabled_text = get("enabled");
            let enabled = match enabled_text.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => None,
                Some(v) => match v.to_ascii_lowercase().as_str() {
                    "true" | "yes" | "1" => Some(true),
                    "false" | "no" | "0" => Some(false),
                    _ => return Err(format!("column enabled: {v:?} is not true or false")),
                },
            };
            operations.push(Operation {
                op: OpAction::Upsert,
                name: get("sip").unwrap_or_default().trim().to_string(),
                pool: None,
                revision: None,
                object: ObjectSpec::User(UserSpec {
                    display_name: get("display_name").map(|s| s.trim().to_string()),
                    ou: get("ou").map(|s| s.trim().to_string()),
                    site: get("site").map(|s| s.trim().to_string()),
                    enabled,
                    labels: None,
                }),
            });
            origins.push(Origin { file: file.display().to_string(), line });
            Ok(())
        })?;
    }
    if let Some(file) = groups {
        read_csv(file, &["name", "members"], &["description"], &mut errors, |line, get| {
            let members: Vec<String> = get("members")
                .unwrap_or_default()
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            operations.push(Operation {
                op: OpAction::Upsert,
                name: get("name").unwrap_or_default().trim().to_string(),
                pool: None,
                revision: None,
                object: ObjectSpec::Group(GroupSpec {
                    description: get("description").map(|s| s.trim().to_string()),
                    members: Some(members),
                    labels: None,
                }),
            });
            origins.push(Origin { file: file.display().to_string(), line });
            Ok(())
        })?;
    }
    if !errors.is_empty() {
        return Err(InvalidInput(format!(
            "the import files have {} problem(s):\n  {}",
            errors.len(),
            errors.join("\n  ")
        ))
        .into());
    }
    let request = ChangesetRequest { dry_run, operations };
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
            let lines: Vec<String> = err
                .problem()
                .map(|p| {
                    p.errors
                        .iter()
                        .map(|e| {
                            let at = e
                                .index
                                .and_then(|i| origins.get(i))
                                .map(|o| format!("{}:{}", o.file, o.line))
                                .unwrap_or_default();
                            format!("{at}: {}", e.detail)
                        })
                        .collect()
                })
                .unwrap_or_default();
            if lines.is_empty() {
                Err(anyhow::Error::new(err).context("importing the directory"))
            } else {
                let status = err.code();
                let message = format!(
                    "importing the directory: nothing was changed; {}:\n  {}",
                    crate::api::text::count(lines.len(), "problem"),
                    lines.join("\n  ")
                );
                if matches!(status, Some(ErrorCode::Forbidden | ErrorCode::Unauthorized)) {
                    Err(anyhow::Error::new(err).context(message))
                } else {
                    Err(InvalidInput(message).into())
                }
            }
        }
    }
}

/// Reads a CSV with a header row; `row` gets the line number and a column getter.
fn read_csv(
    file: &Path,
    required: &[&str],
    optional: &[&str],
    errors: &mut Vec<String>,
    mut row: impl FnMut(u64, &dyn Fn(&str) -> Option<String>) -> Result<(), String>,
) -> anyhow::Result<()> {
    let name = file.display().to_string();
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::Headers)
        .flexible(true)
        .from_path(file)
        .map_err(|e| InvalidInput(format!("reading {name}: {e}")))?;
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| InvalidInput(format!("{name}: {e}")))?
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect();
    for col in required {
        if !headers.iter().any(|h| h == col) {
            return Err(InvalidInput(format!(
                "{name}:1: the header row has no {col:?} column (expected {}{})",
                required.join(","),
                if optional.is_empty() { String::new() } else { format!("[,{}]", optional.join(",")) }
            ))
            .into());
        }
    }
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                errors.push(format!("{name}:{line}: {e}"));
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let get = |col: &str| headers.iter().position(|h| h == col).and_then(|i| record.get(i)).map(str::to_string);
        if let Err(e) = row(line, &get) {
            errors.push(format!("{name}:{line}: {e}"));
        }
    }
    Ok(())
}
