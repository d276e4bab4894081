//! Throwaway PostgreSQL databases for the tests and the benchmarks: each gets a database of
//! its own next to the one a URL names (the role needs CREATEDB), dropped with its
//! connections when the handle is dropped.

use std::sync::atomic::{AtomicU64, Ordering};

use sqlx::Connection;

/// A database made for one test or benchmark round.
pub struct ScratchDatabase {
    admin_url: String,
    name: String,
    /// The URL of the new database (the admin URL's server, user and query).
    pub url: String,
}

impl ScratchDatabase {
    /// Creates `PREFIX_PID_N_RANDOM` next to the database `admin_url` names.
    pub async fn create(admin_url: &str, prefix: &str) -> anyhow::Result<ScratchDatabase> {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let mut random = [0u8; 6];
        getrandom::fill(&mut random).map_err(|e| anyhow::anyhow!("the random source failed: {e}"))?;
        let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
        let name = format!("{prefix}_{}_{}_{suffix}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let shown = super::redact_url(admin_url);
        let mut admin =
            sqlx::PgConnection::connect(admin_url).await.map_err(|e| anyhow::anyhow!("connecting to {shown}: {e}"))?;
        sqlx::query(&format!("CREATE DATABASE \"{name}\""))
            .execute(&mut admin)
            .await
            .map_err(|e| anyhow::anyhow!("creating database {name} on {shown}: {e} (the role needs CREATEDB)"))?;
        admin.close().await.ok();
        let url = with_database(admin_url, &name)?;
        Ok(ScratchDatabase { admin_url: admin_url.to_string(), name, url })
    }

    /// The URL it was made next to.
    pub fn admin_url(&self) -> &str {
        &self.admin_url
    }

    /// As [`ScratchDatabase::create`], from code that is not async (a runtime of its own, on
    /// a thread of its own, so the caller may be anywhere).
    pub fn create_blocking(admin_url: &str, prefix: &str) -> anyhow::Result<ScratchDatabase> {
        let (admin_url, prefix) = (admin_url.to_string(), prefix.to_string());
        on_own_runtime(async move { ScratchDatabase::create(&admin_url, &prefix).await })
    }
}

impl Drop for ScratchDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        let outcome = on_own_runtime(async move {
            let mut admin = sqlx::PgConnection::connect(&admin_url).await?;
            let forced =
                sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).execute(&mut admin).await;
            if forced.is_err() {
                // Before PostgreSQL 13 there is no FORCE.
                sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\"")).execute(&mut admin).await?;
            }
            admin.close().await?;
            Ok(())
        });
        if let Err(e) = outcome {
            eprintln!("warning: could not drop scratch database {}: {e:#}", self.name);
        }
    }
}

/// Drop runs outside any async context it could await in, so it runs on a runtime and a
/// thread of its own.
fn on_own_runtime<T: Send + 'static>(
    work: impl std::future::Future<Output = anyhow::Result<T>> + Send + 'static,
) -> anyhow::Result<T> {
    std::thread::spawn(move || tokio::runtime::Builder::new_current_thread().enable_all().build()?.block_on(work))
        .join()
        .map_err(|_| anyhow::anyhow!("the PostgreSQL helper thread panicked"))?
}

/// The same server URL with another database (query parameters kept).
pub fn with_database(url: &str, database: &str) -> anyhow::Result<String> {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let (scheme, rest) =
        base.split_once("://").ok_or_else(|| anyhow::anyhow!("{} is not a postgres:// URL", super::redact_url(url)))?;
    let authority = rest.split('/').next().unwrap_or(rest);
    let mut out = format!("{scheme}://{authority}/{database}");
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn another_database_on_the_same_server() {
        let url = super::with_database("postgres://u:p@127.0.0.1:5432/main?sslmode=disable", "x").unwrap();
        assert_eq!(url, "postgres://u:p@127.0.0.1:5432/x?sslmode=disable");
        assert!(super::with_database("nonsense", "x").is_err());
    }
}
