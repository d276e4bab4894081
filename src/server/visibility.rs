//! What a caller may see: administrators everything; users their rooms, and the open and
//! closed rooms of categories whose scope holds them. Secret rooms are invisible to anyone
//! else, exactly as if they did not exist.

use std::collections::HashMap;

use super::auth::Caller;
use super::error::ApiResult;
use super::scope::{Directory, Scope};
use crate::api::{Category, Principal, Privacy, Room};
use crate::store::Tx;

pub struct Viewer {
    caller: Caller,
    dir: Directory,
    scopes: HashMap<(String, String), bool>,
    categories: HashMap<(String, String), Category>,
}

impl Viewer {
    pub async fn load(tx: &mut dyn Tx, caller: Caller) -> ApiResult<Viewer> {
        if caller.is_admin() {
            return Ok(Viewer {
                caller,
                dir: Directory::default(),
                scopes: HashMap::new(),
                categories: HashMap::new(),
            });
        }
        let users = match &caller.owner {
            Some(owner) => tx.users_by_sip(std::slice::from_ref(owner)).await?,
            None => Vec::new(),
        };
        let dir = Directory::new(users, tx.all_groups().await?, Vec::new());
        let categories =
            tx.all_categories().await?.into_iter().map(|c| ((c.pool.clone(), c.name.clone()), c)).collect();
        Ok(Viewer { caller, dir, scopes: HashMap::new(), categories })
    }

    pub fn is_admin(&self) -> bool {
        self.caller.is_admin()
    }

    fn owner(&self) -> Option<&str> {
        self.caller.owner.as_deref().filter(|o| self.dir.users.get(*o).is_some_and(|u| u.enabled))
    }

    fn in_scope(&mut self, pool: &str, category: &str) -> bool {
        let key = (pool.to_string(), category.to_string());
        if let Some(&hit) = self.scopes.get(&key) {
            return hit;
        }
        let inside = match (self.owner().map(str::to_string), self.categories.get(&key)) {
            (Some(owner), Some(c)) => Scope::of(c).contains(&self.dir, &Principal::User(owner)),
            _ => false,
        };
        self.scopes.insert(key, inside);
        inside
    }

    pub fn sees_category(&mut self, c: &Category) -> bool {
        if self.is_admin() {
            return true;
        }
        let creator = self.owner().is_some_and(|o| self.dir.user_in(o, &c.creators));
        creator || self.in_scope(&c.pool, &c.name)
    }

    pub fn sees_room(&mut self, room: &Room) -> bool {
        if self.is_admin() {
            return true;
        }
        let Some(owner) = self.owner().map(str::to_string) else { return false };
        let listed: Vec<String> = room.members.iter().chain(&room.managers).chain(&room.presenters).cloned().collect();
        if self.dir.user_in(&owner, &listed) && (!room.disabled || self.dir.user_in(&owner, &room.managers)) {
            return true;
        }
        !room.disabled && room.privacy != Privacy::Secret && self.in_scope(&room.pool, &room.category)
    }
}
