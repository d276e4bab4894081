//! `pchat plan` and `pchat apply`: plan documents → diff against the server → changesets.

use std::collections::HashSet;
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use super::{Ctx, Exit, InvalidInput};
use crate::api::*;
use crate::cli::{ApplyArgs, PlanArgs};
use crate::client::{path, Client, ClientError, NO_QUERY};
use crate::plan::diff::{self, Action, Change, ServerState, Summary};
use crate::plan::load::{self, Diagnostic, Sourced};

/// Operations per changeset when applying; larger plans are validated whole first.
const BATCH: usize = 20_000;
const SAVED_FORMAT: &str = "pchat-plan/v1";

/// A plan as `-o json` prints it and `--out` saves it.
#[derive(Debug, Serialize, Deserialize)]
pub struct SavedPlan {
    pub format: String,
    pub server: String,
    /// The store the plan was read from; a saved plan applies only there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_id: Option<String>,
    pub changes: Vec<Change>,
    pub summary: Summary,
}

impl SavedPlan {
    fn new(client: &Client, changes: &[Change], store_id: Option<String>) -> SavedPlan {
        SavedPlan {
            format: SAVED_FORMAT.into(),
            server: client.base_url().to_string(),
            store_id,
            changes: changes.to_vec(),
            summary: diff::summary(changes),
        }
    }
}

/// The identity of the store behind the server.
async fn store_id(client: &Client) -> anyhow::Result<String> {
    let version: Version = client.get(&path(&["version"]), NO_QUERY).await.context("reading the server's version")?;
    Ok(version.store_id)
}

/// Prints every diagnostic and fails with exit code 2.
fn invalid(diagnostics: &[Diagnostic], what: &str) -> anyhow::Error {
    for d in diagnostics {
        eprintln!("{}", crate::output::printable(&d.to_string()));
    }
    InvalidInput::problems(what, diagnostics.len()).into()
}

/// With `PCHAT_TIMINGS` set, prints how long each phase took and the memory in use (for
/// benchmarks).
fn timing(phase: &str, since: std::time::Instant) {
    if std::env::var_os("PCHAT_TIMINGS").is_some() {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let field =
            |name: &str| status.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or("?").to_string();
        eprintln!(
            "timing: {phase}: {:.3} s (resident {}, peak {})",
            since.elapsed().as_secs_f64(),
            field("VmRSS:"),
            field("VmHWM:")
        );
    }
}

/// Which of the server's lists a plan needs to be diffed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Needs {
    users: bool,
    groups: bool,
    categories: bool,
    rooms: bool,
    addins: bool,
    policies: bool,
    configs: bool,
}

impl Needs {
    /// What the kinds present need (a prune needs everything, to find what the files dropped).
    fn of_kinds(has: impl Fn(&str) -> bool, prune: bool) -> Needs {
        let has = |kind: &str| prune || has(kind);
        Needs {
            users: has("User") || has("PolicyGrant"),
            groups: has("Group"),
            categories: has("Category") || has("Room"),
            rooms: has("Room"),
            addins: has("Addin"),
            policies: has("Policy"),
            configs: has("ChatConfig"),
        }
    }

    /// Exactly what these documents need.
    pub fn of_docs(docs: &[Sourced], prune: bool) -> Needs {
        let kinds: HashSet<&str> = docs.iter().map(|d| d.doc.kind()).collect();
        Needs::of_kinds(|k| kinds.contains(k), prune)
    }

    /// A guess, before the texts are parsed, of what their documents need: the kinds named
    /// after `kind:` (or a quoted `"kind":`), in one pass over each text. What a guess
    /// misses (a kind written some other way) is fetched once the documents are read.
    fn of_texts(texts: &[&str], prune: bool) -> Needs {
        let mut kinds = HashSet::new();
        for text in texts {
            for (at, _) in text.match_indices("kind") {
                let after = text[at + 4..].strip_prefix(['"', '\'']).unwrap_or(&text[at + 4..]);
                let Some(value) = after.strip_prefix(':') else { continue };
                let value = value.trim_start_matches([' ', '"', '\'']);
                let end = value.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(value.len());
                kinds.insert(&value[..end]);
            }
        }
        Needs::of_kinds(|k| kinds.contains(k), prune)
    }

