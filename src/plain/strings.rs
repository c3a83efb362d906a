//! The words plain mode prints and understands, in English and Spanish.

pub struct Strings {
    pub es: bool,
    pub yes_or_no: &'static str,
    pub commands: &'static str,
    pub prompt: &'static str,
}

pub fn strings(lang: &str) -> Strings {
    if crate::lang::is_spanish(lang) {
        Strings {
            es: true,
            yes_or_no: "Escribe s (sí) o n (no).",
            commands: "Órdenes: `back` (atrás) vuelve a la pregunta anterior, `skip` (omitir) salta una pregunta opcional, `help` (ayuda) muestra esta ayuda, `quit` (salir) guarda y termina.",
            prompt: "> ",
        }
    } else {
        Strings {
            es: false,
            yes_or_no: "Type y (yes) or n (no).",
            commands: "Commands: `back` returns to the previous question, `skip` skips an optional question, `help` shows this help, `quit` saves and stops.",
            prompt: "> ",
        }
    }
}

impl Strings {
    fn pick(&self, en: String, es: String) -> String {
        if self.es { es } else { en }
    }

    pub fn one_number(&self, n: usize) -> String {
        self.pick(
            format!("Type one number from 1 to {n}."),
            format!("Escribe un número del 1 al {n}."),
        )
    }

    pub fn several_numbers(&self, n: usize, none: bool) -> String {
        let example = if n >= 3 { "1,3" } else { "1,2" };
        match (self.es, none) {
            (false, true) => format!(
                "Type the numbers (1 to {n}) of every one that applies, separated by commas, for example {example}; or `none`."
            ),
            (false, false) => format!(
                "Type the numbers (1 to {n}) of every one that applies, separated by commas, for example {example}."
            ),
            (true, true) => format!(
                "Escribe los números (del 1 al {n}) de todas las que correspondan, separados por comas, por ejemplo {example}; o `ninguna`."
            ),
            (true, false) => format!(
                "Escribe los números (del 1 al {n}) de todas las que correspondan, separados por comas, por ejemplo {example}."
            ),
        }
    }

    /// "Type a number, for example 6 or 2.5." with examples the question accepts.
    pub fn a_number(&self, examples: &[String]) -> String {
        let or = if self.es { " o " } else { " or " };
        let examples = examples.join(or);
        self.pick(
            format!("Type a number, for example {examples}."),
            format!("Escribe un número, por ejemplo {examples}."),
        )
    }

    pub fn rank_numbers(&self, n: usize) -> String {
        let example: Vec<String> = (1..=n).rev().map(|i| i.to_string()).collect();
        self.pick(
            format!("Type all {n} numbers, most important first, separated by commas, for example {}.", example.join(",")),
            format!("Escribe los {n} números, el más importante primero, separados por comas, por ejemplo {}.", example.join(",")),
        )
    }

    pub fn whole_number(&self, min: i64, max: i64) -> String {
        self.pick(
            format!("Type a whole number from {min} to {max}."),
            format!("Escribe un número entero del {min} al {max}."),
        )
    }

    pub fn question_of(&self, position: usize, total: usize) -> String {
        self.pick(
            format!("Question {position} of about {total}"),
            format!("Pregunta {position} de unas {total}"),
        )
    }

    pub fn keep(&self, label: &str) -> String {
        self.pick(
            format!("Press Enter to keep: {label}."),
            format!("Pulsa Intro para mantener: {label}."),
        )
    }

