use std::io::Read;

use anyhow::Context;

use super::{Ctx, InvalidInput};
use crate::cli::ApiArgs;

/// `pchat api METHOD PATH [BODY] [-d BODY|@FILE|@-] [--if-match REVISION]`: any endpoint,
/// the answer printed as JSON (or YAML). An error answer's problem document is printed on
/// stdout as any answer is, so a script reads the `code` where it reads data; the error
/// itself goes to stderr and sets the exit code as every command's does.
pub async fn run(ctx: &Ctx, args: ApiArgs) -> anyhow::Result<()> {
    let method = reqwest::Method::from_bytes(args.method.to_ascii_uppercase().as_bytes()).context("the HTTP method")?;
    let body = match args.data.as_deref().or(args.body.as_deref()) {
        None => None,
        Some(given) => Some(body(given, &mut std::io::stdin().lock())?),
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
    let answer = ctx.client.send(method.clone(), &path, &pairs, body.as_ref(), args.if_match).await;
    let answer: serde_json::Value = match answer {
        Ok(answer) => answer,
        Err(err) => {
            if let Some(problem) = err.problem() {
                print(ctx, &serde_json::to_value(problem)?)?;
            }
            return Err(err).with_context(|| format!("calling {method} {}", args.path));
        }
    };
    print(ctx, &answer)
}

fn print(ctx: &Ctx, value: &serde_json::Value) -> anyhow::Result<()> {
    if matches!(ctx.out.format, crate::cli::OutputFormat::Yaml) {
        ctx.out.data(value)
    } else {
        crate::output::write_stdout(&format!("{}\n", serde_json::to_string_pretty(value)?))
    }
}

/// The body as given: inline JSON, `-` or `@-` for stdin, `@FILE` for a file. A file that
/// cannot be read is named, and JSON that does not parse is placed at its line and column.
fn body(given: &str, stdin: &mut impl Read) -> Result<serde_json::Value, InvalidInput> {
    let (text, source) = match given.strip_prefix('@') {
        _ if given == "-" || given == "@-" => {
            let mut text = String::new();
            stdin.read_to_string(&mut text).map_err(|e| InvalidInput(format!("reading the body from stdin: {e}")))?;
            (text, "the body on stdin".to_string())
        }
        Some(file) => {
            let text = std::fs::read_to_string(file)
                .map_err(|e| InvalidInput(format!("reading the body from {file}: {e}")))?;
            (text, format!("the body in {file}"))
        }
        None => (given.to_string(), "the body".to_string()),
    };
    // serde_json's message ends with "at line L column C".
    serde_json::from_str(&text).map_err(|e| InvalidInput(format!("{source} is not JSON: {e}")))
}

#[cfg(test)]
mod tests {
    use super::body;

    #[test]
    fn bodies_inline_from_files_and_stdin() {
        let none = &mut std::io::empty();
        assert_eq!(body(r#"{"a": 1}"#, none).unwrap(), serde_json::json!({"a": 1}));
        assert_eq!(body("-", &mut &b"[1]"[..]).unwrap(), serde_json::json!([1]));
        assert_eq!(body("@-", &mut &b"true"[..]).unwrap(), serde_json::json!(true));
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("room.json");
        std::fs::write(&file, "{\n  \"description\": \"x\",\n  oops\n}").unwrap();
        let err = body(&format!("@{}", file.display()), none).unwrap_err().0;
        assert!(err.contains("room.json is not JSON") && err.contains("line 3 column 3"), "{err}");
        let missing = dir.path().join("missing.json");
        let err = body(&format!("@{}", missing.display()), none).unwrap_err().0;
        assert!(err.contains("reading the body from") && err.contains("missing.json"), "{err}");
        let err = body("{", none).unwrap_err().0;
        assert!(err.starts_with("the body is not JSON") && err.contains("line 1 column 1"), "{err}");
    }
}
