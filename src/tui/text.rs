//! Text hygiene for the screen: control characters made visible, widths, truncation.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

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

/// Display width of `s` in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

pub fn char_width(c: char) -> usize {
    UnicodeWidthChar::width(c).unwrap_or(0)
}

/// Cuts `s` to at most `max` cells, ending with `…` when something was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = char_width(c);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Pads `s` with spaces to exactly `cells` cells (truncating when longer).
pub fn pad(s: &str, cells: usize) -> String {
    let t = truncate(s, cells);
    let w = width(&t);
    format!("{t}{}", " ".repeat(cells.saturating_sub(w)))
}

/// The byte index where cell column `cell` starts in `s` (the end when past it).
pub fn byte_at_cell(s: &str, cell: usize) -> usize {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        if used >= cell {
            return i;
        }
        used += char_width(c);
    }
    s.len()
}

/// Word-wraps cleaned text to `cells` columns; words longer than a line are split.
/// Newlines in the input start new lines. Always returns at least one line.
pub fn wrap(s: &str, cells: usize) -> Vec<String> {
    let cells = cells.max(1);
    let mut out = Vec::new();
    for para in clean_lines(s) {
        let mut line = String::new();
        let mut used = 0;
        for word in para.split(' ') {
            let w = width(word);
            let gap = usize::from(!line.is_empty());
            if used + gap + w <= cells {
                if gap == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                used += gap + w;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
                used = 0;
            }
            // A word wider than the line is cut into line-sized pieces.
            for c in word.chars() {
                let cw = char_width(c);
                if used + cw > cells && !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += cw;
            }
        }
        out.push(line);
    }
    out
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
    fn truncation_respects_wide_characters() {
        assert_eq!(truncate("日本語", 4), "日…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(truncate("abcd", 3), "ab…");
        assert_eq!(truncate("abcd", 0), "");
        assert_eq!(width(&pad("日本", 6)), 6);
        assert_eq!(byte_at_cell("日本", 2), 3);
        assert_eq!(byte_at_cell("ab", 9), 2);
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
