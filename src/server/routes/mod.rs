//! The router: one module per resource, plus health and the API description.

mod categories;
mod changesets;
mod checklist;
mod compliance;
mod config;
mod content;
mod directory;
mod events;
mod files;
mod health;
mod jobs;
pub(crate) mod messages;
mod migration;
mod policies;
mod pools;
mod rooms;
mod search;
mod tokens;
mod topology;

pub use tokens::mint as mint_token;
mod addins;
mod codes;
mod signature;

use std::sync::Arc;

use axum::http::HeaderMap;
use axum::Router;

use super::auth::Caller;
use super::changeset;
use super::error::{ApiError, ApiResult};
use super::AppState;
use crate::api::checklist::Report;
use crate::api::migration::{ImportReport, Job};
use crate::api::openapi::{answer, created, ok, raw, Access, Header, Route, NO_CONTENT};
use crate::api::pools::{FailoverDone, PoolStatus, PoolsStatus};
use crate::api::topology::{PublishedTopology, TopologyVersion};
use crate::api::*;

use codes::*;

/// The one route table: the router is built from it, the OpenAPI document is generated
/// from it (with what each handler's signature reads), and authentication reads from it which
/// routes are for administrators. Each entry: method, path, handler, who may call it, its
/// summary; then its answers, the problem codes it adds to those of its kind
/// ([`problem_codes`]) and the headers it reads.
macro_rules! route_table {
    ($($method:ident $path:literal => $handler:path, $access:ident, $summary:literal;
        $answers:expr, $codes:expr $(, $header:ident)*;)+) => {
        pub const ROUTES: &[Route] = &[$(Route {
            method: stringify!($method),
            path: $path,
            access: Access::$access,
            summary: $summary,
            handler: stringify!($handler),
            takes: signature::takes_of(&$handler),
            answers: $answers,
            codes: $codes,
            headers: &[$(Header::$header),*],
        }),+];

        fn routes(router: Router<Arc<AppState>>) -> Router<Arc<AppState>> {
            router$(.route($path, axum::routing::$method($handler)))+
        }
    };
}

