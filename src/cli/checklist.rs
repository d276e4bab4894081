use clap::Args;

#[derive(Debug, Args)]
pub struct ChecklistArgs {
    /// Only the checks of this phase (repeatable)
    #[arg(long = "phase", value_name = "PHASE", value_parser = clap::builder::PossibleValuesParser::new(crate::api::checklist::PHASES))]
    pub phases: Vec<String>,
    /// Only this check, by its id, e.g. configuration.category-scope (repeatable)
    #[arg(long = "check", value_name = "ID")]
    pub checks: Vec<String>,
    /// Warnings fail the run too (exit 4)
    #[arg(long)]
    pub strict: bool,
    /// Administrator tokens unused for longer than this warn
    #[arg(long, value_name = "DURATION", default_value = "90days")]
    pub unused_after: String,
    /// Less free disk than this (in MB) under the store or the file store fails
    #[arg(long, value_name = "MB", default_value_t = 1024)]
    pub min_free_mb: u64,
    /// Run the checks again every INTERVAL (e.g. 5m) and print only what changed, until
    /// interrupted; each run also updates the node's `pchat_checklist_result` metrics (and
    /// --metrics-file)
    #[arg(long, value_name = "INTERVAL", value_parser = humantime::parse_duration, conflicts_with = "pool")]
    pub watch: Option<std::time::Duration>,
    /// The synthetic transaction removes what an interrupted earlier run left behind once
    /// it is this old (younger objects may be another run's, still going)
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "10m")]
    pub leftover_age: std::time::Duration,
    /// Write each run's results to FILE in the Prometheus text format (for a textfile
    /// collector), replacing it whole
    #[arg(long, value_name = "FILE")]
    pub metrics_file: Option<std::path::PathBuf>,
    /// Ask every running node of this pool for its own checks (as `pchat pools status`
    /// lists them), not only the server this command talks to
    #[arg(long, value_name = "POOL")]
    pub pool: Option<String>,
}
