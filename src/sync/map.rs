//! Directory entries → the users and groups pchat should hold, with what could not be
//! mapped reported (never dropped silently): entries without a SIP source, members outside
//! the base, group cycles (pchat's groups may not make one; the edge that closes it is left
//! out).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use super::config::{Enabled, Settings};
use super::dn::Dn;

/// One entry, its attribute names lower case.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    pub dn: String,
    pub attrs: HashMap<String, Vec<String>>,
}

impl Entry {
    pub fn new(dn: String, attrs: HashMap<String, Vec<String>>) -> Entry {
        Entry { dn, attrs: attrs.into_iter().map(|(k, v)| (k.to_ascii_lowercase(), v)).collect() }
    }

    fn first(&self, attribute: &str) -> Option<&str> {
        self.attrs.get(&attribute.to_ascii_lowercase())?.iter().map(|v| v.trim()).find(|v| !v.is_empty())
    }

    fn all(&self, attribute: &str) -> &[String] {
        self.attrs.get(&attribute.to_ascii_lowercase()).map(Vec::as_slice).unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DesiredUser {
    pub sip: String,
    pub display_name: String,
    pub ou: String,
    pub site: String,
    pub enabled: bool,
    pub dn: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DesiredGroup {
    pub name: String,
    pub description: String,
    /// `sip:...` and `group:...`, sorted.
    pub members: Vec<String>,
    pub dn: String,
}

/// Something the sync could not carry over, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Skipped {
    pub dn: String,
    pub reason: String,
}

#[derive(Debug, Default, Serialize)]
pub struct Mapped {
    pub users: BTreeMap<String, DesiredUser>,
    pub groups: BTreeMap<String, DesiredGroup>,
    /// Entries left out (no SIP source, no site, two entries for one SIP URI, ...).
    pub skipped: Vec<Skipped>,
    /// Group members left out: outside the base, not found, or closing a cycle.
    pub members_left_out: Vec<Skipped>,
    /// Texts longer than pchat keeps, cut to its limit.
    pub shortened: Vec<Skipped>,
    /// Users (SIP URIs) and groups skipped although the directory still has them: a prune
    /// leaves them as they are.
    pub kept_users: BTreeSet<String>,
    pub kept_groups: BTreeSet<String>,
}

/// `text` cut to `max` characters, noted in `shortened` when it was longer.
fn at_most(text: &str, max: usize, what: &str, dn: &str, shortened: &mut Vec<Skipped>) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    shortened.push(Skipped { dn: dn.to_string(), reason: format!("its {what} is cut to pchat's {max} characters") });
    text.chars().take(max).collect()
}

/// A group's name in pchat: lower case, runs of anything but ASCII letters, digits, `.`,
/// `_` and `-` made one `-` (`Backend Team` → `backend-team`, `Réseau` → `r-seau`).
pub fn group_name(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '_') || (c == '-' && !out.ends_with('-')) {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// The SIP URI of a source value: `sip:` kept, or added to a mail-like value.
fn sip_of(value: &str) -> Result<String, String> {
    let value = value.trim();
    let candidate = if let Some(rest) = value.get(..4).filter(|p| p.eq_ignore_ascii_case("sip:")).map(|_| &value[4..]) {
        format!("sip:{rest}")
    } else {
        format!("sip:{value}")
    };
    crate::api::Principal::user_sip(&candidate)
}

fn enabled_of(entry: &Entry, how: &Enabled) -> Result<bool, String> {
    match how {
        Enabled::Always => Ok(true),
        Enabled::AccountControl(attribute) => match entry.first(attribute) {
            None => Ok(true),
            Some(v) => {
                v.parse::<i64>().map(|flags| flags & 0x2 == 0).map_err(|_| format!("{attribute} {v:?} is not a number"))
            }
        },
        Enabled::Flag(attribute) => match entry.first(attribute).map(str::to_ascii_lowercase).as_deref() {
            None => Ok(true),
            Some("true" | "yes" | "1" | "on") => Ok(true),
            Some("false" | "no" | "0" | "off") => Ok(false),
            Some(other) => Err(format!("{attribute} {other:?} is not TRUE or FALSE")),
        },
    }
}

/// Maps what the searches found. `users` and `groups` are the two searches' entries.
pub fn map(settings: &Settings, users: Vec<Entry>, groups: Vec<Entry>) -> Mapped {
    let base = Dn::parse(&settings.base).ok();
    // In DN order: which of two entries with one SIP URI or group name is kept does not
    // depend on the order the directory answered in.
    // Each DN's key is worked out once: it orders the entries and names them to members.
    let keyed = |entries: Vec<Entry>| {
        let mut keyed: Vec<(String, Entry)> = entries
            .into_iter()
            .map(|e| (Dn::parse(&e.dn).map(|d| d.key()).unwrap_or_else(|_| e.dn.to_lowercase()), e))
            .collect();
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        keyed
    };
    let (users, groups) = (keyed(users), keyed(groups));
    let mut out = Mapped::default();
    // By DN key: who a group's `member` values name.
    let mut user_dns: HashMap<String, String> = HashMap::with_capacity(users.len());
    let mut first_dn_of: HashMap<String, String> = HashMap::new();
    for (key, entry) in users {
        match user(settings, &entry, &mut out.shortened) {
            Ok(u) => {
                if let Some(first) = first_dn_of.get(&u.sip) {
                    out.skipped.push(Skipped {
                        dn: entry.dn.clone(),
                        reason: format!("{} is also the SIP URI of {first}, which is kept", u.sip),
                    });
                    continue;
                }
                first_dn_of.insert(u.sip.clone(), entry.dn.clone());
                user_dns.insert(key, u.sip.clone());
                out.users.insert(u.sip.clone(), u);
            }
            Err((reason, sip)) => {
                out.kept_users.extend(sip);
                out.skipped.push(Skipped { dn: entry.dn.clone(), reason });
            }
        }
    }
    let mut group_dns: HashMap<String, String> = HashMap::with_capacity(groups.len());
    let mut named: Vec<(String, Entry)> = Vec::with_capacity(groups.len());
    let mut first_group_dn: HashMap<String, String> = HashMap::with_capacity(groups.len());
    for (key, entry) in groups {
        let raw = settings.group_name_sources.iter().find_map(|a| entry.first(a)).map(str::to_string);
        let raw = raw.or_else(|| Dn::parse(&entry.dn).ok().map(|d| d.leaf().to_string())).unwrap_or_default();
        let name = group_name(&raw);
        if let Err(e) = crate::api::validate::group_name(&name) {
            out.skipped.push(Skipped { dn: entry.dn.clone(), reason: format!("no usable group name: {}", e.detail) });
            continue;
        }
        if let Some(first) = first_group_dn.get(&name) {
            out.skipped.push(Skipped {
                dn: entry.dn.clone(),
                reason: format!("its name {name} is also {first}'s, which is kept"),
            });
            continue;
        }
        first_group_dn.insert(name.clone(), entry.dn.clone());
        // Active Directory answers a group larger than its MaxValRange (1,500 by default) with
        // `member;range=0-1499`: the rest would need ranged reads, so the group is left as it is.
        if let Some(ranged) = entry.attrs.keys().find(|k| k.contains(";range=")) {
            out.kept_groups.insert(name.clone());
            out.skipped.push(Skipped {
                dn: entry.dn.clone(),
                reason: format!(
                    "the directory sent only part of its members ({ranged}); ranged reads are not supported, so group {name} is left as it is"
                ),
            });
            continue;
        }
        group_dns.insert(key, name.clone());
        named.push((name, entry));
    }
    for (name, entry) in named {
        let mut members = BTreeSet::new();
        for attribute in &settings.member_attributes {
            for value in entry.all(attribute) {
                let Ok(member) = Dn::parse(value) else {
                    out.members_left_out
                        .push(Skipped { dn: entry.dn.clone(), reason: format!("member {value:?} is not a DN") });
                    continue;
                };
                let key = member.key();
                if let Some(sip) = user_dns.get(&key) {
                    members.insert(sip.clone());
                } else if let Some(group) = group_dns.get(&key) {
                    members.insert(format!("group:{group}"));
                } else if base.as_ref().is_some_and(|b| !member.is_under(b)) {
                    out.members_left_out.push(Skipped {
                        dn: entry.dn.clone(),
                        reason: format!("member {value} is outside the sync base {}", settings.base),
                    });
                } else {
                    out.members_left_out.push(Skipped {
                        dn: entry.dn.clone(),
                        reason: format!("member {value} is not a user or group the sync found (the filters leave it out, or it was skipped)"),
                    });
                }
            }
        }
        let description = entry.first("description").unwrap_or_default();
        let description =
            at_most(description, crate::api::validate::DESCRIPTION_MAX, "description", &entry.dn, &mut out.shortened);
        out.groups.insert(
            name.clone(),
            DesiredGroup { name, description, members: members.into_iter().collect(), dn: entry.dn.clone() },
        );
    }
    break_cycles(&mut out);
    out.skipped.sort();
    out.members_left_out.sort();
    out.shortened.sort();
    // What another entry carries is not left as it was.
    let (users, groups) = (&out.users, &out.groups);
    out.kept_users.retain(|sip| !users.contains_key(sip));
    out.kept_groups.retain(|name| !groups.contains_key(name));
    out
}

/// The user of an entry, or why not (with its SIP URI when that much was found).
fn user(
    settings: &Settings,
    entry: &Entry,
    shortened: &mut Vec<Skipped>,
) -> Result<DesiredUser, (String, Option<String>)> {
    let (attribute, value) = settings
        .sip_sources
        .iter()
        .find_map(|a| entry.first(a).map(|v| (a, v)))
        .ok_or_else(|| (format!("no SIP source: none of {} is set", settings.sip_sources.join(", ")), None))?;
    let sip = sip_of(value).map_err(|e| (format!("{attribute}: {e}"), None))?;
    user_with(settings, entry, &sip, shortened).map_err(|reason| (reason, Some(sip.clone())))
}

fn user_with(
    settings: &Settings,
    entry: &Entry,
    sip: &str,
    shortened: &mut Vec<Skipped>,
) -> Result<DesiredUser, String> {
    let sip = sip.to_string();
    let dn = Dn::parse(&entry.dn)?;
    let ou = dn.ou_path().ok_or("its DN names no organisational unit or domain")?;
    let site = settings
        .site_attribute
        .as_deref()
        .and_then(|a| entry.first(a))
        .or(settings.default_site.as_deref())
        .ok_or_else(|| {
            format!(
                "no site: {} is not set and no --default-site is given",
                settings.site_attribute.as_deref().unwrap_or("the site attribute")
            )
        })?
        .to_string();
    let display_name = settings.display_sources.iter().find_map(|a| entry.first(a)).unwrap_or(dn.leaf());
    let display_name =
        at_most(display_name, crate::api::validate::DISPLAY_NAME_MAX, "display name", &entry.dn, shortened);
    let enabled = enabled_of(entry, &settings.enabled)?;
    Ok(DesiredUser { sip, display_name, ou, site, enabled, dn: entry.dn.clone() })
}

/// pchat's groups may not contain themselves through others: each edge that would close a
/// cycle (walking groups and members in name order) is left out and reported.
fn break_cycles(out: &mut Mapped) {
    let names: Vec<String> = out.groups.keys().cloned().collect();
    let mut kept: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for name in &names {
        let members = out.groups[name].members.clone();
        let mut keep = Vec::with_capacity(members.len());
        for m in members {
            if let Some(child) = m.strip_prefix("group:") {
                // Would `name` → `child` let `child` reach `name`?
                if child == name || reaches(&kept, child, name) {
                    out.members_left_out.push(Skipped {
                        dn: out.groups[name].dn.clone(),
                        reason: format!("member group {child} contains {name} already: keeping it would make a cycle"),
                    });
                    continue;
                }
            }
            keep.push(m);
        }
        kept.insert(name.clone(), keep);
    }
    for (name, members) in kept {
        if let Some(g) = out.groups.get_mut(&name) {
            g.members = members;
        }
    }
}

/// Whether `from` reaches `to` through the group edges kept so far.
fn reaches(kept: &BTreeMap<String, Vec<String>>, from: &str, to: &str) -> bool {
    let mut stack = vec![from.to_string()];
    let mut seen = BTreeSet::new();
    while let Some(g) = stack.pop() {
        if g == to {
            return true;
        }
        if !seen.insert(g.clone()) {
            continue;
        }
        for m in kept.get(&g).into_iter().flatten() {
            if let Some(child) = m.strip_prefix("group:") {
                stack.push(child.to_string());
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::config::SyncFile;

    fn settings() -> Settings {
        SyncFile {
            ldap: Some("ldap://127.0.0.1:1".into()),
            base: Some("DC=contoso,DC=com".into()),
            default_site: Some("redmond".into()),
            ..Default::default()
        }
        .settings(None)
        .unwrap()
    }

    fn entry(dn: &str, attrs: &[(&str, &[&str])]) -> Entry {
        Entry::new(
            dn.into(),
            attrs.iter().map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect())).collect(),
        )
    }

    #[test]
    fn users_groups_and_what_is_left_out() {
        let users = vec![
            entry(
                "CN=Ann Lee,OU=Backend,OU=Eng,DC=contoso,DC=com",
                &[("msRTCSIP-PrimaryUserAddress", &["SIP:Ann@Contoso.com"]), ("displayName", &["Ann Lee"])],
            ),
            entry("CN=Bo,OU=Eng,DC=contoso,DC=com", &[("mail", &["bo@contoso.com"]), ("userAccountControl", &["514"])]),
            entry("CN=Cy,OU=Eng,DC=contoso,DC=com", &[("userPrincipalName", &["cy@contoso.com"])]),
            entry("CN=NoSip,OU=Eng,DC=contoso,DC=com", &[("cn", &["NoSip"])]),
        ];
        let groups = vec![
            entry(
                "CN=Backend Team,OU=Groups,DC=contoso,DC=com",
                &[
                    ("cn", &["Backend Team"]),
                    (
                        "member",
                        &[
                            "CN=Ann Lee,OU=Backend,OU=Eng,DC=contoso,DC=com",
                            "CN=Eng,OU=Groups,DC=contoso,DC=com",
                            "CN=Zed,OU=People,DC=fabrikam,DC=com",
                        ],
                    ),
                ],
            ),
            entry(
                "CN=Eng,OU=Groups,DC=contoso,DC=com",
                &[
                    ("cn", &["Eng"]),
                    ("member", &["CN=Backend Team,OU=Groups,DC=contoso,DC=com", "CN=Bo,OU=Eng,DC=contoso,DC=com"]),
                ],
            ),
        ];
        let m = map(&settings(), users, groups);
        let ann = &m.users["sip:ann@contoso.com"];
        assert_eq!((ann.ou.as_str(), ann.display_name.as_str(), ann.enabled), ("contoso/eng/backend", "Ann Lee", true));
        assert!(!m.users["sip:bo@contoso.com"].enabled, "userAccountControl 514 is disabled");
        assert_eq!(m.users["sip:cy@contoso.com"].display_name, "Cy");
        assert_eq!(m.skipped.len(), 1);
        assert!(m.skipped[0].dn.starts_with("CN=NoSip") && m.skipped[0].reason.contains("no SIP source"));
        // backend-team → eng is kept (name order); eng → backend-team would close the cycle.
        assert_eq!(m.groups["backend-team"].members, ["group:eng", "sip:ann@contoso.com"]);
        assert_eq!(m.groups["eng"].members, ["sip:bo@contoso.com"]);
        let reasons: Vec<&str> = m.members_left_out.iter().map(|s| s.reason.as_str()).collect();
        assert!(reasons.iter().any(|r| r.contains("outside the sync base")), "{reasons:?}");
        assert!(reasons.iter().any(|r| r.contains("would make a cycle")), "{reasons:?}");
    }

    #[test]
    fn odd_values_are_carried_or_reported_never_a_panic() {
        let long = "x".repeat(300);
        let users = vec![
            entry("CN=René,OU=Eng,DC=contoso,DC=com", &[("mail", &["rené@contoso.com"])]),
            entry("CN=Ü,OU=Eng,DC=contoso,DC=com", &[("mail", &["ü"])]),
            entry("CN=Long,OU=Eng,DC=contoso,DC=com", &[("mail", &["long@contoso.com"]), ("displayName", &[&long])]),
            entry(
                "CN=NoSite,OU=Eng,DC=contoso,DC=com",
                &[("mail", &["nosite@contoso.com"]), ("userAccountControl", &["x"])],
            ),
        ];
        let groups = vec![entry(
            "CN=Huge,OU=Groups,DC=contoso,DC=com",
            &[("cn", &["Huge"]), ("member;range=0-1499", &["CN=Long,OU=Eng,DC=contoso,DC=com"])],
        )];
        let m = map(&settings(), users, groups);
        assert_eq!(m.users["sip:long@contoso.com"].display_name.chars().count(), 256);
        assert!(
            m.shortened.iter().any(|s| s.dn.starts_with("CN=Long") && s.reason.contains("256")),
            "{:?}",
            m.shortened
        );
        assert!(m.kept_users.contains("sip:nosite@contoso.com"), "a user skipped for a bad value is not pruned");
        assert!(m.kept_groups.contains("huge") && !m.groups.contains_key("huge"), "{:?}", m.skipped);
        assert!(m.skipped.iter().any(|s| s.reason.contains("ranged reads are not supported")));
        assert!(m.skipped.iter().any(|s| s.dn.starts_with("CN=Ü")), "{:?}", m.skipped);
    }

    #[test]
    fn group_names_are_made_pchat_names() {
        assert_eq!(group_name("Backend Team"), "backend-team");
        assert_eq!(group_name("  R&D / Ops "), "r-d-ops");
        assert_eq!(group_name("eng.core_1"), "eng.core_1");
    }
}
