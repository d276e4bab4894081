//! Who may read, join and post where: the rules of rooms and categories, decided from
//! memory. The model is derived from the store once per store generation (every committed
//! management write starts a new one), so a post is checked with a few hash lookups, not
//! by reading the directory and resolving principals again.

use std::sync::{Arc, Mutex};

use foldhash::{HashMap, HashMapExt, HashSet};

use crate::api::{
    validate::DEFAULT_CHAT_HISTORY, Category, ChatConfigScope, ChatRole, ChatRoom, ErrorCode, Policy, Privacy, Room,
    RoomInvitations, RoomType, User,
};
use crate::server::auth::Caller;
use crate::server::error::{ApiError, ApiResult};
use crate::server::scope::{Directory, PrincipalSet};
use crate::store::Store;

/// Decisions kept per model before it starts afresh (each is a few dozen bytes).
const MAX_DECISIONS: usize = 1 << 20;

/// The policy that applies to a user: its tag policy, else its site's, else the global
/// one; with which of those it was.
pub fn effective_policy<'a>(policies: &'a [Policy], user: &User) -> Option<(&'a Policy, &'static str)> {
    let find = |identity: &str| policies.iter().find(|p| p.identity == identity);
    if let Some(p) = user.policy.as_ref().and_then(|t| find(&format!("tag:{t}"))) {
        return Some((p, "tag"));
    }
    if let Some(p) = find(&format!("site:{}", user.site)) {
        return Some((p, "site"));
    }
    find("global").map(|p| (p, "global"))
}

/// A category as chat needs it: its flags and its scope, ready for lookups.
pub struct CategoryRules {
    pub category: Category,
    allowed: PrincipalSet,
    denied: PrincipalSet,
}

impl CategoryRules {
    fn new(category: Category) -> CategoryRules {
        CategoryRules {
            allowed: PrincipalSet::of(&category.allowed_members),
            denied: PrincipalSet::of(&category.denied_members),
            category,
        }
    }

    /// Allowed minus denied, for a user's affiliations.
    fn holds(&self, affiliations: &HashSet<String>) -> bool {
        self.allowed.touches(affiliations) && !self.denied.touches(affiliations)
    }
}

/// A user as chat needs them: who covers them, and whether their policy enables chat.
pub struct Person {
    pub user: User,
    affiliations: HashSet<String>,
    pub chat_enabled: bool,
}

/// Why a call about a room is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The room does not exist for the caller (it may exist, secret).
    NotFound,
    NotAMember,
    PresentersOnly,
    RoomDisabled,
    /// An administrator's token that acts for nobody cannot be a message's sender.
    NoSender,
}

impl Refusal {
    pub fn error(self, room: &str) -> ApiError {
        match self {
            Refusal::NotFound => ApiError::not_found("room", room),
            Refusal::NotAMember => ApiError::new(
                ErrorCode::NotAMember,
                format!("room {room:?} is closed to all but its members, managers and presenters, and you are none of them"),
            ),
            Refusal::PresentersOnly => ApiError::new(
                ErrorCode::PresentersOnly,
                format!("room {room:?} is an auditorium: only its presenters post, and you are not one"),
            ),
            Refusal::RoomDisabled => ApiError::new(
                ErrorCode::RoomDisabled,
                format!("room {room:?} is disabled: it accepts nothing until it is enabled again"),
            ),
            Refusal::NoSender => ApiError::forbidden(
                "this token acts for no user, so it cannot post: use a token with an owner (pchat tokens create --owner SIP)",
            ),
        }
    }
}

/// What the caller may do in one room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoomAccess {
    pub role: ChatRole,
    /// Ok, or why the room's history may not be read (nor the room joined).
    pub read: Result<(), Refusal>,
    pub post: Result<(), Refusal>,
    /// Listed as a member, manager or presenter (invitations go to these).
    pub listed: bool,
}

impl RoomAccess {
    fn refused(why: Refusal) -> RoomAccess {
        RoomAccess { role: ChatRole::Visitor, read: Err(why), post: Err(why), listed: false }
    }

    /// Whether the room shows in the caller's lists at all.
    pub fn visible(&self) -> bool {
        !matches!(self.read, Err(Refusal::NotFound | Refusal::RoomDisabled))
    }
}

