//! The OpenAPI 3.1 description served at `GET /v1/openapi.json`, built from the server's one
//! route table and the wire types' JSON Schemas (schemars reads their serde attributes), so
//! the document says what the code reads and writes and cannot drift from it.
//!
//! Request bodies and query parameters come from each handler's signature (the server's
//! `routes/signature.rs`), answers and the problem codes beyond the common ones from the
//! route table. Request types are described as they are read (serde's deserialize side: a
//! field with a default is optional) and answers as they are written (a field skipped when
//! empty is optional); a type that differs between the two has two components, the reading
//! one named `…Input`.

use std::collections::{BTreeMap, BTreeSet};

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Map, Value};

use super::error::{ErrorCode, Problem, PROBLEM_CONTENT_TYPE};

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

/// A type's schema, made by the generator of the side it is on (a `$ref` for named types).
pub type SchemaFn = fn(&mut SchemaGenerator) -> Schema;

/// The schema of `T` where it is used: a reference to its component.
pub fn schema_of<T: JsonSchema + ?Sized>(generator: &mut SchemaGenerator) -> Schema {
    generator.subschema_for::<T>()
}

/// The schema of `T` itself, inline (a query's parameters are its properties).
pub fn inline_schema_of<T: JsonSchema + ?Sized>(generator: &mut SchemaGenerator) -> Schema {
    T::json_schema(generator)
}

/// A body on the wire: its media type and, when it is JSON, its schema.
#[derive(Debug, Clone, Copy)]
pub struct Body {
    pub media: &'static str,
    pub schema: Option<SchemaFn>,
}

/// What a handler reads besides its path, as its signature says.
#[derive(Debug, Clone, Copy, Default)]
pub struct Takes {
    /// The query type's inline schema: each property is a parameter.
    pub query: Option<SchemaFn>,
    pub body: Option<Body>,
}

/// A successful answer of a route.
#[derive(Debug, Clone, Copy)]
pub struct Answer {
    pub status: u16,
    /// None for an answer without a body (204).
    pub media: Option<&'static str>,
    pub schema: Option<SchemaFn>,
    pub description: &'static str,
}

/// 200 with a JSON `T`.
pub const fn ok<T: JsonSchema + ?Sized>() -> Answer {
    answer::<T>(200, "application/json", "OK")
}

/// 201 with a JSON `T`.
pub const fn created<T: JsonSchema + ?Sized>() -> Answer {
    answer::<T>(201, "application/json", "Created")
}

/// `status` with a `T` in `media` (a line of NDJSON, an event of a stream).
pub const fn answer<T: JsonSchema + ?Sized>(status: u16, media: &'static str, description: &'static str) -> Answer {
    Answer { status, media: Some(media), schema: Some(schema_of::<T>), description }
}

/// `status` with a body the document has no schema for (text, files, archive frames).
pub const fn raw(status: u16, media: &'static str, description: &'static str) -> Answer {
    Answer { status, media: Some(media), schema: None, description }
}

/// 204, no body.
pub const NO_CONTENT: Answer = Answer { status: 204, media: None, schema: None, description: "No Content" };

/// A request header a route reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Header {
    /// The revision the caller holds (`"7"`); the write is refused with `stale_revision`
    /// when the object has moved on.
    IfMatch,
    /// The id of the last event a stream saw; it resumes after it.
    LastEventId,
}

impl Header {
    pub fn name(self) -> &'static str {
        match self {
            Header::IfMatch => "If-Match",
            Header::LastEventId => "Last-Event-ID",
        }
    }

    fn description(self) -> &'static str {
        match self {
            Header::IfMatch => "The revision the change was prepared on (`\"7\"`, `7` or `W/\"7\"`; `*` for any)",
            Header::LastEventId => "Resume after this event id",
        }
    }
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
    /// The handler's name (`rooms::get`), the operation's id.
    pub handler: &'static str,
    /// Read from the handler's signature.
    pub takes: fn() -> Takes,
    pub answers: &'static [Answer],
    /// Problem codes beyond those every route of its kind can answer (the server's
    /// `problem_codes` adds those).
    pub codes: &'static [&'static [ErrorCode]],
    pub headers: &'static [Header],
}

