//! Messages after something the user did (a refused answer, a failed save), worded per
//! language; English is the text the interface has always shown.

use super::spanish;

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
}
