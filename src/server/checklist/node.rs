//! Checks of the node itself: its limits, its store's durability and schema, its file store.

use super::{writable, Context, Found};
use crate::server::error::ApiResult;

/// Connected users a node is sized for (reference.md §3), and the descriptors it needs
/// beside them (store connections, files, listeners).
const USERS_PER_NODE: u64 = 20_000;
const SPARE_FILES: u64 = 1_024;

/// The soft and hard limits of open files of this process, from `/proc/self/limits`.
fn open_files_limits() -> Option<(Option<u64>, Option<u64>)> {
    let text = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = text.lines().find(|l| l.starts_with("Max open files"))?;
    let mut values = line["Max open files".len()..].split_whitespace().map(|v| v.parse::<u64>().ok());
    Some((values.next()?, values.next()?))
}

pub async fn open_files(_: &Context) -> ApiResult<Found> {
    let needed = USERS_PER_NODE + SPARE_FILES;
    let Some((soft, hard)) = open_files_limits() else {
        return Ok(Found::skip("this system does not say the limit of open files (no /proc/self/limits)"));
    };
    let Some(soft) = soft else {
        return Ok(Found::pass("open files: unlimited").with("needed", needed));
    };
    let found = format!(
        "open files: {soft} allowed (hard limit {}), {needed} needed for {USERS_PER_NODE} connected users",
        hard.map_or("unlimited".to_string(), |h| h.to_string())
    );
    let found = if soft >= needed {
        Found::pass(found)
    } else {
        Found::warn(
            found,
            format!("raise the node's limit to at least {needed}: LimitNOFILE={needed} in its systemd unit, or `ulimit -n {needed}` before `pchat server`"),
        )
    };
    Ok(found.with("soft_limit", soft).with("needed", needed))
}

pub async fn sqlite_durability(c: &Context) -> ApiResult<Found> {
    let Some((mode, synchronous)) = c.state.store.durability().await? else {
        return Ok(Found::skip(format!("the store is {}, not SQLite", c.state.store.backend())));
    };
    Ok(durability(&mode, synchronous).with("journal_mode", mode).with("synchronous", synchronous))
}

/// What a journal mode and synchronous level promise: WAL, and at least normal.
fn durability(mode: &str, synchronous: i64) -> Found {
    let level = match synchronous {
        0 => "off",
        1 => "normal",
        2 => "full",
        3 => "extra",
        _ => "unknown",
    };
    let found = format!("SQLite journal mode {mode}, synchronous {level}");
    if mode.eq_ignore_ascii_case("wal") && synchronous >= 1 {
        Found::pass(found)
    } else {
        Found::fail(found, "open the store with pchat (it sets WAL and synchronous normal); a store whose file system cannot hold a WAL (a network share) must move to a local disk")
    }
}

pub async fn schema(c: &Context) -> ApiResult<Found> {
    let schema = c.state.store.schema().await?;
    let found = format!("store schema version {}, this binary's {}", schema.current, schema.expected);
    let found = if schema.current == schema.expected {
        Found::pass(found)
    } else if schema.current < schema.expected {
        Found::fail(found, "restart the node without --no-migrate: it migrates the store when it starts")
    } else {
        Found::fail(found, "the store was migrated by a newer pchat: run that version on this node")
    };
    Ok(found.with("current", schema.current).with("expected", schema.expected))
}

pub async fn file_store(c: &Context) -> ApiResult<Found> {
    let Some(files) = &c.state.files else {
        return Ok(Found::fail(
            "this node has no file store: uploads are refused",
            "start the node with --file-store DIR (a directory every node of the pool shares)",
        ));
    };
    let probe = writable(files.root().to_path_buf()).await?;
    let dir = files.root().display().to_string();
    Ok(match probe {
        Ok(()) => Found::pass(format!("the file store {dir} can be written")),
        Err(e) => Found::fail(
            format!("the file store {dir} cannot be written: {e}"),
            format!("make {dir} writable by the user pchat runs as, on every node of the pool (and check the disk is not full)"),
        ),
    }
    .with("dir", dir))
}

/// Free space (bytes available to this process) and the file system's id, of the file
/// system that holds `dir`.
fn free_space(dir: &std::path::Path) -> std::io::Result<(u64, u64)> {
    let stat = rustix::fs::statvfs(dir)?;
    Ok((stat.f_bavail.saturating_mul(stat.f_frsize), stat.f_fsid))
}

/// A place the node writes to, what it holds and what is free under it.
struct Place {
    what: &'static str,
    dir: std::path::PathBuf,
    holds: u64,
}

