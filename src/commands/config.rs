use anyhow::Context;

use super::Ctx;
use crate::api::{ChatConfigSettings, ConfigQuery, EffectiveChatConfig, EffectiveSetting};
use crate::cli::ConfigCommand;
use crate::client::{path, NO_QUERY};
use crate::output::Tabular;

impl Tabular for EffectiveSetting {
    fn headers(_wide: bool) -> Vec<&'static str> {
        vec!["SETTING", "VALUE", "SOURCE"]
    }
    fn row(&self, _wide: bool) -> Vec<String> {
        let value = match &self.value {
            serde_json::Value::Null => "(unset)".to_string(),
            serde_json::Value::String(s) => s.clone(),
            v => v.to_string(),
        };
        vec![self.name.clone(), value, self.source.clone()]
    }
}

pub async fn run(ctx: &Ctx, command: ConfigCommand) -> anyhow::Result<()> {
    let (c, out) = (&ctx.client, &ctx.out);
    match command {
        ConfigCommand::Show { scope, site } => {
            let e: EffectiveChatConfig = c
                .get(&path(&["config", &scope]), &ConfigQuery { site })
                .await
                .with_context(|| format!("showing chat configuration at {scope}"))?;
            if out.structured() {
                out.data(&e)
            } else {
                out.list(&e.settings)
            }
        }
        ConfigCommand::Set {
            scope,
            default_chat_history,
            max_file_size_kb,
            participant_update_limit,
            room_management_url,
        } => {
            let settings = ChatConfigSettings {
                default_chat_history,
                max_file_size_kb,
                participant_update_limit,
                room_management_url,
            };
            if settings == ChatConfigSettings::default() {
                return Err(super::InvalidInput("nothing to set: give at least one of --default-chat-history, --max-file-size-kb, --participant-update-limit, --room-management-url".into()).into());
            }
            let e: EffectiveChatConfig = c
                .patch(&path(&["config", &scope]), NO_QUERY, &settings, None)
                .await
                .with_context(|| format!("setting chat configuration at {scope}"))?;
            if out.structured() {
                out.data(&e)
            } else {
                out.list(&e.settings)
            }
        }
        ConfigCommand::Reset { scope, confirm } => {
            super::confirm(confirm.yes, &format!("reset the chat configuration at {scope}"))?;
            c.delete(&path(&["config", &scope]), NO_QUERY, None)
                .await
                .with_context(|| format!("resetting chat configuration at {scope}"))?;
            out.written(&serde_json::json!({ "reset": scope }), format!("reset chat configuration at {scope}"))
        }
        ConfigCommand::Export { to } => super::export::config(ctx, &to).await,
    }
}
