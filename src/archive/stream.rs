//! The wire form of an export (`GET /v1/migration/export`): the archive's members as the
//! server reads them from its snapshot, framed so the client writes each as it comes and
//! never holds one whole. Each frame is a header line and a payload of the length it gives:
//!
//! ```text
//! chunk MEMBER LEN\n<LEN bytes of the member>    (a member's frames come together)
//! end LEN\n<LEN bytes: the manifest, its members list empty>
//! error LEN\n<LEN bytes: the problem document>   (the export failed; discard it all)
//! ```

use super::format::Manifest;

pub const CONTENT_TYPE: &str = "application/x-pchat-archive-stream";
/// A member's bytes go out in frames of at most this size.
pub const CHUNK: usize = 256 * 1024;
const MAX_HEADER: usize = 1024;
const MAX_PAYLOAD: usize = 16 * 1024 * 1024;

#[derive(Debug)]
pub enum Frame {
    Chunk { member: String, data: Vec<u8> },
    End(Box<Manifest>),
    Error(serde_json::Value),
}

pub fn chunk(member: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!("chunk {member} {}\n", data.len()).into_bytes();
    out.extend_from_slice(data);
    out
}

pub fn end(manifest: &Manifest) -> Vec<u8> {
    framed("end", &serde_json::to_vec(manifest).expect("a manifest serialises"))
}

pub fn error(problem: &impl serde::Serialize) -> Vec<u8> {
    framed("error", &serde_json::to_vec(problem).unwrap_or_default())
}

fn framed(word: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = format!("{word} {}\n", payload.len()).into_bytes();
    out.extend_from_slice(payload);
    out
}

/// Reads frames out of the bytes as they arrive.
#[derive(Default)]
pub struct FrameReader {
    pending: Vec<u8>,
    at: usize,
}

impl FrameReader {
    pub fn push(&mut self, bytes: &[u8]) {
        if self.at > 0 && self.at * 2 >= self.pending.len() {
            self.pending.drain(..self.at);
            self.at = 0;
        }
        self.pending.extend_from_slice(bytes);
    }

    /// True when no partial frame is waiting.
    pub fn is_empty(&self) -> bool {
        self.at == self.pending.len()
    }

    /// The next whole frame, if it has arrived.
    pub fn next_frame(&mut self) -> Result<Option<Frame>, String> {
        let rest = &self.pending[self.at..];
        let Some(nl) = rest.iter().take(MAX_HEADER).position(|b| *b == b'\n') else {
            if rest.len() >= MAX_HEADER {
                return Err("a frame header longer than 1 KiB".into());
            }
            return Ok(None);
        };
        let header = std::str::from_utf8(&rest[..nl]).map_err(|_| "a frame header that is not UTF-8".to_string())?;
        let mut words = header.split(' ');
        let word = words.next().unwrap_or("");
        let (member, len) = match (word, words.next(), words.next(), words.next()) {
            ("chunk", Some(member), Some(len), None) => (Some(member), len),
            ("end" | "error", Some(len), None, None) => (None, len),
            _ => return Err(format!("an unknown frame header {header:?}")),
        };
        let len: usize = len.parse().map_err(|_| format!("a frame length that is not a number: {header:?}"))?;
        if len > MAX_PAYLOAD {
            return Err(format!("a frame of {len} bytes (at most {MAX_PAYLOAD})"));
        }
        if rest.len() < nl + 1 + len {
            return Ok(None);
        }
        let payload = &rest[nl + 1..nl + 1 + len];
        let frame = match (word, member) {
            ("chunk", Some(member)) => Frame::Chunk { member: member.to_string(), data: payload.to_vec() },
            ("end", _) => Frame::End(Box::new(
                serde_json::from_slice(payload).map_err(|e| format!("the export's manifest: {e}"))?,
            )),
            _ => Frame::Error(serde_json::from_slice(payload).unwrap_or(serde_json::Value::Null)),
        };
        self.at += nl + 1 + len;
        Ok(Some(frame))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_split_anywhere_read_back_whole() {
        let mut wire = chunk("users.jsonl", b"{\"a\":1}\n");
        wire.extend(chunk("messages/000000.jsonl", &[b'x'; 1000]));
        wire.extend(error(&serde_json::json!({"code": "internal"})));
        for split in [1, 7, 13, 999, wire.len()] {
            let mut reader = FrameReader::default();
            let mut frames = Vec::new();
            for piece in wire.chunks(split) {
                reader.push(piece);
                while let Some(f) = reader.next_frame().unwrap() {
                    frames.push(f);
                }
            }
            assert!(reader.is_empty());
            assert_eq!(frames.len(), 3, "split {split}");
            assert!(
                matches!(&frames[1], Frame::Chunk { member, data } if member == "messages/000000.jsonl" && data.len() == 1000)
            );
            assert!(matches!(&frames[2], Frame::Error(v) if v["code"] == "internal"));
        }
    }

    #[test]
    fn a_bad_header_is_refused() {
        let mut reader = FrameReader::default();
        reader.push(b"chunk a b c d\n");
        assert!(reader.next_frame().is_err());
        let mut reader = FrameReader::default();
        reader.push(&[b'x'; 2000]);
        assert!(reader.next_frame().is_err());
    }
}
