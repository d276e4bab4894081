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
    let level = match synchronous {
        0 => "off",
        1 => "normal",
        2 => "full",
        3 => "extra",
        _ => "unknown",
    };
    let found = format!("SQLite journal mode {mode}, synchronous {level}");
    let found = if mode.eq_ignore_ascii_case("wal") && synchronous >= 1 {
        Found::pass(found)
    } else {
        Found::fail(found, "open the store with pchat (it sets WAL and synchronous normal); a store whose file system cannot hold a WAL (a network share) must move to a local disk")
    };
    Ok(found.with("journal_mode", mode).with("synchronous", synchronous))
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
