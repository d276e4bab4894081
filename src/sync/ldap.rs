//! Reading the directory: one bind, then two paged subtree searches (the LDAP paged
//! results control, RFC 2696), each entry mapped to a compact [`Entry`] as it arrives, so a
//! directory of any size is read a page at a time. Nothing is applied until both searches
//! have finished: a directory that goes away mid-sync changes nothing.

use std::sync::Arc;
use std::time::Duration;

use ldap3::adapters::{Adapter, EntriesOnly, PagedResults};
use ldap3::{LdapConnAsync, LdapConnSettings, Scope, SearchEntry};

use super::config::Settings;
use super::map::Entry;

/// How long connecting, binding or one page may take.
const OPERATION_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot reach the directory at {url}: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("the directory at {url} refused the bind as {dn}: {reason}")]
    Bind { url: String, dn: String, reason: String },
    #[error("the base {base} does not exist in the directory at {url}")]
    NoBase { url: String, base: String },
    #[error("searching the directory for {what}: {reason}; nothing was applied")]
    Search { what: &'static str, reason: String },
    #[error("{0}")]
    Settings(String),
}

/// What the two searches found.
pub struct Found {
    pub users: Vec<Entry>,
    pub groups: Vec<Entry>,
}

fn tls_config(settings: &Settings) -> Result<Option<Arc<rustls::ClientConfig>>, ReadError> {
    let Some(file) = &settings.ca_cert else { return Ok(None) };
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert);
    }
    let certs = rustls::pki_types::CertificateDer::pem_file_iter(file)
        .map_err(|e| ReadError::Settings(format!("reading --ldap-ca-cert {}: {e}", file.display())))?;
    let mut added = 0;
    for cert in certs {
        let cert = cert.map_err(|e| ReadError::Settings(format!("reading --ldap-ca-cert {}: {e}", file.display())))?;
        roots.add(cert).map_err(|e| ReadError::Settings(format!("--ldap-ca-cert {}: {e}", file.display())))?;
        added += 1;
    }
    if added == 0 {
        return Err(ReadError::Settings(format!("--ldap-ca-cert {} holds no PEM certificate", file.display())));
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ReadError::Settings(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Some(Arc::new(config)))
}

/// An LDAP error as a reason: its result code's meaning and the server's text.
fn reason(e: &ldap3::LdapError) -> String {
    match e {
        ldap3::LdapError::LdapResult { result } => {
            let text = result.text.trim();
            let meaning = match result.rc {
                49 => "invalid credentials (the bind DN or the password is wrong)",
                32 => "no such object",
                50 => "insufficient access rights",
                53 => "the server is unwilling to perform it",
                4 => "the server's size limit was reached (it must allow paged searches)",
                3 => "the server's time limit was reached",
                _ => "",
            };
            match (meaning.is_empty(), text.is_empty()) {
                (false, true) => format!("{meaning} (result code {})", result.rc),
                (false, false) => format!("{meaning}: {text} (result code {})", result.rc),
                (true, false) => format!("{text} (result code {})", result.rc),
                (true, true) => format!("result code {}", result.rc),
            }
        }
        ldap3::LdapError::Timeout { .. } => format!("no answer within {}s", OPERATION_TIMEOUT.as_secs()),
        other => {
            let mut text = other.to_string();
            let mut source = std::error::Error::source(other);
            while let Some(s) = source {
                let more = s.to_string();
                if !text.contains(&more) {
                    text = format!("{text}: {more}");
                }
                source = s.source();
            }
            text
        }
    }
}

/// Binds and runs both searches.
pub async fn read(settings: &Settings) -> Result<Found, ReadError> {
    let url = settings.url.clone();
    let starttls = url.to_ascii_lowercase().starts_with("ldap://") && !settings.no_tls;
    let mut conn_settings = LdapConnSettings::new().set_conn_timeout(OPERATION_TIMEOUT).set_starttls(starttls);
    if let Some(config) = tls_config(settings)? {
        conn_settings = conn_settings.set_config(config);
    }
    let unreachable = |e: &ldap3::LdapError| ReadError::Unreachable { url: url.clone(), reason: reason(e) };
    let (conn, mut ldap) = LdapConnAsync::with_settings(conn_settings, &url).await.map_err(|e| unreachable(&e))?;
    let driver = tokio::spawn(async move {
        if let Err(e) = conn.drive().await {
            tracing::debug!(error = %e, "the directory connection ended");
        }
    });
    let outcome = async {
        if let (Some(dn), Some(password)) = (&settings.bind_dn, &settings.password) {
            let bound = ldap.with_timeout(OPERATION_TIMEOUT).simple_bind(dn, password).await;
            match bound.and_then(|r| r.success()) {
                Ok(_) => {}
                Err(e @ ldap3::LdapError::LdapResult { .. }) => {
                    return Err(ReadError::Bind { url: url.clone(), dn: dn.clone(), reason: reason(&e) });
                }
                Err(e) => return Err(unreachable(&e)),
            }
        }
        // The base first: a DN that does not exist is said as such, not as an empty sync.
        let probe = ldap
            .with_timeout(OPERATION_TIMEOUT)
            .search(&settings.base, Scope::Base, "(objectClass=*)", vec!["1.1"])
            .await;
        match probe.and_then(|r| r.success()) {
            Ok(_) => {}
            Err(ldap3::LdapError::LdapResult { result }) if result.rc == 32 => {
                return Err(ReadError::NoBase { url: url.clone(), base: settings.base.clone() });
            }
            Err(e) => return Err(ReadError::Search { what: "the base", reason: reason(&e) }),
        }
        let users = search(&mut ldap, settings, &settings.user_filter, settings.user_attributes(), "users").await?;
        let groups = search(&mut ldap, settings, &settings.group_filter, settings.group_attributes(), "groups").await?;
        Ok(Found { users, groups })
    }
    .await;
    let _ = ldap.unbind().await;
    driver.abort();
    outcome
}

async fn search(
    ldap: &mut ldap3::Ldap,
    settings: &Settings,
    filter: &str,
    attributes: Vec<String>,
    what: &'static str,
) -> Result<Vec<Entry>, ReadError> {
    let failed = |e: ldap3::LdapError, count: usize| ReadError::Search {
        what,
        reason: if count == 0 { reason(&e) } else { format!("after {count} entries: {}", reason(&e)) },
    };
    let adapters: Vec<Box<dyn Adapter<'_, String, Vec<String>>>> =
        vec![Box::new(EntriesOnly::new()), Box::new(PagedResults::new(i32::from(settings.page_size)))];
    let mut stream = ldap
        .with_timeout(OPERATION_TIMEOUT)
        .streaming_search_with(adapters, &settings.base, Scope::Subtree, filter, attributes)
        .await
        .map_err(|e| failed(e, 0))?;
    let mut entries = Vec::new();
    loop {
        match stream.next().await {
            Ok(Some(entry)) => {
                let entry = SearchEntry::construct(entry);
                entries.push(Entry::new(entry.dn, entry.attrs));
            }
            Ok(None) => break,
            Err(e) => return Err(failed(e, entries.len())),
        }
    }
    let done = stream.finish().await;
    if done.rc != 0 {
        return Err(failed(ldap3::LdapError::LdapResult { result: done }, entries.len()));
    }
    Ok(entries)
}
