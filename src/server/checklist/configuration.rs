//! Checks of the configuration: a policy that lets someone chat, categories whose scope
//! holds users, rooms whose entries are inside their category's scope and that have a
//! manager.

use foldhash::{HashMap, HashMapExt};

use super::{some_of, Context, Found};
use crate::api::{Category, Policy, Principal, Room, User};
use crate::server::chat::access::effective_policy;
use crate::server::error::ApiResult;
use crate::server::scope::{Directory, Scope};
use crate::store::{After, RoomFilter, Tx};

const PAGE: usize = 1_000;

async fn all_users(tx: &mut dyn Tx) -> ApiResult<Vec<User>> {
    let mut users = Vec::new();
    let mut after = None;
    loop {
        let page = tx.list_users(None, after.as_ref(), PAGE).await?;
        let full = page.len() == PAGE;
        after = page.last().map(|u| After { name: u.sip.clone(), id: u.meta.id });
        users.extend(page);
        if !full {
            return Ok(users);
        }
    }
}

async fn all_rooms(tx: &mut dyn Tx) -> ApiResult<Vec<Room>> {
    let mut rooms = Vec::new();
    let mut after = None;
    loop {
        let page = tx.list_rooms(&RoomFilter::default(), after.as_ref(), PAGE).await?;
        let full = page.len() == PAGE;
        after = page.last().map(|r| After { name: r.name.clone(), id: r.meta.id });
        rooms.extend(page);
        if !full {
            return Ok(rooms);
        }
    }
}

/// What the configuration checks read: the directory, categories, policies and rooms.
pub struct Snapshot {
    dir: Directory,
    categories: Vec<Category>,
    policies: Vec<Policy>,
    rooms: Vec<Room>,
}

/// The run's snapshot, read once by whichever configuration check asks first (they run at
/// once; the others wait for it).
async fn snapshot(c: &Context) -> ApiResult<&Snapshot> {
    c.snapshot
        .get_or_try_init(|| async {
            let mut tx = c.state.store.read().await?;
            // The synthetic transaction's objects are the checklist's own, not the
            // deployment's (a run may be going on while these checks read).
            use crate::api::checklist::is_synthetic;
            let mut users = all_users(&mut *tx).await?;
            users.retain(|u| !is_synthetic(&u.sip));
            let groups = tx.all_groups().await?;
            let ous = tx.user_ous().await?;
            let mut categories = tx.all_categories().await?;
            categories.retain(|c| !is_synthetic(&c.name));
            let mut policies = tx.all_policies().await?;
            policies.retain(|p| !is_synthetic(&p.identity));
            let mut rooms = all_rooms(&mut *tx).await?;
            rooms.retain(|r| !is_synthetic(&r.name));
            Ok(Snapshot { dir: Directory::new(users, groups, ous), categories, policies, rooms })
        })
        .await
}

pub async fn policy(c: &Context) -> ApiResult<Found> {
    let Snapshot { dir, policies, .. } = snapshot(c).await?;
    let users = &dir.users;
    let enabled =
        users.values().filter(|u| u.enabled && effective_policy(policies, u).is_some_and(|(p, _)| p.enabled)).count();
    let found = format!("{enabled} of {} users may use persistent chat", users.len());
    let found = if enabled > 0 {
        Found::pass(found)
    } else if users.is_empty() {
        Found::fail(
            "the directory holds no users",
            "add users: `pchat directory import` (CSV) or a plan of kind User (`pchat apply`)",
        )
    } else {
        Found::fail(
            found,
            "enable persistent chat for them: `pchat policies set global --enabled` (or a site or tag policy that reaches them)",
        )
    };
    Ok(found.with("enabled_users", enabled).with("users", users.len()))
}

pub async fn category_scope(c: &Context) -> ApiResult<Found> {
    let Snapshot { dir, categories, .. } = snapshot(c).await?;
    let mut empty = Vec::new();
    for category in categories {
        let mut scope = Scope::of(category);
        if !dir.users.keys().any(|sip| scope.contains(dir, &Principal::User(sip.clone()))) {
            empty.push(format!("{}/{}", category.pool, category.name));
        }
    }
    let found = if categories.is_empty() {
        Found::fail(
            "there are no categories: rooms need one",
            "create a category whose scope holds users: `pchat categories create NAME --allow ou:PATH`",
        )
    } else if empty.is_empty() {
        Found::pass(format!("each of the {} categories' scopes holds at least one user", categories.len()))
    } else {
        Found::fail(
            format!("{} of {} categories hold nobody in their scope: {}", empty.len(), categories.len(), some_of(&empty, 5)),
            "widen their allowed members (or narrow their denied ones) to principals that hold users: `pchat categories set NAME --allow ou:PATH`",
        )
    };
    Ok(found.with("categories", categories.len()).with("empty_scopes", empty.len()))
}

pub async fn room_members(c: &Context) -> ApiResult<Found> {
    let Snapshot { dir, categories, rooms, .. } = snapshot(c).await?;
    let mut scopes: HashMap<(&str, &str), Scope> = HashMap::new();
    for category in categories {
        scopes.insert((category.pool.as_str(), category.name.as_str()), Scope::of(category));
    }
    let mut outside = Vec::new();
    for room in rooms {
        let Some(scope) = scopes.get_mut(&(room.pool.as_str(), room.category.as_str())) else {
            outside.push(format!("{}/{}: its category {} is missing", room.pool, room.name, room.category));
            continue;
        };
        for entry in room.members.iter().chain(&room.managers).chain(&room.presenters) {
            if !scope.contains_normal(dir, entry) {
                outside.push(format!("{}/{}: {entry}", room.pool, room.name));
            }
        }
    }
    let found = if outside.is_empty() {
        Found::pass(format!("every entry of the {} rooms is inside its category's scope", rooms.len()))
    } else {
        Found::fail(
            format!("{} room entries are outside their category's scope: {}", outside.len(), some_of(&outside, 5)),
            "remove them from the rooms (`pchat rooms members remove ROOM PRINCIPAL --role ROLE`) or widen the category's scope (`pchat categories set NAME --allow …`)",
        )
    };
    Ok(found.with("rooms", rooms.len()).with("outside", outside.len()))
}

pub async fn room_managers(c: &Context) -> ApiResult<Found> {
    let rooms = &snapshot(c).await?.rooms;
    let unmanaged: Vec<String> =
        rooms.iter().filter(|r| r.managers.is_empty()).map(|r| format!("{}/{}", r.pool, r.name)).collect();
    let found = if unmanaged.is_empty() {
        Found::pass(format!("each of the {} rooms has a manager", rooms.len()))
    } else {
        Found::warn(
            format!("{} of {} rooms have no manager: {}", unmanaged.len(), rooms.len(), some_of(&unmanaged, 5)),
            "give each a manager, who can then keep its members: `pchat rooms members add ROOM sip:USER --role manager`",
        )
    };
    Ok(found.with("rooms", rooms.len()).with("unmanaged", unmanaged.len()))
}
