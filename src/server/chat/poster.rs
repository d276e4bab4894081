//! Chat's write path. On SQLite one task commits the posts that arrive together in one
//! transaction (group commit): concurrent posters share a commit instead of queueing for
//! one each. Elsewhere each post commits on its own, concurrently with the others.

use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};

use crate::store::{NewMessage, Posted, Store, StoreError, StoreResult};

/// Posts taken into one transaction at most.
const MAX_BATCH: usize = 1024;
/// Posts waiting for the writer at most; a poster past that waits for room.
const QUEUE: usize = 8192;

/// What to do with a committed post before it is answered (deliver it): on SQLite the
/// writer does it in commit order, so a room's events come in the order of its numbers.
pub type OnCommit = Box<dyn FnOnce(&Posted) + Send>;

struct Job {
    post: NewMessage,
    on_commit: OnCommit,
    reply: oneshot::Sender<StoreResult<Posted>>,
}

pub struct Poster {
    store: Arc<dyn Store>,
    queue: Option<mpsc::Sender<Job>>,
}

impl Poster {
    pub fn start(store: Arc<dyn Store>) -> Poster {
        let queue = store.group_commit().then(|| {
            let (tx, rx) = mpsc::channel(QUEUE);
            tokio::spawn(write_batches(store.clone(), rx));
            tx
        });
        Poster { store, queue }
    }

    /// Commits one post, runs `on_commit`, and answers once the post is durable.
    pub async fn post(&self, post: NewMessage, on_commit: OnCommit) -> StoreResult<Posted> {
        let Some(queue) = &self.queue else {
            let posted = one(&*self.store, post).await?;
            on_commit(&posted);
            return Ok(posted);
        };
        let (reply, answer) = oneshot::channel();
        queue.send(Job { post, on_commit, reply }).await.map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

fn stopped() -> StoreError {
    StoreError::Unavailable("the chat writer has stopped".into())
}

async fn one(store: &dyn Store, post: NewMessage) -> StoreResult<Posted> {
    let mut posted = store.post_messages(std::slice::from_ref(&post)).await?;
    posted.pop().ok_or_else(|| StoreError::Other(anyhow::anyhow!("the store committed no post")))
}

/// Takes every post waiting (up to [`MAX_BATCH`]) into one transaction. If the batch
/// fails (a room deleted meanwhile, say), each of its posts is tried on its own, so one
/// post's failure is that post's answer only.
async fn write_batches(store: Arc<dyn Store>, mut rx: mpsc::Receiver<Job>) {
    let mut jobs = Vec::with_capacity(MAX_BATCH);
    while rx.recv_many(&mut jobs, MAX_BATCH).await > 0 {
        let (posts, after): (Vec<NewMessage>, Vec<_>) =
            jobs.drain(..).map(|j| (j.post, (j.on_commit, j.reply))).unzip();
        match store.post_messages(&posts).await {
            Ok(posted) if posted.len() == posts.len() => {
                for ((on_commit, reply), posted) in after.into_iter().zip(posted) {
                    on_commit(&posted);
                    let _ = reply.send(Ok(posted));
                }
            }
            _ => {
                for ((on_commit, reply), post) in after.into_iter().zip(posts) {
                    let posted = one(&*store, post).await;
                    if let Ok(posted) = &posted {
                        on_commit(posted);
                    }
                    let _ = reply.send(posted);
                }
            }
        }
    }
}
