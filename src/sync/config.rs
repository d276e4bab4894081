//! What a directory sync reads and how it maps entries: a YAML file (`--config`, and the
//! server's `--directory-sync`), flags over it, and defaults per directory kind.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// The file, as written (every key optional; flags fill or override them).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SyncFile {
    /// `ldaps://HOST[:PORT]`, or `ldap://HOST[:PORT]` (StartTLS).
    pub ldap: Option<String>,
    pub bind_dn: Option<String>,
    /// A file holding the bind password (its first line).
    pub password_file: Option<PathBuf>,
    /// The subtree synced.
    pub base: Option<String>,
    pub profile: Option<Profile>,
    pub user_filter: Option<String>,
    pub group_filter: Option<String>,
    /// Tried before the profile's SIP sources.
    pub sip_attribute: Option<String>,
    pub site_attribute: Option<String>,
    pub default_site: Option<String>,
    pub enabled_attribute: Option<String>,
    /// A certificate authority (PEM) to trust beside the system's.
    pub ca_cert: Option<PathBuf>,
    /// Plain LDAP with no StartTLS (a directory on this machine's loopback only).
    #[serde(default)]
    pub no_tls: bool,
    pub page_size: Option<u16>,
    /// Remove the users and groups this sync made that left the directory.
    #[serde(default)]
    pub prune: bool,
    /// The most users and groups one prune may delete (default 500): a wrong base or filter
    /// reads few entries, and would otherwise delete everyone else.
    pub max_prune: Option<usize>,
    /// How often the server runs it (`--directory-sync`), e.g. `1h`.
    pub interval: Option<String>,
}

/// Which directory's conventions the defaults follow (a CLI value too).
pub use crate::cli::SyncProfile as Profile;

/// Everything a run needs, defaults applied.
#[derive(Debug, Clone)]
pub struct Settings {
    pub url: String,
    pub bind_dn: Option<String>,
    pub password: Option<String>,
    pub base: String,
    pub profile: Profile,
    pub user_filter: String,
    pub group_filter: String,
    /// Where a user's SIP URI comes from, in order: an attribute that holds a SIP URI
    /// (`sip:` added when missing), or a mail-like one (`sip:` + the value).
    pub sip_sources: Vec<String>,
    pub display_sources: Vec<String>,
    pub site_attribute: Option<String>,
    pub default_site: Option<String>,
    pub enabled: Enabled,
    pub group_name_sources: Vec<String>,
    pub member_attributes: Vec<String>,
    pub ca_cert: Option<PathBuf>,
    pub no_tls: bool,
    pub page_size: u16,
    pub prune: bool,
    pub max_prune: usize,
}

/// How a user's enabled state is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Enabled {
    /// Every user is enabled.
    Always,
    /// Active Directory's `userAccountControl`: disabled when bit 0x2 is set.
    AccountControl(String),
    /// A boolean attribute (TRUE/FALSE, yes/no, 1/0); missing means enabled.
    Flag(String),
}

pub const DEFAULT_PAGE_SIZE: u16 = 500;
pub const DEFAULT_MAX_PRUNE: usize = 500;

impl Profile {
    pub fn user_filter(self) -> &'static str {
        match self {
            Profile::ActiveDirectory => "(&(objectClass=user)(!(objectClass=computer)))",
            Profile::Openldap => "(objectClass=inetOrgPerson)",
        }
    }

    pub fn group_filter(self) -> &'static str {
        match self {
            Profile::ActiveDirectory => "(objectClass=group)",
            Profile::Openldap => "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames))",
        }
    }

    fn sip_sources(self) -> &'static [&'static str] {
        match self {
            Profile::ActiveDirectory => &["msRTCSIP-PrimaryUserAddress", "mail", "userPrincipalName"],
            Profile::Openldap => &["msRTCSIP-PrimaryUserAddress", "mail"],
        }
    }

    fn group_names(self) -> &'static [&'static str] {
        match self {
            Profile::ActiveDirectory => &["sAMAccountName", "cn"],
            Profile::Openldap => &["cn"],
        }
    }

    fn members(self) -> &'static [&'static str] {
        match self {
            Profile::ActiveDirectory => &["member"],
            Profile::Openldap => &["member", "uniqueMember"],
        }
    }
}

impl crate::cli::SyncSource {
    /// The file's settings with these flags over them.
    pub fn over(&self, file: SyncFile) -> SyncFile {
        let f = self.clone();
        SyncFile {
            ldap: f.ldap.or(file.ldap),
            bind_dn: f.bind_dn.or(file.bind_dn),
            // A password given on stdin replaces the file's too.
            password_file: if f.password_stdin { None } else { f.password_file.or(file.password_file) },
            base: f.base.or(file.base),
            profile: f.profile.or(file.profile),
            user_filter: f.user_filter.or(file.user_filter),
            group_filter: f.group_filter.or(file.group_filter),
            sip_attribute: f.sip_attribute.or(file.sip_attribute),
            site_attribute: f.site_attribute.or(file.site_attribute),
            default_site: f.default_site.or(file.default_site),
            enabled_attribute: f.enabled_attribute.or(file.enabled_attribute),
            ca_cert: f.ldap_ca_cert.or(file.ca_cert),
            no_tls: f.no_tls || file.no_tls,
            page_size: f.page_size.or(file.page_size),
            prune: file.prune,
            max_prune: f.max_prune.or(file.max_prune),
            interval: file.interval,
        }
    }
}

