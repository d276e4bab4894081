//! The management API server (axum): router, auth, the changeset engine, routes per noun.

pub mod admin_socket;
pub mod auth;
pub mod body;
pub mod changeset;
pub mod chat;
pub mod checklist;
pub mod compliance;
pub mod error;
pub mod files;
mod listener;
pub mod metrics;
pub mod migration;
pub mod pool;
pub(crate) mod routes;

pub use routes::mint_token;
/// The route table and what each route can answer, for the OpenAPI document's tests.
pub use routes::{openapi_document, problem_codes, ROUTES};
pub mod scope;
pub mod tls;
pub mod visibility;

use std::future::Future;
use std::sync::Arc;

use crate::store::Store;

/// What a running server shares with its handlers.
pub struct AppState {
    pub store: Arc<dyn Store>,
    /// Hash of an in-memory administrator token (embedded mode); never stored.
    pub local_admin_hash: Option<String>,
    /// Each token's caller, by hash, with the store generation it was read at.
    pub callers: std::sync::Mutex<std::collections::HashMap<String, (u64, auth::Caller)>>,
    /// When each token's `last_used_at` was last written, so reads do not write every time.
    pub token_touches: std::sync::Mutex<std::collections::HashMap<i64, std::time::Instant>>,
    /// Slots for reading bodies larger than [`body::LARGE_BODY`].
    pub large_bodies: tokio::sync::Semaphore,
    pub chat: chat::Chat,
    /// Where files posted into rooms go (None: uploads are refused as unavailable).
    pub files: Option<files::FileStore>,
    /// True once the node is stopping: live streams end, so the graceful shutdown (which
    /// waits for every response to finish) does not wait for them forever.
    pub stopping: tokio::sync::watch::Receiver<bool>,
    /// This node's compliance exporter (it runs on every node; a lease picks one per pool).
    pub exporter: Arc<compliance::exporter::Exporter>,
    pub metrics: Arc<metrics::Metrics>,
    /// This node in its pool (none for an embedded server).
    pub node: Option<Arc<pool::NodeRuntime>>,
    /// This node's name (`--node`, or HOST:PORT): jobs say where they run.
    pub node_name: String,
    /// The address the API listens on.
    pub listen: Option<std::net::SocketAddr>,
    /// The certificate it serves HTTPS with (none: plain HTTP).
    pub tls: Option<Arc<tls::Certificate>>,
}

/// How a node runs, besides its store and address.
#[derive(Debug, Default)]
pub struct Options {
    /// An in-memory administrator token (embedded mode); never stored.
    pub local_admin_token: Option<String>,
    /// The file store's directory (`pchat server --file-store`); by default beside the
    /// SQLite file.
    pub file_store: Option<std::path::PathBuf>,
    /// This node's name in its pool (default `HOSTNAME:PORT`).
    pub node: Option<String>,
    /// How long a node holds a pool's compliance exporter lease without renewing it
    /// (default [`DEFAULT_COMPLIANCE_LEASE`]).
    pub compliance_lease: Option<std::time::Duration>,
    /// The pool this node registers in and heartbeats to (none: it does not register).
    pub membership: Option<pool::Membership>,
    /// The node's store as a switch, and where the pool's primary is (failover).
    pub stores: Option<Arc<pool::failover::Stores>>,
    /// HTTPS: the certificate served (none: plain HTTP).
    pub tls: Option<Arc<tls::Certificate>>,
    /// The local admin socket, bound already (`--admin-socket`).
    pub admin_socket: Option<admin_socket::AdminSocket>,
}

/// How long an exporter's lease lasts: a node that dies hands its pools' exports on after this.
pub const DEFAULT_COMPLIANCE_LEASE: std::time::Duration = std::time::Duration::from_secs(60);

/// A node's name when none is given: `HOSTNAME:PORT`.
pub fn default_node_name(port: u16) -> String {
    format!("{}:{port}", hostname())
}

