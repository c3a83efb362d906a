//! Readable default session names, and names made safe to print.

use jiff::ZonedDateTime as Zoned;

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_ES: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic",
];

/// "Session of 27 Nov 2026 20:14" (or its Spanish form): deterministic from the time,
/// so two sessions started in different minutes never share a default name.
pub fn default_name(time: &Zoned, lang: &str) -> String {
    let month = usize::try_from(time.month() - 1).unwrap_or(0).min(11);
    let (prefix, months) = if lang.starts_with("es") {
        ("Sesión del", MONTHS_ES)
    } else {
        ("Session of", MONTHS_EN)
    };
    format!(
        "{prefix} {} {} {} {:02}:{:02}",
        time.day(),
        months[month],
        time.year(),
        time.hour(),
        time.minute()
    )
}

/// `text` with control characters (escape sequences, newlines, tabs) replaced by a space
/// and bidirectional overrides dropped, so a name can never move the cursor, change colours
/// or reorder the text around it when printed.
pub fn printable(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
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
    fn control_characters_never_print() {
        for (input, want) in [
            ("plain", "plain"),
            ("\x1b[2Jboom", " [2Jboom"),
            ("two\nlines\t!", "two lines !"),
            ("../../etc/passwd", "../../etc/passwd"),
            ("\u{9b}31m", " 31m"),
            ("evil\u{202E}txt.exe", "eviltxt.exe"),
        ] {
            assert_eq!(printable(input), want, "{input:?}");
        }
    }
}
