//! Key names as keyboards and people call them in each language.

use crate::words;

/// A key name in `lang`: each word (split at spaces and dashes) with a `keyname-<word>`
/// message is replaced, so "Shift-Tab" becomes "Mayús-Tab" and spacing is kept.
pub fn key_name(lang: &str, keys: &str) -> String {
    let mut out = String::with_capacity(keys.len() + 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match words::lookup(lang, &format!("keyname-{word}"), &[]) {
            Some(named) if !word.is_empty() => out.push_str(&named),
            _ => out.push_str(word),
        }
        word.clear();
    };
    for c in keys.chars() {
        if c == ' ' || c == '-' {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}
