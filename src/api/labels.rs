//! Labels: free-form string pairs on every object; `pchat.io/managed-by` marks what a plan
//! owns.
//!
//! An object carries none or a few, and a pool holds hundreds of thousands of objects, so
//! they are kept as one sorted vector rather than a tree: one allocation for the pairs
//! instead of a 500-byte tree node per object (a plan of the sizing model held about
//! 250 MB of label trees on each side of the wire). On the wire they are a JSON object,
//! sorted by key, as before.

use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Label pairs sorted by key, each key once.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Labels(Vec<(String, String)>);

impl Labels {
    pub const fn new() -> Labels {
        Labels(Vec::new())
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&String> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets `key`, answering the value it replaces.
    pub fn insert(&mut self, key: String, value: String) -> Option<String> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                // Objects carry a label or two: room for exactly those, not the four a
                // vector's first push makes.
                self.0.reserve_exact(1);
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    /// Sets `key` unless it is set already.
    pub fn insert_if_absent(&mut self, key: &str, value: impl FnOnce() -> String) {
        if let Err(i) = self.find(key) {
            self.0.reserve_exact(1);
            self.0.insert(i, (key.to_string(), value()));
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<String> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&str, &str) -> bool) {
        self.0.retain(|(k, v)| keep(k, v));
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The pairs in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }
}

impl fmt::Debug for Labels {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl FromIterator<(String, String)> for Labels {
    /// A later pair for the same key wins, as it does in a JSON object.
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Labels {
        let mut labels = Labels::new();
        labels.extend(pairs);
        labels
    }
}

impl Extend<(String, String)> for Labels {
    fn extend<I: IntoIterator<Item = (String, String)>>(&mut self, pairs: I) {
        for (k, v) in pairs {
            self.insert(k, v);
        }
    }
}

impl<const N: usize> From<[(String, String); N]> for Labels {
    fn from(pairs: [(String, String); N]) -> Labels {
        pairs.into_iter().collect()
    }
}

impl IntoIterator for Labels {
    type Item = (String, String);
    type IntoIter = std::vec::IntoIter<(String, String)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Labels {
    type Item = (&'a String, &'a String);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (String, String)>, fn(&'a (String, String)) -> Self::Item>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl Serialize for Labels {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Labels {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Labels, D::Error> {
        struct Pairs;
        impl<'de> Visitor<'de> for Pairs {
            type Value = Labels;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of label names to strings")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Labels, A::Error> {
                let mut labels = Labels(Vec::with_capacity(map.size_hint().unwrap_or(0).min(64)));
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    labels.insert(k, v);
                }
                Ok(labels)
            }
        }
        deserializer.deserialize_map(Pairs)
    }
}

/// On the wire labels are a JSON object of strings, whatever the vector inside.
impl schemars::JsonSchema for Labels {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Labels".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "object",
            "description": "Free-form label pairs, sorted by key; keys under `pchat.io/` are set by administrators only.",
            "additionalProperties": { "type": "string" }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Labels;

    #[test]
    fn pairs_stay_sorted_and_unique() {
        let mut labels: Labels = [("b", "1"), ("a", "2"), ("b", "3")].map(|(k, v)| (k.into(), v.into())).into();
        assert_eq!(labels.keys().map(String::as_str).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(labels.get("b").map(String::as_str), Some("3"), "a later pair wins");
        assert_eq!(serde_json::to_string(&labels).unwrap(), r#"{"a":"2","b":"3"}"#);
        labels.insert_if_absent("a", || "x".into());
        labels.insert_if_absent("c", || "4".into());
        assert_eq!(labels.remove("b").as_deref(), Some("3"));
        assert_eq!(serde_json::to_string(&labels).unwrap(), r#"{"a":"2","c":"4"}"#);
        let back: Labels = serde_json::from_str(r#"{"z":"1","c":"4","a":"2"}"#).unwrap();
        assert_eq!(back.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["a", "c", "z"]);
        assert!(serde_json::from_str::<Labels>(r#"{"a":1}"#).is_err(), "values are strings");
        assert!(serde_json::from_str::<Labels>(r#"["a"]"#).is_err(), "labels are an object");
    }
}
