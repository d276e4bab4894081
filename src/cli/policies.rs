use clap::{Args, Subcommand};

use super::{Confirm, ExportTo};

#[derive(Debug, Args)]
pub struct PoliciesArgs {
    #[command(subcommand)]
    pub command: PoliciesCommand,
}

#[derive(Debug, Subcommand)]
pub enum PoliciesCommand {
    /// List policies
    #[command(alias = "ls")]
    List,
    /// Show one policy
    Show {
        /// global, site:NAME or tag:NAME
        identity: String,
    },
    /// Create a site or tag policy
    Create {
        /// site:NAME or tag:NAME
        identity: String,
        #[command(flatten)]
        fields: PolicyFields,
    },
    /// Change a policy
    Set {
        /// global, site:NAME or tag:NAME
        identity: String,
        #[command(flatten)]
        fields: PolicyFields,
    },
    /// Delete a policy (the global policy is reset instead)
    #[command(alias = "rm")]
    Delete {
        /// global, site:NAME or tag:NAME
        identity: String,
        #[command(flatten)]
        confirm: Confirm,
    },
    /// Grant a tag policy to users
    Grant {
        /// tag:NAME
        policy: String,
        /// sip:USER (one or more)
        #[arg(required = true)]
        users: Vec<String>,
    },
    /// Take users' tag policy away (their site or the global policy applies again)
    Revoke {
        /// sip:USER (one or more)
        #[arg(required = true)]
        users: Vec<String>,
    },
    /// The policy that applies to a user, and why
    Effective {
        /// sip:USER
        user: String,
    },
    /// Write policies and tag policy grants as plan documents (kinds Policy and PolicyGrant)
    ///
    /// Every policy, global included, by identity; one PolicyGrant per tag policy that users
    /// hold, named after it. With -o json the documents are printed as one JSON array.
    Export {
        #[command(flatten)]
        to: ExportTo,
    },
}

#[derive(Debug, Clone, Args)]
pub struct PolicyFields {
    /// Allow persistent chat
    #[arg(long, overrides_with = "disabled")]
    pub enabled: bool,
    /// Refuse persistent chat
    #[arg(long, overrides_with = "enabled")]
    pub disabled: bool,
    /// What the policy is for, at most 256 characters
    #[arg(long)]
    pub description: Option<String>,
}
