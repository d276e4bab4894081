//! `pchat migration from-slack`: a Slack workspace export (the zip an owner downloads:
//! `users.json`, `channels.json` and `groups.json` for public and private channels, and a
//! folder per channel of one JSON array of messages per day) turned into an archive.
//! Channels are rooms in one category (public: open, private: closed, archived: disabled),
//! their members its entries (the creator a manager), users are users (`sip:` of their
//! email), and messages, replies in threads among them in time order (a reply marked `↳`),
//! the rooms' messages, their Slack markup turned into plain text with its links. Direct
//! messages, reactions, files (a Slack export holds their links, not their content), joins
//! and other channel events are counted, and reported.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use serde_json::Value;

use super::build::{Builder, ConvertError, Converted, Placement};
use super::format::*;

fn text(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or_default().to_string()
}

/// A Slack `ts` ("1580000000.000100") as milliseconds and as an id (microseconds).
fn ts(value: &str) -> Option<(i64, i64)> {
    let (secs, frac) = value.split_once('.').unwrap_or((value, "0"));
    let secs: i64 = secs.parse().ok()?;
    let micros: i64 = format!("{frac:0<6}").get(..6)?.parse().ok()?;
    Some((secs * 1000 + micros / 1000, secs * 1_000_000 + micros))
}

/// Slack's markup as plain text: `<URL|label>` as `label (URL)`, `<URL>` as the URL,
/// `<@U1>` as `@name`, `<#C1|general>` as `#general`, `<!here>` as `@here`, and the three
/// escaped characters as themselves.
pub fn plain(input: &str, users: &HashMap<String, String>, channels: &HashMap<String, String>) -> String {
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let inner = &rest[open + 1..open + close];
        let (target, label) = match inner.split_once('|') {
            Some((t, l)) => (t, Some(l)),
            None => (inner, None),
        };
        if let Some(id) = target.strip_prefix('@') {
            let name = users.get(id).cloned().or(label.map(String::from)).unwrap_or_else(|| id.to_string());
            out.push('@');
            out.push_str(&name);
        } else if let Some(id) = target.strip_prefix('#') {
            let name = label.map(String::from).or_else(|| channels.get(id).cloned()).unwrap_or_else(|| id.to_string());
            out.push('#');
            out.push_str(&name);
        } else if let Some(special) = target.strip_prefix('!') {
            out.push('@');
            out.push_str(label.unwrap_or(special.split('^').next().unwrap_or(special)));
        } else {
            let url = target.strip_prefix("mailto:").unwrap_or(target);
            match label {
                Some(l) if l != url && l != target => {
                    out.push_str(l);
                    out.push_str(" (");
                    out.push_str(target);
                    out.push(')');
                }
                _ => out.push_str(target),
            }
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

struct Export {
    zip: zip::ZipArchive<std::fs::File>,
    name: String,
}

impl Export {
    /// A JSON member of the export (None when absent).
    fn json(&mut self, member: &str) -> Result<Option<Value>, ConvertError> {
        let name = self.name.clone();
        let fail = |message: String| ConvertError { file: name.clone(), at: member.into(), message };
        let mut file = match self.zip.by_name(member) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(fail(e.to_string())),
        };
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).map_err(|e| fail(e.to_string()))?;
        drop(file);
        serde_json::from_slice(&bytes).map(Some).map_err(|e| self.fail(member, format!("not JSON: {e}")))
    }

    fn fail(&self, member: &str, message: String) -> ConvertError {
        ConvertError { file: self.name.clone(), at: member.to_string(), message }
    }
}

