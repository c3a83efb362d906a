//! The program's own user-visible words (headings, labels) in every language it speaks.
//! Questionnaire text carries its own translations; this table is for the rest, and the
//! TUI and plain mode may use it too.

/// Languages this table covers; any other falls back to English.
pub const LANGS: &[&str] = &["en", "es"];

/// Every key, with its English and Spanish text.
pub const TABLE: &[(&str, &str, &str)] = &[
    ("and", "and", "y"),
    ("yes", "yes", "sí"),
    ("no", "no", "no"),
    ("no_answer", "no answer", "sin respuesta"),
    ("recommendation", "Recommendation", "Recomendación"),
    ("recommendations", "Recommendations", "Recomendaciones"),
    ("leads_to", "Leads to", "Conduce a"),
    ("scores", "Scores", "Puntuaciones"),
    ("score", "Score", "Puntuación"),
    ("range", "Range", "Rango"),
    ("why", "Why", "Por qué"),
    (
        "because_you_answered",
        "because you answered",
        "porque respondiste",
    ),
    ("notes", "Notes", "Notas"),
    ("roadmap", "Roadmap", "Hoja de ruta"),
    ("optional", "optional", "opcional"),
    ("resources", "Resources", "Recursos"),
    (
        "what_would_change",
        "What would change it",
        "Qué lo cambiaría",
    ),
    (
        "change_line",
        "If you answered “{answer}” to “{question}”, the result would be {outcome}.",
        "Si hubieras respondido «{answer}» a «{question}», el resultado sería {outcome}.",
    ),
    (
        "nothing_would_change",
        "No single different answer would change the result.",
        "Ninguna respuesta distinta por sí sola cambiaría el resultado.",
    ),
    ("your_answers", "Your answers", "Tus respuestas"),
    ("and_more", "…and {n} more", "…y {n} más"),
    ("profile", "Profile", "Perfil"),
    (
        "tied",
        "tied at the last place",
        "empatados en el último puesto",
    ),
    (
        "default_reason",
        "no specific rule matched; this follows from your overall scores",
        "ninguna regla concreta se cumplió; esto se deriva de tus puntuaciones globales",
    ),
    ("question", "Question", "Pregunta"),
    ("answer", "Answer", "Respuesta"),
];

/// The text of `key` in `lang` (English when the language or the key's translation is
/// missing; an empty string for an unknown key, which a test rules out for the keys we use).
pub fn ui(lang: &str, key: &str) -> &'static str {
    let Some(&(_, en, es)) = TABLE.iter().find(|(k, _, _)| *k == key) else {
        return "";
    };
    match primary(lang) {
        "es" => es,
        _ => en,
    }
}

/// `es_ES.UTF-8` -> `es`: the part of a locale name this table cares about.
fn primary(lang: &str) -> &str {
    let end = lang.find(['_', '-', '.', '@']).unwrap_or(lang.len());
    &lang[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_translated_and_unique() {
        for (i, (key, en, es)) in TABLE.iter().enumerate() {
            assert!(!en.is_empty() && !es.is_empty(), "{key}");
            assert!(
                !TABLE[..i].iter().any(|(k, _, _)| k == key),
                "duplicate {key}"
            );
        }
    }

    #[test]
    fn lookups() {
        for (lang, key, want) in [
            ("en", "why", "Why"),
            ("es", "why", "Por qué"),
            ("es_ES.UTF-8", "and", "y"),
            ("fr", "roadmap", "Roadmap"),
            ("en", "missing-key", ""),
        ] {
            assert_eq!(ui(lang, key), want, "{lang} {key}");
        }
    }
}