    pub fn optional(&self) -> &'static str {
        if self.es {
            "Opcional: `skip` la omite."
        } else {
            "Optional: `skip` leaves it unanswered."
        }
    }

    pub fn required(&self) -> &'static str {
        if self.es {
            "Esta pregunta necesita una respuesta."
        } else {
            "This question needs an answer."
        }
    }

    pub fn first_question(&self) -> &'static str {
        if self.es {
            "Esta es la primera pregunta."
        } else {
            "This is the first question."
        }
    }

    pub fn not_saved_here(&self) -> &'static str {
        if self.es {
            "Esta sesión está abierta en otro careerpath: aquí puedes verla, pero tus respuestas no se guardarán."
        } else {
            "This session is open in another careerpath: you can go through it here, but your answers will not be saved."
        }
    }

    pub fn cannot_save(&self, why: &str) -> String {
        self.pick(
            format!("Warning: the session could not be saved ({why}). Your answers are kept until you quit."),
            format!("Aviso: no se pudo guardar la sesión ({why}). Tus respuestas se conservan hasta que salgas."),
        )
    }

    /// `resume` is the command that continues the session ([`resume_command`]).
    pub fn saved_as(&self, name: &str, id: &str, resume: &str, done: bool) -> String {
        if done {
            self.pick(
                format!("Saved as {name} ({id})."),
                format!("Guardada como {name} ({id})."),
            )
        } else {
            self.pick(
                format!("Saved as {name} ({id}). Continue with: {resume}"),
                format!("Guardada como {name} ({id}). Continúa con: {resume}"),
            )
        }
    }

    pub fn nothing_saved(&self) -> &'static str {
        if self.es {
            "No se respondió nada, así que no se guardó nada."
        } else {
            "Nothing was answered, so nothing was saved."
        }
    }

    pub fn unsaved(&self) -> &'static str {
        if self.es {
            "Las respuestas de esta sesión no se guardaron."
        } else {
            "The answers of this session were not saved."
        }
    }

    pub fn resuming(&self, name: &str, answered: usize, total: usize) -> String {
        self.pick(
            format!("Resuming {name}: {answered} of about {total} questions answered."),
            format!("Continuando {name}: {answered} de unas {total} preguntas respondidas."),
        )
    }

    pub fn changed(&self, version: u32, set_aside: usize, again: usize) -> String {
        let en_aside = if set_aside == 1 { "answer" } else { "answers" };
        let en_again = if again == 1 { "question" } else { "questions" };
        let es_aside = if set_aside == 1 {
            "respuesta apartada"
        } else {
            "respuestas apartadas"
        };
        let es_again = if again == 1 { "pregunta" } else { "preguntas" };
        self.pick(
            format!(
                "The questionnaire changed since this session (now version {version}): {set_aside} {en_aside} set aside, {again} {en_again} to answer again."
            ),
            format!(
                "El cuestionario cambió desde esta sesión (ahora versión {version}): {set_aside} {es_aside}, {again} {es_again} por responder de nuevo."
            ),
        )
    }

    pub fn answer_again(&self, before: &str) -> String {
        self.pick(
            format!("The question changed; your earlier answer was: {before}."),
            format!("La pregunta cambió; tu respuesta anterior fue: {before}."),
        )
    }

    pub fn other_questionnaire(&self, theirs: &str, ours: &str) -> String {
        self.pick(
            format!("This session was answered with the questionnaire `{theirs}`, not `{ours}`; run careerpath with --questions FILE for that one."),
            format!("Esta sesión se respondió con el cuestionario `{theirs}`, no `{ours}`; ejecuta careerpath con --questions FICHERO para ese."),
        )
    }

    pub fn allowed_range(&self, min: Option<String>, max: Option<String>) -> Option<String> {
        match (min, max) {
            (Some(a), Some(b)) => {
                Some(self.pick(format!("From {a} to {b}."), format!("Del {a} al {b}.")))
            }
            (Some(a), None) => {
                Some(self.pick(format!("At least {a}."), format!("Como mínimo {a}.")))
            }
            (None, Some(b)) => {
                Some(self.pick(format!("At most {b}."), format!("Como máximo {b}.")))
            }
            (None, None) => None,
        }
    }

    pub fn pick_between(&self, min: Option<u32>, max: Option<u32>) -> Option<String> {
        match (min, max) {
            (Some(a), Some(b)) if a == b => {
                Some(self.pick(format!("Pick {a}."), format!("Elige {a}.")))
            }
            (Some(a), Some(b)) => {
                Some(self.pick(format!("Pick {a} to {b}."), format!("Elige de {a} a {b}.")))
            }
            (Some(a), None) => Some(self.pick(
                format!("Pick at least {a}."),
                format!("Elige al menos {a}."),
            )),
            (None, Some(b)) => Some(self.pick(
                format!("Pick at most {b}."),
                format!("Elige como máximo {b}."),
            )),
            (None, None) => None,
        }
    }

    pub fn max_chars(&self, n: u32) -> String {
        self.pick(
            format!("At most {n} characters."),
            format!("Como máximo {n} caracteres."),
        )
    }

    pub fn not_accepted(&self, why: &str, allowed: &str) -> String {
        self.pick(
            format!("Not accepted: {why}. {allowed}"),
            format!("No vale: {why}. {allowed}"),
        )
    }

    pub fn line_too_long(&self) -> &'static str {
        if self.es {
            "La línea es demasiado larga."
        } else {
            "That line is too long."
        }
    }
}

/// The command that continues session `prefix` (the last unfinished one when `None`), as a
/// person can copy it: a questionnaire other than the built-in one is named again (`source`,
/// as it was given), since `resume` alone would refuse the session, and so is a sessions
/// directory other than the default one (`store`'s), since `resume` would not find it.
pub fn resume_command(
    plain: bool,
    source: &str,
    store: Option<&crate::store::Store>,
    prefix: Option<&str>,
) -> String {
    let mut cmd = String::from("careerpath");
    if plain {
        cmd.push_str(" --plain");
    }
    if source != "<built-in>" {
        cmd.push_str(" --questions ");
        cmd.push_str(&shell_word(source));
    }
    if let Some(dir) = store.and_then(given_data_dir) {
        cmd.push_str(" --data-dir ");
        cmd.push_str(&shell_word(&dir.display().to_string()));
    }
    cmd.push_str(" resume");
    if let Some(prefix) = prefix {
        cmd.push(' ');
        cmd.push_str(prefix);
    }
    cmd
}

/// The data directory `store` lives in, when it is not the one careerpath picks by itself
/// (so it came from `--data-dir`).
fn given_data_dir(store: &crate::store::Store) -> Option<&std::path::Path> {
    let dir = store.dir().parent()?;
    let default = crate::store::Store::default_data_dir(None).ok();
    (default.as_deref() != Some(dir)).then_some(dir)
}

/// `s` as one shell word: as it is when plain, else in single quotes.
fn shell_word(s: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+,:@".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s.to_owned()
    } else {
        format!(
            "'{}'",
            crate::sanitize::sanitize(s, false).replace('\'', r"'\''")
        )
    }
}