/// The rules of one room for one caller: administrators read everything; everyone else
/// needs the category's scope, membership of closed and secret rooms, and presence on an
/// auditorium's presenters to post. A secret room is not found by whoever is not listed,
/// and a disabled room refuses everyone.
pub fn decide(person: Option<&Person>, admin: bool, room: &Room, rules: &CategoryRules) -> RoomAccess {
    let listed_in = |list: &[String]| person.is_some_and(|p| list.iter().any(|e| p.affiliations.contains(e)));
    let (manager, presenter, member) =
        (listed_in(&room.managers), listed_in(&room.presenters), listed_in(&room.members));
    let listed = manager || presenter || member;
    let post_rule = |read: Result<(), Refusal>| -> Result<(), Refusal> {
        read?;
        if person.is_none() {
            return Err(Refusal::NoSender);
        }
        if room.room_type == RoomType::Auditorium && !presenter {
            return Err(Refusal::PresentersOnly);
        }
        Ok(())
    };
    let role = if manager {
        ChatRole::Manager
    } else if presenter {
        ChatRole::Presenter
    } else if member {
        ChatRole::Member
    } else {
        ChatRole::Visitor
    };
    if admin {
        let read = if room.disabled { Err(Refusal::RoomDisabled) } else { Ok(()) };
        let role = if listed { role } else { ChatRole::Administrator };
        return RoomAccess { role, read, post: post_rule(read), listed };
    }
    let Some(p) = person else { return RoomAccess::refused(Refusal::NotFound) };
    if !rules.holds(&p.affiliations) || (room.privacy == Privacy::Secret && !listed) {
        return RoomAccess::refused(Refusal::NotFound);
    }
    let read = if room.disabled {
        Err(Refusal::RoomDisabled)
    } else if room.privacy != Privacy::Open && !listed {
        Err(Refusal::NotAMember)
    } else {
        Ok(())
    };
    RoomAccess { role, read, post: post_rule(read), listed }
}

/// What chat derives from the store at one generation.
pub struct Model {
    pub generation: u64,
    dir: Directory,
    categories: HashMap<(String, String), Arc<CategoryRules>>,
    policies: Vec<Policy>,
    config: Vec<ChatConfigScope>,
    compliance: Vec<crate::store::ComplianceTarget>,
    /// Each pool's active servers (`HOST:PORT`), as the topology in force has them.
    servers: HashMap<String, Vec<String>>,
    rooms: Mutex<HashMap<String, Arc<Vec<Arc<Room>>>>>,
    rooms_by_id: Mutex<HashMap<i64, Option<Arc<Room>>>>,
    people: Mutex<HashMap<String, Option<Arc<Person>>>>,
    decisions: Mutex<HashMap<(bool, String, i64), RoomAccess>>,
}

impl Model {
    async fn load(store: &dyn Store, generation: u64) -> ApiResult<Model> {
        let mut tx = store.read().await?;
        let dir = Directory::new(Vec::new(), tx.all_groups().await?, Vec::new());
        let categories = tx
            .all_categories()
            .await?
            .into_iter()
            .map(|c| ((c.pool.clone(), c.name.clone()), Arc::new(CategoryRules::new(c))))
            .collect();
        Ok(Model {
            generation,
            dir,
            categories,
            policies: tx.all_policies().await?,
            config: tx.all_config_scopes().await?,
            compliance: tx.compliance_targets().await?,
            servers: active_servers(tx.latest_topology().await?),
            rooms: Mutex::new(HashMap::new()),
            rooms_by_id: Mutex::new(HashMap::new()),
            people: Mutex::new(HashMap::new()),
            decisions: Mutex::new(HashMap::new()),
        })
    }

    /// The user a token acts for, as chat sees them (None: not in the directory).
    pub async fn person(&self, store: &dyn Store, sip: &str) -> ApiResult<Option<Arc<Person>>> {
        if let Some(found) = lock(&self.people).get(sip) {
            return Ok(found.clone());
        }
        let mut tx = store.read().await?;
        let user = tx.users_by_sip(&[sip.to_string()]).await?.into_iter().next();
        let person = user.filter(|u| u.enabled).map(|user| {
            let chat_enabled = effective_policy(&self.policies, &user).is_some_and(|(p, _)| p.enabled);
            Arc::new(Person { affiliations: self.dir.user_affiliations(&user), chat_enabled, user })
        });
        lock(&self.people).insert(sip.to_string(), person.clone());
        Ok(person)
    }

