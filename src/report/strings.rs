//! The program's own user-visible words (headings, labels) in every language it speaks.
//! Questionnaire text carries its own translations; this table is for the rest, and the
//! TUI and plain mode may use it too.

/// Languages this table covers; any other falls back to English.
pub const LANGS: &[&str] = crate::lang::WORD_LANGS;

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
    (
        "incomplete_one",
        "INCOMPLETE: {answered} of {total} question answered.",
        "INCOMPLETO: {answered} de {total} pregunta respondida.",
    ),
    (
        "incomplete_many",
        "INCOMPLETE: {answered} of {total} questions answered.",
        "INCOMPLETO: {answered} de {total} preguntas respondidas.",
    ),
    (
        "incomplete_provisional",
        "This result is provisional: required questions are still unanswered.",
        "Este resultado es provisional: quedan preguntas obligatorias sin responder.",
    ),
    (
        "incomplete_optional_left",
        "The session is not finished; the questions left may change this result.",
        "La sesión no está terminada; las preguntas que faltan pueden cambiar este resultado.",
    ),
    (
        "unanswered_required",
        "Required questions not answered yet",
        "Preguntas obligatorias sin responder",
    ),
    // The command line's own words (`careerpath evaluate`, `careerpath sessions ...`).
    (
        "cli.not_saved",
        "warning: sessions will not be saved: {reason}",
        "aviso: las sesiones no se guardarán: {reason}",
    ),
    (
        "cli.interrupted",
        "Interrupted. Your answers so far are saved; continue with: {command}",
        "Interrumpido. Tus respuestas hasta aquí están guardadas; continúa con: {command}",
    ),
    (
        "cli.no_sessions_dir",
        "cannot resume: the sessions directory is not available",
        "no se puede reanudar: el directorio de sesiones no está disponible",
    ),
    (
        "cli.nothing_to_resume",
        "there is no unfinished session to resume; `careerpath sessions list` shows them all",
        "no hay ninguna sesión sin terminar que reanudar; `careerpath sessions list` las muestra todas",
    ),
    (
        "cli.no_translation",
        "warning: this questionnaire has no `{asked}` translation; using `{lang}` (available: {available})",
        "aviso: este cuestionario no tiene traducción `{asked}`; se usa `{lang}` (disponibles: {available})",
    ),
    (
        "cli.unanswered_one",
        "1 required question is not answered in {file}:",
        "1 pregunta obligatoria no tiene respuesta en {file}:",
    ),
    (
        "cli.unanswered_many",
        "{n} required questions are not answered in {file}:",
        "{n} preguntas obligatorias no tienen respuesta en {file}:",
    ),
    (
        "cli.use_partial",
        "Answer them, or pass --partial to evaluate anyway (the result is labelled incomplete).",
        "Respóndelas, o usa --partial para evaluar de todos modos (el resultado se marca como incompleto).",
    ),
    ("cli.col.id", "ID", "ID"),
    ("cli.col.name", "NAME", "NOMBRE"),
    ("cli.col.updated", "UPDATED", "ACTUALIZADA"),
    ("cli.col.status", "STATUS", "ESTADO"),
    ("cli.col.progress", "PROGRESS", "PROGRESO"),
    ("cli.col.outcome", "OUTCOME", "RESULTADO"),
    ("cli.damaged", "damaged", "dañada"),
    ("cli.damaged_file", "DAMAGED {file}", "DAÑADA {file}"),
    (
        "cli.no_sessions",
        "No saved sessions in {dir}. Start one with `careerpath`.",
        "No hay sesiones guardadas en {dir}. Empieza una con `careerpath`.",
    ),
    ("cli.just_now", "just now", "ahora mismo"),
    ("cli.min_ago", "{n} min ago", "hace {n} min"),
    ("cli.h_ago", "{n} h ago", "hace {n} h"),
    ("cli.yesterday", "yesterday", "ayer"),
    ("cli.days_ago", "{n} days ago", "hace {n} días"),
    ("cli.created", "created", "creada"),
    ("cli.updated", "updated", "actualizada"),
    ("cli.status", "status", "estado"),
    (
        "cli.answered",
        "{status}, {progress} answered",
        "{status}, {progress} respondidas",
    ),
    ("cli.questionnaire", "questionnaire", "cuestionario"),
    ("cli.version", "version {v}", "versión {v}"),
    (
        "cli.questionnaire_changed",
        " (it has changed since; the answers are checked against the current one)",
        " (ha cambiado desde entonces; las respuestas se comprueban con el actual)",
    ),
    ("cli.file", "file", "archivo"),
    ("cli.answers", "Answers", "Respuestas"),
    ("cli.none_yet", "(none yet)", "(ninguna todavía)"),
    (
        "cli.to_answer_again",
        "To answer again (the question changed)",
        "Por responder de nuevo (la pregunta cambió)",
    ),
    ("cli.was", "was {answer}", "antes {answer}"),
    (
        "cli.set_aside",
        "Set aside (the questionnaire no longer asks these)",
        "Apartadas (el cuestionario ya no las pregunta)",
    ),
    (
        "cli.result_heading",
        "Result (questionnaire version {v}{stale})",
        "Resultado (versión {v} del cuestionario{stale})",
    ),
    (
        "cli.result_stale",
        "; resume the session to re-evaluate with the current one",
        "; reanuda la sesión para evaluarla de nuevo con el actual",
    ),
    (
        "cli.no_result_resume",
        "No result yet: `{command}` continues it.",
        "Sin resultado todavía: `{command}` la continúa.",
    ),
    (
        "cli.other_questionnaire",
        "session {id} was answered with questionnaire `{theirs}`, not `{ours}`; pass --questions FILE",
        "la sesión {id} se respondió con el cuestionario `{theirs}`, no con `{ours}`; usa --questions ARCHIVO",
    ),
    (
        "cli.cannot_read",
        "cannot read {path}: {reason}",
        "no se puede leer {path}: {reason}",
    ),
    (
        "cli.cannot_write",
        "cannot write {path}: {reason}",
        "no se puede escribir {path}: {reason}",
    ),
    ("cli.wrote", "Wrote {path}", "Escrito {path}"),
    (
        "cli.all_needs_jsonl",
        "--all writes JSON Lines, one session a line: use --format jsonl (or leave --format out), not {format}",
        "--all escribe JSON Lines, una sesión por línea: usa --format jsonl (u omite --format), no {format}",
    ),
    (
        "cli.export_skipped",
        "skipped {file}: {reason}",
        "omitido {file}: {reason}",
    ),
    (
        "cli.empty_name",
        "a session name cannot be empty",
        "el nombre de una sesión no puede estar vacío",
    ),
    (
        "cli.renamed",
        "Renamed {id} from “{old}” to “{new}”",
        "Sesión {id} renombrada: de «{old}» a «{new}»",
    ),
    (
        "cli.deleted_named",
        "Deleted {id} “{name}”",
        "Sesión {id} «{name}» borrada",
    ),
    ("cli.deleted", "Deleted {id}", "Sesión {id} borrada"),
    // `sessions compare` and the browser's compare (src/report/compare.rs).
    ("cmp.comparing", "{a} → {b}", "{a} → {b}"),
    (
        "cmp.reevaluated",
        "The questionnaire changed since a session was answered; its result was worked out again with the current one.",
        "El cuestionario cambió desde que se respondió una sesión; su resultado se calculó de nuevo con el actual.",
    ),
    (
        "cmp.answers",
        "Answers that changed ({d} of {n})",
        "Respuestas que cambiaron ({d} de {n})",
    ),
    (
        "cmp.no_answer_changed",
        "No answer changed.",
        "Ninguna respuesta cambió.",
    ),
    (
        "cmp.same_answers_one",
        "1 other answer is the same.",
        "Otra respuesta es la misma.",
    ),
    (
        "cmp.same_answers_many",
        "{n} other answers are the same.",
        "Otras {n} respuestas son las mismas.",
    ),
    ("cmp.outcome", "Outcome", "Resultado"),
    (
        "cmp.same_outcome",
        "Same outcome: {outcome}",
        "Mismo resultado: {outcome}",
    ),
    ("cmp.not_finished", "(not finished)", "(sin terminar)"),
    (
        "cmp.no_outcomes",
        "Neither session is finished, so neither has a result.",
        "Ninguna de las dos sesiones está terminada, así que ninguna tiene resultado.",
    ),
    (
        "cmp.reasons",
        "Reasons (+ new, − gone)",
        "Razones (+ nuevas, − ya no están)",
    ),
    (
        "cmp.reasons_wait",
        "Reasons are compared once both sessions are finished.",
        "Las razones se comparan cuando las dos sesiones están terminadas.",
    ),
    (
        "cmp.no_reason_changed",
        "No reason changed.",
        "Ninguna razón cambió.",
    ),
    (
        "cmp.same_reasons_one",
        "1 reason is the same in both.",
        "1 razón es la misma en las dos.",
    ),
    (
        "cmp.same_reasons_many",
        "{n} reasons are the same in both.",
        "{n} razones son las mismas en las dos.",
    ),
    (
        "cli.not_found",
        "no saved session matches `{id}`",
        "ninguna sesión guardada coincide con `{id}`",
    ),
    (
        "cli.ambiguous",
        "`{id}` matches several sessions: {matches}",
        "`{id}` coincide con varias sesiones: {matches}",
    ),
    (
        "cli.in_use",
        "session {id} is open in another careerpath; close it there first",
        "la sesión {id} está abierta en otro careerpath; ciérrala allí primero",
    ),
    (
        "cli.invalid_id",
        "`{id}` cannot be a session id (letters, digits, `-` and `_` only)",
        "`{id}` no puede ser el id de una sesión (solo letras, dígitos, `-` y `_`)",
    ),
];

