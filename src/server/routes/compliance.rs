//! Compliance, for administrators only: the configuration per target (`global`,
//! `pool:NAME`), each pool's exporter status, exports on demand and the recorded events.
//! A configuration write is a management write of its own (one row, one transaction, the
//! generation moves so chat records from the next post on).

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};

use super::{decode_cursor, encode_cursor, if_match, page_size};
use crate::api::validate;
use crate::api::*;
use crate::server::auth::Caller;
use crate::server::body::Json;
use crate::server::compliance::{effective, format_secs};
use crate::server::error::{ApiError, ApiResult, Path, Query};
use crate::server::AppState;
use crate::store::{format_ms, now_ms, BatchFilter, ComplianceTarget};

fn wire(t: &ComplianceTarget) -> ComplianceConfig {
    ComplianceConfig {
        target: t.target.clone(),
        settings: ComplianceSettings {
            enabled: t.enabled,
            adapter: t.adapter.clone(),
            run_interval: t.interval_secs.map(format_secs),
            one_room_per_file: t.one_room_per_file,
            room_details: t.room_details,
            user_details: t.user_details,
            output_dir: t.output_dir.clone(),
            retention: t.retention_secs.map(format_secs),
        },
        revision: t.revision,
        updated_at: format_ms(t.updated_at),
    }
}

/// `global` or `pool:NAME`.
fn check_target(target: &str) -> ApiResult<()> {
    let ok = target == "global"
        || target.strip_prefix("pool:").is_some_and(|n| validate::name("pool name", n, validate::NAME_MAX).is_ok());
    if ok {
        Ok(())
    } else {
        Err(ApiError::field(
            ErrorCode::InvalidValue,
            "target",
            format!("compliance is configured for global or pool:NAME, not {target:?}"),
        ))
    }
}

/// A duration field in seconds, inside `[min, max]`.
fn duration_secs(field: &str, text: &str, (min, max): (i64, i64)) -> ApiResult<i64> {
    let bad = |why: String| ApiError::field(ErrorCode::InvalidValue, field, why);
    let d = humantime::parse_duration(text.trim())
        .map_err(|e| bad(format!("{field} must be a duration such as 15m, 1h or 30days, not {text:?} ({e})")))?;
    let secs = i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
    if secs < min || secs > max || d.subsec_nanos() != 0 {
        return Err(bad(format!(
            "{field} must be from {} to {} in whole seconds, not {text}",
            format_secs(min),
            format_secs(max)
        )));
    }
    Ok(secs)
}

/// Every pool there is to say something about: those categories name, those configured,
/// those with events.
async fn known_pools(state: &AppState) -> ApiResult<(Vec<String>, Vec<ComplianceTarget>)> {
    let mut tx = state.store.read().await?;
    let targets = tx.compliance_targets().await?;
    let mut pools: Vec<String> = tx.all_categories().await?.into_iter().map(|c| c.pool).collect();
    pools.extend(targets.iter().filter_map(|t| t.target.strip_prefix("pool:").map(str::to_string)));
    pools.extend(tx.compliance_pools().await?.into_iter().map(|p| p.pool));
    pools.sort();
    pools.dedup();
    Ok((pools, targets))
}

/// Refuses settings under which a pool records events with nowhere to export them (they
/// would only pile up): every pool a category names, is configured, or has events.
async fn exportable(tx: &mut dyn crate::store::Tx, targets: &[ComplianceTarget]) -> ApiResult<()> {
    let mut pools: Vec<String> = tx.all_categories().await?.into_iter().map(|c| c.pool).collect();
    pools.extend(targets.iter().filter_map(|t| t.target.strip_prefix("pool:").map(str::to_string)));
    pools.extend(tx.compliance_pools().await?.into_iter().map(|p| p.pool));
    if let Some(pool) = pools.iter().find(|p| {
        let e = effective(targets, p);
        e.enabled && e.output_dir.is_none()
    }) {
        return Err(ApiError::field(
            ErrorCode::Required,
            "output_dir",
            format!(
                "compliance in pool {pool} needs an output_dir to export to: give --output-dir DIR (for the pool or globally)"
            ),
        ));
    }
    Ok(())
}

/// `GET /v1/compliance/config`.
pub async fn show(State(state): State<Arc<AppState>>, caller: Caller) -> ApiResult<Json<ComplianceView>> {
    caller.require_admin()?;
    let (pools, targets) = known_pools(&state).await?;
    Ok(Json(ComplianceView {
        targets: targets.iter().map(wire).collect(),
        pools: pools.iter().map(|p| effective(&targets, p)).collect(),
    }))
}

