//! Compliance: what applies to each pool (`settings`), the events recorded where the
//! changes they describe are written (the builders here), the exporter that hands them to
//! the XML adapter exactly once across a pool's nodes (`exporter.rs`), and the adapter
//! itself (`xml.rs`). docs/compliance.md describes all of it.

pub mod exporter;
pub mod xml;

use crate::api::{
    Category, EffectiveCompliance, EventKind, Room, User, DEFAULT_RETENTION_SECS, DEFAULT_RUN_INTERVAL_SECS,
    XML_ADAPTER,
};
use crate::server::auth::Caller;
use crate::store::{ComplianceEvent, ComplianceTarget};

/// A duration as the wire shows it, in days, hours, minutes and seconds (`15m`, `7days`,
/// `1days 12h`), which reads back as the same duration.
pub fn format_secs(secs: i64) -> String {
    let secs = secs.max(0);
    let parts = [(secs / 86_400, "days"), (secs / 3600 % 24, "h"), (secs / 60 % 60, "m"), (secs % 60, "s")];
    let text: Vec<String> = parts.iter().filter(|(n, _)| *n > 0).map(|(n, unit)| format!("{n}{unit}")).collect();
    if text.is_empty() {
        "0s".into()
    } else {
        text.join(" ")
    }
}

/// What applies to a pool: each value from the pool's own settings, else global's, else
/// the default.
pub fn effective(targets: &[ComplianceTarget], pool: &str) -> EffectiveCompliance {
    let own = format!("pool:{pool}");
    let chain: Vec<&ComplianceTarget> =
        [own.as_str(), "global"].iter().filter_map(|t| targets.iter().find(|c| c.target == *t)).collect();
    fn pick<T: Clone>(chain: &[&ComplianceTarget], get: impl Fn(&ComplianceTarget) -> Option<T>) -> Option<T> {
        chain.iter().find_map(|c| get(c))
    }
    let run_interval_secs = pick(&chain, |c| c.interval_secs).unwrap_or(DEFAULT_RUN_INTERVAL_SECS);
    let retention_secs = pick(&chain, |c| c.retention_secs).unwrap_or(DEFAULT_RETENTION_SECS);
    EffectiveCompliance {
        pool: pool.to_string(),
        enabled: pick(&chain, |c| c.enabled).unwrap_or(false),
        adapter: pick(&chain, |c| c.adapter.clone()).unwrap_or_else(|| XML_ADAPTER.to_string()),
        run_interval: format_secs(run_interval_secs),
        run_interval_secs,
        one_room_per_file: pick(&chain, |c| c.one_room_per_file).unwrap_or(false),
        room_details: pick(&chain, |c| c.room_details).unwrap_or(false),
        user_details: pick(&chain, |c| c.user_details).unwrap_or(false),
        output_dir: pick(&chain, |c| c.output_dir.clone()),
        retention: format_secs(retention_secs),
        retention_secs,
    }
}

/// Whether a pool records events.
pub fn records(targets: &[ComplianceTarget], pool: &str) -> bool {
    !targets.is_empty() && effective(targets, pool).enabled
}

/// Who an event is about or by: a user of the directory, or a token that acts for nobody.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: i64,
    pub uri: String,
    pub name: String,
}

impl Actor {
    pub fn user(user: &User) -> Actor {
        Actor { id: user.meta.id, uri: user.sip.clone(), name: user.display_name.clone() }
    }

    /// The caller of a management call: its owner when the directory knows them, else the
    /// token (`urn:pchat:token:7`) or the local administrator.
    pub fn caller(caller: &Caller, owner: Option<&User>) -> Actor {
        if let Some(user) = owner {
            return Actor::user(user);
        }
        match (&caller.owner, caller.token_id) {
            (Some(sip), _) => Actor { id: 0, uri: sip.clone(), name: String::new() },
            (None, Some(id)) => Actor { id: 0, uri: format!("urn:pchat:token:{id}"), name: format!("token {id}") },
            (None, None) => {
                Actor { id: 0, uri: "urn:pchat:local-administrator".into(), name: "local administrator".into() }
            }
        }
    }
}

