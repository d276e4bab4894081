//! `pchat plan` and `pchat apply`: plan documents → diff against the server → changesets.

use std::path::Path;

use anyhow::Context;

use super::{Ctx, Exit, InvalidInput};
use crate::api::*;
use crate::cli::{ApplyArgs, PlanArgs};
use crate::client::{path, Client, ClientError, NO_QUERY};
use crate::plan::diff::{self, Action, Change, ServerState};
use crate::plan::load::{self, Diagnostic, Sourced};
use crate::plan::located::map_errors;
use crate::plan::render::render_to;
use crate::plan::saved::{SavedPlan, MAX_SAVED_PLAN_BYTES};
use crate::plan::state::{fetch_state, Expected, ListsToFetch};

/// The identity of the store behind the server.
async fn store_id(client: &Client) -> anyhow::Result<String> {
    let version: Version = client.get(&path(&["version"]), NO_QUERY).await.context("reading the server's version")?;
    Ok(version.store_id)
}

/// Prints every diagnostic and fails with exit code 2.
fn invalid(diagnostics: &[Diagnostic], what: &str) -> anyhow::Error {
    for d in diagnostics {
        crate::say!("{}", crate::output::printable(&d.to_string()));
    }
    InvalidInput::problems(what, diagnostics.len()).into()
}

/// The `-f` paths of `pchat COMMAND`, checked before any server is reached: with
/// `embedded:` a mistyped path would otherwise have created the store already. A path
/// that names nothing says what `-f` takes.
pub fn check_paths(paths: &[std::path::PathBuf], command: &str) -> anyhow::Result<()> {
    let Err(mut found) = load::expand_paths(paths) else { return Ok(()) };
    for d in &mut found {
        if d.message == load::NO_SUCH_PATH {
            d.message = format!("{} (pchat {command} -f takes a YAML file or a directory of them)", d.message);
        }
    }
    Err(invalid(&found, "reading the plan"))
}

/// With `PCHAT_TIMINGS` set, prints how long each phase took and the memory in use (for
/// benchmarks).
fn timing(phase: &str, since: std::time::Instant) {
    if std::env::var_os("PCHAT_TIMINGS").is_some() {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let field =
            |name: &str| status.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or("?").to_string();
        crate::say!(
            "timing: {phase}: {:.3} s (resident {}, peak {})",
            since.elapsed().as_secs_f64(),
            field("VmRSS:"),
            field("VmHWM:")
        );
    }
}

/// Reads and checks the plan files while the server's state is fetched: the files' text
/// says which lists they can need, so both run at once. A list the documents turn out to
/// need that the text did not promise is fetched after.
async fn load_with_state(
    client: &Client,
    paths: &[std::path::PathBuf],
    prune: bool,
) -> anyhow::Result<(Vec<Sourced>, Vec<Diagnostic>, ServerState)> {
    let started = std::time::Instant::now();
    let files = load::read_files(paths).map_err(|d| invalid(&d, "reading the plan"))?;
    let texts: Vec<&str> = files.iter().filter_map(|f| f.text.as_deref().ok()).collect();
    let (guessed, expected) = ListsToFetch::guess(&texts, prune);
    let parsing = tokio::task::spawn_blocking(move || {
        let checked = load::check_files(files, expected.documents);
        timing("reading the plan files", started);
        checked
    });
    let (fetched, parsed) = tokio::join!(fetch_state(client, guessed, expected), parsing);
    let (docs, problems) = parsed.context("reading the plan files")?;
    timing("reading the plan files and the server's state", started);
    let mut state = fetched?;
    let missing = ListsToFetch::of_docs(&docs, prune).beyond(guessed);
    if missing != ListsToFetch::default() {
        state.absorb(fetch_state(client, missing, Expected::default()).await?);
    }
    Ok((docs, problems, state))
}

