//! Text hygiene for the screen: control characters made visible before the shared
//! measuring and wrapping of [`crate::text`].

use std::borrow::Cow;

/// Replaces characters a terminal would interpret (C0, DEL, C1, ESC) with visible
/// stand-ins, so questionnaire text or typed answers can never move the cursor,
/// change colours or set the window title. Tabs become a space; newlines are
/// kept out too (callers split lines before sanitizing).
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_cleaning) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        push_clean(&mut out, c);
    }
    Cow::Owned(out)
}

fn needs_cleaning(c: char) -> bool {
    crate::sanitize::is_unsafe(c)
}

fn push_clean(out: &mut String, c: char) {
    match c {
        '\t' => out.push(' '),
        // Caret notation for C0 (`^[` for ESC) keeps the character identifiable.
        '\0'..='\x1f' => {
            out.push('^');
            out.push(char::from(b'@' + c as u8));
        }
        '\x7f' => out.push_str("^?"),
        c if c.is_control() => out.push('\u{FFFD}'),
        // Bidirectional controls would reorder the screen around them; they show nothing.
        c if needs_cleaning(c) => {}
        c => out.push(c),
    }
}

/// Splits on newlines and cleans each line.
pub fn clean_lines(s: &str) -> Vec<String> {
    s.split('\n')
        .map(|l| clean(l.trim_end_matches('\r')).into_owned())
        .collect()
}

pub use crate::text::{byte_at_cell, char_width, pad, truncate, truncate_start, width};

/// [`crate::text::wrap`] of the text with its control characters made visible.
pub fn wrap(s: &str, cells: usize) -> Vec<String> {
    crate::text::wrap(&clean_lines(s).join("\n"), cells)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_table() {
        let cases = [
            ("plain", "plain"),
            ("a\x1b[31mred", "a^[[31mred"),
            ("bell\x07", "bell^G"),
            ("tab\there", "tab here"),
            ("del\x7f", "del^?"),
            ("c1\u{9b}x", "c1\u{FFFD}x"),
            ("日本語 🦀", "日本語 🦀"),
        ];
        for (input, want) in cases {
            assert_eq!(clean(input), want, "input {input:?}");
        }
    }

    #[test]
    fn wrapping_table() {
        let cases: &[(&str, usize, &[&str])] = &[
            ("one two three", 7, &["one two", "three"]),
            ("one two three", 100, &["one two three"]),
            ("abcdefgh", 3, &["abc", "def", "gh"]),
            ("日本語のテキスト", 6, &["日本語", "のテキ", "スト"]),
            ("a\nb", 10, &["a", "b"]),
            ("", 10, &[""]),
            ("x\x1b[2Jy", 20, &["x^[[2Jy"]),
            ("word", 0, &["w", "o", "r", "d"]),
        ];
        for (input, cells, want) in cases {
            assert_eq!(wrap(input, *cells), *want, "{input:?} at {cells}");
        }
    }
}
