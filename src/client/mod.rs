//! The typed HTTP client of the management API. Errors name the call, the URL and the
//! server's reason, and carry the problem document so the CLI can pick its exit code.

use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::api::{path_segment, ErrorCode, Problem};

pub mod contexts;
#[cfg(feature = "server")]
pub mod embedded;
mod events;
mod page;

pub use events::{EventStream, SseEvent};

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The server answered with a problem document.
    #[error("{detail}")]
    Api { method: Method, url: String, status: u16, detail: String, problem: Box<Problem> },
    /// The server could not be reached.
    #[error("cannot reach the pchat server at {url}: {reason}")]
    Unreachable { url: String, reason: String },
    /// The answer was not what the API promises.
    #[error("unexpected answer from {method} {url} (status {status}): {reason}")]
    Protocol { method: Method, url: String, status: u16, reason: String },
}

impl ClientError {
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ClientError::Api { problem, .. } => Some(problem),
            _ => None,
        }
    }

    pub fn code(&self) -> Option<ErrorCode> {
        self.problem().map(|p| p.code)
    }
}

#[derive(Clone)]
pub struct Client {
    base: String,
    token: Option<String>,
    http: reqwest::Client,
    /// `-v`: each call on stderr (method, URL, status, time, request id); `-vv`: the bodies
    /// too. Never the token.
    verbose: u8,
    /// The node's admin socket, when the client talks through one (`--server unix:PATH`).
    socket: Option<std::sync::Arc<std::path::PathBuf>>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The token is a secret: never print it.
        f.debug_struct("Client").field("base", &self.base).finish_non_exhaustive()
    }
}

/// Builds `/v1/<parts...>` with each dynamic part percent-encoded.
pub fn path(parts: &[&str]) -> String {
    let mut out = String::from(crate::api::API_PREFIX);
    for (i, p) in parts.iter().enumerate() {
        out.push('/');
        // The first part is the resource, a fixed word; the rest may be names.
        if i == 0 {
            out.push_str(p)
        } else {
            out.push_str(&path_segment(p))
        }
    }
    out
}

impl Client {
    /// The same caller (its token, its connection settings) talking to the node at
    /// `address` (`HOST:PORT`), over this client's scheme. From an admin socket, the other
    /// nodes are reached over TCP (where the socket's trust does not reach).
    pub fn for_node(&self, address: &str) -> Client {
        let scheme = if self.base.starts_with("https://") { "https" } else { "http" };
        let http = match self.socket {
            Some(_) => reqwest::Client::builder()
                .user_agent(concat!("pchat/", env!("CARGO_PKG_VERSION")))
                .connect_timeout(std::time::Duration::from_secs(10))
                .build()
                .unwrap_or_default(),
            None => self.http.clone(),
        };
        Client {
            base: format!("{scheme}://{address}"),
            token: self.token.clone(),
            http,
            verbose: self.verbose,
            socket: None,
        }
    }

    /// The same node and connection settings, as the caller `token` names.
    pub fn with_token(&self, token: String) -> Client {
        Client { token: Some(token), ..self.clone() }
    }

    /// The same client, telling its calls on stderr (`-v`: a line each; `-vv`: bodies too).
    pub fn verbose(mut self, level: u8) -> Client {
        self.verbose = level;
        self
    }

    pub fn new(base: &str, token: Option<String>) -> Result<Client, ClientError> {
        Client::trusting(base, token, Vec::new())
    }

