//! The one wrapping and measuring module (`careerpath::text`): wide characters, emoji,
//! long words, and line breaks where Unicode allows them.

use careerpath::text::{pad, truncate, width, wrap, wrap_prose};

#[test]
fn wrapping_table() {
    let long = "a".repeat(25);
    let cases: &[(&str, &str, usize, &[&str])] = &[
        ("words", "one two three", 7, &["one two", "three"]),
        ("fits", "one two three", 100, &["one two three"]),
        (
            "a long word is split",
            &long,
            10,
            &["aaaaaaaaaa", "aaaaaaaaaa", "aaaaa"],
        ),
        (
            "wide characters",
            "日本語のテキスト",
            6,
            &["日本語", "のテキ", "スト"],
        ),
        ("emoji are two cells", "🦀🦀🦀", 4, &["🦀🦀", "🦀"]),
        ("newlines", "a\nb", 10, &["a", "b"]),
        ("blank lines stay", "a\n\nb", 10, &["a", "", "b"]),
        ("empty", "", 10, &[""]),
        ("no room", "word", 0, &["w", "o", "r", "d"]),
    ];
    for (name, input, cells, want) in cases {
        assert_eq!(wrap(input, *cells), *want, "{name}: {input:?} at {cells}");
    }
}

/// UAX #14: closing punctuation stays with what it closes, at every width.
#[test]
fn no_line_starts_with_closing_punctuation() {
    let text = "これは日本語の文です。「引用」と書きます、そして続きます。中文也一样：「你好」。";
    // Below 6 cells "好」。" (6 cells that may not be parted) has to be split somewhere.
    for cells in 6..=40 {
        let lines = wrap(text, cells);
        for line in &lines {
            assert!(width(line) <= cells, "{cells}: {line:?} too wide");
            assert!(
                !line.starts_with(['。', '」', '、', '：']),
                "{cells}: {lines:?}"
            );
        }
        assert_eq!(lines.concat(), text, "{cells}: a character lost or added");
    }
}

#[test]
fn prose_keeps_long_words_whole_and_indents() {
    let url = format!("https://example.com/{}", "a".repeat(100));
    assert_eq!(wrap_prose(&url, 40, "", ""), std::slice::from_ref(&url));
    let lines = wrap_prose(&"word ".repeat(20), 30, "  - ", "    ");
    assert!(lines.len() > 1, "{lines:?}");
    assert!(lines[0].starts_with("  - word") && lines[1].starts_with("    word"));
    assert!(lines.iter().all(|l| width(l) <= 30), "{lines:?}");
}

#[test]
fn truncation_and_padding_count_cells() {
    for (input, max, want) in [
        ("日本語", 4, "日…"),
        ("🦀🦀🦀", 5, "🦀🦀…"),
        ("abc", 3, "abc"),
        ("abcd", 3, "ab…"),
        ("abcd", 0, ""),
    ] {
        assert_eq!(truncate(input, max), want, "{input:?} at {max}");
    }
    assert_eq!(width(&pad("日本", 7)), 7);
    assert_eq!(width(&pad("🦀 crab", 4)), 4);
}
