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
    /// Turn a Mattermost bulk export (JSON Lines) into an archive: teams as categories,
    /// channels as rooms, users and their memberships, posts with their replies; counts
    /// what it leaves out
    FromMattermost {
        /// The bulk file (.jsonl)
        source: std::path::PathBuf,
        /// The archive to write: a directory, or a .pchat file
        #[arg(long, value_name = "PATH")]
        out: std::path::PathBuf,
        /// The pool the rooms go to
        #[arg(long, default_value = "default", value_name = "POOL")]
        pool: String,
    },
    /// Turn the XML Conversations files of the old system's compliance adapter into an
    /// archive (rooms, senders, messages with their times); counts what it leaves out
    FromLyncCompliance {
        /// A compliance file, or a directory of them (*.xml, read in name order)
        source: std::path::PathBuf,
        /// The archive to write: a directory, or a .pchat file
        #[arg(long, value_name = "PATH")]
        out: std::path::PathBuf,
        /// The pool the rooms go to
        #[arg(long, default_value = "default", value_name = "POOL")]
        pool: String,
        /// The category of rooms whose channel names none
        #[arg(long, default_value = "imported", value_name = "NAME")]
        category: String,
    },
}
