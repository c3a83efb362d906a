//! The interface's own words (hints, headings, menus, help) in every language it speaks.
//! Questionnaire text carries its own translations and the report's words live in
//! [`crate::report::ui`]; [`tr`] looks here first and then there, so one call serves both.
//! Strings with numbers are built by the small helpers below, not by templates.

/// Every key, with its English and Spanish text.
pub const TABLE: &[(&str, &str, &str)] = &[
    // Banners and the too-small notice.
    (
        "read_only",
        "Read-only: this session is open in another careerpath; changes here are not saved.",
        "Solo lectura: esta sesión está abierta en otro careerpath; los cambios aquí no se guardan.",
    ),
    (
        "no_storage",
        "Sessions are not being saved: no usable data directory.",
        "Las sesiones no se están guardando: no hay un directorio de datos utilizable.",
    ),
    (
        "too_small",
        "terminal too small: need",
        "terminal demasiado pequeña: se necesitan",
    ),
    ("have", "have", "hay"),
    // Footer hints (what a key does, in a word or two).
    ("f.close", "close", "cerrar"),
    ("f.move", "move", "mover"),
    ("f.choose", "choose", "elegir"),
    ("f.help", "help", "ayuda"),
    ("f.quit", "quit", "salir"),
    ("f.select", "select", "marcar"),
    ("f.next", "next", "siguiente"),
    ("f.back", "back", "atrás"),
    ("f.menu", "menu", "menú"),
    ("f.reorder", "reorder", "reordenar"),
    ("f.answer", "answer", "responder"),
    ("f.step", "step", "ajustar"),
    ("f.delete_word", "delete word", "borrar palabra"),
    ("f.change", "change", "cambiar"),
    ("f.see_result", "see result", "ver resultado"),
    ("f.scroll", "scroll", "desplazar"),
    ("f.review", "review", "revisar"),
    ("f.export", "export", "exportar"),
    ("f.new", "new", "nueva"),
    ("f.sessions", "sessions", "sesiones"),
    ("f.open", "open", "abrir"),
    ("f.filter", "filter", "filtrar"),
    ("f.rename", "rename", "renombrar"),
    ("f.delete", "delete", "borrar"),
    ("f.mark", "mark", "marcar"),
    ("f.compare", "compare", "comparar"),
    ("f.keep_filter", "keep filter", "mantener filtro"),
    ("f.clear", "clear", "borrar"),
    ("f.cancel", "cancel", "cancelar"),
    ("f.keep", "keep", "conservar"),
    ("any_key", "any key", "cualquier tecla"),
    // Overlays.
    ("keys_title", " Keys ", " Teclas "),
    ("menu_title", " Menu ", " Menú "),
    ("m.close", "Back to where I was", "Volver a donde estaba"),
    ("m.review", "Review my answers", "Revisar mis respuestas"),
    ("m.sessions", "Saved sessions", "Sesiones guardadas"),
    ("m.help", "Keys (help)", "Teclas (ayuda)"),
    ("m.quit", "Quit", "Salir"),
    // Welcome.
    (
        "about",
        "Answer a few questions about where your career is heading. careerpath recommends Python, Rust or both, in what order, and tells you why.",
        "Responde unas preguntas sobre hacia dónde va tu carrera. careerpath te recomienda Python, Rust o ambos, en qué orden, y te explica por qué.",
    ),
    ("w.new", "Start a new session", "Empezar una sesión nueva"),
    ("w.resume", "Resume", "Continuar"),
    // Question screen.
    ("yes_button", "Yes", "Sí"),
    ("no_button", "No", "No"),
    ("choose_any", "Choose any", "Elige las que quieras"),
    (
        "rank_rule",
        "Most important first · K/J or Shift-↑↓ move the highlighted item",
        "Lo más importante primero · K/J o Mayús-↑↓ mueven el elemento resaltado",
    ),
    ("adjust", "adjust", "ajustar"),
    // Results.
    (
        "no_change",
        "No single answer change would lead to a different recommendation.",
        "Ninguna respuesta distinta por sí sola llevaría a otra recomendación.",
    ),
    ("end_of_page", "end ↑", "fin ↑"),
    // Review.
    (
        "check_answers",
        "Check your answers",
        "Revisa tus respuestas",
    ),
    (
        "review_hint",
        "Enter changes the highlighted answer · r shows the recommendation",
        "Intro cambia la respuesta resaltada · r muestra la recomendación",
    ),
    ("skipped", "(skipped)", "(omitida)"),
    ("not_answered", "(not answered yet)", "(sin responder aún)"),
    (
        "see_recommendation",
        "→ See the recommendation",
        "→ Ver la recomendación",
    ),
    (
        "kept_aside",
        "Kept aside (this version of the questionnaire no longer asks these):",
        "Apartadas (esta versión del cuestionario ya no las pregunta):",
    ),
    // Sessions browser.
    ("saved_sessions", "Saved sessions", "Sesiones guardadas"),
    ("filter", "Filter: ", "Filtro: "),
    ("to_change", "  (/ to change)", "  (/ para cambiarlo)"),
    ("col.name", "Name", "Nombre"),
    ("col.updated", "Updated", "Actualizada"),
    ("col.status", "Status", "Estado"),
    ("col.progress", "Progress", "Progreso"),
    ("col.outcome", "Outcome", "Resultado"),
    ("in_progress", "in progress", "en curso"),
    ("complete", "complete", "completa"),
    ("loading", "Loading…", "Cargando…"),
    (
        "no_sessions",
        "No saved sessions yet. Press n to start one.",
        "Aún no hay sesiones guardadas. Pulsa n para empezar una.",
    ),
    (
        "no_match",
        "No session matches the filter.",
        "Ninguna sesión coincide con el filtro.",
    ),
    ("damaged", "damaged", "dañada"),
    ("compare_sessions", "Compare sessions", "Comparar sesiones"),
    ("no_result_yet", "(no result yet)", "(aún sin resultado)"),
    // Help overlay: what each key does.
    ("h.move", "move", "mover"),
    ("h.choose", "choose", "elegir"),
    ("h.choose_number", "choose by number", "elegir por número"),
    ("h.close", "close", "cerrar"),
    ("h.new_session", "new session", "sesión nueva"),
    ("h.saved_sessions", "saved sessions", "sesiones guardadas"),
    ("h.this_help", "this help", "esta ayuda"),
    ("h.menu", "menu", "menú"),
    (
        "h.quit_saved",
        "quit (answers are saved)",
        "salir (las respuestas quedan guardadas)",
    ),
    (
        "h.move_highlight",
        "move the highlight",
        "mover el resaltado",
    ),
    ("h.page", "page / first / last", "página / primera / última"),
    (
        "h.tick",
        "select / tick the highlighted choice",
        "marcar la opción resaltada",
    ),
    ("h.tick_n", "select / tick choice n", "marcar la opción n"),
    ("h.accept", "accept and go on", "aceptar y seguir"),
    ("h.previous", "previous question", "pregunta anterior"),
    (
        "h.skip",
        "skip (optional questions)",
        "omitir (preguntas opcionales)",
    ),
    ("h.click", "select / scroll", "marcar / desplazar"),
    (
        "h.move_item",
        "move the highlighted item up / down",
        "subir / bajar el elemento resaltado",
    ),
    (
        "h.accept_order",
        "accept the order and go on",
        "aceptar el orden y seguir",
    ),
    ("h.yes_no", "yes / no", "sí / no"),
    ("h.switch", "switch", "cambiar"),
    ("h.lower_higher", "lower / higher", "menos / más"),
    ("h.pick_value", "pick that value", "elegir ese valor"),
    ("h.type_number", "type a number", "escribir un número"),
    (
        "h.by_step",
        "up / down by the step",
        "subir / bajar un paso",
    ),
    ("h.cursor", "move the cursor", "mover el cursor"),
    (
        "h.delete_char_word",
        "delete a character / a word",
        "borrar un carácter / una palabra",
    ),
    (
        "h.accept_empty",
        "accept and go on (empty skips an optional question)",
        "aceptar y seguir (vacío omite una pregunta opcional)",
    ),
    (
        "h.menu_quit",
        "menu (quit from there)",
        "menú (desde ahí, salir)",
    ),
    ("h.quit", "quit", "salir"),
    (
        "h.edit",
        "edit the answer (paste never submits)",
        "editar la respuesta (pegar nunca la envía)",
    ),
    ("h.delete_char", "delete a character", "borrar un carácter"),
    (
        "h.delete_word",
        "delete the word before the cursor",
        "borrar la palabra antes del cursor",
    ),
    (
        "h.change",
        "change the highlighted answer",
        "cambiar la respuesta resaltada",
    ),
    ("h.see", "see the recommendation", "ver la recomendación"),
    (
        "h.back_last",
        "back to the last question",
        "volver a la última pregunta",
    ),
    ("h.scroll", "scroll", "desplazar"),
    (
        "h.back_review",
        "back to the review",
        "volver a la revisión",
    ),
    ("h.export", "export as Markdown", "exportar como Markdown"),
    (
        "h.open",
        "open (resume, or results when complete)",
        "abrir (continuar, o el resultado si está completa)",
    ),
    (
        "h.filter",
        "filter as you type",
        "filtrar mientras escribes",
    ),
    ("h.rename", "rename", "renombrar"),
    (
        "h.delete_asks",
        "delete (asks first)",
        "borrar (pregunta antes)",
    ),
    ("h.mark", "mark for comparing", "marcar para comparar"),
    (
        "h.compare",
        "compare the two marked sessions",
        "comparar las dos sesiones marcadas",
    ),
    ("h.back_start", "back to the start", "volver al inicio"),
    (
        "h.filter_by",
        "filter by name, id or outcome",
        "filtrar por nombre, id o resultado",
    ),
    ("h.keep_filter", "keep the filter", "mantener el filtro"),
    ("h.clear_filter", "clear the filter", "borrar el filtro"),
    ("h.new_name", "the new name", "el nuevo nombre"),
    ("h.cancel", "cancel", "cancelar"),
    ("h.delete", "delete", "borrar"),
    ("h.keep_it", "keep it", "conservarla"),
    (
        "h.close_compare",
        "close the comparison",
        "cerrar la comparación",
    ),
];

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
    ("type", "escribir"),
    ("or", "o"),
    ("paste", "pegar"),
];

