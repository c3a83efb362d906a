//! Why a typed or picked answer was refused, as data, and its wording in the sitting's
//! language. Choices are named by number and label, never by their internal value.

use crate::words::{self, Value};

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
    /// Choice `n` (its label) is picked only on its own.
    Exclusive(usize, String),
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

fn numbered(items: &[(usize, String)]) -> String {
    items
        .iter()
        .map(|(n, label)| format!("{n} ({label})"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Refusal {
    /// The refusal as a sentence in `lang`, without a final full stop so callers can add
    /// what is allowed. Numbers are written with the language's decimal separator.
    pub fn words(&self, lang: &str) -> String {
        let sep = words::t(lang, "decimal-separator");
        let dec = |n: &str| Value::from(n.replace('.', &sep));
        let text = |t: &str| Value::from(t.to_owned());
        let (id, args): (&str, Vec<(&str, Value)>) = match self {
            Refusal::Required => ("refusal-required", vec![]),
            Refusal::PickOne => ("refusal-pick-one", vec![]),
            Refusal::NotANumber(t) => ("refusal-not-a-number", vec![("text", text(t))]),
            Refusal::NotWhole(n) => ("refusal-not-whole", vec![("n", dec(n))]),
            Refusal::NotAChoice { typed, count } => (
                "refusal-not-a-choice",
                vec![("text", text(typed)), ("count", (*count).into())],
            ),
            Refusal::Repeated(n, label) => (
                "refusal-repeated",
                vec![("n", (*n).into()), ("label", text(label))],
            ),
            Refusal::Exclusive(n, label) => (
                "refusal-exclusive",
                vec![("n", (*n).into()), ("label", text(label))],
            ),
            Refusal::TooFew { min, have } => (
                "refusal-too-few",
                vec![("min", (*min).into()), ("have", (*have).into())],
            ),
            Refusal::TooMany { max, have } => (
                "refusal-too-many",
                vec![("max", (*max).into()), ("have", (*have).into())],
            ),
            Refusal::RankMissing(items) => (
                "refusal-rank-missing",
                vec![("items", Value::from(numbered(items)))],
            ),
            Refusal::NotYesNo(t) => ("refusal-not-yes-no", vec![("text", text(t))]),
            Refusal::ScaleRange { min, max } => (
                "refusal-scale-range",
                vec![("min", (*min).into()), ("max", (*max).into())],
            ),
            Refusal::AtLeast(n) => ("refusal-at-least", vec![("n", dec(n))]),
            Refusal::AtMost(n) => ("refusal-at-most", vec![("n", dec(n))]),
            Refusal::OffStep { step, from } => (
                "refusal-off-step",
                vec![("step", dec(step)), ("from", dec(from))],
            ),
            Refusal::TooLong { max, have } => (
                "refusal-too-long",
                vec![("max", (*max).into()), ("have", (*have).into())],
            ),
            Refusal::Pattern(p) => ("refusal-pattern", vec![("pattern", text(p))]),
            Refusal::Constraint(m) => return m.trim_end_matches('.').to_owned(),
            Refusal::WrongType => ("refusal-wrong-type", vec![]),
        };
        words::t_args(lang, id, &args)
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
}
