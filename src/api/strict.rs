//! Request bodies are read strictly: every body and every object inside it is a JSON
//! object, and a field the type does not know is an error.
//!
//! serde's derives accept a struct written as an array of its fields in order, so
//! `["name", "category", "description"]` once renamed a room by position; and
//! `#[serde(flatten)]` drops unknown fields even under `deny_unknown_fields`, so a
//! `dryRun` typo applied a changeset for real. Request types therefore derive with
//! `#[serde(remote = "Self")]` (the derive then makes inherent functions, not the trait)
//! and [`objects_only!`] implements the traits, reading only maps; `Operation`, whose kind
//! picks the type of its spec, is read by hand below.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::objects::*;

/// A type whose derived deserializer is reachable without the trait (`remote = "Self"`).
pub trait DeriveDeserialize<'de>: Sized {
    const NAME: &'static str;
    fn derived<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

/// Reads a `T` from a map only; an array (or anything else) is "invalid type".
pub struct ObjectOnly<T>(PhantomData<T>);

impl<'de, T: DeriveDeserialize<'de>> Visitor<'de> for ObjectOnly<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a JSON object ({})", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::derived(de::value::MapAccessDeserializer::new(map))
    }
}

pub fn object_only<'de, T: DeriveDeserialize<'de>, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectOnly(PhantomData))
}

/// Implements `Serialize` and `Deserialize` for types derived with `remote = "Self"`, the
/// latter reading JSON objects only.
macro_rules! objects_only {
    ($($t:ident),+ $(,)?) => {$(
        impl<'de> $crate::api::strict::DeriveDeserialize<'de> for $t {
            const NAME: &'static str = stringify!($t);
            fn derived<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $t::deserialize(deserializer)
            }
        }
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::api::strict::object_only(deserializer)
            }
        }
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $t::serialize(self, serializer)
            }
        }
    )+};
}
pub(crate) use objects_only;

// ---------------------------------------------------------------------------------------
// Operations: `{op, name, pool?, revision?, kind, spec}`, the spec typed by the kind.

const OPERATION_FIELDS: &[&str] = &["op", "name", "pool", "revision", "kind", "spec"];

#[derive(Clone, Copy)]
enum OperationField {
    Op,
    Name,
    Pool,
    Revision,
    Kind,
    Spec,
}

struct OperationKey;

impl<'de> DeserializeSeed<'de> for OperationKey {
    type Value = OperationField;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<OperationField, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for OperationKey {
    type Value = OperationField;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an operation field")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<OperationField, E> {
        Ok(match key {
            "op" => OperationField::Op,
            "name" => OperationField::Name,
            "pool" => OperationField::Pool,
            "revision" => OperationField::Revision,
            "kind" => OperationField::Kind,
            "spec" => OperationField::Spec,
            other => return Err(E::unknown_field(other, OPERATION_FIELDS)),
        })
    }
}

/// The kinds of object an operation may name, as `kind` spells them.
#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    User,
    Group,
    Category,
    Room,
    Addin,
    Policy,
    ChatConfig,
    PolicyGrant,
    Topology,
}

/// Reads a spec of the given kind. (`<T as Deserialize>` on purpose: `T::deserialize` is
/// the derive's inherent function, which would accept arrays again.)
struct SpecOf(Kind);

impl<'de> DeserializeSeed<'de> for SpecOf {
    type Value = ObjectSpec;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<ObjectSpec, D::Error> {
        Ok(match self.0 {
            Kind::User => ObjectSpec::User(<UserSpec as Deserialize>::deserialize(d)?),
            Kind::Group => ObjectSpec::Group(<GroupSpec as Deserialize>::deserialize(d)?),
            Kind::Category => ObjectSpec::Category(<CategorySpec as Deserialize>::deserialize(d)?),
            Kind::Room => ObjectSpec::Room(<RoomSpec as Deserialize>::deserialize(d)?),
            Kind::Addin => ObjectSpec::Addin(<AddinSpec as Deserialize>::deserialize(d)?),
            Kind::Policy => ObjectSpec::Policy(<PolicySpec as Deserialize>::deserialize(d)?),
            Kind::ChatConfig => ObjectSpec::ChatConfig(<ChatConfigSettings as Deserialize>::deserialize(d)?),
            Kind::PolicyGrant => ObjectSpec::PolicyGrant(<PolicyGrantSpec as Deserialize>::deserialize(d)?),
            Kind::Topology => {
                ObjectSpec::Topology(<crate::api::topology::TopologySpec as Deserialize>::deserialize(d)?)
            }
        })
    }
}

