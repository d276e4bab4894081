//! The pool's file store: a directory of files named by the SHA-256 of their content
//! (`sha256/ab/abcdef…`). An upload is written to a temporary name, synced and renamed, so
//! a file either is there whole or is not there at all; the same content is kept once.

use std::path::{Path, PathBuf};

use http_body_util::BodyExt;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

/// How long an upload may wait for its next bytes.
const IDLE: std::time::Duration = std::time::Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("the file is over {0} bytes")]
    TooLarge(u64),
    #[error("the upload stalled for {} s", IDLE.as_secs())]
    Stalled,
    #[error("reading the upload failed: {0}")]
    Body(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

pub struct FileStore {
    root: PathBuf,
}

/// What an upload became.
pub struct Saved {
    pub sha256: String,
    pub size: u64,
}

impl FileStore {
    /// Opens (and creates) the store at `root`.
    pub fn open(root: &Path) -> std::io::Result<FileStore> {
        std::fs::create_dir_all(root.join("tmp"))?;
        std::fs::create_dir_all(root.join("sha256"))?;
        Ok(FileStore { root: root.to_path_buf() })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn path_of(&self, sha256: &str) -> PathBuf {
        self.root.join("sha256").join(&sha256[..2.min(sha256.len())]).join(sha256)
    }

    /// Writes a body of at most `limit` bytes into the store.
    pub async fn save(&self, body: axum::body::Body, limit: u64) -> Result<Saved, SaveError> {
        let mut name = [0u8; 16];
        getrandom::fill(&mut name).map_err(|e| std::io::Error::other(e.to_string()))?;
        let temp = self.root.join("tmp").join(name.iter().map(|b| format!("{b:02x}")).collect::<String>());
        let written = self.write_temp(&temp, body, limit).await;
        let saved = match written {
            Ok(saved) => saved,
            Err(e) => {
                let _ = tokio::fs::remove_file(&temp).await;
                return Err(e);
            }
        };
        let target = self.path_of(&saved.sha256);
        let parent = target.parent().unwrap_or(&self.root).to_path_buf();
        tokio::fs::create_dir_all(&parent).await?;
        if tokio::fs::try_exists(&target).await.unwrap_or(false) {
            // The same content is already kept.
            tokio::fs::remove_file(&temp).await?;
        } else {
            tokio::fs::rename(&temp, &target).await?;
            // The rename lasts once the directory that holds it is synced.
            tokio::fs::File::open(&parent).await?.sync_all().await?;
        }
        Ok(saved)
    }

    async fn write_temp(&self, temp: &Path, body: axum::body::Body, limit: u64) -> Result<Saved, SaveError> {
        let mut file = tokio::fs::File::create(temp).await?;
        let mut hasher = Sha256::new();
        let mut size: u64 = 0;
        let mut body = body;
        loop {
            let frame = match tokio::time::timeout(IDLE, body.frame()).await {
                Err(_) => return Err(SaveError::Stalled),
                Ok(None) => break,
                Ok(Some(Err(e))) => return Err(SaveError::Body(e.to_string())),
                Ok(Some(Ok(frame))) => frame,
            };
            let Ok(data) = frame.into_data() else { continue };
            size += data.len() as u64;
            if size > limit {
                return Err(SaveError::TooLarge(limit));
            }
            hasher.update(&data);
            file.write_all(&data).await?;
        }
        file.sync_all().await?;
        let sha256 = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
        Ok(Saved { sha256, size })
    }

    /// Writes content read from `reader` into the store (an import's files; blocking).
    pub fn save_blocking(&self, reader: &mut dyn std::io::Read) -> std::io::Result<Saved> {
        use std::io::Write;
        let mut temp = tempfile::NamedTempFile::new_in(self.root.join("tmp"))?;
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = reader.read(&mut buf)?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            temp.write_all(&buf[..n])?;
            size += n as u64;
        }
        temp.as_file().sync_all()?;
        let sha256: String = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
        let target = self.path_of(&sha256);
        let parent = target.parent().unwrap_or(&self.root).to_path_buf();
        std::fs::create_dir_all(&parent)?;
        if !target.exists() {
            temp.persist(&target).map_err(|e| e.error)?;
            std::fs::File::open(&parent)?.sync_all()?;
        }
        Ok(Saved { sha256, size })
    }

    pub async fn read(&self, sha256: &str) -> std::io::Result<tokio::fs::File> {
        tokio::fs::File::open(self.path_of(sha256)).await
    }
}
