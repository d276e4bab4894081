//! `pchat migration verify` (an archive checked offline, no server needed) and the
//! importers that write archives from other systems' files.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::Context;

use super::InvalidInput;
use crate::api::migration::{ExportRequest, ImportQuery, ImportReport, OnConflict, JOB_HEADER};
use crate::archive::io::Writer;
use crate::archive::stream::{Frame, FrameReader};
use crate::archive::verify::{verify, Statistics};
use crate::cli::{ConflictArg, MigrationCommand};
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
                    crate::say!("{name}: {p}");
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
        MigrationCommand::FromLyncCompliance { source, to, category } => {
            let placement = placement(&to, category);
            converted(out, &source, &to.out, crate::archive::lync::convert(&source, &to.out, &placement))
        }
        MigrationCommand::FromSlack { source, to, category } => {
            let placement = placement(&to, category);
            converted(out, &source, &to.out, crate::archive::slack::convert(&source, &to.out, &placement))
        }
        MigrationCommand::FromMattermost { source, to } => {
            let placement = placement(&to, "imported".into());
            converted(out, &source, &to.out, crate::archive::mattermost::convert(&source, &to.out, &placement))
        }
        MigrationCommand::Export { .. } | MigrationCommand::Import { .. } => unreachable!("run by run_remote()"),
    }
}

