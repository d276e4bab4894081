//! Who a principal stands for: users, groups (nested) and OUs (with every unit below),
//! resolved against the directory, and the category scope check built on that. "Scope"
//! here is always a category's (allowed minus denied principals), never a chat
//! configuration's target.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::sync::{Arc, Mutex};

use crate::api::{ou_ancestors, Category, Group, Principal, User};

/// Every principal string that covers one principal, shared by the checks that need it.
pub type Affiliations = Arc<HashSet<String>>;

/// The slice of the directory a request needs: every group, the users it touched, and
/// the OUs that hold users.
#[derive(Debug, Default)]
pub struct Directory {
    pub users: HashMap<String, User>,
    pub groups: HashMap<String, Group>,
    pub ous: HashSet<String>,
    /// principal string → names of the groups that list it directly.
    parents: HashMap<String, Vec<String>>,
    /// Each principal's affiliations, computed once while the directory stays as it is:
    /// a changeset checks hundreds of thousands of entries against a few hundred scopes,
    /// and the same users recur in many of them. Entries carry the `generation` they were
    /// computed in; any change to users, groups or OUs starts a new one.
    affiliations: Mutex<HashMap<String, (u64, Affiliations)>>,
    generation: u64,
}

/// Why a principal is refused in a list: it does not parse, or the directory lacks it.
/// Each holds the detail to answer with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadPrincipal {
    Malformed(String),
    NotInDirectory(String),
}

impl Directory {
    pub fn new(users: Vec<User>, groups: Vec<Group>, ous: Vec<String>) -> Directory {
        let mut dir = Directory {
            users: users.into_iter().map(|u| (u.sip.clone(), u)).collect(),
            groups: HashMap::new(),
            ous: HashSet::new(),
            parents: HashMap::new(),
            affiliations: Mutex::new(HashMap::new()),
            generation: 0,
        };
        for ou in ous {
            dir.add_ou(&ou);
        }
        for g in groups {
            dir.put_group(g);
        }
        dir
    }

    /// The directory changed: affiliations computed before no longer hold.
    fn changed(&mut self) {
        self.generation += 1;
    }

    fn add_ou(&mut self, ou: &str) {
        self.changed();
        for a in ou_ancestors(ou) {
            self.ous.insert(a.to_string());
        }
    }

    pub fn put_user(&mut self, user: User) {
        self.add_ou(&user.ou);
        self.users.insert(user.sip.clone(), user);
    }

    /// Whether a group lists this principal directly.
    pub fn listed_by_a_group(&self, principal: &str) -> bool {
        self.parents.get(principal).is_some_and(|groups| !groups.is_empty())
    }

    pub fn remove_user(&mut self, sip: &str) {
        self.changed();
        self.users.remove(sip);
    }

    pub fn put_group(&mut self, group: Group) {
        self.remove_group(&group.name);
        self.changed();
        for m in &group.members {
            self.parents.entry(m.clone()).or_default().push(group.name.clone());
        }
        self.groups.insert(group.name.clone(), group);
    }

    pub fn remove_group(&mut self, name: &str) {
        self.changed();
        if let Some(old) = self.groups.remove(name) {
            for m in &old.members {
                if let Some(list) = self.parents.get_mut(m) {
                    list.retain(|g| g != name);
                }
            }
        }
    }

    /// Parses a principal and checks that the directory knows it.
    pub fn known(&self, raw: &str) -> Result<Principal, BadPrincipal> {
        let p = Principal::parse(raw).map_err(|e| BadPrincipal::Malformed(e.to_string()))?;
        let known = match &p {
            Principal::User(sip) => self.users.contains_key(sip),
            Principal::Group(name) => self.groups.contains_key(name),
            Principal::Ou(path) => self.ous.contains(path),
        };
        if known {
            Ok(p)
        } else {
            let hint = match &p {
                Principal::User(_) => "no such user in the directory",
                Principal::Group(_) => "no such group in the directory",
                Principal::Ou(_) => "no user of the directory is in this organisational unit",
            };
            Err(BadPrincipal::NotInDirectory(format!("unknown principal {p}: {hint}")))
        }
    }

    /// Every principal string that covers `p`: itself, its OU and the units above, and every
    /// group that contains any of those, transitively.
    pub fn affiliations(&self, p: &Principal) -> Affiliations {
        let key = p.to_string();
        let mut cache = self.affiliations.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((generation, found)) = cache.get(&key) {
            if *generation == self.generation {
                return found.clone();
            }
        }
        let found = Arc::new(self.resolve_affiliations(p));
        cache.insert(key, (self.generation, found.clone()));
        found
    }

