//! Readable default session names, kept distinct from the names already saved, and names
//! made safe to print.

use jiff::ZonedDateTime as Zoned;

use crate::words;

/// "Session of 27 Nov 2026 20:14" (or its Spanish form): deterministic from the time,
/// so two sessions started in different minutes never share a default name.
pub fn default_name(time: &Zoned, lang: &str) -> String {
    let month = words::t_args(lang, "month-short", &[("month", time.month().into())]);
    words::t_args(
        lang,
        "session-default-name",
        &[
            ("day", time.day().into()),
            ("month", month.into()),
            // As text: a year is no amount, and must never be grouped or pluralised.
            ("year", time.year().to_string().into()),
            (
                "time",
                format!("{:02}:{:02}", time.hour(), time.minute()).into(),
            ),
        ],
    )
}

/// `name`, or when a saved session already has it, `name (2)`, `name (3)` ...: two sessions
/// started in the same minute get the same [`default_name`], and a list of identical names
/// cannot be told apart.
pub fn distinct_name<'a>(name: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
    let taken: std::collections::HashSet<&str> = taken.into_iter().collect();
    if !taken.contains(name) {
        return name.to_owned();
    }
    (2..)
        .map(|n| format!("{name} ({n})"))
        .find(|candidate| !taken.contains(candidate.as_str()))
        .unwrap_or_else(|| name.to_owned())
}

/// The most characters a session name keeps: a name tells sessions apart in a list, and a
/// longer one would fill the screen (a 3,000-character name left the browser three rows).
pub const MAX_NAME: usize = 100;

/// A name as typed, made a session name: on one line and safe to print ([`printable`]),
/// trimmed, and at most [`MAX_NAME`] characters; `None` when nothing is left.
pub fn name_from(typed: &str) -> Option<String> {
    let name: String = printable(typed).trim().chars().take(MAX_NAME).collect();
    let name = name.trim_end();
    (!name.is_empty()).then(|| name.to_owned())
}

/// `text` on one line, safe to print ([`crate::sanitize::sanitize`]): a name can never move
/// the cursor, change colours or reorder the text around it.
pub fn printable(text: &str) -> String {
    crate::sanitize::sanitize(text, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_time_and_language() {
        let t: Zoned = "2026-11-27T20:14:09[UTC]".parse().unwrap();
        assert_eq!(default_name(&t, "en"), "Session of 27 Nov 2026 20:14");
        assert_eq!(default_name(&t, "es"), "Sesión del 27 nov 2026 20:14");
    }

    #[test]
    fn names_already_taken_get_a_number() {
        let base = "Session of 27 Nov 2026 20:14";
        assert_eq!(distinct_name(base, ["other"]), base);
        assert_eq!(distinct_name(base, [base]), format!("{base} (2)"));
        let two = format!("{base} (2)");
        assert_eq!(
            distinct_name(base, [base, two.as_str()]),
            format!("{base} (3)")
        );
    }

    #[test]
    fn names_are_stored_without_control_characters() {
        for (typed, want) in [
            ("  plain  ", Some("plain")),
            (
                "evil\u{1b}]0;pwned\u{7}\u{1b}[31mRED\nline2",
                Some("evil]0;pwned[31mRED line2"),
            ),
            ("\u{1b}\u{7}\n", None),
        ] {
            assert_eq!(name_from(typed).as_deref(), want, "{typed:?}");
        }
    }

    #[test]
    fn control_characters_never_print() {
        for (input, want) in [
            ("plain", "plain"),
            ("\x1b[2Jboom", "[2Jboom"),
            ("two\nlines\t!", "two lines !"),
            ("../../etc/passwd", "../../etc/passwd"),
            ("\u{9b}31m", "31m"),
            ("evil\u{202E}txt.exe", "eviltxt.exe"),
        ] {
            assert_eq!(printable(input), want, "{input:?}");
        }
    }
}
