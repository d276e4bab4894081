//! pchat: a persistent chat server and the administration toolset that runs it.
//!
//! The binary is a thin shell over [`run`]; tests use this library directly.

pub mod api;
#[cfg(feature = "server")]
pub mod server;
#[cfg(feature = "server")]
pub mod store;
