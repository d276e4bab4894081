//! `--server embedded:PATH`: the real server, in-process on a loopback port, over the
//! SQLite file at PATH, with an administrator token that lives only in memory.

use anyhow::Context;

use super::Client;

pub struct Embedded {
    pub client: Client,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl Embedded {
    pub async fn start(path: &str) -> anyhow::Result<Embedded> {
        if path.is_empty() {
            anyhow::bail!("embedded: needs a file path, e.g. --server embedded:./pchat.db");
        }
        let url = format!("sqlite://{path}");
        let store =
            crate::store::open(&url, true).await.with_context(|| format!("opening the embedded store at {path}"))?;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .context("binding a loopback port for the embedded server")?;
        let addr = listener.local_addr()?;
        let token = crate::server::auth::generate_token();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let server_token = token.clone();
        let task = tokio::spawn(async move {
            crate::server::run(
                store,
                crate::server::Options { local_admin_token: Some(server_token), ..Default::default() },
                listener,
                async {
                    let _ = rx.await;
                },
            )
            .await
        });
        let client = Client::new(&format!("http://{addr}"), Some(token))?;
        Ok(Embedded { client, shutdown: Some(tx), task: Some(task) })
    }

    /// Stops the server and waits until the store is closed cleanly.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.context("the embedded server task failed")?.context("the embedded server failed")?;
        }
        Ok(())
    }
}
