//! A page of a list read item by item: each item goes where the caller keeps it as soon as
//! it is decoded, so a page of 10,000 users is never a vector first (which, with the map
//! they go into, held and copied every user twice).

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// Reads a [`crate::api::Page`], handing its items to `each`; its value is the next cursor.
pub struct Items<'a, T, F> {
    each: &'a mut F,
    item: PhantomData<fn() -> T>,
}

impl<'a, T, F: FnMut(T)> Items<'a, T, F> {
    pub fn new(each: &'a mut F) -> Self {
        Items { each, item: PhantomData }
    }
}

impl<'de, T: Deserialize<'de>, F: FnMut(T)> DeserializeSeed<'de> for Items<'_, T, F> {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<String>, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, T: Deserialize<'de>, F: FnMut(T)> Visitor<'de> for Items<'_, T, F> {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a page of items")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut page: A) -> Result<Option<String>, A::Error> {
        let (mut items, mut next) = (false, None);
        #[derive(Deserialize)]
        #[serde(field_identifier, rename_all = "snake_case")]
        enum Field {
            Items,
            NextCursor,
            #[serde(other)]
            Other,
        }
        while let Some(key) = page.next_key::<Field>()? {
            match key {
                Field::Items => {
                    page.next_value_seed(Each { each: &mut *self.each, item: PhantomData })?;
                    items = true;
                }
                Field::NextCursor => next = page.next_value()?,
                Field::Other => drop(page.next_value::<IgnoredAny>()?),
            }
        }
        if !items {
            return Err(serde::de::Error::missing_field("items"));
        }
        Ok(next)
    }
}

/// The items array of a page.
struct Each<'a, T, F> {
    each: &'a mut F,
    item: PhantomData<fn() -> T>,
}

impl<'de, T: Deserialize<'de>, F: FnMut(T)> DeserializeSeed<'de> for Each<'_, T, F> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>, F: FnMut(T)> Visitor<'de> for Each<'_, T, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of items")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<(), A::Error> {
        while let Some(item) = items.next_element::<T>()? {
            (self.each)(item);
        }
        Ok(())
    }
}

/// The cursor of the next page, as a list's `Link` header names it (`<...&cursor=C>;
/// rel="next"`). Only the cursor is taken: the request is made as the first one was, to
/// the server the client was given.
pub fn next_cursor(headers: &reqwest::header::HeaderMap) -> Option<String> {
    headers.get_all(reqwest::header::LINK).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).find_map(
        |link| {
            let (target, params) = link.trim().strip_prefix('<')?.split_once('>')?;
            params.split(';').any(|p| p.trim() == "rel=\"next\"").then_some(())?;
            let query = target.split_once('?')?.1;
            query.split('&').find_map(|pair| pair.strip_prefix("cursor=")).map(str::to_string)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_cursor_is_read_from_a_link_header() {
        let mut headers = reqwest::header::HeaderMap::new();
        assert_eq!(next_cursor(&headers), None);
        headers.insert(
            reqwest::header::LINK,
            "</v1/rooms?limit=2>; rel=\"prev\", </v1/rooms?limit=2&cursor=6162>; rel=\"next\"".parse().expect("valid"),
        );
        assert_eq!(next_cursor(&headers).as_deref(), Some("6162"));
        headers.insert(reqwest::header::LINK, "</v1/rooms?cursor=6162>; rel=\"last\"".parse().expect("valid"));
        assert_eq!(next_cursor(&headers), None, "only rel=next is followed");
    }
}
