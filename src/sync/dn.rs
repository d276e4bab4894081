//! Distinguished names (RFC 4514) as far as the sync needs them: split into their
//! attribute=value parts with escapes undone, compared without regard to case, and turned
//! into pchat's organisational-unit paths.

/// One `attribute=value` part of a DN (multi-valued RDNs keep their first value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rdn {
    /// Lower case: attribute types compare without regard to case.
    pub attribute: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dn {
    /// Leaf first, as written.
    pub rdns: Vec<Rdn>,
}

impl Dn {
    pub fn parse(text: &str) -> Result<Dn, String> {
        let mut rdns = Vec::new();
        let mut chars = text.chars().peekable();
        loop {
            while chars.peek() == Some(&' ') {
                chars.next();
            }
            if chars.peek().is_none() {
                break;
            }
            let mut attribute = String::new();
            for c in chars.by_ref() {
                if c == '=' {
                    break;
                }
                attribute.push(c);
            }
            let attribute = attribute.trim().to_ascii_lowercase();
            if attribute.is_empty() {
                return Err(format!("{text:?} is not a DN: a part has no attribute type"));
            }
            let mut value = String::new();
            let mut bytes: Vec<u8> = Vec::new();
            let mut in_multi = false;
            while let Some(c) = chars.next() {
                match c {
                    '\\' => match chars.next() {
                        Some(h) if h.is_ascii_hexdigit() => {
                            let l = chars.next().filter(|l| l.is_ascii_hexdigit()).ok_or_else(|| {
                                format!("{text:?} is not a DN: an escape \\{h} needs two hexadecimal digits")
                            })?;
                            let byte = u8::from_str_radix(&format!("{h}{l}"), 16).unwrap_or(0);
                            bytes.push(byte);
                            continue;
                        }
                        Some(other) => {
                            flush(&mut bytes, &mut value)?;
                            value.push(other)
                        }
                        None => return Err(format!("{text:?} is not a DN: it ends in a lone backslash")),
                    },
                    ',' | ';' => {
                        flush(&mut bytes, &mut value)?;
                        break;
                    }
                    // Another value of a multi-valued RDN: the first one names it.
                    '+' => {
                        flush(&mut bytes, &mut value)?;
                        in_multi = true;
                    }
                    c if !in_multi => {
                        flush(&mut bytes, &mut value)?;
                        value.push(c)
                    }
                    _ => {}
                }
            }
            flush(&mut bytes, &mut value)?;
            rdns.push(Rdn { attribute, value: value.trim().to_string() });
        }
        if rdns.is_empty() {
            return Err("an empty DN".into());
        }
        Ok(Dn { rdns })
    }

    /// The normal form for comparing: lower case, no escapes, `a=b,c=d`.
    pub fn key(&self) -> String {
        self.rdns.iter().map(|r| format!("{}={}", r.attribute, r.value.to_lowercase())).collect::<Vec<_>>().join(",")
    }

    /// Whether this DN is `base` or below it.
    pub fn is_under(&self, base: &Dn) -> bool {
        self.rdns.len() >= base.rdns.len()
            && self.rdns[self.rdns.len() - base.rdns.len()..]
                .iter()
                .zip(&base.rdns)
                .all(|(a, b)| a.attribute == b.attribute && a.value.eq_ignore_ascii_case(&b.value))
    }

    /// pchat's OU path for an entry: the domain's first `DC` part, then each `OU` from the
    /// root down, lower case (`CN=Ann,OU=Backend,OU=Eng,DC=contoso,DC=com` is
    /// `contoso/eng/backend`). A DN with no `DC` part starts at its topmost `O` or `OU`.
    pub fn ou_path(&self) -> Option<String> {
        let mut parts: Vec<String> = Vec::new();
        let dcs: Vec<&Rdn> = self.rdns.iter().filter(|r| r.attribute == "dc").collect();
        if let Some(first) = dcs.first() {
            parts.push(first.value.to_lowercase());
        } else if let Some(o) = self.rdns.iter().rev().find(|r| r.attribute == "o") {
            parts.push(o.value.to_lowercase());
        }
        // The entry's own RDN (CN=Ann) is not a unit; OUs above it, root first.
        for r in self.rdns.iter().skip(1).rev().filter(|r| r.attribute == "ou") {
            parts.push(r.value.to_lowercase());
        }
        let parts: Vec<String> = parts.into_iter().map(|p| p.replace('/', "-").trim().to_string()).collect();
        (!parts.is_empty() && parts.iter().all(|p| !p.is_empty())).then(|| parts.join("/"))
    }

    /// The value of the leaf part (`CN=Backend Team,...` → `Backend Team`).
    pub fn leaf(&self) -> &str {
        &self.rdns[0].value
    }
}

/// Escaped bytes (`\C3\A9`) make UTF-8 text.
fn flush(bytes: &mut Vec<u8>, value: &mut String) -> Result<(), String> {
    if !bytes.is_empty() {
        let text =
            String::from_utf8(std::mem::take(bytes)).map_err(|_| "a DN's escaped bytes are not UTF-8".to_string())?;
        value.push_str(&text);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_escapes_and_paths() {
        let dn = Dn::parse("CN=Ann Lee,OU=Backend,OU=Eng,DC=contoso,DC=com").unwrap();
        assert_eq!(dn.ou_path().as_deref(), Some("contoso/eng/backend"));
        assert_eq!(dn.leaf(), "Ann Lee");
        let escaped = Dn::parse(r"CN=Lee\, Ann,OU=R\C3\A9seau,DC=contoso,DC=com").unwrap();
        assert_eq!(escaped.leaf(), "Lee, Ann");
        assert_eq!(escaped.ou_path().as_deref(), Some("contoso/réseau"));
        let base = Dn::parse("ou=eng, dc=Contoso,dc=COM").unwrap();
        assert!(dn.is_under(&base));
        assert!(!Dn::parse("CN=x,OU=Sales,DC=contoso,DC=com").unwrap().is_under(&base));
        assert_eq!(Dn::parse("uid=a+cn=b,o=Example").unwrap().leaf(), "a");
        assert_eq!(Dn::parse("uid=a,o=Example").unwrap().ou_path().as_deref(), Some("example"));
        assert!(Dn::parse(r"CN=a\").is_err());
        assert!(Dn::parse("=a").is_err());
        assert_eq!(dn.key(), "cn=ann lee,ou=backend,ou=eng,dc=contoso,dc=com");
    }
}
