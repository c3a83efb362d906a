//! Serde types mirroring the test-file YAML exactly; their doc comments become the
//! test-file JSON Schema's descriptions.

use schemars::JsonSchema;
use serde::Deserialize;

use crate::questionnaire::{OrderedMap, RawAnswer};
use crate::yaml::At;

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
    pub cases: At<Vec<At<RawCase>>>,
}

/// One person's answers and what evaluating them must give.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    /// Who this is and why they get this result, in one line.
    pub name: At<String>,
    /// `question_id: answer`, checked against the questionnaire like an answers file.
    #[serde(default)]
    pub answers: OrderedMap<Option<RawAnswer>>,
    /// What must hold; every key is optional, at least one is needed.
    pub expect: At<RawExpect>,
}

/// What a case checks.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawExpect {
    /// Exactly these outcome ids, in this order.
    #[serde(default)]
    pub outcomes: Option<At<Vec<At<String>>>>,
    /// Exactly these rules decided the outcome, in the policy's order (the default rule
    /// when no other matched).
    #[serde(default)]
    pub rules: Option<At<Vec<At<String>>>>,
    /// These notes appear (others may too).
    #[serde(default)]
    pub notes: Option<At<Vec<At<String>>>>,
    /// These notes do not appear.
    #[serde(default)]
    pub no_notes: Option<At<Vec<At<String>>>>,
    /// These dimensions, or derived numbers (a total, an index), have exactly these values.
    #[serde(default)]
    pub scores: Option<At<OrderedMap<f64>>>,
    /// These questions are shown to this person.
    #[serde(default)]
    pub asked: Option<At<Vec<At<String>>>>,
    /// These questions are hidden from this person.
    #[serde(default)]
    pub not_asked: Option<At<Vec<At<String>>>>,
    /// `true`: a required question is left unanswered, so evaluating (without `--partial`)
    /// is refused; `false`: every required question is answered.
    #[serde(default)]
    pub incomplete: Option<At<bool>>,
}
