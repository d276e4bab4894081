//! The served OpenAPI document: valid OpenAPI 3.1 by a real validator (openapi-spec-validator,
//! which .ci/run installs), every route of the server's route table in it with its bodies,
//! answers and problem codes, and real answers valid against the schemas it gives them.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

use crate::support::TestServer;

const ALICE: &str = "sip:alice@contoso.com";

/// The Python that has openapi_spec_validator (and so jsonschema): `PCHAT_OPENAPI_PYTHON`,
/// else the virtual environment .ci/run makes, else `python3`. None when none has it (in CI
/// that fails the test).
fn validator_python() -> Option<String> {
    let candidates = [
        std::env::var("PCHAT_OPENAPI_PYTHON").ok(),
        Some("/opt/pchat-ci/openapi-validator/bin/python".to_string()),
        Some("python3".to_string()),
    ];
    for python in candidates.into_iter().flatten() {
        let found = Command::new(&python).args(["-c", "import openapi_spec_validator, jsonschema"]).output();
        if found.is_ok_and(|out| out.status.success()) {
            return Some(python);
        }
    }
    if std::env::var_os("CI").is_some() {
        panic!("openapi-spec-validator is needed in CI (.ci/run installs it, PCHAT_OPENAPI_PYTHON names its python)");
    }
    eprintln!("note: no python with openapi-spec-validator found; the OpenAPI document is not validated");
    None
}

fn python(python: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(python).args(args).output().expect("running python");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

/// Each (schema, instance) pair validated with JSON Schema 2020-12, the schema's `$ref`s
/// resolved in the document.
const VALIDATE_INSTANCES: &str = r#"
import json, sys
import jsonschema
doc = json.load(open(sys.argv[1]))
failed = 0
for label, schema, instance in json.load(open(sys.argv[2])):
    root = dict(doc)
    root.update(schema)
    errors = list(jsonschema.Draft202012Validator(root).iter_errors(instance))
    for e in errors:
        failed += 1
        print(f"{label}: {e.message} at {list(e.absolute_path)}")
sys.exit(1 if failed else 0)
"#;

fn get<'a>(doc: &'a Value, pointer: &str) -> &'a Value {
    doc.pointer(pointer).unwrap_or_else(|| panic!("{pointer} is not in the document"))
}

/// `#/components/schemas/X` of a `$ref`, checked to exist.
fn component<'a>(doc: &'a Value, schema: &Value, what: &str) -> &'a Value {
    let reference = schema["$ref"].as_str().unwrap_or_else(|| panic!("{what}: not a reference: {schema}"));
    let name = reference.strip_prefix("#/components/schemas/").unwrap_or_else(|| panic!("{what}: {reference}"));
    doc["components"]["schemas"].get(name).unwrap_or_else(|| panic!("{what}: no component {name}"))
}

fn every_ref_resolves(doc: &Value, value: &Value, at: &str) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref") {
                let pointer = reference.strip_prefix('#').unwrap_or_else(|| panic!("{at}: {reference} is not local"));
                assert!(doc.pointer(pointer).is_some(), "{at}: {reference} does not resolve");
            }
            for (k, v) in map {
                every_ref_resolves(doc, v, &format!("{at}/{k}"));
            }
        }
        Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, v)| every_ref_resolves(doc, v, &format!("{at}/{i}")))
        }
        _ => {}
    }
}

fn pointer_escape(path: &str) -> String {
    path.replace('~', "~0").replace('/', "~1")
}