    /// Every room of that name, in any pool.
    pub async fn rooms_named(&self, store: &dyn Store, name: &str) -> ApiResult<Arc<Vec<Arc<Room>>>> {
        if let Some(found) = lock(&self.rooms).get(name) {
            return Ok(found.clone());
        }
        let mut tx = store.read().await?;
        let rooms: Arc<Vec<Arc<Room>>> =
            Arc::new(tx.rooms_by_name(&[name.to_string()]).await?.into_iter().map(Arc::new).collect());
        let mut cache = lock(&self.rooms);
        if cache.len() > MAX_DECISIONS / 16 {
            cache.clear();
        }
        cache.insert(name.to_string(), rooms.clone());
        Ok(rooms)
    }

    /// The rooms with these ids (those that still exist), read once each per model.
    pub async fn rooms_with_ids(&self, store: &dyn Store, ids: &[i64]) -> ApiResult<HashMap<i64, Arc<Room>>> {
        let missing: Vec<i64> = {
            let known = lock(&self.rooms_by_id);
            let mut missing: Vec<i64> = ids.iter().copied().filter(|id| !known.contains_key(id)).collect();
            missing.sort_unstable();
            missing.dedup();
            missing
        };
        if !missing.is_empty() {
            let mut tx = store.read().await?;
            let found = tx.rooms_by_id(&missing).await?;
            let mut known = lock(&self.rooms_by_id);
            if known.len() > MAX_DECISIONS / 16 {
                known.clear();
            }
            for id in missing {
                known.insert(id, None);
            }
            for room in found {
                known.insert(room.meta.id, Some(Arc::new(room)));
            }
        }
        let known = lock(&self.rooms_by_id);
        Ok(ids.iter().filter_map(|id| known.get(id).cloned().flatten().map(|r| (*id, r))).collect())
    }

    pub fn category_of(&self, room: &Room) -> Option<&Arc<CategoryRules>> {
        self.categories.get(&(room.pool.clone(), room.category.clone()))
    }

    /// The caller's access to a room, kept for the life of the model.
    pub fn access(&self, caller: &Chatter, room: &Room) -> RoomAccess {
        let key = (caller.admin, caller.sip().unwrap_or_default().to_string(), room.meta.id);
        if let Some(found) = lock(&self.decisions).get(&key) {
            return *found;
        }
        let access = match self.category_of(room) {
            Some(rules) => decide(caller.person.as_deref(), caller.admin, room, rules),
            None => RoomAccess::refused(Refusal::NotFound),
        };
        let mut decisions = lock(&self.decisions);
        if decisions.len() >= MAX_DECISIONS {
            decisions.clear();
        }
        decisions.insert(key, access);
        access
    }

    /// Whether a pool records compliance events.
    pub fn records(&self, pool: &str) -> bool {
        crate::server::compliance::records(&self.compliance, pool)
    }

    /// A room's compliance event by this caller, if its pool records them.
    pub fn event(
        &self,
        chatter: &Chatter,
        room: &Room,
        kind: crate::api::EventKind,
        content_id: i64,
        content: String,
        detail: String,
    ) -> Option<crate::store::ComplianceEvent> {
        self.records(&room.pool)
            .then(|| crate::server::compliance::room_event(room, &chatter.actor, kind, content_id, content, detail))
    }

    /// Whether a room's category keeps history.
    pub fn history_kept(&self, room: &Room) -> bool {
        self.category_of(room).is_some_and(|c| c.category.chat_history)
    }

    /// Whether invitations go out for a room: its category's on, and the room not off.
    pub fn invitations_on(&self, room: &Room) -> bool {
        self.category_of(room).is_some_and(|c| c.category.invitations) && room.invitations != RoomInvitations::False
    }

    /// A chat configuration setting of a room's pool: the pool's, else global, else the
    /// default, within its range.
    fn setting(
        &self,
        room: &Room,
        get: impl Fn(&crate::api::ChatConfigSettings) -> Option<i64>,
        (default, min, max): (i64, i64, i64),
    ) -> i64 {
        let pool = format!("pool:{}", room.pool);
        [pool.as_str(), "global"]
            .iter()
            .filter_map(|scope| self.config.iter().find(|c| c.scope == *scope))
            .find_map(|c| get(&c.settings))
            .unwrap_or(default)
            .clamp(min, max)
    }

