//! The management API server (axum): router, auth, the changeset engine, routes per noun.

pub mod auth;
pub mod body;
pub mod changeset;
pub mod chat;
pub mod error;
mod routes;

pub use routes::mint_token;
pub mod scope;
pub mod visibility;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use crate::store::Store;

/// What a running server shares with its handlers.
pub struct AppState {
    pub store: Arc<dyn Store>,
    /// Hash of an in-memory administrator token (embedded mode); never stored.
    pub local_admin_hash: Option<String>,
    /// When each token's `last_used_at` was last written, so reads do not write every time.
    pub token_touches: std::sync::Mutex<std::collections::HashMap<i64, std::time::Instant>>,
    /// Slots for reading bodies larger than [`body::LARGE_BODY`].
    pub large_bodies: tokio::sync::Semaphore,
    pub chat: chat::Chat,
}

/// Serves the API on `listener` until `shutdown` resolves; in-flight requests finish first.
pub async fn run(
    store: Arc<dyn Store>,
    local_admin_token: Option<&str>,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let state = Arc::new(AppState {
        store: store.clone(),
        local_admin_hash: local_admin_token.map(auth::hash_token),
        token_touches: Default::default(),
        large_bodies: tokio::sync::Semaphore::new(body::LARGE_BODY_SLOTS),
        chat: chat::Chat::start(store.clone()),
    });
    let app = routes::router(state);
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await?;
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