impl Route {
    /// The path's parameters, in order.
    pub fn path_parameters(&self) -> impl Iterator<Item = &'static str> {
        self.path.split('/').filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
    }

    /// `rooms::get` as an operation id: `rooms_get`.
    pub fn operation_id(&self) -> String {
        self.handler.replace("::", "_")
    }
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

/// Which generator a schema fragment came from: its `$ref`s name that side's components.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Side {
    Reads,
    Writes,
}

const COMPONENTS: &str = "#/components/schemas/";

fn generator(side: Side) -> SchemaGenerator {
    let settings = SchemaSettings::draft2020_12().with(|s| {
        s.definitions_path = "/components/schemas/".into();
        s.meta_schema = None;
    });
    match side {
        Side::Reads => settings.for_deserialize(),
        Side::Writes => settings.for_serialize(),
    }
    .into_generator()
}

/// The OpenAPI document of these routes; `codes` answers every problem code of a route.
pub fn document(routes: &[Route], codes: &dyn Fn(&Route) -> Vec<ErrorCode>) -> String {
    let mut reads = generator(Side::Reads);
    let mut writes = generator(Side::Writes);
    // Fragments are made first and their references renamed once every component is known.
    let mut fragments: Vec<(Side, Value)> = Vec::new();
    let mut fragment = |side: Side, schema: Schema| -> usize {
        fragments.push((side, schema.to_value()));
        fragments.len() - 1
    };
    let problem = fragment(Side::Writes, writes.subschema_for::<Problem>());

    struct Made {
        query: Option<usize>,
        body: Option<(&'static str, Option<usize>)>,
        answers: Vec<(Answer, Option<usize>)>,
    }
    let made: Vec<Made> = routes
        .iter()
        .map(|route| {
            let takes = (route.takes)();
            Made {
                query: takes.query.map(|q| fragment(Side::Reads, q(&mut reads))),
                body: takes.body.map(|b| (b.media, b.schema.map(|s| fragment(Side::Reads, s(&mut reads))))),
                answers: route
                    .answers
                    .iter()
                    .map(|a| (*a, a.schema.map(|s| fragment(Side::Writes, s(&mut writes)))))
                    .collect(),
            }
        })
        .collect();

    let schemas = components(&mut fragments, reads.take_definitions(true), writes.take_definitions(true));
    let fragment = |i: usize| fragments[i].1.clone();

    let mut paths = Map::new();
    for (route, made) in routes.iter().zip(made) {
        let entry = paths.entry(route.path.to_string()).or_insert_with(|| json!({}));
        let mut parameters: Vec<Value> = route
            .path_parameters()
            .map(|name| json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }))
            .collect();
        if let Some(query) = made.query {
            parameters.extend(query_parameters(&fragment(query)));
        }
        for header in route.headers {
            parameters.push(json!({
                "name": header.name(), "in": "header", "required": false,
                "description": header.description(), "schema": { "type": "string" }
            }));
        }
        let mut responses = Map::new();
        for (answer, schema) in &made.answers {
            let response = responses
                .entry(answer.status.to_string())
                .or_insert_with(|| json!({ "description": answer.description }));
            if let Some(media) = answer.media {
                let media_type = match schema {
                    Some(i) => json!({ "schema": fragment(*i) }),
                    None => json!({}),
                };
                response["content"][media] = media_type;
            }
        }
        let all = codes(route);
        let mut by_status: BTreeMap<u16, Vec<&'static str>> = BTreeMap::new();
        for code in &all {
            by_status.entry(code.status()).or_default().push(code.as_str());
        }
        for (status, names) in &by_status {
            let title = super::error::title_for(*status);
            responses.insert(
                status.to_string(),
                json!({
                    "description": format!("{title}: {}", names.join(", ")),
                    "x-pchat-codes": names,
                    "content": { PROBLEM_CONTENT_TYPE: { "schema": {
                        "allOf": [fragment(problem)],
                        "properties": { "code": { "enum": names } }
                    } } }
                }),
            );
        }
        let mut operation = json!({
            "operationId": route.operation_id(),
            "summary": route.summary,
            "parameters": parameters,
            "security": if route.access == Access::Public { json!([]) } else { json!([{ "bearer": [] }]) },
            "x-pchat-admin-only": route.access == Access::Admin,
            "x-pchat-codes": all.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
            "responses": responses,
        });
        if let Some((media, schema)) = made.body {
            let media_type = match schema {
                Some(i) => json!({ "schema": fragment(i) }),
                None => json!({}),
            };
            operation["requestBody"] = json!({ "required": true, "content": { media: media_type } });
        }
        entry[route.method] = operation;
    }
    let doc = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "pchat management API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Every error is an application/problem+json document with a stable `code`; \
                each response lists the codes its status stands for in `x-pchat-codes`."
        },
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "paths": paths,
        "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
            "schemas": schemas,
        }
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// A query type's properties as query parameters.
fn query_parameters(schema: &Value) -> Vec<Value> {
    let required: BTreeSet<&str> =
        schema["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    let Some(properties) = schema["properties"].as_object() else { return Vec::new() };
    properties
        .iter()
        .map(|(name, property)| {
            let mut parameter = json!({
                "name": name, "in": "query", "required": required.contains(name.as_str()), "schema": not_null(property)
            });
            if let Some(description) = property.get("description") {
                parameter["description"] = description.clone();
            }
            parameter
        })
        .collect()
}

/// A query parameter is absent or a value, never `null`: `["string", "null"]` is `"string"`,
/// `anyOf: [X, {"type": "null"}]` is X.
fn not_null(schema: &Value) -> Value {
    let mut schema = schema.clone();
    if schema.get("default") == Some(&Value::Null) {
        schema.as_object_mut().map(|s| s.remove("default"));
    }
    if let Some(types) = schema.get_mut("type").and_then(Value::as_array_mut) {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            schema["type"] = types[0].clone();
        }
    }
    let any_of = schema.get("anyOf").and_then(Value::as_array).cloned();
    if let Some(any_of) = any_of {
        let kept: Vec<Value> = any_of.into_iter().filter(|s| s != &json!({ "type": "null" })).collect();
        if let [only] = kept.as_slice() {
            let description = schema.get("description").cloned();
            schema = only.clone();
            if let Some(description) = description {
                schema["description"] = description;
            }
        }
    }
    schema
}

