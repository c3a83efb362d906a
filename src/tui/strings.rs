//! The interface's own words (hints, headings, menus, help) in every language it speaks.
//! Questionnaire text carries its own translations and the report's words live in
//! [`crate::report::ui`]; [`tr`] looks here first and then there, so one call serves both.
//! Strings with numbers are built by small functions (`phrases`, `messages`), not templates.

/// Every key, with its English and Spanish text.
pub const TABLE: &[(&str, &str, &str)] = &[
    // Banners and the too-small notice.
    (
        "read_only",
        "Read-only: this session is open in another careerpath; changes here are not saved.",
        "Solo lectura: esta sesión está abierta en otro careerpath; los cambios aquí no se guardan.",
    ),
    (
        "read_only_exit",
        "careerpath: this session was open in another careerpath, so the answers given here were not saved.",
        "careerpath: esta sesión estaba abierta en otro careerpath, así que las respuestas dadas aquí no se guardaron.",
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
    // Letters that answer yes / no and skip a question: `s` is "sí" in Spanish, so
    // skipping takes `o` (omitir) there. The keymap, help and footer read these.
    ("key.yes", "y", "s"),
    ("key.no", "n", "n"),
    ("key.skip", "s", "o"),
    // Footer hints (what a key does, in a word or two).
    ("f.close", "close", "cerrar"),
    ("f.move", "move", "mover"),
    ("f.choose", "choose", "elegir"),
    ("f.help", "help", "ayuda"),
    ("f.quit", "quit", "salir"),
    ("f.select", "select", "marcar"),
    ("f.next", "next", "siguiente"),
    ("f.back", "back", "atrás"),
    ("f.skip", "skip", "omitir"),
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
        "Enter changes the highlighted answer · r shows the result",
        "Intro cambia la respuesta resaltada · r muestra el resultado",
    ),
    ("skipped", "(skipped)", "(omitida)"),
    ("not_answered", "(not answered yet)", "(sin responder aún)"),
    (
        "see_recommendation",
        "→ See the result",
        "→ Ver el resultado",
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
    (
        "h.pick_value",
        "type the value (1 then 0 is 10)",
        "escribir el valor (1 y luego 0 es 10)",
    ),
    (
        "h.jump",
        "jump a tenth of the scale",
        "saltar una décima parte de la escala",
    ),
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
        "h.all_changes",
        "every change that would change the result, or the closest only",
        "todos los cambios que cambiarían el resultado, o solo los más cercanos",
    ),
    (
        "more_changes",
        "…and {n} more (a shows them)",
        "…y {n} más (a los muestra)",
    ),
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

mod key_names;
mod messages;
mod phrases;

pub use key_names::{KEY_WORDS, key_name};

pub use messages::{Msg, message};
pub use phrases::{
    NumberPart, change_line, characters, choose_range, chosen, confirm_delete, marked,
    more_choices, more_lines, number_part, number_rule, question_of, resume, too_small,
};

/// Entries whose Spanish is rightly the same as the English.
pub const SAME_IN_BOTH: &[&str] = &["no_button", "key.no"];

/// The text of `key` in `lang`: this table first, then the report's; English when the
/// language or the translation is missing, and an empty string for an unknown key (a
/// test rules that out for the keys the views use).
pub fn tr(lang: &str, key: &str) -> &'static str {
    match TABLE.iter().find(|(k, _, _)| *k == key) {
        Some(&(_, en, es)) => {
            if spanish(lang) {
                es
            } else {
                en
            }
        }
        None => crate::report::ui(lang, key),
    }
}

pub(crate) use crate::lang::is_spanish as spanish;

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