/// Sends the plan's operations as a dry run: the server's rules, without writing. The room
/// entries the server would drop are added to the changes that cause them.
async fn server_check(
    client: &Client,
    changes: &mut [Change],
    docs: &[Sourced],
    allow_destroy: bool,
) -> anyhow::Result<()> {
    let found = server_problems(client, changes, docs, allow_destroy).await?;
    if found.is_empty() {
        Ok(())
    } else {
        Err(invalid(&found, "validating the plan on the server"))
    }
}

/// The problems the server finds with the plan's operations (a dry run), located in the
/// documents; none when it accepts them all. Without `allow_destroy`, deleting a room that
/// holds messages is one of the problems.
async fn server_problems(
    client: &Client,
    changes: &mut [Change],
    docs: &[Sourced],
    allow_destroy: bool,
) -> anyhow::Result<Vec<Diagnostic>> {
    let ops = diff::operations(changes);
    if ops.is_empty() {
        return Ok(Vec::new());
    }
    let request =
        ChangesetRequestRef { dry_run: true, allow_destroy, operations: ops.iter().map(|(_, o)| *o).collect() };
    let answer = client.post::<_, ChangesetResult>(&path(&["changesets"]), NO_QUERY, &request).await;
    drop(request);
    match answer {
        Ok(result) => {
            // The operations borrow the changes: note what each drops, then add it.
            let drops: Vec<(usize, Vec<String>)> = result
                .results
                .iter()
                .filter_map(|r| {
                    let (c, _) = ops.get(r.index)?;
                    let shown = r
                        .dropped
                        .iter()
                        .map(|d| format!("{} {} from room {} ({})", d.role, d.principal, d.room, d.reason));
                    Some((*c, shown.collect()))
                })
                .collect();
            drop(ops);
            for (c, dropped) in drops {
                changes[c].dropped.extend(dropped);
            }
            Ok(Vec::new())
        }
        Err(ClientError::Api { status: 400 | 422, problem, .. }) => {
            let carried_by = diff::carried_by(&ops);
            let mut found = map_errors(&problem, &carried_by, changes, docs);
            found.sort();
            Ok(found)
        }
        Err(e) => Err(anyhow::Error::new(e).context("validating the plan on the server")),
    }
}

/// Diffs the documents against the server's state (what they create moves into the
/// changes, `diff::diff`). `earlier` are problems found while reading; when there are any,
/// the documents that were valid still go through the server's rules (a dry run), so one
/// run reports every problem, not a layer at a time.
pub async fn make_plan(
    client: &Client,
    docs: &mut [Sourced],
    state: &ServerState,
    prune: Option<&str>,
    earlier: Vec<Diagnostic>,
) -> anyhow::Result<Vec<Change>> {
    let started = std::time::Instant::now();
    let mut errors = earlier;
    let (mut changes, found) = diff::diff_all(docs, state, prune);
    timing("diff", started);
    errors.extend(found);
    if !errors.is_empty() {
        errors.extend(server_problems(client, &mut changes, docs, true).await?);
        errors.sort();
        errors.dedup();
        return Err(invalid(&errors, "planning"));
    }
    changes.sort_by(|a, b| {
        // A topology's sites, pools and servers go first, as it does.
        let rank = |k: &str| match k.strip_prefix("Topology") {
            Some(_) => 0,
            None => crate::plan::document::KINDS.iter().position(|x| *x == k).unwrap_or(99),
        };
        (rank(&a.kind), &a.address).cmp(&(rank(&b.kind), &b.address))
    });
    Ok(changes)
}

fn print_plan(ctx: &Ctx, changes: &[Change]) -> anyhow::Result<()> {
    if ctx.out.quiet && !ctx.out.structured() {
        return Ok(());
    }
    if ctx.out.structured() {
        ctx.out.data(&SavedPlan::new(ctx.client.base_url(), changes, None))
    } else {
        crate::output::stream_stdout(|out| render_to(changes, out))
    }
}

