//! Helpers for the library's own tests.

pub mod fuzz;