impl SpecOf {
    /// A delete needs no spec: a missing one is the empty spec of its kind.
    fn empty(self) -> ObjectSpec {
        match self.0 {
            Kind::User => ObjectSpec::User(Default::default()),
            Kind::Group => ObjectSpec::Group(Default::default()),
            Kind::Category => ObjectSpec::Category(Default::default()),
            Kind::Room => ObjectSpec::Room(Default::default()),
            Kind::Addin => ObjectSpec::Addin(Default::default()),
            Kind::Policy => ObjectSpec::Policy(Default::default()),
            Kind::ChatConfig => ObjectSpec::ChatConfig(Default::default()),
            Kind::PolicyGrant => ObjectSpec::PolicyGrant(Default::default()),
            Kind::Topology => ObjectSpec::Topology(Default::default()),
        }
    }
}

struct OperationVisitor;

impl<'de> Visitor<'de> for OperationVisitor {
    type Value = Operation;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object (an operation: op, name, kind, spec)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Operation, A::Error> {
        let (mut op, mut name, mut pool, mut revision, mut kind) = (None, None, None, None, None);
        let mut spec: Option<ObjectSpec> = None;
        // A spec that comes before its kind waits as a value until the kind is known.
        let mut early_spec: Option<serde_json::Value> = None;
        fn once<T, E: de::Error>(slot: &mut Option<T>, field: &'static str, value: T) -> Result<(), E> {
            if slot.replace(value).is_some() {
                return Err(E::duplicate_field(field));
            }
            Ok(())
        }
        while let Some(key) = map.next_key_seed(OperationKey)? {
            match key {
                OperationField::Op => once(&mut op, "op", map.next_value::<OpAction>()?)?,
                OperationField::Name => once(&mut name, "name", map.next_value::<String>()?)?,
                OperationField::Pool => once(&mut pool, "pool", map.next_value::<Option<String>>()?)?,
                OperationField::Revision => once(&mut revision, "revision", map.next_value::<Option<i64>>()?)?,
                OperationField::Kind => once(&mut kind, "kind", map.next_value::<Kind>()?)?,
                OperationField::Spec => {
                    if spec.is_some() || early_spec.is_some() {
                        return Err(de::Error::duplicate_field("spec"));
                    }
                    match kind {
                        Some(k) => spec = Some(map.next_value_seed(SpecOf(k))?),
                        None => early_spec = Some(map.next_value()?),
                    }
                }
            }
        }
        let kind = kind.ok_or_else(|| de::Error::missing_field("kind"))?;
        let object = match (spec, early_spec) {
            (Some(spec), _) => spec,
            (None, Some(value)) => SpecOf(kind).deserialize(value).map_err(de::Error::custom)?,
            (None, None) => SpecOf(kind).empty(),
        };
        Ok(Operation {
            op: op.ok_or_else(|| de::Error::missing_field("op"))?,
            name: name.ok_or_else(|| de::Error::missing_field("name"))?,
            pool: pool.flatten(),
            revision: revision.flatten(),
            object,
        })
    }
}

impl<'de> Deserialize<'de> for Operation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Operation, D::Error> {
        deserializer.deserialize_map(OperationVisitor)
    }
}

// ---------------------------------------------------------------------------------------
// Create bodies: the object's key fields beside its spec (`{"name": "x", "category": ...}`).

/// A create body: `name` (or `sip`, `identity`), an optional `pool`, and the spec's fields.
#[derive(Debug, Clone, PartialEq)]
pub struct NewObject<S> {
    pub name: String,
    pub pool: Option<String>,
    pub spec: S,
}

/// Which key names the object, and whether a `pool` stands beside the spec.
pub trait CreateBody {
    const KEY: &'static str;
    const POOL_BESIDE_SPEC: bool = false;
}

impl CreateBody for RoomSpec {
    const KEY: &'static str = "name";
    const POOL_BESIDE_SPEC: bool = true;
}
impl CreateBody for CategorySpec {
    const KEY: &'static str = "name";
}
impl CreateBody for AddinSpec {
    const KEY: &'static str = "name";
}
impl CreateBody for GroupSpec {
    const KEY: &'static str = "name";
}
impl CreateBody for UserSpec {
    const KEY: &'static str = "sip";
}
impl CreateBody for PolicySpec {
    const KEY: &'static str = "identity";
}

