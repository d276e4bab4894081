//! A plan as people read it (the way terraform taught them): one block per change, values
//! quoted, long ones cut, and anything a terminal would act on escaped.

use super::diff::{self, Action, Change};

/// The longest string value a plan shows whole; longer ones are cut with "…" and their
/// length (and line count, so a line break past the cut is not hidden) follows the quotes.
pub const SHOWN_VALUE_CHARS: usize = 120;

/// A value as the plan shows it: strings quoted, with line breaks as `\n` and anything a
/// terminal would act on escaped (`output::quoted`); other values as JSON, escaped alike.
fn value_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "(none)".into(),
        serde_json::Value::String(s) => {
            let (shown, cut) = crate::output::shortened(s, SHOWN_VALUE_CHARS);
            let mut text = crate::output::quoted(&shown);
            if cut {
                let lines = s.split('\n').count();
                text.push_str(&format!(" ({} characters", s.chars().count()));
                if lines > 1 {
                    text.push_str(&format!(" on {lines} lines"));
                }
                text.push(')');
            }
            text
        }
        other => crate::output::printable(&other.to_string()).into_owned(),
    }
}

/// Prints a plan the way terraform taught people to read one. Names and values from the
/// files or the server are escaped (`output::printable`): a plan is read on a terminal.
pub fn render(changes: &[Change]) -> String {
    let mut out = Vec::new();
    render_to(changes, &mut out).expect("writing to memory");
    String::from_utf8(out).expect("the plan is text")
}

/// As [`render`], written as it goes: a plan of a million room entries is not held as
/// text as well.
pub fn render_to(changes: &[Change], out: &mut impl std::io::Write) -> std::io::Result<()> {
    use crate::output::printable;
    if changes.is_empty() {
        return out.write_all(b"No changes. The server matches the plan.\n");
    }
    out.write_all(b"pchat will make these changes:\n\n")?;
    for c in changes {
        writeln!(out, "{:>3} {}", c.action.symbol(), printable(&c.address))?;
        for f in &c.fields {
            let field = printable(&f.field);
            if c.action == Action::Create {
                writeln!(out, "        {field}: {}", value_text(&f.new))?;
            } else {
                writeln!(out, "        {field}: {} → {}", value_text(&f.old), value_text(&f.new))?;
            }
        }
        for a in c.added() {
            writeln!(out, "        + {}", printable(&a))?;
        }
        for r in &c.removed {
            writeln!(out, "        - {}", printable(r))?;
        }
    }
    let destructive: Vec<&Change> =
        changes.iter().filter(|c| c.destructive.is_some() || !c.dropped.is_empty()).collect();
    if !destructive.is_empty() {
        out.write_all(b"\nDestructive or history-losing changes:\n")?;
        for c in destructive {
            let address = printable(&c.address);
            if let Some(why) = &c.destructive {
                writeln!(out, "{:>3} {address}: {}", c.action.symbol(), printable(why))?;
            }
            for d in &c.dropped {
                writeln!(out, "{:>3} {address}: drops {}", c.action.symbol(), printable(d))?;
            }
        }
    }
    let s = diff::summary(changes);
    writeln!(out, "\nPlan: {} to add, {} to change, {} to destroy.", s.add, s.change, s.destroy)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn created_room(fields: &[(&str, serde_json::Value)]) -> Change {
        Change {
            action: Action::Create,
            kind: "Room".into(),
            name: "alpha".into(),
            address: "room alpha".into(),
            fields: fields
                .iter()
                .map(|(f, v)| diff::FieldChange { field: f.to_string(), old: serde_json::Value::Null, new: v.clone() })
                .collect(),
            added: vec!["member sip:a@x.com".into()],
            removed: vec![],
            destructive: None,
            dropped: vec![],
            operations: vec![],
            source: None,
        }
    }

    #[test]
    fn a_created_room_shows_its_description_on_one_line() {
        let change =
            created_room(&[("category", "eng".into()), ("description", "first room\nbeta,eng,second room".into())]);
        let text = render(&[change]);
        assert!(
            text.contains(
                "  + room alpha\n        category: \"eng\"\n        description: \"first room\\nbeta,eng,second room\"\n"
            ),
            "{text}"
        );
    }

    #[test]
    fn the_plan_escapes_what_a_terminal_would_act_on() {
        let mut change = created_room(&[
            ("description", "\u{1b}[2J\u{1b}[31mred\u{7} \u{202e}txt.exe".into()),
            ("labels", serde_json::json!({"team": "a\u{202e}b"})),
        ]);
        change.address = "room evil\u{200b}name".into();
        change.added = vec!["member sip:\u{1b}]0;x@y".into()];
        change.destructive = Some("room evil\u{200b}name narrows".into());
        let text = render(&[change]);
        assert!(!text.chars().any(|c| c != '\n' && crate::api::text::is_unsafe_char(c)), "{text:?}");
        assert!(text.contains("+ room evil\\u{200b}name\n"), "{text}");
        assert!(text.contains("description: \"\\u{1b}[2J\\u{1b}[31mred\\u{7} \\u{202e}txt.exe\"\n"), "{text}");
        assert!(text.contains(r#"labels: {"team":"a\u{202e}b"}"#), "{text}");
        assert!(text.contains("+ member sip:\\u{1b}]0;x@y\n"), "{text}");
    }

    #[test]
    fn long_values_are_cut_but_say_how_many_lines_they_hold() {
        let long = format!("{}\n{}", "x".repeat(150), "swallowed,row");
        let text = render(&[created_room(&[("description", long.into())])]);
        let shown = format!("description: \"{}…\" (164 characters on 2 lines)\n", "x".repeat(SHOWN_VALUE_CHARS));
        assert!(text.contains(&shown), "{text}");
        let short = render(&[created_room(&[("description", "y".repeat(SHOWN_VALUE_CHARS).into())])]);
        assert!(short.contains(&format!("description: \"{}\"\n", "y".repeat(SHOWN_VALUE_CHARS))), "{short}");
    }
}
