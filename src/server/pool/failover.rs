//! A pool's two stores: the one its nodes run on (`--database`), and the backup the
//! topology names (`backupStore`), which PostgreSQL's own replication keeps current.
//! `pools failover` checks the backup (it answers, its schema is this pchat's, its copy of
//! the pool is recent enough) and records, in the backup first, that the pool now runs
//! there; every node reads the pool's state from both stores at each heartbeat and moves
//! to the one the newest state names. `pools failback` is the same the other way.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::api::topology::TopologySpec;
use crate::api::ErrorCode;
use crate::server::error::ApiError;
use crate::store::switch::SwitchStore;
use crate::store::{now_ms, redact_url, PoolState, Store, StoreResult};

/// How long opening the other store may take before it counts as unreachable.
const OPEN_WITHIN: Duration = Duration::from_secs(5);

/// How far behind a store's copy of a pool may be for the pool to move to it, unless the
/// administrator says otherwise (`pools failover --max-lag`).
pub const DEFAULT_MAX_LAG: Duration = Duration::from_secs(60);

pub const NORMAL: &str = "normal";
pub const FAILED_OVER: &str = "failed_over";

/// The node's stores: the switch every part of the node uses, and where each store is.
pub struct Stores {
    pub switch: Arc<SwitchStore>,
    /// The store the node was started on (`--database`): the pool's primary.
    pub primary_url: String,
    on_backup: AtomicBool,
    /// The store not in use, once opened, with its URL.
    other: tokio::sync::Mutex<Option<(String, Arc<dyn Store>)>>,
}

/// A store's answer within a bound, or None.
async fn within<T>(what: impl std::future::Future<Output = crate::store::StoreResult<T>>) -> Option<T> {
    tokio::time::timeout(OPEN_WITHIN, what).await.ok().and_then(Result::ok)
}

async fn read_state(store: &dyn Store, pool: &str) -> StoreResult<Option<PoolState>> {
    let mut tx = store.read().await?;
    tx.pool_state(pool).await
}

async fn read_nodes(store: &dyn Store) -> StoreResult<Vec<crate::store::PoolNode>> {
    let mut tx = store.read().await?;
    tx.pool_nodes().await
}

async fn write_state(store: &dyn Store, state: &PoolState) -> StoreResult<()> {
    let mut tx = store.chat_write().await?;
    tx.record_pool_state(state).await?;
    tx.commit().await
}

/// Opens a pool's other store, without migrating it (its schema is checked, not changed).
/// A pool that fails over keeps its stores in PostgreSQL: a SQLite file serves one node.
async fn open_shared(url: &str) -> anyhow::Result<Arc<dyn Store>> {
    #[cfg(feature = "postgres")]
    if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        // Opened on a blocking thread of its own: the opening future (its migrations' code
        // included) is not one the compiler can prove Send for the heartbeat's task.
        let (url, runtime) = (url.to_string(), tokio::runtime::Handle::current());
        let opened = tokio::task::spawn_blocking(move || {
            runtime.block_on(crate::store::postgres::PostgresStore::open(&url, false))
        })
        .await??;
        return Ok(Arc::new(opened));
    }
    anyhow::bail!("{} is not a PostgreSQL store, which a pool's backup is", redact_url(url))
}

fn newest(a: Option<PoolState>, b: Option<PoolState>) -> Option<PoolState> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.epoch > a.epoch { b } else { a }),
        (a, b) => a.or(b),
    }
}

fn check_failed(detail: String) -> ApiError {
    ApiError::new(ErrorCode::CheckFailed, format!("{detail}; nothing was changed"))
}

impl std::fmt::Debug for Stores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stores")
            .field("primary", &redact_url(&self.primary_url))
            .field("on_backup", &self.on_backup())
            .finish()
    }
}

impl Stores {
    pub fn new(switch: Arc<SwitchStore>, primary_url: String) -> Arc<Stores> {
        Arc::new(Stores { switch, primary_url, on_backup: AtomicBool::new(false), other: Default::default() })
    }

    pub fn on_backup(&self) -> bool {
        self.on_backup.load(Ordering::SeqCst)
    }

