use std::path::PathBuf;

use clap::Args;

/// `pchat plan`: what apply would change.
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// A plan file, or a directory whose *.yaml and *.yml files are read in name order (repeatable)
    #[arg(short = 'f', long = "file", value_name = "PATH", required = true)]
    pub files: Vec<PathBuf>,
    /// Also delete managed objects the files no longer describe
    #[arg(long)]
    pub prune: bool,
    /// Exit 0 when there is nothing to change, 3 when there is, 1 on errors, 2 on invalid input
    #[arg(long)]
    pub detailed_exitcode: bool,
    /// Save the plan, bound to the revisions it read, for `pchat apply FILE`
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// `pchat apply`: make the server match the files (or apply a saved plan exactly).
#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// A plan file or directory (repeatable)
    #[arg(
        short = 'f',
        long = "file",
        value_name = "PATH",
        required_unless_present = "saved",
        conflicts_with = "saved"
    )]
    pub files: Vec<PathBuf>,
    /// A plan saved by `pchat plan --out FILE`, applied exactly as reviewed
    #[arg(value_name = "SAVED_PLAN")]
    pub saved: Option<PathBuf>,
    /// Do not ask for confirmation
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// Stop after the server has validated the plan; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also delete managed objects the files no longer describe
    #[arg(long)]
    pub prune: bool,
    /// Allow deleting rooms (and their history)
    #[arg(long)]
    pub allow_destroy: bool,
}