    /// What `self` needs that `fetched` did not bring.
    fn beyond(self, fetched: Needs) -> Needs {
        Needs {
            users: self.users && !fetched.users,
            groups: self.groups && !fetched.groups,
            categories: self.categories && !fetched.categories,
            rooms: self.rooms && !fetched.rooms,
            addins: self.addins && !fetched.addins,
            policies: self.policies && !fetched.policies,
            configs: self.configs && !fetched.configs,
        }
    }
}

/// Reads the lists a plan needs from the server, once, in parallel.
pub async fn fetch_state(client: &Client, needs: Needs) -> anyhow::Result<ServerState> {
    let all = ListQuery { limit: Some(MAX_PAGE_SIZE), ..Default::default() };
    let all_rooms = RoomQuery { limit: Some(MAX_PAGE_SIZE), ..Default::default() };
    async fn list<T: serde::de::DeserializeOwned>(
        client: &Client,
        needed: bool,
        noun: &[&str],
        query: &(impl Serialize + ?Sized),
    ) -> Result<Vec<T>, ClientError> {
        if needed {
            client.list_all(&path(noun), query).await
        } else {
            Ok(Vec::new())
        }
    }
    let (users, groups, categories, rooms, addins, policies, configs) = tokio::join!(
        list::<User>(client, needs.users, &["directory", "users"], &all),
        list::<Group>(client, needs.groups, &["directory", "groups"], &all),
        list::<Category>(client, needs.categories, &["categories"], &all),
        list::<Room>(client, needs.rooms, &["rooms"], &all_rooms),
        list::<Addin>(client, needs.addins, &["addins"], &all),
        list::<Policy>(client, needs.policies, &["policies"], &all),
        list::<ChatConfigScope>(client, needs.configs, &["config"], NO_QUERY),
    );
    Ok(ServerState {
        users: users.context("reading users")?.into_iter().map(|u| (u.sip.clone(), u)).collect(),
        groups: groups.context("reading groups")?.into_iter().map(|g| (g.name.clone(), g)).collect(),
        categories: categories.context("reading categories")?,
        rooms: rooms.context("reading rooms")?,
        addins: addins.context("reading add-ins")?,
        policies: policies.context("reading policies")?,
        configs: configs.context("reading chat configuration")?,
    })
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
    let guessed = Needs::of_texts(&texts, prune);
    let parsing = tokio::task::spawn_blocking(move || {
        let checked = load::check_files(files);
        timing("reading the plan files", started);
        checked
    });
    let (fetched, parsed) = tokio::join!(fetch_state(client, guessed), parsing);
    let (docs, problems) = parsed.context("reading the plan files")?;
    timing("reading the plan files and the server's state", started);
    let mut state = fetched?;
    let missing = Needs::of_docs(&docs, prune).beyond(guessed);
    if missing != Needs::default() {
        state.absorb(fetch_state(client, missing).await?);
    }
    Ok((docs, problems, state))
}

/// A server field path (`allowed_members[1]`) as the document's (`spec.allowedMembers[1]`).
fn doc_field(kind: &str, field: &str) -> String {
    if field == "name" {
        // A grant operation is named by its policy.
        return if kind == "PolicyGrant" { "spec.policy".into() } else { "metadata.name".into() };
    }
    let (head, rest) = match field.find(['[', '.']) {
        Some(i) => field.split_at(i),
        None => (field, ""),
    };
    let mut camel = String::new();
    let mut upper = false;
    for c in head.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            camel.extend(c.to_uppercase());
            upper = false;
        } else {
            camel.push(c);
        }
    }
    format!("spec.{camel}{rest}")
}

/// Maps a changeset's errors back to the documents (file:line:column) they came from.
fn map_errors(problem: &Problem, ops: &[(usize, Operation)], changes: &[Change], docs: &[Sourced]) -> Vec<Diagnostic> {
    let errors: Vec<FieldError> = if problem.errors.is_empty() {
        vec![FieldError {
            index: None,
            field: problem.field.clone(),
            code: problem.code,
            detail: problem.detail.clone(),
        }]
    } else {
        problem.errors.clone()
    };
    errors
        .iter()
        .map(|e| {
            let change = e.index.and_then(|i| ops.get(i)).map(|(c, _)| &changes[*c]);
            match change.and_then(|c| c.source.and_then(|s| docs.get(s)).map(|d| (c, d))) {
                Some((change, sourced)) => sourced
                    .diagnostic(e.field.as_deref().map(|f| doc_field(&change.kind, f)).as_deref(), e.detail.clone()),
                None => Diagnostic {
                    file: change.map(|c| c.address.clone()).unwrap_or_else(|| "server".into()),
                    line: 0,
                    column: 0,
                    kind: None,
                    name: None,
                    field: e.field.clone(),
                    message: e.detail.clone(),
                },
            }
        })
        .collect()
}