/// A room's channel URI (the old system's `ma-chan://DOMAIN/ID`).
pub fn room_channel(pool: &str, room_id: i64) -> String {
    format!("ma-chan://{pool}/{room_id}")
}

/// A category's channel URI, for its own events.
pub fn category_channel(pool: &str, category_id: i64) -> String {
    format!("ma-cat://{pool}/{category_id}")
}

/// An event about a room.
pub fn room_event(
    room: &Room,
    actor: &Actor,
    kind: EventKind,
    content_id: i64,
    content: String,
    detail: String,
) -> ComplianceEvent {
    ComplianceEvent {
        id: 0,
        pool: room.pool.clone(),
        at: crate::store::now_ms(),
        kind,
        channel: room_channel(&room.pool, room.meta.id),
        channel_name: room.name.clone(),
        room_id: room.meta.id,
        user_id: actor.id,
        user_uri: actor.uri.clone(),
        user_name: actor.name.clone(),
        content_id,
        content,
        detail,
        batch_id: None,
    }
}

/// An event about a category.
pub fn category_event(category: &Category, actor: &Actor, content: String, detail: String) -> ComplianceEvent {
    ComplianceEvent {
        id: 0,
        pool: category.pool.clone(),
        at: crate::store::now_ms(),
        kind: EventKind::CategoryChange,
        channel: category_channel(&category.pool, category.meta.id),
        channel_name: category.name.clone(),
        room_id: 0,
        user_id: actor.id,
        user_uri: actor.uri.clone(),
        user_name: actor.name.clone(),
        content_id: 0,
        content,
        detail,
        batch_id: None,
    }
}

/// Records events in a transaction of their own, before the answer goes out: for what
/// changes nothing in the store but is recorded all the same (history read, a download).
pub async fn record(store: &dyn crate::store::Store, events: &[ComplianceEvent]) -> crate::store::StoreResult<()> {
    if events.is_empty() {
        return Ok(());
    }
    let mut tx = store.chat_write().await?;
    tx.insert_compliance_events(events).await?;
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(name: &str) -> ComplianceTarget {
        ComplianceTarget { target: name.into(), ..Default::default() }
    }

    #[test]
    fn durations_show_as_days_hours_minutes_and_seconds_and_read_back() {
        for (secs, text) in
            [(0, "0s"), (60, "1m"), (900, "15m"), (3650 * 86_400, "3650days"), (90_061, "1days 1h 1m 1s")]
        {
            assert_eq!(format_secs(secs), text);
            assert_eq!(humantime::parse_duration(text).unwrap().as_secs() as i64, secs);
        }
    }

    #[test]
    fn a_pool_inherits_each_value_it_does_not_set() {
        let none = effective(&[], "red");
        assert!(!none.enabled);
        assert_eq!((none.run_interval_secs, none.run_interval.as_str()), (900, "15m"));
        let global = ComplianceTarget {
            enabled: Some(true),
            output_dir: Some("/srv/compliance".into()),
            interval_secs: Some(3600),
            ..target("global")
        };
        let red = ComplianceTarget { interval_secs: Some(60), one_room_per_file: Some(true), ..target("pool:red") };
        let both = [global, red];
        let red = effective(&both, "red");
        assert!(red.enabled && red.one_room_per_file);
        assert_eq!((red.run_interval_secs, red.output_dir.as_deref()), (60, Some("/srv/compliance")));
        let blue = effective(&both, "blue");
        assert_eq!((blue.run_interval_secs, blue.one_room_per_file), (3600, false));
        let off = ComplianceTarget { enabled: Some(false), ..target("pool:blue") };
        assert!(!records(&[both[0].clone(), off], "blue"));
    }
}
