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
}
