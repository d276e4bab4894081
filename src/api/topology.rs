//! The topology document (`kind: Topology`, docs/topology.md): sites, and pools with their
//! servers and stores; and its rules, each with a stable id, the path of what breaks it and
//! a hint. The rules are pure: the CLI checks a file with them offline (`pchat topology
//! validate`), and a server checks what is published with the same ones.

use serde::{Deserialize, Serialize};

/// At most this many servers in a pool, and this many of them active (reference §8.12).
pub const MAX_POOL_SERVERS: usize = 8;
pub const MAX_ACTIVE_SERVERS: usize = 4;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TopologySpec {
    #[serde(default)]
    pub sites: Vec<Site>,
    #[serde(default)]
    pub pools: Vec<PoolSpec>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Site {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PoolSpec {
    pub name: String,
    pub fqdn: String,
    pub site: String,
    /// The pool a site's rooms and categories go to when they name none.
    #[serde(default)]
    pub default_for_site: bool,
    /// `sqlite://PATH` (one node only) or `postgres://...`.
    pub store: String,
    /// The directory files go to; the same (shared) directory on every node of the pool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_store: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compliance: Option<ComplianceStoreSpec>,
    /// The store the pool fails over to (kept current by the database's own replication).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_store: Option<String>,
    /// The pool, in another site, that takes this pool's work in a disaster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_pool: Option<String>,
    #[serde(default)]
    pub servers: Vec<ServerSpec>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ComplianceStoreSpec {
    #[serde(default)]
    pub enabled: bool,
    /// The compliance store: distinct from the pool's content store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServerSpec {
    /// The node's name (`pchat server --node NAME`).
    pub name: String,
    /// `HOST:PORT` the node listens on.
    pub address: String,
    #[serde(default)]
    pub role: ServerRole,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ServerRole {
    #[default]
    Active,
    Standby,
}

/// `PUT /v1/topology`: a topology to publish (the document's name and spec); `If-Match`
/// carries the version it was prepared against (0: none was published).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TopologyPublish {
    pub name: String,
    pub spec: TopologySpec,
}

/// A published topology.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PublishedTopology {
    pub version: i64,
    pub name: String,
    pub published_at: String,
    /// Who published it (the token's owner, or the token).
    pub published_by: String,
    pub spec: TopologySpec,
}

/// A version of `GET /v1/topology/history`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct TopologyVersion {
    pub version: i64,
    pub name: String,
    pub published_at: String,
    pub published_by: String,
    pub pools: usize,
    pub servers: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// One broken rule: its id, where (a path into the document: `spec.pools[0].servers[4]`),
/// what is wrong and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct TopologyProblem {
    pub rule: String,
    pub severity: Severity,
    pub path: String,
    pub message: String,
    pub hint: String,
}

/// Every rule, with what it says (docs/topology.md lists them with their fixes).
pub const RULES: &[(&str, &str)] = &[
    ("name-valid", "site, pool and server names are 1 to 256 characters, without control characters"),
    ("site-unique", "site names are unique"),
    ("pool-unique", "pool names are unique"),
    ("fqdn-unique", "pool FQDNs are unique"),
    ("fqdn-valid", "a pool FQDN is a DNS name"),
    ("site-exists", "a pool's site is one of the sites"),
    ("pool-has-servers", "a pool has at least one server"),
    ("pool-servers-max", "a pool has at most 8 servers"),
    ("pool-active-min", "a pool has at least one active server"),
    ("pool-active-max", "a pool has at most 4 active servers"),
    ("server-one-pool", "a server belongs to one pool"),
    ("address-unique", "no two servers share an address"),
    ("address-valid", "a server's address is HOST:PORT with the port from 1 to 65535"),
    ("default-pool-per-site", "each site with pools has exactly one default pool"),
    ("store-valid", "a store is sqlite://PATH or postgres://..."),
    ("store-one-pool", "a content store belongs to one pool"),
    ("shared-store", "a pool of several servers keeps its store in PostgreSQL, not a SQLite file"),
    ("shared-file-store", "a pool of several servers names its file store (the same directory on each)"),
    ("file-store-absolute", "a file store is an absolute path"),
    ("compliance-store-required", "compliance on needs a compliance store"),
    ("compliance-store-distinct", "the compliance store is not the content store"),
    ("backup-store-distinct", "the backup store is not the pool's own store, nor another pool's"),
    ("backup-pool-exists", "a backup pool is one of the pools, not the pool itself"),
    ("backup-pool-other-site", "a backup pool is in another site"),
    ("pool-standby", "a pool with one active server has a standby (warning)"),
];

fn problem(rule: &str, severity: Severity, path: String, message: String, hint: &str) -> TopologyProblem {
    TopologyProblem { rule: rule.into(), severity, path, message, hint: hint.into() }
}

fn name_ok(name: &str) -> bool {
    !name.trim().is_empty() && name.chars().count() <= 256 && !name.chars().any(char::is_control)
}

fn fqdn_ok(fqdn: &str) -> bool {
    fqdn.len() <= 253
        && !fqdn.is_empty()
        && fqdn.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

/// The port of `HOST:PORT` (`[::1]:5041` too), if it is one.
fn port_of(address: &str) -> Result<u16, String> {
    let (host, port) = address.rsplit_once(':').ok_or_else(|| format!("{address:?} has no :PORT"))?;
    let host = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
    if host.is_empty() || host.contains(char::is_whitespace) {
        return Err(format!("{address:?} has no host"));
    }
    match port.parse::<u32>() {
        Ok(p) if (1..=65_535).contains(&p) => Ok(p as u16),
        _ => Err(format!("the port of {address:?} is not from 1 to 65535")),
    }
}

fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// The same store, however its URL is spelt: scheme and host in lower case, no trailing `/`.
fn store_key(url: &str) -> String {
    let url = url.trim().trim_end_matches('/');
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let scheme = if scheme.eq_ignore_ascii_case("postgresql") { "postgres" } else { scheme };
            // user:password@ does not make another store.
            let rest = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
            let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
            format!("{}://{}/{}", scheme.to_ascii_lowercase(), host.to_ascii_lowercase(), path)
        }
        None => url.to_string(),
    }
}

