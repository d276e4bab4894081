//! What the engine's unit tests share: a real SQLite store in a temporary directory (no
//! mocks), callers, operations in a line each, and a small organisation to work in.

use std::sync::Arc;

use crate::api::*;
use crate::server::auth::Caller;
use crate::store::Store;

pub const ALICE: &str = "sip:alice@contoso.com";
pub const BOB: &str = "sip:bob@contoso.com";
pub const CAROL: &str = "sip:carol@contoso.com";
/// In `contoso/sales`, outside the `eng` category's scope.
pub const SALLY: &str = "sip:sally@contoso.com";

pub struct TestStore {
    pub store: Arc<dyn Store>,
    _dir: tempfile::TempDir,
}

/// An empty store, migrated.
pub async fn store() -> TestStore {
    let dir = tempfile::tempdir().expect("creating a temporary directory");
    let url = format!("sqlite://{}", dir.path().join("pchat.db").display());
    let store = crate::store::open(&url, true).await.expect("opening the SQLite store");
    TestStore { store, _dir: dir }
}

/// A store holding alice, bob and carol in `contoso/eng`, sally in `contoso/sales`, and a
/// category `eng` (pool `default`) scoped to `ou:contoso/eng` where alice is a creator.
pub async fn contoso() -> TestStore {
    let s = store().await;
    s.ok(vec![
        user(ALICE, "contoso/eng"),
        user(BOB, "contoso/eng"),
        user(CAROL, "contoso/eng"),
        user(SALLY, "contoso/sales"),
        category("eng", &["ou:contoso/eng"], &[ALICE]),
    ])
    .await;
    s
}

pub fn admin() -> Caller {
    Caller { role: Role::Admin, owner: None, token_id: None }
}

/// A user token acting for `sip`.
pub fn acting_for(sip: &str) -> Caller {
    Caller { role: Role::User, owner: Some(sip.to_string()), token_id: Some(1) }
}

pub fn op(action: OpAction, name: &str, object: ObjectSpec) -> Operation {
    Operation { op: action, name: name.to_string(), pool: None, revision: None, object }
}

pub fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

pub fn user(sip: &str, ou: &str) -> Operation {
    op(
        OpAction::Create,
        sip,
        ObjectSpec::User(UserSpec { ou: Some(ou.into()), site: Some("redmond".into()), ..Default::default() }),
    )
}

pub fn group(name: &str, members: &[&str]) -> Operation {
    op(OpAction::Create, name, ObjectSpec::Group(GroupSpec { members: Some(strings(members)), ..Default::default() }))
}

pub fn category(name: &str, allowed: &[&str], creators: &[&str]) -> Operation {
    op(
        OpAction::Create,
        name,
        ObjectSpec::Category(CategorySpec {
            allowed_members: Some(strings(allowed)),
            creators: Some(strings(creators)),
            ..Default::default()
        }),
    )
}

pub fn room(name: &str, category: &str, members: &[&str], managers: &[&str]) -> Operation {
    op(
        OpAction::Create,
        name,
        ObjectSpec::Room(RoomSpec {
            category: Some(category.into()),
            members: Some(strings(members)),
            managers: Some(strings(managers)),
            ..Default::default()
        }),
    )
}

/// An update of a room with this spec.
pub fn room_update(name: &str, spec: RoomSpec) -> Operation {
    op(OpAction::Update, name, ObjectSpec::Room(spec))
}

impl TestStore {
    pub async fn run(&self, caller: Caller, ops: Vec<Operation>) -> Result<ChangesetResult, Problem> {
        let request = ChangesetRequest { dry_run: false, allow_destroy: true, operations: ops };
        super::execute(&*self.store, caller, request).await.map_err(|e| *e.0)
    }

    /// Runs as an administrator and expects success.
    pub async fn ok(&self, ops: Vec<Operation>) -> ChangesetResult {
        self.run(admin(), ops).await.unwrap_or_else(|p| panic!("refused: {p:?}"))
    }

    /// Runs and expects a refusal, which it returns.
    pub async fn refused(&self, caller: Caller, ops: Vec<Operation>) -> Problem {
        match self.run(caller, ops).await {
            Ok(result) => panic!("expected a refusal, got {result:?}"),
            Err(problem) => problem,
        }
    }

    pub async fn user(&self, sip: &str) -> Option<User> {
        let mut tx = self.store.read().await.expect("a read transaction");
        tx.users_by_sip(&[sip.to_string()]).await.expect("reading users").pop()
    }

    pub async fn room(&self, name: &str) -> Option<Room> {
        let mut tx = self.store.read().await.expect("a read transaction");
        tx.rooms_by_name(&[name.to_string()]).await.expect("reading rooms").pop()
    }

    pub async fn categories(&self) -> Vec<Category> {
        let mut tx = self.store.read().await.expect("a read transaction");
        tx.all_categories().await.expect("reading categories")
    }
}

/// The codes of a refusal, every problem's.
pub fn codes(problem: &Problem) -> Vec<ErrorCode> {
    if problem.errors.is_empty() {
        vec![problem.code]
    } else {
        problem.errors.iter().map(|e| e.code).collect()
    }
}
