//! `pchat directory sync`: the organisation's LDAP directory → the users and groups pchat
//! holds, through the plan path (docs/directory.md).

use std::collections::BTreeMap;
use std::sync::Arc;

use anyhow::Context;

use super::plan::{apply_docs, ApplyOptions};
use super::{Ctx, Exit, InvalidInput};
use crate::api::text::count;
use crate::api::{Labels, MANAGED_BY_LABEL};
use crate::cli::{SyncArgs, SyncCommand};
use crate::plan::diff::{ServerState, Summary, DIRECTORY_SYNC_MANAGER};
use crate::plan::document::{Document, GroupDoc, Metadata, Spec, UserDoc};
use crate::plan::load::Sourced;
use crate::plan::state::{fetch_state, Expected, ListsToFetch};
use crate::plan::yaml::{LocatedDoc, Pos};
use crate::sync::config::{Settings, SyncFile};
use crate::sync::ldap::{self, ReadError};
use crate::sync::map::{self, Mapped};

pub async fn run(ctx: &Ctx, args: SyncArgs) -> anyhow::Result<()> {
    if let Some(SyncCommand::Status { limit }) = args.command {
        return super::directory_sync_status::run(ctx, limit).await;
    }
    let settings = settings(&args)?;
    let options = ApplyOptions {
        yes: args.yes,
        dry_run: args.dry_run,
        prune: args.prune || settings.prune,
        allow_destroy: false,
        manager: DIRECTORY_SYNC_MANAGER,
        check_first: true,
    };
    let report = sync(ctx, &settings, &options, &|line| crate::say!("{}", crate::output::printable(&line))).await?;
    if args.detailed_exitcode && report.plan.add + report.plan.change + report.plan.destroy > 0 {
        return Err(Exit(crate::exit::CHANGES).into());
    }
    Ok(())
}

/// The run's settings: `--config`'s file with the flags over it, the password read.
fn settings(args: &SyncArgs) -> anyhow::Result<Settings> {
    let file = match &args.source.config {
        Some(path) => SyncFile::load(path).map_err(InvalidInput)?,
        None => SyncFile::default(),
    };
    let password = if args.source.password_stdin {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).context("reading the bind password from standard input")?;
        let line = line.trim_end_matches(['\n', '\r']).to_string();
        if line.is_empty() {
            return Err(InvalidInput("--password-stdin: standard input held no password".into()).into());
        }
        Some(line)
    } else {
        None
    };
    Ok(args.source.over(file).settings(password).map_err(InvalidInput)?)
}

/// What one sync read and did.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct SyncReport {
    pub users: usize,
    pub groups: usize,
    pub skipped: usize,
    pub members_left_out: usize,
    pub plan: Summary,
}

/// Reads the directory and the server's users and groups at once, maps the entries, tells
/// what could not be carried over (a line per entry; the counts are a note), and plans and applies
/// the difference as one changeset.
pub async fn sync(
    ctx: &Ctx,
    settings: &Settings,
    options: &ApplyOptions,
    tell: &(dyn Fn(String) + Sync),
) -> anyhow::Result<SyncReport> {
    let lists = ListsToFetch::of_kinds(|kind| matches!(kind, "User" | "Group"), false);
    let (found, state) = tokio::join!(ldap::read(settings), fetch_state(&ctx.client, lists, Expected::default()));
    let found = found.map_err(directory_error)?;
    let state = state?;
    let (users, groups) = (found.users.len(), found.groups.len());
    let mapped = map::map(settings, found.users, found.groups);
    for s in mapped.skipped.iter() {
        tell(format!("skipped {}: {}", s.dn, s.reason));
    }
    for s in mapped.members_left_out.iter() {
        tell(format!("left out of {}: {}", s.dn, s.reason));
    }
    for s in mapped.shortened.iter() {
        tell(format!("shortened {}: {}", s.dn, s.reason));
    }
    ctx.out.note(format!(
        "read {} and {} under {}; {} skipped, {} left out",
        count(users, "user"),
        count(groups, "group"),
        settings.base,
        mapped.skipped.len(),
        count(mapped.members_left_out.len(), "group member"),
    ));
    let mut report = SyncReport {
        users: mapped.users.len(),
        groups: mapped.groups.len(),
        skipped: mapped.skipped.len(),
        members_left_out: mapped.members_left_out.len(),
        plan: Summary::default(),
    };
    if options.prune {
        check_prune(&mapped, &state, settings)?;
    }
    let mut docs = documents(mapped, &state, &settings.url);
    report.plan = apply_docs(ctx, &mut docs, Vec::new(), state, options).await?;
    Ok(report)
}