route_table! {
    get "/healthz" => health::healthz, Public, "Liveness: the process answers";
        &[ok::<Health>()], &[];
    get "/readyz" => health::readyz, Public, "Readiness: the store answers and its schema is current";
        &[ok::<Health>(), answer::<Health>(503, "application/json", "Not ready: the store does not answer or its schema is not current")], &[];
    get "/v1/version" => health::version, User, "Server version, store backend and schema version";
        &[ok::<Version>()], &[];
    get "/v1/me" => health::me, User, "The caller's role and owner";
        &[ok::<Identity>()], &[];
    get "/v1/openapi.json" => health::openapi, User, "This document";
        &[raw(200, "application/json", "This OpenAPI 3.1 document")], &[];
    post "/v1/changesets" => changesets::apply, User, "Apply (or with dry_run validate) create/update/upsert/delete operations in one transaction";
        &[ok::<ChangesetResult>(), answer::<ChangesetEvent>(200, PROGRESS_CONTENT_TYPE, "With Accept: application/x-ndjson: one event a line, progress then the outcome")], &[CHANGESET];
    get "/v1/directory/users" => directory::list_users, Admin, "List users (name glob, cursor)";
        &[ok::<Page<User>>()], &[];
    post "/v1/directory/users" => directory::create_user, Admin, "Create a user";
        &[created::<User>()], &[WRITE];
    get "/v1/directory/users/{sip}" => directory::get_user, User, "Show a user (a user token: its owner only)";
        &[ok::<User>()], &[PRINCIPAL];
    patch "/v1/directory/users/{sip}" => directory::update_user, Admin, "Change a user (If-Match: revision)";
        &[ok::<Written<User>>()], &[WRITE], IfMatch;
    delete "/v1/directory/users/{sip}" => directory::delete_user, Admin, "Delete a user";
        &[ok::<Deleted>()], &[WRITE], IfMatch;
    get "/v1/directory/users/{sip}/effective-policy" => policies::effective, User, "The policy that applies to a user (a user token: its owner only)";
        &[ok::<EffectivePolicy>()], &[PRINCIPAL];
    get "/v1/directory/groups" => directory::list_groups, Admin, "List groups";
        &[ok::<Page<Group>>()], &[];
    post "/v1/directory/groups" => directory::create_group, Admin, "Create a group";
        &[created::<Group>()], &[WRITE, GROUP];
    get "/v1/directory/groups/{name}" => directory::get_group, Admin, "Show a group";
        &[ok::<Group>()], &[];
    patch "/v1/directory/groups/{name}" => directory::update_group, Admin, "Change a group (members replace the list)";
        &[ok::<Written<Group>>()], &[WRITE, GROUP], IfMatch;
    delete "/v1/directory/groups/{name}" => directory::delete_group, Admin, "Delete a group";
        &[ok::<Deleted>()], &[WRITE], IfMatch;
    get "/v1/categories" => categories::list, User, "List the categories the caller may see";
        &[ok::<Page<Category>>()], &[];
    post "/v1/categories" => categories::create, Admin, "Create a category";
        &[created::<Category>()], &[WRITE, CATEGORY];
    get "/v1/categories/{name}" => categories::get, User, "Show a category (?pool=)";
        &[ok::<Category>()], &[AMBIGUOUS];
    patch "/v1/categories/{name}" => categories::update, Admin, "Change a category; rooms lose members outside a narrowed scope";
        &[ok::<Written<Category>>()], &[WRITE, CATEGORY], IfMatch;
    delete "/v1/categories/{name}" => categories::delete, Admin, "Delete an empty category";
        &[NO_CONTENT], &[WRITE, CATEGORY], IfMatch;
    get "/v1/rooms" => rooms::list, User, "List rooms (category, pool, privacy, type, disabled, member, manager, addin, name, limit, cursor)";
        &[ok::<Page<Room>>()], &[];
    post "/v1/rooms" => rooms::create, User, "Create a room (administrators, or creators of its category)";
        &[created::<Room>()], &[WRITE, ROOM];
    get "/v1/rooms/{name}" => rooms::get, User, "Show a room (?pool=)";
        &[ok::<Room>()], &[AMBIGUOUS];
    patch "/v1/rooms/{name}" => rooms::update, User, "Change a room (administrators and its managers)";
        &[ok::<Written<Room>>()], &[WRITE, ROOM], IfMatch;
    delete "/v1/rooms/{name}" => rooms::delete, Admin, "Delete a room (one that holds messages: ?allow_destroy=true)";
        &[NO_CONTENT], &[WRITE, DELETE_ROOM], IfMatch;
    get "/v1/rooms/{name}/activity" => rooms::activity, User, "How many messages a room holds, and when the last came";
        &[ok::<RoomActivity>()], &[AMBIGUOUS];
    get "/v1/rooms/{name}/members" => rooms::members, User, "The room's members, managers and presenters";
        &[ok::<Vec<RoomEntry>>()], &[AMBIGUOUS];
    post "/v1/rooms/{name}/members" => rooms::change_members, User, "Add and remove principals in one role";
        &[ok::<Written<Room>>()], &[WRITE, ROOM], IfMatch;
    post "/v1/rooms/{name}/enable" => rooms::enable, User, "Enable a room";
        &[ok::<Written<Room>>()], &[WRITE];
    post "/v1/rooms/{name}/disable" => rooms::disable, User, "Disable a room";
        &[ok::<Written<Room>>()], &[WRITE];
    get "/v1/chat/rooms" => messages::rooms, User, "The rooms the caller may chat in (pool, joined, name, limit, cursor), with their role and rights";
        &[ok::<Page<ChatRoom>>()], &[CHAT];
    get "/v1/chat/invitations" => messages::invitations, User, "Rooms with invitations on that list the caller and that the caller has not joined";
        &[ok::<Page<ChatRoom>>()], &[CHAT];
    post "/v1/rooms/{name}/join" => messages::join, User, "Join a room; answers its last messages (default chat history)";
        &[ok::<Joined>()], &[CHAT];
    post "/v1/rooms/{name}/leave" => messages::leave, User, "Leave a room";
        &[NO_CONTENT], &[CHAT];
    get "/v1/rooms/{name}/messages" => messages::history, User, "History, newest first (limit, cursor either way, since, until)";
        &[ok::<HistoryPage>()], &[CHAT, INPUT];
    post "/v1/rooms/{name}/messages" => messages::post, User, "Post a message, or with a title a story; 201 once it is committed";
        &[created::<Message>()], &[CHAT, INPUT];
    get "/v1/chat/events" => events::events, User, "Live events (Server-Sent Events) of the rooms joined, or of ?room=; resumes after Last-Event-ID";
        &[answer::<ChatEvent>(200, "text/event-stream", "Server-Sent Events: each event's data is one of these, its id the place to resume after")], &[CHAT], LastEventId;
    post "/v1/rooms/{name}/files" => files::upload, User, "Upload a file (the body) into a room whose category allows uploads; ?name= is its name";
        &[created::<FileInfo>()], &[CHAT, INPUT, FILES];
    get "/v1/rooms/{name}/files/{id}" => files::download, User, "Download a file of a room one may read";
        &[raw(200, "application/octet-stream", "The file's bytes, with the Content-Type it was uploaded with")], &[CHAT];
    post "/v1/rooms/{name}/messages/remove" => content::remove, Admin, "Remove, or replace the text of, the messages a selection names (from, since, until, keywords)";
        &[ok::<ContentChanged>()], &[AMBIGUOUS, INPUT];
    post "/v1/rooms/{name}/clear" => content::clear, Admin, "Remove every message posted on or before a time";
        &[ok::<ContentChanged>()], &[AMBIGUOUS, INPUT];
    get "/v1/audit" => content::audit, Admin, "What administrators did to content, newest first";
        &[ok::<Page<AuditRecord>>()], &[];
    get "/v1/messages/search" => search::search, User, "Full-text search over the rooms the caller may read, newest first (q, room, pool, from, since, until, limit, cursor)";
        &[ok::<Page<Message>>()], &[CHAT, INPUT];
    get "/v1/addins" => addins::list, User, "List the add-ins of the rooms the caller may see";
        &[ok::<Page<Addin>>()], &[];
    post "/v1/addins" => addins::create, Admin, "Register an add-in";
        &[created::<Addin>()], &[WRITE, ADDIN];
    get "/v1/addins/{name}" => addins::get, User, "Show an add-in";
        &[ok::<Addin>()], &[AMBIGUOUS];
    patch "/v1/addins/{name}" => addins::update, Admin, "Change an add-in";
        &[ok::<Addin>()], &[WRITE], IfMatch;
    delete "/v1/addins/{name}" => addins::delete, Admin, "Delete an add-in no room uses";
        &[NO_CONTENT], &[WRITE, ADDIN], IfMatch;
    get "/v1/policies" => policies::list, Admin, "List policies";
        &[ok::<Page<Policy>>()], &[];
    post "/v1/policies" => policies::create, Admin, "Create a site or tag policy";
        &[created::<Policy>()], &[WRITE];
    get "/v1/policies/{identity}" => policies::get, Admin, "Show a policy";
        &[ok::<Policy>()], &[];
    patch "/v1/policies/{identity}" => policies::update, Admin, "Change a policy";
        &[ok::<Policy>()], &[WRITE], IfMatch;
    delete "/v1/policies/{identity}" => policies::delete, Admin, "Delete a policy (global: reset)";
        &[NO_CONTENT], &[WRITE], IfMatch;
    post "/v1/policies/grants" => policies::grant, Admin, "Grant a tag policy to users (policy null: take it away)";
        &[ok::<GrantResult>()], &[WRITE];
    get "/v1/config" => config::list, Admin, "Stored chat configuration scopes";
        &[ok::<Page<ChatConfigScope>>()], &[];
    get "/v1/config/{scope}" => config::effective, Admin, "Effective chat configuration at a scope, with the source of each value";
        &[ok::<EffectiveChatConfig>()], &[INPUT];
    patch "/v1/config/{scope}" => config::set, Admin, "Set chat configuration values at a scope";
        &[ok::<EffectiveChatConfig>()], &[WRITE], IfMatch;
    delete "/v1/config/{scope}" => config::reset, Admin, "Remove a scope's values (global: reset to defaults)";
        &[NO_CONTENT], &[WRITE], IfMatch;
    get "/v1/compliance/config" => compliance::show, Admin, "Compliance configuration per target, and what applies to each pool";
        &[ok::<ComplianceView>()], &[];
    put "/v1/compliance/config/{target}" => compliance::set, Admin, "Set compliance values for global or pool:NAME (enabled, run_interval, output_dir, ...)";
        &[ok::<ComplianceConfig>()], &[INPUT, AMBIGUOUS, STALE], IfMatch;
    delete "/v1/compliance/config/{target}" => compliance::reset, Admin, "Remove a target's compliance values (it inherits again)";
        &[NO_CONTENT], &[INPUT];
    get "/v1/compliance/status" => compliance::status, Admin, "Each pool's exporter: events waiting, last run and error, lease holder";
        &[ok::<ComplianceStatus>()], &[];
    post "/v1/compliance/export" => compliance::export, Admin, "Export now the waiting events of a pool, a room or a time range (each event once)";
        &[ok::<ComplianceExported>()], &[INPUT, AMBIGUOUS, LEASE];
    get "/v1/compliance/events" => compliance::events, Admin, "Recorded compliance events, oldest first";
        &[ok::<Page<ComplianceRecord>>()], &[INPUT];
    get "/v1/topology" => topology::show, Admin, "The published topology in force";
        &[ok::<PublishedTopology>()], &[];
    put "/v1/topology" => topology::publish, Admin, "Publish a topology (If-Match: the version it was prepared on); checked with every rule";
        &[ok::<PublishedTopology>()], &[INPUT, TOPOLOGY], IfMatch;
    get "/v1/topology/history" => topology::history, Admin, "Every published version, newest first";
        &[ok::<Page<TopologyVersion>>()], &[];
    get "/v1/pools" => pools::list, Admin, "Every pool and node: up or down, role, version, load; and what does not match the topology";
        &[ok::<PoolsStatus>()], &[];
    get "/v1/pools/{name}" => pools::show, Admin, "One pool and its nodes";
        &[ok::<PoolStatus>()], &[];
    post "/v1/pools/{name}/active" => pools::set_active, Admin, "Make exactly these servers of the pool active (a new topology version); the others standby";
        &[ok::<PoolStatus>()], &[INPUT, TOPOLOGY];
    post "/v1/pools/{name}/failover" => pools::failover, Admin, "Move the pool to its backup store once it is reachable, current in schema and recent enough";
        &[ok::<FailoverDone>()], &[INPUT, FAILOVER];
    post "/v1/pools/{name}/failback" => pools::failback, Admin, "Move the pool back to its primary store, checked alike";
        &[ok::<FailoverDone>()], &[INPUT, FAILOVER];
    get "/metrics" => health::metrics, Admin, "This node's counters, in the Prometheus text format";
        &[raw(200, "application/openmetrics-text", "The OpenMetrics text format")], &[];
    post "/v1/migration/export" => migration::export, Admin, "Export a scope (all, pools, categories, rooms) with its history from one snapshot, as archive frames";
        &[raw(200, crate::archive::stream::CONTENT_TYPE, "Archive frames (docs/archive.md), streamed; the job id in a header")], &[INPUT, AMBIGUOUS, EXPORT];
    post "/v1/migration/import" => migration::import, Admin, "Import a .pchat archive (the body): checked first, then run as a job (dry_run, on_conflict, pool, category)";
        &[ok::<ImportReport>(), answer::<ImportReport>(202, "application/json", "Accepted: the import runs as a job")], &[INPUT, IMPORT];
    get "/v1/checklist" => checklist::run, Admin, "The deployment checklist's checks this node answers (phase, check: comma-separated; unused_after)";
        &[ok::<Report>()], &[INPUT];
    get "/v1/jobs" => jobs::list, Admin, "Exports, imports and scheduled directory syncs, newest first, with their progress (?kind= one of them)";
        &[ok::<Vec<Job>>()], &[];
    get "/v1/jobs/{id}" => jobs::show, Admin, "One job: counts per type, percent, rate, time left, its error";
        &[ok::<Job>()], &[INPUT];
    post "/v1/jobs/{id}/cancel" => jobs::cancel, Admin, "Ask a running job to stop";
        &[ok::<Job>()], &[INPUT];
    get "/v1/tokens" => tokens::list, Admin, "List tokens (never their secrets)";
        &[ok::<Vec<Token>>()], &[];
    post "/v1/tokens" => tokens::create, Admin, "Create a token; the secret is shown once";
        &[created::<TokenCreated>()], &[WRITE];
    delete "/v1/tokens/{id}" => tokens::revoke, Admin, "Revoke a token";
        &[NO_CONTENT], &[WRITE];
}

