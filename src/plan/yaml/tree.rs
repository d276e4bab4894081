//! A document as the fast reader reads it: its collections as vectors over keys borrowed
//! from the text, its scalars already resolved. A valid document is typed straight from
//! it, so a large plan's documents never become `serde_json::Value`s (a `String` for every
//! key and a tree node for every mapping, copied again into the typed document, then
//! dropped); a document that does not type is turned into a value, and checked there.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde_json::{Map, Value};

/// A node of a document read by the fast reader.
#[derive(Debug, PartialEq)]
pub enum Node<'a> {
    /// A scalar, an empty mapping or a one-line flow sequence, as its value.
    Leaf(Value),
    Seq(Vec<Node<'a>>),
    /// Entries in the order written; the reader has refused repeated keys.
    Map(Vec<(&'a str, Node<'a>)>),
}

impl Node<'_> {
    /// The node as a value, as the general parser gives it.
    pub fn into_value(self) -> Value {
        match self {
            Node::Leaf(value) => value,
            Node::Seq(items) => Value::Array(items.into_iter().map(Node::into_value).collect()),
            Node::Map(entries) => {
                Value::Object(entries.into_iter().map(|(k, v)| (k.to_string(), v.into_value())).collect::<Map<_, _>>())
            }
        }
    }

    /// The entry under `key`, if the node is a mapping that has one.
    pub fn get(&self, key: &str) -> Option<&Node<'_>> {
        match self {
            Node::Map(entries) => entries.iter().find(|(k, _)| *k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string scalar.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::Leaf(Value::String(s)) => Some(s),
            _ => None,
        }
    }
}

/// Scalar hints: a leaf answers as its value does; a collection is refused (a value's array
/// takes `bytes`, which no plan field is).
macro_rules! leaf_or_refuse {
    ($($method:ident),*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
                match self {
                    Node::Leaf(value) => value.$method(visitor),
                    _ => Err(de::Error::invalid_type(Unexpected::Other("a collection"), &visitor)),
                }
            }
        )*
    };
}

/// A node types exactly as its value would: a leaf is its value, and a collection gives
/// what a value's array or object gives wherever that succeeds. Where a value would refuse,
/// so does the node (with a message of its own: the caller reads the value to say why).
impl<'de> Deserializer<'de> for Node<'de> {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Node::Leaf(value) => value.deserialize_any(visitor),
            Node::Seq(items) => visit_seq(items, visitor),
            Node::Map(entries) => visit_map(entries, visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Node::Leaf(value) => value.deserialize_option(visitor),
            collection => visitor.visit_some(collection),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self {
            Node::Leaf(value) => value.deserialize_newtype_struct(name, visitor),
            collection => visitor.visit_newtype_struct(collection),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Node::Leaf(value) => value.deserialize_seq(visitor),
            Node::Seq(items) => visit_seq(items, visitor),
            Node::Map(_) => Err(de::Error::invalid_type(Unexpected::Map, &visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Node::Leaf(value) => value.deserialize_tuple(len, visitor),
            other => other.deserialize_seq(visitor),
        }
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self {
            Node::Leaf(value) => value.deserialize_tuple_struct(name, len, visitor),
            other => other.deserialize_seq(visitor),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Node::Leaf(value) => value.deserialize_map(visitor),
            Node::Map(entries) => visit_map(entries, visitor),
            Node::Seq(_) => Err(de::Error::invalid_type(Unexpected::Seq, &visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self {
            Node::Leaf(value) => value.deserialize_struct(name, fields, visitor),
            Node::Seq(items) => visit_seq(items, visitor),
            Node::Map(entries) => visit_map(entries, visitor),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self {
            Node::Leaf(value) => value.deserialize_enum(name, variants, visitor),
            // An enum written as a mapping is rare in a plan: its value says what it is.
            collection => collection.into_value().deserialize_enum(name, variants, visitor),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_unit()
    }

    leaf_or_refuse! {
        deserialize_bool, deserialize_i8, deserialize_i16, deserialize_i32, deserialize_i64, deserialize_i128,
        deserialize_u8, deserialize_u16, deserialize_u32, deserialize_u64, deserialize_u128, deserialize_f32,
        deserialize_f64, deserialize_char, deserialize_str, deserialize_string, deserialize_bytes,
        deserialize_byte_buf, deserialize_unit, deserialize_identifier
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Node::Leaf(value) => value.deserialize_unit_struct(name, visitor),
            _ => Err(de::Error::invalid_type(Unexpected::Other("a collection"), &visitor)),
        }
    }
}

fn visit_seq<'de, V: Visitor<'de>>(items: Vec<Node<'de>>, visitor: V) -> Result<V::Value, serde_json::Error> {
    let len = items.len();
    let mut access = Items { items: items.into_iter() };
    let value = visitor.visit_seq(&mut access)?;
    if access.items.len() == 0 {
        Ok(value)
    } else {
        Err(de::Error::invalid_length(len, &"fewer elements in sequence"))
    }
}

fn visit_map<'de, V: Visitor<'de>>(
    entries: Vec<(&'de str, Node<'de>)>,
    visitor: V,
) -> Result<V::Value, serde_json::Error> {
    let len = entries.len();
    let mut access = Entries { entries: entries.into_iter(), value: None };
    let value = visitor.visit_map(&mut access)?;
    if access.entries.len() == 0 {
        Ok(value)
    } else {
        Err(de::Error::invalid_length(len, &"fewer elements in map"))
    }
}

struct Items<'de> {
    items: std::vec::IntoIter<Node<'de>>,
}

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = serde_json::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Self::Error> {
        self.items.next().map(|node| seed.deserialize(node)).transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Entries<'de> {
    entries: std::vec::IntoIter<(&'de str, Node<'de>)>,
    value: Option<Node<'de>>,
}

impl<'de> MapAccess<'de> for Entries<'de> {
    type Error = serde_json::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Self::Error> {
        let Some((key, value)) = self.entries.next() else { return Ok(None) };
        self.value = Some(value);
        // Borrowed: a struct's field names need no copies. A key that must be read as
        // something else than a string (a number) is refused, and the value reads it.
        seed.deserialize(de::value::BorrowedStrDeserializer::new(key)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Self::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(value),
            None => Err(de::Error::custom("value is missing")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}