/// Sends the plan's operations as a dry run: the server's rules, without writing. The room
/// entries the server would drop are added to the changes that cause them.
async fn server_check(client: &Client, changes: &mut [Change], docs: &[Sourced]) -> anyhow::Result<()> {
    let found = server_problems(client, changes, docs).await?;
    if found.is_empty() {
        Ok(())
    } else {
        Err(invalid(&found, "validating the plan on the server"))
    }
}

/// The problems the server finds with the plan's operations (a dry run), located in the
/// documents; none when it accepts them all.
async fn server_problems(client: &Client, changes: &mut [Change], docs: &[Sourced]) -> anyhow::Result<Vec<Diagnostic>> {
    let ops = diff::operations(changes);
    if ops.is_empty() {
        return Ok(Vec::new());
    }
    let request = ChangesetRequest { dry_run: true, operations: ops.iter().map(|(_, o)| o.clone()).collect() };
    match client.post::<_, ChangesetResult>(&path(&["changesets"]), NO_QUERY, &request).await {
        Ok(result) => {
            for r in &result.results {
                if let Some((c, _)) = ops.get(r.index) {
                    changes[*c].dropped.extend(
                        r.dropped
                            .iter()
                            .map(|d| format!("{} {} from room {} ({})", d.role, d.principal, d.room, d.reason)),
                    );
                }
            }
            Ok(Vec::new())
        }
        Err(ClientError::Api { status: 400 | 422, problem, .. }) => {
            let mut found = map_errors(&problem, &ops, changes, docs);
            found.sort();
            Ok(found)
        }
        Err(e) => Err(anyhow::Error::new(e).context("validating the plan on the server")),
    }
}

/// The longest string value a plan shows whole; longer ones are cut with "…" and their
/// length (and line count, so a line break past the cut is not hidden) follows the quotes.
const SHOWN_VALUE_CHARS: usize = 120;

/// A value as the plan shows it: strings quoted, with line breaks as `\n` and anything a
/// terminal would act on escaped (`output::quoted`); other values as JSON, escaped alike.
fn value_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "(none)".into(),
        serde_json::Value::String(s) => {
            let (shown, cut) = crate::output::shortened(s, SHOWN_VALUE_CHARS);
            let mut text = crate::output::quoted(&shown);
            if cut {
                let lines = s.split('\n').count();
                text.push_str(&format!(" ({} characters", s.chars().count()));
                if lines > 1 {
                    text.push_str(&format!(" on {lines} lines"));
                }
                text.push(')');
            }
            text
        }
        other => crate::output::printable(&other.to_string()).into_owned(),
    }
}

/// Prints a plan the way terraform taught people to read one. Names and values from the
/// files or the server are escaped (`output::printable`): a plan is read on a terminal.
pub fn render(changes: &[Change]) -> String {
    use crate::output::printable;
    let mut out = String::new();
    if changes.is_empty() {
        out.push_str("No changes. The server matches the plan.\n");
        return out;
    }
    out.push_str("pchat will make these changes:\n\n");
    for c in changes {
        out.push_str(&format!("{:>3} {}\n", c.action.symbol(), printable(&c.address)));
        for f in &c.fields {
            let field = printable(&f.field);
            if c.action == Action::Create {
                out.push_str(&format!("        {field}: {}\n", value_text(&f.new)));
            } else {
                out.push_str(&format!("        {field}: {} → {}\n", value_text(&f.old), value_text(&f.new)));
            }
        }
        for a in &c.added {
            out.push_str(&format!("        + {}\n", printable(a)));
        }
        for r in &c.removed {
            out.push_str(&format!("        - {}\n", printable(r)));
        }
    }
    let destructive: Vec<&Change> =
        changes.iter().filter(|c| c.destructive.is_some() || !c.dropped.is_empty()).collect();
    if !destructive.is_empty() {
        out.push_str("\nDestructive or history-losing changes:\n");
        for c in destructive {
            let address = printable(&c.address);
            if let Some(why) = &c.destructive {
                out.push_str(&format!("{:>3} {address}: {}\n", c.action.symbol(), printable(why)));
            }
            for d in &c.dropped {
                out.push_str(&format!("{:>3} {address}: drops {}\n", c.action.symbol(), printable(d)));
            }
        }
    }
    let s = diff::summary(changes);
    out.push_str(&format!("\nPlan: {} to add, {} to change, {} to destroy.\n", s.add, s.change, s.destroy));
    out
}

