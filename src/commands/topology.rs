//! `pchat topology validate`: a topology file checked offline against every rule, each
//! problem told at FILE:LINE:COLUMN with its rule id and a fix.

use serde::Serialize;

use super::InvalidInput;
use crate::api::topology::{validate, Severity, TopologySpec};
use crate::cli::TopologyCommand;
use crate::output::Output;
use crate::plan::yaml::LocatedDoc;

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

/// Reads the file's one Topology document and checks it; every problem, located.
fn check(file: &str, text: &str) -> Vec<Located> {
    let docs = match crate::plan::yaml::parse(text) {
        Ok(docs) => docs,
        Err(e) => {
            return vec![Located {
                file: file.into(),
                line: e.pos.line.max(1),
                column: e.pos.col.max(1),
                rule: "yaml".into(),
                severity: Severity::Error,
                path: String::new(),
                message: e.message,
                hint: "fix the YAML; `pchat topology validate` reads it as plans are read".into(),
            }]
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
            return out;
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
            return out;
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
            return out;
        }
    };
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
    out
}

pub fn run(out: &Output, command: TopologyCommand) -> anyhow::Result<()> {
    match command {
        TopologyCommand::Validate { file, strict } => {
            let name = file.display().to_string();
            let text = crate::plan::load::read_plan_file(&file, crate::plan::load::MAX_PLAN_FILE_BYTES)
                .map_err(|e| InvalidInput(format!("{name}: {e}")))?;
            let problems = check(&name, &text);
            let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
            let warnings = problems.len() - errors;
            if out.structured() {
                out.data(&problems)?;
            } else {
                for p in &problems {
                    let level = if p.severity == Severity::Error { "error" } else { "warning" };
                    eprintln!("{}:{}:{}: {level}[{}]: {}", p.file, p.line, p.column, p.rule, p.message);
                    eprintln!("  hint: {}", p.hint);
                }
            }
            if errors > 0 || (strict && warnings > 0) {
                return Err(InvalidInput(format!(
                    "validating {name}: {} and {}",
                    crate::api::text::count(errors, "error"),
                    crate::api::text::count(warnings, "warning")
                ))
                .into());
            }
            if !out.structured() {
                out.note(format!("{name}: the topology is valid ({})", crate::api::text::count(warnings, "warning")));
            }
            Ok(())
        }
    }
}
