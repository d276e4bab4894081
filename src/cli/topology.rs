use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct TopologyArgs {
    #[command(subcommand)]
    pub command: TopologyCommand,
}

#[derive(Debug, Subcommand)]
pub enum TopologyCommand {
    /// Check a topology file offline against every rule (docs/topology.md), all problems at
    /// once, each with its rule id, FILE:LINE:COLUMN and a fix; exits 2 on errors
    Validate {
        /// The topology file (one `kind: Topology` document)
        #[arg(short = 'f', long = "file", value_name = "FILE")]
        file: std::path::PathBuf,
        /// Warnings fail too (exit 2)
        #[arg(long)]
        strict: bool,
    },
    /// Publish a topology file as the next version (checked here, then by the server)
    Publish {
        /// The topology file (one `kind: Topology` document)
        #[arg(short = 'f', long = "file", value_name = "FILE")]
        file: std::path::PathBuf,
        /// The version this file was prepared on; refused if another was published since
        /// (default: the file's `metadata.version`, as `topology export` writes it)
        #[arg(long, value_name = "VERSION")]
        base: Option<i64>,
        /// Warnings refuse the publish too
        #[arg(long)]
        strict: bool,
    },
    /// The topology in force
    Show,
    /// Every published version, newest first: who published it and when
    History {
        /// At most this many versions
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
    },
    /// What publishing a file would change: the topology in force against the file
    Diff {
        /// The topology file (one `kind: Topology` document)
        #[arg(short = 'f', long = "file", value_name = "FILE")]
        file: std::path::PathBuf,
    },
    /// The topology in force as a file to edit and publish (its version as `metadata.version`)
    Export {
        /// Write it here instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
}
