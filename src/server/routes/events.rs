//! `GET /v1/chat/events`: one Server-Sent Events stream per caller, over the rooms they
//! joined (or one room named by `?room=`). Each stream reads the node's ring of events at
//! its own pace (`server::chat::events`): a slow reader lags, nobody waits for it.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::Arc;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use foldhash::HashMap;

use super::messages::{room_for, Need};
use crate::api::{ChatEvent, ErrorCode, EventsQuery, Room};
use crate::server::auth::Caller;
use crate::server::chat::access::{Chatter, Model, Refusal};
use crate::server::chat::events::{Hub, Kind, Published, Since, RING};
use crate::server::error::{ApiError, ApiResult, Query};
use crate::server::AppState;

/// Events taken from the ring at a time.
const BATCH: usize = 256;

/// One stream's place: where it is in the ring, and which rooms it follows.
struct Follow {
    state: Arc<AppState>,
    caller: Caller,
    model: Arc<Model>,
    chatter: Chatter,
    hub: Arc<Hub>,
    watch: tokio::sync::watch::Receiver<u64>,
    /// The node's stopping: the stream ends.
    stopping: tokio::sync::watch::Receiver<bool>,
    cursor: u64,
    rooms: HashMap<i64, Arc<Room>>,
    /// `?room=`: this room only; the caller's joins and leaves change nothing.
    fixed: bool,
    pending: VecDeque<Event>,
    /// Counts this subscriber while the stream lives.
    _live: crate::server::metrics::Live,
}

impl Follow {
    fn send(&mut self, id: u64, event: &ChatEvent) {
        let data = serde_json::to_string(event).unwrap_or_default();
        self.pending.push_back(Event::default().id(self.hub.event_id(id)).event(event.name()).data(data));
    }

    fn closed(&mut self, id: u64, room: &Room, reason: &str) {
        self.rooms.remove(&room.meta.id);
        let event = ChatEvent::RoomClosed { room: room.name.clone(), pool: room.pool.clone(), reason: reason.into() };
        self.send(id, &event);
    }

    /// The store changed since the model was made: every room is checked again (a group
    /// change may have taken the caller out of one). False when the caller may no longer
    /// chat at all.
    async fn refresh(&mut self, id: u64) -> bool {
        if self.state.store.generation() == self.model.generation {
            return true;
        }
        let Ok((model, chatter)) = self.state.chat.access.chatter(&*self.state.store, &self.caller).await else {
            return false;
        };
        (self.model, self.chatter) = (model, chatter);
        let ids: Vec<i64> = self.rooms.keys().copied().collect();
        let Ok(now) = self.model.rooms_with_ids(&*self.state.store, &ids).await else { return false };
        for (room_id, before) in std::mem::take(&mut self.rooms) {
            match now.get(&room_id) {
                None => self.closed(id, &before, "deleted"),
                Some(room) => match self.model.access(&self.chatter, room).read {
                    Ok(()) => {
                        self.rooms.insert(room_id, room.clone());
                    }
                    Err(Refusal::RoomDisabled) => self.closed(id, room, "disabled"),
                    Err(_) => self.closed(id, room, "no_access"),
                },
            }
        }
        true
    }

