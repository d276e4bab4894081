//! Archives of rooms with their history (docs/archive.md): the format and its records
//! (`format`), writing and reading members as streams (`io`), and checking an archive
//! offline (`verify`), an export's frames (`stream`); converting other systems' exports
//! (`lync`, `mattermost`, `slack`, sharing `build`), in the client only.

#[cfg(feature = "client")]
pub mod build;
pub mod format;
pub mod io;
#[cfg(feature = "client")]
pub mod lync;
#[cfg(feature = "client")]
pub mod mattermost;
#[cfg(feature = "client")]
pub mod slack;
pub mod stream;
pub mod verify;