pub async fn disk_space(c: &Context) -> ApiResult<Found> {
    let mut places = Vec::new();
    if let crate::store::DatabaseFacts::Sqlite { file: Some(file), bytes } = c.state.store.database_facts().await? {
        let dir =
            file.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new(".")).to_path_buf();
        places.push(Place { what: "the store", dir, holds: bytes });
    }
    if let Some(files) = &c.state.files {
        let holds = c.state.store.read().await?.file_store_bytes().await?;
        places.push(Place { what: "the file store", dir: files.root().to_path_buf(), holds: holds.max(0) as u64 });
    }
    if places.is_empty() {
        return Ok(Found::skip("this node keeps nothing on its own disks (the store is PostgreSQL, no file store)"));
    }
    let measured =
        tokio::task::spawn_blocking(move || places.into_iter().map(|p| (free_space(&p.dir), p)).collect::<Vec<_>>())
            .await
            .map_err(crate::server::error::ApiError::internal)?;
    let gib = |b: u64| match b {
        b if b < 1 << 30 => format!("{:.1} MiB", b as f64 / (1u64 << 20) as f64),
        b => format!("{:.1} GiB", b as f64 / (1u64 << 30) as f64),
    };
    let (mut short, mut tight, mut said) = (Vec::new(), Vec::new(), Vec::new());
    let mut least_free = u64::MAX;
    for (free, place) in &measured {
        let dir = place.dir.display();
        let free = match free {
            Ok((free, _)) => *free,
            Err(e) => {
                short.push(format!("the free space under {} ({dir}) cannot be read: {e}", place.what));
                continue;
            }
        };
        least_free = least_free.min(free);
        let line = format!("{} ({dir}) holds {}, {} free", place.what, gib(place.holds), gib(free));
        if free < c.min_free_bytes {
            short.push(format!("{line}, less than the {} a node needs to keep writing", gib(c.min_free_bytes)));
        } else if free < place.holds {
            tight.push(format!("{line}: not room for a copy of it (a backup, VACUUM or migration)"));
        } else {
            said.push(line);
        }
    }
    let fix =
        "free space or grow the file system: the store and the file store need at least as much free as they hold";
    let found = if !short.is_empty() {
        Found::fail(super::some_of(&short, 2), fix)
    } else if !tight.is_empty() {
        Found::warn(super::some_of(&tight, 2), fix)
    } else {
        Found::pass(said.join("; "))
    };
    Ok(found.with("least_free_bytes", least_free).with("min_free_bytes", c.min_free_bytes))
}

/// A certificate that expires within this many days fails: time to renew it.
const CERTIFICATE_DAYS: i64 = 14;

/// The API's address: on loopback it reaches only this machine; beyond it, without TLS,
/// tokens and messages cross the network in clear.
pub async fn tls(c: &Context) -> ApiResult<Found> {
    let Some(listen) = c.state.listen else {
        return Ok(Found::skip("this node does not listen (an embedded server)"));
    };
    if let Some(certificate) = &c.state.tls {
        let (from, until) = certificate.validity();
        let now = crate::store::now_ms() / 1000;
        let days_left = (until - now).div_euclid(86_400);
        let file = certificate.path().display();
        let expires = crate::store::format_ms(until.saturating_mul(1000));
        let about = format!("the API serves HTTPS on {listen} with the certificate {file}, valid until {expires}");
        let renew =
            format!("renew the certificate, replace {file} and its key, then `kill -HUP` the node (no restart needed)");
        let found = if now < from {
            Found::fail(
                format!("{about}, but not before {}", crate::store::format_ms(from.saturating_mul(1000))),
                renew,
            )
        } else if now >= until {
            Found::fail(format!("{about}: it has expired, and clients refuse it"), renew)
        } else if days_left < CERTIFICATE_DAYS {
            Found::fail(format!("{about}: {days_left} day(s) left, fewer than {CERTIFICATE_DAYS}"), renew)
        } else {
            Found::pass(format!("{about} ({days_left} days left)"))
        };
        return Ok(found.with("listen", listen.to_string()).with("tls", true).with("days_left", days_left));
    }
    Ok(listening(listen).with("listen", listen.to_string()).with("tls", false))
}

fn listening(listen: std::net::SocketAddr) -> Found {
    if listen.ip().is_loopback() {
        Found::pass(format!("the API listens on {listen}, loopback only, without TLS"))
    } else {
        Found::fail(
            format!("the API listens on {listen}, beyond loopback, without TLS: tokens and messages cross the network in clear"),
            "serve HTTPS (--tls-cert FILE --tls-key FILE), or listen on loopback behind a proxy that terminates TLS (--listen 127.0.0.1:PORT)",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::{durability, listening};
    use crate::api::checklist::Outcome;

    /// pchat opens every store in WAL with synchronous normal, so a store cannot be
    /// broken this way from outside; the judgment is checked here.
    #[test]
    fn a_store_without_a_wal_or_synchronous_off_fails() {
        assert_eq!(durability("wal", 1).result, Outcome::Pass);
        assert_eq!(durability("WAL", 2).result, Outcome::Pass);
        assert_eq!(durability("delete", 2).result, Outcome::Fail);
        assert_eq!(durability("wal", 0).result, Outcome::Fail);
    }

    #[test]
    fn an_api_beyond_loopback_without_tls_fails() {
        for (addr, expected) in [
            ("127.0.0.1:5040", Outcome::Pass),
            ("[::1]:5040", Outcome::Pass),
            ("0.0.0.0:5040", Outcome::Fail),
            ("10.1.2.3:5040", Outcome::Fail),
            ("[::]:5040", Outcome::Fail),
        ] {
            assert_eq!(listening(addr.parse().unwrap()).result, expected, "{addr}");
        }
    }
}
