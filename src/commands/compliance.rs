use anyhow::Context;

use super::{Ctx, InvalidInput};
use crate::api::{
    ComplianceConfig, ComplianceEventQuery, ComplianceExport, ComplianceExported, ComplianceRecord, ComplianceSettings,
    ComplianceStatus, ComplianceView, EffectiveCompliance, Page, PoolCompliance,
};
use crate::cli::ComplianceCommand;
use crate::client::{path, NO_QUERY};
use crate::output::{shortened, yes_no, Tabular};

impl Tabular for EffectiveCompliance {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["POOL", "ENABLED", "ADAPTER", "INTERVAL", "OUTPUT DIR"];
        if wide {
            h.extend(["ONE ROOM PER FILE", "ROOM DETAILS", "USER DETAILS", "RETENTION"]);
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let mut r = vec![
            self.pool.clone(),
            yes_no(self.enabled),
            self.adapter.clone(),
            self.run_interval.clone(),
            self.output_dir.clone().unwrap_or_else(|| "(unset)".into()),
        ];
        if wide {
            r.extend([
                yes_no(self.one_room_per_file),
                yes_no(self.room_details),
                yes_no(self.user_details),
                self.retention.clone(),
            ]);
        }
        r
    }
}

impl Tabular for PoolCompliance {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["POOL", "ENABLED", "WAITING", "LAST SUCCESS", "NEXT RUN", "LAST ERROR"];
        if wide {
            h.extend(["PENDING BATCH", "KEPT", "LEASE HOLDER", "LEASE UNTIL", "OUTPUT DIR"]);
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        let mut r = vec![
            self.pool.clone(),
            yes_no(self.enabled),
            self.waiting.to_string(),
            opt(&self.last_success_at),
            opt(&self.next_run_at),
            self.last_error.clone().unwrap_or_default(),
        ];
        if wide {
            r.extend([
                self.pending_batch.map(|b| b.to_string()).unwrap_or_else(|| "-".into()),
                self.exported_kept.to_string(),
                opt(&self.lease_holder),
                opt(&self.lease_until),
                opt(&self.output_dir),
            ]);
        }
        r
    }
}

impl Tabular for ComplianceRecord {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = vec!["ID", "AT", "TYPE", "CHANNEL", "USER", "CONTENT"];
        if wide {
            h.extend(["POOL", "CONTENT ID", "BATCH", "DETAIL"]);
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let content = if wide { self.content.clone() } else { shortened(&self.content, 60).0.into_owned() };
        let mut r = vec![
            self.id.to_string(),
            self.at.clone(),
            serde_json::to_value(self.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default(),
            self.channel_name.clone(),
            self.user.clone(),
            content,
        ];
        if wide {
            r.extend([
                self.pool.clone(),
                self.content_id.to_string(),
                self.batch.map(|b| b.to_string()).unwrap_or_default(),
                if self.detail.is_null() { String::new() } else { self.detail.to_string() },
            ]);
        }
        r
    }
}

fn target(pool: Option<&str>) -> String {
    pool.map_or_else(|| "global".to_string(), |p| format!("pool:{p}"))
}

pub async fn run(ctx: &Ctx, command: ComplianceCommand) -> anyhow::Result<()> {
    let (c, out) = (&ctx.client, &ctx.out);
    match command {
        ComplianceCommand::Show { pool } => {
            let mut view: ComplianceView =
                c.get(&path(&["compliance", "config"]), NO_QUERY).await.context("showing compliance configuration")?;
            if let Some(pool) = &pool {
                view.pools.retain(|p| p.pool == *pool);
                view.targets.retain(|t| t.target == "global" || t.target == format!("pool:{pool}"));
                if view.pools.is_empty() {
                    return Err(
                        super::NotFound(format!("no pool {pool:?} is named by a category or configured")).into()
                    );
                }
            }
            if out.structured() {
                out.data(&view)
            } else {
                out.list(&view.pools)
            }
        }
        ComplianceCommand::Set {
            pool,
            enabled,
            adapter,
            run_interval,
            one_room_per_file,
            room_details,
            user_details,
            output_dir,
            retention,
            if_match,
        } => {
            let settings = ComplianceSettings {
                enabled,
                adapter,
                run_interval,
                one_room_per_file,
                room_details,
                user_details,
                output_dir,
                retention,
            };
            if settings == ComplianceSettings::default() {
                return Err(InvalidInput("nothing to set: give at least one of --enabled, --adapter, --run-interval, --one-room-per-file, --room-details, --user-details, --output-dir, --retention".into()).into());
            }
            let target = target(pool.as_deref());
            let set: ComplianceConfig = c
                .put(&path(&["compliance", "config", &target]), &settings, if_match)
                .await
                .with_context(|| format!("setting compliance configuration for {target}"))?;
            out.written(&set, format!("compliance configuration for {target} is at revision {}", set.revision))
        }
        ComplianceCommand::Reset { pool, confirm } => {
            let target = target(pool.as_deref());
            super::confirm(confirm.yes, &format!("reset the compliance configuration for {target}"))?;
            c.delete(&path(&["compliance", "config", &target]), NO_QUERY, None)
                .await
                .with_context(|| format!("resetting compliance configuration for {target}"))?;
            out.written(&serde_json::json!({ "reset": target }), format!("reset compliance configuration for {target}"))
        }
        ComplianceCommand::Status => {
            let status: ComplianceStatus =
                c.get(&path(&["compliance", "status"]), NO_QUERY).await.context("reading compliance status")?;
            if out.structured() {
                out.data(&status)
            } else {
                out.list(&status.pools)
            }
        }
        ComplianceCommand::Export { pool, since, until, room } => {
            let body = ComplianceExport { pool, since, until, room };
            let done: ComplianceExported = c
                .post(&path(&["compliance", "export"]), NO_QUERY, &body)
                .await
                .context("exporting compliance events")?;
            if out.structured() {
                return out.data(&done);
            }
            let files: usize = done.batches.iter().map(|b| b.files.len()).sum();
            out.note(format!("exported {} events in {} batches to {files} files", done.events, done.batches.len()));
            let rows = done
                .batches
                .iter()
                .flat_map(|b| {
                    b.files
                        .iter()
                        .map(move |f| vec![b.pool.clone(), b.batch.to_string(), b.events.to_string(), f.clone()])
                })
                .collect();
            out.rows(&["POOL", "BATCH", "EVENTS", "FILE"], rows)
        }
        ComplianceCommand::Events { pool, state, room, after, limit } => {
            let q = ComplianceEventQuery { pool, state, room, after, limit, cursor: None };
            let items: Vec<ComplianceRecord> = match limit {
                // One page of that many (at most 10,000).
                Some(_) => {
                    let page: Page<ComplianceRecord> =
                        c.get(&path(&["compliance", "events"]), &q).await.context("listing compliance events")?;
                    page.items
                }
                None => c.list_all(&path(&["compliance", "events"]), &q).await.context("listing compliance events")?,
            };
            if out.structured() {
                out.data(&items)
            } else {
                out.list(&items)
            }
        }
    }
}