    /// A client that also trusts these certificate authorities (`--ca-cert`), beside the
    /// system's.
    pub fn trusting(
        base: &str,
        token: Option<String>,
        authorities: Vec<reqwest::Certificate>,
    ) -> Result<Client, ClientError> {
        let base = base.trim_end_matches('/').to_string();
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("pchat/", env!("CARGO_PKG_VERSION")))
            .timeout(std::time::Duration::from_secs(300))
            .connect_timeout(std::time::Duration::from_secs(10));
        for authority in authorities {
            builder = builder.add_root_certificate(authority);
        }
        let http =
            builder.build().map_err(|e| ClientError::Unreachable { url: base.clone(), reason: e.to_string() })?;
        Ok(Client { base, token, http, verbose: 0, socket: None })
    }

    /// A client of a node's admin socket (`pchat server --admin-socket PATH`): the socket's
    /// file permissions are its authentication, so no token is sent. The socket is tried
    /// at once, so a wrong path or a stopped server is said before any work starts.
    pub fn over_socket(socket: &std::path::Path) -> Result<Client, ClientError> {
        let shown = format!("unix:{}", socket.display());
        let enable = format!("start the node with --admin-socket {}", socket.display());
        let refuse = |reason: String| ClientError::Unreachable { url: shown.clone(), reason };
        match std::fs::metadata(socket) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(refuse(format!("no admin socket there ({enable})")));
            }
            Err(e) => return Err(refuse(crate::api::text::io_reason(&e))),
            Ok(meta) if !std::os::unix::fs::FileTypeExt::is_socket(&meta.file_type()) => {
                return Err(refuse(format!("it is not a socket ({enable})")));
            }
            Ok(_) => {}
        }
        if let Err(e) = std::os::unix::net::UnixStream::connect(socket) {
            let reason = match e.kind() {
                std::io::ErrorKind::PermissionDenied => {
                    "permission denied: the admin socket is owner-only (0600); run pchat as the user the node runs as"
                        .to_string()
                }
                std::io::ErrorKind::ConnectionRefused => {
                    format!("nothing answers on it: the node that made it has stopped ({enable})")
                }
                _ => crate::api::text::io_reason(&e),
            };
            return Err(refuse(reason));
        }
        let http = reqwest::Client::builder()
            .user_agent(concat!("pchat/", env!("CARGO_PKG_VERSION")))
            .timeout(std::time::Duration::from_secs(300))
            .unix_socket(socket)
            .build()
            .map_err(|e| refuse(e.to_string()))?;
        Ok(Client {
            // The host is never resolved: every connection goes to the socket.
            base: "http://localhost".into(),
            token: None,
            http,
            verbose: 0,
            socket: Some(std::sync::Arc::new(socket.to_path_buf())),
        })
    }

    /// A transport error, naming the socket when the client talks through one.
    fn unreachable(&self, url: &str, e: &reqwest::Error) -> ClientError {
        match &self.socket {
            Some(socket) => ClientError::Unreachable {
                url: format!("unix:{}", socket.display()),
                reason: format!("{e} (is the node still running with --admin-socket {}?)", socket.display()),
            },
            None => ClientError::Unreachable { url: url.to_string(), reason: describe_transport_error(e) },
        }
    }

    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// Sends one request. `query` is a typed query of `api` (`PoolQuery`, `RoomQuery`,
    /// ...) or [`NO_QUERY`], so its keys are the ones the server reads.
    pub async fn send<Q: Serialize + ?Sized, B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        query: &Q,
        body: Option<&B>,
        if_match: Option<i64>,
    ) -> Result<T, ClientError> {
        self.send_page(method, path, query, None, body, if_match).await
    }

    async fn send_page<Q: Serialize + ?Sized, B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        query: &Q,
        cursor: Option<&str>,
        body: Option<&B>,
        if_match: Option<i64>,
    ) -> Result<T, ClientError> {
        self.send_page_with(method, path, query, cursor, body, if_match, std::marker::PhantomData).await
    }

    /// A request with its query, and the cursor of the page it asks for.
    fn page_request(
        &self,
        method: Method,
        url: &str,
        query: &(impl Serialize + ?Sized),
        cursor: Option<&str>,
    ) -> reqwest::RequestBuilder {
        let request = self.request(method, url).query(query);
        match cursor {
            Some(cursor) => request.query(&[("cursor", cursor)]),
            None => request,
        }
    }

    /// [`Self::send_page`], its answer read by `seed`.
    #[allow(clippy::too_many_arguments)]
    async fn send_page_with<Q: Serialize + ?Sized, B: Serialize + ?Sized, S, V>(
        &self,
        method: Method,
        path: &str,
        query: &Q,
        cursor: Option<&str>,
        body: Option<&B>,
        if_match: Option<i64>,
        seed: S,
    ) -> Result<V, ClientError>
    where
        S: for<'de> serde::de::DeserializeSeed<'de, Value = V>,
    {
        let url = format!("{}{}", self.base, path);
        let mut request = self.page_request(method.clone(), &url, query, cursor);
        if let Some(rev) = if_match {
            request = request.header(reqwest::header::IF_MATCH, format!("\"{rev}\""));
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let (status, bytes) = self.exchange(request, &url).await?;
        answer(method, url, status, &bytes, seed)
    }

    /// Sends a request; an unreachable server is the error.
    async fn connect(&self, request: reqwest::RequestBuilder) -> Result<reqwest::Response, ClientError> {
        traced(self.http.clone(), self.verbose, request).await.map_err(|e| self.unreachable(&self.base, &e))
    }

    /// Sends a request and reads its whole answer.
    async fn exchange(
        &self,
        request: reqwest::RequestBuilder,
        url: &str,
    ) -> Result<(StatusCode, impl std::ops::Deref<Target = [u8]>), ClientError> {
        let response = self.connect(request).await?;
        let status = response.status();
        let bytes = response
            .bytes()
            .await
            .map_err(|e| ClientError::Unreachable { url: url.to_string(), reason: e.to_string() })?;
        if self.verbose > 1 && !bytes.is_empty() {
            crate::say!("< {}", shown_body(&bytes));
        }
        Ok((status, bytes))
    }

    pub async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &(impl Serialize + ?Sized),
    ) -> Result<T, ClientError> {
        self.send::<_, (), T>(Method::GET, path, query, None, None).await
    }

    pub async fn post<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        path: &str,
        query: &(impl Serialize + ?Sized),
        body: &B,
    ) -> Result<T, ClientError> {
        self.send(Method::POST, path, query, Some(body), None).await
    }

    /// A POST whose body is a file's bytes (`rooms/{name}/files`).
    pub async fn upload<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &(impl Serialize + ?Sized),
        bytes: Vec<u8>,
    ) -> Result<T, ClientError> {
        let url = format!("{}{}", self.base, path);
        let request = self
            .page_request(Method::POST, &url, query, None)
            .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
            .body(bytes);
        let (status, bytes) = self.exchange(request, &url).await?;
        answer(Method::POST, url, status, &bytes, std::marker::PhantomData)
    }

    /// A GET whose answer is bytes (a file), not JSON.
    pub async fn download(&self, path: &str, query: &(impl Serialize + ?Sized)) -> Result<Vec<u8>, ClientError> {
        let url = format!("{}{}", self.base, path);
        let (status, bytes) = self.exchange(self.page_request(Method::GET, &url, query, None), &url).await?;
        if status.is_success() {
            return Ok(bytes.to_vec());
        }
        Err(refusal(Method::GET, url, status, &bytes))
    }

    /// A POST that carries no body (`rooms/{name}/enable`).
    pub async fn post_empty<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &(impl Serialize + ?Sized),
    ) -> Result<T, ClientError> {
        self.send::<_, (), T>(Method::POST, path, query, None, None).await
    }

    pub async fn patch<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        path: &str,
        query: &(impl Serialize + ?Sized),
        body: &B,
        if_match: Option<i64>,
    ) -> Result<T, ClientError> {
        self.send(Method::PATCH, path, query, Some(body), if_match).await
    }

    pub async fn put<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        if_match: Option<i64>,
    ) -> Result<T, ClientError> {
        self.send(Method::PUT, path, NO_QUERY, Some(body), if_match).await
    }

    pub async fn delete(
        &self,
        path: &str,
        query: &(impl Serialize + ?Sized),
        if_match: Option<i64>,
    ) -> Result<(), ClientError> {
        self.send::<_, (), serde_json::Value>(Method::DELETE, path, query, None, if_match).await.map(|_| ())
    }

    /// A DELETE whose answer says more than that the object is gone.
    pub async fn delete_answer<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &(impl Serialize + ?Sized),
        if_match: Option<i64>,
    ) -> Result<T, ClientError> {
        self.send::<_, (), T>(Method::DELETE, path, query, None, if_match).await
    }

    /// Reads every page of a list.
    pub async fn list_all<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &(impl Serialize + ?Sized),
    ) -> Result<Vec<T>, ClientError> {
        let mut items = Vec::new();
        self.list_each(path, query, |item| items.push(item)).await?;
        Ok(items)
    }

    /// Reads every page of a list, handing each item to `each` as its page arrives: a
    /// list of 150,000 users goes where it is kept (a map, say) without a vector first.
    pub async fn list_each<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &(impl Serialize + ?Sized),
        mut each: impl FnMut(T),
    ) -> Result<(), ClientError> {
        let url = format!("{}{}", self.base, path);
        let unreachable = |e: reqwest::Error| self.unreachable(&url, &e);
        let ask = |cursor: Option<&str>| {
            tokio::spawn(traced(self.http.clone(), self.verbose, self.page_request(Method::GET, &url, query, cursor)))
        };
        // The next page is asked for as soon as this one's headers name it (`Link`), so the
        // server makes it while this one is read.
        let mut pending = ask(None);
        loop {
            let response = pending
                .await
                .map_err(|e| ClientError::Unreachable { url: url.clone(), reason: e.to_string() })?
                .map_err(unreachable)?;
            let linked = page::next_cursor(response.headers());
            let asked = linked.as_deref().map(|cursor| ask(Some(cursor)));
            let status = response.status();
            let read = response.bytes().await.map_err(unreachable).and_then(|bytes| {
                if self.verbose > 1 {
                    crate::say!("< {}", shown_body(&bytes));
                }
                // Each item goes to `each` as it is decoded: no page of items is held first.
                answer(Method::GET, url.clone(), status, &bytes, page::Items::new(&mut each))
            });
            let next = match read {
                Ok(next) => next,
                Err(e) => {
                    asked.inspect(tokio::task::JoinHandle::abort);
                    return Err(e);
                }
            };
            pending = match (next, asked) {
                (None, asked) => {
                    asked.inspect(tokio::task::JoinHandle::abort);
                    return Ok(());
                }
                (Some(next), Some(asked)) if linked.as_deref() == Some(next.as_str()) => asked,
                // The body is what counts: its cursor is followed if the header named another.
                (Some(next), asked) => {
                    asked.inspect(tokio::task::JoinHandle::abort);
                    ask(Some(&next))
                }
            };
        }
    }
}

