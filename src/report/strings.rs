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
    (
        "default_reason",
        "no specific rule matched; this follows from your overall scores",
        "ninguna regla concreta se cumplió; esto se deriva de tus puntuaciones globales",
    ),
    ("question", "Question", "Pregunta"),
    ("answer", "Answer", "Respuesta"),
    // The sized plan, confidence and sources (src/report/sizing.rs builds the sentences).
    ("how_clear", "How clear", "Qué tan clara"),
    ("clarity_clear", "Clear", "Clara"),
    ("clarity_leaning", "Leaning", "Inclinada"),
    ("clarity_close", "Close", "Reñida"),
    ("clarity_tie", "Tie", "Empate"),
    (
        "clarity_for",
        "{label}: your answers favour this by {margin}.",
        "{label}: tus respuestas la favorecen por {margin}.",
    ),
    (
        "clarity_against",
        "{label}: on points your answers favour another path by {margin}; the reasons below say what decided it.",
        "{label}: por puntos tus respuestas favorecen otro camino por {margin}; los motivos de abajo dicen qué lo decidió.",
    ),
    (
        "clarity_level",
        "{label}: on points your answers come out level; the reasons below say what decided it.",
        "{label}: por puntos tus respuestas quedan igualadas; los motivos de abajo dicen qué lo decidió.",
    ),
    ("point_one", "{n} point", "{n} punto"),
    ("point_many", "{n} points", "{n} puntos"),
    (
        "most_likely_change",
        "Most likely to change it: {change}",
        "Lo que más probablemente lo cambiaría: {change}",
    ),
    (
        "starting_point",
        "A starting point for your own exploration, not a verdict.",
        "Un punto de partida para que explores, no un veredicto.",
    ),
    ("hour_one", "{n} hour", "{n} hora"),
    ("hour_many", "{n} hours", "{n} horas"),
    ("week_one", "{n} week", "{n} semana"),
    ("week_many", "{n} weeks", "{n} semanas"),
    ("month_year", "{month} {year}", "{month} de {year}"),
    (
        "plan_fits",
        "With {hours} a week the required stages take about {weeks}, until about {date}.",
        "Con {hours} a la semana, las etapas necesarias llevan unas {weeks}, hasta aproximadamente {date}.",
    ),
    (
        "plan_too_long",
        "This plan does not fit your time: with {hours} a week its required stages take about {weeks}, until about {date}, longer than the {horizon} it is meant to fit in. More hours a week would make it fit; otherwise, expect it to take that long.",
        "Este plan no cabe en tu tiempo: con {hours} a la semana sus etapas necesarias llevan unas {weeks}, hasta aproximadamente {date}, más que las {horizon} en las que debería caber. Con más horas a la semana cabría; si no, cuenta con que lleve ese tiempo.",
    ),
    (
        "stage_size",
        "about {hours} h, {weeks}, done by about {date}",
        "unas {hours} h, {weeks}, terminada hacia {date}",
    ),
    ("sources", "Sources", "Fuentes"),
    (
        "sources_docs",
        "The official documentation for each stage is linked under it in the roadmap.",
        "La documentación oficial de cada etapa está enlazada debajo de ella en la hoja de ruta.",
    ),
    ("month_1", "January", "enero"),
    ("month_2", "February", "febrero"),
    ("month_3", "March", "marzo"),
    ("month_4", "April", "abril"),
    ("month_5", "May", "mayo"),
    ("month_6", "June", "junio"),
    ("month_7", "July", "julio"),
    ("month_8", "August", "agosto"),
    ("month_9", "September", "septiembre"),
    ("month_10", "October", "octubre"),
    ("month_11", "November", "noviembre"),
    ("month_12", "December", "diciembre"),
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