/// Who may call a route of [`ROUTES`] (`METHOD` lower-case, `PATH` the router's template).
pub fn access(method: &str, path: &str) -> Option<Access> {
    ROUTES.iter().find(|r| r.path == path && r.method.eq_ignore_ascii_case(method)).map(|r| r.access)
}

/// Every problem code a route can answer: those of its kind (a token, an administrators'
/// route, a path parameter, a query, a body, `If-Match`, a standby node) and its own.
pub fn problem_codes(route: &Route) -> Vec<ErrorCode> {
    use ErrorCode::*;
    let takes = (route.takes)();
    let mut codes = vec![Internal];
    if route.access != Access::Public {
        codes.extend([Unauthorized, AccountDisabled, Unavailable]);
        if !serves_on_standby(route.path) {
            codes.push(Standby);
        }
    }
    if route.access == Access::Admin {
        codes.push(Forbidden);
    }
    if route.path_parameters().next().is_some() {
        codes.extend([NotFound, BadRequest]);
    }
    if takes.query.is_some() {
        codes.extend([BadRequest, UnknownField]);
    }
    match takes.body {
        Some(body) if body.schema.is_some() => codes.extend([
            BadRequest,
            UnknownField,
            InvalidValue,
            PayloadTooLarge,
            UnsupportedMediaType,
            RequestTimeout,
        ]),
        Some(_) => codes.extend([PayloadTooLarge, RequestTimeout]),
        None => {}
    }
    if route.headers.contains(&Header::IfMatch) {
        codes.extend([BadRequest, StaleRevision]);
    }
    codes.extend(route.codes.iter().flat_map(|set| set.iter().copied()));
    codes.sort_by_key(|c| (c.status(), c.as_str()));
    codes.dedup();
    codes
}