impl<'de, S: CreateBody + serde::de::DeserializeOwned> Deserialize<'de> for NewObject<S> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<NewObject<S>, D::Error> {
        // Create bodies are small, so the fields go through a map first.
        let mut map = serde_json::Map::<String, serde_json::Value>::deserialize(deserializer)?;
        let name = match map.remove(S::KEY) {
            Some(serde_json::Value::String(s)) => s,
            Some(other) => {
                return Err(de::Error::invalid_type(unexpected(&other), &"a string"));
            }
            None => return Err(de::Error::missing_field(S::KEY)),
        };
        let pool = if S::POOL_BESIDE_SPEC {
            match map.remove("pool") {
                None | Some(serde_json::Value::Null) => None,
                Some(serde_json::Value::String(s)) => Some(s),
                Some(other) => return Err(de::Error::invalid_type(unexpected(&other), &"a string")),
            }
        } else {
            None
        };
        let spec = S::deserialize(serde_json::Value::Object(map)).map_err(de::Error::custom)?;
        Ok(NewObject { name, pool, spec })
    }
}

impl<S: CreateBody + serde::Serialize> serde::Serialize for NewObject<S> {
    fn serialize<Ser: serde::Serializer>(&self, serializer: Ser) -> Result<Ser::Ok, Ser::Error> {
        use serde::ser::Error;
        let mut map = match serde_json::to_value(&self.spec).map_err(Ser::Error::custom)? {
            serde_json::Value::Object(map) => map,
            _ => return Err(Ser::Error::custom("a spec is a JSON object")),
        };
        map.insert(S::KEY.to_string(), self.name.clone().into());
        if let (true, Some(pool)) = (S::POOL_BESIDE_SPEC, &self.pool) {
            map.insert("pool".to_string(), pool.clone().into());
        }
        map.serialize(serializer)
    }
}

/// A create body's schema: the spec's fields, and beside them the key that names the object
/// (required) and, for rooms, the pool.
impl<S: CreateBody + schemars::JsonSchema> schemars::JsonSchema for NewObject<S> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("New{}", S::schema_name().trim_end_matches("Spec")).into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = S::json_schema(generator);
        let key_doc = match S::KEY {
            "sip" => "The user's SIP URI (`sip:name@domain`).",
            "identity" => "The policy's identity: `site:NAME` or `tag:NAME`.",
            _ => "The object's name.",
        };
        let object = schema.ensure_object();
        let properties = object.entry("properties").or_insert_with(|| serde_json::json!({}));
        if let Some(properties) = properties.as_object_mut() {
            properties.insert(S::KEY.to_string(), serde_json::json!({ "type": "string", "description": key_doc }));
            if S::POOL_BESIDE_SPEC {
                properties.insert(
                    "pool".to_string(),
                    serde_json::json!({ "type": ["string", "null"], "description": "The room's pool." }),
                );
            }
        }
        let required = object.entry("required").or_insert_with(|| serde_json::json!([]));
        if let Some(required) = required.as_array_mut() {
            required.insert(0, S::KEY.into());
        }
        schema
    }
}

