//! Serde types mirroring the questionnaire YAML exactly; the loader turns them
//! into model types. Their doc comments become the JSON Schema's descriptions.

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use crate::yaml::At;

mod decision;
mod result;
mod values;

pub use decision::*;
pub use result::*;
pub use values::*;

/// A questionnaire file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "careerpath questionnaire")]
#[schemars(rename = "Questionnaire")]
pub struct RawQuestionnaire {
    /// A name for the questionnaire, `[a-z0-9_-]+`.
    pub id: At<String>,
    /// A positive integer; raise it when questions change, so saved sessions notice.
    pub version: At<u32>,
    /// The questionnaire's title.
    pub title: RawText,
    /// Shown on the welcome screen.
    #[serde(default)]
    pub description: Option<RawText>,
    /// The language used when a translation is missing (default `en`).
    #[serde(default)]
    pub default_lang: Option<At<String>>,
    /// What answers score points in: dimension id to `{label}`.
    pub dimensions: At<OrderedMap<RawDimension>>,
    /// Sections of questions, asked in order.
    pub sections: At<Vec<RawSection>>,
    /// Values computed from answers, scores and other derived values: name to an
    /// expression, or to `{expr, label, min, max}` to show it with the scores.
    #[serde(default)]
    pub derived: OrderedMap<RawDerived>,
    /// The rules that pick the outcome.
    pub decision: RawDecision,
    /// The possible recommendations: outcome id to outcome.
    pub outcomes: At<OrderedMap<RawOutcome>>,
    /// Sizes each roadmap to the user's week (see `hours` on a step).
    #[serde(default)]
    pub plan: Option<At<super::sizing::RawPlan>>,
    /// How clear a result reads, from its outcome's `margin`.
    #[serde(default)]
    pub confidence: Option<At<super::sizing::RawConfidence>>,
    /// The heading above the outcome (default "Recommendation"), e.g. "Your interest profile".
    #[serde(default)]
    pub result_label: Option<RawText>,
    /// `true`: list the scores highest first instead of in file order.
    #[serde(default)]
    pub sort_scores: bool,
    /// What the result explains besides its reasons.
    #[serde(default)]
    pub explain: Option<RawExplain>,
    /// The interface's own words (buttons, headings, hints) in the questionnaire's
    /// languages: language to message id (those of `i18n/en.ftl`) to text, in Fluent
    /// syntax (`{ $n }` values, plural selectors), e.g. `zh: {f-quit: 退出}`. An id not
    /// given reads in the program's words for that language, else English.
    #[serde(default)]
    pub words: OrderedMap<OrderedMap<String>>,
}

/// A dimension answers score points in.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Dimension")]
pub struct RawDimension {
    /// The dimension's name as shown to the user.
    pub label: RawText,
    /// Under `policy: top`, the outcome this dimension leads to when it ranks on top.
    #[serde(default)]
    pub outcome: Option<At<String>>,
    /// Under `policy: top`, its letter(s) in the profile code (default: the id's first
    /// letter, upper case), e.g. `R` for realistic.
    #[serde(default)]
    pub code: Option<At<String>>,
}

/// A group of questions with a title.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Section")]
pub struct RawSection {
    pub id: At<String>,
    pub title: RawText,
    pub questions: At<Vec<At<RawQuestion>>>,
}

/// A question's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum QuestionType {
    /// Pick one choice.
    Single,
    /// Pick several choices (`min`/`max` selections).
    Multi,
    /// Yes or no.
    Confirm,
    /// An integer between `min` and `max`, with end labels or a label per point.
    Scale,
    /// A number, with optional `min`, `max`, `step` and `unit`.
    Number,
    /// Free text, with optional `max_len` and `pattern`.
    Text,
    /// Order every choice, most important first.
    Rank,
}

/// Every type-specific key of a question.
pub const TYPE_KEYS: [&str; 14] = [
    "choices",
    "min",
    "max",
    "step",
    "unit",
    "unit_one",
    "min_label",
    "max_label",
    "labels",
    "score",
    "reverse",
    "offset",
    "max_len",
    "pattern",
];