pub async fn run_plan(ctx: &Ctx, args: PlanArgs) -> anyhow::Result<()> {
    let (mut docs, problems, state) = load_with_state(&ctx.client, &args.files, args.prune).await?;
    let prune = args.prune.then_some(diff::APPLY_MANAGER);
    let mut changes = make_plan(&ctx.client, &mut docs, &state, prune, problems).await?;
    left_for_exit(state);
    weigh_room_deletes(&ctx.client, &mut changes).await?;
    // A plan shows what would change; whether a room's history may go is apply's to ask.
    server_check(&ctx.client, &mut changes, &docs, true).await?;
    print_plan(ctx, &changes)?;
    left_for_exit(docs);
    if let Some(file) = &args.out {
        let saved = SavedPlan::new(ctx.client.base_url(), &changes, Some(store_id(&ctx.client).await?));
        std::fs::write(file, serde_json::to_vec_pretty(&saved)?)
            .with_context(|| format!("saving the plan to {}", file.display()))?;
        ctx.out.note(format!(
            "saved the plan to {}; apply it exactly with `pchat apply {}`",
            file.display(),
            file.display()
        ));
    }
    if args.detailed_exitcode && !changes.is_empty() {
        return Err(Exit(crate::exit::CHANGES).into());
    }
    Ok(())
}

/// `pchat plan` ends the process once it has printed, and the process's memory goes back
/// whole; freeing tens of thousands of documents and rooms one allocation at a time first
/// was a twentieth of a large plan's time.
fn left_for_exit<T>(value: T) {
    std::mem::forget(value);
}

/// Options apply shares with `rooms import`.
pub struct ApplyOptions {
    pub yes: bool,
    pub dry_run: bool,
    pub prune: bool,
    pub allow_destroy: bool,
    /// Whose objects `prune` deletes: [`diff::APPLY_MANAGER`] for plans.
    pub manager: &'static str,
    /// Ask the server's rules (a dry run) before showing the plan, whatever it changes: the
    /// room entries a directory change drops are then shown before anyone confirms.
    pub check_first: bool,
}

impl ApplyOptions {
    /// Apply's options for plan files.
    pub fn plan(yes: bool, dry_run: bool, prune: bool, allow_destroy: bool) -> ApplyOptions {
        ApplyOptions { yes, dry_run, prune, allow_destroy, manager: diff::APPLY_MANAGER, check_first: false }
    }
}

pub async fn run_apply(ctx: &Ctx, args: ApplyArgs) -> anyhow::Result<()> {
    let options = ApplyOptions::plan(args.yes, args.dry_run, args.prune, args.allow_destroy);
    if let Some(saved) = &args.saved {
        return apply_saved(ctx, saved, &options).await;
    }
    let (mut docs, problems, state) = load_with_state(&ctx.client, &args.files, options.prune).await?;
    apply_docs(ctx, &mut docs, problems, state, &options).await.map(drop)
}

/// The plan/apply path for documents from any source (YAML files, CSV room lists, a
/// directory). Returns the plan's summary (applied, or not with `dry_run`).
pub async fn apply_docs(
    ctx: &Ctx,
    docs: &mut [Sourced],
    problems: Vec<Diagnostic>,
    state: ServerState,
    options: &ApplyOptions,
) -> anyhow::Result<diff::Summary> {
    let prune = options.prune.then_some(options.manager);
    let mut changes = make_plan(&ctx.client, docs, &state, prune, problems).await?;
    drop(state);
    weigh_room_deletes(&ctx.client, &mut changes).await?;
    // The plan is one changeset, so it is its own validation: all of it applies or none.
    // A dry run asks the server's rules without writing, and a narrowed category scope is
    // checked first too, so the entries it drops are shown before anyone confirms.
    // Deleting a room that holds messages needs --allow-destroy: the server says which do,
    // before anyone confirms.
    let narrows = changes.iter().any(|c| c.kind == "Category" && c.destructive.is_some());
    if options.check_first || options.dry_run || narrows || deletes_rooms(&changes) {
        server_check(&ctx.client, &mut changes, docs, options.allow_destroy).await?;
    }
    print_plan(ctx, &changes)?;
    let summary = diff::summary(&changes);
    if changes.is_empty() {
        return Ok(summary);
    }
    if options.dry_run {
        ctx.out.note("dry run: the server accepted every change; nothing was changed");
        return Ok(summary);
    }
    confirm_apply(options)?;
    let started = std::time::Instant::now();
    let sent = send(ctx, &mut changes, docs, false, options.allow_destroy).await;
    timing("applying", started);
    sent.map(|()| summary)
}

