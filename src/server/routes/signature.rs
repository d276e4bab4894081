//! What a handler reads, from its signature: the OpenAPI document's query parameters and
//! request body are the types of the handler's own extractors, so a changed handler changes
//! its description (and an extractor this module does not know does not compile).

use std::future::Future;

use schemars::JsonSchema;

use super::super::auth::Caller;
use super::super::body::{ChangesetJson, Json};
use super::super::error::{Path, Query};
use crate::api::openapi::{inline_schema_of, schema_of, Body, Takes};

/// A handler argument's part in what the route reads.
pub trait Arg {
    fn describe(_takes: &mut Takes) {}
}

impl<S> Arg for axum::extract::State<S> {}
impl Arg for Caller {}
impl Arg for axum::http::HeaderMap {}
impl Arg for axum::http::Uri {}
impl<T> Arg for Path<T> {}
impl<T> Arg for axum::extract::Path<T> {}

impl<T: JsonSchema> Arg for Query<T> {
    fn describe(takes: &mut Takes) {
        takes.query = Some(inline_schema_of::<T>);
    }
}

impl<T: JsonSchema> Arg for axum::extract::Query<T> {
    fn describe(takes: &mut Takes) {
        takes.query = Some(inline_schema_of::<T>);
    }
}

impl<T: JsonSchema> Arg for Json<T> {
    fn describe(takes: &mut Takes) {
        takes.body = Some(Body { media: "application/json", schema: Some(schema_of::<T>) });
    }
}

impl<T: JsonSchema> Arg for ChangesetJson<T> {
    fn describe(takes: &mut Takes) {
        takes.body = Some(Body { media: "application/json", schema: Some(schema_of::<T>) });
    }
}

/// A raw body: a file's bytes, an archive.
impl Arg for axum::body::Body {
    fn describe(takes: &mut Takes) {
        takes.body = Some(Body { media: "application/octet-stream", schema: None });
    }
}

/// A handler whose arguments are `Args`: what its route reads.
pub trait Signature<Args> {
    fn takes() -> Takes;
}

macro_rules! signature {
    ($($arg:ident),*) => {
        impl<F, Fut, $($arg: Arg),*> Signature<($($arg,)*)> for F
        where
            F: FnOnce($($arg),*) -> Fut,
            Fut: Future,
        {
            fn takes() -> Takes {
                #[allow(unused_mut)]
                let mut takes = Takes::default();
                $($arg::describe(&mut takes);)*
                takes
            }
        }
    };
}

signature!();
signature!(A1);
signature!(A1, A2);
signature!(A1, A2, A3);
signature!(A1, A2, A3, A4);
signature!(A1, A2, A3, A4, A5);
signature!(A1, A2, A3, A4, A5, A6);
signature!(A1, A2, A3, A4, A5, A6, A7);

/// `takes_of(&handler)`: the handler's [`Signature::takes`], for the route table.
pub const fn takes_of<Args, H: Signature<Args>>(_handler: &H) -> fn() -> Takes {
    H::takes
}
