//! `POST /v1/migration/import`: the archive is spooled to a temporary file, checked whole
//! (manifest, every checksum, references: `archive::verify`), its definitions planned
//! against the server (what exists, what conflicts and what `on_conflict` does with it) and
//! validated by the changeset engine. A dry run stops there. Otherwise a job applies the
//! definitions through the changeset path and then each room's messages through the
//! store's bulk path, batch by batch, each batch with its mark in one transaction: run
//! again after a crash, the import goes on after the last batch that committed.

use std::collections::{BTreeSet, HashMap};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use http_body_util::BodyExt;

use crate::api::migration::{ImportAction, ImportQuery, ImportReport, JobError, JobState};
use crate::api::{ChangesetRequest, ErrorCode, FieldError, FileRef};
use crate::archive::format::*;
use crate::archive::io::for_each_member;
use crate::server::auth::Caller;
use crate::server::changeset;
use crate::server::error::{ApiError, ApiResult};
use crate::server::AppState;
use crate::store::{ImportBatch, ImportedMessage, StoredFile};

use super::jobs::JobHandle;
use super::plan::{archive_id, only_rooms, plan, read_definitions, Plan};

/// Messages written per transaction.
const BATCH: usize = 2_000;
/// An upload that stalls this long is given up.
const IDLE: std::time::Duration = std::time::Duration::from_secs(60);

/// Writes the request body to a temporary file, as it arrives.
async fn spool(body: axum::body::Body) -> ApiResult<tempfile::NamedTempFile> {
    use tokio::io::AsyncWriteExt;
    let temp = tempfile::Builder::new()
        .prefix("pchat-import-")
        .suffix(".pchat")
        .tempfile()
        .map_err(|e| ApiError::internal(format!("creating a temporary file for the upload: {e}")))?;
    let file = temp.reopen().map_err(|e| ApiError::internal(format!("opening the upload's temporary file: {e}")))?;
    let mut file = tokio::io::BufWriter::new(tokio::fs::File::from_std(file));
    let mut body = body;
    loop {
        let frame = match tokio::time::timeout(IDLE, body.frame()).await {
            Err(_) => return Err(ApiError::new(ErrorCode::RequestTimeout, "the archive stopped arriving")),
            Ok(None) => break,
            Ok(Some(Err(e))) => {
                return Err(ApiError::new(ErrorCode::BadRequest, format!("reading the archive failed: {e}")))
            }
            Ok(Some(Ok(frame))) => frame,
        };
        let Ok(data) = frame.into_data() else { continue };
        file.write_all(&data).await.map_err(|e| ApiError::internal(format!("spooling the archive: {e}")))?;
    }
    file.flush().await.map_err(|e| ApiError::internal(format!("spooling the archive: {e}")))?;
    Ok(temp)
}

fn invalid_archive(problems: &[crate::archive::verify::Problem]) -> ApiError {
    let errors: Vec<FieldError> = problems
        .iter()
        .map(|p| FieldError {
            index: None,
            field: Some(match p.line {
                Some(line) => format!("{}:{line}", p.member),
                None => p.member.clone(),
            }),
            code: ErrorCode::InvalidArchive,
            detail: p.message.clone(),
        })
        .collect();
    let mut e = ApiError::from_errors(errors);
    e.0.detail = format!(
        "the archive is not sound ({}); nothing was imported: {}",
        crate::api::text::count(problems.len(), "problem"),
        problems.first().map(|p| p.to_string()).unwrap_or_default()
    );
    e
}

fn blocking_failed(e: tokio::task::JoinError) -> ApiError {
    ApiError::internal(format!("an import's worker stopped: {e}"))
}

