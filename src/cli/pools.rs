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
    /// Move a pool to its backup store: checked first (reachable, schema current, no
    /// further behind than --max-lag), then every node moves; waits until they all did
    Failover {
        /// The pool
        pool: String,
        #[command(flatten)]
        switch: SwitchArgs,
    },
    /// Move a failed-over pool back to its primary store, checked alike
    Failback {
        /// The pool
        pool: String,
        #[command(flatten)]
        switch: SwitchArgs,
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

#[derive(Debug, Args)]
pub struct SwitchArgs {
    /// How far behind the store switched to may be, as its newest heartbeat of the pool
    /// tells (30s, 5m)
    #[arg(long, default_value = "1m", value_name = "DURATION")]
    pub max_lag: String,
    /// How long to wait for every node of the pool to move
    #[arg(long, default_value = "30s", value_name = "DURATION", value_parser = humantime::parse_duration)]
    pub wait: std::time::Duration,
}
