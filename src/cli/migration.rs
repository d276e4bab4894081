use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct MigrationArgs {
    #[command(subcommand)]
    pub command: MigrationCommand,
}

#[derive(Debug, Subcommand)]
pub enum MigrationCommand {
    /// Check an archive offline (docs/archive.md): manifest, every checksum, the references
    /// between members and the counts; prints what it holds, and every problem with its
    /// member and line (exit 2)
    Verify {
        /// The archive: a directory, or a .pchat file
        archive: std::path::PathBuf,
    },
}
