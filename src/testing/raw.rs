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
    /// `true`: evaluated as `evaluate --partial` does, even with a required question left
    /// unanswered, so the result such answers give (an `incomplete` rule) can be checked.
    #[serde(default)]
    pub partial: Option<At<bool>>,
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
    pub scores: Option<At<OrderedMap<Score>>>,
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

/// An expected score: a number as YAML writes one. A quoted `"100"` is text, refused as
/// it is in an answers file, rather than read as the number it looks like.
#[derive(Debug, Clone, Copy, PartialEq, JsonSchema)]
#[schemars(transparent)]
pub struct Score(pub f64);

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Score;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&diag!("diag-a-number"))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Score, E> {
                // No score is infinite, and nothing equals NaN: such an expectation could
                // never fail (`.inf` and `1e400` compared as "equal" to any score).
                if !v.is_finite() {
                    return Err(E::custom(diag!("diag-not-finite")));
                }
                Ok(Score(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Score, E> {
                Ok(Score(v as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Score, E> {
                Ok(Score(v as f64))
            }
        }
        d.deserialize_any(V)
    }
}
