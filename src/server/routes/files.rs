//! Files in rooms: `POST /v1/rooms/{name}/files?name=` stores the body in the pool's file
//! store (where the category allows uploads, within the effective `max_file_size_kb`);
//! `GET /v1/rooms/{name}/files/{id}` gives it back to whoever may read the room.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::messages::{room_for, Need};
use crate::api::{ErrorCode, EventKind, FileInfo, PoolQuery, UploadQuery, MAX_FILE_NAME_CHARS};
use crate::server::auth::Caller;
use crate::server::body::{Json, LARGE_BODY};
use crate::server::error::{ApiError, ApiResult, Path, Query};
use crate::server::files::SaveError;
use crate::server::AppState;
use crate::store::StoredFile;

/// A file's name is what people see, never a path: no separators, no `.` or `..`, no
/// control characters.
fn check_name(name: &str) -> ApiResult<()> {
    let bad = |detail: String| ApiError::field(ErrorCode::InvalidValue, "name", detail);
    let chars = name.chars().count();
    if name.trim().is_empty() {
        return Err(ApiError::field(ErrorCode::Required, "name", "the file needs a name (?name=)"));
    }
    if chars > MAX_FILE_NAME_CHARS {
        return Err(ApiError::field(
            ErrorCode::TooLong,
            "name",
            format!("the file name is {chars} characters; the limit is {MAX_FILE_NAME_CHARS}"),
        ));
    }
    if name.contains(['/', '\\']) || name == "." || name == ".." {
        return Err(bad(format!("the file name {name:?} is a path; give the file's name only")));
    }
    if let Some(c) = crate::api::text::first_unsafe_char(name) {
        return Err(bad(format!("the file name holds the control or invisible character U+{:04X}", c as u32)));
    }
    Ok(())
}

/// The type an upload declares, when it is a plain `type/subtype`.
fn content_type(headers: &HeaderMap) -> String {
    let declared = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let mime = declared.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let token = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b));
    match mime.split_once('/') {
        Some((t, sub)) if token(t) && token(sub) && mime.len() <= 127 => mime,
        _ => "application/octet-stream".into(),
    }
}

pub async fn upload(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    Query(q): Query<UploadQuery>,
    headers: HeaderMap,
    body: axum::body::Body,
) -> ApiResult<(StatusCode, Json<FileInfo>)> {
    let (model, chatter) = state.chat.access.chatter(&*state.store, &caller).await?;
    let (room, _) = room_for(&state, &model, &chatter, &name, q.pool.as_deref(), Need::Post).await?;
    if !model.category_of(&room).is_some_and(|c| c.category.file_upload) {
        return Err(ApiError::new(
            ErrorCode::FileUploadOff,
            format!("room {name:?} is in category {:?}, which does not allow file uploads", room.category),
        ));
    }
    check_name(&q.name)?;
    let Some(store) = &state.files else {
        return Err(ApiError::new(
            ErrorCode::Unavailable,
            "this server has no file store: start it with --file-store DIR (every node of the pool names the same)",
        ));
    };
    let limit_kb = model.max_file_size_kb(&room);
    let limit = limit_kb as u64 * 1024;
    let too_large = || {
        ApiError::new(
            ErrorCode::FileTooLarge,
            format!("the file is over {limit_kb} KB, the largest room {name:?} takes (max_file_size_kb)"),
        )
    };
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    let _slot = match declared.is_none_or(|n| n > LARGE_BODY as u64) {
        true => Some(state.large_bodies.acquire().await.map_err(ApiError::internal)?),
        false => None,
    };
    let saved = store.save(body, limit).await.map_err(|e| match e {
        SaveError::TooLarge(_) => too_large(),
        SaveError::Stalled => ApiError::new(ErrorCode::RequestTimeout, e.to_string()),
        SaveError::Body(_) => ApiError::new(ErrorCode::BadRequest, e.to_string()),
        SaveError::Io(e) => ApiError::internal(format!("writing into the file store: {e}")),
    })?;
    let mut file = StoredFile {
        id: 0,
        room_id: room.meta.id,
        sha256: saved.sha256,
        name: q.name,
        size: saved.size as i64,
        content_type: content_type(&headers),
        sender: chatter.sip().unwrap_or_default().to_string(),
        uploaded_at: crate::store::now_ms(),
    };
    let detail = file_detail(&file);
    let record = model.event(&chatter, &room, EventKind::FileUpload, 0, file.name.clone(), detail);
    file.id = state.store.insert_file(&file, record.as_ref()).await?;
    Ok((StatusCode::CREATED, Json(info(&file, &room.name, &room.pool))))
}

/// What compliance keeps of a file besides its name: its content's hash, size and type.
fn file_detail(f: &StoredFile) -> String {
    serde_json::json!({ "sha256": f.sha256, "size": f.size, "content_type": f.content_type }).to_string()
}

fn info(f: &StoredFile, room: &str, pool: &str) -> FileInfo {
    FileInfo {
        id: f.id,
        room: room.to_string(),
        pool: pool.to_string(),
        name: f.name.clone(),
        size: f.size,
        content_type: f.content_type.clone(),
        sha256: f.sha256.clone(),
        sender: f.sender.clone(),
        uploaded_at: crate::store::format_ms(f.uploaded_at),
    }
}

/// `Content-Disposition` for a name people gave: an ASCII fallback and the name itself,
/// percent-encoded (RFC 6266).
fn disposition(name: &str) -> String {
    let fallback: String =
        name.chars().map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' { c } else { '_' }).collect();
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{}", crate::api::path_segment(name))
}

pub async fn download(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path((name, id)): Path<(String, String)>,
    Query(q): Query<PoolQuery>,
) -> ApiResult<Response> {
    let (model, chatter) = state.chat.access.chatter(&*state.store, &caller).await?;
    let (room, _) = room_for(&state, &model, &chatter, &name, q.pool.as_deref(), Need::Read).await?;
    let missing = || ApiError::not_found("file", &id);
    let id: i64 = id.parse().map_err(|_| missing())?;
    let found = state.store.read().await?.files_by_id(&[id]).await?;
    let file = found.into_iter().find(|f| f.room_id == room.meta.id).ok_or_else(missing)?;
    let Some(store) = &state.files else {
        return Err(ApiError::new(ErrorCode::Unavailable, "this server has no file store"));
    };
    let content = store
        .read(&file.sha256)
        .await
        .map_err(|e| ApiError::internal(format!("reading file {id} from the file store: {e}")))?;
    if let Some(event) =
        model.event(&chatter, &room, EventKind::FileDownload, file.id, file.name.clone(), file_detail(&file))
    {
        crate::server::compliance::record(&*state.store, &[event]).await?;
    }
    // Sent as it is read, 64 KiB at a time: a file of 2 GB is never held in memory.
    let chunks = futures_util::stream::unfold(Some(content), |content| async move {
        use tokio::io::AsyncReadExt;
        let mut content = content?;
        let mut chunk = vec![0u8; 64 * 1024];
        match content.read(&mut chunk).await {
            Ok(0) => None,
            Ok(n) => {
                chunk.truncate(n);
                Some((Ok(axum::body::Bytes::from(chunk)), Some(content)))
            }
            Err(e) => Some((Err(e), None)),
        }
    });
    let body = axum::body::Body::from_stream(chunks);
    Ok((
        [
            (header::CONTENT_TYPE, file.content_type.clone()),
            (header::CONTENT_DISPOSITION, disposition(&file.name)),
            (header::HeaderName::from_static("x-content-type-options"), "nosniff".to_string()),
        ],
        body,
    )
        .into_response())
}
