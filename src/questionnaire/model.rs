//! Validated model types. Built only by the loader; every index in here is in range.

use crate::expr::Expr;

use super::{QuestionKind, Text};

/// Where something stands in its source file (1-based line and column).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Questionnaire {
    pub id: String,
    pub version: u32,
    pub title: Text,
    pub description: Option<Text>,
    /// The language used when a text has no translation for the one asked for.
    pub default_lang: String,
    /// Every language any text in the file is given in.
    pub languages: Vec<String>,
    pub dimensions: Vec<Dimension>,
    pub sections: Vec<Section>,
    /// All questions in file order; `Question::section` indexes `sections`.
    pub questions: Vec<Question>,
    /// Derived values in an order where each depends only on earlier ones.
    pub derived: Vec<Derived>,
    pub decision: Decision,
    pub outcomes: Vec<Outcome>,
    /// Sizes roadmaps to the user's week, when the questionnaire says how.
    pub plan: Option<super::PlanSpec>,
    pub confidence: Option<super::ConfidenceSpec>,
    /// Hex SHA-256 of the source bytes, so a session knows if its questionnaire changed.
    pub hash: String,
    /// The file it came from (`<built-in>` for the default questionnaire).
    pub source: String,
    /// The heading above the outcome; `None` for the default ("Recommendation").
    pub result_label: Option<Text>,
    /// List the scores highest first.
    pub sort_scores: bool,
    /// Offer "what would change it" (`explain: {changes: false}` turns it off).
    pub explain_changes: bool,
    /// The reachable range of each dimension's score, in `dimensions` order (computed
    /// once at load: it does not depend on the answers).
    pub score_ranges: Vec<(f64, f64)>,
    /// The interface's words the questionnaire brings: language to message id to text
    /// (checked at load), handed to [`crate::words::use_questionnaire_words`].
    #[serde(default)]
    pub words: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    /// Texts that lack one of `languages` (found at load, where the texts' positions are;
    /// the linter words them as `missing-translation`).
    #[serde(default)]
    pub missing_translations: Vec<MissingTranslation>,
}

