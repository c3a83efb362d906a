//! Answers -> result: outcome, scores, the rules that fired with their reasons,
//! a trace of every contribution and condition, and what would change the outcome.
//!
//! STUB: the types below are the contract; the bodies are being written.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::expr::{Read, Value};
use crate::questionnaire::{Answer, Answers, Policy, Questionnaire};

/// The result of evaluating one set of answers. Serializable: sessions keep the last one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// Outcome ids: exactly one under `first` and `priority`, one or more under `collect`.
    pub outcomes: Vec<String>,
    pub scores: Vec<DimScore>,
    pub derived: BTreeMap<String, Value>,
    /// Rules that decided the outcome, in the order the policy ranked them.
    pub fired: Vec<Fired>,
    /// Notes whose condition held, rendered.
    pub notes: Vec<String>,
    pub trace: Trace,
    /// The language the reasons were rendered in.
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimScore {
    pub id: String,
    pub value: f64,
    /// The lowest and highest score reachable from any answers.
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fired {
    pub rule: String,
    pub outcome: String,
    /// The `because` template rendered with the user's answers.
    pub reason: String,
    /// The question ids whose answers made the rule's condition hold.
    pub answers: Vec<String>,
    pub default: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trace {
    pub policy: Policy,
    pub contributions: Vec<Contribution>,
    pub rules: Vec<RuleTrace>,
    /// How a tie between matching rules was settled, if there was one.
    pub tie_break: Option<String>,
}

/// Points one answer gave one dimension.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub question: String,
    pub dimension: String,
    pub points: f64,
    /// The choice value, or the `score_if` condition's source.
    pub via: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleTrace {
    pub rule: String,
    pub matched: bool,
    pub condition: Option<CondTrace>,
}

/// A condition tree with the truth value of every node and the values each leaf read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CondTrace {
    Leaf { expr: String, value: bool, reads: Vec<Read> },
    All { value: bool, parts: Vec<CondTrace> },
    Any { value: bool, parts: Vec<CondTrace> },
    Not { value: bool, part: Box<CondTrace> },
}

/// One answer that, changed on its own, would change the outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub question: String,
    pub from: Option<Answer>,
    pub to: Answer,
    /// The new answer as the user would read it (choice labels, "yes"/"no").
    pub to_label: String,
    pub outcomes: Vec<String>,
}

/// Evaluates `answers` (only visible questions count) and renders reasons in `lang`.
pub fn evaluate(q: &Questionnaire, answers: &Answers, lang: &str) -> Evaluation {
    let _ = (answers, lang);
    Evaluation {
        outcomes: vec![q.outcomes[q.decision.default.outcome].id.clone()],
        scores: Vec::new(),
        derived: BTreeMap::new(),
        fired: Vec::new(),
        notes: Vec::new(),
        trace: Trace { policy: q.decision.policy, contributions: Vec::new(), rules: Vec::new(), tie_break: None },
        lang: lang.to_owned(),
    }
}

/// Single-answer changes that would change the outcome, trying at most `budget` re-evaluations.
pub fn what_would_change(q: &Questionnaire, answers: &Answers, current: &Evaluation, budget: usize) -> Vec<Change> {
    let _ = (q, answers, current, budget);
    Vec::new()
}