    /// What one event means for this stream. False ends the stream.
    async fn route(&mut self, e: &Published) -> bool {
        let mine = e.user.is_some() && e.user.as_deref() == self.chatter.sip();
        match e.kind {
            Kind::Reload => {
                if let Some((name, data)) = &e.json {
                    self.pending
                        .push_back(Event::default().id(self.hub.event_id(e.id)).event(*name).data(data.as_str()));
                }
                return true;
            }
            Kind::RoomChanged => {
                // The change committed before it was published, so the model is made again
                // and a room the caller lost is closed there; one kept is told as changed.
                if self.rooms.contains_key(&e.room_id) {
                    if !self.refresh(e.id).await {
                        return false;
                    }
                    if let Some(room) = self.rooms.get(&e.room_id).cloned() {
                        self.send(e.id, &ChatEvent::RoomChanged { room: room.name.clone(), pool: room.pool.clone() });
                    }
                }
                return true;
            }
            Kind::Joined if mine && !self.fixed && !self.rooms.contains_key(&e.room_id) => {
                if !self.refresh(e.id).await {
                    return false;
                }
                if let Ok(found) = self.model.rooms_with_ids(&*self.state.store, &[e.room_id]).await {
                    if let Some(room) = found.get(&e.room_id) {
                        if self.model.access(&self.chatter, room).read.is_ok() {
                            self.rooms.insert(e.room_id, room.clone());
                        }
                    }
                }
            }
            _ => {}
        }
        if self.rooms.contains_key(&e.room_id) {
            if let Some((name, data)) = &e.json {
                self.pending.push_back(Event::default().id(self.hub.event_id(e.id)).event(*name).data(data.as_str()));
            }
        }
        if e.kind == Kind::Left && mine && !self.fixed {
            self.rooms.remove(&e.room_id);
        }
        true
    }

    /// Waits for events and routes them until one is for this stream. False ends it.
    async fn fill(&mut self) -> bool {
        while self.pending.is_empty() {
            match self.hub.since(self.cursor, BATCH) {
                Since::Lost => {
                    let head = self.hub.head();
                    let reason = format!("the stream fell more than {RING} events behind");
                    self.send(head, &ChatEvent::Reload { reason });
                    self.cursor = head;
                }
                Since::Events(events) if events.is_empty() => {
                    tokio::select! {
                        changed = self.watch.changed() => if changed.is_err() {
                            return false;
                        },
                        _ = self.stopping.wait_for(|stopping| *stopping) => return false,
                    }
                }
                Since::Events(events) => {
                    for e in events {
                        self.cursor = e.id;
                        if !self.route(&e).await {
                            return false;
                        }
                    }
                }
            }
        }
        true
    }
}

pub async fn events(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    headers: HeaderMap,
    Query(q): Query<EventsQuery>,
) -> ApiResult<Sse<impl futures_util::Stream<Item = Result<Event, Infallible>>>> {
    let (model, chatter) = state.chat.access.chatter(&*state.store, &caller).await?;
    let hub = state.chat.hub.clone();
    // The head is read before the rooms: whatever is published meanwhile comes after it.
    let head = hub.head();
    let mut reload = None;
    let cursor = match headers.get("last-event-id").map(|v| v.to_str().unwrap_or_default()) {
        None => head,
        Some(text) => match hub.resume_from(text) {
            None => {
                return Err(ApiError::field(
                    ErrorCode::BadRequest,
                    "Last-Event-ID",
                    format!("Last-Event-ID {text:?} is not an event id this server gives"),
                ))
            }
            Some(Ok(id)) => id,
            Some(Err(reason)) => {
                reload = Some(reason);
                head
            }
        },
    };
    let (rooms, fixed) = match &q.room {
        Some(name) => {
            let (room, _) = room_for(&state, &model, &chatter, name, q.pool.as_deref(), Need::Read).await?;
            (HashMap::from_iter([(room.meta.id, room)]), true)
        }
        None => {
            let joined = match chatter.sip() {
                Some(sip) => state.store.read().await?.joined_rooms(sip).await?,
                None => Vec::new(),
            };
            let found = model.rooms_with_ids(&*state.store, &joined).await?;
            let readable = found.into_iter().filter(|(_, room)| model.access(&chatter, room).read.is_ok()).collect();
            (readable, false)
        }
    };
    let mut follow = Follow {
        watch: hub.watch(),
        stopping: state.stopping.clone(),
        hub,
        state: state.clone(),
        caller,
        model,
        chatter,
        cursor,
        rooms,
        fixed,
        pending: VecDeque::new(),
        _live: state.metrics.subscriber(),
    };
    if let Some(reason) = reload {
        follow.send(head, &ChatEvent::Reload { reason: reason.into() });
    }
    let stream = futures_util::stream::unfold(follow, |mut follow| async move {
        if !follow.fill().await {
            return None;
        }
        let event = follow.pending.pop_front()?;
        Some((Ok(event), follow))
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}
