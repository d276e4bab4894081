//! The limits and defaults of names, texts and settings (those of the Persistent Chat
//! system pchat follows, with pchat's own decisions), shared by server and client.

/// Room and category names and descriptions.
pub const NAME_MAX: usize = 256;
pub const DESCRIPTION_MAX: usize = 256;
pub const ADDIN_NAME_MAX: usize = 50;
pub const ADDIN_URL_MAX: usize = 255;
pub const DISPLAY_NAME_MAX: usize = 256;
pub const DEFAULT_POOL: &str = "default";

pub const DEFAULT_CHAT_HISTORY: (i64, i64, i64) = (30, 1, 500);
pub const MAX_FILE_SIZE_KB: (i64, i64, i64) = (20_000, 1, 2_097_152);
pub const PARTICIPANT_UPDATE_LIMIT: (i64, i64, i64) = (75, 1, 16_000);

/// A reason a value was refused; the caller adds which field it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub code: super::ErrorCode,
    pub detail: String,
}

fn invalid(code: super::ErrorCode, detail: String) -> Invalid {
    Invalid { code, detail }
}

/// Names of rooms, categories, pools and sites: 1..=max characters, no control characters,
/// no leading or trailing spaces.
pub fn name(what: &str, value: &str, max: usize) -> Result<(), Invalid> {
    use super::ErrorCode::*;
    let chars = value.chars().count();
    if chars == 0 || value.trim().is_empty() {
        return Err(invalid(Required, format!("{what} must not be empty")));
    }
    if chars > max {
        return Err(invalid(TooLong, format!("{what} is {chars} characters; the limit is {max}")));
    }
    if value.trim() != value {
        return Err(invalid(InvalidValue, format!("{what} {value:?} has leading or trailing spaces")));
    }
    if let Some(c) = super::text::first_unsafe_char(value) {
        return Err(unsafe_char(what, value, c));
    }
    if value.chars().any(|c| c == '/' || c == '\\') {
        return Err(invalid(InvalidValue, format!("{what} {value:?} holds '/' or '\\'")));
    }
    Ok(())
}

/// The refusal of a control or invisible character, naming it by code point (it may not
/// show when printed).
pub fn unsafe_char(what: &str, value: &str, c: char) -> Invalid {
    let at = value.chars().take_while(|x| *x != c).count() + 1;
    invalid(
        super::ErrorCode::InvalidValue,
        format!(
            "{what} holds the control or invisible character U+{:04X} at character {at}; \
             names, descriptions, OUs and sites may not hold control, format or bidirectional characters",
            c as u32
        ),
    )
}

/// Free text on one line (OU paths, token descriptions): no control or invisible character.
pub fn line(what: &str, value: &str) -> Result<(), Invalid> {
    match super::text::first_unsafe_char(value) {
        Some(c) => Err(unsafe_char(what, value, c)),
        None => Ok(()),
    }
}

/// Descriptions: at most [`DESCRIPTION_MAX`] characters; line breaks and tabs are allowed,
/// other control and invisible characters are not.
pub fn description(what: &str, value: &str) -> Result<(), Invalid> {
    if let Some(c) = value.chars().find(|c| !matches!(c, '\n' | '\t') && super::text::is_unsafe_char(*c)) {
        return Err(unsafe_char(what, value, c));
    }
    let chars = value.chars().count();
    if chars > DESCRIPTION_MAX {
        return Err(invalid(
            super::ErrorCode::TooLong,
            format!("{what} is {chars} characters; the limit is {DESCRIPTION_MAX}"),
        ));
    }
    Ok(())
}

/// The text of a message or story: not empty, at most `max_bytes` of UTF-8, no control
/// character but line breaks and tabs (emoji sequences and right-to-left marks are text).
pub fn message_text(what: &str, value: &str, max_bytes: usize) -> Result<(), Invalid> {
    use super::ErrorCode::*;
    if value.trim().is_empty() {
        return Err(invalid(Required, format!("{what} must not be empty")));
    }
    if value.len() > max_bytes {
        return Err(invalid(TooLong, format!("{what} is {} bytes; the limit is {max_bytes}", value.len())));
    }
    if let Some(c) = value.chars().find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')) {
        let at = value.chars().take_while(|x| *x != c).count() + 1;
        return Err(invalid(
            InvalidValue,
            format!("{what} holds the control character U+{:04X} at character {at}", c as u32),
        ));
    }
    Ok(())
}

pub fn group_name(value: &str) -> Result<(), Invalid> {
    if value.is_empty()
        || value.len() > NAME_MAX
        || !value.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    {
        return Err(invalid(
            super::ErrorCode::InvalidValue,
            format!("group name {value:?} must be 1 to {NAME_MAX} letters, digits, '.', '_' or '-'"),
        ));
    }
    Ok(())
}

