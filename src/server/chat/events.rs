//! Live events: one ring of the node's recent events, which every stream reads at its own
//! pace. Publishing appends and wakes the streams; it never waits for one. A stream that
//! falls more than the ring behind (or asks for an id the ring no longer holds) is told to
//! reload history, and goes on from the newest event.
//!
//! Where a pool's nodes share one PostgreSQL store, an event is not appended where it
//! happens: it is sent through the store (a post's in the post's own transaction), and
//! every node, this one too, appends what the store hands back, in commit order, with the
//! id the store gave it. So every node's ring holds the same events in the same order, and
//! a `Last-Event-ID` from one node resumes on any other.

use std::collections::VecDeque;
use std::sync::{Arc, RwLock};

use crate::api::{ChatEvent, OpOutcome, OpResult};
use crate::store::{LiveNotice, Store, StoreNotice};

/// Events the ring keeps: what a reconnecting client can be given again.
pub const RING: usize = 65_536;

/// What a stream needs to know of an event to route it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Message,
    Joined,
    Left,
    /// A room's settings or lists changed, or it was deleted: each stream decides what
    /// that means for its caller.
    RoomChanged,
    /// Events were lost on the way from the store: every stream reloads.
    Reload,
}

#[derive(Debug)]
pub struct Published {
    pub id: u64,
    /// The id the pool knows it by (the store's, when the pool shares events; else `id`).
    pub global: u64,
    pub room_id: i64,
    pub kind: Kind,
    /// Whose join or leave it was.
    pub user: Option<String>,
    /// The event as it is sent (its SSE name and data), serialised once for every stream;
    /// None where there is nothing to tell as it is (a room change, which each stream tells
    /// in its own words; a join in a room past its participant update limit).
    pub json: Option<(&'static str, String)>,
}

struct Ring {
    /// The id of `events[0]`.
    first: u64,
    events: VecDeque<Arc<Published>>,
}

/// The answer to "what came after id N".
pub enum Since {
    Events(Vec<Arc<Published>>),
    /// N is older than the ring (or newer than anything published).
    Lost,
}

pub struct Hub {
    /// The node's start (milliseconds): ids of another run are not this ring's. Where the
    /// pool shares events, 0: ids are the store's, the same on every node and every run.
    epoch: u64,
    ring: RwLock<Ring>,
    head: tokio::sync::watch::Sender<u64>,
    /// Where the pool shares events: the store they go out through.
    outgoing: Option<Arc<dyn Store>>,
}

impl Hub {
    pub fn new() -> Hub {
        Hub {
            epoch: crate::store::now_ms().max(1) as u64,
            ring: RwLock::new(Ring { first: 1, events: VecDeque::with_capacity(1024) }),
            head: tokio::sync::watch::channel(0).0,
            outgoing: None,
        }
    }

    /// The node's hub: its own ring, or, where the store shares events between the pool's
    /// nodes, a ring fed from the store, and a sender that sends this node's events there.
    pub fn start(store: Arc<dyn Store>) -> Arc<Hub> {
        let Some(mut incoming) = store.listen() else { return Arc::new(Hub::new()) };
        let hub = Arc::new(Hub { epoch: 0, outgoing: Some(store), ..Hub::new() });
        let weak = Arc::downgrade(&hub);
        tokio::spawn(async move {
            use tokio::sync::broadcast::error::RecvError;
            loop {
                let received = incoming.recv().await;
                let Some(hub) = weak.upgrade() else { return };
                match received {
                    Ok(StoreNotice::Event { id, notice }) => {
                        hub.append(id, notice.room_id, notice.kind, notice.user, notice.event.as_ref());
                    }
                    Ok(StoreNotice::Lost) | Err(RecvError::Lagged(_)) => hub.lost(),
                    Err(RecvError::Closed) => return,
                }
            }
        });
        hub
    }

    /// Whether events go through the store (the pool's nodes share them).
    pub fn shared(&self) -> bool {
        self.outgoing.is_some()
    }

    /// Tells every stream (of every node, where the pool shares events) of an event, once
    /// the change it tells of committed.
    pub async fn publish(&self, room_id: i64, kind: Kind, user: Option<String>, event: Option<&ChatEvent>) {
        match &self.outgoing {
            Some(store) => announce(&**store, &[LiveNotice { room_id, kind, user, event: event.cloned() }]).await,
            None => {
                self.append(0, room_id, kind, user, event);
            }
        }
    }

    /// A post's event, once the post committed: where the pool shares events, the post's
    /// transaction sent it already.
    pub fn posted(&self, room_id: i64, event: &ChatEvent) {
        if !self.shared() {
            self.append(0, room_id, Kind::Message, None, Some(event));
        }
    }

    /// Appends an event to the ring (`global`: the store's id for it; 0: its own).
    fn append(&self, global: u64, room_id: i64, kind: Kind, user: Option<String>, event: Option<&ChatEvent>) -> u64 {
        let json = event.map(|e| (e.name(), serde_json::to_string(e).unwrap_or_default()));
        let id = {
            let mut ring = self.ring.write().unwrap_or_else(|e| e.into_inner());
            let id = ring.first + ring.events.len() as u64;
            let global = if self.shared() { global } else { id };
            ring.events.push_back(Arc::new(Published { id, global, room_id, kind, user, json }));
            if ring.events.len() > RING {
                ring.events.pop_front();
                ring.first += 1;
            }
            id
        };
        self.head.send_replace(id);
        id
    }