/// The OpenAPI document of [`ROUTES`].
pub fn openapi_document() -> String {
    crate::api::openapi::document(ROUTES, &problem_codes)
}

pub fn router(state: Arc<AppState>) -> Router {
    routes(Router::new())
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), node_layer))
        .fallback(|| async { ApiError::new(ErrorCode::NotFound, "no such endpoint; see GET /v1/openapi.json") })
        .layer(axum::middleware::from_fn(problem_documents))
        .layer(axum::middleware::from_fn(log_request))
        .with_state(state)
}

/// One log line per request: method, path (never the query or headers, which may hold
/// secrets), status and time taken.
async fn log_request(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    // The client's id when it sent a sane one, so a report can name it; else a new one.
    let id = request
        .headers()
        .get(crate::api::REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 64 && v.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_string)
        .unwrap_or_else(new_request_id);
    let started = std::time::Instant::now();
    let mut response = next.run(request).await;
    let status = response.status().as_u16();
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    if status >= 500 {
        tracing::warn!(%method, %path, status, ms, request_id = %id, "request");
    } else {
        tracing::info!(%method, %path, status, ms, request_id = %id, "request");
    }
    if let Ok(value) = axum::http::HeaderValue::from_str(&id) {
        response.headers_mut().insert(crate::api::REQUEST_ID, value);
    }
    response
}