#[test]
fn the_openapi_document_is_valid_and_describes_every_route() {
    let srv = TestServer::start();
    let out = srv.ok(&["api", "GET", "/v1/openapi.json"]);
    let text = out.stdout.clone();
    let doc: Value = serde_json::from_str(&text).expect("the document is JSON");
    let file = srv.dir().join("openapi.json");
    std::fs::write(&file, &text).unwrap();
    let python_found = validator_python();
    if let Some(py) = &python_found {
        let (ok, said) = python(py, &["-m", "openapi_spec_validator", "--schema", "3.1", &file.display().to_string()]);
        assert!(ok, "openapi-spec-validator rejects the document:\n{said}");
    }
    assert_eq!(doc["openapi"], "3.1.0");
    every_ref_resolves(&doc, &doc, "");

    let paths = doc["paths"].as_object().unwrap();
    assert_eq!(paths.values().map(|p| p.as_object().unwrap().len()).sum::<usize>(), pchat::server::ROUTES.len());
    for route in pchat::server::ROUTES {
        let what = format!("{} {}", route.method.to_uppercase(), route.path);
        let op = get(&doc, &format!("/paths/{}/{}", pointer_escape(route.path), route.method));
        assert_eq!(op["summary"], route.summary, "{what}");
        let takes = (route.takes)();
        match takes.body {
            Some(body) => {
                let content = &op["requestBody"]["content"][body.media];
                assert!(content.is_object(), "{what}: no {} request body in {op}", body.media);
                if body.schema.is_some() {
                    let schema = component(&doc, &content["schema"], &what);
                    assert!(schema["type"].is_string() || schema["oneOf"].is_array(), "{what}: {schema}");
                }
            }
            None => assert!(op.get("requestBody").is_none(), "{what} takes no body"),
        }
        let parameters = op["parameters"].as_array().unwrap();
        let query = parameters.iter().filter(|p| p["in"] == "query").count();
        assert_eq!(query > 0, takes.query.is_some(), "{what}: query parameters {parameters:?}");
        for name in route.path_parameters() {
            assert!(parameters.iter().any(|p| p["in"] == "path" && p["name"] == name), "{what}: {{{name}}}");
        }
        for answer in route.answers {
            let response = &op["responses"][answer.status.to_string()];
            match answer.media {
                Some(media) => {
                    let content = &response["content"][media];
                    assert!(content.is_object(), "{what}: no {media} answer {}", answer.status);
                    if answer.schema.is_some() {
                        assert!(content["schema"].is_object(), "{what}: {content}");
                    }
                }
                None => assert!(response.is_object() && response.get("content").is_none(), "{what}: {response}"),
            }
        }
        let mut by_status: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for code in pchat::server::problem_codes(route) {
            by_status.entry(code.status().to_string()).or_default().push(code.as_str());
        }
        for (status, codes) in &by_status {
            let response = &op["responses"][status];
            assert_eq!(response["x-pchat-codes"], json!(codes), "{what} {status}");
            let schema = &response["content"]["application/problem+json"]["schema"];
            assert_eq!(schema["properties"]["code"]["enum"], json!(codes), "{what} {status}");
            component(&doc, &schema["allOf"][0], &what);
        }
        let listed: Vec<&str> = by_status.values().flatten().copied().collect();
        assert_eq!(op["x-pchat-codes"].as_array().unwrap().len(), listed.len(), "{what}");
    }

    // Real answers fit the schemas the document gives them.
    srv.ok(&[
        "directory",
        "users",
        "create",
        ALICE,
        "--display-name",
        "Alice",
        "--ou",
        "contoso/eng",
        "--site",
        "redmond",
    ]);
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso"]);
    srv.ok(&["rooms", "create", "backend", "--category", "eng", "--member", ALICE]);
    srv.ok(&["api", "PATCH", "/v1/rooms/backend", "-d", r#"{"labels": {"team": "core"}}"#]);
    let mut samples = Vec::new();
    for (path, template, method, status) in [
        ("/v1/rooms", "/v1/rooms", "get", "200"),
        ("/v1/rooms/backend", "/v1/rooms/{name}", "get", "200"),
        ("/v1/categories/eng", "/v1/categories/{name}", "get", "200"),
        (&format!("/v1/directory/users/{ALICE}"), "/v1/directory/users/{sip}", "get", "200"),
        ("/v1/version", "/v1/version", "get", "200"),
        ("/v1/me", "/v1/me", "get", "200"),
        ("/v1/config/global", "/v1/config/{scope}", "get", "200"),
        ("/v1/pools", "/v1/pools", "get", "200"),
        ("/v1/rooms/nope", "/v1/rooms/{name}", "get", "404"),
    ] {
        let answer = srv.cli(&["api", "GET", path]);
        let instance: Value = serde_json::from_str(&answer.stdout).unwrap_or_else(|e| panic!("{path}: {e}\n{answer}"));
        let media = if status == "200" { "application/json" } else { "application/problem+json" };
        let pointer = format!(
            "/paths/{}/{method}/responses/{status}/content/{}/schema",
            pointer_escape(template),
            pointer_escape(media)
        );
        samples.push(json!([path, get(&doc, &pointer), instance]));
    }
    if let Some(py) = &python_found {
        let script = srv.dir().join("validate.py");
        std::fs::write(&script, VALIDATE_INSTANCES).unwrap();
        let cases = srv.dir().join("cases.json");
        std::fs::write(&cases, serde_json::to_vec(&samples).unwrap()).unwrap();
        let (ok, said) =
            python(py, &[&script.display().to_string(), &file.display().to_string(), &cases.display().to_string()]);
        assert!(ok, "answers that do not fit their schemas:\n{said}");
    }
}

/// `pchat api`: a body inline, from a file and from stdin; `--if-match`; a problem
/// document on stdout with the error's exit code; files and JSON errors placed.
#[test]
fn api_takes_bodies_revisions_and_prints_problems() {
    let srv = TestServer::start();
    srv.ok(&[
        "directory",
        "users",
        "create",
        ALICE,
        "--display-name",
        "Alice",
        "--ou",
        "contoso/eng",
        "--site",
        "redmond",
    ]);
    srv.ok(&["categories", "create", "eng", "--allow", "ou:contoso"]);
    let created = srv.ok(&["api", "POST", "/v1/rooms", "-d", r#"{"name": "backend", "category": "eng"}"#]).json();
    let revision = created["revision"].as_i64().unwrap();
    let file = srv.write_file("change.json", r#"{"description": "from a file"}"#);
    let changed = srv.ok(&["api", "PATCH", "/v1/rooms/backend", "-d", &format!("@{}", file.display())]).json();
    assert_eq!(changed["description"], "from a file");

    // A stale revision: 409, the problem document on stdout, exit 5.
    let stale = srv
        .cli(&[
            "api",
            "PATCH",
            "/v1/rooms/backend",
            "--if-match",
            &revision.to_string(),
            "-d",
            r#"{"description": "x"}"#,
        ])
        .code(5)
        .stderr_has(&["calling PATCH /v1/rooms/backend"]);
    let problem = stale.json();
    assert_eq!(
        (problem["code"].as_str(), problem["status"].as_i64()),
        (Some("stale_revision"), Some(409)),
        "{problem}"
    );
    let now = changed["revision"].as_i64().unwrap();
    let fresh =
        srv.ok(&["api", "PATCH", "/v1/rooms/backend", "--if-match", &now.to_string(), "-d", r#"{"description": "y"}"#]);
    assert_eq!(fresh.json()["description"], "y");

    // From stdin, as @- and as the positional -.
    for given in ["@-", "-"] {
        let args = match given {
            "-" => vec!["api", "PATCH", "/v1/rooms/backend", "-"],
            _ => vec!["api", "PATCH", "/v1/rooms/backend", "-d", "@-"],
        };
        let mut child = srv
            .command()
            .env("PCHAT_TOKEN", &srv.admin_token)
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(format!(r#"{{"description": "{given}"}}"#).as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{given}: {}", String::from_utf8_lossy(&out.stderr));
        let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(answer["description"], given);
    }

    // Not found: exit 6, the problem on stdout.
    let missing = srv.cli(&["api", "GET", "/v1/rooms/nope"]).code(6);
    assert_eq!(missing.json()["code"], "not_found");
    // Bad input, named: the file, and the line and column of the JSON.
    let gone = srv.dir().join("gone.json");
    srv.cli(&["api", "POST", "/v1/rooms", "-d", &format!("@{}", gone.display())])
        .code(2)
        .stderr_has(&["reading the body from", "gone.json"]);
    let broken = srv.write_file("broken.json", "{\n  \"name\": \"x\",\n  category\n}");
    srv.cli(&["api", "POST", "/v1/rooms", "-d", &format!("@{}", broken.display())])
        .code(2)
        .stderr_has(&["broken.json is not JSON", "line 3 column 3"]);
    srv.cli(&["api", "POST", "/v1/rooms", "{}", "-d", "{}"]).code(2).stderr_has(&["cannot be used with"]);
}