/// Checks and plans an import; unless it is a dry run, starts the job that does it.
pub async fn start(
    state: Arc<AppState>,
    caller: Caller,
    q: ImportQuery,
    body: axum::body::Body,
) -> ApiResult<ImportReport> {
    caller.require_admin()?;
    let spooled = spool(body).await?;
    let path = spooled.path().to_path_buf();
    let verified = {
        let path = path.clone();
        tokio::task::spawn_blocking(move || crate::archive::verify::verify(&path)).await.map_err(blocking_failed)?
    };
    if !verified.problems.is_empty() {
        return Err(invalid_archive(&verified.problems));
    }
    let Some(manifest) = verified.manifest.clone() else {
        return Err(invalid_archive(&[crate::archive::verify::Problem {
            member: MANIFEST.into(),
            line: None,
            message: "the archive has no manifest".into(),
        }]));
    };
    let archive = archive_id(&manifest);
    let store_id = state.store.store_id().await?;
    if !manifest.source.store_id.is_empty() && manifest.source.store_id == store_id && !q.allow_same_store {
        return Err(ApiError::new(
            ErrorCode::SameStore,
            format!(
                "this archive was exported from this very store ({store_id}, on {}): importing it would copy \
                 every room onto itself. Give --allow-same-store with --on-conflict rename to make copies",
                manifest.created_at
            ),
        ));
    }
    let definitions = {
        let path = path.clone();
        tokio::task::spawn_blocking(move || read_definitions(&path))
            .await
            .map_err(blocking_failed)?
            .map_err(|e| ApiError::new(ErrorCode::InvalidArchive, format!("reading the archive's definitions: {e}")))?
    };
    let mut definitions = definitions;
    if let Some(rooms) = &q.rooms {
        let names: Vec<String> = rooms.lines().map(str::trim).filter(|n| !n.is_empty()).map(String::from).collect();
        only_rooms(&mut definitions, &names)?;
    }
    let plan = plan(&state, &definitions, &q, &archive, &manifest).await?;
    if !plan.operations.is_empty() {
        let request = ChangesetRequest { dry_run: true, allow_destroy: false, operations: plan.operations.clone() };
        changeset::execute(&*state.store, caller.clone(), request).await?;
    }
    let mut report = ImportReport {
        dry_run: q.dry_run,
        archive: archive.clone(),
        statistics: verified.statistics.clone(),
        plan: plan.objects.clone(),
        job: None,
    };
    if q.dry_run {
        return Ok(report);
    }
    let detail = format!(
        "archive {archive} from {} ({}), {} rooms, {} messages{}",
        if manifest.source.server.is_empty() { "another system" } else { manifest.source.server.as_str() },
        manifest.created_at,
        manifest.counts.rooms,
        manifest.counts.messages,
        q.on_conflict
            .map(|c| format!(", on conflict {}", serde_json::to_value(c).unwrap_or_default().as_str().unwrap_or("")))
            .unwrap_or_default()
    );
    let job = JobHandle::start(state.store.clone(), "import", caller.actor(), &state.node_name, detail).await?;
    let id = job.id;
    let state_for_report = state.clone();
    job.total("definitions", plan.operations.len() as u64);
    job.total("messages", manifest.counts.messages);
    job.total("files", manifest.counts.files);
    tokio::spawn(async move {
        let run = Run { state: &state, job: &job, archive: &archive, path: &path };
        let outcome = run.run(caller, plan).await;
        drop(spooled);
        match outcome {
            Ok(()) => job.finish(JobState::Succeeded, None).await,
            Err(stop) => job.finish(stop.state, Some(stop.error)).await,
        }
    });
    if let Some(row) = state_for_report.store.read().await?.job(id).await? {
        report.job = Some(super::jobs::view(row));
    }
    Ok(report)
}

/// Why a job stopped, and what it left.
struct Stop {
    state: JobState,
    error: JobError,
}

struct Run<'a> {
    state: &'a AppState,
    job: &'a JobHandle,
    archive: &'a str,
    path: &'a PathBuf,
}

/// One batch of a room's messages, read from the archive by the blocking reader.
struct Batch {
    room: usize,
    member: String,
    /// The line of the batch's first message.
    line: u64,
    records: Vec<MessageRecord>,
}

