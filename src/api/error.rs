use serde::{Deserialize, Serialize};

/// Stable, machine-readable error codes. Scripts branch on these; never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// No token, or one that is unknown or revoked.
    Unauthorized,
    /// The token's role does not allow the call.
    Forbidden,
    /// The addressed object does not exist (or is invisible to the caller).
    NotFound,
    /// The request body or query is not what the endpoint takes.
    BadRequest,
    /// A value is outside its set or its range.
    InvalidValue,
    /// A name or text is over its length limit.
    TooLong,
    /// A required field is missing.
    Required,
    /// A referenced category, add-in or policy does not exist.
    UnknownReference,
    /// A principal is not in the directory.
    UnknownPrincipal,
    /// A principal string is not `sip:`, `group:` or `ou:`.
    MalformedPrincipal,
    /// A room member, manager or presenter is outside the category's scope.
    OutOfScope,
    /// Presenters were given for a room that is not an auditorium.
    PresentersNotAllowed,
    /// The name is taken by another object of the same kind in the pool.
    DuplicateName,
    /// A room may not be named like a category of its pool (and the reverse).
    NameConflict,
    /// The category still holds rooms.
    CategoryNotEmpty,
    /// The add-in is still used by rooms.
    AddinInUse,
    /// The group membership would contain itself.
    GroupCycle,
    /// The object changed since the revision the caller holds.
    StaleRevision,
    /// The name matches objects in several pools; say which pool.
    Ambiguous,
    /// The store is unreachable or its schema is not current.
    Unavailable,
    /// Something failed inside the server.
    Internal,
    /// The token is valid, but the user it acts for is disabled or no longer in the directory.
    AccountDisabled,
    /// A request body holds a field the endpoint does not take (a typo, or a read-only field).
    UnknownField,
    /// A request body is larger than the caller's limit for the endpoint.
    PayloadTooLarge,
    /// The path exists, but not with this method.
    MethodNotAllowed,
    /// A request body is not `application/json`.
    UnsupportedMediaType,
    /// The request body did not arrive in time.
    RequestTimeout,
    /// Labels under `pchat.io/` are set and cleared by administrators only.
    ReservedLabel,
    /// Closed and secret rooms take posts and readers from their members, managers and
    /// presenters only.
    NotAMember,
    /// An auditorium takes posts from its presenters only.
    PresentersOnly,
    /// The room is disabled: it accepts nothing until it is enabled again.
    RoomDisabled,
    /// The caller's effective policy does not enable persistent chat.
    ChatDisabled,
    /// The room's category does not allow file uploads.
    FileUploadOff,
    /// A file is over the effective `max_file_size_kb`.
    FileTooLarge,
    /// Deleting the room would destroy the messages it holds, and that was not allowed.
    HoldsHistory,
    /// Another node holds the pool's compliance exporter lease.
    LeaseHeld,
    /// The change would leave data without a home (a pool removed that still holds
    /// categories or rooms).
    WouldOrphan,
    /// This node is a standby of its pool: it serves health and status, not clients.
    Standby,
    /// A check a failover or failback makes first did not pass; nothing was changed.
    CheckFailed,
    /// The pool is in the state asked for already (failed over, or normal).
    PoolState,
    /// An archive is not sound (a checksum, a member, a record, a reference); nothing was
    /// imported. `errors` names each problem's member and line.
    InvalidArchive,
    /// Objects of an archive exist on the server already, and no `on_conflict` said what to
    /// do with them; nothing was imported. `errors` names each.
    ImportConflict,
    /// The archive was exported from this very store.
    SameStore,
    /// The job was cancelled before it finished.
    Cancelled,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        use ErrorCode::*;
        match self {
            Unauthorized => "unauthorized",
            Forbidden => "forbidden",
            NotFound => "not_found",
            BadRequest => "bad_request",
            InvalidValue => "invalid_value",
            TooLong => "too_long",
            Required => "required",
            UnknownReference => "unknown_reference",
            UnknownPrincipal => "unknown_principal",
            MalformedPrincipal => "malformed_principal",
            OutOfScope => "out_of_scope",
            PresentersNotAllowed => "presenters_not_allowed",
            DuplicateName => "duplicate_name",
            NameConflict => "name_conflict",
            CategoryNotEmpty => "category_not_empty",
            AddinInUse => "addin_in_use",
            GroupCycle => "group_cycle",
            StaleRevision => "stale_revision",
            Ambiguous => "ambiguous",
            Unavailable => "unavailable",
            Internal => "internal",
            AccountDisabled => "account_disabled",
            UnknownField => "unknown_field",
            PayloadTooLarge => "payload_too_large",
            MethodNotAllowed => "method_not_allowed",
            UnsupportedMediaType => "unsupported_media_type",
            RequestTimeout => "request_timeout",
            ReservedLabel => "reserved_label",
            NotAMember => "not_a_member",
            PresentersOnly => "presenters_only",
            RoomDisabled => "room_disabled",
            ChatDisabled => "chat_disabled",
            FileUploadOff => "file_upload_off",
            FileTooLarge => "file_too_large",
            HoldsHistory => "holds_history",
            LeaseHeld => "lease_held",
            WouldOrphan => "would_orphan",
            Standby => "standby",
            CheckFailed => "check_failed",
            PoolState => "pool_state",
            InvalidArchive => "invalid_archive",
            ImportConflict => "import_conflict",
            SameStore => "same_store",
            Cancelled => "cancelled",
        }
    }

    /// The HTTP status that goes with the code.
    pub fn status(self) -> u16 {
        use ErrorCode::*;
        match self {
            Unauthorized => 401,
            Forbidden | AccountDisabled | ReservedLabel | NotAMember | PresentersOnly | RoomDisabled | ChatDisabled
            | FileUploadOff => 403,
            NotFound => 404,
            MethodNotAllowed => 405,
            RequestTimeout => 408,
            PayloadTooLarge | FileTooLarge => 413,
            UnsupportedMediaType => 415,
            BadRequest => 400,
            StaleRevision | LeaseHeld | PoolState | ImportConflict | SameStore | Cancelled => 409,
            CheckFailed => 412,
            Unavailable | Standby => 503,
            Internal => 500,
            InvalidValue | TooLong | Required | UnknownReference | UnknownPrincipal | MalformedPrincipal
            | OutOfScope | PresentersNotAllowed | DuplicateName | NameConflict | CategoryNotEmpty | AddinInUse
            | GroupCycle | Ambiguous | UnknownField | HoldsHistory | WouldOrphan | InvalidArchive => 422,
        }
    }
}

