use std::fmt;

/// Who a list entry names: one user, a group of the directory, or an organisational
/// unit with every unit below it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Principal {
    /// `sip:alice@contoso.com`
    User(String),
    /// `group:eng-leads`
    Group(String),
    /// `ou:contoso/eng` (stored without leading or trailing slashes)
    Ou(String),
}

/// Why a principal string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed principal {input:?}: {reason}")]
pub struct PrincipalError {
    pub input: String,
    pub reason: &'static str,
}

impl Principal {
    pub fn parse(input: &str) -> Result<Principal, PrincipalError> {
        let err = |reason| PrincipalError { input: input.to_string(), reason };
        if let Some(sip) = input.strip_prefix("sip:") {
            let (local, domain) = sip.split_once('@').ok_or_else(|| err("a user is sip:NAME@DOMAIN"))?;
            if local.is_empty() || domain.is_empty() || domain.contains('@') {
                return Err(err("a user is sip:NAME@DOMAIN"));
            }
            if sip.chars().any(|c| c.is_whitespace() || crate::api::text::is_unsafe_char(c)) {
                return Err(err("a SIP URI holds no spaces, control or invisible characters"));
            }
            if !sip.is_ascii() {
                return Err(err(
                    "a SIP URI is ASCII only: write an internationalised domain in its xn-- (punycode) form \
                     and the user part in ASCII, e.g. sip:jurgen@xn--mnchen-3ya.de",
                ));
            }
            if input.len() > 256 {
                return Err(err("a SIP URI is at most 256 characters"));
            }
            // `sip:` is lower case already: one allocation for the normal form.
            Ok(Principal::User(input.to_ascii_lowercase()))
        } else if let Some(name) = input.strip_prefix("group:") {
            crate::api::validate::group_name(name)
                .map_err(|_| err("a group name is 1 to 256 letters, digits, '.', '_' or '-'"))?;
            Ok(Principal::Group(name.to_string()))
        } else if let Some(path) = input.strip_prefix("ou:") {
            let path = path.trim_matches('/');
            if path.is_empty()
                || path.split('/').any(|s| s.trim().is_empty())
                || path.len() > 384
                || path.chars().any(crate::api::text::is_unsafe_char)
            {
                return Err(err(
                    "an organisational unit is ou:PATH with non-empty segments and no control or invisible \
                     characters, e.g. ou:contoso/eng",
                ));
            }
            Ok(Principal::Ou(path.to_string()))
        } else {
            Err(err("expected sip:USER@DOMAIN, group:NAME or ou:PATH"))
        }
    }

    /// A user's SIP URI, normalised; anything else (a group, an OU, a malformed string) is
    /// refused with the reason.
    pub fn parse_user(input: &str) -> Result<String, PrincipalError> {
        match Principal::parse(input)? {
            Principal::User(sip) => Ok(sip),
            _ => Err(PrincipalError { input: input.to_string(), reason: "expected a user, sip:NAME@DOMAIN" }),
        }
    }

    /// As [`Principal::parse_user`], with the refusal every field that takes a user gives:
    /// what is wrong with a `sip:` address, or that the value is not one.
    pub fn user_sip(input: &str) -> Result<String, String> {
        Principal::parse_user(input).map_err(|e| {
            if input.starts_with("sip:") {
                format!("{input:?} is not a valid user SIP URI: {}", e.reason)
            } else {
                format!("{input:?} is not a user SIP URI (sip:NAME@DOMAIN)")
            }
        })
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Principal::User(_) => "user",
            Principal::Group(_) => "group",
            Principal::Ou(_) => "ou",
        }
    }
}

impl Principal {
    /// The principal's normal text, as [`Display`](fmt::Display) writes it; a user's is
    /// the string it holds, with no copy.
    pub fn into_string(self) -> String {
        match self {
            Principal::User(sip) => sip,
            other => other.to_string(),
        }
    }
}

impl fmt::Display for Principal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Principal::User(sip) => f.write_str(sip),
            Principal::Group(g) => write!(f, "group:{g}"),
            Principal::Ou(p) => write!(f, "ou:{p}"),
        }
    }
}

/// True when OU `inner` is `outer` or lies below it (`contoso/eng/web` is under `contoso/eng`).
pub fn ou_within(inner: &str, outer: &str) -> bool {
    inner == outer || (inner.len() > outer.len() && inner.starts_with(outer) && inner.as_bytes()[outer.len()] == b'/')
}

/// Every OU from `path` up to its root, the unit itself first.
pub fn ou_ancestors(path: &str) -> impl Iterator<Item = &str> {
    let mut next = Some(path);
    std::iter::from_fn(move || {
        let current = next?;
        next = current.rfind('/').map(|i| &current[..i]);
        Some(current)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_kinds_and_normalises() {
        assert_eq!(Principal::parse("sip:Alice@Contoso.com").unwrap(), Principal::User("sip:alice@contoso.com".into()));
        assert_eq!(Principal::parse("group:eng-leads").unwrap(), Principal::Group("eng-leads".into()));
        assert_eq!(Principal::parse("ou:/contoso/eng/").unwrap(), Principal::Ou("contoso/eng".into()));
        for bad in
            ["alice", "sip:alice", "sip:@x", "group:", "group:a b", "ou:", "ou:a//b", "sip:a b@c", "ou:a\u{202e}b"]
        {
            assert!(Principal::parse(bad).is_err(), "{bad} should be refused");
        }
        let e = Principal::parse("sip:jürgen@münchen.de").unwrap_err();
        assert!(e.reason.contains("ASCII only"), "{e}");
        let e = Principal::parse("sip:a\u{200b}@b.c").unwrap_err();
        assert!(e.reason.contains("invisible"), "{e}");
    }

    #[test]
    fn ou_containment_respects_segment_boundaries() {
        assert!(ou_within("contoso/eng", "contoso/eng"));
        assert!(ou_within("contoso/eng/web", "contoso/eng"));
        assert!(!ou_within("contoso/engineering", "contoso/eng"));
        assert!(!ou_within("contoso", "contoso/eng"));
        let all: Vec<_> = ou_ancestors("a/b/c").collect();
        assert_eq!(all, ["a/b/c", "a/b", "a"]);
    }
}