/// 16 random hex digits.
fn new_request_id() -> String {
    let mut bytes = [0u8; 8];
    let _ = getrandom::fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What a standby node still answers: its health, its version, its checklist, and the
/// pool's status and topology (so an administrator can make it active); not client work.
fn serves_on_standby(route: &str) -> bool {
    matches!(
        route,
        "/healthz" | "/readyz" | "/metrics" | "/v1/version" | "/v1/me" | "/v1/openapi.json" | "/v1/checklist"
    ) || route.starts_with("/v1/pools")
        || route.starts_with("/v1/topology")
}

/// Counts each request by its route (`/metrics`), and on a standby refuses client work,
/// naming the pool's active servers.
async fn node_layer(
    axum::extract::State(state): axum::extract::State<Arc<AppState>>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let route = request
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |m| m.as_str().to_string());
    let method = request.method().as_str().to_string();
    let started = std::time::Instant::now();
    let response = match &state.node {
        Some(node) if node.is_standby() && !serves_on_standby(&route) => {
            let active = node.active_servers();
            ApiError::new(
                ErrorCode::Standby,
                format!(
                    "node {} is a standby of pool {}: connect to an active server ({})",
                    node.membership.node,
                    node.membership.pool,
                    if active.is_empty() { "none is active".to_string() } else { active.join(", ") }
                ),
            )
            .into_response()
        }
        _ => next.run(request).await,
    };
    state.metrics.answered(&method, &route, response.status().as_u16(), started.elapsed().as_secs_f64());
    response
}

/// Every error is a problem document: what axum itself answers (405 with an empty body,
/// a rejection in plain text) is rewritten with the code its status stands for.
async fn problem_documents(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    use axum::http::header::{ALLOW, CONTENT_TYPE};
    use axum::response::IntoResponse;
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let response = next.run(request).await;
    let status = response.status();
    // Our own handlers answer JSON (problem documents, or /readyz's health); only the empty
    // and plain-text bodies of axum's own refusals are rewritten.
    let is_json = response.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| {
        let mime = v.split(';').next().unwrap_or("").trim();
        mime == "application/json" || mime.ends_with("+json")
    });
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let allow = response.headers().get(ALLOW).cloned();
    let error = match status.as_u16() {
        405 => {
            let allowed = allow.as_ref().and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
            ApiError::new(ErrorCode::MethodNotAllowed, format!("{method} is not allowed on {path}; it takes {allowed}"))
        }
        413 => ApiError::new(ErrorCode::PayloadTooLarge, "the request body is too large"),
        415 => ApiError::new(ErrorCode::UnsupportedMediaType, "the request body must be application/json"),
        401 => ApiError::new(ErrorCode::Unauthorized, "this call needs a valid bearer token"),
        403 => ApiError::forbidden("the call is not allowed"),
        404 => ApiError::new(ErrorCode::NotFound, "no such endpoint; see GET /v1/openapi.json"),
        400..=499 => ApiError::new(ErrorCode::BadRequest, format!("the request was refused ({status})")),
        503 => ApiError::new(ErrorCode::Unavailable, "the server cannot serve this now; try again shortly"),
        _ => ApiError::internal(format!("{method} {path} answered {status} without a problem document")),
    };
    let mut rewritten = error.into_response();
    if let Some(allow) = allow {
        rewritten.headers_mut().insert(ALLOW, allow);
    }
    rewritten
}