/// Diffs the documents against the server's state. `earlier` are problems found while
/// reading; when there are any, the documents that were valid still go through the
/// server's rules (a dry run), so one run reports every problem, not a layer at a time.
pub async fn make_plan(
    client: &Client,
    docs: &[Sourced],
    state: &ServerState,
    prune: bool,
    earlier: Vec<Diagnostic>,
) -> anyhow::Result<Vec<Change>> {
    let started = std::time::Instant::now();
    let mut errors = earlier;
    let diffed = diff::diff(docs, state, prune);
    timing("diff", started);
    let mut changes = match diffed {
        Ok(changes) => changes,
        Err(found) => {
            errors.extend(found);
            Vec::new()
        }
    };
    if !errors.is_empty() {
        errors.extend(server_problems(client, &mut changes, docs).await?);
        errors.sort();
        errors.dedup();
        return Err(invalid(&errors, "planning"));
    }
    changes.sort_by(|a, b| {
        let rank = |k: &str| crate::plan::document::KINDS.iter().position(|x| *x == k).unwrap_or(99);
        (rank(&a.kind), &a.address).cmp(&(rank(&b.kind), &b.address))
    });
    Ok(changes)
}

fn print_plan(ctx: &Ctx, changes: &[Change]) -> anyhow::Result<()> {
    if ctx.out.quiet && !ctx.out.structured() {
        return Ok(());
    }
    if ctx.out.structured() {
        ctx.out.data(&SavedPlan::new(&ctx.client, changes, None))
    } else {
        crate::output::write_stdout(&render(changes))
    }
}

