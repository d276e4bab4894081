//! Archives of rooms with their history (docs/archive.md): the format and its records
//! (`format`), writing and reading members as streams (`io`), and checking an archive
//! offline (`verify`); converting the old system's compliance files (`lync`).

pub mod build;
pub mod format;
pub mod io;
pub mod lync;
pub mod mattermost;
pub mod stream;
pub mod verify;