fn placement(to: &crate::cli::ConvertTo, category: String) -> crate::archive::build::Placement {
    crate::archive::build::Placement { pool: to.pool.clone(), category, site: to.site.clone() }
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

/// `pchat migration export` and `import`, which talk to a server.
pub async fn run_remote(ctx: &super::Ctx, command: MigrationCommand) -> anyhow::Result<()> {
    match command {
        MigrationCommand::Export { all, pools, categories, rooms, definitions_only, since, out: target } => {
            let since = since.map(|t| super::messages::time_arg("--since", &t)).transpose()?;
            let request = ExportRequest { all, pools, categories, rooms, definitions_only, since };
            export(ctx, &request, &target).await
        }
        MigrationCommand::Import {
            archive,
            dry_run,
            on_conflict,
            pool,
            category,
            rooms,
            allow_same_store,
            wait,
            no_wait,
        } => {
            let on_conflict = on_conflict.map(|c| match c {
                ConflictArg::Skip => OnConflict::Skip,
                ConflictArg::Rename => OnConflict::Rename,
                ConflictArg::Merge => OnConflict::Merge,
            });
            let rooms = (!rooms.is_empty()).then(|| rooms.join("\n"));
            let query = ImportQuery { dry_run, on_conflict, pool, category, rooms, allow_same_store };
            let follow = wait || (!no_wait && std::io::stderr().is_terminal());
            import(ctx, &archive, &query, follow).await
        }
        _ => unreachable!("offline commands are run by run()"),
    }
}

/// Streams an export into an archive at `target`; on any failure nothing of it is left.
pub async fn export(ctx: &super::Ctx, request: &ExportRequest, target: &Path) -> anyhow::Result<()> {
    let shown = target.display().to_string();
    if target.exists()
        && (target.is_file() || std::fs::read_dir(target).map(|mut d| d.next().is_some()).unwrap_or(true))
    {
        return Err(InvalidInput(format!(
            "{shown} exists already: give a new path (a .pchat file or an empty directory)"
        ))
        .into());
    }
    let mut response =
        ctx.client.post_streamed("/v1/migration/export", request).await.context("starting the export")?;
    let job = response.headers().get(JOB_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("?").to_string();
    let bar = ctx.out.progress(0, &format!("export (job {job})"));
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} {spinner} {bytes} ({bytes_per_sec}, {elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    let mut writer = Writer::create(target).with_context(|| format!("creating the archive {shown}"))?;
    let mut frames = FrameReader::default();
    let mut member: Option<(String, crate::archive::io::MemberWriter<'_>)> = None;
    let manifest = loop {
        let chunk = response.chunk().await.map_err(|e| {
            anyhow::anyhow!("the export (job {job}) was cut short: {e}; the partial archive {shown} was removed")
        })?;
        let Some(chunk) = chunk else {
            anyhow::bail!("the export (job {job}) ended before its manifest; the partial archive {shown} was removed");
        };
        bar.inc(chunk.len() as u64);
        frames.push(&chunk);
        let mut end = None;
        while let Some(frame) =
            frames.next_frame().map_err(|e| anyhow::anyhow!("the export's stream is not sound: {e}"))?
        {
            match frame {
                Frame::Chunk { member: name, data } => {
                    if member.as_ref().is_none_or(|(current, _)| *current != name) {
                        if let Some((_, done)) = member.take() {
                            done.finish().with_context(|| format!("writing {shown}"))?;
                        }
                        let next = writer.member(&name).with_context(|| format!("writing {shown}"))?;
                        member = Some((name, next));
                    }
                    if let Some((_, m)) = member.as_mut() {
                        m.write_all(&data).with_context(|| format!("writing {shown}"))?;
                        m.count_lines(&data);
                    }
                }
                Frame::End(manifest) => end = Some(manifest),
                Frame::Error(problem) => {
                    let detail = problem["detail"].as_str().unwrap_or("the server failed").to_string();
                    anyhow::bail!("the export (job {job}) failed on the server: {detail}; the partial archive {shown} was removed");
                }
            }
        }
        if let Some(manifest) = end {
            break manifest;
        }
    };
    if let Some((_, done)) = member.take() {
        done.finish().with_context(|| format!("writing {shown}"))?;
    }
    let mut manifest = *manifest;
    manifest.source.server = ctx.client.base_url().to_string();
    let written = writer.finish(manifest).with_context(|| format!("writing {shown}"))?;
    bar.finish_and_clear();
    let c = &written.counts;
    if ctx.out.structured() {
        return ctx.out.data(&written);
    }
    ctx.out.note(format!(
        "wrote {shown} (job {job}): {} rooms, {} messages, {} files, {} users, {} categories",
        c.rooms, c.messages, c.files, c.users, c.categories
    ));
    ctx.out.note(format!("check it with: pchat migration verify {shown}"));
    Ok(())
}

/// Packs a directory archive into a temporary .pchat file (the upload is one stream).
fn packed(archive: &Path) -> anyhow::Result<(std::path::PathBuf, Option<tempfile::TempDir>)> {
    if crate::archive::io::is_packed(archive) {
        return Ok((archive.to_path_buf(), None));
    }
    let dir = tempfile::tempdir().context("creating a temporary directory to pack the archive")?;
    let target = dir.path().join("archive.pchat");
    let mut writer = Writer::create(&target)?;
    let mut manifest = None;
    crate::archive::io::for_each_member(archive, |name, reader| {
        if name == crate::archive::format::MANIFEST {
            let mut bytes = Vec::new();
            reader.read_to_end(&mut bytes)?;
            manifest = Some(bytes);
            return Ok(());
        }
        let mut m = writer.member(name)?;
        let mut buf = vec![0u8; 256 * 1024];
        loop {
            let n = reader.read(&mut buf)?;
            if n == 0 {
                break;
            }
            m.write_all(&buf[..n])?;
            m.count_lines(&buf[..n]);
        }
        m.finish().map(|_| ())
    })
    .with_context(|| format!("reading {}", archive.display()))?;
    let Some(manifest) = manifest else {
        return Err(InvalidInput(format!("{}: the archive has no manifest.json", archive.display())).into());
    };
    // The manifest goes as it is: the server checks the members against it, not against
    // what packing them counted.
    writer.finish_with(&manifest).context("packing the archive")?;
    Ok((target, Some(dir)))
}

/// Prints a refusal's every problem (conflicts, an archive's problems) before the error.
fn with_problems(err: crate::client::ClientError) -> anyhow::Error {
    if let Some(problem) = err.problem() {
        for e in problem.errors.iter().take(50) {
            crate::say!("  {}: {}", e.field.as_deref().unwrap_or("-"), e.detail);
        }
        if problem.errors.len() > 50 {
            crate::say!("  and {} more", problem.errors.len() - 50);
        }
    }
    anyhow::Error::new(err)
}

pub async fn import(ctx: &super::Ctx, archive: &Path, query: &ImportQuery, follow: bool) -> anyhow::Result<()> {
    let shown = archive.display().to_string();
    if !archive.exists() {
        return Err(InvalidInput(format!("{shown}: no such archive (a directory or a .pchat file)")).into());
    }
    let (file, _scratch) = packed(archive)?;
    let upload = tokio::fs::File::open(&file).await.with_context(|| format!("opening {}", file.display()))?;
    let report: ImportReport = ctx
        .client
        .upload_file("/v1/migration/import", query, upload)
        .await
        .map_err(with_problems)
        .with_context(|| format!("importing {shown}"))?;
    if ctx.out.structured() && (report.dry_run || !follow) {
        return ctx.out.data(&report);
    }
    if !ctx.out.structured() {
        ctx.out.rows(&["", "COUNT"], statistics_rows(&report.statistics))?;
        print_plan(&report.plan);
    }
    let Some(job) = report.job else {
        ctx.out.note(format!("{shown}: the archive is sound and the server accepts it; nothing was changed (dry run)"));
        return Ok(());
    };
    if !follow {
        ctx.out.note(format!("import started as job {}: pchat jobs follow {}", job.id, job.id));
        return Ok(());
    }
    super::jobs::follow(ctx, job.id).await
}

/// The plan-style list of what the import does with each object.
fn print_plan(plan: &[crate::api::migration::PlannedObject]) {
    use crate::api::migration::ImportAction;
    let mut kept = 0;
    for p in plan {
        let (sign, what) = match p.action {
            ImportAction::Create => ("+", "create"),
            ImportAction::Rename => ("+", "create, renamed"),
            ImportAction::Merge => ("~", "merge into the existing one"),
            ImportAction::Skip => ("=", "skip (the server's is kept)"),
            ImportAction::Exists => {
                kept += 1;
                continue;
            }
        };
        let to = p.to.as_deref().map(|t| format!(" → {t}")).unwrap_or_default();
        let messages = p.messages.map(|n| format!(", {n} messages")).unwrap_or_default();
        crate::say!("{sign} {} {}{to} ({what}{messages})", p.kind, p.name);
    }
    if kept > 0 {
        crate::say!("  {} already on the server, kept as they are", crate::api::text::count(kept, "object"));
    }
}