/// Every problem of a topology, in document order (rules of one pool together).
pub fn validate(spec: &TopologySpec) -> Vec<TopologyProblem> {
    use Severity::{Error, Warning};
    let mut out = Vec::new();
    for (i, site) in spec.sites.iter().enumerate() {
        let path = format!("spec.sites[{i}].name");
        if !name_ok(&site.name) {
            out.push(problem(
                "name-valid",
                Error,
                path.clone(),
                format!("site name {:?} is not valid", site.name),
                "give it 1 to 256 characters, no control characters",
            ));
        }
        if spec.sites[..i].iter().any(|s| s.name == site.name) {
            out.push(problem(
                "site-unique",
                Error,
                path,
                format!("site {:?} is listed twice", site.name),
                "remove one, or rename it",
            ));
        }
    }
    // Where each server, address and store was first seen.
    let mut servers: Vec<(&str, usize)> = Vec::new();
    let mut addresses: Vec<(&str, usize, usize)> = Vec::new();
    let stores: Vec<(String, usize)> = spec.pools.iter().enumerate().map(|(i, p)| (store_key(&p.store), i)).collect();
    for (i, pool) in spec.pools.iter().enumerate() {
        let at = |field: &str| format!("spec.pools[{i}].{field}");
        let name = &pool.name;
        if !name_ok(name) {
            out.push(problem(
                "name-valid",
                Error,
                at("name"),
                format!("pool name {name:?} is not valid"),
                "give it 1 to 256 characters, no control characters",
            ));
        }
        if spec.pools[..i].iter().any(|p| p.name == *name) {
            out.push(problem(
                "pool-unique",
                Error,
                at("name"),
                format!("pool {name:?} is defined twice"),
                "rename one of them",
            ));
        }
        if !fqdn_ok(&pool.fqdn) {
            out.push(problem(
                "fqdn-valid",
                Error,
                at("fqdn"),
                format!("pool {name}: {:?} is not a DNS name", pool.fqdn),
                "use letters, digits and '-' in dot-separated labels, such as pchat-red.contoso.com",
            ));
        } else if let Some(j) = spec.pools[..i].iter().position(|p| p.fqdn.eq_ignore_ascii_case(&pool.fqdn)) {
            out.push(problem(
                "fqdn-unique",
                Error,
                at("fqdn"),
                format!("pool {name} has FQDN {}, which pool {} has already", pool.fqdn, spec.pools[j].name),
                "give each pool its own FQDN",
            ));
        }
        if !spec.sites.iter().any(|s| s.name == pool.site) {
            out.push(problem(
                "site-exists",
                Error,
                at("site"),
                format!("pool {name} is in site {:?}, which is not one of the sites", pool.site),
                "add the site under spec.sites, or name one that is there",
            ));
        }
        // Servers.
        let active = pool.servers.iter().filter(|s| s.role == ServerRole::Active).count();
        if pool.servers.is_empty() {
            out.push(problem(
                "pool-has-servers",
                Error,
                at("servers"),
                format!("pool {name} has no servers"),
                "list at least one server: {name: NODE, address: HOST:PORT, role: active}",
            ));
        } else if active == 0 {
            out.push(problem(
                "pool-active-min",
                Error,
                at("servers"),
                format!("pool {name} has no active server; only active servers take clients"),
                "make one of its servers role: active",
            ));
        }
        if pool.servers.len() > MAX_POOL_SERVERS {
            out.push(problem(
                "pool-servers-max",
                Error,
                at(&format!("servers[{MAX_POOL_SERVERS}]")),
                format!("pool {name} has {} servers; a pool has at most {MAX_POOL_SERVERS}", pool.servers.len()),
                "move servers to another pool",
            ));
        }
        if active > MAX_ACTIVE_SERVERS {
            let fifth = pool
                .servers
                .iter()
                .enumerate()
                .filter(|(_, s)| s.role == ServerRole::Active)
                .nth(MAX_ACTIVE_SERVERS)
                .map_or(0, |(k, _)| k);
            out.push(problem(
                "pool-active-max",
                Error,
                at(&format!("servers[{fifth}].role")),
                format!("pool {name} has {active} active servers; at most {MAX_ACTIVE_SERVERS} may be active"),
                "make the others role: standby",
            ));
        }
        if active == 1 && pool.servers.len() == 1 {
            out.push(problem(
                "pool-standby",
                Warning,
                at("servers"),
                format!("pool {name} has one active server and no standby: nothing takes over if it stops"),
                "add a server with role: standby",
            ));
        }
        for (k, server) in pool.servers.iter().enumerate() {
            let sat = |field: &str| at(&format!("servers[{k}].{field}"));
            if !name_ok(&server.name) {
                out.push(problem(
                    "name-valid",
                    Error,
                    sat("name"),
                    format!("server name {:?} is not valid", server.name),
                    "give it 1 to 256 characters, no control characters",
                ));
            }
            match servers.iter().find(|(n, _)| *n == server.name) {
                Some((_, j)) if *j == i => out.push(problem(
                    "server-one-pool",
                    Error,
                    sat("name"),
                    format!("server {} is listed twice in pool {name}", server.name),
                    "remove one of them",
                )),
                Some((_, j)) => out.push(problem(
                    "server-one-pool",
                    Error,
                    sat("name"),
                    format!(
                        "server {} is in pool {name} and in pool {}; a server belongs to one pool",
                        server.name, spec.pools[*j].name
                    ),
                    "remove it from one of the pools",
                )),
                None => servers.push((&server.name, i)),
            }
            match port_of(&server.address) {
                Err(why) => out.push(problem(
                    "address-valid",
                    Error,
                    sat("address"),
                    format!("server {}: {why}", server.name),
                    "write HOST:PORT, such as 10.1.0.11:5041",
                )),
                Ok(_) => match addresses.iter().find(|(a, _, _)| a.eq_ignore_ascii_case(&server.address)) {
                    Some((_, pj, sj)) => out.push(problem(
                        "address-unique",
                        Error,
                        sat("address"),
                        format!(
                            "server {} has address {}, which server {} has already",
                            server.name, server.address, spec.pools[*pj].servers[*sj].name
                        ),
                        "give each server its own address",
                    )),
                    None => addresses.push((&server.address, i, k)),
                },
            }
        }
        // Stores.
        let store_ok = pool.store.starts_with("sqlite://") || is_postgres(&pool.store);
        if !store_ok {
            out.push(problem(
                "store-valid",
                Error,
                at("store"),
                format!("pool {name}: store {:?} is neither sqlite://PATH nor postgres://...", pool.store),
                "write sqlite:///var/lib/pchat/pchat.db or postgres://USER@HOST/DB",
            ));
        } else if let Some((_, j)) = stores.iter().find(|(k, j)| *k == store_key(&pool.store) && *j < i) {
            out.push(problem(
                "store-one-pool",
                Error,
                at("store"),
                format!("pool {name} uses the store of pool {}; each pool has its own", spec.pools[*j].name),
                "give the pool a database of its own",
            ));
        }
        let several = pool.servers.len() > 1;
        if several && store_ok && !is_postgres(&pool.store) {
            out.push(problem(
                "shared-store",
                Error,
                at("store"),
                format!(
                    "pool {name} has {} servers but its store is a SQLite file, which one node alone can use",
                    pool.servers.len()
                ),
                "keep the pool's store in PostgreSQL (postgres://...)",
            ));
        }
        match &pool.file_store {
            None if several => out.push(problem(
                "shared-file-store",
                Error,
                at("servers"),
                format!(
                    "pool {name} has {} servers and names no file store; each node would keep its own files",
                    pool.servers.len()
                ),
                "set fileStore to a directory every node mounts (the same path)",
            )),
            Some(dir) if !dir.starts_with('/') => out.push(problem(
                "file-store-absolute",
                Error,
                at("fileStore"),
                format!("pool {name}: file store {dir:?} is not an absolute path"),
                "write the full path, such as /srv/pchat/files",
            )),
            _ => {}
        }
        if let Some(c) = &pool.compliance {
            match &c.store {
                None if c.enabled => out.push(problem(
                    "compliance-store-required",
                    Error,
                    at("compliance"),
                    format!("pool {name} has compliance on and no compliance store"),
                    "set compliance.store to a database of its own",
                )),
                Some(store) if store_key(store) == store_key(&pool.store) => out.push(problem(
                    "compliance-store-distinct",
                    Error,
                    at("compliance.store"),
                    format!("pool {name}: the compliance store is the content store"),
                    "give compliance a database of its own",
                )),
                Some(store) if !(store.starts_with("sqlite://") || is_postgres(store)) => out.push(problem(
                    "store-valid",
                    Error,
                    at("compliance.store"),
                    format!("pool {name}: compliance store {store:?} is neither sqlite://PATH nor postgres://..."),
                    "write postgres://USER@HOST/DB",
                )),
                _ => {}
            }
        }
        if let Some(backup) = &pool.backup_store {
            let key = store_key(backup);
            if key == store_key(&pool.store) {
                out.push(problem(
                    "backup-store-distinct",
                    Error,
                    at("backupStore"),
                    format!("pool {name}: the backup store is the pool's own store"),
                    "name the replica the pool fails over to",
                ));
            } else if let Some((_, j)) = stores.iter().find(|(k, j)| *k == key && *j != i) {
                out.push(problem(
                    "backup-store-distinct",
                    Error,
                    at("backupStore"),
                    format!("pool {name}: the backup store is pool {}'s store", spec.pools[*j].name),
                    "name a replica of this pool's store",
                ));
            } else if !(backup.starts_with("sqlite://") || is_postgres(backup)) {
                out.push(problem(
                    "store-valid",
                    Error,
                    at("backupStore"),
                    format!("pool {name}: backup store {backup:?} is neither sqlite://PATH nor postgres://..."),
                    "write postgres://USER@HOST/DB",
                ));
            }
        }
        if let Some(backup) = &pool.backup_pool {
            match spec.pools.iter().find(|p| p.name == *backup) {
                None => out.push(problem(
                    "backup-pool-exists",
                    Error,
                    at("backupPool"),
                    format!("pool {name} fails over to pool {backup:?}, which is not one of the pools"),
                    "name a pool of this topology",
                )),
                Some(p) if p.name == *name => out.push(problem(
                    "backup-pool-exists",
                    Error,
                    at("backupPool"),
                    format!("pool {name} is its own backup pool"),
                    "name a pool in another site",
                )),
                Some(p) if p.site == pool.site => out.push(problem(
                    "backup-pool-other-site",
                    Error,
                    at("backupPool"),
                    format!("pool {name} and its backup pool {backup} are both in site {}", pool.site),
                    "choose a backup pool in another site, so one site's loss does not take both",
                )),
                Some(_) => {}
            }
        }
    }
    for (n, site) in spec.sites.iter().enumerate() {
        if spec.sites[..n].iter().any(|s| s.name == site.name) {
            continue; // told once, as a site listed twice
        }
        let defaults: Vec<usize> = (0..spec.pools.len())
            .filter(|&i| spec.pools[i].site == site.name && spec.pools[i].default_for_site)
            .collect();
        let pools = spec.pools.iter().filter(|p| p.site == site.name).count();
        if pools > 0 && defaults.is_empty() {
            out.push(problem(
                "default-pool-per-site",
                Error,
                format!("spec.sites[{n}].name"),
                format!("site {} has {} and no default pool", site.name, crate::api::text::count(pools, "pool")),
                "mark one of its pools defaultForSite: true",
            ));
        }
        if let Some(&second) = defaults.get(1) {
            out.push(problem(
                "default-pool-per-site",
                Error,
                format!("spec.pools[{second}].defaultForSite"),
                format!("site {} has {} default pools; it has one", site.name, defaults.len()),
                "keep defaultForSite: true on one pool of the site",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(name: &str, port: u16, role: ServerRole) -> ServerSpec {
        ServerSpec { name: name.into(), address: format!("10.0.0.1:{port}"), role }
    }

    fn pool(name: &str, site: &str, servers: Vec<ServerSpec>) -> PoolSpec {
        PoolSpec {
            name: name.into(),
            fqdn: format!("{name}.contoso.com"),
            site: site.into(),
            default_for_site: true,
            store: format!("postgres://pchat@db/{name}"),
            file_store: Some(format!("/srv/{name}")),
            compliance: None,
            backup_store: None,
            backup_pool: None,
            servers,
        }
    }

    fn rules(spec: &TopologySpec) -> Vec<String> {
        validate(spec).into_iter().map(|p| p.rule).collect()
    }

    #[test]
    fn a_sound_topology_has_no_problems_and_every_rule_has_an_id_in_the_list() {
        let spec = TopologySpec {
            sites: vec![Site { name: "redmond".into(), description: String::new() }],
            pools: vec![pool(
                "red",
                "redmond",
                vec![server("a", 1, ServerRole::Active), server("b", 2, ServerRole::Standby)],
            )],
        };
        assert!(validate(&spec).is_empty(), "{:?}", validate(&spec));
        let ids: Vec<&str> = RULES.iter().map(|(id, _)| *id).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "rule ids are unique");
    }

    #[test]
    fn the_same_store_is_found_however_its_url_is_spelt() {
        assert_eq!(
            store_key("postgresql://u:p@DB.contoso.com/pchat/"),
            store_key("postgres://other@db.contoso.com/pchat")
        );
        assert_ne!(store_key("postgres://db/a"), store_key("postgres://db/b"));
    }

    #[test]
    fn servers_per_pool_and_active_servers_are_bounded() {
        let nine: Vec<ServerSpec> = (0..9).map(|i| server(&format!("s{i}"), 100 + i, ServerRole::Standby)).collect();
        let mut five = nine.clone();
        for s in five.iter_mut().take(5) {
            s.role = ServerRole::Active;
        }
        let spec = TopologySpec {
            sites: vec![Site { name: "x".into(), description: String::new() }],
            pools: vec![pool("p", "x", five)],
        };
        let found = validate(&spec);
        assert_eq!(rules(&spec), ["pool-servers-max", "pool-active-max"]);
        assert_eq!(found[1].path, "spec.pools[0].servers[4].role");
    }
}