/// What deleting each room costs, as the server counts it: the plan says which rooms go
/// with their history, and how much of it.
async fn weigh_room_deletes(client: &Client, changes: &mut [Change]) -> anyhow::Result<()> {
    let mut asked = tokio::task::JoinSet::new();
    let limit = std::sync::Arc::new(tokio::sync::Semaphore::new(8));
    for (i, c) in changes.iter().enumerate() {
        if c.kind != "Room" || !matches!(c.action, Action::Delete | Action::Replace) {
            continue;
        }
        let Some(op) = c.operations.iter().find(|o| o.op == OpAction::Delete) else { continue };
        let (client, limit) = (client.clone(), limit.clone());
        let (name, pool) = (op.name.clone(), op.pool.clone());
        asked.spawn(async move {
            let _slot = limit.acquire_owned().await;
            let activity: Result<RoomActivity, _> =
                client.get(&path(&["rooms", &name, "activity"]), &PoolQuery { pool }).await;
            (i, activity)
        });
    }
    while let Some(answer) = asked.join_next().await {
        let (i, activity) = answer.context("weighing the rooms the plan deletes")?;
        // A room the server no longer has is the server's to refuse when the plan runs.
        let Ok(activity) = activity else { continue };
        let c = &mut changes[i];
        c.destructive = Some(if activity.messages > 0 {
            format!(
                "{} is deleted with its history ({})",
                c.address,
                crate::api::text::count(activity.messages as usize, "message")
            )
        } else {
            format!("{} is deleted (it holds no messages)", c.address)
        });
    }
    Ok(())
}

fn deletes_rooms(changes: &[Change]) -> bool {
    changes.iter().any(|c| c.kind == "Room" && matches!(c.action, Action::Delete | Action::Replace))
}

/// A plan may change many objects: only the word `yes` applies it.
fn confirm_apply(options: &ApplyOptions) -> anyhow::Result<()> {
    super::ask(options.yes, "apply", "Apply these changes? Only 'yes' is accepted: ", |answer| answer == "yes")
}

/// Sends the changes as one changeset: the server applies all of them in one transaction
/// or none, whatever the plan's size. Once encoded, what the operations carry is dropped
/// (`diff::forget_operations`): the server is about to hold all of it.
async fn send(
    ctx: &Ctx,
    changes: &mut [Change],
    docs: &[Sourced],
    saved: bool,
    allow_destroy: bool,
) -> anyhow::Result<()> {
    let (body, carried_by) = {
        let ops = diff::operations(changes);
        let request =
            ChangesetRequestRef { dry_run: false, allow_destroy, operations: ops.iter().map(|(_, o)| *o).collect() };
        let body = serde_json::to_vec(&request).context("encoding the changeset")?;
        (body, diff::carried_by(&ops))
    };
    diff::forget_operations(changes);
    let bar = ctx.out.progress(carried_by.len() as u64, "checking");
    // The server reports how far its one transaction has got.
    let sent = ctx
        .client
        .apply_changeset(body, |phase, done, _| {
            bar.set_position(done);
            if phase == ChangesetPhase::Writing {
                bar.set_message("writing");
            }
        })
        .await;
    bar.finish_and_clear();
    match sent {
        Ok(result) => {
            for r in &result.results {
                for d in &r.dropped {
                    ctx.out.note(format!("dropped {} {} from room {}: {}", d.role, d.principal, d.room, d.reason));
                }
            }
        }
        Err(err) => return Err(apply_error(err, &carried_by, changes, docs, saved)),
    }
    let s = diff::summary(changes);
    ctx.out.note(format!("Apply complete: {} added, {} changed, {} destroyed.", s.add, s.change, s.destroy));
    Ok(())
}

