//! HTTPS on the node: the certificate and key files (`--tls-cert`, `--tls-key`), read again
//! on SIGHUP without dropping a connection, and a listener whose handshakes run beside the
//! accept loop (a slow client never holds up the next one).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use anyhow::Context as _;
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject as _;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::rustls::server::{ClientHello, ResolvesServerCert};
use tokio_rustls::rustls::sign::CertifiedKey;

/// The node's certificate, as last read from its files.
#[derive(Debug)]
pub struct Certificate {
    cert: PathBuf,
    key: PathBuf,
    current: RwLock<Arc<CertifiedKey>>,
    /// When the served (leaf) certificate became and stops being valid, seconds since the
    /// epoch.
    validity: RwLock<(i64, i64)>,
}

/// The validity of a chain's first (leaf) certificate.
fn validity_of(certified: &CertifiedKey, cert: &Path) -> anyhow::Result<(i64, i64)> {
    let leaf = certified.end_entity_cert().map_err(|e| anyhow::anyhow!("{e}"))?;
    let (_, parsed) = x509_parser::parse_x509_certificate(leaf.as_ref())
        .map_err(|e| anyhow::anyhow!("the TLS certificate {} cannot be read: {e}", cert.display()))?;
    let validity = parsed.validity();
    Ok((validity.not_before.timestamp(), validity.not_after.timestamp()))
}

/// Reads a certificate chain and its private key (PEM), naming the file that is wrong.
fn read(cert: &Path, key: &Path) -> anyhow::Result<CertifiedKey> {
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .with_context(|| format!("reading the TLS certificate {}", cert.display()))?
        .collect::<Result<_, _>>()
        .with_context(|| format!("reading the TLS certificate {}", cert.display()))?;
    if chain.is_empty() {
        anyhow::bail!("the TLS certificate {} holds no PEM certificate", cert.display());
    }
    let private =
        PrivateKeyDer::from_pem_file(key).with_context(|| format!("reading the TLS key {}", key.display()))?;
    let signing = rustls::crypto::ring::sign::any_supported_type(&private)
        .with_context(|| format!("the TLS key {} is not a key rustls can sign with", key.display()))?;
    let certified = CertifiedKey::new(chain, signing);
    certified
        .keys_match()
        .with_context(|| format!("the TLS key {} is not the key of {}", key.display(), cert.display()))?;
    Ok(certified)
}

impl Certificate {
    pub fn load(cert: &Path, key: &Path) -> anyhow::Result<Arc<Certificate>> {
        let certified = read(cert, key)?;
        let validity = RwLock::new(validity_of(&certified, cert)?);
        let current = RwLock::new(Arc::new(certified));
        Ok(Arc::new(Certificate { cert: cert.to_path_buf(), key: key.to_path_buf(), current, validity }))
    }

    /// Reads the files again; on an error the certificate in use stays.
    pub fn reload(&self) -> anyhow::Result<()> {
        let certified = read(&self.cert, &self.key)?;
        let validity = validity_of(&certified, &self.cert)?;
        if let (Ok(mut current), Ok(mut valid)) = (self.current.write(), self.validity.write()) {
            *current = Arc::new(certified);
            *valid = validity;
        }
        Ok(())
    }

    /// When the served certificate became and stops being valid (seconds since the epoch).
    pub fn validity(&self) -> (i64, i64) {
        self.validity.read().map(|v| *v).unwrap_or((0, 0))
    }

    /// Where the certificate is read from.
    pub fn path(&self) -> &Path {
        &self.cert
    }

    /// The server side of TLS 1.2 and 1.3 (rustls' safe defaults), HTTP/1.1.
    pub fn server_config(self: &Arc<Self>) -> anyhow::Result<Arc<rustls::ServerConfig>> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .context("choosing TLS versions")?
            .with_no_client_auth()
            .with_cert_resolver(self.clone());
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(Arc::new(config))
    }
}

impl ResolvesServerCert for Certificate {
    fn resolve(&self, _hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        self.current.read().ok().map(|c| c.clone())
    }
}

/// Reads the certificate again at each SIGHUP, until the node stops.
pub async fn reload_on_hangup(certificate: Arc<Certificate>) {
    let Ok(mut hangups) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) else {
        tracing::warn!("cannot listen for SIGHUP: the TLS certificate is read at start only");
        return;
    };
    while hangups.recv().await.is_some() {
        match certificate.reload() {
            Ok(()) => tracing::info!(cert = %certificate.path().display(), "TLS certificate read again"),
            Err(e) => tracing::warn!(error = %format!("{e:#}"), "TLS certificate not read again; the one in use stays"),
        }
    }
}

/// Accepted connections after their handshake: the accept loop hands each one to a task
/// of its own and takes the next.
pub struct TlsListener<Io> {
    ready: tokio::sync::mpsc::Receiver<(tokio_rustls::server::TlsStream<Io>, SocketAddr)>,
    local: SocketAddr,
}

/// How long a client may take over its handshake.
const HANDSHAKE_WITHIN: std::time::Duration = std::time::Duration::from_secs(10);

impl<Io> TlsListener<Io>
where
    Io: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    pub fn new<L>(mut inner: L, config: Arc<rustls::ServerConfig>) -> std::io::Result<TlsListener<Io>>
    where
        L: axum::serve::Listener<Io = Io, Addr = SocketAddr>,
    {
        let local = inner.local_addr()?;
        let acceptor = tokio_rustls::TlsAcceptor::from(config);
        let (tx, ready) = tokio::sync::mpsc::channel(64);
        tokio::spawn(async move {
            loop {
                let (stream, peer) = inner.accept().await;
                let (acceptor, ready) = (acceptor.clone(), tx.clone());
                tokio::spawn(async move {
                    match tokio::time::timeout(HANDSHAKE_WITHIN, acceptor.accept(stream)).await {
                        Ok(Ok(tls)) => {
                            let _ = ready.send((tls, peer)).await;
                        }
                        Ok(Err(e)) => tracing::debug!(%peer, error = %e, "TLS handshake failed"),
                        Err(_) => tracing::debug!(%peer, "TLS handshake timed out"),
                    }
                });
                if tx.is_closed() {
                    break;
                }
            }
        });
        Ok(TlsListener { ready, local })
    }
}

impl<Io> axum::serve::Listener for TlsListener<Io>
where
    Io: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    type Io = tokio_rustls::server::TlsStream<Io>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.ready.recv().await {
            Some(accepted) => accepted,
            // The accept loop never ends while this listener lives.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local)
    }
}
