//! Phrases with numbers or names in them, one small function each, per language.

use super::{spanish, tr};

/// "terminal too small: need 40x12, have 20x5".
pub fn too_small(lang: &str, need: (u16, u16), have: (u16, u16)) -> String {
    format!(
        "{} {}x{}, {} {}x{}",
        tr(lang, "too_small"),
        need.0,
        need.1,
        tr(lang, "have"),
        have.0,
        have.1
    )
}

/// "Question 3 of about 10".
pub fn question_of(lang: &str, position: usize, total: usize) -> String {
    if spanish(lang) {
        format!("Pregunta {position} de unas {total}")
    } else {
        format!("Question {position} of about {total}")
    }
}

/// "Resume “name” — question 3 of about 10".
pub fn resume(lang: &str, name: &str, position: usize, total: usize) -> String {
    if spanish(lang) {
        format!("Continuar «{name}» — pregunta {position} de unas {total}")
    } else {
        format!("Resume “{name}” — question {position} of about {total}")
    }
}

/// How many choices a multi question takes: "Choose 1 to 4" (numbers already formatted).
pub fn choose_range(lang: &str, min: Option<u32>, max: Option<u32>) -> String {
    let es = spanish(lang);
    match (min, max, es) {
        (Some(a), Some(b), false) if a == b => format!("Choose {a}"),
        (Some(a), Some(b), true) if a == b => format!("Elige {a}"),
        (Some(a), Some(b), false) => format!("Choose {a} to {b}"),
        (Some(a), Some(b), true) => format!("Elige de {a} a {b}"),
        (Some(a), None, false) => format!("Choose at least {a}"),
        (Some(a), None, true) => format!("Elige al menos {a}"),
        (None, Some(b), false) => format!("Choose up to {b}"),
        (None, Some(b), true) => format!("Elige hasta {b}"),
        (None, None, _) => tr(lang, "choose_any").to_owned(),
    }
}

/// "3 chosen".
pub fn chosen(lang: &str, n: usize) -> String {
    if spanish(lang) {
        format!("{n} {}", if n == 1 { "elegida" } else { "elegidas" })
    } else {
        format!("{n} chosen")
    }
}

/// The parts of a number question's rule: "from 1 to 40", "at least 1", "at most 40",
/// "step 5", "in hours" (numbers and unit already formatted).
pub enum NumberPart<'a> {
    Range(&'a str, &'a str),
    AtLeast(&'a str),
    AtMost(&'a str),
    Step(&'a str),
    Unit(&'a str),
}

pub fn number_part(lang: &str, part: NumberPart<'_>) -> String {
    let es = spanish(lang);
    match (part, es) {
        (NumberPart::Range(a, b), false) => format!("from {a} to {b}"),
        (NumberPart::Range(a, b), true) => format!("de {a} a {b}"),
        (NumberPart::AtLeast(a), false) => format!("at least {a}"),
        (NumberPart::AtLeast(a), true) => format!("al menos {a}"),
        (NumberPart::AtMost(b), false) => format!("at most {b}"),
        (NumberPart::AtMost(b), true) => format!("como mucho {b}"),
        (NumberPart::Step(s), false) => format!("step {s}"),
        (NumberPart::Step(s), true) => format!("de {s} en {s}"),
        (NumberPart::Unit(u), false) => format!("in {u}"),
        (NumberPart::Unit(u), true) => format!("en {u}"),
    }
}

/// "A number from 1 to 40, step 1 · ↑↓ adjust".
pub fn number_rule(lang: &str, parts: &str) -> String {
    let lead = if spanish(lang) {
        "Un número"
    } else {
        "A number"
    };
    format!("{lead} {parts} · ↑↓ {}", tr(lang, "adjust"))
}

/// "12 / 40 characters" or "12 characters".
pub fn characters(lang: &str, n: usize, max: Option<usize>) -> String {
    let word = if spanish(lang) {
        "caracteres"
    } else {
        "characters"
    };
    match max {
        Some(m) => format!("{n} / {m} {word}"),
        None => format!("{n} {word}"),
    }
}

/// "If you answered “x” to “q”, the recommendation would be y."
pub fn change_line(lang: &str, answer: &str, question: &str, outcome: &str) -> String {
    if spanish(lang) {
        format!(
            "Si hubieras respondido «{answer}» a «{question}», la recomendación sería {outcome}."
        )
    } else {
        format!(
            "If you answered “{answer}” to “{question}”, the recommendation would be {outcome}."
        )
    }
}

/// "↓ 12 more lines (↓ j PgDn)".
pub fn more_lines(lang: &str, n: usize) -> String {
    if spanish(lang) {
        format!("↓ {n} líneas más (↓ j AvPág)")
    } else {
        format!("↓ {n} more lines (↓ j PgDn)")
    }
}

/// "↑ 2 above · ↓ 4 below": the choices a list too tall for the screen leaves out.
pub fn more_choices(lang: &str, above: usize, below: usize) -> String {
    let (up, down) = if spanish(lang) {
        ("arriba", "abajo")
    } else {
        ("above", "below")
    };
    match (above, below) {
        (0, n) => format!("↓ {n} {down}"),
        (n, 0) => format!("↑ {n} {up}"),
        (a, b) => format!("↑ {a} {up} · ↓ {b} {down}"),
    }
}

/// "Delete “name”? y deletes it for good, n keeps it."
pub fn confirm_delete(lang: &str, name: &str) -> String {
    if spanish(lang) {
        format!("¿Borrar «{name}»? s la borra para siempre, n la conserva.")
    } else {
        format!("Delete “{name}”? y deletes it for good, n keeps it.")
    }
}

/// "2 marked · Space marks two sessions, c compares them".
pub fn marked(lang: &str, n: usize) -> String {
    if spanish(lang) {
        let marked = if n == 1 { "marcada" } else { "marcadas" };
        format!("{n} {marked} · Espacio marca dos sesiones, c las compara")
    } else {
        format!("{n} marked · Space marks two sessions, c compares them")
    }
}
