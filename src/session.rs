//! A saved session: the answers (the same shape `evaluate --answers` reads) plus
//! metadata and the last result.
//!
//! STUB: the types are the contract; details are being written.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::evaluate::Evaluation;
use crate::questionnaire::Answers;

/// The session file format this build writes.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub format_version: u32,
    /// Generated, never derived from the name.
    pub id: String,
    pub name: String,
    pub created: Timestamp,
    pub updated: Timestamp,
    pub status: Status,
    pub questionnaire: QuestionnaireRef,
    /// The language the session was answered in.
    pub lang: String,
    pub answers: Answers,
    /// Answers to questions the questionnaire no longer has.
    #[serde(default, skip_serializing_if = "Answers::is_empty")]
    pub set_aside: Answers,
    /// Questions whose answer no longer fits (changed type or choices) and must be answered again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs_answer: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<SavedResult>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    InProgress,
    Complete,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: u32,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedResult {
    /// The questionnaire version the result was computed with.
    pub questionnaire_version: u32,
    pub evaluation: Evaluation,
}
