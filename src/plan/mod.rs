//! Declarative plans: YAML documents parsed with locations, validated, diffed against a
//! server's state, and applied through changesets.

pub mod csv;
pub mod diff;
pub mod directory_csv;
pub mod document;
pub mod export;
pub mod load;
pub mod located;
pub mod render;
pub mod rooms_csv;
pub mod saved;
pub mod state;
pub mod yaml;
mod yaml_fast;