/// One problem found while validating; a changeset reports all of them at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FieldError {
    /// The operation's index in the changeset, when the request was a changeset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
    /// Path of the offending field, e.g. `members[1]` or `privacy`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    pub code: ErrorCode,
    pub detail: String,
}

/// An RFC 9457 `application/problem+json` body, with pchat's extensions.
#[derive(Debug, Clone, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Problem {
    #[serde(rename = "type", default = "about_blank")]
    pub problem_type: String,
    pub title: String,
    pub status: u16,
    pub code: ErrorCode,
    pub detail: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Every problem found, when there were several (changesets report all of them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// With `stale_revision`: the object as it is now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<serde_json::Value>,
}

fn about_blank() -> String {
    "about:blank".to_string()
}

pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

impl Problem {
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> Problem {
        let status = code.status();
        Problem {
            problem_type: format!("https://pchat.dev/problems/{}", code.as_str()),
            title: title_for(status).to_string(),
            status,
            code,
            detail: detail.into(),
            field: None,
            errors: Vec::new(),
            current: None,
        }
    }

    pub fn with_field(mut self, field: impl Into<String>) -> Problem {
        self.field = Some(field.into());
        self
    }

    /// A problem that carries several field errors; the first one becomes the headline.
    pub fn from_errors(mut errors: Vec<FieldError>) -> Problem {
        errors.sort_by_key(|e| e.index);
        let first = errors.first().cloned().unwrap_or(FieldError {
            index: None,
            field: None,
            code: ErrorCode::InvalidValue,
            detail: "invalid request".into(),
        });
        // Authorisation beats validation: the caller cannot fix the data into being allowed.
        let code = errors
            .iter()
            .map(|e| e.code)
            .find(|c| {
                matches!(
                    c,
                    ErrorCode::Forbidden | ErrorCode::ReservedLabel | ErrorCode::StaleRevision | ErrorCode::NotFound
                )
            })
            .unwrap_or(first.code);
        let detail = if errors.len() > 1 {
            format!("{} (and {} more)", first.detail, super::text::count(errors.len() - 1, "problem"))
        } else {
            first.detail.clone()
        };
        let mut problem = Problem::new(code, detail);
        problem.field = first.field.clone();
        problem.errors = errors;
        problem
    }
}

pub(crate) fn title_for(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        503 => "Service Unavailable",
        500 => "Internal Server Error",
        _ => "Error",
    }
}
