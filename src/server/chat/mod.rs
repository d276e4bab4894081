//! Chat: the rules of who reads and posts where (`access`), the write path of posts
//! (`poster`), and the live events (`events`). The HTTP handlers are in `routes/messages.rs`.

pub mod access;
pub mod events;
pub mod poster;

use std::sync::Arc;

use crate::store::Store;

/// What the chat handlers share.
pub struct Chat {
    pub access: access::Access,
    pub poster: poster::Poster,
    pub hub: Arc<events::Hub>,
}

impl Chat {
    pub fn start(store: Arc<dyn Store>) -> Chat {
        let hub = events::Hub::start(store.clone());
        Chat { access: access::Access::new(), poster: poster::Poster::start(store), hub }
    }
}
