//! Why a typed or picked answer was refused, as data, and its wording in the sitting's
//! language. Choices are named by number and label, never by their internal value.

/// Why an answer was not accepted. [`Refusal::words`] says it to a person.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// Nothing was given and the question needs an answer.
    Required,
    /// A single-choice question with no choice picked yet.
    PickOne,
    /// The text is not a number (as people write them in this language).
    NotANumber(String),
    /// A number where only whole numbers are valid.
    NotWhole(String),
    /// A typed item that names no choice; `count` is how many there are.
    NotAChoice {
        typed: String,
        count: usize,
    },
    /// The same choice twice (number, label).
    Repeated(usize, String),
    TooFew {
        min: u32,
        have: usize,
    },
    TooMany {
        max: u32,
        have: usize,
    },
    /// A ranking that leaves choices out (number, label).
    RankMissing(Vec<(usize, String)>),
    NotYesNo(String),
    ScaleRange {
        min: i64,
        max: i64,
    },
    AtLeast(String),
    AtMost(String),
    /// Not on the question's step: `step` from `from`.
    OffStep {
        step: String,
        from: String,
    },
    TooLong {
        max: u32,
        have: usize,
    },
    Pattern(String),
    /// The questionnaire's own constraint, with its message in the sitting's language.
    Constraint(String),
    /// An answer of the wrong shape for the question (never typed: a program's mistake).
    WrongType,
}

/// Typed text echoed back in a message is cut to this many characters.
const ECHO: usize = 40;

/// `s` cut to [`ECHO`] characters, control characters made visible.
pub(crate) fn echo(s: &str) -> String {
    let s = crate::session::printable(s.trim());
    if s.chars().count() <= ECHO {
        s
    } else {
        format!("{}…", s.chars().take(ECHO).collect::<String>())
    }
}

/// A formatted number with the decimal comma Spanish writes.
fn comma(n: &str) -> String {
    n.replace('.', ",")
}

fn numbered(items: &[(usize, String)]) -> String {
    items
        .iter()
        .map(|(n, label)| format!("{n} ({label})"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Refusal {
    /// The refusal as a sentence in `lang` (Spanish for `es*`, else English), without a
    /// final full stop so callers can add what is allowed.
    pub fn words(&self, lang: &str) -> String {
        if super::spanish(lang) {
            self.spanish()
        } else {
            self.english()
        }
    }

    /// [`words`](Self::words) as a sentence on its own: capitalised.
    pub fn sentence(&self, lang: &str) -> String {
        let words = self.words(lang);
        let mut chars = words.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => words,
        }
    }

    fn english(&self) -> String {
        match self {
            Refusal::Required => "this question needs an answer".into(),
            Refusal::PickOne => "pick one of the choices first".into(),
            Refusal::NotANumber(t) => format!("`{t}` is not a number"),
            Refusal::NotWhole(n) => format!("{n} is not a whole number"),
            Refusal::NotAChoice { typed, count } => {
                format!("`{typed}` is not one of the choices (1 to {count})")
            }
            Refusal::Repeated(n, label) => format!("choice {n} ({label}) is chosen twice"),
            Refusal::TooFew { min, have } => format!("choose at least {min} (you have {have})"),
            Refusal::TooMany { max, have } => format!("choose at most {max} (you have {have})"),
            Refusal::RankMissing(items) => {
                format!("the order leaves out {}", numbered(items))
            }
            Refusal::NotYesNo(t) => format!("`{t}` is neither yes nor no"),
            Refusal::ScaleRange { min, max } => format!("pick a value from {min} to {max}"),
            Refusal::AtLeast(n) => format!("enter at least {n}"),
            Refusal::AtMost(n) => format!("enter at most {n}"),
            Refusal::OffStep { step, from } => format!("use steps of {step} from {from}"),
            Refusal::TooLong { max, have } => {
                format!("at most {max} characters (you have {have})")
            }
            Refusal::Pattern(p) => format!("the text must match `{p}`"),
            Refusal::Constraint(m) => m.trim_end_matches('.').to_owned(),
            Refusal::WrongType => "that is not an answer to this question".into(),
        }
    }

    fn spanish(&self) -> String {
        match self {
            Refusal::Required => "esta pregunta necesita una respuesta".into(),
            Refusal::PickOne => "elige antes una de las opciones".into(),
            Refusal::NotANumber(t) => format!("`{t}` no es un número"),
            Refusal::NotWhole(n) => format!("{} no es un número entero", comma(n)),
            Refusal::NotAChoice { typed, count } => {
                format!("`{typed}` no es ninguna de las opciones (del 1 al {count})")
            }
            Refusal::Repeated(n, label) => format!("la opción {n} ({label}) está repetida"),
            Refusal::TooFew { min, have } => format!("elige al menos {min} (llevas {have})"),
            Refusal::TooMany { max, have } => format!("elige como mucho {max} (llevas {have})"),
            Refusal::RankMissing(items) => format!("el orden deja fuera {}", numbered(items)),
            Refusal::NotYesNo(t) => format!("`{t}` no es ni sí ni no"),
            Refusal::ScaleRange { min, max } => format!("elige un valor del {min} al {max}"),
            Refusal::AtLeast(n) => format!("el mínimo es {}", comma(n)),
            Refusal::AtMost(n) => format!("el máximo es {}", comma(n)),
            Refusal::OffStep { step, from } => {
                format!("usa saltos de {} a partir de {}", comma(step), comma(from))
            }
            Refusal::TooLong { max, have } => {
                format!("como mucho {max} caracteres (llevas {have})")
            }
            Refusal::Pattern(p) => format!("el texto debe ajustarse a `{p}`"),
            Refusal::Constraint(m) => m.trim_end_matches('.').to_owned(),
            Refusal::WrongType => "eso no es una respuesta a esta pregunta".into(),
        }
    }
}