    fn resolve_affiliations(&self, p: &Principal) -> HashSet<String> {
        match p {
            Principal::User(sip) => match self.users.get(sip) {
                Some(user) => self.user_affiliations(user),
                None => self.closure(vec![sip.clone()]),
            },
            Principal::Group(name) => self.closure(vec![format!("group:{name}")]),
            Principal::Ou(path) => self.closure(ou_ancestors(path).map(|a| format!("ou:{a}")).collect()),
        }
    }

    /// Every principal string that covers `user` (as [`Directory::affiliations`]), for a
    /// user this directory need not hold: the groups are this directory's, the OU is the
    /// user's own.
    pub fn user_affiliations(&self, user: &User) -> HashSet<String> {
        let mut frontier = vec![user.sip.clone()];
        if !user.ou.is_empty() {
            frontier.extend(ou_ancestors(&user.ou).map(|a| format!("ou:{a}")));
        }
        self.closure(frontier)
    }

    /// `frontier` and every group that holds any of it, transitively.
    fn closure(&self, mut frontier: Vec<String>) -> HashSet<String> {
        let mut out = HashSet::new();
        while let Some(next) = frontier.pop() {
            if !out.insert(next.clone()) {
                continue;
            }
            if let Some(groups) = self.parents.get(&next) {
                frontier.extend(groups.iter().map(|g| format!("group:{g}")));
            }
        }
        out
    }

    /// A user named by the list, or in an OU the list names (or below one): the common case,
    /// answered without building the user's affiliations.
    fn user_named(&self, sip: &str, list: &PrincipalSet) -> bool {
        list.all.contains(sip)
            || self
                .users
                .get(sip)
                .is_some_and(|u| !u.ou.is_empty() && ou_ancestors(&u.ou).any(|a| list.ous.contains(a)))
    }

    /// True when `p` is inside what `list` names. A group not named (or contained) by the
    /// list is still inside when every one of its members is. `memo` keeps the answers for
    /// this list, so a group's members are checked once however many groups hold them.
    pub fn covered(&self, p: &Principal, list: &PrincipalSet, memo: &mut HashMap<String, bool>, depth: usize) -> bool {
        if list.all.is_empty() || depth > 32 {
            return false;
        }
        if let Principal::User(sip) = p {
            if self.user_named(sip, list) {
                return true;
            }
        }
        let key = p.to_string();
        if let Some(&hit) = memo.get(&key) {
            return hit;
        }
        let inside = self.affiliations(p).iter().any(|a| list.all.contains(a))
            || match p {
                Principal::Group(name) => match self.groups.get(name) {
                    // Members are stored in normal form, so a member already answered is
                    // found by its text, without parsing it again.
                    Some(g) if !g.members.is_empty() => g.members.iter().all(|m| {
                        (m.starts_with("sip:") && self.user_named(m, list))
                            || match memo.get(m.as_str()) {
                                Some(&hit) => hit,
                                None => Principal::parse(m).is_ok_and(|m| self.covered(&m, list, memo, depth + 1)),
                            }
                    }),
                    _ => false,
                },
                _ => false,
            };
        memo.insert(key, inside);
        inside
    }

    /// Whether the user `sip` is affiliated with any entry of `list`.
    pub fn user_in(&self, sip: &str, list: &[String]) -> bool {
        let affiliations = self.affiliations(&Principal::User(sip.to_string()));
        list.iter().any(|p| affiliations.contains(p))
    }

    /// The users in these groups and in the groups nested in them (their SIP URIs).
    pub fn users_behind<'a>(&self, groups: impl Iterator<Item = &'a str>) -> Vec<String> {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut stack: Vec<&str> = groups.collect();
        let mut users = Vec::new();
        while let Some(name) = stack.pop() {
            if !seen.insert(name) {
                continue;
            }
            for m in self.groups.get(name).map(|g| g.members.as_slice()).unwrap_or_default() {
                if let Some(child) = m.strip_prefix("group:") {
                    stack.push(child);
                } else if m.starts_with("sip:") {
                    users.push(m.clone());
                }
            }
        }
        users
    }

    /// The group names reachable from `group` through its members, for cycle checks.
    pub fn reaches_group(&self, from: &str, target: &str) -> bool {
        let mut seen = HashSet::new();
        let mut stack = vec![from.to_string()];
        while let Some(name) = stack.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            if let Some(g) = self.groups.get(&name) {
                for m in &g.members {
                    if let Some(child) = m.strip_prefix("group:") {
                        if child == target {
                            return true;
                        }
                        stack.push(child.to_string());
                    }
                }
            }
        }
        false
    }
}

