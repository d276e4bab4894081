//! Wire types of the management API, version 1.
//!
//! Server handlers and the reqwest client both use these, so the two cannot drift.
//! Field names are snake_case on the wire; enums are lower-case strings.

mod chat;
pub mod checklist;
mod compliance;
mod error;
mod labels;
#[cfg(any(feature = "client", feature = "server"))]
pub mod migration;
mod objects;
pub mod openapi;
mod principal;
pub mod strict;
pub use strict::NewObject;
pub mod pools;
pub mod text;
pub mod topology;
pub mod validate;

pub use chat::*;
pub use compliance::*;
pub use error::*;
pub use objects::*;
pub use principal::*;

/// The API version prefix every resource lives under.
/// The header that names a call: the server answers it on every response and logs it with
/// the call (a client may send its own, up to 64 visible ASCII characters).
pub const REQUEST_ID: &str = "x-request-id";

pub const API_PREFIX: &str = "/v1";

/// The label that marks objects owned by a plan (`pchat apply`).
pub const MANAGED_BY_LABEL: &str = "pchat.io/managed-by";

/// Labels under this prefix are pchat's own (`apply --prune` deletes what
/// `pchat.io/managed-by` marks): only administrators set or clear them.
pub const RESERVED_LABEL_PREFIX: &str = "pchat.io/";

/// Percent-encodes one path segment (names may hold `:`, `@`, `/` or spaces).
pub fn path_segment(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for b in raw.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b':' | b'@' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
