//! Declarative plans: YAML documents parsed with locations, validated, diffed against a
//! server's state, and applied through changesets.

pub mod diff;
pub mod document;
pub mod export;
pub mod load;
pub mod rooms_csv;
pub mod yaml;
mod yaml_fast;