impl QuestionType {
    pub const ALL: [QuestionType; 7] = [
        QuestionType::Single,
        QuestionType::Multi,
        QuestionType::Confirm,
        QuestionType::Scale,
        QuestionType::Number,
        QuestionType::Text,
        QuestionType::Rank,
    ];

    /// The type-specific keys this type takes.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            QuestionType::Single | QuestionType::Rank => &["choices"],
            QuestionType::Multi => &["choices", "min", "max"],
            QuestionType::Confirm => &[],
            QuestionType::Scale => &[
                "min",
                "max",
                "min_label",
                "max_label",
                "labels",
                "score",
                "reverse",
                "offset",
            ],
            QuestionType::Number => &[
                "min", "max", "step", "unit", "unit_one", "score", "reverse", "offset",
            ],
            QuestionType::Text => &["max_len", "pattern"],
        }
    }

    /// Whether the answer is picked from `choices` (the types that take that key).
    pub fn has_choices(self) -> bool {
        self.keys().contains(&"choices")
    }

    /// The keys this type cannot do without.
    pub fn required_keys(self) -> &'static [&'static str] {
        match self {
            QuestionType::Single | QuestionType::Multi | QuestionType::Rank => &["choices"],
            QuestionType::Scale => &["min", "max"],
            QuestionType::Confirm | QuestionType::Number | QuestionType::Text => &[],
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            QuestionType::Single => "single",
            QuestionType::Multi => "multi",
            QuestionType::Confirm => "confirm",
            QuestionType::Scale => "scale",
            QuestionType::Number => "number",
            QuestionType::Text => "text",
            QuestionType::Rank => "rank",
        }
    }
}

/// One question. Which of the type-specific keys are allowed depends on `type`.
// A flat struct rather than an enum tagged on `type`: serde's internally
// tagged enums buffer their input and lose the line numbers of errors inside.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Question", transform = per_type_keys)]
pub struct RawQuestion {
    /// Unique question id, used in expressions and answers files.
    pub id: At<String>,
    /// `single`, `multi`, `confirm`, `scale`, `number`, `text` or `rank`.
    #[serde(rename = "type")]
    pub kind: QuestionType,
    /// The question.
    pub prompt: RawText,
    /// Shown under the prompt.
    // Boxed, as are the other keys most questions leave out: 10,000 questions are read
    // into memory at once, and each absent key costs only a pointer.
    #[serde(default)]
    pub help: Option<Box<RawText>>,
    /// `true` (default) or `false`: an optional question can be skipped.
    #[serde(default)]
    pub required: Option<bool>,
    /// The answer pre-selected when the question is shown.
    #[serde(default)]
    pub default: Option<Box<At<RawAnswer>>>,
    /// Expression: the question is asked only when it holds. It may refer only to earlier questions.
    #[serde(default)]
    pub visible_if: Option<At<String>>,
    /// An answer is accepted only when `expr` holds (the question's own id names the new answer).
    #[serde(default)]
    pub constraint: Option<Box<RawConstraint>>,
    /// Points added when a condition holds.
    #[serde(default)]
    pub score_if: Vec<RawScoreIf>,
    /// `single`, `multi`, `rank`: the choices.
    #[serde(default)]
    pub choices: Option<At<Vec<RawChoice>>>,
    /// `multi`: fewest selections; `scale`, `number`: lowest value.
    #[serde(default)]
    pub min: Option<Box<At<f64>>>,
    /// `multi`: most selections; `scale`, `number`: highest value.
    #[serde(default)]
    pub max: Option<Box<At<f64>>>,
    /// `number`: answers are `min` plus a multiple of `step`.
    #[serde(default)]
    pub step: Option<Box<At<f64>>>,
    /// `number`: the unit shown after the value.
    #[serde(default)]
    pub unit: Option<Box<At<RawText>>>,
    /// `number`: the unit after exactly 1 ("1 hour a week"), where `unit` is plural.
    #[serde(default)]
    pub unit_one: Option<Box<At<RawText>>>,
    /// `scale`: the label at the low end.
    #[serde(default)]
    pub min_label: Option<Box<At<RawText>>>,
    /// `scale`: the label at the high end.
    #[serde(default)]
    pub max_label: Option<Box<At<RawText>>>,
    /// `scale`: a label for every point, lowest first (as many as `max - min + 1`).
    #[serde(default)]
    pub labels: Option<Box<At<Vec<RawText>>>>,
    /// `scale`, `number`: the answer times the weight is added to each dimension.
    #[serde(default)]
    pub score: Option<Box<At<OrderedMap<f64>>>>,
    /// `scale`, `number`: score `min + max - answer` instead of the answer (a reverse-keyed item).
    #[serde(default)]
    pub reverse: Option<Box<At<bool>>>,
    /// `scale`, `number`: added to the answer (after `reverse`) before it is weighted:
    /// `offset: -1` scores a 1-5 item 0-4, as the System Usability Scale counts.
    #[serde(default)]
    pub offset: Option<Box<At<f64>>>,
    /// `true`: the answer is recorded for the author and need not affect the result.
    #[serde(default)]
    pub collect: bool,
    /// `text`: the most characters allowed.
    #[serde(default)]
    pub max_len: Option<Box<At<u32>>>,
    /// `text`: a regular expression the whole text must match.
    #[serde(default)]
    pub pattern: Option<Box<At<String>>>,
}