impl Run<'_> {
    async fn run(&self, caller: Caller, plan: Plan) -> Result<(), Stop> {
        let before = "the server is as it was before the job";
        let resumable = "resumable: the definitions and the batches of messages that committed are in; run the same import again to finish it";
        if !plan.operations.is_empty() {
            let request =
                ChangesetRequest { dry_run: false, allow_destroy: false, operations: plan.operations.clone() };
            match changeset::execute(&*self.state.store, caller, request).await {
                Ok(result) => self.state.chat.hub.rooms_changed(&result.results).await,
                Err(e) => {
                    return Err(Stop {
                        state: JobState::Failed,
                        error: JobError {
                            code: e.0.code.as_str().into(),
                            message: e.0.detail.clone(),
                            location: e.0.field.clone(),
                            left: Some(before.into()),
                        },
                    })
                }
            }
            self.job.done("definitions", plan.operations.len() as u64);
        }
        let fail = |code: &str, message: String, location: Option<String>| Stop {
            state: JobState::Failed,
            error: JobError { code: code.into(), message, location, left: Some(resumable.into()) },
        };
        // The store failing: the batches that committed stay, the mark says how far.
        let store_failed = |at: Option<&str>| {
            let at = at.map(String::from);
            move |e: crate::store::StoreError| fail("unavailable", e.to_string(), at)
        };
        // Each room's id on the server and where this import stands in it.
        let mut targets: HashMap<String, (usize, i64, i64, i64)> = HashMap::new();
        {
            let mut tx = self.state.store.read().await.map_err(store_failed(None))?;
            for (i, r) in plan.rooms.iter().enumerate() {
                let (
                    Some(member),
                    ImportAction::Create | ImportAction::Exists | ImportAction::Rename | ImportAction::Merge,
                ) = (&r.member, r.action)
                else {
                    continue;
                };
                let found = tx.rooms_by_name(std::slice::from_ref(&r.name)).await.map_err(store_failed(None))?;
                let Some(room) = found.into_iter().find(|x| x.pool == r.pool) else {
                    return Err(fail(
                        "not_found",
                        format!("room {}/{} is not on the server after its definitions", r.pool, r.name),
                        None,
                    ));
                };
                let (done, offset) =
                    match tx.import_mark(self.archive, room.meta.id).await.map_err(store_failed(None))? {
                        Some(mark) => mark,
                        None if r.action == ImportAction::Merge => {
                            (0, tx.room_activity(room.meta.id).await.map_err(store_failed(None))?.last_seq)
                        }
                        None => (0, 0),
                    };
                targets.insert(member.clone(), (i, room.meta.id, done, offset));
            }
        }
        let (sender, mut batches) = tokio::sync::mpsc::channel::<Result<Batch, String>>(4);
        let files = self.state.files.as_ref().map(|f| f.root().to_path_buf());
        let reader = {
            let path = self.path.clone();
            let wanted: HashMap<String, (usize, i64)> =
                targets.iter().map(|(m, (i, _, done, _))| (m.clone(), (*i, *done))).collect();
            let job_files = files.clone();
            tokio::task::spawn_blocking(move || read_messages(&path, &wanted, job_files.as_deref(), &sender))
        };
        let mut file_ids: HashMap<(i64, String), i64> = HashMap::new();
        while let Some(batch) = batches.recv().await {
            let batch = batch.map_err(|e| fail("invalid_archive", e, None))?;
            let room = &plan.rooms[batch.room];
            let (_, room_id, _, offset) = targets[&batch.member];
            let location = format!("{}:{}", batch.member, batch.line);
            let ids: Vec<i64> = batch.records.iter().map(|m| m.id).collect();
            let taken: BTreeSet<i64> = {
                let mut tx = self.state.store.read().await.map_err(store_failed(Some(&location)))?;
                tx.taken_message_ids(&ids).await.map_err(store_failed(Some(&location)))?.into_iter().collect()
            };
            let mut messages = Vec::with_capacity(batch.records.len());
            let mut fresh = BTreeSet::new();
            for m in &batch.records {
                let mut refs = Vec::new();
                for f in &m.files {
                    let key = (room_id, f.sha256.clone());
                    let id = match file_ids.get(&key) {
                        Some(id) => *id,
                        None => {
                            let stored = StoredFile {
                                id: 0,
                                room_id,
                                sha256: f.sha256.clone(),
                                name: f.name.clone(),
                                size: f.size as i64,
                                content_type: f.content_type.clone(),
                                sender: m.sender.clone(),
                                uploaded_at: crate::store::parse_ms(&m.posted_at),
                            };
                            let id = self
                                .state
                                .store
                                .insert_file(&stored, None)
                                .await
                                .map_err(store_failed(Some(&location)))?;
                            file_ids.insert(key, id);
                            id
                        }
                    };
                    refs.push(FileRef {
                        id,
                        name: f.name.clone(),
                        size: f.size as i64,
                        content_type: f.content_type.clone(),
                    });
                }
                // An id is kept when the archive gives one (0: another system gave none)
                // and the server has not given it out.
                let keep = m.id > 0 && !taken.contains(&m.id) && fresh.insert(m.id);
                messages.push(ImportedMessage {
                    id: keep.then_some(m.id),
                    seq: m.seq + offset,
                    sender: m.sender.clone(),
                    posted_at: crate::store::parse_ms(&m.posted_at),
                    kind: m.kind,
                    title: m.title.clone(),
                    body: m.text.clone(),
                    files: if refs.is_empty() {
                        String::new()
                    } else {
                        serde_json::to_string(&refs).unwrap_or_default()
                    },
                });
            }
            let done_seq = batch.records.last().map_or(0, |m| m.seq);
            let write = ImportBatch {
                archive: self.archive,
                room_id,
                seq_offset: offset,
                done_seq,
                last_seq: room.last_seq + offset,
                messages: &messages,
            };
            self.state.store.import_batch(&write).await.map_err(store_failed(Some(&location)))?;
            self.job.done("messages", messages.len() as u64);
            if self.job.tick().await.is_err() {
                return Err(Stop {
                    state: JobState::Cancelled,
                    error: JobError {
                        code: "cancelled".into(),
                        message: format!("cancelled at {location}"),
                        location: Some(location),
                        left: Some(resumable.into()),
                    },
                });
            }
        }
        let read = reader.await.map_err(|e| fail("internal", e.to_string(), None))?;
        let read = read.map_err(|e| fail("invalid_archive", e, None))?;
        self.job.done("files", read.files);
        // Rooms whose last numbers were removed messages: their counters go that far too.
        for (member, (i, room_id, _, offset)) in &targets {
            let room = &plan.rooms[*i];
            let write = ImportBatch {
                archive: self.archive,
                room_id: *room_id,
                seq_offset: *offset,
                done_seq: room.last_seq,
                last_seq: room.last_seq + offset,
                messages: &[],
            };
            self.state.store.import_batch(&write).await.map_err(store_failed(Some(member)))?;
        }
        self.state.store.settle_after_import().await.map_err(store_failed(None))?;
        Ok(())
    }
}

