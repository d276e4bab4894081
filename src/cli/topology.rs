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
}