/// A prune deletes what the sync made that the directory no longer holds: refused, with
/// nothing changed, when that is more than `max-prune`, or everyone because the directory
/// returned no user at all (a wrong base or filter reads nothing, and would empty pchat).
fn check_prune(mapped: &Mapped, state: &ServerState, settings: &Settings) -> anyhow::Result<()> {
    let ours = |labels: &Labels| labels.get(MANAGED_BY_LABEL).is_some_and(|v| v == DIRECTORY_SYNC_MANAGER);
    let users = state
        .users
        .values()
        .filter(|u| ours(&u.meta.labels) && !mapped.users.contains_key(&u.sip) && !mapped.kept_users.contains(&u.sip))
        .count();
    let groups = state
        .groups
        .values()
        .filter(|g| {
            ours(&g.meta.labels) && !mapped.groups.contains_key(&g.name) && !mapped.kept_groups.contains(&g.name)
        })
        .count();
    if mapped.users.is_empty() && users > 0 {
        return Err(InvalidInput(format!(
            "--prune: the directory returned no users under {}, so the prune would delete all {} the sync made; check --base and --user-filter; nothing was changed",
            settings.base,
            count(users, "user")
        ))
        .into());
    }
    if users + groups > settings.max_prune {
        return Err(InvalidInput(format!(
            "--prune would delete {} and {}, more than --max-prune {}: if the directory really lost them, run again with a larger --max-prune; nothing was changed",
            count(users, "user"),
            count(groups, "group"),
            settings.max_prune
        ))
        .into());
    }
    Ok(())
}

/// A directory problem: the settings' are invalid input (exit 2), the rest failures.
fn directory_error(e: ReadError) -> anyhow::Error {
    match e {
        ReadError::Settings(_) | ReadError::NoBase { .. } => InvalidInput(e.to_string()).into(),
        e => anyhow::Error::new(e),
    }
}

/// The mapped users and groups as plan documents, each located at its DN. A user or group
/// the server holds keeps its labels (so its managed-by mark, and whoever made it); a new
/// one is marked as the sync's, which `--prune` may later delete.
fn documents(mapped: Mapped, state: &ServerState, url: &str) -> Vec<Sourced> {
    let source: Arc<str> = Arc::from(url);
    let labels_of = |current: Option<&Labels>| -> BTreeMap<String, String> {
        match current {
            Some(labels) => labels.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            None => BTreeMap::from([(MANAGED_BY_LABEL.to_string(), DIRECTORY_SYNC_MANAGER.to_string())]),
        }
    };
    let mut docs = Vec::with_capacity(mapped.users.len() + mapped.groups.len());
    let mut push = |dn: &str, doc: Document| {
        // Problems with a document are said at its DN: the directory is where to fix them.
        let located = LocatedDoc::synthetic(serde_json::Value::Null, Pos { line: 0, col: 0 }, []);
        let file = if dn.is_empty() { source.clone() } else { Arc::from(dn) };
        docs.push(Sourced { doc, file, located });
    };
    for (sip, u) in mapped.users {
        let labels = labels_of(state.users.get(&sip).map(|c| &c.meta.labels));
        let doc = Document {
            metadata: Metadata { name: sip, labels, version: None },
            spec: Spec::User(UserDoc { display_name: u.display_name, ou: u.ou, site: u.site, enabled: u.enabled }),
        };
        push(&u.dn, doc);
    }
    // Entries skipped this run that the directory still holds stay as the server has them.
    for sip in &mapped.kept_users {
        let Some(u) = state.users.get(sip) else { continue };
        let doc = Document {
            metadata: Metadata { name: sip.clone(), labels: labels_of(Some(&u.meta.labels)), version: None },
            spec: Spec::User(UserDoc {
                display_name: u.display_name.clone(),
                ou: u.ou.clone(),
                site: u.site.clone(),
                enabled: u.enabled,
            }),
        };
        push("", doc);
    }
    for name in &mapped.kept_groups {
        let Some(g) = state.groups.get(name) else { continue };
        let doc = Document {
            metadata: Metadata { name: name.clone(), labels: labels_of(Some(&g.meta.labels)), version: None },
            spec: Spec::Group(GroupDoc { description: g.description.clone(), members: g.members.clone() }),
        };
        push("", doc);
    }
    for (name, g) in mapped.groups {
        let labels = labels_of(state.groups.get(&name).map(|c| &c.meta.labels));
        let doc = Document {
            metadata: Metadata { name, labels, version: None },
            spec: Spec::Group(GroupDoc { description: g.description, members: g.members }),
        };
        push(&g.dn, doc);
    }
    docs
}
