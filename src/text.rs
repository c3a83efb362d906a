//! The one way to measure, wrap, cut and pad text for a terminal, in cells: the TUI, plain
//! mode, the reports and the CLI tables all use it. Wrapping is textwrap's, breaking lines
//! where Unicode's line-breaking rules (UAX #14) allow, so Chinese and Japanese run
//! without spaces yet no line starts with "。" or "」".

use textwrap::WordSeparator;
use textwrap::core::Word;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Display width of `s` in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Display width of one character (0 for controls).
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

/// Cuts `s` to at most `max` cells from its start, beginning with `…` when something was
/// cut: the end of a line being typed, where the cursor is.
pub fn truncate_start(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut kept = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        let w = char_width(c);
        if used + w > max - 1 {
            break;
        }
        used += w;
        kept.push(c);
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
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

/// Wraps `s` to `cells` columns for a screen: at spaces, and inside a run of Chinese or
/// Japanese where Unicode allows; a word wider than a line is split. Newlines start new
/// lines. Always at least one line.
pub fn wrap(s: &str, cells: usize) -> Vec<String> {
    wrap_with(s, cells, "", "", true)
}

/// [`wrap`] for text that is read and copied (reports): the first line after `first`,
/// the others after `rest` (both counted in the width), and a word wider than a line (a
/// URL) kept whole on a line of its own. Blank lines stay blank.
pub fn wrap_prose(s: &str, cells: usize, first: &str, rest: &str) -> Vec<String> {
    wrap_with(s, cells, first, rest, false)
}

fn wrap_with(s: &str, cells: usize, first: &str, rest: &str, break_words: bool) -> Vec<String> {
    let mut out = Vec::new();
    for line in s.split('\n') {
        let line = line.trim_end_matches('\r');
        let lead = if out.is_empty() { first } else { rest };
        if line.is_empty() {
            out.push(String::new());
            continue;
        }
        // Below one cell after the prefix nothing fits; one column still shows every character.
        let cells = cells.max(width(lead).max(width(rest)) + 1);
        // Hyphens and slashes are not places to break: a URL or "Senior/staff" stays one word.
        let options = textwrap::Options::new(cells)
            .initial_indent(lead)
            .subsequent_indent(rest)
            .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
            .word_separator(WordSeparator::Custom(words))
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .break_words(break_words);
        out.extend(
            textwrap::wrap(line, options)
                .into_iter()
                .map(std::borrow::Cow::into_owned),
        );
    }
    out
}

/// Words split at spaces; a word with wide characters in it split again where Unicode
/// allows a break, its trailing space kept on its last piece.
fn words(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    Box::new(WordSeparator::AsciiSpace.find_words(line).flat_map(|word| {
        if !word.word.chars().any(|c| char_width(c) > 1) {
            return vec![word];
        }
        let mut pieces: Vec<Word<'_>> = WordSeparator::UnicodeBreakProperties
            .find_words(word.word)
            .collect();
        if let Some(last) = pieces.last_mut() {
            last.whitespace = word.whitespace;
        }
        pieces
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_respects_wide_characters() {
        assert_eq!(truncate("日本語", 4), "日…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(truncate("abcd", 3), "ab…");
        assert_eq!(truncate("abcd", 0), "");
        assert_eq!(truncate_start("abcd", 3), "…cd");
        assert_eq!(truncate_start("日本語", 4), "…語");
        assert_eq!(truncate_start("abc", 3), "abc");
        assert_eq!(width(&pad("日本", 6)), 6);
        assert_eq!(byte_at_cell("日本", 2), 3);
        assert_eq!(byte_at_cell("ab", 9), 2);
    }
}