impl SyncFile {
    /// Reads a config file (YAML, owner-readable: it names the password's file).
    pub fn load(path: &std::path::Path) -> Result<SyncFile, String> {
        let text = crate::plan::load::read_plan_file(path, 1 << 20).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_yaml::from_str(&text).map_err(|e| {
            let at = e.location().map(|l| format!(":{}:{}", l.line(), l.column())).unwrap_or_default();
            let reason = e.to_string();
            let reason = reason.split(" at line ").next().unwrap_or(&reason).to_string();
            format!("{}{at}: {reason}", path.display())
        })
    }

    /// The settings of a run; `password` is the one given on stdin, if any.
    pub fn settings(&self, password: Option<String>) -> Result<Settings, String> {
        let url = self.ldap.clone().ok_or(
            "no directory given: --ldap URL (ldaps://HOST or ldap://HOST), or a config file with ldap: (--config FILE, or a context's: pchat context set NAME --directory-sync FILE)",
        )?;
        let lower = url.to_ascii_lowercase();
        if !(lower.starts_with("ldap://") || lower.starts_with("ldaps://")) {
            return Err(format!(
                "--ldap {url:?} is not an LDAP URL: use ldaps://HOST[:PORT] or ldap://HOST[:PORT] (StartTLS)"
            ));
        }
        if self.no_tls && lower.starts_with("ldaps://") {
            return Err("--no-tls with an ldaps:// URL: ldaps is TLS from the start".into());
        }
        if self.no_tls && !loopback_url(&url) {
            return Err(format!(
                "--no-tls with {url}: the bind password would cross the network in clear; plain LDAP is only for a directory on this machine's loopback (use StartTLS, the default, or ldaps://)"
            ));
        }
        let base = self.base.clone().ok_or("no base given: --base DN, e.g. --base DC=contoso,DC=com")?;
        super::dn::Dn::parse(&base).map_err(|e| format!("--base: {e}"))?;
        let password = match (password, &self.password_file) {
            (Some(p), _) => Some(p),
            (None, Some(file)) => Some(read_password(file)?),
            (None, None) => None,
        };
        if self.bind_dn.is_some() && password.is_none() {
            return Err("--bind-dn needs a password: --password-file FILE or --password-stdin".into());
        }
        if self.default_site.is_none() && self.site_attribute.is_none() {
            return Err(
                "every pchat user has a site: give --default-site NAME, or --site-attribute ATTR (with --default-site for entries without it)"
                    .into(),
            );
        }
        let profile = self.profile.unwrap_or_default();
        let mut sip_sources: Vec<String> = self.sip_attribute.iter().cloned().collect();
        for source in profile.sip_sources() {
            if !sip_sources.iter().any(|s| s.eq_ignore_ascii_case(source)) {
                sip_sources.push(source.to_string());
            }
        }
        let enabled = match (&self.enabled_attribute, profile) {
            (Some(a), _) if a.eq_ignore_ascii_case("userAccountControl") => Enabled::AccountControl(a.clone()),
            (Some(a), _) => Enabled::Flag(a.clone()),
            (None, Profile::ActiveDirectory) => Enabled::AccountControl("userAccountControl".into()),
            (None, Profile::Openldap) => Enabled::Always,
        };
        let page_size = self.page_size.unwrap_or(DEFAULT_PAGE_SIZE);
        if page_size == 0 {
            return Err("--page-size must be at least 1".into());
        }
        Ok(Settings {
            url,
            bind_dn: self.bind_dn.clone(),
            password,
            base,
            profile,
            user_filter: self.user_filter.clone().unwrap_or_else(|| profile.user_filter().into()),
            group_filter: self.group_filter.clone().unwrap_or_else(|| profile.group_filter().into()),
            sip_sources,
            display_sources: vec!["displayName".into(), "cn".into()],
            site_attribute: self.site_attribute.clone(),
            default_site: self.default_site.clone(),
            enabled,
            group_name_sources: profile.group_names().iter().map(|s| s.to_string()).collect(),
            member_attributes: profile.members().iter().map(|s| s.to_string()).collect(),
            ca_cert: self.ca_cert.clone(),
            no_tls: self.no_tls,
            page_size,
            prune: self.prune,
            max_prune: self.max_prune.unwrap_or(DEFAULT_MAX_PRUNE),
        })
    }
}

/// Whether an LDAP URL names this machine's loopback (127.0.0.0/8, ::1, localhost).
fn loopback_url(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?']).next().unwrap_or("");
    let host = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(h, _)| h),
    };
    host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// A password file's first line; refused when others than its owner may read it.
pub fn read_password(file: &std::path::Path) -> Result<String, String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(file).map_err(|e| {
            format!("reading the password file {}: {}", file.display(), crate::api::text::io_reason(&e))
        })?;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(format!(
                "the password file {} can be read by others (mode {mode:o}): chmod 600 {}",
                file.display(),
                file.display()
            ));
        }
    }
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("reading the password file {}: {}", file.display(), crate::api::text::io_reason(&e)))?;
    let password = text.lines().next().unwrap_or("").trim_end_matches('\r').to_string();
    if password.is_empty() {
        return Err(format!("the password file {} is empty", file.display()));
    }
    Ok(password)
}

impl Settings {
    /// Every attribute a search asks for.
    pub fn user_attributes(&self) -> Vec<String> {
        let mut attrs: Vec<String> = self.sip_sources.clone();
        attrs.extend(self.display_sources.iter().cloned());
        attrs.extend(self.site_attribute.iter().cloned());
        match &self.enabled {
            Enabled::AccountControl(a) | Enabled::Flag(a) => attrs.push(a.clone()),
            Enabled::Always => {}
        }
        attrs
    }

    pub fn group_attributes(&self) -> Vec<String> {
        let mut attrs = self.group_name_sources.clone();
        attrs.extend(self.member_attributes.iter().cloned());
        attrs.push("description".into());
        attrs
    }
}