    /// The pool's backup store as the topology names it.
    fn backup_url(topology: &TopologySpec, pool: &str) -> Option<String> {
        topology.pools.iter().find(|p| p.name == pool).and_then(|p| p.backup_store.clone())
    }

    /// The store at `url`, opened once and kept while it is the other one.
    async fn open(&self, url: &str) -> anyhow::Result<Arc<dyn Store>> {
        let mut other = self.other.lock().await;
        if let Some((at, store)) = other.as_ref() {
            if at == url {
                return Ok(store.clone());
            }
        }
        let store = tokio::time::timeout(OPEN_WITHIN, open_shared(url))
            .await
            .map_err(|_| anyhow::anyhow!("no answer within {}s", OPEN_WITHIN.as_secs()))??;
        if let Some((_, old)) = other.replace((url.to_string(), store.clone())) {
            old.close().await;
        }
        Ok(store)
    }

    /// The URL of the store the node is not on (None: the topology names no backup).
    fn other_url(&self, topology: &TopologySpec, pool: &str) -> Option<String> {
        if self.on_backup() {
            Some(self.primary_url.clone())
        } else {
            Self::backup_url(topology, pool)
        }
    }

    /// The pool's newest state in its two stores (either may be unreachable).
    async fn pool_state(&self, topology: &TopologySpec, pool: &str) -> Option<PoolState> {
        let mine = within(read_state(&*self.switch, pool)).await.flatten();
        let theirs = match self.other_url(topology, pool) {
            Some(url) => match self.open(&url).await {
                Ok(store) => within(read_state(&*store, pool)).await.flatten(),
                Err(_) => None,
            },
            None => None,
        };
        newest(mine, theirs)
    }

    /// At each heartbeat: moves the node to the store the pool's newest state names.
    pub async fn follow(&self, topology: &TopologySpec, pool: &str) {
        let Some(state) = self.pool_state(topology, pool).await else { return };
        let want_backup = state.state == FAILED_OVER;
        if want_backup == self.on_backup() {
            return;
        }
        let Some(url) = self.other_url(topology, pool) else { return };
        let here = if self.on_backup() { Self::backup_url(topology, pool) } else { Some(self.primary_url.clone()) };
        match self.open(&url).await {
            Ok(store) => self.move_to(store, &url, here.unwrap_or_default(), want_backup).await,
            Err(e) => {
                tracing::warn!(error = %e, store = %redact_url(&url), "cannot move to the pool's other store yet")
            }
        }
    }

    /// Uses `store` (at `url`) from now on; the one left (at `left`) stays open as the
    /// other.
    async fn move_to(&self, store: Arc<dyn Store>, url: &str, left: String, backup: bool) {
        let mut other = self.other.lock().await;
        let old = self.switch.switch_to(store);
        self.on_backup.store(backup, Ordering::SeqCst);
        *other = Some((left, old));
        let which = if backup { "backup" } else { "primary" };
        tracing::info!(store = %redact_url(url), "moved to the pool's {which} store");
    }

