use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct ComplianceArgs {
    #[command(subcommand)]
    pub command: ComplianceCommand,
}

#[derive(Debug, Subcommand)]
pub enum ComplianceCommand {
    /// What is set globally and per pool, and what applies to each pool
    Show {
        /// Only this pool's effective settings
        #[arg(long, value_name = "NAME")]
        pool: Option<String>,
    },
    /// Set compliance values globally or for one pool (others are kept)
    ///
    /// A pool inherits every value it does not set from global. Recording starts with the
    /// next event once enabled, and needs an output directory.
    Set {
        /// The pool to configure (default: global)
        #[arg(long, value_name = "NAME")]
        pool: Option<String>,
        /// Record every event (true) or none (false)
        #[arg(long, value_name = "BOOL")]
        enabled: Option<bool>,
        /// The adapter that writes the events out (xml, the one there is)
        #[arg(long, value_name = "NAME")]
        adapter: Option<String>,
        /// How often the adapter runs: 1m to 30days (default 15m)
        #[arg(long, value_name = "DURATION")]
        run_interval: Option<String>,
        /// One output file per room
        #[arg(long, value_name = "BOOL")]
        one_room_per_file: Option<bool>,
        /// Add each room's category, privacy, type and description
        #[arg(long, value_name = "BOOL")]
        room_details: Option<bool>,
        /// Add each sender's email, OU and site
        #[arg(long, value_name = "BOOL")]
        user_details: Option<bool>,
        /// Where the files go: an absolute directory on the nodes, the same for a pool's
        /// nodes ("" unsets it)
        #[arg(long, value_name = "DIR")]
        output_dir: Option<String>,
        /// How long exported events stay in the compliance store (0s: purged at once;
        /// default 7days)
        #[arg(long, value_name = "DURATION")]
        retention: Option<String>,
        /// Refuse unless the settings are still at this revision
        #[arg(long, value_name = "REVISION")]
        if_match: Option<i64>,
    },
    /// Remove the values set globally or for one pool (it inherits again)
    Reset {
        /// The pool whose values go (default: global)
        #[arg(long, value_name = "NAME")]
        pool: Option<String>,
        #[command(flatten)]
        confirm: super::Confirm,
    },
    /// Each pool's exporter: events waiting, last run and error, lease holder
    Status,
    /// Export now the waiting events (of a pool, a room, a time range); each event is
    /// exported once, however often this runs
    Export {
        /// Only this pool's events (default: every pool's)
        #[arg(long, value_name = "NAME")]
        pool: Option<String>,
        /// Events recorded at or after this time (RFC 3339)
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Events recorded before this time (RFC 3339)
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
        /// Only this room's events
        #[arg(long, value_name = "NAME")]
        room: Option<String>,
    },
    /// The recorded events, oldest first
    Events {
        /// Only this pool's events
        #[arg(long, value_name = "NAME")]
        pool: Option<String>,
        /// waiting or exported
        #[arg(long, value_parser = ["waiting", "exported"])]
        state: Option<String>,
        /// Only this room's events (its name)
        #[arg(long, value_name = "NAME")]
        room: Option<String>,
        /// Only events with ids above this one (`pchat compliance status` shows the last)
        #[arg(long, value_name = "ID")]
        after: Option<i64>,
        /// The first N only (at most 10,000); by default every page
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
    },
}
