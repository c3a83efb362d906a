//! The format's keys for an honest, sized result: the plan (which question gives hours per
//! week, the horizon a plan must fit), the confidence thresholds an outcome's `margin` is
//! read against, and an outcome's sources. Raw serde types and their validated model forms.

use schemars::JsonSchema;
use serde::Deserialize;

use super::Text;
use super::raw::RawText;
use crate::yaml::At;

/// `plan:` on the questionnaire: size each outcome's roadmap to the user's week.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Plan")]
pub struct RawPlan {
    /// The id of a `number` or `scale` question whose answer is hours per week.
    pub hours_per_week: At<String>,
    /// A plan whose required stages take longer than this many weeks does not fit (default 52).
    #[serde(default)]
    pub horizon_weeks: Option<At<f64>>,
}

/// `confidence:` on the questionnaire: how an outcome's `margin` reads. A margin of 0 is a
/// tie, below `leaning` close, below `clear` leaning, and `clear` or more clear.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Confidence")]
pub struct RawConfidence {
    /// The smallest margin that reads as leaning.
    pub leaning: f64,
    /// The smallest margin that reads as clear.
    pub clear: f64,
}

/// One source behind an outcome: a guide, a book, a page.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Source")]
pub struct RawSource {
    pub title: RawText,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default)]
    pub url: Option<String>,
}

/// The validated `plan:`.
#[derive(Debug, Clone, serde::Serialize, Deserialize)]
pub struct PlanSpec {
    /// Index of the question that gives hours per week.
    pub hours_question: usize,
    pub horizon_weeks: f64,
}

/// The validated `confidence:` thresholds (0 < leaning <= clear).
#[derive(Debug, Clone, Copy, serde::Serialize, Deserialize)]
pub struct ConfidenceSpec {
    pub leaning: f64,
    pub clear: f64,
}

#[derive(Debug, Clone, serde::Serialize, Deserialize)]
pub struct Source {
    pub title: Text,
    pub author: Option<String>,
    pub year: Option<u16>,
    pub url: Option<String>,
}

/// Weeks a plan must fit in when `horizon_weeks` is not given: a year.
pub const DEFAULT_HORIZON_WEEKS: f64 = 52.0;
