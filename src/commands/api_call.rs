use std::io::Read;

use anyhow::Context;

use super::{Ctx, InvalidInput};
use crate::cli::ApiArgs;

/// `pchat api METHOD PATH [BODY|-] [--if-match REVISION]`: any endpoint, the answer printed
/// as JSON (or YAML).
pub async fn run(ctx: &Ctx, args: ApiArgs) -> anyhow::Result<()> {
    let method = reqwest::Method::from_bytes(args.method.to_ascii_uppercase().as_bytes()).context("the HTTP method")?;
    let body: Option<serde_json::Value> = match args.body.as_deref() {
        None => None,
        Some("-") => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).context("reading the body from stdin")?;
            Some(serde_json::from_str(&text).map_err(|e| InvalidInput(format!("the body on stdin is not JSON: {e}")))?)
        }
        Some(text) => Some(serde_json::from_str(text).map_err(|e| InvalidInput(format!("the body is not JSON: {e}")))?),
    };
    let (path, query) = match args.path.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (args.path.clone(), String::new()),
    };
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|kv| {
            kv.split_once('=').map(|(k, v)| (k.to_string(), v.to_string())).unwrap_or((kv.to_string(), String::new()))
        })
        .collect();
    let answer: serde_json::Value = ctx
        .client
        .send(method.clone(), &path, &pairs, body.as_ref(), args.if_match)
        .await
        .with_context(|| format!("calling {method} {}", args.path))?;
    if matches!(ctx.out.format, crate::cli::OutputFormat::Yaml) {
        ctx.out.data(&answer)
    } else {
        crate::output::write_stdout(&format!("{}\n", serde_json::to_string_pretty(&answer)?))
    }
}
