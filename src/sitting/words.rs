//! The words a sitting understands from people, per language: yes, no, none, and how
//! numbers are written. Both interfaces read answers with these.

/// True for Spanish (`es`, `es_ES.UTF-8`, `es-MX`).
pub use crate::lang::is_spanish as spanish;

/// The language writes decimals with a comma (`2,5`).
pub fn decimal_comma(lang: &str) -> bool {
    spanish(lang)
}

/// Words that answer yes. English `y`/`yes` are understood everywhere.
pub fn yes_words(lang: &str) -> &'static [&'static str] {
    if spanish(lang) {
        &["s", "si", "sí", "y", "yes", "true"]
    } else {
        &["y", "yes", "true"]
    }
}

pub fn no_words(_lang: &str) -> &'static [&'static str] {
    &["n", "no", "false"]
}

/// Words that choose none of a multi-choice question's choices.
pub fn none_words(lang: &str) -> &'static [&'static str] {
    if spanish(lang) {
        &["none", "ninguna", "ninguno", "-"]
    } else {
        &["none", "-"]
    }
}