/// Add-in and room management URLs: http or https only, at most 255 characters.
pub fn http_url(what: &str, value: &str) -> Result<(), Invalid> {
    use super::ErrorCode::*;
    let chars = value.chars().count();
    if chars > ADDIN_URL_MAX {
        return Err(invalid(TooLong, format!("{what} is {chars} characters; the limit is {ADDIN_URL_MAX}")));
    }
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or_else(|| invalid(InvalidValue, format!("{what} {value:?} must be an http:// or https:// URL")))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || value.chars().any(|c| c.is_whitespace() || super::text::is_unsafe_char(c)) {
        return Err(invalid(InvalidValue, format!("{what} {value:?} is not a valid URL (no host, or spaces)")));
    }
    Ok(())
}

/// A number inside its documented range.
pub fn in_range(what: &str, value: i64, (_, min, max): (i64, i64, i64)) -> Result<(), Invalid> {
    if value < min || value > max {
        return Err(invalid(
            super::ErrorCode::InvalidValue,
            format!("{what} is {value}; it must be between {min} and {max}"),
        ));
    }
    Ok(())
}

/// Policy identities: `global`, `site:NAME` or `tag:NAME`.
pub fn policy_identity(value: &str) -> Result<(), Invalid> {
    let ok = value == "global"
        || value
            .strip_prefix("site:")
            .or_else(|| value.strip_prefix("tag:"))
            .is_some_and(|n| name("policy name", n, NAME_MAX).is_ok());
    if !ok {
        return Err(invalid(
            super::ErrorCode::InvalidValue,
            format!("policy identity {value:?} must be global, site:NAME or tag:NAME"),
        ));
    }
    Ok(())
}

/// Chat configuration scopes: `global`, `site:NAME` or `pool:NAME`.
pub fn config_scope(value: &str) -> Result<(), Invalid> {
    let ok = value == "global"
        || value
            .strip_prefix("site:")
            .or_else(|| value.strip_prefix("pool:"))
            .is_some_and(|n| name("scope name", n, NAME_MAX).is_ok());
    if !ok {
        return Err(invalid(
            super::ErrorCode::InvalidValue,
            format!("configuration scope {value:?} must be global, site:NAME or pool:NAME"),
        ));
    }
    Ok(())
}

/// Matches a glob (`*`, `?`) against a name, ignoring ASCII case only, exactly as the
/// stores' SQL `lower()` does, so every list filters names the same way.
pub fn glob_matches(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.to_ascii_lowercase().chars().collect();
    let t: Vec<char> = text.to_ascii_lowercase().chars().collect();
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_name_the_limit() {
        let long = "x".repeat(257);
        let err = name("room name", &long, NAME_MAX).unwrap_err();
        assert!(err.detail.contains("257") && err.detail.contains("256"), "{}", err.detail);
        assert!(name("room name", "backend", NAME_MAX).is_ok());
        assert!(name("room name", " backend", NAME_MAX).is_err());
    }

    #[test]
    fn control_and_invisible_characters_are_refused() {
        for bad in ["a\u{1b}[2Jb", "a\u{7}", "evil\u{202e}txt", "zero\u{200b}width", "bom\u{feff}", "c1\u{9b}"] {
            let e = name("room name", bad, NAME_MAX).unwrap_err();
            assert!(e.detail.contains("U+"), "{bad:?}: {}", e.detail);
            assert!(description("room description", bad).is_err(), "{bad:?}");
            assert!(line("OU", bad).is_err(), "{bad:?}");
        }
        assert!(description("room description", "two\nlines\tand a tab").is_ok());
        assert!(name("room name", "two\nlines", NAME_MAX).is_err());
        let e = description("room description", "ok \u{1b}[31m").unwrap_err();
        assert!(e.detail.contains("U+001B at character 4"), "{}", e.detail);
        assert!(name("room name", "Café – Zürich 東京", NAME_MAX).is_ok(), "letters of any script are fine");
    }

    #[test]
    fn urls_must_be_http() {
        assert!(http_url("url", "https://wiki.contoso.com/x").is_ok());
        assert!(http_url("url", "HTTP://wiki").is_ok());
        assert!(http_url("url", "ftp://wiki").is_err());
        assert!(http_url("url", "javascript:alert(1)").is_err());
        assert!(http_url("url", "https://").is_err());
    }

    #[test]
    fn globs() {
        assert!(glob_matches("back*", "backend"));
        assert!(glob_matches("*END", "backend"));
        assert!(glob_matches("b?ck*d", "backend"));
        assert!(!glob_matches("front*", "backend"));
        assert!(glob_matches("*", ""));
    }
}
