//! Saved plans: what `pchat plan --out` writes and `pchat apply FILE` applies exactly, bound
//! to the store it was planned against.

use serde::{Deserialize, Serialize};

use super::diff::{self, Change, Summary};

pub const SAVED_FORMAT: &str = "pchat-plan/v1";

/// The largest saved plan `apply` reads: the sizing model's whole plan, every change with
/// its operations, is 190 MB.
pub const MAX_SAVED_PLAN_BYTES: u64 = 1024 * 1024 * 1024;

/// A plan as `-o json` prints it and `--out` saves it.
#[derive(Debug, Serialize, Deserialize)]
pub struct SavedPlan {
    pub format: String,
    pub server: String,
    /// The store the plan was read from; a saved plan applies only there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_id: Option<String>,
    pub changes: Vec<Change>,
    pub summary: Summary,
}

impl SavedPlan {
    pub fn new(server: &str, changes: &[Change], store_id: Option<String>) -> SavedPlan {
        SavedPlan {
            format: SAVED_FORMAT.into(),
            server: server.to_string(),
            store_id,
            changes: changes.to_vec(),
            summary: diff::summary(changes),
        }
    }
}

/// Why a file is not a saved plan this pchat applies.
#[derive(Debug, thiserror::Error)]
pub enum SavedPlanError {
    #[error("not a plan saved by `pchat plan --out`: {0}")]
    NotAPlan(serde_json::Error),
    #[error("plan format {0:?}, this pchat reads {SAVED_FORMAT}")]
    Format(String),
}

impl SavedPlan {
    /// Reads a saved plan, checking its format.
    pub fn parse(bytes: &[u8]) -> Result<SavedPlan, SavedPlanError> {
        let saved: SavedPlan = serde_json::from_slice(bytes).map_err(SavedPlanError::NotAPlan)?;
        if saved.format != SAVED_FORMAT {
            return Err(SavedPlanError::Format(saved.format));
        }
        Ok(saved)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_plans_round_trip_and_refuse_other_formats() {
        let saved = SavedPlan::new("http://127.0.0.1:1", &[], Some("store-1".into()));
        let bytes = serde_json::to_vec(&saved).unwrap();
        let again = SavedPlan::parse(&bytes).unwrap();
        assert_eq!((again.store_id.as_deref(), again.changes.len()), (Some("store-1"), 0));
        let other = String::from_utf8(bytes).unwrap().replace(SAVED_FORMAT, "pchat-plan/v0");
        assert!(matches!(SavedPlan::parse(other.as_bytes()), Err(SavedPlanError::Format(f)) if f == "pchat-plan/v0"));
        assert!(matches!(SavedPlan::parse(b"{}"), Err(SavedPlanError::NotAPlan(_))));
    }
}