    /// Events from the store were lost (its connection dropped): every stream is told to
    /// reload, under the id of the last event received, so a resume goes on from there.
    fn lost(&self) {
        let last = self.global_of(self.head());
        let event = ChatEvent::Reload { reason: "this node lost events on their way from the store".into() };
        self.append(last, 0, Kind::Reload, None, Some(&event));
    }

    /// The pool's id of a ring event (0 when the ring no longer holds it).
    fn global_of(&self, id: u64) -> u64 {
        let ring = self.ring.read().unwrap_or_else(|e| e.into_inner());
        id.checked_sub(ring.first).and_then(|i| ring.events.get(i as usize)).map_or(0, |e| e.global)
    }

    /// The rooms a committed changeset changed or deleted (sent in one transaction where
    /// the pool shares events).
    pub async fn rooms_changed(&self, results: &[OpResult]) {
        let changed = results
            .iter()
            .filter(|r| r.kind == "room" && matches!(r.outcome, OpOutcome::Updated | OpOutcome::Deleted))
            .filter_map(|r| r.id);
        match &self.outgoing {
            Some(store) => {
                let notices: Vec<LiveNotice> = changed
                    .map(|room_id| LiveNotice { room_id, kind: Kind::RoomChanged, user: None, event: None })
                    .collect();
                if !notices.is_empty() {
                    announce(&**store, &notices).await;
                }
            }
            None => {
                for id in changed {
                    self.append(0, id, Kind::RoomChanged, None, None);
                }
            }
        }
    }

    /// The newest event's id (0 before the first).
    pub fn head(&self) -> u64 {
        *self.head.borrow()
    }

    pub fn watch(&self) -> tokio::sync::watch::Receiver<u64> {
        self.head.subscribe()
    }

    /// Up to `max` events after `after`, oldest first.
    pub fn since(&self, after: u64, max: usize) -> Since {
        let ring = self.ring.read().unwrap_or_else(|e| e.into_inner());
        let head = ring.first + ring.events.len() as u64 - 1;
        if after > head || after + 1 < ring.first {
            return Since::Lost;
        }
        let start = (after + 1 - ring.first) as usize;
        Since::Events(ring.events.range(start..).take(max).cloned().collect())
    }

    /// An event's id as the stream gives it (`EPOCH-N`; `0-N` where the pool shares
    /// events, N the store's id).
    pub fn event_id(&self, id: u64) -> String {
        if self.shared() {
            format!("0-{}", self.global_of(id))
        } else {
            format!("{}-{id}", self.epoch)
        }
    }

    /// Where a `Last-Event-ID` says the client is: Ok(id) in this run's ring, Err(reason)
    /// when this run cannot say (another run's id, or one never issued); None when the
    /// text is not an event id at all.
    pub fn resume_from(&self, text: &str) -> Option<Result<u64, &'static str>> {
        let (epoch, id) = text.trim().split_once('-')?;
        let (epoch, id): (u64, u64) = (epoch.parse().ok()?, id.parse().ok()?);
        if epoch != self.epoch {
            return Some(Err("the event id is from before the server restarted"));
        }
        if self.shared() {
            // The newest event the pool knows by that id.
            let ring = self.ring.read().unwrap_or_else(|e| e.into_inner());
            return Some(
                ring.events
                    .iter()
                    .rev()
                    .find(|e| e.global == id)
                    .map(|e| e.id)
                    .ok_or("the event id is not one this node still holds"),
            );
        }
        if id > self.head() {
            return Some(Err("the event id was never issued"));
        }
        Some(Ok(id))
    }
}

/// Sends events to the pool through the store. The change they tell of is committed
/// already: a store that cannot take them now is tried again for a while, and then the
/// events are given up (logged), as a node that lost them tells its streams to reload.
async fn announce(store: &dyn Store, notices: &[LiveNotice]) {
    let started = std::time::Instant::now();
    while let Err(e) = store.announce(notices).await {
        if started.elapsed() > std::time::Duration::from_secs(10) {
            tracing::warn!(error = %e, events = notices.len(), "live events could not be sent to the pool");
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

impl Default for Hub {
    fn default() -> Self {
        Hub::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(since: Since) -> Option<Vec<u64>> {
        match since {
            Since::Events(events) => Some(events.iter().map(|e| e.id).collect()),
            Since::Lost => None,
        }
    }

    #[test]
    fn the_ring_answers_what_came_after_an_id_or_says_it_is_lost() {
        let hub = Hub::new();
        assert_eq!(ids(hub.since(0, 10)), Some(vec![]));
        for room in 0..(RING as i64 + 5) {
            hub.append(0, room, Kind::Message, None, None);
        }
        let head = hub.head();
        assert_eq!(head, RING as u64 + 5);
        assert_eq!(ids(hub.since(head - 2, 10)), Some(vec![head - 1, head]));
        assert_eq!(ids(hub.since(head, 10)), Some(vec![]));
        assert_eq!(ids(hub.since(5, 2)), Some(vec![6, 7]), "the oldest still held");
        assert!(ids(hub.since(4, 2)).is_none(), "event 5 is gone: what came after 4 is not known");
        assert!(ids(hub.since(head + 1, 2)).is_none());
        assert_eq!(hub.resume_from(&hub.event_id(head)), Some(Ok(head)));
        assert!(matches!(hub.resume_from(&hub.event_id(head + 1)), Some(Err(_))));
        assert!(matches!(hub.resume_from(&format!("1-{head}")), Some(Err(_))));
        assert_eq!(hub.resume_from("garbage"), None);
    }
}
