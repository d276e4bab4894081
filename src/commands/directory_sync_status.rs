//! `pchat directory sync status`: the server's scheduled syncs, newest first.

use super::Ctx;

pub async fn run(_ctx: &Ctx, _limit: u32) -> anyhow::Result<()> {
    anyhow::bail!("not yet")
}
