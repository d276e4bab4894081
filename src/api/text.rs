//! Characters that must not reach a terminal as they are: shared by the server (which
//! refuses them in what it stores) and the CLI (which shows stored values with them
//! escaped, see `output::printable`).
//!
//! The set is every control character (`char::is_control`: C0, DEL and C1, so tab and
//! newline too; callers that allow a newline say so), every Unicode format character
//! (general category Cf, as of Unicode 15.1: soft hyphen, bidirectional overrides and
//! isolates, zero-width characters, the byte order mark, tag characters...) and the line and
//! paragraph separators U+2028 and U+2029. All of them either move the cursor, recolour or
//! clear the screen, or are invisible and reorder or hide the text around them.

/// `n` and the noun, plural unless `n` is one: `count(3, "problem")` is "3 problems".
/// Every message that counts things says it this way.
pub fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// Unicode general category Cf (format), as ranges of code points (Unicode 15.1).
pub const FORMAT_CHARS: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// Whether `c` is a Unicode format character (general category Cf).
pub fn is_format_char(c: char) -> bool {
    let c = c as u32;
    // The table is sorted: stop at the first range that ends at or after `c`.
    FORMAT_CHARS.iter().find(|(_, end)| c <= *end).is_some_and(|(start, _)| c >= *start)
}

/// Whether `c` must not be stored or printed as it is: a control character (C0, DEL, C1),
/// a format character (Cf) or U+2028/U+2029.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || is_format_char(c)
}

/// The first unsafe character of `text`, if any (for error messages).
pub fn first_unsafe_char(text: &str) -> Option<char> {
    text.chars().find(|c| is_unsafe_char(*c))
}

/// An I/O error as a sentence's end: "no such file or directory", without the OS's number.
pub fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = match text.find(" (os error ") {
        Some(at) => &text[..at],
        None => &text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(count(1, "problem"), "1 problem");
        assert_eq!(count(0, "room"), "0 rooms");
        assert_eq!(count(2, "item"), "2 items");
    }

    #[test]
    fn controls_are_unsafe() {
        for c in ['\0', '\u{7}', '\t', '\n', '\r', '\u{1b}', '\u{1f}', '\u{7f}', '\u{80}', '\u{85}', '\u{9b}', '\u{9f}']
        {
            assert!(is_unsafe_char(c), "{c:?}");
        }
    }

    #[test]
    fn format_characters_and_separators_are_unsafe() {
        for c in [
            '\u{ad}',
            '\u{600}',
            '\u{605}',
            '\u{61c}',
            '\u{6dd}',
            '\u{70f}',
            '\u{890}',
            '\u{891}',
            '\u{8e2}',
            '\u{180e}',
            '\u{200b}',
            '\u{200c}',
            '\u{200d}',
            '\u{200e}',
            '\u{200f}',
            '\u{202a}',
            '\u{202e}',
            '\u{2028}',
            '\u{2029}',
            '\u{2060}',
            '\u{2064}',
            '\u{2066}',
            '\u{2069}',
            '\u{206f}',
            '\u{feff}',
            '\u{fff9}',
            '\u{fffb}',
            '\u{110bd}',
            '\u{110cd}',
            '\u{13430}',
            '\u{1343f}',
            '\u{1bca0}',
            '\u{1bca3}',
            '\u{1d173}',
            '\u{1d17a}',
            '\u{e0001}',
            '\u{e0020}',
            '\u{e007f}',
        ] {
            assert!(is_unsafe_char(c), "{c:?}");
        }
    }

    #[test]
    fn ordinary_text_is_safe() {
        for c in [
            ' ',
            'a',
            'Z',
            '~',
            '\u{a0}',
            'é',
            'ß',
            'Ω',
            'ж',
            '中',
            '\u{301}',
            '€',
            '…',
            '😀',
            '\u{2027}',
            '\u{202f}',
            '\u{2065}',
            '\u{fffc}',
            '\u{fffd}',
            '\u{e0000}',
            '\u{e0080}',
            '\u{1d172}',
            '\u{1d17b}',
            '\u{110be}',
        ] {
            assert!(!is_unsafe_char(c), "{c:?}");
        }
        assert_eq!(first_unsafe_char("Backend team, été 2024"), None);
        assert_eq!(first_unsafe_char("abc\u{202e}fed\u{1b}"), Some('\u{202e}'));
    }

    #[test]
    fn the_format_table_is_sorted_and_disjoint() {
        for pair in FORMAT_CHARS.windows(2) {
            assert!(pair[0].0 <= pair[0].1 && pair[0].1 < pair[1].0, "{pair:x?}");
        }
        // Every range holds real characters (no surrogates), and its ends are format characters.
        for (start, end) in FORMAT_CHARS {
            let (s, e) = (char::from_u32(*start).unwrap(), char::from_u32(*end).unwrap());
            assert!(is_format_char(s) && is_format_char(e));
            assert!(!is_format_char(char::from_u32(start - 1).unwrap()), "{start:x} - 1");
        }
    }
}