/// What the blocking reader did besides sending batches.
struct Read {
    files: u64,
}

/// Reads the archive once: files into the file store, and the messages of the rooms
/// wanted (after the number each was done to) in batches.
fn read_messages(
    path: &Path,
    wanted: &HashMap<String, (usize, i64)>,
    files: Option<&Path>,
    sender: &tokio::sync::mpsc::Sender<Result<Batch, String>>,
) -> Result<Read, String> {
    let store = files
        .map(crate::server::files::FileStore::open)
        .transpose()
        .map_err(|e| format!("opening the file store: {e}"))?;
    let mut read = Read { files: 0 };
    let mut stopped = false;
    let result = for_each_member(path, |name, reader| {
        if stopped {
            return Ok(());
        }
        if name.starts_with("files/") {
            if let Some(store) = &store {
                store.save_blocking(reader)?;
                read.files += 1;
            }
            return Ok(());
        }
        let Some((room, done)) = wanted.get(name) else { return Ok(()) };
        let mut batch = Vec::with_capacity(BATCH);
        let mut first_line = 0;
        for (i, line) in BufReader::new(reader).lines().enumerate() {
            let line = line?;
            let record: MessageRecord =
                serde_json::from_str(&line).map_err(|e| std::io::Error::other(format!("{name}:{}: {e}", i + 1)))?;
            if record.seq <= *done || record.removed {
                continue;
            }
            if batch.is_empty() {
                first_line = i as u64 + 1;
            }
            batch.push(record);
            if batch.len() == BATCH {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                if sender
                    .blocking_send(Ok(Batch { room: *room, member: name.into(), line: first_line, records: full }))
                    .is_err()
                {
                    stopped = true;
                    return Ok(());
                }
            }
        }
        if !batch.is_empty()
            && sender
                .blocking_send(Ok(Batch { room: *room, member: name.into(), line: first_line, records: batch }))
                .is_err()
        {
            stopped = true;
        }
        Ok(())
    });
    result.map_err(|e| format!("reading the archive: {e}"))?;
    Ok(read)
}