/// `PUT /v1/compliance/config/{target}`: sets the values given, keeps the others.
pub async fn set(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(target): Path<String>,
    headers: HeaderMap,
    Json(body): Json<ComplianceSettings>,
) -> ApiResult<Json<ComplianceConfig>> {
    caller.require_admin()?;
    check_target(&target)?;
    let expected = if_match(&headers)?;
    // Every value checked before anything is read or written.
    if let Some(adapter) = &body.adapter {
        if adapter != XML_ADAPTER {
            return Err(ApiError::field(
                ErrorCode::InvalidValue,
                "adapter",
                format!("the adapter must be {XML_ADAPTER} (the one there is), not {adapter:?}"),
            ));
        }
    }
    let interval = body
        .run_interval
        .as_deref()
        .map(|t| duration_secs("run_interval", t, (MIN_RUN_INTERVAL_SECS, MAX_RUN_INTERVAL_SECS)))
        .transpose()?;
    let retention =
        body.retention.as_deref().map(|t| duration_secs("retention", t, (0, MAX_RETENTION_SECS))).transpose()?;
    if let Some(dir) = body.output_dir.as_deref().filter(|d| !d.is_empty()) {
        if !std::path::Path::new(dir).is_absolute() || dir.contains('\0') || dir.len() > 4096 {
            return Err(ApiError::field(
                ErrorCode::InvalidValue,
                "output_dir",
                format!("output_dir must be an absolute path on the server's nodes, not {dir:?}"),
            ));
        }
    }
    let mut tx = state.store.write().await?;
    let mut targets = tx.compliance_targets().await?;
    let existing = targets.iter().position(|t| t.target == target);
    let before = existing.map(|i| targets[i].clone());
    if let Some(want) = expected {
        let have = before.as_ref().map_or(0, |b| b.revision);
        if want != have {
            let mut e = ApiError::new(
                ErrorCode::StaleRevision,
                format!("compliance configuration {target} is at revision {have}, not {want}: read it again"),
            );
            e.0.current = before.as_ref().and_then(|b| serde_json::to_value(wire(b)).ok());
            return Err(e);
        }
    }
    let mut next = before.clone().unwrap_or(ComplianceTarget { target: target.clone(), ..Default::default() });
    next.enabled = body.enabled.or(next.enabled);
    next.adapter = body.adapter.or(next.adapter);
    next.interval_secs = interval.or(next.interval_secs);
    next.one_room_per_file = body.one_room_per_file.or(next.one_room_per_file);
    next.room_details = body.room_details.or(next.room_details);
    next.user_details = body.user_details.or(next.user_details);
    next.retention_secs = retention.or(next.retention_secs);
    match body.output_dir {
        Some(dir) if dir.is_empty() => next.output_dir = None,
        Some(dir) => next.output_dir = Some(dir),
        None => {}
    }
    next.revision = before.as_ref().map_or(0, |b| b.revision);
    if before.as_ref() == Some(&next) {
        return Ok(Json(wire(&next)));
    }
    next.revision += 1;
    next.updated_at = now_ms();
    match existing {
        Some(i) => targets[i] = next.clone(),
        None => targets.push(next.clone()),
    }
    exportable(&mut *tx, &targets).await?;
    tx.put_compliance_target(&next).await?;
    tx.commit().await?;
    tracing::info!(target, revision = next.revision, "compliance configuration set");
    Ok(Json(wire(&next)))
}