/// A text with no translation into `lang`, which a reader in `lang` sees in `shown`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MissingTranslation {
    /// Its first language key.
    pub pos: Pos,
    pub lang: String,
    pub shown: String,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Dimension {
    pub id: String,
    pub label: Text,
    /// Under `policy: top`: index into `Questionnaire::outcomes`.
    pub outcome: Option<usize>,
    /// Its letters in a profile code.
    pub code: String,
    pub pos: Pos,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Section {
    pub id: String,
    pub title: Text,
    pub pos: Pos,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Question {
    pub id: String,
    pub section: usize,
    pub kind: QuestionKind,
    pub prompt: Text,
    pub help: Option<Text>,
    pub required: bool,
    // The parts most questions do without are boxed: a question is 240 bytes, not 448,
    // which is megabytes in a questionnaire of thousands.
    pub default: Option<Box<super::Answer>>,
    pub visible_if: Option<Box<Expr>>,
    pub constraint: Option<Box<Constraint>>,
    /// Points added when a condition over the answers holds (for non-choice types).
    pub score_if: Vec<ScoreIf>,
    /// `scale` and `number`: the answer itself, weighted, scores.
    pub value_score: Option<Box<ValueScore>>,
    /// Recorded for the author; need not affect the result.
    pub collect: bool,
    pub pos: Pos,
}

/// The answer of a `scale` or `number` scored as `value × weight` per dimension.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ValueScore {
    pub weights: Points,
    /// Score `min + max - value` (a reverse-keyed item); the loader ensures both bounds.
    pub reverse: Option<(f64, f64)>,
    /// Added to the (mirrored) answer before it is weighted.
    #[serde(default)]
    pub offset: f64,
}

impl ValueScore {
    /// The value that is weighted: the answer, or its mirror for a reverse-keyed item,
    /// plus the offset.
    pub fn keyed(&self, value: f64) -> f64 {
        let keyed = match self.reverse {
            Some((min, max)) => min + max - value,
            None => value,
        };
        keyed + self.offset
    }
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: Text,
    pub help: Option<Text>,
    /// Points per dimension; keys are dimension ids.
    pub score: Points,
    /// Picked only on its own (a `multi`'s "None of these"): with it, no other choice.
    #[serde(default)]
    pub exclusive: bool,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Constraint {
    pub expr: Expr,
    pub message: Text,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ScoreIf {
    pub when: Expr,
    pub score: Points,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Derived {
    pub name: String,
    pub expr: Expr,
    /// Shown with the scores, with a label and a range.
    pub shown: Option<Shown>,
    pub pos: Pos,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Shown {
    pub label: Text,
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    /// The first rule in file order whose condition holds.
    First,
    /// The matching rule with the highest priority; ties go to the earlier rule.
    Priority,
    /// Every matching rule, outcomes in file order without repeats.
    Collect,
    /// Rules as under `first`; when none matches, the top-ranked dimensions' outcomes.
    Top,
}

/// How `policy: top` ranks dimensions.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Top {
    pub count: usize,
    pub ties: Ties,
    pub min_spread: f64,
    /// Rendered per dimension in the profile; may use `{dimension}` and `{profile}`.
    pub because: Template,
}

pub use super::raw::RawTies as Ties;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Decision {
    pub policy: Policy,
    /// Non-default rules in file order.
    pub rules: Vec<Rule>,
    /// The rule that applies when no other does.
    pub default: Rule,
    /// Remarks added to a result when their condition holds (for example "this was close").
    pub notes: Vec<Note>,
    /// Under `policy: top`.
    pub top: Option<Top>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Rule {
    pub id: String,
    pub priority: i64,
    /// `None` only for the default rule.
    pub when: Option<Condition>,
    /// Index into `Questionnaire::outcomes`.
    pub outcome: usize,
    pub because: Template,
    pub pos: Pos,
    /// Where its `when` is written (its `- id:` for the default rule): what a warning
    /// about the condition points at.
    pub when_pos: Pos,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Note {
    pub id: String,
    pub when: Condition,
    pub text: Template,
    pub pos: Pos,
    pub when_pos: Pos,
}

/// A rule condition: an expression, or an `all` / `any` / `not` tree of them.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum Condition {
    Expr(Expr),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

impl Condition {
    /// Every number written in its expressions: the thresholds it compares with.
    pub fn numbers(&self) -> Vec<f64> {
        let mut out = Vec::new();
        self.each_expr(&mut |e| out.extend(e.numbers()));
        out
    }

    /// Every name its expressions read, without repeats.
    pub fn names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        self.each_expr(&mut |e| {
            for name in e.names() {
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        });
        out
    }

    fn each_expr<'a>(&'a self, f: &mut impl FnMut(&'a Expr)) {
        match self {
            Condition::Expr(e) => f(e),
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter().for_each(|p| p.each_expr(f));
            }
            Condition::Not(inner) => inner.each_expr(f),
        }
    }
}

pub use super::template::Template;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Outcome {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    /// The kind of work this path leads to.
    pub leads_to: Option<Text>,
    pub roadmap: Vec<Step>,
    /// How far the answers favour this outcome (a number), read against `confidence`.
    pub margin: Option<Expr>,
    pub sources: Vec<super::Source>,
    pub pos: Pos,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Step {
    pub step: Text,
    pub items: Vec<Text>,
    pub optional: bool,
    pub resources: Vec<Resource>,
    /// Effort estimate in hours.
    pub hours: Option<f64>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Resource {
    pub title: Text,
    pub url: Option<String>,
}

impl Questionnaire {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| o.id == id)
    }

    /// Whether every question is always asked (none has `visible_if`): then a count of
    /// questions is exact, not "about" so many.
    pub fn fixed_length(&self) -> bool {
        self.questions.iter().all(|q| q.visible_if.is_none())
    }
}

/// Points per dimension (keys are dimension ids), in id order.
pub type Points = super::SortedMap<f64>;

const _: () = assert!(std::mem::size_of::<Question>() <= 240);
