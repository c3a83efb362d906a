//! Messages after something the user did (a refused answer, a failed save), worded per
//! language; English is the text the interface has always shown.

use super::{spanish, tr};

/// A message the interface shows after something the user did (a refused answer, a
/// failed save), with what it needs to say; [`message`] words it in a language.
/// Numbers arrive already formatted, so both languages show them the same way.
#[derive(Debug, Clone, Copy)]
pub enum Msg<'a> {
    UntickFirst {
        max: u32,
    },
    /// Enter on a single-choice question with nothing picked.
    PickOne {
        optional: bool,
    },
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
    /// The selected session was answered with this other questionnaire.
    OtherQuestionnaire(&'a str),
    MarkTwo,
    NoDataDir,
    NotRenamed,
    QuestionnaireChanged(&'a str),
    KeptAside(usize),
    AskedAgain(usize),
    Reevaluated {
        was: u32,
        now: u32,
    },
    Reloaded,
    ReloadFailed(&'a str, usize),
    AtLine(u32, &'a str),
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
        Msg::UntickFirst { max } => format!("You can choose at most {max}; untick one first."),
        Msg::PickOne { optional: false } => {
            "Pick one first: move with ↑↓ or type its number.".to_owned()
        }
        Msg::PickOne { optional: true } => format!(
            "Pick one first (↑↓ or its number), or press {} to skip this question.",
            tr("en", "key.skip")
        ),
        Msg::RequiredConfirm => format!(
            "An answer is required: press {} or {}.",
            tr("en", "key.yes"),
            tr("en", "key.no")
        ),
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
        Msg::OtherQuestionnaire(id) => {
            format!("answered with questionnaire `{id}`: open it with careerpath --questions FILE")
        }
        Msg::MarkTwo => "Mark two sessions with Space, then press c to compare them.".to_owned(),
        Msg::NoDataDir => "sessions are not available: no data directory".to_owned(),
        Msg::NotRenamed => "this session is open in another careerpath; not renamed".to_owned(),
        Msg::QuestionnaireChanged(what) => {
            format!("The questionnaire changed since this session: {what}.")
        }
        Msg::KeptAside(1) => {
            "1 answer to a removed question is kept aside (see the review)".to_owned()
        }
        Msg::KeptAside(n) => {
            format!("{n} answers to removed questions are kept aside (see the review)")
        }
        Msg::AskedAgain(1) => "1 question changed and will be asked again".to_owned(),
        Msg::AskedAgain(n) => format!("{n} questions changed and will be asked again"),
        Msg::Reevaluated { was, now } => format!(
            "the saved result came from version {was}; it is re-evaluated with version {now}"
        ),
        Msg::Reloaded => "The questionnaire changed and was reloaded.".to_owned(),
        Msg::ReloadFailed(first, 0) => {
            format!("Not reloaded: {first}; showing the last version that loaded")
        }
        Msg::ReloadFailed(first, more) => {
            format!("Not reloaded: {first} (and {more} more); showing the last version that loaded")
        }
        Msg::AtLine(line, what) => format!("line {line}: {what}"),
    }
}

fn spanish_message(m: Msg<'_>) -> String {
    match m {
        Msg::UntickFirst { max } => {
            format!("Puedes elegir como mucho {max}; desmarca una antes.")
        }
        Msg::PickOne { optional: false } => {
            "Elige antes una opción: muévete con ↑↓ o escribe su número.".to_owned()
        }
        Msg::PickOne { optional: true } => format!(
            "Elige antes una opción (↑↓ o su número), o pulsa {} para omitir esta pregunta.",
            tr("es", "key.skip")
        ),
        Msg::RequiredConfirm => format!(
            "Hace falta una respuesta: pulsa {} o {}.",
            tr("es", "key.yes"),
            tr("es", "key.no")
        ),
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
        Msg::OtherQuestionnaire(id) => {
            format!(
                "respondida con el cuestionario `{id}`: ábrela con careerpath --questions ARCHIVO"
            )
        }
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
        Msg::Reloaded => "El cuestionario ha cambiado y se ha vuelto a cargar.".to_owned(),
        Msg::ReloadFailed(first, 0) => {
            format!("No se ha recargado: {first}; se muestra la última versión que cargó")
        }
        Msg::ReloadFailed(first, more) => format!(
            "No se ha recargado: {first} (y {more} más); se muestra la última versión que cargó"
        ),
        Msg::AtLine(line, what) => format!("línea {line}: {what}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_its_own_spanish() {
        let all = [
            Msg::UntickFirst { max: 2 },
            Msg::PickOne { optional: false },
            Msg::PickOne { optional: true },
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
            Msg::OtherQuestionnaire("nps"),
            Msg::MarkTwo,
            Msg::NoDataDir,
            Msg::NotRenamed,
            Msg::QuestionnaireChanged("x"),
            Msg::KeptAside(1),
            Msg::KeptAside(2),
            Msg::AskedAgain(1),
            Msg::AskedAgain(2),
            Msg::Reevaluated { was: 1, now: 2 },
            Msg::Reloaded,
            Msg::ReloadFailed("line 3: y", 0),
            Msg::ReloadFailed("line 3: y", 2),
            Msg::AtLine(3, "y"),
        ];
        for m in all {
            let (en, es) = (message("en", m), message("es", m));
            assert!(!es.is_empty() && en != es, "{m:?}: {es}");
            assert_eq!(message("fr", m), en, "{m:?}");
        }
    }
}