/// The revision an `If-Match` header asks for (`"7"`, `7` or `W/"7"`).
pub fn if_match(headers: &HeaderMap) -> ApiResult<Option<i64>> {
    let Some(value) = headers.get(axum::http::header::IF_MATCH) else { return Ok(None) };
    let text = value.to_str().unwrap_or_default().trim();
    if text == "*" {
        return Ok(None);
    }
    let digits = text.trim_start_matches("W/").trim_matches('"');
    digits.parse::<i64>().map(Some).map_err(|_| {
        ApiError::field(
            ErrorCode::BadRequest,
            "If-Match",
            format!("If-Match must hold a revision number, not {text:?}"),
        )
    })
}

/// An `ETag` header for an object's revision.
pub fn etag(revision: i64) -> [(axum::http::HeaderName, String); 1] {
    [(axum::http::header::ETAG, format!("\"{revision}\""))]
}

/// Runs one operation through the changeset engine.
pub async fn one_op(
    state: &AppState,
    caller: Caller,
    op: OpAction,
    name: String,
    pool: Option<String>,
    revision: Option<i64>,
    object: ObjectSpec,
) -> ApiResult<OpResult> {
    Ok(one_op_written(state, caller, op, name, pool, revision, object).await?.0)
}

/// Runs one operation and answers with the object exactly as the transaction committed it,
/// with the room entries the write dropped: the answer and the outcome are one decision.
#[allow(clippy::too_many_arguments)]
pub async fn write_one<T: TryFrom<changeset::Object>>(
    state: &AppState,
    caller: Caller,
    op: OpAction,
    name: String,
    pool: Option<String>,
    revision: Option<i64>,
    object: ObjectSpec,
) -> ApiResult<(T, Vec<crate::api::Dropped>)> {
    let kind = object.kind();
    let (result, written) = one_op_written(state, caller, op, name, pool, revision, object).await?;
    match written.map(T::try_from) {
        Some(Ok(object)) => Ok((object, result.dropped)),
        _ => Err(ApiError::internal(format!("the changeset engine wrote no {kind} for a {kind} write"))),
    }
}

/// Runs one operation and returns the object as it was committed.
pub async fn one_op_written(
    state: &AppState,
    caller: Caller,
    op: OpAction,
    name: String,
    pool: Option<String>,
    revision: Option<i64>,
    object: ObjectSpec,
) -> ApiResult<(OpResult, Option<changeset::Object>)> {
    let written = changeset::execute_one(&*state.store, caller, Operation { op, name, pool, revision, object }).await?;
    state.chat.hub.rooms_changed(std::slice::from_ref(&written.0)).await;
    Ok(written)
}

/// The one object a name addresses among those the caller may see (`?pool=` narrows them).
pub fn one_of<T>(mut found: Vec<T>, what: &str, name: &str) -> ApiResult<T> {
    match found.len() {
        0 => Err(ApiError::not_found(what, name)),
        1 => Ok(found.remove(0)),
        _ => Err(ApiError::new(ErrorCode::Ambiguous, format!("{what} {name:?} exists in several pools; give ?pool="))),
    }
}

/// Opaque list cursors: the last (name, id) of a page, hex-encoded.
pub fn encode_cursor(name: &str, id: i64) -> String {
    format!("{name}\u{0}{id}").bytes().map(|b| format!("{b:02x}")).collect()
}

pub fn decode_cursor(cursor: &str) -> ApiResult<crate::store::After> {
    let bad = || ApiError::field(ErrorCode::BadRequest, "cursor", "the cursor is not one this server issued");
    // A cursor is hex: anything else (odd lengths, non-ASCII that would split a character)
    // is refused before it is sliced.
    if !cursor.len().is_multiple_of(2) || !cursor.bytes().all(|b| b.is_ascii_hexdigit()) || cursor.len() > 4096 {
        return Err(bad());
    }
    let bytes: Result<Vec<u8>, _> =
        (0..cursor.len()).step_by(2).map(|i| u8::from_str_radix(&cursor[i..i + 2], 16)).collect();
    let text = String::from_utf8(bytes.map_err(|_| bad())?).map_err(|_| bad())?;
    let (name, id) = text.split_once('\u{0}').ok_or_else(bad)?;
    Ok(crate::store::After { name: name.to_string(), id: id.parse().map_err(|_| bad())? })
}

