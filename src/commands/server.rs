//! `pchat server`: run a node, and the local commands that work on a store directly.

use anyhow::Context;

use crate::api::TokenCreate;
use crate::cli::{GlobalArgs, LogFormat, ServeArgs, ServerArgs, ServerCommand, ServerTokenCommand};

pub async fn run(args: ServerArgs, global: &GlobalArgs) -> anyhow::Result<()> {
    let (format, quiet) = (global.output, global.quiet);
    match args.command {
        None => serve(args.run, global.colourless()).await,
        Some(ServerCommand::Migrate { database }) => {
            let store = crate::store::open(&database, true).await?;
            let schema = store.schema().await?;
            store.close().await;
            if !quiet {
                crate::say!("{} is at schema version {}", crate::store::redact_url(&database), schema.current);
            }
            Ok(())
        }
        Some(ServerCommand::Token(ServerTokenCommand::Create { database, role, owner, description })) => {
            let store = crate::store::open(&database, true).await?;
            let minted = crate::server::mint_token(&*store, &TokenCreate { role, owner, description }).await;
            store.close().await;
            let created = minted.map_err(refused).context("creating a token")?;
            super::print_created(&created, format, quiet)
        }
    }
}

/// Whether every address `listen` names is a loopback one (127.0.0.0/8, ::1).
async fn loopback_only(listen: &str) -> bool {
    if let Ok(addr) = listen.parse::<std::net::SocketAddr>() {
        return addr.ip().is_loopback();
    }
    match tokio::net::lookup_host(listen).await {
        Ok(addrs) => {
            let addrs: Vec<_> = addrs.collect();
            !addrs.is_empty() && addrs.iter().all(|a| a.ip().is_loopback())
        }
        Err(_) => false,
    }
}

async fn serve(args: ServeArgs, no_color: bool) -> anyhow::Result<()> {
    init_logging(args.log_format, no_color);
    let (database, _dev_dir) = if args.dev {
        let dir = tempfile::tempdir().context("creating a temporary directory for --dev")?;
        let url = format!("sqlite://{}", dir.path().join("pchat-dev.db").display());
        (url, Some(dir))
    } else {
        (args.database.clone(), None)
    };
    // The arguments first, then the address: nothing is created or migrated for a server
    // that cannot start.
    if args.heartbeat_timeout < args.heartbeat_interval * 2 {
        return Err(super::InvalidInput(format!(
            "--heartbeat-timeout ({}) must be at least twice --heartbeat-interval ({}), or one late heartbeat counts the node down",
            humantime::format_duration(args.heartbeat_timeout),
            humantime::format_duration(args.heartbeat_interval)
        ))
        .into());
    }
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(crate::server::tls::Certificate::load(cert, key)?),
        _ => None,
    };
    if tls.is_none() && !args.insecure_listen && !loopback_only(&args.listen).await {
        return Err(super::InvalidInput(format!(
            "refusing to listen on {} without TLS: tokens and messages would cross the network in clear; serve HTTPS with --tls-cert FILE --tls-key FILE, or, behind a proxy that terminates TLS, pass --insecure-listen",
            args.listen
        ))
        .into());
    }
    let schedule = match &args.directory_sync {
        Some(config) => Some(directory_schedule(config)?),
        None => None,
    };
    let listener = tokio::net::TcpListener::bind(&args.listen).await.map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::AddrInUse => "another server listens there".to_string(),
            std::io::ErrorKind::AddrNotAvailable => "no interface of this machine has that address".to_string(),
            std::io::ErrorKind::PermissionDenied => "ports below 1024 need privileges".to_string(),
            _ => e.to_string(),
        };
        anyhow::anyhow!("cannot listen on {}: {why}", args.listen)
    })?;
    let admin_socket = args.admin_socket.as_deref().map(crate::server::admin_socket::AdminSocket::bind).transpose()?;
    // A scheduled sync goes through the admin socket; without one asked for, through a
    // private one in a directory only this user can enter.
    let (admin_socket, _private_socket_dir) = match (&schedule, admin_socket) {
        (Some(_), None) => {
            let dir = tempfile::Builder::new()
                .prefix("pchat-directory-sync")
                .tempdir()
                .context("creating a private directory for the directory sync's admin socket")?;
            let socket = crate::server::admin_socket::AdminSocket::bind(&dir.path().join("admin.sock"))?;
            (Some(socket), Some(dir))
        }
        (_, socket) => (socket, None),
    };
    let socket_path = admin_socket.as_ref().map(|s| s.path().to_path_buf());
    let addr = listener.local_addr()?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    let opened = crate::store::open(&database, !args.no_migrate).await?;
    // Every part of the node holds the switch: a failover moves them all at once.
    let switch = crate::store::switch::SwitchStore::new(opened);
    let stores = crate::server::pool::failover::Stores::new(switch.clone(), database.clone());
    let store: std::sync::Arc<dyn crate::store::Store> = switch;
    let membership = crate::server::pool::Membership {
        pool: args.pool.clone().unwrap_or_else(|| crate::api::validate::DEFAULT_POOL.to_string()),
        node: args.node.clone().unwrap_or_else(|| crate::server::default_node_name(addr.port())),
        address: addr.to_string(),
        heartbeat_interval: args.heartbeat_interval,
        heartbeat_timeout: args.heartbeat_timeout,
    };
    // Named explicitly, the pool and node must be the published topology's.
    if args.pool.is_some() || args.node.is_some() {
        crate::server::pool::check_membership(&*store, &membership.pool, &membership.node)
            .await
            .map_err(|e| super::InvalidInput(format!("refusing to start: {e}")))?;
    }
    if args.dev {
        let created = crate::server::mint_token(
            &*store,
            &TokenCreate { role: crate::api::Role::Admin, owner: None, description: Some("pchat server --dev".into()) },
        )
        .await
        .map_err(refused)?;
        println!("development server on a temporary store ({database}); it is deleted when the server stops");
        println!("administrator token: {}", created.token);
        println!("export PCHAT_SERVER={scheme}://{addr} PCHAT_TOKEN={}", created.token);
    }
    println!("listening on {scheme}://{addr}");
    if let Some(socket) = &admin_socket {
        println!("admin socket at {} (pchat --server unix:{})", socket.path().display(), socket.path().display());
    }
    tracing::info!(store = %crate::store::redact_url(&database), %addr, "pchat server started");
    let scheduled = spawn_schedule(schedule, store.clone(), membership.node.clone(), socket_path);
    let served = crate::server::run(
        store,
        crate::server::Options {
            file_store: args.file_store.clone(),
            node: args.node.clone(),
            compliance_lease: Some(args.compliance_lease),
            membership: Some(membership),
            stores: Some(stores),
            tls,
            admin_socket,
            ..Default::default()
        },
        listener,
        crate::server::shutdown_signal(),
    )
    .await;
    if let Some(task) = scheduled {
        task.abort();
    }
    served.context("serving the management API")?;
    tracing::info!("pchat server stopped");
    Ok(())
}

