use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct JobsArgs {
    #[command(subcommand)]
    pub command: JobsCommand,
}

#[derive(Debug, Subcommand)]
pub enum JobsCommand {
    /// The newest jobs first: kind, state, percent, rate, who started them
    List {
        /// At most this many
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// One job: counts per type, percent, rate, time left, and its error with where it is
    Show {
        /// The job's id
        id: i64,
    },
    /// Follow a job with a progress bar on stderr until it ends (exit 1 unless it succeeds)
    Follow {
        /// The job's id
        id: i64,
    },
    /// Ask a running job to stop; an import stopped this way can be run again to finish
    Cancel {
        /// The job's id
        id: i64,
    },
}
