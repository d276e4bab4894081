//! Live events: one ring of the node's recent events, which every stream reads at its own
//! pace. Publishing appends and wakes the streams; it never waits for one. A stream that
//! falls more than the ring behind (or asks for an id the ring no longer holds) is told to
//! reload history, and goes on from the newest event.

use std::collections::VecDeque;
use std::sync::{Arc, RwLock};

use crate::api::{ChatEvent, OpOutcome, OpResult};

/// Events the ring keeps: what a reconnecting client can be given again.
pub const RING: usize = 65_536;

/// What a stream needs to know of an event to route it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Message,
    Joined,
    Left,
    /// A room's settings or lists changed, or it was deleted: each stream decides what
    /// that means for its caller.
    RoomChanged,
}

#[derive(Debug)]
pub struct Published {
    pub id: u64,
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
    /// The node's start (milliseconds): ids of another run are not this ring's.
    epoch: u64,
    ring: RwLock<Ring>,
    head: tokio::sync::watch::Sender<u64>,
}

impl Hub {
    pub fn new() -> Hub {
        Hub {
            epoch: crate::store::now_ms().max(1) as u64,
            ring: RwLock::new(Ring { first: 1, events: VecDeque::with_capacity(1024) }),
            head: tokio::sync::watch::channel(0).0,
        }
    }

    pub fn publish(&self, room_id: i64, kind: Kind, user: Option<String>, event: Option<&ChatEvent>) -> u64 {
        let json = event.map(|e| (e.name(), serde_json::to_string(e).unwrap_or_default()));
        let id = {
            let mut ring = self.ring.write().unwrap_or_else(|e| e.into_inner());
            let id = ring.first + ring.events.len() as u64;
            ring.events.push_back(Arc::new(Published { id, room_id, kind, user, json }));
            if ring.events.len() > RING {
                ring.events.pop_front();
                ring.first += 1;
            }
            id
        };
        self.head.send_replace(id);
        id
    }

    /// The rooms a committed changeset changed or deleted.
    pub fn rooms_changed(&self, results: &[OpResult]) {
        for r in results {
            if r.kind == "room" && matches!(r.outcome, OpOutcome::Updated | OpOutcome::Deleted) {
                if let Some(id) = r.id {
                    self.publish(id, Kind::RoomChanged, None, None);
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

    /// An event's id as the stream gives it (`EPOCH-N`).
    pub fn event_id(&self, id: u64) -> String {
        format!("{}-{id}", self.epoch)
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
        if id > self.head() {
            return Some(Err("the event id was never issued"));
        }
        Some(Ok(id))
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
            hub.publish(room, Kind::Message, None, None);
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
