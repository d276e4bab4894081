//! `pchat migration from-mattermost`: a Mattermost bulk export (JSON Lines, alone or in the
//! zip `mmctl export` writes; one
//! `{"type": T, T: {...}}` per line, in the order version, role, scheme, emoji, team,
//! channel, user, post, direct_channel, direct_post) turned into an archive. Teams are
//! categories (each with a group of its members, the category's scope), channels are rooms
//! (`O` open, `P` closed; archived ones disabled), users are users (`sip:` of their email),
//! their channel memberships room entries (`channel_admin`: manager), and posts with their
//! replies, flattened after their root in order, the rooms' messages. Reactions, file
//! attachments, direct messages, custom emoji, roles, schemes and bots are counted, and
//! reported.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;

use serde_json::Value;

use super::build::{Builder, ConvertError, Converted, Placement};
use super::format::*;

/// Where each type of line stands in a bulk file.
fn rank(kind: &str) -> Option<usize> {
    ["version", "role", "scheme", "emoji", "team", "channel", "user", "post", "direct_channel", "direct_post"]
        .iter()
        .position(|k| *k == kind)
        .or_else(|| (kind == "bot").then_some(6))
}

fn text(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or_default().to_string()
}

struct Reader {
    b: Builder,
    /// Users by username: their `sip:`.
    sips: HashMap<String, String>,
    /// Rooms by (team, channel).
    rooms: HashMap<(String, String), String>,
}

impl Reader {
    fn team(&mut self, t: &Value) -> Result<(), String> {
        let name = text(t, "name");
        if name.is_empty() {
            return Err("a team has no name".into());
        }
        let description =
            [text(t, "display_name"), text(t, "description")].into_iter().find(|d| !d.is_empty()).unwrap_or_default();
        self.b.category(&name, &description);
        self.b.allow(&name, format!("group:team-{name}"));
        Ok(())
    }

    fn channel(&mut self, c: &Value) -> Result<(), String> {
        let (team, name) = (text(c, "team"), text(c, "name"));
        if team.is_empty() || name.is_empty() {
            return Err("a channel needs its team and name".into());
        }
        // Room names are unique per pool; a second team's channel of the same name is
        // told apart by its team.
        let room = if self.b.has_room(&name) { format!("{team}-{name}") } else { name.clone() };
        let privacy = if text(c, "type") == "P" { crate::api::Privacy::Closed } else { crate::api::Privacy::Open };
        self.b
            .room(RoomRecord {
                pool: self.b.placement.pool.clone(),
                name: room.clone(),
                category: team.clone(),
                description: [text(c, "purpose"), text(c, "header"), text(c, "display_name")]
                    .into_iter()
                    .find(|d| !d.is_empty())
                    .unwrap_or_default(),
                room_type: Default::default(),
                privacy,
                invitations: Default::default(),
                disabled: c.get("deleted_at").and_then(Value::as_i64).unwrap_or(0) > 0,
                addin: None,
                messages: None,
                last_seq: 0,
                labels: Default::default(),
            })
            .map_err(|e| e.to_string())?;
        self.rooms.insert((team, name), room);
        Ok(())
    }

    fn user(&mut self, u: &Value) -> Result<(), String> {
        let username = text(u, "username");
        if username.is_empty() {
            return Err("a user has no username".into());
        }
        let email = text(u, "email");
        let sip = format!("sip:{}", if email.is_empty() { format!("{username}@mattermost.invalid") } else { email });
        let full = format!("{} {}", text(u, "first_name"), text(u, "last_name")).trim().to_string();
        let display_name =
            [full, text(u, "nickname"), username.clone()].into_iter().find(|d| !d.is_empty()).unwrap_or_default();
        self.b.users.insert(
            sip.clone(),
            UserRecord {
                sip: sip.clone(),
                display_name,
                ou: "mattermost".into(),
                site: self.b.placement.site.clone(),
                enabled: u.get("delete_at").and_then(Value::as_i64).unwrap_or(0) == 0,
                deleted: false,
                labels: Default::default(),
            },
        );
        for team in u.get("teams").and_then(Value::as_array).into_iter().flatten() {
            let team_name = text(team, "name");
            self.b.group_member(&format!("team-{team_name}"), &sip);
            for channel in team.get("channels").and_then(Value::as_array).into_iter().flatten() {
                let Some(room) = self.rooms.get(&(team_name.clone(), text(channel, "name"))).cloned() else {
                    return Err(format!(
                        "user {username} is in channel {team_name}/{} that no channel line made",
                        text(channel, "name")
                    ));
                };
                let role = if text(channel, "roles").split_whitespace().any(|r| r == "channel_admin") {
                    "manager"
                } else {
                    "member"
                };
                self.b.entry(&room, role, &sip);
            }
        }
        self.sips.insert(username, sip);
        Ok(())
    }