/// Converts the Slack export zip at `source` into an archive at `out`.
pub fn convert(source: &Path, out: &Path, placement: &Placement) -> Result<Converted, Box<dyn std::error::Error>> {
    let name = source.display().to_string();
    let zip = zip::ZipArchive::new(std::fs::File::open(source)?).map_err(|e| ConvertError {
        file: name.clone(),
        at: "the zip".into(),
        message: e.to_string(),
    })?;
    let mut export = Export { zip, name: name.clone() };
    let Some(users) = export.json("users.json")? else {
        return Err(export
            .fail(
                "users.json",
                "users.json is missing: a Slack export holds users.json, channels.json and a folder of messages per channel"
                    .into(),
            )
            .into());
    };
    let mut b = Builder::new(placement.clone())?;
    let category = placement.category.clone();
    b.category(&category, "imported from Slack");
    b.allow(&category, "ou:slack".into());

    // Users: by id, their `sip:` and the name mentions show.
    let mut sips: HashMap<String, String> = HashMap::new();
    let mut names: HashMap<String, String> = HashMap::new();
    for u in users.as_array().ok_or_else(|| export.fail("users.json", "not a list of users".into()))? {
        let (id, handle) = (text(u, "id"), text(u, "name"));
        if id.is_empty() {
            return Err(export.fail("users.json", "a user without an id".into()).into());
        }
        let profile = u.get("profile").cloned().unwrap_or(Value::Null);
        let email = text(&profile, "email").to_ascii_lowercase();
        let sip = format!("sip:{}", if email.is_empty() { format!("{handle}@slack.invalid") } else { email });
        let display =
            [text(&profile, "real_name"), text(u, "real_name"), text(&profile, "display_name"), handle.clone()]
                .into_iter()
                .find(|d| !d.is_empty())
                .unwrap_or_default();
        b.users.insert(
            sip.clone(),
            UserRecord {
                sip: sip.clone(),
                display_name: display,
                ou: "slack".into(),
                site: placement.site.clone(),
                enabled: !u.get("deleted").and_then(Value::as_bool).unwrap_or(false),
                deleted: false,
                labels: Default::default(),
            },
        );
        names.insert(id.clone(), if handle.is_empty() { id.clone() } else { handle });
        sips.insert(id, sip);
    }

    // Channels, public then private: rooms and their entries.
    let mut rooms: BTreeMap<String, String> = BTreeMap::new();
    let mut channel_names: HashMap<String, String> = HashMap::new();
    for (member, privacy) in
        [("channels.json", crate::api::Privacy::Open), ("groups.json", crate::api::Privacy::Closed)]
    {
        let Some(list) = export.json(member)? else { continue };
        for c in list.as_array().ok_or_else(|| export.fail(member, "not a list of channels".into()))? {
            let channel = text(c, "name");
            if channel.is_empty() {
                return Err(export.fail(member, "a channel without a name".into()).into());
            }
            let description = [
                text(c.get("purpose").unwrap_or(&Value::Null), "value"),
                text(c.get("topic").unwrap_or(&Value::Null), "value"),
            ]
            .into_iter()
            .find(|d| !d.is_empty())
            .unwrap_or_default();
            b.room(RoomRecord {
                pool: placement.pool.clone(),
                name: channel.clone(),
                category: category.clone(),
                description,
                room_type: Default::default(),
                privacy,
                invitations: Default::default(),
                disabled: c.get("is_archived").and_then(Value::as_bool).unwrap_or(false),
                addin: None,
                messages: None,
                last_seq: 0,
                labels: Default::default(),
            })?;
            let creator = text(c, "creator");
            for m in c.get("members").and_then(Value::as_array).into_iter().flatten() {
                let id = m.as_str().unwrap_or_default();
                match sips.get(id) {
                    Some(sip) => b.entry(&channel, if id == creator { "manager" } else { "member" }, sip),
                    None => b.left_out("channel member not in users.json", 1),
                }
            }
            channel_names.insert(text(c, "id"), channel.clone());
            rooms.insert(channel.clone(), channel);
        }
    }
    let direct: Vec<String> = ["dms.json", "mpims.json"]
        .into_iter()
        .filter_map(|m| export.json(m).ok().flatten())
        .flat_map(|list| list.as_array().cloned().unwrap_or_default())
        .map(|c| {
            let (id, n) = (text(&c, "id"), text(&c, "name"));
            if n.is_empty() {
                id
            } else {
                n
            }
        })
        .collect();
    b.left_out("direct conversation", direct.len() as u64);

    // Each channel's days, in name (date) order.
    let mut days: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let entries: Vec<String> = export.zip.file_names().filter_map(|n| n.ok().map(|n| n.into_owned())).collect();
    for entry in entries {
        let Some((folder, file)) = entry.split_once('/') else { continue };
        if file.ends_with(".json") && !file.contains('/') {
            days.entry(folder.to_string()).or_default().push(entry.clone());
        }
    }
    let mut read = 0;
    for (folder, mut files) in days {
        files.sort();
        let room = rooms.get(&folder).cloned();
        for member in files {
            let messages = export.json(&member)?.unwrap_or(Value::Null);
            let list = messages.as_array().ok_or_else(|| export.fail(&member, "not a list of messages".into()))?;
            read += 1;
            let Some(room) = &room else {
                let what = if direct.contains(&folder) { "direct message" } else { "message of an unknown channel" };
                b.left_out(what, list.len() as u64);
                continue;
            };
            for m in list {
                message(&mut b, room, m, &sips, &names, &channel_names).map_err(|e| export.fail(&member, e))?;
            }
        }
    }
    b.finish(out, format!("slack:{name}"), read)
}

