//! A store that can be switched for another while the node runs: a pool's failover moves
//! every node from its store to the backup (and failback back), and whatever holds the
//! node's store (the routes, chat, the exporter, the heartbeats) holds this one. A
//! transaction begun before a switch finishes on the store it began on.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use async_trait::async_trait;

use super::*;

pub struct SwitchStore {
    current: RwLock<Arc<dyn Store>>,
    /// How many switches there were: each moves the generation (nothing derived from one
    /// store holds for another).
    switches: AtomicU64,
    /// Where the listening stores' notices are forwarded, once something listens; a switch
    /// tells the listeners they lost what came meanwhile.
    notices: std::sync::OnceLock<tokio::sync::broadcast::Sender<StoreNotice>>,
    /// Bumped on each switch: the forwarder of the previous store stops.
    switched: tokio::sync::watch::Sender<u64>,
}

impl SwitchStore {
    pub fn new(store: Arc<dyn Store>) -> Arc<SwitchStore> {
        Arc::new(SwitchStore {
            current: RwLock::new(store),
            switches: AtomicU64::new(0),
            notices: std::sync::OnceLock::new(),
            switched: tokio::sync::watch::channel(0).0,
        })
    }

    /// The store in use now.
    pub fn current(&self) -> Arc<dyn Store> {
        self.current.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Uses `store` from now on; answers the one used before.
    pub fn switch_to(&self, store: Arc<dyn Store>) -> Arc<dyn Store> {
        let old = std::mem::replace(&mut *self.current.write().unwrap_or_else(|e| e.into_inner()), store.clone());
        let n = self.switches.fetch_add(1, Ordering::SeqCst) + 1;
        self.switched.send_replace(n);
        if let Some(out) = self.notices.get() {
            self.forward(&store, out.clone(), n);
            let _ = out.send(StoreNotice::Lost);
        }
        old
    }

    /// Forwards what `store` hears to `out` until the next switch.
    fn forward(&self, store: &Arc<dyn Store>, out: tokio::sync::broadcast::Sender<StoreNotice>, at: u64) {
        let Some(mut incoming) = store.listen() else { return };
        let mut switched = self.switched.subscribe();
        tokio::spawn(async move {
            use tokio::sync::broadcast::error::RecvError;
            loop {
                tokio::select! {
                    received = incoming.recv() => match received {
                        Ok(notice) => {
                            let _ = out.send(notice);
                        }
                        Err(RecvError::Lagged(_)) => {
                            let _ = out.send(StoreNotice::Lost);
                        }
                        Err(RecvError::Closed) => return,
                    },
                    _ = switched.wait_for(|n| *n != at) => return,
                }
            }
        });
    }
}

#[async_trait]
impl Store for SwitchStore {
    fn backend(&self) -> &'static str {
        self.current().backend()
    }
    async fn read(&self) -> StoreResult<Box<dyn Tx>> {
        self.current().read().await
    }
    async fn write(&self) -> StoreResult<Box<dyn Tx>> {
        self.current().write().await
    }
    async fn schema(&self) -> StoreResult<SchemaStatus> {
        self.current().schema().await
    }
    async fn durability(&self) -> StoreResult<Option<(String, i64)>> {
        self.current().durability().await
    }
    async fn database_facts(&self) -> StoreResult<super::DatabaseFacts> {
        self.current().database_facts().await
    }
    async fn store_id(&self) -> StoreResult<String> {
        self.current().store_id().await
    }
    async fn close(&self) {
        self.current().close().await
    }
    fn connections(&self) -> (u32, u32) {
        self.current().connections()
    }
    fn generation(&self) -> u64 {
        (self.switches.load(Ordering::SeqCst) << 40) + self.current().generation()
    }
    fn default_file_store(&self) -> Option<std::path::PathBuf> {
        self.current().default_file_store()
    }
    fn group_commit(&self) -> bool {
        self.current().group_commit()
    }
    async fn post_messages(&self, posts: &[NewMessage]) -> StoreResult<Vec<Posted>> {
        self.current().post_messages(posts).await
    }
    async fn change_content(
        &self,
        room_id: i64,
        change: &ContentChange,
        audit: &AuditEntry,
        records: &[ComplianceEvent],
    ) -> StoreResult<u64> {
        self.current().change_content(room_id, change, audit, records).await
    }
    async fn insert_file(&self, file: &StoredFile, record: Option<&ComplianceEvent>) -> StoreResult<i64> {
        self.current().insert_file(file, record).await
    }
    async fn import_messages(&self, room_id: i64, messages: &[NewMessage]) -> StoreResult<u64> {
        self.current().import_messages(room_id, messages).await
    }
    async fn settle_after_import(&self) -> StoreResult<()> {
        self.current().settle_after_import().await
    }
    async fn import_batch(&self, batch: &ImportBatch<'_>) -> StoreResult<()> {
        self.current().import_batch(batch).await
    }
    async fn record_token_use(&self, id: i64, now_ms: i64) -> StoreResult<()> {
        self.current().record_token_use(id, now_ms).await
    }
    async fn set_joined(
        &self,
        sip: &str,
        room_id: i64,
        joined: bool,
        now_ms: i64,
        record: Option<&ComplianceEvent>,
    ) -> StoreResult<bool> {
        self.current().set_joined(sip, room_id, joined, now_ms, record).await
    }
    async fn chat_write(&self) -> StoreResult<Box<dyn Tx>> {
        self.current().chat_write().await
    }
    fn shares_live_events(&self) -> bool {
        self.current().shares_live_events()
    }
    fn listen(&self) -> Option<tokio::sync::broadcast::Receiver<StoreNotice>> {
        let current = self.current();
        if !current.shares_live_events() {
            return None;
        }
        let mut first = None;
        let out = self.notices.get_or_init(|| {
            let (tx, rx) = tokio::sync::broadcast::channel(65_536);
            first = Some(rx);
            tx
        });
        match first {
            Some(rx) => {
                self.forward(&current, out.clone(), self.switches.load(Ordering::SeqCst));
                Some(rx)
            }
            None => Some(out.subscribe()),
        }
    }
    fn live_ready(&self) -> Result<(), String> {
        self.current().live_ready()
    }
    async fn announce(&self, notices: &[LiveNotice]) -> StoreResult<()> {
        self.current().announce(notices).await
    }
}
