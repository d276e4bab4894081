use clap::{Args, Subcommand};

use super::api_enum;
use super::Confirm;
use crate::api::Role;

#[derive(Debug, Args)]
pub struct TokensArgs {
    #[command(subcommand)]
    pub command: TokensCommand,
}

#[derive(Debug, Subcommand)]
pub enum TokensCommand {
    /// Create a token; its secret is printed once
    Create {
        /// admin, or user (acts for --owner)
        #[arg(long, value_parser = api_enum::<Role>())]
        role: Role,
        /// The user the token acts for (required for user tokens)
        #[arg(long, value_name = "PRINCIPAL", value_parser = super::principal_arg)]
        owner: Option<String>,
        /// What the token is for, at most 256 characters
        #[arg(long)]
        description: Option<String>,
    },
    /// List tokens (never their secrets)
    #[command(alias = "ls")]
    List,
    /// Revoke a token
    Revoke {
        /// The token's id, as `pchat tokens list` shows it
        id: i64,
        #[command(flatten)]
        confirm: Confirm,
    },
}
