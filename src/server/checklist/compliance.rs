//! The check of compliance: on wherever the topology turns it on, its output directory
//! writable, and no event left waiting longer than two run intervals.

use super::{some_of, writable, Context, Found};
use crate::server::compliance::effective;
use crate::server::error::ApiResult;
use crate::server::pool;
use crate::store::{format_ms, now_ms};

pub async fn compliance(c: &Context) -> ApiResult<Found> {
    let mut tx = c.state.store.read().await?;
    let targets = tx.compliance_targets().await?;
    let mut pools: Vec<String> = tx.compliance_pools().await?.into_iter().map(|p| p.pool).collect();
    pools.extend(tx.all_categories().await?.into_iter().map(|c| c.pool));
    let required: Vec<String> = pool::published(&*c.state.store)
        .await?
        .map(|(_, spec)| {
            spec.pools
                .into_iter()
                .filter(|p| p.compliance.as_ref().is_some_and(|c| c.enabled))
                .map(|p| p.name)
                .collect()
        })
        .unwrap_or_default();
    pools.extend(required.iter().cloned());
    pools.sort();
    pools.dedup();
    let now = now_ms();
    let (mut problems, mut enabled) = (Vec::new(), 0);
    for name in &pools {
        let settings = effective(&targets, name);
        if !settings.enabled {
            if required.contains(name) {
                problems.push(format!("the topology turns compliance on for pool {name}, which records nothing"));
            }
            continue;
        }
        enabled += 1;
        if let Some(dir) = &settings.output_dir {
            if let Err(e) = writable(dir.into()).await? {
                problems.push(format!("pool {name}'s output directory {dir} cannot be written: {e}"));
            }
        }
        let oldest = tx.compliance_events(Some(name), None, Some(false), 0, 1).await?;
        if let Some(event) = oldest.first() {
            let limit = settings.run_interval_secs.saturating_mul(2000);
            if now.saturating_sub(event.at) > limit {
                problems.push(format!(
                    "pool {name} has events waiting since {}, more than two run intervals ({} each)",
                    format_ms(event.at),
                    settings.run_interval
                ));
            }
        }
    }
    let found = if !problems.is_empty() {
        Found::fail(
            format!("{} compliance problem(s): {}", problems.len(), some_of(&problems, 3)),
            "`pchat compliance status` says why a pool's events wait; turn recording on with `pchat compliance set --pool POOL --enabled true --output-dir DIR`, and make the output directory writable on every node",
        )
    } else if enabled == 0 {
        Found::skip("compliance records in no pool, and the topology asks it of none")
    } else {
        Found::pass(format!("compliance records in {enabled} pool(s), each writable and exporting on time"))
    };
    Ok(found.with("recording_pools", enabled).with("problems", problems.len()))
}