pub async fn run_plan(ctx: &Ctx, args: PlanArgs) -> anyhow::Result<()> {
    let (docs, problems, state) = load_with_state(&ctx.client, &args.files, args.prune).await?;
    let mut changes = make_plan(&ctx.client, &docs, &state, args.prune, problems).await?;
    left_for_exit(state);
    server_check(&ctx.client, &mut changes, &docs).await?;
    print_plan(ctx, &changes)?;
    left_for_exit(docs);
    if let Some(file) = &args.out {
        let saved = SavedPlan::new(&ctx.client, &changes, Some(store_id(&ctx.client).await?));
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
}

pub async fn run_apply(ctx: &Ctx, args: ApplyArgs) -> anyhow::Result<()> {
    let options =
        ApplyOptions { yes: args.yes, dry_run: args.dry_run, prune: args.prune, allow_destroy: args.allow_destroy };
    if let Some(saved) = &args.saved {
        return apply_saved(ctx, saved, &options).await;
    }
    let (docs, problems, state) = load_with_state(&ctx.client, &args.files, options.prune).await?;
    apply_docs(ctx, &docs, problems, state, &options).await
}

/// The plan/apply path for documents from any source (YAML files, CSV room lists).
pub async fn apply_docs(
    ctx: &Ctx,
    docs: &[Sourced],
    problems: Vec<Diagnostic>,
    state: ServerState,
    options: &ApplyOptions,
) -> anyhow::Result<()> {
    let mut changes = make_plan(&ctx.client, docs, &state, options.prune, problems).await?;
    drop(state);
    let ops = diff::operations(&changes);
    // Several batches are validated whole first, so a bad plan changes nothing; one batch
    // is its own validation (the changeset is atomic). A narrowed category scope is checked
    // first too, so the entries it drops are shown before anyone confirms.
    let narrows = changes.iter().any(|c| c.kind == "Category" && c.destructive.is_some());
    if options.dry_run || ops.len() > BATCH || narrows {
        server_check(&ctx.client, &mut changes, docs).await?;
    }
    print_plan(ctx, &changes)?;
    if changes.is_empty() {
        return Ok(());
    }
    check_destroy(&changes, options)?;
    if options.dry_run {
        ctx.out.note("dry run: the server accepted every change; nothing was changed");
        return Ok(());
    }
    confirm_apply(options)?;
    let started = std::time::Instant::now();
    let sent = send(ctx, &changes, docs, ops, false).await;
    timing("applying", started);
    sent
}

fn check_destroy(changes: &[Change], options: &ApplyOptions) -> anyhow::Result<()> {
    let rooms: Vec<&str> = changes
        .iter()
        .filter(|c| c.kind == "Room" && matches!(c.action, Action::Delete | Action::Replace))
        .map(|c| c.address.as_str())
        .collect();
    if !rooms.is_empty() && !options.allow_destroy {
        return Err(InvalidInput(format!(
            "the plan deletes {} with their history ({}); pass --allow-destroy to allow it",
            crate::api::text::count(rooms.len(), "room"),
            rooms.join(", ")
        ))
        .into());
    }
    Ok(())
}

/// A plan may change many objects: only the word `yes` applies it.
fn confirm_apply(options: &ApplyOptions) -> anyhow::Result<()> {
    super::ask(options.yes, "apply", "Apply these changes? Only 'yes' is accepted: ", |answer| answer == "yes")
}

/// Sends the operations in batches, with a progress bar, and says what was applied if the
/// server fails part-way (running apply again converges).
async fn send(
    ctx: &Ctx,
    changes: &[Change],
    docs: &[Sourced],
    ops: Vec<(usize, Operation)>,
    saved: bool,
) -> anyhow::Result<()> {
    let bar = ctx.out.progress(ops.len() as u64, "applying");
    let mut applied = 0usize;
    for batch in ops.chunks(BATCH) {
        let request = ChangesetRequest { dry_run: false, operations: batch.iter().map(|(_, o)| o.clone()).collect() };
        match ctx.client.post::<_, ChangesetResult>(&path(&["changesets"]), NO_QUERY, &request).await {
            Ok(result) => {
                for r in &result.results {
                    for d in &r.dropped {
                        ctx.out.note(format!("dropped {} {} from room {}: {}", d.role, d.principal, d.room, d.reason));
                    }
                }
                applied += batch.len();
                bar.set_position(applied as u64);
            }
            Err(err) => {
                bar.finish_and_clear();
                if applied > 0 {
                    eprintln!(
                        "applied {applied} of {} operations before the failure; run apply again to finish",
                        ops.len()
                    );
                }
                return Err(refusal(err, batch, changes, docs, saved, applied));
            }
        }
    }
    bar.finish_and_clear();
    let s = diff::summary(changes);
    ctx.out.note(format!("Apply complete: {} added, {} changed, {} destroyed.", s.add, s.change, s.destroy));
    Ok(())
}

/// The error apply reports for a refused changeset. Objects that changed since the plan was
/// made are a conflict (exit 5) that names them; for a saved plan that includes objects
/// deleted or created by someone else meanwhile, since it can only be applied as reviewed.
/// Rule problems map back to the documents (exit 2); anything else is a failure (exit 1).
fn refusal(
    err: ClientError,
    batch: &[(usize, Operation)],
    changes: &[Change],
    docs: &[Sourced],
    saved: bool,
    applied: usize,
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
        .filter_map(|e| e.index.and_then(|i| batch.get(i)).map(|(c, _)| changes[*c].address.clone()))
        .collect();
    let outcome = if applied == 0 {
        "nothing was changed".to_string()
    } else {
        format!("only the {applied} operations before this batch were applied")
    };
    if status == 409 || (saved && (!moved.is_empty() || moved_code(problem.code))) {
        let what = if moved.is_empty() { problem.detail.clone() } else { moved.join(", ") };
        return super::Conflict(format!(
            "the server changed since the plan was {}: {what}; {outcome} — plan again",
            if saved { "saved" } else { "made" },
        ))
        .into();
    }
    if matches!(status, 400 | 422) {
        let found = map_errors(problem, batch, changes, docs);
        for d in &found {
            eprintln!("{}", crate::output::printable(&d.to_string()));
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
    let text = std::fs::read(file).with_context(|| format!("reading the saved plan {}", file.display()))?;
    let saved: SavedPlan = serde_json::from_slice(&text)
        .map_err(|e| InvalidInput(format!("{}: not a plan saved by `pchat plan --out`: {e}", file.display())))?;
    if saved.format != SAVED_FORMAT {
        return Err(InvalidInput(format!(
            "{}: plan format {:?}, this pchat reads {SAVED_FORMAT}",
            file.display(),
            saved.format
        ))
        .into());
    }
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
    check_destroy(&saved.changes, options)?;
    let ops = diff::operations(&saved.changes);
    if ops.len() > BATCH || options.dry_run {
        let request = ChangesetRequest { dry_run: true, operations: ops.iter().map(|(_, o)| o.clone()).collect() };
        if let Err(err) = ctx.client.post::<_, ChangesetResult>(&path(&["changesets"]), NO_QUERY, &request).await {
            return Err(refusal(err, &ops, &saved.changes, &[], true, 0));
        }
        if options.dry_run {
            ctx.out.note("dry run: the server accepted every change; nothing was changed");
            return Ok(());
        }
    }
    confirm_apply(options)?;
    send(ctx, &saved.changes, &[], ops, true).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn created_room(fields: &[(&str, serde_json::Value)]) -> Change {
        Change {
            action: Action::Create,
            kind: "Room".into(),
            name: "alpha".into(),
            address: "room alpha".into(),
            fields: fields
                .iter()
                .map(|(f, v)| diff::FieldChange { field: f.to_string(), old: serde_json::Value::Null, new: v.clone() })
                .collect(),
            added: vec!["member sip:a@x.com".into()],
            removed: vec![],
            destructive: None,
            dropped: vec![],
            operations: vec![],
            source: None,
        }
    }

    #[test]
    fn a_created_room_shows_its_description_on_one_line() {
        let change =
            created_room(&[("category", "eng".into()), ("description", "first room\nbeta,eng,second room".into())]);
        let text = render(&[change]);
        assert!(
            text.contains(
                "  + room alpha\n        category: \"eng\"\n        description: \"first room\\nbeta,eng,second room\"\n"
            ),
            "{text}"
        );
    }

    #[test]
    fn the_plan_escapes_what_a_terminal_would_act_on() {
        let mut change = created_room(&[
            ("description", "\u{1b}[2J\u{1b}[31mred\u{7} \u{202e}txt.exe".into()),
            ("labels", serde_json::json!({"team": "a\u{202e}b"})),
        ]);
        change.address = "room evil\u{200b}name".into();
        change.added = vec!["member sip:\u{1b}]0;x@y".into()];
        change.destructive = Some("room evil\u{200b}name narrows".into());
        let text = render(&[change]);
        assert!(!text.chars().any(|c| c != '\n' && crate::api::text::is_unsafe_char(c)), "{text:?}");
        assert!(text.contains("+ room evil\\u{200b}name\n"), "{text}");
        assert!(text.contains("description: \"\\u{1b}[2J\\u{1b}[31mred\\u{7} \\u{202e}txt.exe\"\n"), "{text}");
        assert!(text.contains(r#"labels: {"team":"a\u{202e}b"}"#), "{text}");
        assert!(text.contains("+ member sip:\\u{1b}]0;x@y\n"), "{text}");
    }

    #[test]
    fn long_values_are_cut_but_say_how_many_lines_they_hold() {
        let long = format!("{}\n{}", "x".repeat(150), "swallowed,row");
        let text = render(&[created_room(&[("description", long.into())])]);
        let shown = format!("description: \"{}…\" (164 characters on 2 lines)\n", "x".repeat(SHOWN_VALUE_CHARS));
        assert!(text.contains(&shown), "{text}");
        let short = render(&[created_room(&[("description", "y".repeat(SHOWN_VALUE_CHARS).into())])]);
        assert!(short.contains(&format!("description: \"{}\"\n", "y".repeat(SHOWN_VALUE_CHARS))), "{short}");
    }

    #[test]
    fn the_lists_a_plan_needs_are_guessed_from_its_kinds() {
        let guessed = Needs::of_texts(&["kind: Room\n---\n\"kind\": 'Addin'\n", "{kind: PolicyGrant}"], false);
        assert!(guessed.rooms && guessed.categories && guessed.addins && guessed.users);
        assert!(!guessed.groups && !guessed.policies && !guessed.configs);
        // A kind the guess could not see is what the documents need beyond it.
        let written_oddly = Needs::of_texts(&["kind: >-\n  Group\n"], false);
        let needed = Needs::of_kinds(|k| k == "Group", false);
        assert!(needed.beyond(written_oddly).groups);
        assert_eq!(Needs::of_texts(&[""], true), Needs::of_kinds(|_| true, false), "a prune needs everything");
    }
}
