//! The one sanitizer for text that reaches a terminal: which characters are unsafe to print
//! (controls, bidirectional overrides), and the ways of making text safe - dropping them,
//! escaping them visibly for error messages, and cutting an echoed value to a readable size.

use std::borrow::Cow;
use std::fmt::Write as _;

/// How many characters of a value an error message echoes before cutting it.
pub const ECHO_MAX: usize = 60;

/// True for a character a terminal would obey rather than show: C0, DEL and C1 controls
/// (escape sequences, CSI U+009B, newlines, tabs), and the bidirectional controls that
/// reorder the text around them (U+202A-U+202E, U+2066-U+2069, U+200E/F, U+061C), plus the
/// Unicode line and paragraph separators; and the characters that take no room and show
/// nothing (zero-width space, word joiner and invisible operators, a byte order mark, a
/// soft hyphen), which make `wor\u{200b}ry` look like `worry`. The joiners that shape
/// scripts and emoji (U+200C, U+200D) are text, and stay.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{200B}'
                | '\u{2060}'..='\u{2064}'
                | '\u{FEFF}'
                | '\u{00AD}'
                | '\u{180E}'
        )
}

/// `s` without unsafe characters: tabs become a space, newlines stay only when `multiline`
/// (else they become a space), and everything else [`is_unsafe`] finds is dropped.
pub fn sanitize(s: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' if multiline => out.push('\n'),
            '\n' | '\t' => out.push(' '),
            '\r' if !multiline => out.push(' '),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// `s` with unsafe characters written as Rust-style escapes (`\u{1b}`), for diagnostics
/// about a file's content, where the author needs to see what is there.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe(c) {
            let _ = write!(out, "{}", c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A value as an error message echoes it: one line, no unsafe characters, and at most
/// [`ECHO_MAX`] characters ([`clip`]).
pub fn echo(s: &str) -> String {
    clip(&sanitize(s, false))
}

/// At most [`ECHO_MAX`] characters of `s`, saying how much was left out: a 3 MB value must
/// not fill the terminal. Unsafe characters are kept, for messages that [`escape`] them later.
pub fn clip(s: &str) -> String {
    let total = s.chars().count();
    if total <= ECHO_MAX {
        return s.to_owned();
    }
    let kept: String = s.chars().take(ECHO_MAX).collect();
    format!("{kept}… ({} more characters)", total - ECHO_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_unsafe_characters() {
        for (input, multiline, want) in [
            ("plain", false, "plain"),
            ("a\x1b[31mred\x1b[0m", false, "a[31mred[0m"),
            ("two\nlines", false, "two lines"),
            ("two\nlines", true, "two\nlines"),
            ("tab\there", true, "tab here"),
            ("cr\r\nlf", true, "cr\nlf"),
            ("bell\x07 c1\u{9b}", false, "bell c1"),
            ("bidi\u{202E}txet", false, "biditxet"),
            ("iso\u{2066}late\u{2069}", false, "isolate"),
            ("marks\u{200E}\u{200F}", false, "marks"),
            ("ñandú 日本", false, "ñandú 日本"),
        ] {
            assert_eq!(sanitize(input, multiline), want, "{input:?}");
        }
    }

    #[test]
    fn escapes_show_what_is_there() {
        assert_eq!(escape("plain"), "plain");
        assert_eq!(escape("a\x07b"), "a\\u{7}b");
        assert_eq!(escape("rtl\u{202E}"), "rtl\\u{202e}");
        assert_eq!(escape("wor\u{200B}ry"), "wor\\u{200b}ry");
        assert_eq!(escape("👨\u{200D}👩"), "👨\u{200D}👩");
    }

    #[test]
    fn echoes_are_short() {
        assert_eq!(echo("short\x1b"), "short");
        let long = "x".repeat(3_000_000);
        let shown = echo(&long);
        assert!(shown.chars().count() < 100, "{}", shown.len());
        assert!(shown.ends_with("(2999940 more characters)"), "{shown}");
    }
}
