//! `pchat topology`: a topology file checked offline against every rule, each problem told
//! at FILE:LINE:COLUMN with its rule id and a fix (`validate`); and the published topology,
//! its versions and what a file would change of it (`publish`, `show`, `history`, `diff`,
//! `export`).

use std::path::Path;

use anyhow::Context;
use serde::Serialize;

use super::{Ctx, InvalidInput};
use crate::api::topology::{validate, PublishedTopology, Severity, TopologyPublish, TopologySpec, TopologyVersion};
use crate::api::{ListQuery, Page};
use crate::cli::TopologyCommand;
use crate::client::{path, NO_QUERY};
use crate::output::{Output, Tabular};
use crate::plan::yaml::LocatedDoc;

/// A topology file's document: its name, the version it was exported at, its spec.
pub struct TopologyFile {
    pub name: String,
    pub version: Option<i64>,
    pub spec: TopologySpec,
}

/// A problem where it stands in the file.
#[derive(Debug, Serialize)]
struct Located {
    file: String,
    line: usize,
    column: usize,
    rule: String,
    severity: Severity,
    path: String,
    message: String,
    hint: String,
}

fn error(file: &str, doc: Option<&LocatedDoc>, path: &str, rule: &str, message: String, hint: &str) -> Located {
    let pos = doc.map(|d| d.key_pos(path)).unwrap_or_default();
    Located {
        file: file.to_string(),
        line: pos.line.max(1),
        column: pos.col.max(1),
        rule: rule.into(),
        severity: Severity::Error,
        path: path.into(),
        message,
        hint: hint.into(),
    }
}

/// Reads the file's one Topology document and checks it: every problem, located, and the
/// document when it could be read.
fn check(file: &str, text: &str) -> (Vec<Located>, Option<TopologyFile>) {
    let docs = match crate::plan::yaml::parse(text) {
        Ok(docs) => docs,
        Err(e) => {
            let problem = Located {
                file: file.into(),
                line: e.pos.line.max(1),
                column: e.pos.col.max(1),
                rule: "yaml".into(),
                severity: Severity::Error,
                path: String::new(),
                message: e.message,
                hint: "fix the YAML; `pchat topology validate` reads it as plans are read".into(),
            };
            return (vec![problem], None);
        }
    };
    let mut out = Vec::new();
    let mut topologies = Vec::new();
    for doc in &docs {
        let kind = doc.value.get("kind").and_then(|k| k.as_str());
        let version = doc.value.get("apiVersion").and_then(|v| v.as_str());
        if version != Some("pchat/v1") {
            out.push(error(
                file,
                Some(doc),
                "apiVersion",
                "document-kind",
                format!("apiVersion is {version:?}, not pchat/v1"),
                "write apiVersion: pchat/v1",
            ));
        }
        match kind {
            Some("Topology") => topologies.push(doc),
            other => out.push(error(
                file,
                Some(doc),
                "kind",
                "document-kind",
                format!("a topology file holds kind: Topology, not {other:?}"),
                "keep other kinds in plan files",
            )),
        }
    }
    let doc = match topologies.as_slice() {
        [doc] => *doc,
        [] => {
            out.push(error(
                file,
                None,
                "",
                "document-kind",
                "the file holds no kind: Topology document".into(),
                "see examples/topology/",
            ));
            return (out, None);
        }
        [_, second, ..] => {
            out.push(error(
                file,
                Some(second),
                "kind",
                "document-kind",
                format!("the file holds {} Topology documents; a deployment has one", topologies.len()),
                "merge them into one",
            ));
            return (out, None);
        }
    };
    for key in doc.value.as_object().into_iter().flat_map(|o| o.keys()) {
        if !["apiVersion", "kind", "metadata", "spec"].contains(&key.as_str()) {
            out.push(error(
                file,
                Some(doc),
                key,
                "schema",
                format!("unknown field {key:?}"),
                "a document has apiVersion, kind, metadata and spec",
            ));
        }
    }
    let spec = doc.value.get("spec").cloned().unwrap_or(serde_json::Value::Null);
    let spec: TopologySpec = match serde_path_to_error::deserialize(&spec) {
        Ok(spec) => spec,
        Err(e) => {
            let path = format!("spec.{}", e.path()).trim_end_matches(".").replace(".[", "[");
            let path = if path == "spec.." || path == "spec." { "spec".to_string() } else { path };
            out.push(error(
                file,
                Some(doc),
                &path,
                "schema",
                format!("{path}: {}", e.into_inner()),
                "docs/topology.md lists every field",
            ));
            return (out, None);
        }
    };
    let metadata = doc.value.get("metadata");
    let name = metadata.and_then(|m| m.get("name")).and_then(|n| n.as_str()).unwrap_or_default().to_string();
    if name.is_empty() {
        out.push(error(
            file,
            Some(doc),
            "metadata",
            "schema",
            "the topology has no metadata.name".into(),
            "name the deployment: metadata: {name: contoso}",
        ));
    }
    let version = metadata.and_then(|m| m.get("version"));
    if version.is_some_and(|v| v.as_i64().is_none_or(|v| v < 0)) {
        out.push(error(
            file,
            Some(doc),
            "metadata.version",
            "schema",
            "metadata.version is not a version number".into(),
            "keep the version `pchat topology export` wrote, or remove it",
        ));
    }
    let version = version.and_then(|v| v.as_i64());
    for p in validate(&spec) {
        // A field's key: where `servers:` stands, not its first item.
        let pos = doc.key_pos(&p.path);
        out.push(Located {
            file: file.into(),
            line: pos.line.max(1),
            column: pos.col.max(1),
            rule: p.rule,
            severity: p.severity,
            path: p.path,
            message: p.message,
            hint: p.hint,
        });
    }
    (out, Some(TopologyFile { name, version, spec }))
}

