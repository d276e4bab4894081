//! Migration on the server (docs/migration.md): exports read from one snapshot and streamed
//! as archive frames (export.rs), imports of an uploaded archive run as jobs (import.rs) after their
//! plan against the server (plan.rs),
//! and the jobs themselves with their progress (jobs.rs).

pub mod export;
pub mod import;
pub mod jobs;
mod plan;