/// A store error in `lang`: the ones a user causes (no such session, several match, open
/// elsewhere, not an id) are worded here; paths and system reasons read the same in any
/// language. Echoed values are cut short ([`crate::sanitize::echo`]).
pub fn store_error(lang: &str, e: &crate::store::StoreError) -> String {
    use crate::sanitize::echo;
    use crate::store::StoreError;
    match e {
        StoreError::NotFound(id) => ui(lang, "cli.not_found").replace("{id}", &echo(id)),
        StoreError::Ambiguous { prefix, matches } => ui(lang, "cli.ambiguous")
            .replace("{id}", &echo(prefix))
            .replace("{matches}", matches),
        StoreError::InUse(id) => ui(lang, "cli.in_use").replace("{id}", &echo(id)),
        StoreError::InvalidId(id) => ui(lang, "cli.invalid_id").replace("{id}", &echo(id)),
        other => other.to_string(),
    }
}

/// The text of `key` in `lang` (English when the language or the key's translation is
/// missing; an empty string for an unknown key, which a test rules out for the keys we use).
pub fn ui(lang: &str, key: &str) -> &'static str {
    let Some(&(_, en, es)) = TABLE.iter().find(|(k, _, _)| *k == key) else {
        return "";
    };
    if crate::lang::is_spanish(lang) {
        es
    } else {
        en
    }
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