/// Reads and checks a topology file, printing its problems; refused (exit 2) on errors, or
/// on warnings when `strict`.
fn checked(out: &Output, file: &Path, strict: bool) -> anyhow::Result<(TopologyFile, usize)> {
    read_checked(out, file, strict, true)
}

/// As [`checked`]; unless `refuse`, a document that breaks rules is returned too (a diff
/// shows what it would change as well as why it could not be published).
fn read_checked(out: &Output, file: &Path, strict: bool, refuse: bool) -> anyhow::Result<(TopologyFile, usize)> {
    let (name, problems, topology) = load(file)?;
    let verdict = verdict(&name, &problems, strict);
    if refuse && out.structured() && verdict.is_err() {
        out.data(&problems)?;
    }
    if !out.structured() {
        for p in &problems {
            let level = if p.severity == Severity::Error { "error" } else { "warning" };
            crate::say!("{}:{}:{}: {level}[{}]: {}", p.file, p.line, p.column, p.rule, p.message);
            crate::say!("  hint: {}", p.hint);
        }
    }
    match (topology, verdict) {
        (Some(topology), Ok(warnings)) => Ok((topology, warnings)),
        (Some(topology), Err(_)) if !refuse => {
            let warnings = problems.iter().filter(|p| p.severity == Severity::Warning).count();
            Ok((topology, warnings))
        }
        (_, Err(e)) => Err(e),
        (None, Ok(_)) => Err(InvalidInput(format!("validating {name}: the file holds no topology")).into()),
    }
}

/// Reads a topology file and checks it: its name as told, every problem, the document.
fn load(file: &Path) -> anyhow::Result<(String, Vec<Located>, Option<TopologyFile>)> {
    let name = file.display().to_string();
    let text = crate::plan::load::read_plan_file(file, crate::plan::load::MAX_PLAN_FILE_BYTES)
        .map_err(|e| InvalidInput(format!("{name}: {e}")))?;
    let (problems, topology) = check(&name, &text);
    Ok((name, problems, topology))
}

/// Refused (exit 2) on errors, or on warnings when `strict`; else how many warnings.
fn verdict(name: &str, problems: &[Located], strict: bool) -> anyhow::Result<usize> {
    let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
    let warnings = problems.len() - errors;
    if errors > 0 || (strict && warnings > 0) {
        return Err(InvalidInput(format!(
            "validating {name}: {} and {}",
            crate::api::text::count(errors, "error"),
            crate::api::text::count(warnings, "warning")
        ))
        .into());
    }
    Ok(warnings)
}

/// `pchat topology validate`: offline, no server needed.
pub fn validate_file(out: &Output, file: &Path, strict: bool) -> anyhow::Result<()> {
    if out.structured() {
        // Scripts get the problems (an empty list when there are none) on stdout.
        let (name, problems, _) = load(file)?;
        out.data(&problems)?;
        return verdict(&name, &problems, strict).map(|_| ());
    }
    let name = file.display().to_string();
    let (_, warnings) = checked(out, file, strict)?;
    out.note(format!("{name}: the topology is valid ({})", crate::api::text::count(warnings, "warning")));
    Ok(())
}

