//! Answers: what a user gave for each question, and whether it fits the question.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One answer. Its meaning depends on the question's type: a single choice or
/// a text is `Text`, multi and rank are `List` (rank in the user's order),
/// confirm is `Bool`, number and scale are `Number`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<String>),
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
    #[error("{value} is out of range: expected {range}")]
    OutOfRange { value: String, range: String },
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