impl Client {
    /// Applies a changeset, given as its JSON body, while following it (`Accept:
    /// application/x-ndjson`): `progress` is told the phase and the operations checked of
    /// all as the server reports them.
    pub async fn apply_changeset(
        &self,
        request: Vec<u8>,
        mut progress: impl FnMut(crate::api::ChangesetPhase, u64, u64),
    ) -> Result<crate::api::ChangesetResult, ClientError> {
        use crate::api::{ChangesetEvent, PROGRESS_CONTENT_TYPE};
        let (method, url) = (Method::POST, format!("{}/v1/changesets", self.base));
        let call = self
            .request(method.clone(), &url)
            .header(reqwest::header::ACCEPT, PROGRESS_CONTENT_TYPE)
            .header(reqwest::header::CONTENT_TYPE, "application/json");
        let mut response = self.connect(call.body(request)).await?;
        let status = response.status();
        let streamed = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with(PROGRESS_CONTENT_TYPE));
        if !status.is_success() || !streamed {
            // Refused before it ran (or a server that does not stream): an ordinary answer.
            let bytes = response
                .bytes()
                .await
                .map_err(|e| ClientError::Unreachable { url: url.clone(), reason: e.to_string() })?;
            return answer(method, url, status, &bytes, std::marker::PhantomData);
        }
        let cut_short = |url: &str| ClientError::Unreachable {
            url: url.to_string(),
            reason: "the connection closed before the changeset's outcome; a changeset applies whole or not at all, \
                     so plan again to see which"
                .into(),
        };
        let mut pending: Vec<u8> = Vec::new();
        loop {
            let chunk = response.chunk().await.map_err(|_| cut_short(&url))?;
            let Some(chunk) = chunk else { return Err(cut_short(&url)) };
            pending.extend_from_slice(&chunk);
            while let Some(end) = pending.iter().position(|b| *b == b'\n') {
                let line: Vec<u8> = pending.drain(..=end).collect();
                let event: ChangesetEvent = serde_json::from_slice(&line).map_err(|e| ClientError::Protocol {
                    method: method.clone(),
                    url: url.clone(),
                    status: status.as_u16(),
                    reason: format!("a progress line that is not a changeset event: {e}"),
                })?;
                match event {
                    ChangesetEvent::Progress { phase, done, total } => progress(phase, done, total),
                    ChangesetEvent::Result(result) => return Ok(result),
                    ChangesetEvent::Problem(problem) => {
                        return Err(ClientError::Api {
                            method,
                            url,
                            status: problem.status,
                            detail: problem.detail.clone(),
                            problem,
                        })
                    }
                }
            }
        }
    }
}