/// The components of both sides, one per name where both sides agree, `…Input` for the
/// reading side's where they differ; every fragment's references renamed to match.
fn components(
    fragments: &mut [(Side, Value)],
    reads: Map<String, Value>,
    writes: Map<String, Value>,
) -> Map<String, Value> {
    let mut renames: BTreeMap<(Side, String), String> = BTreeMap::new();
    let mut schemas: BTreeMap<String, (Side, Value)> = BTreeMap::new();
    for (name, schema) in &writes {
        let component = component_name(name);
        renames.insert((Side::Writes, name.clone()), component.clone());
        schemas.insert(component, (Side::Writes, schema.clone()));
    }
    for (name, schema) in &reads {
        let mut component = component_name(name);
        if writes.get(name).is_some_and(|w| w != schema) {
            component.push_str("Input");
        }
        renames.insert((Side::Reads, name.clone()), component.clone());
        schemas.entry(component).or_insert_with(|| (Side::Reads, schema.clone()));
    }
    for (side, value) in fragments.iter_mut() {
        rename_refs(value, *side, &renames);
    }
    schemas
        .into_iter()
        .map(|(name, (side, mut schema))| {
            rename_refs(&mut schema, side, &renames);
            (name, schema)
        })
        .collect()
}

/// OpenAPI component names are `[A-Za-z0-9._-]+`: a generic's `Page<Room>` is `Page_Room`.
fn component_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' | '.' | '-' | '_' => out.push(c),
            _ if !out.ends_with('_') => out.push('_'),
            _ => {}
        }
    }
    out.trim_end_matches('_').to_string()
}