/// A page of a list, its next page named in a `Link` header too (RFC 8288, `rel="next"`): a
/// client reading many pages asks for the next one as soon as it has this one's headers, and
/// reads this page while the server makes the next.
pub fn paged<T: serde::Serialize + Send + 'static>(
    uri: &axum::http::Uri,
    page: crate::api::Page<T>,
) -> impl axum::response::IntoResponse {
    let link = page.next_cursor.as_deref().and_then(|cursor| next_link(uri, cursor));
    let json = [(axum::http::header::CONTENT_TYPE, axum::http::HeaderValue::from_static("application/json"))];
    let body = axum::body::Body::from_stream(futures_util::stream::iter(PageChunks::new(page)));
    (link.map(|link| [(axum::http::header::LINK, link)]), json, body)
}

/// A page's JSON (as `Page`'s own serialisation writes it) made as it is sent, about
/// 64 KiB at a time: a page of 10,000 rooms is never one 10 MB buffer grown by doubling,
/// its items go as they are written, and the client reads the first while the last are made.
struct PageChunks<T> {
    items: std::vec::IntoIter<T>,
    next_cursor: Option<String>,
    started: bool,
    done: bool,
}

impl<T> PageChunks<T> {
    fn new(page: crate::api::Page<T>) -> PageChunks<T> {
        PageChunks { items: page.items.into_iter(), next_cursor: page.next_cursor, started: false, done: false }
    }
}

impl<T: serde::Serialize> Iterator for PageChunks<T> {
    type Item = Result<axum::body::Bytes, serde_json::Error>;

    fn next(&mut self) -> Option<Self::Item> {
        const CHUNK: usize = 64 * 1024;
        if self.done {
            return None;
        }
        let mut out = Vec::with_capacity(CHUNK + CHUNK / 4);
        if !self.started {
            out.extend_from_slice(b"{\"items\":[");
        }
        while out.len() < CHUNK {
            let Some(item) = self.items.next() else {
                out.push(b']');
                if let Some(cursor) = &self.next_cursor {
                    out.extend_from_slice(b",\"next_cursor\":");
                    if let Err(e) = serde_json::to_writer(&mut out, cursor) {
                        return Some(Err(e));
                    }
                }
                out.push(b'}');
                self.done = true;
                break;
            };
            if self.started {
                out.push(b',');
            }
            self.started = true;
            if let Err(e) = serde_json::to_writer(&mut out, &item) {
                return Some(Err(e));
            }
        }
        self.started = true;
        Some(Ok(out.into()))
    }
}

/// `</v1/rooms?limit=500&cursor=...>; rel="next"`: the request's own query, its cursor moved on.
fn next_link(uri: &axum::http::Uri, cursor: &str) -> Option<axum::http::HeaderValue> {
    let mut link = format!("<{}?", uri.path());
    for pair in uri.query().unwrap_or_default().split('&') {
        if !pair.is_empty() && pair.split('=').next() != Some("cursor") {
            link.push_str(pair);
            link.push('&');
        }
    }
    link.push_str("cursor=");
    link.push_str(cursor);
    link.push_str(">; rel=\"next\"");
    axum::http::HeaderValue::from_str(&link).ok()
}

pub fn page_size(limit: Option<usize>) -> usize {
    limit.unwrap_or(crate::api::DEFAULT_PAGE_SIZE).clamp(1, crate::api::MAX_PAGE_SIZE)
}