/// The error apply reports for a refused changeset. Objects that changed since the plan was
/// made are a conflict (exit 5) that names them; for a saved plan that includes objects
/// deleted or created by someone else meanwhile, since it can only be applied as reviewed.
/// Rule problems map back to the documents (exit 2); anything else is a failure (exit 1).
fn apply_error(
    err: ClientError,
    carried_by: &[usize],
    changes: &[Change],
    docs: &[Sourced],
    saved: bool,
) -> anyhow::Error {
    let ClientError::Api { status, ref problem, .. } = err else {
        return anyhow::Error::new(err).context("applying the plan");
    };
    let moved_code = |code: ErrorCode| {
        code == ErrorCode::StaleRevision
            || (saved && matches!(code, ErrorCode::NotFound | ErrorCode::DuplicateName | ErrorCode::NameConflict))
    };
    let moved: Vec<String> = problem
        .errors
        .iter()
        .filter(|e| moved_code(e.code))
        .filter_map(|e| e.index.and_then(|i| carried_by.get(i)).map(|c| changes[*c].address.clone()))
        .collect();
    let outcome = "nothing was changed";
    if status == 409 || (saved && (!moved.is_empty() || moved_code(problem.code))) {
        let what = if moved.is_empty() { problem.detail.clone() } else { moved.join(", ") };
        return super::Conflict(format!(
            "the server changed since the plan was {}: {what}; {outcome} — plan again",
            if saved { "saved" } else { "made" },
        ))
        .into();
    }
    if matches!(status, 400 | 422) {
        let found = map_errors(problem, carried_by, changes, docs);
        for d in &found {
            crate::say!("{}", crate::output::printable(&d.to_string()));
        }
        return InvalidInput(format!(
            "applying the plan: {} found; {outcome}",
            crate::api::text::count(found.len(), "problem")
        ))
        .into();
    }
    anyhow::Error::new(err).context("applying the plan")
}

async fn apply_saved(ctx: &Ctx, file: &Path, options: &ApplyOptions) -> anyhow::Result<()> {
    // Bounded like plan files: a saved plan of a pool's size is a few hundred megabytes.
    let text = load::read_plan_file(file, MAX_SAVED_PLAN_BYTES)
        .map_err(|e| InvalidInput(format!("reading the saved plan {}: {e}", file.display())))?;
    let mut saved = SavedPlan::parse(text.as_bytes()).map_err(|e| InvalidInput(format!("{}: {e}", file.display())))?;
    drop(text);
    if let Some(planned_on) = &saved.store_id {
        let here = store_id(&ctx.client).await?;
        if *planned_on != here {
            return Err(InvalidInput(format!(
                "{} was planned against another store ({}, store {planned_on}); this server's store is {here}: \
                 plan again against this server; nothing was changed",
                file.display(),
                saved.server
            ))
            .into());
        }
    }
    print_plan(ctx, &saved.changes)?;
    if saved.changes.is_empty() {
        return Ok(());
    }
    let allow_destroy = options.allow_destroy;
    if options.dry_run || deletes_rooms(&saved.changes) {
        let ops = diff::operations(&saved.changes);
        let request =
            ChangesetRequestRef { dry_run: true, allow_destroy, operations: ops.iter().map(|(_, o)| *o).collect() };
        if let Err(err) = ctx.client.post::<_, ChangesetResult>(&path(&["changesets"]), NO_QUERY, &request).await {
            let carried_by = diff::carried_by(&ops);
            return Err(apply_error(err, &carried_by, &saved.changes, &[], true));
        }
        if options.dry_run {
            ctx.out.note("dry run: the server accepted every change; nothing was changed");
            return Ok(());
        }
    }
    confirm_apply(options)?;
    send(ctx, &mut saved.changes, &[], true, allow_destroy).await
}