/// `DELETE /v1/compliance/config/{target}`: back to what it inherits.
pub async fn reset(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(target): Path<String>,
) -> ApiResult<StatusCode> {
    caller.require_admin()?;
    check_target(&target)?;
    let mut tx = state.store.write().await?;
    let mut targets = tx.compliance_targets().await?;
    targets.retain(|t| t.target != target);
    exportable(&mut *tx, &targets).await?;
    if !tx.delete_compliance_target(&target).await? {
        return Err(ApiError::not_found("compliance configuration", &target));
    }
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /v1/compliance/status`.
pub async fn status(State(state): State<Arc<AppState>>, caller: Caller) -> ApiResult<Json<ComplianceStatus>> {
    caller.require_admin()?;
    let (pools, targets) = known_pools(&state).await?;
    let (records, last_event_id) = {
        let mut tx = state.store.read().await?;
        (tx.compliance_pools().await?, tx.last_compliance_event_id().await?)
    };
    let pools = pools
        .into_iter()
        .map(|pool| {
            let e = effective(&targets, &pool);
            let r = records.iter().find(|r| r.pool == pool).cloned().unwrap_or_default();
            let next_run = (r.waiting > 0).then(|| {
                if r.pending_batch.is_some() {
                    now_ms()
                } else if r.last_run_at == 0 {
                    // The clock starts at the node's next look.
                    now_ms().saturating_add(e.run_interval_secs.saturating_mul(1000))
                } else {
                    r.last_run_at.saturating_add(e.run_interval_secs.saturating_mul(1000))
                }
            });
            let lease_live = r.holder.is_some() && r.lease_until >= now_ms();
            PoolCompliance {
                pool,
                enabled: e.enabled,
                output_dir: e.output_dir,
                waiting: r.waiting,
                pending_batch: r.pending_batch,
                exported_kept: r.exported_kept,
                last_run_at: (r.last_run_at > 0).then(|| format_ms(r.last_run_at)),
                last_success_at: r.last_success_at.map(format_ms),
                next_run_at: next_run.map(format_ms),
                last_error: r.last_error,
                last_error_at: r.last_error_at.map(format_ms),
                lease_holder: r.holder.filter(|_| lease_live),
                lease_until: lease_live.then(|| format_ms(r.lease_until)),
            }
        })
        .collect();
    Ok(Json(ComplianceStatus { node: state.exporter.node.clone(), pools, last_event_id }))
}

/// `POST /v1/compliance/export`: writes now what waits (of a pool, a room, a time range).
pub async fn export(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<ComplianceExport>,
) -> ApiResult<Json<ComplianceExported>> {
    caller.require_admin()?;
    let since = super::messages::time_bound("since", body.since.as_deref(), i64::MIN)?;
    let until = super::messages::time_bound("until", body.until.as_deref(), i64::MAX)?;
    if since >= until {
        return Err(ApiError::field(ErrorCode::InvalidValue, "until", "until must be later than since"));
    }
    let mut filter = BatchFilter { since, until, room_id: None, channel_name: None };
    let mut pools: Vec<String> = match &body.pool {
        Some(pool) => vec![pool.clone()],
        None => state.store.read().await?.compliance_pools().await?.into_iter().map(|p| p.pool).collect(),
    };
    if let Some(name) = &body.room {
        // A room that exists is taken by id (its events under any earlier name too); one
        // that is gone, by the name its events carry.
        let rooms = state.store.read().await?.rooms_by_name(std::slice::from_ref(name)).await?;
        let rooms: Vec<_> = rooms.into_iter().filter(|r| body.pool.as_ref().is_none_or(|p| *p == r.pool)).collect();
        match rooms.as_slice() {
            [room] => {
                filter.room_id = Some(room.meta.id);
                pools = vec![room.pool.clone()];
            }
            [] => filter.channel_name = Some(name.clone()),
            _ => {
                return Err(ApiError::field(
                    ErrorCode::Ambiguous,
                    "room",
                    format!("room {name:?} exists in several pools: give the pool too"),
                ))
            }
        }
    }
    // Every pool is tried; a pool that fails does not keep the others from exporting.
    let mut batches = Vec::new();
    let mut failed = Vec::new();
    for pool in pools {
        match state.exporter.export_pool(&pool, &filter).await {
            Ok(done) => batches.extend(done),
            Err(e) => failed.push((pool, e)),
        }
    }
    let events = batches.iter().map(|b| b.events).sum();
    if let Some((pool, mut e)) = failed.into_iter().next() {
        if !batches.is_empty() {
            e.0.detail = format!(
                "pool {pool}: {} (meanwhile {events} events of other pools were exported in {} batches: pchat compliance status shows them)",
                e.0.detail,
                batches.len()
            );
        }
        return Err(e);
    }
    Ok(Json(ComplianceExported { batches, events }))
}

/// `GET /v1/compliance/events`: recorded events, oldest first.
pub async fn events(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<ComplianceEventQuery>,
) -> ApiResult<Json<Page<ComplianceRecord>>> {
    caller.require_admin()?;
    let batched = match q.state.as_deref() {
        None => None,
        Some("waiting") => Some(false),
        Some("exported") => Some(true),
        Some(other) => {
            return Err(ApiError::field(
                ErrorCode::InvalidValue,
                "state",
                format!("state must be waiting or exported, not {other:?}"),
            ))
        }
    };
    let after = match q.cursor.as_deref().map(decode_cursor).transpose()? {
        Some(after) if after.name == "e" => after.id.max(q.after.unwrap_or(0)),
        Some(_) => {
            return Err(ApiError::field(ErrorCode::BadRequest, "cursor", "the cursor is not one this server issued"))
        }
        None => q.after.unwrap_or(0),
    };
    let limit = page_size(q.limit);
    let mut rows = state
        .store
        .read()
        .await?
        .compliance_events(q.pool.as_deref(), q.room.as_deref(), batched, after, limit + 1)
        .await?;
    let next_cursor = (rows.len() > limit).then(|| {
        rows.truncate(limit);
        encode_cursor("e", rows.last().map_or(0, |e| e.id))
    });
    let items = rows
        .into_iter()
        .map(|e| ComplianceRecord {
            id: e.id,
            pool: e.pool,
            at: format_ms(e.at),
            kind: e.kind,
            channel: e.channel,
            channel_name: e.channel_name,
            user: e.user_uri,
            user_id: e.user_id,
            user_name: e.user_name,
            content_id: e.content_id,
            content: e.content,
            detail: if e.detail.is_empty() {
                serde_json::Value::Null
            } else {
                serde_json::from_str(&e.detail).unwrap_or(serde_json::Value::String(e.detail))
            },
            batch: e.batch_id,
        })
        .collect();
    Ok(Json(Page { items, next_cursor }))
}
