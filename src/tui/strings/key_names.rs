//! Key names as keyboards and people call them in each language.

use super::spanish;

/// Words inside key names ("Shift-Tab", "PgUp PgDn", "type or paste") as keyboards and
/// people call them in each language; everything else in a key name stays as it is.
pub const KEY_WORDS: &[(&str, &str)] = &[
    ("Space", "Espacio"),
    ("Enter", "Intro"),
    ("Shift", "Mayús"),
    ("Backspace", "Retroceso"),
    ("Delete", "Supr"),
    ("Home", "Inicio"),
    ("End", "Fin"),
    ("PgUp", "RePág"),
    ("PgDn", "AvPág"),
    ("click", "clic"),
    ("wheel", "rueda"),
    ("any", "cualquier"),
    ("other", "otra"),
    ("key", "tecla"),
    ("type", "escribir"),
    ("or", "o"),
    ("paste", "pegar"),
];

/// A key name in `lang`: each word (split at spaces and dashes) that [`KEY_WORDS`] knows
/// is replaced, so "Shift-Tab" becomes "Mayús-Tab" and spacing is kept.
pub fn key_name(lang: &str, keys: &str) -> String {
    if !spanish(lang) {
        return keys.to_owned();
    }
    let mut out = String::with_capacity(keys.len() + 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match KEY_WORDS.iter().find(|(en, _)| *en == word.as_str()) {
            Some((_, es)) => out.push_str(es),
            None => out.push_str(word),
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
