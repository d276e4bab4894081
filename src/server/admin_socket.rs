//! The local admin socket (`pchat server --admin-socket PATH`), as mmctl's local mode: the
//! management API on a Unix socket, where the file's permissions are the authentication.
//! The socket is made owner-only (0600), and each connection's peer is checked as well:
//! only the socket's owner (or root, who may open any file) is served, so the moment
//! between binding and the change of mode trusts no one.

use std::io;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use tokio::net::{UnixListener, UnixStream};

pub struct AdminSocket {
    listener: UnixListener,
    path: PathBuf,
    /// Who may connect: the user the node runs as (the socket file's owner).
    owner: u32,
}

impl AdminSocket {
    /// Binds the socket. A socket file left by a node that stopped is replaced; one a
    /// running node answers on, or a file that is not a socket, is refused.
    pub fn bind(path: &Path) -> io::Result<AdminSocket> {
        let named = |why: String| io::Error::other(format!("cannot serve the admin socket {}: {why}", path.display()));
        match std::fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_socket() => match std::os::unix::net::UnixStream::connect(path) {
                Ok(_) => return Err(named("another node serves it; give each node its own path".into())),
                // Nothing listens: the socket of a node that stopped without removing it.
                Err(_) => std::fs::remove_file(path).map_err(|e| named(crate::api::text::io_reason(&e)))?,
            },
            Ok(_) => return Err(named("a file that is not a socket is there; refusing to replace it".into())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(named(crate::api::text::io_reason(&e))),
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            if !dir.is_dir() {
                return Err(named(format!("its directory {} does not exist", dir.display())));
            }
        }
        let listener = UnixListener::bind(path).map_err(|e| named(crate::api::text::io_reason(&e)))?;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| named(crate::api::text::io_reason(&e)))?;
        let owner = std::fs::metadata(path).map_err(|e| named(crate::api::text::io_reason(&e)))?.uid();
        Ok(AdminSocket { listener, path: path.to_path_buf(), owner })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl std::fmt::Debug for AdminSocket {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdminSocket").field("path", &self.path).finish_non_exhaustive()
    }
}

impl Drop for AdminSocket {
    /// A stopped node leaves no socket behind.
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

impl axum::serve::Listener for AdminSocket {
    type Io = UnixStream;
    type Addr = tokio::net::unix::SocketAddr;

    async fn accept(&mut self) -> (UnixStream, Self::Addr) {
        loop {
            let (stream, addr) = axum::serve::Listener::accept(&mut self.listener).await;
            match stream.peer_cred() {
                Ok(peer) if peer.uid() == self.owner || peer.uid() == 0 => return (stream, addr),
                Ok(peer) => {
                    tracing::warn!(uid = peer.uid(), socket = %self.path.display(), "admin socket: refused a connection from another user");
                }
                Err(e) => tracing::warn!(error = %e, "admin socket: the peer's credentials could not be read"),
            }
        }
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.listener.local_addr()
    }
}