/// One choice of a `single`, `multi` or `rank` question.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Choice")]
pub struct RawChoice {
    /// The id used in expressions and answers.
    pub value: At<String>,
    pub label: RawText,
    #[serde(default)]
    pub help: Option<Box<RawText>>,
    /// Points per dimension (may be negative).
    #[serde(default)]
    pub score: OrderedMap<f64>,
    /// `true`: picked only on its own ("None of these"), on a `multi` question.
    #[serde(default)]
    pub exclusive: Option<At<bool>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Constraint")]
pub struct RawConstraint {
    /// Must hold for an answer to be accepted.
    pub expr: At<String>,
    /// Shown when it does not.
    pub message: RawText,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ScoreIf")]
pub struct RawScoreIf {
    /// Expression over the answers.
    pub when: At<String>,
    /// Points per dimension added when `when` holds.
    pub score: OrderedMap<f64>,
}

/// A possible recommendation.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Outcome")]
pub struct RawOutcome {
    pub title: RawText,
    pub summary: RawText,
    /// The kind of work this path leads to.
    #[serde(default)]
    pub leads_to: Option<RawText>,
    /// Steps, in order.
    #[serde(default)]
    pub roadmap: Vec<RawStep>,
    /// Number expression: how far the answers favour this outcome (read against `confidence`).
    #[serde(default)]
    pub margin: Option<At<String>>,
    /// Where the recommendation comes from: title, author, year, url.
    #[serde(default)]
    pub sources: Vec<super::sizing::RawSource>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Step")]
pub struct RawStep {
    pub step: RawText,
    #[serde(default)]
    pub items: Vec<RawText>,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub resources: Vec<RawResource>,
    /// Effort estimate in hours, which `plan` turns into weeks.
    #[serde(default)]
    pub hours: Option<At<f64>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Resource")]
pub struct RawResource {
    pub title: RawText,
    #[serde(default)]
    pub url: Option<String>,
}

/// An answers file: an `answers` map; other top-level keys are ignored (a saved session is one).
#[derive(Debug, Deserialize)]
pub struct RawAnswersFile {
    #[serde(default)]
    pub answers: Option<RawAnswers>,
    /// Read only to say that a questionnaire was given where answers were expected.
    #[serde(default)]
    pub sections: Option<serde::de::IgnoredAny>,
}

/// Tells editors which keys each question type takes: `if type is number then
/// choices is not allowed`, and which it requires.
fn per_type_keys(schema: &mut Schema) {
    let rules: Vec<serde_json::Value> = QuestionType::ALL
        .iter()
        .map(|t| {
            let forbidden: serde_json::Map<String, serde_json::Value> = TYPE_KEYS
                .iter()
                .filter(|k| !t.keys().contains(k))
                .map(|k| ((*k).to_owned(), serde_json::Value::Bool(false)))
                .collect();
            serde_json::json!({
                "if": { "properties": { "type": { "const": t.name() } }, "required": ["type"] },
                "then": { "properties": forbidden, "required": t.required_keys() }
            })
        })
        .collect();
    schema.insert("allOf".to_owned(), serde_json::Value::Array(rules));
}