/// A list of principals in normal form, with its OUs apart (as paths) so that a user's OU
/// chain is looked up without formatting a string per unit.
#[derive(Default)]
pub struct PrincipalSet {
    all: HashSet<String>,
    ous: HashSet<String>,
}

impl PrincipalSet {
    /// Whether any of `affiliations` (a user's, say) is in the set.
    pub fn touches(&self, affiliations: &HashSet<String>) -> bool {
        if self.all.len() < affiliations.len() {
            self.all.iter().any(|p| affiliations.contains(p))
        } else {
            affiliations.iter().any(|p| self.all.contains(p))
        }
    }

    pub fn of(list: &[String]) -> PrincipalSet {
        let mut set = PrincipalSet::default();
        for p in list.iter().filter_map(|p| Principal::parse(p).ok()) {
            if let Principal::Ou(path) = &p {
                set.ous.insert(path.clone());
            }
            set.all.insert(p.to_string());
        }
        set
    }
}

/// The scopes of a changeset's categories, shared by what they are made of: categories
/// with the same allowed and denied lists (every category of a division, say) share one
/// scope and its answers, so a group of 16,000 people is resolved once for all of them.
/// A scope holds while the directory stays as it is ([`Scopes::clear`]).
#[derive(Default)]
pub struct Scopes {
    of_category: HashMap<usize, usize>,
    by_lists: HashMap<(Vec<String>, Vec<String>), usize>,
    scopes: Vec<Scope>,
}

impl Scopes {
    /// The scope of the category at `index` (`category` is that category as it is now).
    pub fn of(&mut self, index: usize, category: &Category) -> &mut Scope {
        let at = match self.of_category.get(&index) {
            Some(&at) => at,
            None => {
                let lists = (category.allowed_members.clone(), category.denied_members.clone());
                let at = match self.by_lists.get(&lists) {
                    Some(&at) => at,
                    None => {
                        self.scopes.push(Scope::of(category));
                        self.by_lists.insert(lists, self.scopes.len() - 1);
                        self.scopes.len() - 1
                    }
                };
                self.of_category.insert(index, at);
                at
            }
        };
        &mut self.scopes[at]
    }

    /// The category at `index` changed: its scope is looked up again.
    pub fn forget(&mut self, index: usize) {
        self.of_category.remove(&index);
    }

    /// The directory changed: no scope's answers hold.
    pub fn clear(&mut self) {
        if !self.scopes.is_empty() {
            *self = Scopes::default();
        }
    }
}

/// A category's scope (allowed minus denied), ready for many checks: each principal's
/// answer is cached.
pub struct Scope {
    allowed: PrincipalSet,
    denied: PrincipalSet,
    cache: HashMap<String, bool>,
    /// Whether a principal is covered by the allowed (denied) list, members of groups too.
    by_allowed: HashMap<String, bool>,
    by_denied: HashMap<String, bool>,
}

impl Scope {
    pub fn of(category: &Category) -> Scope {
        Scope {
            allowed: PrincipalSet::of(&category.allowed_members),
            denied: PrincipalSet::of(&category.denied_members),
            cache: HashMap::new(),
            by_allowed: HashMap::new(),
            by_denied: HashMap::new(),
        }
    }

    /// As [`Scope::contains`], for a principal in normal form (as room lists hold them):
    /// a user is looked up by its text, without parsing it again.
    pub fn contains_normal(&mut self, dir: &Directory, p: &str) -> bool {
        if p.starts_with("sip:") && self.denied.all.is_empty() && dir.user_named(p, &self.allowed) {
            return true;
        }
        Principal::parse(p).is_ok_and(|pr| self.contains(dir, &pr))
    }

