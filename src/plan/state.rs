//! The server's state a plan is diffed against: which lists the documents need (guessed
//! from the files' text before they are parsed), and reading them, in parallel.

use std::collections::{HashMap, HashSet};

use anyhow::Context;
use serde::Serialize;

use super::diff::{FastMap, ServerState};
use super::load::Sourced;
use crate::api::*;
use crate::client::{path, Client, ClientError, NO_QUERY};

/// Which of the server's lists a plan's documents are diffed against.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListsToFetch {
    users: bool,
    groups: bool,
    categories: bool,
    rooms: bool,
    addins: bool,
    policies: bool,
    configs: bool,
    topology: bool,
}

impl ListsToFetch {
    /// What the kinds present need (a prune needs everything, to find what the files dropped).
    pub fn of_kinds(has: impl Fn(&str) -> bool, prune: bool) -> ListsToFetch {
        let has = |kind: &str| prune || has(kind);
        ListsToFetch {
            users: has("User") || has("PolicyGrant"),
            groups: has("Group"),
            categories: has("Category") || has("Room"),
            rooms: has("Room"),
            addins: has("Addin"),
            policies: has("Policy"),
            configs: has("ChatConfig"),
            topology: has("Topology"),
        }
    }

    /// Exactly what these documents need.
    pub fn of_docs(docs: &[Sourced], prune: bool) -> ListsToFetch {
        let kinds: HashSet<&str> = docs.iter().map(|d| d.doc.kind()).collect();
        ListsToFetch::of_kinds(|k| kinds.contains(k), prune)
    }

    /// A guess, before the texts are parsed, of what their documents need: the kinds named
    /// after `kind:` (or a quoted `"kind":`), in one pass over each text. What a guess
    /// misses (a kind written some other way) is fetched once the documents are read.
    pub fn of_texts(texts: &[&str], prune: bool) -> ListsToFetch {
        ListsToFetch::guess(texts, prune).0
    }

    /// [`Self::of_texts`], and how many documents the texts hold by the same count.
    pub fn guess(texts: &[&str], prune: bool) -> (ListsToFetch, Expected) {
        let mut kinds: HashMap<&str, usize> = HashMap::new();
        for text in texts {
            for (at, _) in text.match_indices("kind") {
                let after = text[at + 4..].strip_prefix(['"', '\'']).unwrap_or(&text[at + 4..]);
                let Some(value) = after.strip_prefix(':') else { continue };
                let value = value.trim_start_matches([' ', '"', '\'']);
                let end = value.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(value.len());
                *kinds.entry(&value[..end]).or_default() += 1;
            }
        }
        let expected =
            Expected { documents: kinds.values().sum(), users: kinds.get("User").copied().unwrap_or_default() };
        (ListsToFetch::of_kinds(|k| kinds.contains_key(k), prune), expected)
    }

    /// What `self` needs that `fetched` did not bring.
    pub fn beyond(self, fetched: ListsToFetch) -> ListsToFetch {
        ListsToFetch {
            users: self.users && !fetched.users,
            groups: self.groups && !fetched.groups,
            categories: self.categories && !fetched.categories,
            rooms: self.rooms && !fetched.rooms,
            addins: self.addins && !fetched.addins,
            policies: self.policies && !fetched.policies,
            configs: self.configs && !fetched.configs,
            topology: self.topology && !fetched.topology,
        }
    }
}

/// How many documents a plan's texts hold, and how many of them describe users, as counted
/// from their `kind:` lines before they are parsed: room is made once for what they will
/// fill (a map of 150,000 users that doubles as they arrive copies them all again, into
/// fresh memory). A count only sizes; [`Vec::try_reserve`] lets an absurd one go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Expected {
    pub documents: usize,
    pub users: usize,
}

/// Reads the lists a plan needs from the server, once, in parallel; `expected` sizes them.
pub async fn fetch_state(client: &Client, needs: ListsToFetch, expected: Expected) -> anyhow::Result<ServerState> {
    let all = ListQuery { limit: Some(MAX_PAGE_SIZE), ..Default::default() };
    let all_rooms = RoomQuery { limit: Some(MAX_PAGE_SIZE), ..Default::default() };
    async fn list<T: serde::de::DeserializeOwned>(
        client: &Client,
        needed: bool,
        noun: &[&str],
        query: &(impl Serialize + ?Sized),
    ) -> Result<Vec<T>, ClientError> {
        if needed {
            client.list_all(&path(noun), query).await
        } else {
            Ok(Vec::new())
        }
    }
    // Users are the longest list: each page goes straight into the map.
    let users = async {
        let mut users = FastMap::default();
        // Most of a plan's users are on the server already.
        let _ = users.try_reserve(expected.users);
        if needs.users {
            client
                .list_each(&path(&["directory", "users"]), &all, |u: User| drop(users.insert(u.sip.clone(), u)))
                .await?;
        }
        Ok::<_, ClientError>(users)
    };
    let topology = async {
        if !needs.topology {
            return Ok(None);
        }
        match client.get::<crate::api::topology::PublishedTopology>(&path(&["topology"]), NO_QUERY).await {
            Ok(t) => Ok(Some(t)),
            Err(e) if e.code() == Some(ErrorCode::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    };
    let (users, groups, categories, rooms, addins, policies, configs, topology) = tokio::join!(
        users,
        list::<Group>(client, needs.groups, &["directory", "groups"], &all),
        list::<Category>(client, needs.categories, &["categories"], &all),
        list::<Room>(client, needs.rooms, &["rooms"], &all_rooms),
        list::<Addin>(client, needs.addins, &["addins"], &all),
        list::<Policy>(client, needs.policies, &["policies"], &all),
        list::<ChatConfigScope>(client, needs.configs, &["config"], NO_QUERY),
        topology,
    );
    Ok(ServerState {
        users: users.context("reading users")?,
        groups: groups.context("reading groups")?.into_iter().map(|g| (g.name.clone(), g)).collect(),
        categories: categories.context("reading categories")?,
        rooms: rooms.context("reading rooms")?,
        addins: addins.context("reading add-ins")?,
        policies: policies.context("reading policies")?,
        configs: configs.context("reading chat configuration")?,
        topology: topology.context("reading the published topology")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_a_plan_needs_are_guessed_from_its_kinds() {
        let guessed = ListsToFetch::of_texts(&["kind: Room\n---\n\"kind\": 'Addin'\n", "{kind: PolicyGrant}"], false);
        assert!(guessed.rooms && guessed.categories && guessed.addins && guessed.users);
        assert!(!guessed.groups && !guessed.policies && !guessed.configs);
        // A kind the guess could not see is what the documents need beyond it.
        let written_oddly = ListsToFetch::of_texts(&["kind: >-\n  Group\n"], false);
        let needed = ListsToFetch::of_kinds(|k| k == "Group", false);
        assert!(needed.beyond(written_oddly).groups);
        assert_eq!(
            ListsToFetch::of_texts(&[""], true),
            ListsToFetch::of_kinds(|_| true, false),
            "a prune needs everything"
        );
    }
}
