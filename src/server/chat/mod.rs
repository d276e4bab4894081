//! Chat: the rules of who reads and posts where (`access`), and the write path of posts
//! (`poster`). The HTTP handlers are in `routes/messages.rs`.

pub mod access;
pub mod poster;

use std::sync::Arc;

use crate::store::Store;

/// What the chat handlers share.
pub struct Chat {
    pub access: access::Access,
    pub poster: poster::Poster,
}

impl Chat {
    pub fn start(store: Arc<dyn Store>) -> Chat {
        Chat { access: access::Access::new(), poster: poster::Poster::start(store) }
    }
}