    /// What a store must pass before a pool moves to it: it answers, its schema is this
    /// pchat's, and its copy of the pool is at most `max_lag` behind. Answers the store
    /// and what was found, or what it failed; `name` says which it is (`the backup store`).
    pub async fn assess(
        &self,
        url: &str,
        name: &str,
        pool: &str,
        max_lag: Duration,
    ) -> Result<(Arc<dyn Store>, Vec<String>), String> {
        let shown = redact_url(url);
        let mut checks = Vec::new();
        let target =
            self.open(url).await.map_err(|e| format!("{name} {shown} is unreachable: {}", crate::chain_text(&e)))?;
        checks.push(format!("{name} {shown} answers"));
        let schema =
            within(target.schema()).await.ok_or_else(|| format!("{name} {shown} does not answer for its schema"))?;
        if schema.current != schema.expected {
            let why = if schema.current == 0 {
                "holds no pchat schema (is the copy restored?)".to_string()
            } else {
                format!("is at schema version {}, and this pchat needs {}", schema.current, schema.expected)
            };
            return Err(format!("{name} {shown} {why}"));
        }
        checks.push(format!("its schema is version {}, this pchat's", schema.current));
        let nodes = within(read_nodes(&*target))
            .await
            .ok_or_else(|| format!("{name} {shown} does not answer for the pool's nodes"))?;
        let Some(newest) = nodes.iter().filter(|n| n.pool == pool).map(|n| n.heartbeat_at).max() else {
            return Err(format!(
                "{name} {shown} holds no heartbeat of pool {pool}: it is empty, or not a copy of the pool's store"
            ));
        };
        let lag = Duration::from_millis((now_ms() - newest).max(0) as u64);
        if lag > max_lag {
            return Err(format!(
                "{name} {shown} is {} behind (its newest heartbeat of pool {pool} is from {}), more than the bound of {}",
                crate::server::compliance::format_secs(lag.as_secs() as i64),
                crate::store::format_ms(newest),
                crate::server::compliance::format_secs(max_lag.as_secs() as i64)
            ));
        }
        checks.push(format!(
            "its copy of pool {pool} is {:.1}s behind (bound: {})",
            lag.as_secs_f64(),
            crate::server::compliance::format_secs(max_lag.as_secs() as i64)
        ));
        Ok((target, checks))
    }

    /// The store the node is not on, for the checklist: its URL and which it is (None:
    /// the topology names no backup for the pool).
    pub fn other(&self, topology: &TopologySpec, pool: &str) -> Option<(String, &'static str)> {
        let name = if self.on_backup() { "the primary store" } else { "the backup store" };
        self.other_url(topology, pool).map(|url| (url, name))
    }

    /// `pools failover` (`to_backup`) and `pools failback`: the checks, then the new state
    /// recorded in the store switched to (and in the one left, if it answers); this node
    /// moves at once, the others at their next heartbeat.
    pub async fn switch_pool(
        &self,
        topology: &TopologySpec,
        pool: &str,
        to_backup: bool,
        max_lag: Duration,
        by: String,
    ) -> Result<(PoolState, Vec<String>), ApiError> {
        let Some(planned) = topology.pools.iter().find(|p| p.name == pool) else {
            return Err(ApiError::new(ErrorCode::NotFound, format!("no pool {pool:?} in the topology in force")));
        };
        let Some(backup_url) = planned.backup_store.clone() else {
            return Err(check_failed(format!("pool {pool} has no backupStore in the topology: publish one first")));
        };
        let state = self.pool_state(topology, pool).await;
        let failed_over = state.as_ref().is_some_and(|s| s.state == FAILED_OVER);
        if failed_over == to_backup {
            let what = if to_backup { "failed over already" } else { "not failed over" };
            return Err(ApiError::new(ErrorCode::PoolState, format!("pool {pool} is {what}")));
        }
        let (target_url, source_url) =
            if to_backup { (backup_url, self.primary_url.clone()) } else { (self.primary_url.clone(), backup_url) };
        let name = if to_backup { "the backup store" } else { "the primary store" };
        let shown = redact_url(&target_url);
        let (target, mut checks) = self.assess(&target_url, name, pool, max_lag).await.map_err(check_failed)?;
        let record = PoolState {
            pool: pool.to_string(),
            state: if to_backup { FAILED_OVER } else { NORMAL }.to_string(),
            epoch: state.map_or(0, |s| s.epoch) + 1,
            changed_at: now_ms(),
            changed_by: by,
            from_store: redact_url(&source_url),
            to_store: shown.clone(),
        };
        match tokio::time::timeout(OPEN_WITHIN, write_state(&*target, &record)).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                return Err(check_failed(format!(
                    "{name} {shown} cannot be written (a replica not promoted yet?): {e}"
                )))
            }
            Err(_) => return Err(check_failed(format!("{name} {shown} did not take the new state in time"))),
        }
        checks.push(format!("the pool's new state is recorded in {name}"));
        // The store left hears of it too where it still answers (it may be the one lost).
        let source = self.switch.current();
        if within(write_state(&*source, &record)).await.is_some() {
            checks.push("and in the store left".into());
        }
        self.move_to(target, &target_url, source_url, to_backup).await;
        Ok((record, checks))
    }
}
