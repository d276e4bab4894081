//! The OpenAPI description served at `GET /v1/openapi.json`, built from the server's one
//! route table.

use serde_json::{json, Map, Value};

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// No token needed (health probes).
    Public,
    /// Any valid token; the handler decides what a user token may see and do.
    User,
    /// Administrator tokens only: a user token is refused before the body is read.
    Admin,
}

/// One route of the API: the server's route table (`server/routes`) lists every one, and
/// this module describes them.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    /// Lower-case HTTP method.
    pub method: &'static str,
    /// The path template, `{name}` for a parameter.
    pub path: &'static str,
    pub access: Access,
    pub summary: &'static str,
}

/// What a user token is told on an administrators' route.
pub fn admin_only_refusal(method: &str, path: &str) -> String {
    match (method.to_ascii_lowercase().as_str(), path) {
        ("delete", "/v1/rooms/{name}") => {
            "only administrators can delete rooms; a manager can disable the room instead".to_string()
        }
        _ => format!("{} {path} needs an administrator token; the token in use has role user", method.to_uppercase()),
    }
}

/// The OpenAPI document of these routes.
pub fn document(routes: &[Route]) -> String {
    let mut paths = Map::new();
    for Route { method, path, summary, access } in routes {
        let entry = paths.entry(path.to_string()).or_insert_with(|| json!({}));
        let params: Vec<Value> = path
            .split('/')
            .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(|name| json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }))
            .collect();
        let security = if *access == Access::Public { json!([]) } else { json!([{ "bearer": [] }]) };
        entry[*method] = json!({
            "summary": summary,
            "parameters": params,
            "security": security,
            "x-pchat-admin-only": *access == Access::Admin,
            "responses": {
                "200": { "description": "OK" },
                "default": { "description": "An error", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
            }
        });
    }
    let doc = json!({
        "openapi": "3.1.0",
        "info": { "title": "pchat management API", "version": env!("CARGO_PKG_VERSION") },
        "paths": paths,
        "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
            "schemas": {
                "Problem": {
                    "type": "object",
                    "required": ["type", "title", "status", "code", "detail"],
                    "properties": {
                        "type": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "integer" },
                        "code": { "type": "string" }, "detail": { "type": "string" }, "field": { "type": "string" },
                        "errors": { "type": "array" }, "current": { "type": "object" }
                    }
                }
            }
        }
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
