//! The OpenAPI description served at `GET /v1/openapi.json`, built from one route table.

use serde_json::{json, Map, Value};

/// (method, path, summary, admin only)
pub const ROUTES: &[(&str, &str, &str, bool)] = &[
    ("get", "/healthz", "Liveness: the process answers", false),
    ("get", "/readyz", "Readiness: the store answers and its schema is current", false),
    ("get", "/v1/version", "Server version, store backend and schema version", false),
    ("get", "/v1/me", "The caller's role and owner", false),
    ("get", "/v1/openapi.json", "This document", false),
    (
        "post",
        "/v1/changesets",
        "Apply (or with dry_run validate) create/update/upsert/delete operations in one transaction",
        false,
    ),
    ("get", "/v1/directory/users", "List users (name glob, cursor)", true),
    ("post", "/v1/directory/users", "Create a user", true),
    ("get", "/v1/directory/users/{sip}", "Show a user (a user token: its owner only)", false),
    ("patch", "/v1/directory/users/{sip}", "Change a user (If-Match: revision)", true),
    ("delete", "/v1/directory/users/{sip}", "Delete a user", true),
    ("get", "/v1/directory/users/{sip}/effective-policy", "The policy that applies to a user", false),
    ("get", "/v1/directory/groups", "List groups", true),
    ("post", "/v1/directory/groups", "Create a group", true),
    ("get", "/v1/directory/groups/{name}", "Show a group", true),
    ("patch", "/v1/directory/groups/{name}", "Change a group (members replace the list)", true),
    ("delete", "/v1/directory/groups/{name}", "Delete a group", true),
    ("get", "/v1/categories", "List the categories the caller may see", false),
    ("post", "/v1/categories", "Create a category", true),
    ("get", "/v1/categories/{name}", "Show a category (?pool=)", false),
    ("patch", "/v1/categories/{name}", "Change a category; rooms lose members outside a narrowed scope", true),
    ("delete", "/v1/categories/{name}", "Delete an empty category", true),
    (
        "get",
        "/v1/rooms",
        "List rooms (category, pool, privacy, type, disabled, member, manager, addin, name, limit, cursor)",
        false,
    ),
    ("post", "/v1/rooms", "Create a room (administrators, or creators of its category)", false),
    ("get", "/v1/rooms/{name}", "Show a room (?pool=)", false),
    ("patch", "/v1/rooms/{name}", "Change a room (administrators and its managers)", false),
    ("delete", "/v1/rooms/{name}", "Delete a room", true),
    ("get", "/v1/rooms/{name}/members", "The room's members, managers and presenters", false),
    ("post", "/v1/rooms/{name}/members", "Add and remove principals in one role", false),
    ("post", "/v1/rooms/{name}/enable", "Enable a room", false),
    ("post", "/v1/rooms/{name}/disable", "Disable a room", false),
    ("get", "/v1/addins", "List add-ins", false),
    ("post", "/v1/addins", "Register an add-in", true),
    ("get", "/v1/addins/{name}", "Show an add-in", false),
    ("patch", "/v1/addins/{name}", "Change an add-in", true),
    ("delete", "/v1/addins/{name}", "Delete an add-in no room uses", true),
    ("get", "/v1/policies", "List policies", true),
    ("post", "/v1/policies", "Create a site or tag policy", true),
    ("get", "/v1/policies/{identity}", "Show a policy", true),
    ("patch", "/v1/policies/{identity}", "Change a policy", true),
    ("delete", "/v1/policies/{identity}", "Delete a policy (global: reset)", true),
    ("post", "/v1/policies/grants", "Grant a tag policy to users (policy null: take it away)", true),
    ("get", "/v1/config", "Stored chat configuration scopes", true),
    ("get", "/v1/config/{scope}", "Effective chat configuration at a scope, with the source of each value", true),
    ("patch", "/v1/config/{scope}", "Set chat configuration values at a scope", true),
    ("delete", "/v1/config/{scope}", "Remove a scope's values (global: reset to defaults)", true),
    ("get", "/v1/tokens", "List tokens (never their secrets)", true),
    ("post", "/v1/tokens", "Create a token; the secret is shown once", true),
    ("delete", "/v1/tokens/{id}", "Revoke a token", true),
];

/// Whether the route table marks `METHOD PATH` (the router's path template) as for
/// administrators only; the server refuses user tokens there before reading the body.
pub fn admin_only(method: &str, path: &str) -> bool {
    ROUTES.iter().any(|(m, p, _, admin)| *admin && p == &path && m.eq_ignore_ascii_case(method))
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

pub fn document() -> String {
    let mut paths = Map::new();
    for (method, path, summary, admin) in ROUTES {
        let entry = paths.entry(path.to_string()).or_insert_with(|| json!({}));
        let params: Vec<Value> = path
            .split('/')
            .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(|name| json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }))
            .collect();
        let security = if path.starts_with("/v1/") { json!([{ "bearer": [] }]) } else { json!([]) };
        entry[*method] = json!({
            "summary": summary,
            "parameters": params,
            "security": security,
            "x-pchat-admin-only": admin,
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