impl Tabular for TopologyVersion {
    fn headers(_wide: bool) -> Vec<&'static str> {
        vec!["VERSION", "NAME", "PUBLISHED AT", "PUBLISHED BY", "POOLS", "SERVERS"]
    }
    fn row(&self, _wide: bool) -> Vec<String> {
        vec![
            self.version.to_string(),
            self.name.clone(),
            self.published_at.clone(),
            self.published_by.clone(),
            self.pools.to_string(),
            self.servers.to_string(),
        ]
    }
}

/// The topology in force, or none when nothing was published yet.
pub async fn published(ctx: &Ctx) -> anyhow::Result<Option<PublishedTopology>> {
    match ctx.client.get::<PublishedTopology>(&path(&["topology"]), NO_QUERY).await {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.code() == Some(crate::api::ErrorCode::NotFound) => Ok(None),
        Err(e) => Err(e).context("reading the published topology"),
    }
}

/// The published topology as a file: what `export` writes and `publish` reads back.
fn as_file(t: &PublishedTopology) -> anyhow::Result<String> {
    let doc = serde_json::json!({
        "apiVersion": "pchat/v1",
        "kind": "Topology",
        "metadata": {"name": t.name, "version": t.version},
        "spec": t.spec,
    });
    Ok(format!(
        "# The topology published as version {} by {} at {}.\n# Edit it and publish it with: pchat topology publish -f FILE\n{}",
        t.version,
        t.published_by,
        t.published_at,
        serde_yaml::to_string(&doc)?
    ))
}

pub async fn run(ctx: &Ctx, command: TopologyCommand) -> anyhow::Result<()> {
    let (c, out) = (&ctx.client, &ctx.out);
    match command {
        TopologyCommand::Validate { file, strict } => validate_file(out, &file, strict),
        TopologyCommand::Publish { file, base, strict } => {
            let (topology, _) = checked(out, &file, strict)?;
            let base = base.or(topology.version);
            let body = TopologyPublish { name: topology.name, spec: topology.spec };
            let done: PublishedTopology = c
                .put(&path(&["topology"]), &body, base)
                .await
                .with_context(|| format!("publishing {}", file.display()))?;
            out.written(
                &done,
                format!("published {} as topology version {} ({})", file.display(), done.version, done.name),
            )
        }
        TopologyCommand::Show => match published(ctx).await? {
            Some(t) if out.structured() => out.data(&t),
            Some(t) => {
                print!("{}", as_file(&t)?);
                Ok(())
            }
            None => Err(InvalidInput("no topology is published yet: pchat topology publish -f FILE".into()).into()),
        },
        TopologyCommand::History { limit } => {
            let q = ListQuery { limit, ..Default::default() };
            let page: Page<TopologyVersion> =
                c.get(&path(&["topology", "history"]), &q).await.context("reading the topology's history")?;
            if out.structured() {
                out.data(&page.items)
            } else {
                out.list(&page.items)
            }
        }
        TopologyCommand::Diff { file } => {
            let (topology, _) = read_checked(out, &file, false, false)?;
            let current = published(ctx).await?;
            let changes =
                crate::plan::diff::topology::topology_changes(current.as_ref().map(|t| &t.spec), &topology.spec);
            if out.structured() {
                return out.data(&changes);
            }
            if let (Some(current), Some(base)) = (&current, topology.version) {
                if current.version != base {
                    out.note(format!(
                        "{} was exported at version {base}; version {} is in force and publishing it would be refused",
                        file.display(),
                        current.version
                    ));
                }
            }
            print!("{}", crate::plan::render::render(&changes));
            Ok(())
        }
        TopologyCommand::Export { out: file } => {
            let Some(t) = published(ctx).await? else {
                return Err(InvalidInput("no topology is published yet: pchat topology publish -f FILE".into()).into());
            };
            let text = as_file(&t)?;
            match file {
                Some(file) => {
                    std::fs::write(&file, text).with_context(|| format!("writing {}", file.display()))?;
                    out.note(format!("wrote topology version {} to {}", t.version, file.display()));
                    Ok(())
                }
                None => {
                    print!("{text}");
                    Ok(())
                }
            }
        }
    }
}
