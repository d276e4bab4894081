//! A changeset's errors, which name an operation and a server field (`allowed_members[1]`),
//! mapped back to the documents they came from (`rooms.yaml:12:7`, `spec.allowedMembers[1]`).

use super::diff::Change;
use super::load::{Diagnostic, Sourced};
use crate::api::{FieldError, Problem};

/// A server field path (`allowed_members[1]`) as the document's (`spec.allowedMembers[1]`).
fn doc_field(kind: &str, field: &str) -> String {
    if field == "name" {
        // A grant operation is named by its policy.
        return if kind == "PolicyGrant" { "spec.policy".into() } else { "metadata.name".into() };
    }
    let (head, rest) = match field.find(['[', '.']) {
        Some(i) => field.split_at(i),
        None => (field, ""),
    };
    let mut camel = String::new();
    let mut upper = false;
    for c in head.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            camel.extend(c.to_uppercase());
            upper = false;
        } else {
            camel.push(c);
        }
    }
    format!("spec.{camel}{rest}")
}

/// Maps a changeset's errors back to the documents (file:line:column) they came from;
/// `carried_by[i]` is the change operation `i` carries out.
pub fn map_errors(problem: &Problem, carried_by: &[usize], changes: &[Change], docs: &[Sourced]) -> Vec<Diagnostic> {
    let errors: Vec<FieldError> = if problem.errors.is_empty() {
        vec![FieldError {
            index: None,
            field: problem.field.clone(),
            code: problem.code,
            detail: problem.detail.clone(),
        }]
    } else {
        problem.errors.clone()
    };
    errors
        .iter()
        .map(|e| {
            let change = e.index.and_then(|i| carried_by.get(i)).map(|c| &changes[*c]);
            match change.and_then(|c| c.source.and_then(|s| docs.get(s)).map(|d| (c, d))) {
                Some((change, sourced)) => sourced
                    .diagnostic(e.field.as_deref().map(|f| doc_field(&change.kind, f)).as_deref(), e.detail.clone()),
                None => Diagnostic {
                    file: change.map(|c| c.address.clone()).unwrap_or_else(|| "server".into()),
                    line: 0,
                    column: 0,
                    kind: None,
                    name: None,
                    field: e.field.clone(),
                    message: e.detail.clone(),
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn server_fields_become_document_fields() {
        assert_eq!(super::doc_field("Category", "allowed_members[1]"), "spec.allowedMembers[1]");
        assert_eq!(super::doc_field("Room", "name"), "metadata.name");
        assert_eq!(super::doc_field("PolicyGrant", "name"), "spec.policy");
        assert_eq!(super::doc_field("Room", "labels.team"), "spec.labels.team");
    }
}
