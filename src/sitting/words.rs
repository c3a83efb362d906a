//! The words a sitting understands from people, per language: yes, no, none, and how
//! numbers are written. Both interfaces read answers with these; the words themselves are
//! messages of [`crate::words`] (`answer-yes`, `decimal-separator`, ...).

use crate::words;

/// The language writes decimals with a comma (`2,5`).
pub fn decimal_comma(lang: &str) -> bool {
    words::t(lang, "decimal-separator") == ","
}

/// Words that answer yes.
pub fn yes_words(lang: &str) -> Vec<String> {
    with_english(lang, "answer-yes")
}

/// Words that answer no.
pub fn no_words(lang: &str) -> Vec<String> {
    with_english(lang, "answer-no")
}

/// Words that choose none of a multi-choice question's choices.
pub fn none_words(lang: &str) -> Vec<String> {
    with_english(lang, "answer-none")
}

/// The list `id` in `lang` and in English: English `y`, `no`, `none` work in any language.
fn with_english(lang: &str, id: &str) -> Vec<String> {
    let mut all = words::list(lang, id);
    for w in words::list("en", id) {
        if !all.contains(&w) {
            all.push(w);
        }
    }
    all
}