#[cfg(feature = "client")]
type Schedule = super::directory_sync_schedule::Schedule;
#[cfg(not(feature = "client"))]
type Schedule = std::convert::Infallible;

/// The `--directory-sync` schedule, read and checked before anything starts.
fn directory_schedule(config: &std::path::Path) -> anyhow::Result<Schedule> {
    #[cfg(feature = "client")]
    {
        Schedule::load(config)
    }
    #[cfg(not(feature = "client"))]
    {
        let _ = config;
        Err(super::InvalidInput(
            "--directory-sync: this pchat was built without the client feature, which the directory sync needs".into(),
        )
        .into())
    }
}

fn spawn_schedule(
    schedule: Option<Schedule>,
    store: std::sync::Arc<dyn crate::store::Store>,
    node: String,
    socket: Option<std::path::PathBuf>,
) -> Option<tokio::task::JoinHandle<()>> {
    let (schedule, socket) = (schedule?, socket?);
    #[cfg(feature = "client")]
    {
        Some(tokio::spawn(schedule.run(store, node, socket)))
    }
    #[cfg(not(feature = "client"))]
    {
        let _ = (store, node, socket);
        match schedule {}
    }
}

/// A refusal from the server code, with the exit code its status calls for (2 for invalid
/// input, 1 for anything else), as the client would report it.
fn refused(e: crate::server::error::ApiError) -> anyhow::Error {
    let problem = e.0;
    if matches!(problem.status, 400 | 422) {
        super::InvalidInput(problem.detail).into()
    } else {
        anyhow::anyhow!("{}", problem.detail)
    }
}

/// Logs go to stderr at `PCHAT_LOG`'s level (info by default). Colour is for a person at a
/// terminal only: never into a file or a pipe, never with `--no-color` or `NO_COLOR`.
fn init_logging(format: LogFormat, no_color: bool) {
    use std::io::IsTerminal;
    let level = std::env::var("PCHAT_LOG").ok().and_then(|l| l.parse().ok()).unwrap_or(tracing::Level::INFO);
    let logs = tracing_subscriber::fmt().with_max_level(level).with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => logs.json().flatten_event(true).try_init(),
        LogFormat::Text => logs.with_ansi(!no_color && std::io::stderr().is_terminal()).try_init(),
    };
}