    fn post(&mut self, p: &Value) -> Result<(), String> {
        let key = (text(p, "team"), text(p, "channel"));
        let room = self
            .rooms
            .get(&key)
            .cloned()
            .ok_or_else(|| format!("a post in channel {}/{} that no channel line made", key.0, key.1))?;
        self.message(&room, p)?;
        for reply in p.get("replies").and_then(Value::as_array).into_iter().flatten() {
            self.message(&room, reply)?;
        }
        Ok(())
    }

    fn message(&mut self, room: &str, p: &Value) -> Result<(), String> {
        let user = text(p, "user");
        let sender =
            self.sips.get(&user).cloned().ok_or_else(|| format!("a post by {user:?}, whom no user line made"))?;
        let at = p.get("create_at").and_then(Value::as_i64).ok_or("a post has no create_at")?;
        let count = |key: &str| p.get(key).and_then(Value::as_array).map_or(0, |a| a.len() as u64);
        self.b.left_out("reaction", count("reactions"));
        self.b.left_out("file attachment", count("attachments"));
        let body = text(p, "message");
        self.b
            .message(
                room,
                MessageRecord {
                    id: 0,
                    seq: 0,
                    sender,
                    posted_at: iso_ms(at),
                    kind: crate::api::MessageKind::Message,
                    title: String::new(),
                    links: crate::api::links_in(&body),
                    text: body,
                    files: Vec::new(),
                    removed: false,
                },
            )
            .map_err(|e| e.to_string())
    }
}

/// Converts the bulk file at `source` (JSON Lines, or the zip `mmctl export` writes, whose
/// `.jsonl` member is read) into an archive at `out`.
pub fn convert(source: &Path, out: &Path, placement: &Placement) -> Result<Converted, Box<dyn std::error::Error>> {
    let name = source.display().to_string();
    if source.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip")) {
        let fail = |message: String| ConvertError { file: name.clone(), at: "the zip".into(), message };
        let mut zip = zip::ZipArchive::new(std::fs::File::open(source)?).map_err(|e| fail(e.to_string()))?;
        let names: Vec<String> = zip.file_names().filter_map(|n| n.ok().map(|n| n.into_owned())).collect();
        let Some(member) = names.iter().find(|n| n.ends_with(".jsonl")).cloned() else {
            return Err(fail("no .jsonl member: a bulk export zip holds the export's JSON Lines file".into()).into());
        };
        let attachments = names.iter().filter(|n| n.starts_with("data/") && !n.ends_with('/')).count();
        let file = zip.by_name(&member).map_err(|e| fail(e.to_string()))?;
        let mut converted = convert_lines(BufReader::new(file), &format!("{name}:{member}"), out, placement)?;
        if attachments > 0 {
            *converted.not_imported.entry("attachment file in data/".into()).or_default() += attachments as u64;
        }
        return Ok(converted);
    }
    convert_lines(BufReader::new(std::fs::File::open(source)?), &name, out, placement)
}

fn convert_lines(
    source: impl BufRead,
    name: &str,
    out: &Path,
    placement: &Placement,
) -> Result<Converted, Box<dyn std::error::Error>> {
    let name = name.to_string();
    let lines = source.lines();
    let mut r = Reader { b: Builder::new(placement.clone())?, sips: HashMap::new(), rooms: HashMap::new() };
    let mut last = 0;
    for (i, line) in lines.enumerate() {
        let n = i + 1;
        let fail = |message: String| ConvertError { file: name.clone(), at: format!("line {n}"), message };
        let line = line.map_err(|e| fail(e.to_string()))?;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(&line).map_err(|e| fail(format!("not JSON: {e}")))?;
        let kind = text(&value, "type");
        let here = rank(&kind).ok_or_else(|| fail(format!("unknown line type {kind:?}")))?;
        if n == 1 && kind != "version" {
            return Err(fail("a bulk file begins with its version line".into()).into());
        }
        if here < last {
            return Err(fail(format!(
                "a {kind} line after later kinds: a bulk file holds version, role, scheme, emoji, team, channel, user, post, direct_channel, direct_post lines, in that order"
            ))
            .into());
        }
        last = here;
        let body = value.get(&kind).cloned().unwrap_or(Value::Null);
        match kind.as_str() {
            "version" => {
                if body.as_i64().unwrap_or(0) != 1 {
                    return Err(fail(format!("bulk format version {body}; this reads version 1")).into());
                }
            }
            "team" => r.team(&body).map_err(fail)?,
            "channel" => r.channel(&body).map_err(fail)?,
            "user" => r.user(&body).map_err(fail)?,
            "post" => r.post(&body).map_err(fail)?,
            "direct_post" => r.b.left_out("direct message", 1),
            "direct_channel" => r.b.left_out("direct channel", 1),
            "emoji" => r.b.left_out("custom emoji", 1),
            other => r.b.left_out(other, 1),
        }
    }
    r.b.finish(out, format!("mattermost:{name}"), 1)
}