/// Entries whose Spanish is rightly the same as the English.
pub const SAME_IN_BOTH: &[&str] = &["no_button"];

/// The text of `key` in `lang`: this table first, then the report's; English when the
/// language or the translation is missing, and an empty string for an unknown key (a
/// test rules that out for the keys the views use).
pub fn tr(lang: &str, key: &str) -> &'static str {
    match TABLE.iter().find(|(k, _, _)| *k == key) {
        Some(&(_, en, es)) => match primary(lang) {
            "es" => es,
            _ => en,
        },
        None => crate::report::ui(lang, key),
    }
}

/// `es_ES.UTF-8` -> `es`.
fn primary(lang: &str) -> &str {
    let end = lang.find(['_', '-', '.', '@']).unwrap_or(lang.len());
    &lang[..end]
}

fn spanish(lang: &str) -> bool {
    primary(lang) == "es"
}

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

/// "Delete “name”? y deletes it for good, n keeps it."
pub fn confirm_delete(lang: &str, name: &str) -> String {
    if spanish(lang) {
        format!("¿Borrar «{name}»? y la borra para siempre, n la conserva.")
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

/// A message the interface shows after something the user did (a refused answer, a
/// failed save), with what it needs to say; [`message`] words it in a language.
/// Numbers arrive already formatted, so both languages show them the same way.
#[derive(Debug, Clone, Copy)]
pub enum Msg<'a> {
    ChooseAtLeast { min: u32, have: u32 },
    ChooseAtMost { max: u32, have: u32 },
    UntickFirst { max: u32 },
    ScaleRange { min: i64, max: i64 },
    NumberAtLeast(&'a str),
    NumberAtMost(&'a str),
    Steps { step: &'a str, from: &'a str },
    TextTooLong { max: u32, have: usize },
    Pattern(&'a str),
    NotANumber(&'a str),
    RequiredConfirm,
    RequiredScale,
    Required,
    CannotSkip,
    AnswerFirst,
    NotSaved(&'a str),
    Exported(&'a str),
    ExportFailed(&'a str),
    CannotCompare(&'a str),
    NotDeleted(&'a str),
    CannotOpen(&'a str),
    MarkTwo,
    NoDataDir,
    NotRenamed,
    QuestionnaireChanged(&'a str),
    KeptAside(usize),
    AskedAgain(usize),
    Reevaluated { was: u32, now: u32 },
}

/// The text of `m` in `lang` (English for any language but Spanish).
pub fn message(lang: &str, m: Msg<'_>) -> String {
    if spanish(lang) {
        spanish_message(m)
    } else {
        english_message(m)
    }
}

fn english_message(m: Msg<'_>) -> String {
    match m {
        Msg::ChooseAtLeast { min, have } => format!("Choose at least {min} (you have {have})"),
        Msg::ChooseAtMost { max, have } => format!("Choose at most {max} (you have {have})"),
        Msg::UntickFirst { max } => format!("You can choose at most {max}; untick one first."),
        Msg::ScaleRange { min, max } => format!("Pick a value from {min} to {max}"),
        Msg::NumberAtLeast(n) => format!("Enter at least {n}"),
        Msg::NumberAtMost(n) => format!("Enter at most {n}"),
        Msg::Steps { step, from } => format!("Use steps of {step} from {from}"),
        Msg::TextTooLong { max, have } => format!("At most {max} characters (you have {have})"),
        Msg::Pattern(p) => format!("The text must match `{p}`"),
        Msg::NotANumber(t) => format!("`{t}` is not a number"),
        Msg::RequiredConfirm => "An answer is required: press y or n.".to_owned(),
        Msg::RequiredScale => "An answer is required: pick a value with ← → or a digit.".to_owned(),
        Msg::Required => "An answer is required to go on.".to_owned(),
        Msg::CannotSkip => "This question needs an answer; it cannot be skipped.".to_owned(),
        Msg::AnswerFirst => "Answer this question first to see the recommendation.".to_owned(),
        Msg::NotSaved(e) => format!("Not saved: {e}. Your answers are kept while careerpath runs."),
        Msg::Exported(p) => format!("Exported to {p}"),
        Msg::ExportFailed(e) => format!("Export failed: {e}"),
        Msg::CannotCompare(e) => format!("Cannot compare: {e}"),
        Msg::NotDeleted(e) => format!("Not deleted: {e}"),
        Msg::CannotOpen(r) => format!("This file cannot be opened: {r}"),
        Msg::MarkTwo => "Mark two sessions with Space, then press c to compare them.".to_owned(),
        Msg::NoDataDir => "sessions are not available: no data directory".to_owned(),
        Msg::NotRenamed => "this session is open in another careerpath; not renamed".to_owned(),
        Msg::QuestionnaireChanged(what) => {
            format!("The questionnaire changed since this session: {what}.")
        }
        Msg::KeptAside(n) => {
            format!("{n} answer(s) to removed questions are kept aside (see the review)")
        }
        Msg::AskedAgain(n) => format!("{n} question(s) changed and will be asked again"),
        Msg::Reevaluated { was, now } => format!(
            "the saved result came from version {was}; it is re-evaluated with version {now}"
        ),
    }
}

fn spanish_message(m: Msg<'_>) -> String {
    match m {
        Msg::ChooseAtLeast { min, have } => format!("Elige al menos {min} (llevas {have})"),
        Msg::ChooseAtMost { max, have } => format!("Elige como mucho {max} (llevas {have})"),
        Msg::UntickFirst { max } => {
            format!("Puedes elegir como mucho {max}; desmarca una antes.")
        }
        Msg::ScaleRange { min, max } => format!("Elige un valor de {min} a {max}"),
        Msg::NumberAtLeast(n) => format!("El mínimo es {n}"),
        Msg::NumberAtMost(n) => format!("El máximo es {n}"),
        Msg::Steps { step, from } => format!("Usa saltos de {step} a partir de {from}"),
        Msg::TextTooLong { max, have } => {
            format!("Como mucho {max} caracteres (llevas {have})")
        }
        Msg::Pattern(p) => format!("El texto debe ajustarse a `{p}`"),
        Msg::NotANumber(t) => format!("`{t}` no es un número"),
        Msg::RequiredConfirm => "Hace falta una respuesta: pulsa y o n.".to_owned(),
        Msg::RequiredScale => {
            "Hace falta una respuesta: elige un valor con ← → o un dígito.".to_owned()
        }
        Msg::Required => "Hace falta una respuesta para seguir.".to_owned(),
        Msg::CannotSkip => "Esta pregunta necesita una respuesta; no se puede omitir.".to_owned(),
        Msg::AnswerFirst => {
            "Responde primero a esta pregunta para ver la recomendación.".to_owned()
        }
        Msg::NotSaved(e) => format!(
            "No se ha guardado: {e}. Tus respuestas se conservan mientras careerpath siga abierto."
        ),
        Msg::Exported(p) => format!("Exportado a {p}"),
        Msg::ExportFailed(e) => format!("No se pudo exportar: {e}"),
        Msg::CannotCompare(e) => format!("No se puede comparar: {e}"),
        Msg::NotDeleted(e) => format!("No se ha borrado: {e}"),
        Msg::CannotOpen(r) => format!("Este archivo no se puede abrir: {r}"),
        Msg::MarkTwo => "Marca dos sesiones con Espacio y pulsa c para compararlas.".to_owned(),
        Msg::NoDataDir => {
            "las sesiones no están disponibles: no hay directorio de datos".to_owned()
        }
        Msg::NotRenamed => {
            "esta sesión está abierta en otro careerpath; no se ha renombrado".to_owned()
        }
        Msg::QuestionnaireChanged(what) => {
            format!("El cuestionario ha cambiado desde esta sesión: {what}.")
        }
        Msg::KeptAside(1) => {
            "1 respuesta a una pregunta eliminada queda apartada (ver la revisión)".to_owned()
        }
        Msg::KeptAside(n) => {
            format!("{n} respuestas a preguntas eliminadas quedan apartadas (ver la revisión)")
        }
        Msg::AskedAgain(1) => "1 pregunta ha cambiado y se volverá a preguntar".to_owned(),
        Msg::AskedAgain(n) => {
            format!("{n} preguntas han cambiado y se volverán a preguntar")
        }
        Msg::Reevaluated { was, now } => format!(
            "el resultado guardado venía de la versión {was}; se vuelve a evaluar con la versión {now}"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_fall_back_to_english_and_to_the_report_table() {
        for (lang, key, want) in [
            ("en", "f.move", "move"),
            ("es", "f.move", "mover"),
            ("es_ES.UTF-8", "f.next", "siguiente"),
            ("fr", "f.next", "next"),
            ("es", "why", "Por qué"),
            ("en", "missing-key", ""),
        ] {
            assert_eq!(tr(lang, key), want, "{lang} {key}");
        }
    }

    #[test]
    fn key_names() {
        for (lang, keys, want) in [
            ("en", "Shift-Tab", "Shift-Tab"),
            ("es", "Shift-Tab", "Mayús-Tab"),
            ("es", "PgUp PgDn  g G", "RePág AvPág  g G"),
            ("es", "0-9 . -", "0-9 . -"),
            ("es", "Ctrl-W  Alt-Backspace", "Ctrl-W  Alt-Retroceso"),
            ("es", "type or paste", "escribir o pegar"),
        ] {
            assert_eq!(key_name(lang, keys), want, "{lang} {keys}");
        }
    }

    #[test]
    fn every_message_has_its_own_spanish() {
        let all = [
            Msg::ChooseAtLeast { min: 1, have: 0 },
            Msg::ChooseAtMost { max: 2, have: 3 },
            Msg::UntickFirst { max: 2 },
            Msg::ScaleRange { min: 1, max: 5 },
            Msg::NumberAtLeast("1"),
            Msg::NumberAtMost("40"),
            Msg::Steps {
                step: "5",
                from: "0",
            },
            Msg::TextTooLong { max: 40, have: 41 },
            Msg::Pattern("^a$"),
            Msg::NotANumber("x"),
            Msg::RequiredConfirm,
            Msg::RequiredScale,
            Msg::Required,
            Msg::CannotSkip,
            Msg::AnswerFirst,
            Msg::NotSaved("disk full"),
            Msg::Exported("/tmp/a.md"),
            Msg::ExportFailed("disk full"),
            Msg::CannotCompare("gone"),
            Msg::NotDeleted("gone"),
            Msg::CannotOpen("truncated"),
            Msg::MarkTwo,
            Msg::NoDataDir,
            Msg::NotRenamed,
            Msg::QuestionnaireChanged("x"),
            Msg::KeptAside(1),
            Msg::KeptAside(2),
            Msg::AskedAgain(1),
            Msg::AskedAgain(2),
            Msg::Reevaluated { was: 1, now: 2 },
        ];
        for m in all {
            let (en, es) = (message("en", m), message("es", m));
            assert!(!es.is_empty() && en != es, "{m:?}: {es}");
            assert_eq!(message("fr", m), en, "{m:?}");
        }
    }

    #[test]
    fn formatted_strings() {
        assert_eq!(question_of("es", 3, 10), "Pregunta 3 de unas 10");
        assert_eq!(chosen("es", 1), "1 elegida");
        assert_eq!(chosen("en", 1), "1 chosen");
        assert_eq!(
            format!(
                "{} · {}",
                choose_range("es", Some(1), Some(4)),
                chosen("es", 0)
            ),
            "Elige de 1 a 4 · 0 elegidas"
        );
        assert_eq!(
            too_small("es", (40, 12), (20, 5)),
            "terminal demasiado pequeña: se necesitan 40x12, hay 20x5"
        );
        assert_eq!(
            too_small("en", (40, 12), (20, 5)),
            "terminal too small: need 40x12, have 20x5"
        );
    }
}
