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
            if !source.exists() {
                return Err(InvalidInput(format!("{}: no such file or directory", source.display())).into());
            }
            let placement = crate::archive::lync::Placement { pool, category };
            let converted = crate::archive::lync::convert(&source, &target, &placement)
                .map_err(|e| InvalidInput(format!("converting {}: {e}", source.display())))?;
            if out.structured() {
                return out.data(&converted);
            }
            let c = &converted.manifest_counts;
            out.note(format!(
                "wrote {} from {}: {} rooms, {} messages, {} users, {} categories",
                target.display(),
                crate::api::text::count(converted.files_read as usize, "compliance file"),
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
    }
}