/// Long transfers (exports, imports) are bounded by their progress, not by a total time.
const TRANSFER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(7 * 24 * 3600);

impl Client {
    /// A POST of a JSON body whose successful answer is read as a stream (an export).
    pub async fn post_streamed<B: Serialize + ?Sized>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<reqwest::Response, ClientError> {
        let url = format!("{}{}", self.base, path);
        let request = self.request(Method::POST, &url).timeout(TRANSFER_TIMEOUT).json(body);
        let response = self.connect(request).await?;
        if response.status().is_success() {
            return Ok(response);
        }
        let status = response.status();
        let bytes = response.bytes().await.unwrap_or_default();
        Err(refusal(Method::POST, url, status, &bytes))
    }

    /// A POST whose body is a file, sent as it is read (an archive to import).
    pub async fn upload_file<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &(impl Serialize + ?Sized),
        file: tokio::fs::File,
    ) -> Result<T, ClientError> {
        let url = format!("{}{}", self.base, path);
        let request = self
            .page_request(Method::POST, &url, query, None)
            .timeout(TRANSFER_TIMEOUT)
            .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
            .body(reqwest::Body::from(file));
        let (status, bytes) = self.exchange(request, &url).await?;
        answer(Method::POST, url, status, &bytes, std::marker::PhantomData)
    }

    /// A request to `url`, with the token when there is one.
    fn request(&self, method: Method, url: &str) -> reqwest::RequestBuilder {
        let request = self.http.request(method, url);
        match &self.token {
            Some(token) => request.bearer_auth(token),
            None => request,
        }
    }
}