fn unexpected(value: &serde_json::Value) -> de::Unexpected<'_> {
    match value {
        serde_json::Value::Null => de::Unexpected::Unit,
        serde_json::Value::Bool(b) => de::Unexpected::Bool(*b),
        serde_json::Value::Number(_) => de::Unexpected::Other("a number"),
        serde_json::Value::String(s) => de::Unexpected::Str(s),
        serde_json::Value::Array(_) => de::Unexpected::Seq,
        serde_json::Value::Object(_) => de::Unexpected::Map,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn an_array_is_not_an_object() {
        let err = parse::<RoomSpec>(r#"["name", "category", "description"]"#).unwrap_err();
        assert!(err.contains("invalid type: sequence"), "{err}");
        let err =
            parse::<ChangesetRequest>(r#"{"operations": [["create", "x", null, null, "room", {}]]}"#).unwrap_err();
        assert!(err.contains("invalid type: sequence"), "{err}");
        let err = parse::<ChangesetRequest>(
            r#"{"operations": [{"op": "update", "name": "x", "kind": "room", "spec": ["y"]}]}"#,
        )
        .unwrap_err();
        assert!(err.contains("invalid type: sequence"), "{err}");
        let err = parse::<RoomSpec>(r#"{"add": [["member", "sip:a@b"]]}"#).unwrap_err();
        assert!(err.contains("invalid type: sequence"), "{err}");
    }

    #[test]
    fn unknown_fields_are_refused_at_every_level() {
        let err = parse::<ChangesetRequest>(r#"{"dryRun": true, "operations": []}"#).unwrap_err();
        assert!(err.contains("unknown field `dryRun`"), "{err}");
        for extra in [r#""id": 3"#, r#""revision_": 1"#, r#""created_at": "x""#, r#""made_up": 1"#] {
            let json = format!(
                r#"{{"operations": [{{"op": "create", "name": "x", "kind": "room", {extra}, "spec": {{}}}}]}}"#
            );
            assert!(parse::<ChangesetRequest>(&json).unwrap_err().contains("unknown field"), "{json}");
        }
        let err = parse::<ChangesetRequest>(
            r#"{"operations": [{"op": "create", "name": "x", "kind": "room", "spec": {"membres": []}}]}"#,
        )
        .unwrap_err();
        assert!(err.contains("unknown field `membres`"), "{err}");
        // The spec before its kind is read the same way.
        let err = parse::<ChangesetRequest>(
            r#"{"operations": [{"spec": {"membres": []}, "op": "create", "name": "x", "kind": "room"}]}"#,
        )
        .unwrap_err();
        assert!(err.contains("unknown field `membres`"), "{err}");
        let err = parse::<NewObject<RoomSpec>>(r#"{"name": "x", "category": "c", "id": 4}"#).unwrap_err();
        assert!(err.contains("unknown field `id`"), "{err}");
    }

    #[test]
    fn operations_read_in_any_order_and_round_trip() {
        let a: ChangesetRequest = serde_json::from_str(
            r#"{"operations": [{"spec": {"description": "d"}, "kind": "room", "name": "x", "op": "update", "revision": 3}]}"#,
        )
        .unwrap();
        let op = &a.operations[0];
        assert_eq!((op.op, op.name.as_str(), op.revision), (OpAction::Update, "x", Some(3)));
        let ObjectSpec::Room(spec) = &op.object else { panic!("a room spec") };
        assert_eq!(spec.description.as_deref(), Some("d"));
        let again: ChangesetRequest = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(a, again);
        let delete: ChangesetRequest =
            serde_json::from_str(r#"{"operations": [{"op": "delete", "name": "x", "kind": "room"}]}"#).unwrap();
        assert_eq!(delete.operations[0].object, ObjectSpec::Room(RoomSpec::default()));
        assert!(parse::<ChangesetRequest>(
            r#"{"operations": [{"op": "delete", "name": "x", "name": "y", "kind": "room"}]}"#
        )
        .unwrap_err()
        .contains("duplicate field"));
    }

    #[test]
    fn create_bodies_round_trip() {
        let room = NewObject {
            name: "r".to_string(),
            pool: Some("p".to_string()),
            spec: RoomSpec { category: Some("c".into()), ..Default::default() },
        };
        let json = serde_json::to_value(&room).unwrap();
        assert_eq!(json, serde_json::json!({"name": "r", "pool": "p", "category": "c"}));
        assert_eq!(serde_json::from_value::<NewObject<RoomSpec>>(json).unwrap(), room);
        let user = NewObject { name: "sip:a@b.c".to_string(), pool: None, spec: UserSpec::default() };
        assert_eq!(serde_json::to_value(&user).unwrap(), serde_json::json!({"sip": "sip:a@b.c"}));
    }

    #[test]
    fn create_bodies_take_their_key_and_pool() {
        let room: NewObject<RoomSpec> = serde_json::from_str(r#"{"name": "x", "pool": "p", "category": "c"}"#).unwrap();
        assert_eq!((room.name.as_str(), room.pool.as_deref()), ("x", Some("p")));
        assert_eq!(room.spec.category.as_deref(), Some("c"));
        let category: NewObject<CategorySpec> = serde_json::from_str(r#"{"name": "x", "pool": "p"}"#).unwrap();
        assert_eq!(category.spec.pool.as_deref(), Some("p"), "a category's pool is part of its spec");
        assert!(parse::<NewObject<UserSpec>>(r#"{"display_name": "A"}"#).unwrap_err().contains("missing field `sip`"));
        assert!(parse::<NewObject<UserSpec>>(r#"["sip:a@b"]"#).unwrap_err().contains("invalid type"));
    }
}