    pub fn contains(&mut self, dir: &Directory, p: &Principal) -> bool {
        // Most entries are users named by the allowed list or in its OUs: no cache needed.
        if let Principal::User(sip) = p {
            if self.denied.all.is_empty() && dir.user_named(sip, &self.allowed) {
                return true;
            }
        }
        let key = p.to_string();
        if let Some(&hit) = self.cache.get(&key) {
            return hit;
        }
        let inside = dir.covered(p, &self.allowed, &mut self.by_allowed, 0)
            && !dir.covered(p, &self.denied, &mut self.by_denied, 0);
        self.cache.insert(key, inside);
        inside
    }
}

pub fn describe_scope(category: &Category) -> String {
    let list = |l: &Vec<String>| if l.is_empty() { "none".to_string() } else { l.join(", ") };
    format!("allowed: {}; denied: {}", list(&category.allowed_members), list(&category.denied_members))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Meta;

    fn user(sip: &str, ou: &str) -> User {
        User {
            sip: sip.into(),
            display_name: sip.into(),
            ou: ou.into(),
            site: "s".into(),
            enabled: true,
            policy: None,
            meta: Meta::default(),
        }
    }
    fn group(name: &str, members: &[&str]) -> Group {
        Group {
            name: name.into(),
            description: String::new(),
            members: members.iter().map(|s| s.to_string()).collect(),
            meta: Meta::default(),
        }
    }
    fn category(allowed: &[&str], denied: &[&str]) -> Category {
        Category {
            name: "c".into(),
            pool: "default".into(),
            description: String::new(),
            allowed_members: allowed.iter().map(|s| s.to_string()).collect(),
            denied_members: denied.iter().map(|s| s.to_string()).collect(),
            creators: vec![],
            invitations: false,
            file_upload: false,
            chat_history: true,
            meta: Meta::default(),
        }
    }

    #[test]
    fn categories_with_the_same_lists_share_a_scope_until_one_changes() {
        let dir =
            Directory::new(vec![user("sip:a@x", "contoso/eng"), user("sip:b@x", "contoso/sales")], vec![], vec![]);
        let (eng, also_eng) = (category(&["ou:contoso/eng"], &[]), category(&["ou:contoso/eng"], &[]));
        let mut scopes = Scopes::default();
        let first: *const Scope = scopes.of(0, &eng);
        assert!(std::ptr::eq(first, scopes.of(1, &also_eng)), "equal lists, one scope");
        assert!(scopes.of(1, &also_eng).contains_normal(&dir, "sip:a@x"));
        // Category 0 now takes sales: after `forget`, its lists are looked up again.
        let sales = category(&["ou:contoso/sales"], &[]);
        scopes.forget(0);
        assert!(!std::ptr::eq(first, scopes.of(0, &sales)), "other lists, another scope");
        assert!(scopes.of(0, &sales).contains_normal(&dir, "sip:b@x"));
        assert!(!scopes.of(0, &sales).contains_normal(&dir, "sip:a@x"));
        assert!(scopes.of(1, &also_eng).contains_normal(&dir, "sip:a@x"), "the other category keeps its scope");
    }

    #[test]
    fn ous_groups_and_denials() {
        let dir = Directory::new(
            vec![user("sip:a@x", "contoso/eng/web"), user("sip:b@x", "contoso/sales"), user("sip:c@x", "contoso/eng")],
            vec![group("leads", &["sip:a@x", "sip:c@x"]), group("all", &["group:leads", "ou:contoso/sales"])],
            vec![],
        );
        let p = |s: &str| Principal::parse(s).unwrap();
        let mut eng = Scope::of(&category(&["ou:contoso/eng"], &["sip:c@x"]));
        assert!(eng.contains(&dir, &p("sip:a@x")));
        assert!(!eng.contains(&dir, &p("sip:b@x")));
        assert!(!eng.contains(&dir, &p("sip:c@x")), "denied wins over allowed");
        assert!(eng.contains(&dir, &p("ou:contoso/eng/web")));
        assert!(!eng.contains(&dir, &p("ou:contoso")));
        assert!(eng.contains(&dir, &p("group:leads")), "every member of leads is in eng");
        assert!(!eng.contains(&dir, &p("group:all")), "all holds sales");
        let mut via_group = Scope::of(&category(&["group:all"], &[]));
        assert!(via_group.contains(&dir, &p("sip:b@x")), "sales OU is inside group all");
        assert!(via_group.contains(&dir, &p("sip:a@x")), "nested through leads");
        assert!(dir.reaches_group("all", "leads"));
        assert!(!dir.reaches_group("leads", "all"));
    }
}
