//! Reading and writing an archive's members: a directory of them, or one `.pchat` file
//! (tar, compressed with zstd). Members are written one at a time and read as streams, so
//! memory stays flat whatever the archive holds.

use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::format::{Manifest, Member, MANIFEST};

/// Whether a path names a packed archive (a `.pchat` file) rather than a directory.
pub fn is_packed(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "pchat") || path.is_file()
}

/// Calls `each` with every member's name and content, in the archive's order (a
/// directory's in name order, the manifest first).
pub fn for_each_member(path: &Path, mut each: impl FnMut(&str, &mut dyn Read) -> io::Result<()>) -> io::Result<()> {
    if is_packed(path) {
        let file = File::open(path)?;
        let decoder = zstd::stream::read::Decoder::new(file)?;
        let mut tar = tar::Archive::new(decoder);
        for entry in tar.entries()? {
            let mut entry = entry?;
            if entry.header().entry_type() != tar::EntryType::Regular {
                continue;
            }
            let name = entry.path()?.to_string_lossy().into_owned();
            each(&name, &mut entry)?;
        }
        return Ok(());
    }
    let mut names = Vec::new();
    collect(path, path, &mut names)?;
    names.sort_by(|a, b| (a != MANIFEST, a).cmp(&(b != MANIFEST, b)));
    for name in names {
        let mut file = File::open(path.join(&name))?;
        each(&name, &mut file)?;
    }
    Ok(())
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            collect(root, &path, out)?;
        } else {
            let name = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            out.push(name);
        }
    }
    Ok(())
}

/// SHA-256 as lower-case hex.
pub fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes an archive member by member, then its manifest: into a directory (members in any
/// order), or packed into one `.pchat` file written to a temporary name and renamed when
/// complete. A packed archive takes its members in name order (the canonical order), each
/// compressed into it as soon as it is complete (its size goes first: it waits in a spool
/// file until then). Dropped unfinished, it removes what it wrote.
pub struct Writer {
    target: PathBuf,
    packed: Option<Packed>,
    /// Where a packed archive is written until it is complete (removed when dropped).
    _scratch: tempfile::TempDir,
    members: Vec<Member>,
    finished: bool,
}

struct Packed {
    tar: tar::Builder<zstd::stream::write::Encoder<'static, BufWriter<File>>>,
    partial: PathBuf,
    /// The member being written, until it is complete.
    spool: File,
}

/// One member being written.
pub struct MemberWriter<'w> {
    writer: &'w mut Writer,
    name: String,
    out: BufWriter<File>,
    hash: Sha256,
    bytes: u64,
    records: u64,
}