/// The machine's name, for a node's default name.
fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}

/// Serves the API on `listener` until `shutdown` resolves; in-flight requests finish first.
pub async fn run(
    store: Arc<dyn Store>,
    options: Options,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let files = match options.file_store.or_else(|| store.default_file_store()) {
        Some(dir) => Some(
            files::FileStore::open(&dir)
                .map_err(|e| std::io::Error::new(e.kind(), format!("opening the file store {}: {e}", dir.display())))?,
        ),
        None => None,
    };
    let (stop_streams, stopping) = tokio::sync::watch::channel(false);
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
    let node =
        options.membership.as_ref().map(|m| m.node.clone()).or(options.node).unwrap_or_else(|| default_node_name(port));
    let node_name = node.clone();
    migration::jobs::abandon_previous(&*store, &node_name).await;
    let exporter = Arc::new(compliance::exporter::Exporter::new(
        store.clone(),
        node,
        options.compliance_lease.unwrap_or(DEFAULT_COMPLIANCE_LEASE),
    ));
    tokio::spawn(exporter.clone().run(stopping.clone()));
    let metrics = metrics::Metrics::new();
    let node = options.membership.map(|m| pool::NodeRuntime::new(m, metrics.clone(), options.stores.clone()));
    let heartbeats = match &node {
        Some(node) => {
            // Registered before it serves: `pools status` knows a node that answers.
            if let Err(e) = node.register(&*store).await {
                tracing::warn!(error = %e, "could not register this node yet; it serves as active and retries");
            }
            Some(tokio::spawn(node.clone().run(store.clone(), stopping.clone())))
        }
        None => None,
    };
    let listen = listener.local_addr().ok();
    let listener = listener::CountingListener::new(listener, metrics.connections.clone());
    let tls = options.tls.clone();
    let state = Arc::new(AppState {
        listen,
        tls: tls.clone(),
        metrics,
        node,
        node_name,
        exporter,
        stopping,
        store: store.clone(),
        local_admin_hash: options.local_admin_token.as_deref().map(auth::hash_token),
        files,
        callers: Default::default(),
        token_touches: Default::default(),
        large_bodies: tokio::sync::Semaphore::new(body::LARGE_BODY_SLOTS),
        chat: chat::Chat::start(store.clone()),
    });
    // The admin socket's callers are administrators: the socket's permissions decided.
    let local = options.admin_socket.map(|socket| {
        let app = routes::router(state.clone()).layer(axum::middleware::map_request(
            |mut request: axum::extract::Request| async move {
                request.extensions_mut().insert(auth::Caller {
                    role: crate::api::Role::Admin,
                    owner: None,
                    token_id: None,
                });
                request
            },
        ));
        let mut stopping = state.stopping.clone();
        tokio::spawn(async move {
            let stopped = async move {
                let _ = stopping.wait_for(|stopping| *stopping).await;
            };
            axum::serve(socket, app).with_graceful_shutdown(stopped).await
        })
    });
    let app = routes::router(state);
    let shutdown = async move {
        shutdown.await;
        stop_streams.send_replace(true);
    };
    match tls {
        Some(certificate) => {
            let config = certificate.server_config().map_err(std::io::Error::other)?;
            tokio::spawn(tls::reload_on_hangup(certificate));
            let listener = tls::TlsListener::new(listener, config)?;
            axum::serve(listener, app).with_graceful_shutdown(shutdown).await?;
        }
        None => axum::serve(listener, app).with_graceful_shutdown(shutdown).await?,
    }
    if let Some(local) = local {
        let _ = tokio::time::timeout(std::time::Duration::from_secs(5), local).await;
    }
    // The last heartbeat says the node stopped; the store closes after it.
    if let Some(heartbeats) = heartbeats {
        let _ = tokio::time::timeout(std::time::Duration::from_secs(5), heartbeats).await;
    }
    store.close().await;
    Ok(())
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