/// Sends a request, telling it on stderr at `-v` (a line before, a line with the status,
/// time and request id after) and `-vv` (the request's body too). Owns what it needs, so a
/// page asked for ahead runs on a task of its own.
async fn traced(
    http: reqwest::Client,
    verbose: u8,
    request: reqwest::RequestBuilder,
) -> Result<reqwest::Response, reqwest::Error> {
    if verbose == 0 {
        return request.send().await;
    }
    let request = request.build()?;
    let (method, url) = (request.method().clone(), request.url().clone());
    crate::say!("> {method} {url}");
    if verbose > 1 {
        if let Some(body) = request.body().and_then(|b| b.as_bytes()) {
            crate::say!("> {}", shown_body(body));
        }
    }
    let started = std::time::Instant::now();
    let answered = http.execute(request).await;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    match &answered {
        Ok(response) => {
            let id = response.headers().get(crate::api::REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("-");
            crate::say!("< {} {method} {url} ({ms:.1} ms, request id {id})", response.status().as_u16());
        }
        Err(e) => crate::say!("< no answer to {method} {url} ({ms:.1} ms): {e}"),
    }
    answered
}

/// A body as `-vv` shows it: text as it is (escaped where a terminal would act on it), at
/// most 64 KiB of it.
fn shown_body(bytes: &[u8]) -> String {
    const SHOWN: usize = 64 * 1024;
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(SHOWN)]);
    let text = crate::output::printable(&text).into_owned();
    if bytes.len() > SHOWN {
        format!("{text} ... ({} bytes in all)", bytes.len())
    } else {
        text
    }
}

/// An ordinary answer: the value, or the problem document as an error.
/// The answer of a call: its body read by `seed` (a type's own reader, for most calls), or
/// the problem the server reported.
fn answer<S: for<'de> serde::de::DeserializeSeed<'de, Value = V>, V>(
    method: Method,
    url: String,
    status: StatusCode,
    bytes: &[u8],
    seed: S,
) -> Result<V, ClientError> {
    if status.is_success() {
        let bytes: &[u8] = if status == StatusCode::NO_CONTENT || bytes.is_empty() { b"null" } else { bytes };
        let mut reader = serde_json::Deserializer::from_slice(bytes);
        return seed
            .deserialize(&mut reader)
            .and_then(|value| reader.end().map(|()| value))
            .map_err(|e| ClientError::Protocol { method, url, status: status.as_u16(), reason: e.to_string() });
    }
    Err(refusal(method, url, status, bytes))
}

/// The error an answer that is not a success stands for: the server's problem document,
/// or what it sent instead.
fn refusal(method: Method, url: String, status: StatusCode, bytes: &[u8]) -> ClientError {
    match serde_json::from_slice::<Problem>(bytes) {
        Ok(problem) => ClientError::Api {
            method,
            url,
            status: status.as_u16(),
            detail: problem.detail.clone(),
            problem: Box::new(problem),
        },
        Err(_) => ClientError::Protocol {
            method,
            url,
            status: status.as_u16(),
            reason: String::from_utf8_lossy(bytes).chars().take(200).collect(),
        },
    }
}

/// The query of a call that takes none.
pub const NO_QUERY: &[(&str, &str)] = &[];

fn describe_transport_error(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text = format!("{text}: {s}");
        source = s.source();
    }
    if text.contains("UnknownIssuer") || text.contains("invalid peer certificate") {
        text.push_str(
            " (this machine does not trust the server's certificate: pass --ca-cert FILE, or set PCHAT_CA_CERT, with the authority that signed it)",
        );
    } else if e.is_connect() {
        text.push_str(" (is `pchat server` running there, and is --server/PCHAT_SERVER right?)");
    }
    text
}