fn rename_refs(value: &mut Value, side: Side, renames: &BTreeMap<(Side, String), String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get_mut("$ref") {
                if let Some(name) = target.strip_prefix(COMPONENTS) {
                    let name = name.replace("~1", "/").replace("~0", "~");
                    if let Some(renamed) = renames.get(&(side, name)) {
                        *target = format!("{COMPONENTS}{renamed}");
                    }
                }
            }
            for v in map.values_mut() {
                rename_refs(v, side, renames);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rename_refs(v, side, renames)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{Page, Room, RoomSpec};

    fn takes_nothing() -> Takes {
        Takes::default()
    }

    fn takes_room_spec() -> Takes {
        Takes {
            query: Some(inline_schema_of::<crate::api::PoolQuery>),
            body: Some(Body { media: "application/json", schema: Some(schema_of::<RoomSpec>) }),
        }
    }

    const ROUTES: &[Route] = &[
        Route {
            method: "get",
            path: "/v1/rooms",
            access: Access::User,
            summary: "List rooms",
            handler: "rooms::list",
            takes: takes_nothing,
            answers: &[ok::<Page<Room>>()],
            codes: &[],
            headers: &[],
        },
        Route {
            method: "patch",
            path: "/v1/rooms/{name}",
            access: Access::User,
            summary: "Change a room",
            handler: "rooms::update",
            takes: takes_room_spec,
            answers: &[ok::<Room>()],
            codes: &[&[ErrorCode::StaleRevision]],
            headers: &[Header::IfMatch],
        },
    ];

    fn doc() -> Value {
        serde_json::from_str(&document(ROUTES, &|r| r.codes.iter().flat_map(|c| c.iter().copied()).collect())).unwrap()
    }

    fn component<'a>(doc: &'a Value, reference: &Value) -> &'a Value {
        let name = reference["$ref"].as_str().unwrap().strip_prefix(COMPONENTS).unwrap();
        &doc["components"]["schemas"][name]
    }

    fn required(schema: &Value) -> BTreeSet<&str> {
        schema["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect()
    }

    /// A room as answered: every field the server always writes is required, its meta
    /// fields inline (`flatten`), `type` renamed, labels optional (skipped when empty).
    #[test]
    fn a_room_answers_its_fields_inline() {
        let doc = doc();
        let page = component(
            &doc,
            &doc["paths"]["/v1/rooms"]["get"]["responses"]["200"]["content"]["application/json"]["schema"],
        );
        let room = component(&doc, &page["properties"]["items"]["items"]);
        let fields = required(room);
        for field in ["name", "category", "pool", "type", "privacy", "members", "id", "revision", "created_at"] {
            assert!(fields.contains(field), "{field} in {fields:?}");
        }
        assert!(!fields.contains("labels") && !fields.contains("room_type") && !fields.contains("meta"), "{fields:?}");
        assert!(room["properties"]["labels"].is_object());
        let privacy = component(&doc, &room["properties"]["privacy"]);
        assert_eq!(privacy["enum"], json!(["open", "closed", "secret"]));
    }

    /// A room spec as read: nothing required, unknown fields refused, the page's
    /// query a parameter, the problem codes listed under their status.
    #[test]
    fn a_room_spec_is_read_strictly() {
        let doc = doc();
        let op = &doc["paths"]["/v1/rooms/{name}"]["patch"];
        let spec = component(&doc, &op["requestBody"]["content"]["application/json"]["schema"]);
        assert_eq!(spec["additionalProperties"], json!(false), "{spec}");
        assert!(spec.get("required").is_none_or(|r| r.as_array().unwrap().is_empty()), "{spec}");
        assert!(spec["properties"]["type"].is_object() && spec["properties"]["add"].is_object(), "{spec}");
        let names: Vec<&str> =
            op["parameters"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["name", "pool", "If-Match"]);
        assert_eq!(op["responses"]["409"]["x-pchat-codes"], json!(["stale_revision"]));
        assert_eq!(op["operationId"], "rooms_update");
    }
}
