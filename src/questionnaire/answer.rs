//! Answers: what a user gave for each question, and whether it fits the question.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One answer. Its meaning depends on the question's type: a single choice or
/// a text is `Text`, multi and rank are `List` (rank in the user's order),
/// confirm is `Bool`, number and scale are `Number`.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<String>),
}

/// The two ways an answer is written: itself (`true`, `3`, `"a"`, `[..]`) in JSON and YAML,
/// as `untagged` reads it, and with its variant named in a compact binary format (the
/// built-in questionnaire's embedded model), which cannot guess.
mod repr {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    pub enum Answer {
        Bool(bool),
        Number(f64),
        Text(String),
        List(Vec<String>),
    }

    #[derive(serde::Deserialize)]
    #[serde(rename = "Answer")]
    pub enum Tagged {
        Bool(bool),
        Number(f64),
        Text(String),
        List(Vec<String>),
    }
}

impl Serialize for Answer {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !s.is_human_readable() {
            return match self {
                Answer::Bool(b) => s.serialize_newtype_variant("Answer", 0, "Bool", b),
                Answer::Number(n) => s.serialize_newtype_variant("Answer", 1, "Number", n),
                Answer::Text(t) => s.serialize_newtype_variant("Answer", 2, "Text", t),
                Answer::List(l) => s.serialize_newtype_variant("Answer", 3, "List", l),
            };
        }
        match self {
            Answer::Bool(b) => s.serialize_bool(*b),
            Answer::Number(n) => s.serialize_f64(*n),
            Answer::Text(t) => s.serialize_str(t),
            Answer::List(l) => l.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(if d.is_human_readable() {
            match repr::Answer::deserialize(d)? {
                repr::Answer::Bool(b) => Answer::Bool(b),
                repr::Answer::Number(n) => Answer::Number(n),
                repr::Answer::Text(t) => Answer::Text(t),
                repr::Answer::List(l) => Answer::List(l),
            }
        } else {
            match repr::Tagged::deserialize(d)? {
                repr::Tagged::Bool(b) => Answer::Bool(b),
                repr::Tagged::Number(n) => Answer::Number(n),
                repr::Tagged::Text(t) => Answer::Text(t),
                repr::Tagged::List(l) => Answer::List(l),
            }
        })
    }
}

/// Answers keyed by question id.
pub type Answers = BTreeMap<String, Answer>;

/// Why an answer does not fit its question. `Display` is the user-facing sentence,
/// without the question id or position (the caller adds those).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnswerError {
    #[error("expected {expected}, found {found}")]
    WrongType {
        expected: &'static str,
        found: String,
    },
    #[error("`{}` is not one of the choices ({choices}){}", crate::sanitize::clip(value), suggestion.as_ref().map(|s| format!("; did you mean `{s}`?")).unwrap_or_default())]
    UnknownChoice {
        value: String,
        choices: String,
        suggestion: Option<String>,
    },
    /// A scale's label written for its point.
    #[error(
        "`{}` is a label of this scale: write its point, `{point}`",
        crate::sanitize::clip(label)
    )]
    ScaleLabel { label: String, point: i64 },
    #[error("{value} is out of range: expected {range}")]
    OutOfRange { value: String, range: String },
    #[error("{value} is not a whole number: expected {range}")]
    NotWhole { value: String, range: String },
    #[error("{found} selected, expected {expected}")]
    Count { found: usize, expected: String },
    #[error("`{}` is chosen more than once", crate::sanitize::clip(.0))]
    Repeated(String),
    #[error("a ranking must order every choice exactly once ({0})")]
    IncompleteRank(String),
    #[error("{0} is not a multiple of the step {1} from the minimum")]
    Step(String, String),
    #[error("the text is {len} characters long, at most {max} are allowed")]
    TooLong { len: usize, max: u32 },
    #[error("the text does not match the pattern `{0}`")]
    Pattern(String),
    #[error("an answer is required")]
    Required,
}

impl Answer {
    /// A short description of the kind of value, for error messages.
    pub fn describe(&self) -> String {
        match self {
            Answer::Bool(b) => format!("the boolean `{b}`"),
            Answer::Number(n) => format!("the number {}", super::fmt_num(*n)),
            Answer::Text(s) => format!("the text `{}`", crate::sanitize::clip(s)),
            Answer::List(items) if items.len() == 1 => "a list of 1 item".to_owned(),
            Answer::List(items) => format!("a list of {} items", items.len()),
        }
    }
}
