//! Problem codes a route adds to those of its kind (`problem_codes`), by what it does: the
//! route table names these sets.

use crate::api::ErrorCode::{self, *};

/// Bad values in a body or a query beyond its shape.
pub const INPUT: &[ErrorCode] = &[InvalidValue, TooLong, Required];
/// A name that exists in several pools, without `?pool=`.
pub const AMBIGUOUS: &[ErrorCode] = &[Ambiguous];
/// A principal in the path that is not `sip:`, `group:` or `ou:`.
pub const PRINCIPAL: &[ErrorCode] = &[MalformedPrincipal];
/// What the changeset engine refuses in a write of one object.
pub const WRITE: &[ErrorCode] = &[
    InvalidValue,
    TooLong,
    Required,
    UnknownReference,
    UnknownPrincipal,
    MalformedPrincipal,
    ReservedLabel,
    DuplicateName,
    NameConflict,
    StaleRevision,
    Ambiguous,
    Forbidden,
    NotFound,
];
pub const ROOM: &[ErrorCode] = &[OutOfScope, PresentersNotAllowed];
pub const DELETE_ROOM: &[ErrorCode] = &[HoldsHistory];
pub const CATEGORY: &[ErrorCode] = &[OutOfScope, CategoryNotEmpty];
pub const ADDIN: &[ErrorCode] = &[AddinInUse];
pub const GROUP: &[ErrorCode] = &[GroupCycle];
pub const TOPOLOGY: &[ErrorCode] = &[UnknownReference, OutOfScope, StaleRevision, WouldOrphan];
/// Every rule of every kind a changeset may name.
pub const CHANGESET: &[ErrorCode] = &[
    InvalidValue,
    TooLong,
    Required,
    UnknownReference,
    UnknownPrincipal,
    MalformedPrincipal,
    ReservedLabel,
    DuplicateName,
    NameConflict,
    StaleRevision,
    Ambiguous,
    Forbidden,
    NotFound,
    OutOfScope,
    PresentersNotAllowed,
    CategoryNotEmpty,
    AddinInUse,
    GroupCycle,
    HoldsHistory,
    WouldOrphan,
];
/// Who may read and post in a room.
pub const CHAT: &[ErrorCode] = &[NotAMember, PresentersOnly, RoomDisabled, ChatDisabled, Ambiguous];
pub const FILES: &[ErrorCode] = &[FileUploadOff, FileTooLarge];
pub const STALE: &[ErrorCode] = &[StaleRevision];
pub const LEASE: &[ErrorCode] = &[LeaseHeld];
pub const FAILOVER: &[ErrorCode] = &[CheckFailed, PoolState, UnknownReference];
pub const EXPORT: &[ErrorCode] = &[Cancelled];
pub const IMPORT: &[ErrorCode] = &[InvalidArchive, ImportConflict, SameStore, UnknownReference, Ambiguous];
