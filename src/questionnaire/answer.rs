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

/// Why an answer does not fit its question. `Display` is the sentence for the author of an
/// answers or test file, in the process's interface language, without the question id or
/// position (the caller adds those).
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerError {
    WrongType {
        /// A select key of `diag-answer-expected` (the question's type).
        expected: &'static str,
        found: String,
    },
    UnknownChoice {
        value: String,
        choices: String,
        suggestion: Option<String>,
    },
    /// A scale's label written for its point.
    ScaleLabel {
        label: String,
        point: i64,
    },
    OutOfRange {
        value: String,
        range: String,
    },
    NotWhole {
        value: String,
        range: String,
    },
    Count {
        found: usize,
        expected: String,
    },
    Repeated(String),
    /// A choice picked only on its own, picked with others.
    Exclusive(String),
    IncompleteRank(String),
    Step(String, String),
    TooLong {
        len: usize,
        max: u32,
    },
    Pattern(String),
    Required,
}

impl std::error::Error for AnswerError {}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::sanitize::clip;
        let text = match self {
            AnswerError::WrongType { expected, found } => diag!(
                "diag-answer-wrong-type",
                expected = diag!("diag-answer-expected", kind = *expected),
                found = found.as_str()
            ),
            AnswerError::UnknownChoice {
                value,
                choices,
                suggestion,
            } => diag!(
                "diag-answer-unknown-choice",
                value = clip(value),
                choices = choices.as_str(),
                mean = suggestion
                    .as_ref()
                    .map(|s| diag!("diag-unknown-field-mean", name = s.as_str()))
                    .unwrap_or_default()
            ),
            AnswerError::ScaleLabel { label, point } => diag!(
                "diag-answer-scale-label",
                label = clip(label),
                point = point.to_string()
            ),
            AnswerError::OutOfRange { value, range } => diag!(
                "diag-answer-out-of-range",
                value = value.as_str(),
                range = range.as_str()
            ),
            AnswerError::NotWhole { value, range } => diag!(
                "diag-answer-not-whole",
                value = value.as_str(),
                range = range.as_str()
            ),
            AnswerError::Count { found, expected } => diag!(
                "diag-answer-count",
                found = *found,
                expected = expected.as_str()
            ),
            AnswerError::Repeated(value) => diag!("diag-answer-repeated", value = clip(value)),
            AnswerError::Exclusive(value) => diag!("diag-answer-exclusive", value = clip(value)),
            AnswerError::IncompleteRank(missing) => {
                diag!("diag-answer-incomplete-rank", missing = missing.as_str())
            }
            AnswerError::Step(value, step) => diag!(
                "diag-answer-step",
                value = value.as_str(),
                step = step.as_str()
            ),
            AnswerError::TooLong { len, max } => {
                diag!("diag-answer-too-long", len = *len, max = *max)
            }
            AnswerError::Pattern(source) => diag!("diag-answer-pattern", pattern = source.as_str()),
            AnswerError::Required => diag!("diag-answer-required"),
        };
        f.write_str(&text)
    }
}

impl Answer {
    /// A short description of the kind of value, for error messages.
    pub fn describe(&self) -> String {
        match self {
            Answer::Bool(b) => diag!("diag-found-boolean", value = format!("`{b}`")),
            Answer::Number(n) => diag!("diag-found-number", value = super::fmt_num(*n)),
            Answer::Text(s) => diag!(
                "diag-found-text",
                value = format!("`{}`", crate::sanitize::clip(s))
            ),
            Answer::List(items) => diag!("diag-found-list", n = items.len()),
        }
    }
}