fn message(
    b: &mut Builder,
    room: &str,
    m: &Value,
    sips: &HashMap<String, String>,
    names: &HashMap<String, String>,
    channels: &HashMap<String, String>,
) -> Result<(), String> {
    let subtype = text(m, "subtype");
    if !subtype.is_empty()
        && !matches!(subtype.as_str(), "thread_broadcast" | "me_message" | "file_share" | "bot_message")
    {
        b.left_out(&format!("{} event", subtype.replace('_', " ")), 1);
        return Ok(());
    }
    let Some(sender) = sips.get(&text(m, "user")).cloned() else {
        b.left_out("message without a user of users.json (bots, integrations)", 1);
        return Ok(());
    };
    let stamp = text(m, "ts");
    let (at, id) = ts(&stamp).ok_or_else(|| format!("a message with ts {stamp:?}, which is not a Slack time"))?;
    let reactions: u64 = m
        .get("reactions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|r| r.get("count").and_then(Value::as_u64).unwrap_or(1))
        .sum();
    b.left_out("reaction", reactions);
    let mut body = plain(&text(m, "text"), names, channels);
    let thread = text(m, "thread_ts");
    if !thread.is_empty() && thread != stamp {
        body = format!("↳ {body}");
    }
    for f in m.get("files").and_then(Value::as_array).into_iter().flatten() {
        b.left_out("file (its content is not in a Slack export)", 1);
        let link =
            [text(f, "url_private"), text(f, "permalink")].into_iter().find(|l| !l.is_empty()).unwrap_or_default();
        body.push_str(&format!("\n[file] {} {link}", text(f, "name")));
    }
    b.message(
        room,
        MessageRecord {
            id,
            seq: 0,
            sender,
            posted_at: iso_ms(at),
            kind: crate::api::MessageKind::Message,
            title: String::new(),
            links: crate::api::links_in(&body),
            text: body.trim_end().to_string(),
            files: Vec::new(),
            removed: false,
        },
    )
    .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_becomes_plain_text_with_its_links() {
        let users = HashMap::from([("U1".to_string(), "alice".to_string())]);
        let channels = HashMap::from([("C1".to_string(), "general".to_string())]);
        assert_eq!(
            plain(
                "hi <@U1>, see <https://x.io/a|the doc> and <https://y.io> in <#C1> &amp; <!here> 1 &lt; 2",
                &users,
                &channels
            ),
            "hi @alice, see the doc (https://x.io/a) and https://y.io in #general & @here 1 < 2"
        );
        assert_eq!(plain("<mailto:a@b.c|a@b.c> <#C9|random>", &users, &channels), "mailto:a@b.c #random");
        assert_eq!(plain("a < b", &users, &channels), "a < b");
    }

    #[test]
    fn slack_times_are_milliseconds_and_microsecond_ids() {
        assert_eq!(ts("1580000000.000100"), Some((1_580_000_000_000, 1_580_000_000_000_100)));
        assert_eq!(ts("1580000000.5"), Some((1_580_000_000_500, 1_580_000_000_500_000)));
        assert_eq!(ts("soon"), None);
    }
}
