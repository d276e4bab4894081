//! `pchat migration verify` (an archive checked offline, no server needed) and the
//! importers that write archives from other systems' files.

use super::InvalidInput;
use crate::archive::verify::{verify, Statistics};
use crate::cli::MigrationCommand;
use crate::output::Output;

fn statistics_rows(s: &Statistics) -> Vec<Vec<String>> {
    let c = &s.counts;
    let mut rows: Vec<Vec<String>> = [
        ("users", c.users),
        ("groups", c.groups),
        ("policies", c.policies),
        ("chat configuration scopes", c.chat_config),
        ("add-ins", c.addins),
        ("categories", c.categories),
        ("rooms", c.rooms),
        ("  with history", s.rooms_with_history),
        ("room entries", c.memberships),
        ("messages", c.messages),
        ("files", c.files),
    ]
    .iter()
    .map(|(what, n)| vec![what.to_string(), n.to_string()])
    .collect();
    if let (Some(first), Some(last)) = (&s.first_message_at, &s.last_message_at) {
        rows.push(vec!["messages from".into(), format!("{first} to {last}")]);
    }
    rows.push(vec!["file bytes".into(), s.file_bytes.to_string()]);
    rows.push(vec!["archive bytes".into(), s.archive_bytes.to_string()]);
    rows
}

pub fn run(out: &Output, command: MigrationCommand) -> anyhow::Result<()> {
    match command {
        MigrationCommand::Verify { archive } => {
            let name = archive.display().to_string();
            if !archive.exists() {
                return Err(InvalidInput(format!("{name}: no such archive (a directory or a .pchat file)")).into());
            }
            let verified = verify(&archive);
            if out.structured() {
                out.data(&verified)?;
            } else {
                for p in &verified.problems {
                    eprintln!("{name}: {p}");
                }
                out.rows(&["", "COUNT"], statistics_rows(&verified.statistics))?;
            }
            if !verified.problems.is_empty() {
                return Err(InvalidInput(format!(
                    "verifying {name}: {}",
                    crate::api::text::count(verified.problems.len(), "problem")
                ))
                .into());
            }
            if !out.structured() {
                out.note(format!(
                    "{name}: the archive is sound (format version {}, made {} from {})",
                    verified.statistics.format_version,
                    verified.statistics.created_at,
                    verified.statistics.source_server
                ));
            }
            Ok(())
        }
        MigrationCommand::FromLyncCompliance { source, out: target, pool, category } => {
            let placement = crate::archive::build::Placement { pool, category };
            converted(out, &source, &target, crate::archive::lync::convert(&source, &target, &placement))
        }
        MigrationCommand::FromMattermost { source, out: target, pool } => {
            let placement = crate::archive::build::Placement { pool, category: "imported".into() };
            converted(out, &source, &target, crate::archive::mattermost::convert(&source, &target, &placement))
        }
    }
}

/// Reports a conversion: what the archive holds and what was left out.
fn converted(
    out: &Output,
    source: &std::path::Path,
    target: &std::path::Path,
    result: Result<crate::archive::build::Converted, Box<dyn std::error::Error>>,
) -> anyhow::Result<()> {
    if !source.exists() {
        return Err(InvalidInput(format!("{}: no such file or directory", source.display())).into());
    }
    let converted = result.map_err(|e| InvalidInput(format!("converting {}: {e}", source.display())))?;
    if out.structured() {
        return out.data(&converted);
    }
    let c = &converted.manifest_counts;
    out.note(format!(
        "wrote {} from {}: {} rooms, {} messages, {} users, {} categories",
        target.display(),
        source.display(),
        c.rooms,
        c.messages,
        c.users,
        c.categories
    ));
    for (kind, n) in &converted.not_imported {
        out.note(format!("not imported: {n} {kind}"));
    }
    out.note(format!("check it with: pchat migration verify {}", target.display()));
    Ok(())
}