impl Writer {
    /// An archive at `target`: a `.pchat` file when it ends so, else a directory (which must
    /// not exist, or be empty).
    pub fn create(target: &Path) -> io::Result<Writer> {
        let scratch = tempfile::Builder::new()
            .prefix(".pchat-archive-")
            .tempdir_in(target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")))?;
        let packed = if target.extension().is_some_and(|e| e == "pchat") {
            let partial = scratch.path().join("archive.partial");
            let file = BufWriter::with_capacity(256 * 1024, File::create(&partial)?);
            let tar = tar::Builder::new(zstd::stream::write::Encoder::new(file, 3)?);
            let spool = File::options().read(true).write(true).create_new(true).open(scratch.path().join("member"))?;
            Some(Packed { tar, partial, spool })
        } else {
            if target.exists() && std::fs::read_dir(target)?.next().is_some() {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    format!("{} exists and is not empty", target.display()),
                ));
            }
            std::fs::create_dir_all(target)?;
            None
        };
        Ok(Writer { target: target.to_path_buf(), packed, _scratch: scratch, members: Vec::new(), finished: false })
    }

    /// Starts the next member (each name once; packed, in name order).
    pub fn member(&mut self, name: &str) -> io::Result<MemberWriter<'_>> {
        if name == MANIFEST || self.members.iter().any(|m| m.name == name) {
            return Err(io::Error::other(format!("member {name} is written twice")));
        }
        let out = match &mut self.packed {
            Some(packed) => {
                if let Some(last) = self.members.last().filter(|m| m.name.as_str() > name) {
                    return Err(io::Error::other(format!(
                        "member {name} comes after {}: a packed archive holds its members in name order",
                        last.name
                    )));
                }
                packed.spool.set_len(0)?;
                packed.spool.seek(io::SeekFrom::Start(0))?;
                packed.spool.try_clone()?
            }
            None => {
                let path = self.target.join(name);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                File::create(&path)?
            }
        };
        Ok(MemberWriter {
            writer: self,
            name: name.to_string(),
            out: BufWriter::with_capacity(256 * 1024, out),
            hash: Sha256::new(),
            bytes: 0,
            records: 0,
        })
    }

    /// Writes the manifest (with every member's checksum) and completes the archive.
    pub fn finish(self, mut manifest: Manifest) -> io::Result<Manifest> {
        let mut members = self.members.clone();
        members.sort_by(|a, b| a.name.cmp(&b.name));
        manifest.members = members;
        let mut text = serde_json::to_vec_pretty(&manifest).map_err(io::Error::other)?;
        text.push(b'\n');
        self.finish_with(&text)?;
        Ok(manifest)
    }

    /// Completes the archive with these bytes as its manifest, as they are (an archive
    /// packed from a directory keeps the manifest it came with).
    pub fn finish_with(mut self, text: &[u8]) -> io::Result<()> {
        match self.packed.take() {
            Some(Packed { mut tar, partial, spool }) => {
                drop(spool);
                append(&mut tar, MANIFEST, text)?;
                let encoder = tar.into_inner()?;
                let mut file = encoder.finish()?;
                file.flush()?;
                file.get_ref().sync_all()?;
                drop(file);
                std::fs::rename(&partial, &self.target)?;
            }
            None => {
                let path = self.target.join(MANIFEST);
                std::fs::write(&path, text)?;
                File::open(&path)?.sync_all()?;
            }
        }
        self.finished = true;
        Ok(())
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // A packed archive's partial file goes with the scratch directory.
        if !self.finished && self.packed.is_none() {
            let _ = std::fs::remove_dir_all(&self.target);
        }
    }
}

/// A tar entry as the canonical archive writes it: no times, owners or modes of the machine.
fn append<W: Write>(tar: &mut tar::Builder<W>, name: &str, data: &[u8]) -> io::Result<()> {
    let mut header = canonical_header(data.len() as u64);
    tar.append_data(&mut header, name, data)
}

impl MemberWriter<'_> {
    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.hash.update(bytes);
        self.bytes += bytes.len() as u64;
        self.out.write_all(bytes)
    }

    /// Counts the records (lines) in bytes written with [`Self::write_all`].
    pub fn count_lines(&mut self, bytes: &[u8]) {
        if !self.name.starts_with("files/") {
            self.records += bytes.iter().filter(|b| **b == b'\n').count() as u64;
        }
    }

    /// Writes one record as its line.
    pub fn record<T: serde::Serialize>(&mut self, record: &T) -> io::Result<()> {
        self.records += 1;
        self.write_all(&super::format::line(record))
    }

    /// Completes the member: packed, it goes into the archive now.
    pub fn finish(mut self) -> io::Result<Member> {
        self.out.flush()?;
        let member = Member {
            name: self.name.clone(),
            sha256: hex(&self.hash.clone().finalize()),
            bytes: self.bytes,
            records: self.records,
        };
        match &mut self.writer.packed {
            Some(packed) => {
                let mut spool = &packed.spool;
                spool.seek(io::SeekFrom::Start(0))?;
                let mut header = canonical_header(self.bytes);
                packed.tar.append_data(&mut header, &self.name, spool.take(self.bytes))?;
            }
            None => self.out.get_ref().sync_all()?,
        }
        self.writer.members.push(member.clone());
        Ok(member)
    }
}

fn canonical_header(size: u64) -> tar::Header {
    let mut header = tar::Header::new_gnu();
    header.set_size(size);
    header.set_mode(0o644);
    header.set_mtime(0);
    header.set_uid(0);
    header.set_gid(0);
    header.set_entry_type(tar::EntryType::Regular);
    header
}