/// Pages a list that is read whole (categories, groups, add-ins, policies: small by nature)
/// exactly as the store pages rooms and users: ordered by (name, id), after the cursor.
pub fn page_of<T>(
    mut items: Vec<T>,
    limit: Option<usize>,
    cursor: Option<&str>,
    key: impl Fn(&T) -> (&str, i64),
) -> ApiResult<crate::api::Page<T>> {
    let limit = page_size(limit);
    items.sort_by(|a, b| key(a).cmp(&key(b)));
    if let Some(after) = cursor.map(decode_cursor).transpose()? {
        items.retain(|item| key(item) > (after.name.as_str(), after.id));
    }
    let next_cursor = (items.len() > limit).then(|| {
        let (name, id) = key(&items[limit - 1]);
        encode_cursor(name, id)
    });
    items.truncate(limit);
    Ok(crate::api::Page { items, next_cursor })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_route_table_is_the_openapi_document() {
        let doc: serde_json::Value = serde_json::from_str(&openapi_document()).unwrap();
        let paths = doc["paths"].as_object().unwrap();
        let described: usize = paths.values().map(|m| m.as_object().unwrap().len()).sum();
        assert_eq!(described, ROUTES.len(), "every route once, no other");
        for r in ROUTES {
            let op = &doc["paths"][r.path][r.method];
            assert_eq!(op["summary"], r.summary, "{} {}", r.method, r.path);
            assert_eq!(op["x-pchat-admin-only"], r.access == Access::Admin, "{} {}", r.method, r.path);
            assert_eq!(op["security"].as_array().unwrap().is_empty(), r.access == Access::Public);
            assert_eq!(op["requestBody"].is_object(), (r.takes)().body.is_some(), "{} {}", r.method, r.path);
            let codes: Vec<&str> = problem_codes(r).iter().map(|c| c.as_str()).collect();
            assert_eq!(op["x-pchat-codes"], serde_json::json!(codes), "{} {}", r.method, r.path);
        }
        assert_eq!(access("DELETE", "/v1/rooms/{name}"), Some(Access::Admin));
        assert_eq!(access("get", "/v1/rooms/{name}"), Some(Access::User));
        assert_eq!(access("put", "/v1/rooms/{name}"), None);
    }

    /// What the signatures say: a body where the handler reads one, a query's parameters.
    #[test]
    fn signatures_name_bodies_and_queries() {
        let route = |method: &str, path: &str| *ROUTES.iter().find(|r| r.method == method && r.path == path).unwrap();
        let takes = (route("patch", "/v1/rooms/{name}").takes)();
        assert!(takes.query.is_some() && takes.body.is_some_and(|b| b.schema.is_some()));
        let takes = (route("post", "/v1/migration/import").takes)();
        assert!(takes.body.is_some_and(|b| b.schema.is_none() && b.media == "application/octet-stream"));
        let takes = (route("get", "/v1/rooms").takes)();
        assert!(takes.query.is_some() && takes.body.is_none());
        assert!((route("get", "/healthz").takes)().body.is_none());
        let codes = problem_codes(&route("delete", "/v1/rooms/{name}"));
        for code in [ErrorCode::HoldsHistory, ErrorCode::StaleRevision, ErrorCode::Forbidden, ErrorCode::Standby] {
            assert!(codes.contains(&code), "{code:?} in {codes:?}");
        }
        assert!(!problem_codes(&route("get", "/v1/version")).contains(&ErrorCode::Standby), "a standby answers it");
    }

    #[test]
    fn cursors_round_trip_and_refuse_what_the_server_did_not_issue() {
        let after = decode_cursor(&encode_cursor("room é", 42)).unwrap();
        assert_eq!((after.name.as_str(), after.id), ("room é", 42));
        for bad in ["", "0", "zz", "aé0", "00", "6100", "61003x", &"61".repeat(3000)] {
            assert!(decode_cursor(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn fuzz_cursors() {
        let issued = [encode_cursor("backend", 7), encode_cursor("ünïcødé room", i64::MAX), encode_cursor("", -1)];
        let corpus: Vec<&[u8]> = issued.iter().map(|c| c.as_bytes()).collect();
        let tokens: &[&[u8]] = &[b"00", "é".as_bytes(), b"ff", b"2d", b"3"];
        crate::testing::fuzz::run("list cursors", &corpus, tokens, |input| {
            if let Ok(text) = std::str::from_utf8(input) {
                let _ = decode_cursor(text);
            }
        });
    }

    /// A page sent in chunks is, joined, exactly what serialising the page writes: empty,
    /// one item, and many items across chunks, with and without a next cursor.
    #[test]
    fn a_page_in_chunks_is_the_page() {
        for (items, cursor) in [(0, None), (1, Some("61")), (5_000, None), (5_000, Some("6162"))] {
            let page = crate::api::Page {
                items: (0..items).map(|i| format!("item \"{i}\" of a long list")).collect::<Vec<_>>(),
                next_cursor: cursor.map(str::to_string),
            };
            let whole = serde_json::to_vec(&page).expect("a page serialises");
            let chunks: Vec<_> = PageChunks::new(page).collect::<Result<_, _>>().expect("every chunk");
            assert!(items < 5_000 || chunks.len() > 1, "a long page goes in several chunks");
            assert_eq!(String::from_utf8(chunks.concat()).unwrap(), String::from_utf8(whole).unwrap());
        }
    }
}
