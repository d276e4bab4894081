//! A Server-Sent Events stream read from an answer (`GET /v1/chat/events`): the lines of
//! the format (`id:`, `event:`, `data:`, comments, a blank line ending an event), as the
//! server writes them.

use reqwest::Method;
use serde::Serialize;

use super::{refusal, Client, ClientError};

/// One event of a stream.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SseEvent {
    pub id: Option<String>,
    pub event: String,
    pub data: String,
}

/// The longest line a stream may send: an event is a message of at most 64 KiB, escaped.
const MAX_LINE: usize = 1 << 20;

pub struct EventStream {
    response: reqwest::Response,
    url: String,
    buffer: Vec<u8>,
    event: SseEvent,
}

impl Client {
    /// Opens an event stream, resuming after `last_event_id` when given.
    pub async fn events(
        &self,
        path: &str,
        query: &(impl Serialize + ?Sized),
        last_event_id: Option<&str>,
    ) -> Result<EventStream, ClientError> {
        let url = format!("{}{}", self.base, path);
        let mut request = self
            .page_request(Method::GET, &url, query, None)
            .header(reqwest::header::ACCEPT, "text/event-stream")
            // A stream lasts: the client's own limit is for calls that answer.
            .timeout(std::time::Duration::from_secs(365 * 24 * 3600));
        if let Some(id) = last_event_id {
            request = request.header("Last-Event-ID", id);
        }
        let response = self.connect(request).await?;
        let status = response.status();
        if !status.is_success() {
            let bytes = response.bytes().await.unwrap_or_default();
            return Err(refusal(Method::GET, url, status, &bytes));
        }
        Ok(EventStream { response, url, buffer: Vec::new(), event: SseEvent::default() })
    }
}

impl EventStream {
    /// The next event; None when the server ended the stream.
    pub async fn next(&mut self) -> Result<Option<SseEvent>, ClientError> {
        loop {
            while let Some(end) = self.buffer.iter().position(|b| *b == b'\n') {
                let line: Vec<u8> = self.buffer.drain(..=end).collect();
                let line = String::from_utf8_lossy(&line);
                let line = line.trim_end_matches(['\n', '\r']);
                if line.is_empty() {
                    let event = std::mem::take(&mut self.event);
                    if !event.data.is_empty() || !event.event.is_empty() {
                        return Ok(Some(event));
                    }
                    continue;
                }
                let (field, value) = line.split_once(':').unwrap_or((line, ""));
                let value = value.strip_prefix(' ').unwrap_or(value);
                match field {
                    "id" => self.event.id = Some(value.to_string()),
                    "event" => self.event.event = value.to_string(),
                    "data" => {
                        if !self.event.data.is_empty() {
                            self.event.data.push('\n');
                        }
                        self.event.data.push_str(value);
                    }
                    _ => {} // comments (keep-alives) and fields the format lets us ignore
                }
            }
            if self.buffer.len() > MAX_LINE {
                return Err(ClientError::Unreachable {
                    url: self.url.clone(),
                    reason: format!("the event stream sent a line over {MAX_LINE} bytes"),
                });
            }
            match self.response.chunk().await {
                Ok(Some(chunk)) => self.buffer.extend_from_slice(&chunk),
                Ok(None) => return Ok(None),
                Err(e) => {
                    return Err(ClientError::Unreachable {
                        url: self.url.clone(),
                        reason: super::describe_transport_error(&e),
                    })
                }
            }
        }
    }
}