    /// How many messages a join hands out.
    pub fn default_chat_history(&self, room: &Room) -> usize {
        self.setting(room, |s| s.default_chat_history, DEFAULT_CHAT_HISTORY) as usize
    }

    /// The largest file a room takes, in KB.
    pub fn max_file_size_kb(&self, room: &Room) -> i64 {
        self.setting(room, |s| s.max_file_size_kb, crate::api::validate::MAX_FILE_SIZE_KB)
    }

    /// Above this many people in a room, joins and leaves are not told.
    pub fn participant_update_limit(&self, room: &Room) -> i64 {
        self.setting(room, |s| s.participant_update_limit, crate::api::validate::PARTICIPANT_UPDATE_LIMIT)
    }

    /// A room as the caller sees it in chat.
    pub fn chat_room(&self, room: &Room, access: &RoomAccess, joined: bool) -> ChatRoom {
        ChatRoom {
            name: room.name.clone(),
            pool: room.pool.clone(),
            category: room.category.clone(),
            description: room.description.clone(),
            room_type: room.room_type,
            privacy: room.privacy,
            role: access.role,
            may_read: access.read.is_ok(),
            may_post: access.post.is_ok(),
            joined,
            history_kept: self.history_kept(room),
            servers: self.servers.get(&room.pool).cloned().unwrap_or_default(),
        }
    }
}

/// Each pool's active servers in a published topology.
fn active_servers(topology: Option<crate::store::StoredTopology>) -> HashMap<String, Vec<String>> {
    let spec = topology.and_then(|t| t.spec().ok());
    spec.map(|t| {
        t.pools
            .into_iter()
            .map(|p| {
                let active = p
                    .servers
                    .into_iter()
                    .filter(|s| s.role == crate::api::topology::ServerRole::Active)
                    .map(|s| s.address)
                    .collect();
                (p.name, active)
            })
            .collect()
    })
    .unwrap_or_default()
}

/// A caller of the chat API: an administrator, or a user allowed to chat.
pub struct Chatter {
    pub admin: bool,
    /// The user the token acts for (administrators may act for nobody).
    pub person: Option<Arc<Person>>,
    /// Who compliance records as the caller.
    pub actor: crate::server::compliance::Actor,
}

impl Chatter {
    pub fn sip(&self) -> Option<&str> {
        self.person.as_ref().map(|p| p.user.sip.as_str())
    }
}

/// The current model, derived again when the store's generation has moved on.
pub struct Access {
    current: tokio::sync::Mutex<Option<Arc<Model>>>,
}

impl Access {
    pub fn new() -> Access {
        Access { current: tokio::sync::Mutex::new(None) }
    }

    pub async fn model(&self, store: &dyn Store) -> ApiResult<Arc<Model>> {
        let mut current = self.current.lock().await;
        // Read before loading: a write that commits while the model loads moves the
        // generation past this one, and the next call derives the model again.
        let generation = store.generation();
        if let Some(model) = current.as_ref().filter(|m| m.generation == generation) {
            return Ok(model.clone());
        }
        let model = Arc::new(Model::load(store, generation).await?);
        *current = Some(model.clone());
        Ok(model)
    }

    /// The caller as chat sees them: a user whose policy does not enable persistent chat
    /// is refused every chat call, whatever it asks about.
    pub async fn chatter(&self, store: &dyn Store, caller: &Caller) -> ApiResult<(Arc<Model>, Chatter)> {
        let model = self.model(store).await?;
        let person = match &caller.owner {
            Some(sip) => model.person(store, sip).await?,
            None => None,
        };
        if !caller.is_admin() {
            match &person {
                Some(p) if p.chat_enabled => {}
                Some(p) => {
                    return Err(ApiError::new(
                        ErrorCode::ChatDisabled,
                        format!("persistent chat is not enabled for {} by the policy that applies to them", p.user.sip),
                    ))
                }
                None => {
                    return Err(ApiError::new(ErrorCode::AccountDisabled, "the user this token acts for cannot chat"))
                }
            }
        }
        let actor = crate::server::compliance::Actor::caller(caller, person.as_ref().map(|p| &p.user));
        Ok((model, Chatter { admin: caller.is_admin(), person, actor }))
    }
}

impl Default for Access {
    fn default() -> Self {
        Access::new()
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}
