use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct PoolsArgs {
    #[command(subcommand)]
    pub command: PoolsCommand,
}

#[derive(Debug, Subcommand)]
pub enum PoolsCommand {
    /// Every pool: its site, state, nodes up, and the active servers
    List,
    /// One pool: its nodes, each up or down, active or standby, and what does not match
    /// the topology
    Show {
        /// The pool
        pool: String,
    },
    /// Every node (of one pool, or of all): up or down, role, version, address, last
    /// heartbeat, uptime, connections, requests per second, live subscribers; exits 4 when
    /// a node is down or anything does not match the topology
    Status {
        /// Only this pool
        pool: Option<String>,
    },
    /// Make exactly these servers of a pool active, the others standby (a new topology
    /// version)
    SetActive {
        /// The pool
        pool: String,
        /// The servers to be active (comma-separated or repeated)
        #[arg(long, value_name = "NAME", value_delimiter = ',', required = true, num_args = 1..)]
        servers: Vec<String>,
    },
}
