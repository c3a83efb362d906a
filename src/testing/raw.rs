//! Serde types mirroring the test-file YAML exactly; their doc comments become the
//! test-file JSON Schema's descriptions.

use schemars::JsonSchema;
use serde::Deserialize;

use crate::questionnaire::{OrderedMap, RawAnswer};

/// A questionnaire's test file (`NAME.tests.yaml` beside `NAME.yaml`): answer paths and
/// what each must give.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "careerpath questionnaire tests")]
pub struct RawTestFile {
    /// The questionnaire these cases test, relative to this file. Default: this file's
    /// name without `.tests` (`career.tests.yaml` tests `career.yaml`).
    #[serde(default)]
    pub questionnaire: Option<String>,
    /// The cases, each run on its own.
    pub cases: Vec<RawCase>,
}

/// One person's answers and what evaluating them must give.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    /// Who this is and why they get this result, in one line.
    pub name: String,
    /// `question_id: answer`, checked against the questionnaire like an answers file.
    #[serde(default)]
    pub answers: OrderedMap<Option<RawAnswer>>,
    /// What must hold; every key is optional, at least one is needed.
    pub expect: RawExpect,
}

/// What a case checks.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawExpect {
    /// Exactly these outcome ids, in this order.
    #[serde(default)]
    pub outcomes: Option<Vec<String>>,
    /// Exactly these rules decided the outcome, in the policy's order (the default rule
    /// when no other matched).
    #[serde(default)]
    pub rules: Option<Vec<String>>,
    /// These notes appear (others may too).
    #[serde(default)]
    pub notes: Option<Vec<String>>,
    /// These notes do not appear.
    #[serde(default)]
    pub no_notes: Option<Vec<String>>,
    /// These dimensions have exactly these scores.
    #[serde(default)]
    pub scores: Option<OrderedMap<f64>>,
    /// These questions are shown to this person.
    #[serde(default)]
    pub asked: Option<Vec<String>>,
    /// These questions are hidden from this person.
    #[serde(default)]
    pub not_asked: Option<Vec<String>>,
    /// `true`: a required question is left unanswered, so evaluating (without `--partial`)
    /// is refused; `false`: every required question is answered.
    #[serde(default)]
    pub incomplete: Option<bool>,
}
