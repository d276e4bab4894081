//! `pchat checklist --metrics-file FILE`: each run's results in the Prometheus text format,
//! for a node exporter's textfile collector (or any scraper of a file). The file is
//! replaced whole, so a scrape never reads half a run.

use std::path::Path;

use anyhow::Context as _;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::{Registry, Unit};

use crate::api::checklist::Report;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CheckLabels {
    node: String,
    check: String,
}

/// Writes the reports of one run to `file` (through a temporary file beside it).
pub fn write(file: &Path, reports: &[Report]) -> anyhow::Result<()> {
    let mut registry = Registry::with_prefix("pchat");
    let results = Family::<CheckLabels, Gauge>::default();
    registry.register(
        "checklist_result",
        "The last result of each deployment check: 0 pass, 1 warn, 2 fail, -1 skip",
        results.clone(),
    );
    let durations = Family::<CheckLabels, Gauge<f64, std::sync::atomic::AtomicU64>>::default();
    registry.register_with_unit(
        "checklist_duration",
        "How long each deployment check (each step of the synthetic transaction) took",
        Unit::Seconds,
        durations.clone(),
    );
    let run_at = Gauge::<i64>::default();
    registry.register_with_unit(
        "checklist_last_run_timestamp",
        "When the checklist last ran",
        Unit::Seconds,
        run_at.clone(),
    );
    for report in reports {
        for check in &report.checks {
            let labels = CheckLabels { node: report.node.clone(), check: check.id.clone() };
            results.get_or_create(&labels).set(check.result.metric());
            durations.get_or_create(&labels).set(check.ms / 1000.0);
        }
    }
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    run_at.set(i64::try_from(now.as_secs()).unwrap_or(i64::MAX));
    let mut text = String::new();
    prometheus_client::encoding::text::encode(&mut text, &registry).context("encoding the checklist's metrics")?;

    let dir = file.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut temporary =
        tempfile::NamedTempFile::new_in(dir).with_context(|| format!("writing metrics into {}", dir.display()))?;
    // Readable by a collector that runs as another user, as a file written plainly would be.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = temporary.as_file().set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    std::io::Write::write_all(&mut temporary, text.as_bytes())
        .with_context(|| format!("writing metrics into {}", dir.display()))?;
    temporary.persist(file).with_context(|| format!("replacing {}", file.display()))?;
    Ok(())
}
