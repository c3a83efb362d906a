//! Answers -> result: outcome, scores, the rules that fired with their reasons,
//! a trace of every contribution and condition, and what would change the outcome.
//!
//! Only answers to visible questions count, and an answer that does not fit its question
//! is ignored, so any answers evaluate without error. Deterministic: the same answers
//! always give the same `Evaluation`.

mod change;
mod cite;
mod confidence;
mod plan;
mod profile;
mod rules;
mod score;
mod template;
mod why_not;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::expr::{Env, Read, Value};
use crate::flow;
use crate::questionnaire::{Answer, Answers, Policy, Questionnaire};

pub use crate::questionnaire::{rank_weight, score_range};
pub use change::{
    ChangeGroup, Changes, MAX_CHANGE_LINES, NO_CHANGES, fit_lines, group_changes, shown_changes,
    what_would_change,
};
pub use cite::MAX_FEEDERS;
pub use confidence::{Clarity, Confidence, confidence, most_likely_change, result_env};
pub use plan::{OutcomePlan, Plan, StagePlan, date_after, plan};
pub use profile::Profile;
pub use template::render as render_template;
pub use why_not::{Failed, Found, MAX_WHY_NOT_LINES, Op, Subject, Why, WhyNot, why_not};

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
    /// Under `policy: top`: the ranking of the dimensions.
    #[serde(default)]
    pub profile: Option<Profile>,
    /// Derived values shown with the scores, in file order.
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// Questions shown and left unanswered that give points when answered: the scores
    /// count none for them, and the result says so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unanswered_scored: Vec<String>,
}

/// A derived value shown with the scores: a label, a value and its range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    pub id: String,
    /// The label in the evaluation's language.
    pub label: String,
    /// `None` when it has no number (it read an unanswered question).
    pub value: Option<f64>,
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimScore {
    pub id: String,
    pub value: f64,
    /// The lowest and highest score reachable from any answers.
    pub min: f64,
    pub max: f64,
    /// Questions shown and left unanswered that would give this dimension points: in a
    /// result marked incomplete, the score is counted without them, and says so.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unanswered: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fired {
    pub rule: String,
    pub outcome: String,
    /// The `because` template rendered with the user's answers.
    pub reason: String,
    /// The question ids whose answers decided: those the condition read and that held,
    /// then those that fed a score it read in the direction it needed, largest first.
    /// Empty for the default rule, which applies because nothing else did.
    pub answers: Vec<String>,
    /// How many more answers fed those scores in that direction than `answers` lists
    /// (it lists at most [`MAX_FEEDERS`], the largest): a reason says they are there.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub more: usize,
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
    Leaf {
        expr: String,
        value: bool,
        reads: Vec<Read>,
    },
    All {
        value: bool,
        parts: Vec<CondTrace>,
    },
    Any {
        value: bool,
        parts: Vec<CondTrace>,
    },
    Not {
        value: bool,
        part: Box<CondTrace>,
    },
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
    let flow::Walk { visible, mut env } = flow::walk(q, answers);
    let mut contributions = Vec::new();
    let totals = score::score(q, &visible, &env, Some(&mut contributions));
    let derived = bind_scores_and_derived(q, &mut env, &totals);

    let mut rule_traces = Vec::new();
    let decided = rules::decide(q, &env, Some(&mut rule_traces));
    let mut fired = Vec::with_capacity(decided.fired.len().max(1));
    for &i in &decided.fired {
        let rule = &q.decision.rules[i];
        // Under a policy that takes the first match, the rules before this one failed,
        // and that is part of what decided it.
        let earlier = match q.decision.policy {
            Policy::First | Policy::Top => &q.decision.rules[..i],
            Policy::Priority | Policy::Collect => &[],
        };
        let (answers, more) = rule
            .when
            .as_ref()
            .map(|c| cite::rule(q, &env, &cite::after(c, earlier), &contributions))
            .unwrap_or_default();
        fired.push(Fired {
            rule: rule.id.clone(),
            outcome: q.outcomes[rule.outcome].id.clone(),
            reason: template::render(&rule.because, q, &env, lang),
            answers,
            more,
            default: false,
        });
    }
    let mut tie_break = decided.tie_break;
    let ranked = q.decision.top.as_ref().map(|top| {
        let (p, kept) = profile::rank(q, top, &totals);
        env.values
            .insert("profile".to_owned(), Value::Str(p.code.clone()));
        (top, p, kept)
    });
    if let Some((top, p, kept)) = ranked.as_ref().filter(|_| fired.is_empty()) {
        tie_break = p.tie.clone();
        if !profile::outcomes(q, p, kept).is_empty() {
            // A dimension is in the profile for outranking the best one left out: the
            // answers cited are those that pushed it over that one, on balance (an answer
            // that gave both the same moved neither).
            let runner_up = (0..q.dimensions.len())
                .filter(|i| !kept.contains(i))
                .max_by(|&a, &b| totals[a].total_cmp(&totals[b]));
            for &d in kept {
                let dim = &q.dimensions[d];
                let Some(o) = dim.outcome else { continue };
                env.values.insert(
                    "dimension".to_owned(),
                    Value::Str(dim.label.get(lang, &q.default_lang).to_owned()),
                );
                let against: Vec<(usize, i8)> = std::iter::once((d, 1))
                    .chain(runner_up.map(|r| (r, -1)))
                    .collect();
                let (answers, more) = cite::feeders(q, &env, &contributions, &against);
                fired.push(Fired {
                    rule: format!("top.{}", dim.id),
                    outcome: q.outcomes[o].id.clone(),
                    reason: template::render(&top.because, q, &env, lang),
                    answers,
                    more,
                    default: false,
                });
            }
        }
    }
    if fired.is_empty() {
        let rule = &q.decision.default;
        rule_traces.push(RuleTrace {
            rule: rule.id.clone(),
            matched: true,
            condition: None,
        });
        fired.push(Fired {
            rule: rule.id.clone(),
            outcome: q.outcomes[rule.outcome].id.clone(),
            reason: template::render(&rule.because, q, &env, lang),
            // It applies because no other rule did; no answer of its own decided it.
            answers: Vec::new(),
            more: 0,
            default: true,
        });
    }

    let mut outcomes: Vec<String> = Vec::with_capacity(fired.len());
    for f in &fired {
        if !outcomes.contains(&f.outcome) {
            outcomes.push(f.outcome.clone());
        }
    }
    let notes = q
        .decision
        .notes
        .iter()
        .filter(|n| rules::holds(&n.when, &env))
        .map(|n| template::render(&n.text, q, &env, lang))
        .collect();
    let ranges = &q.score_ranges;
    let mut scores: Vec<DimScore> = q
        .dimensions
        .iter()
        .zip(totals)
        .zip(ranges)
        .map(|((d, value), &(min, max))| DimScore {
            id: d.id.clone(),
            value,
            min,
            max,
            unanswered: 0,
        })
        .collect();
    if q.sort_scores {
        // Stable: equal scores keep file order.
        scores.sort_by(|a, b| b.value.total_cmp(&a.value));
    }
    let measures = q
        .derived
        .iter()
        .filter_map(|d| {
            let shown = d.shown.as_ref()?;
            Some(Measure {
                id: d.name.clone(),
                label: shown.label.get(lang, &q.default_lang).to_owned(),
                value: match derived.get(&d.name) {
                    Some(Value::Number(n)) => Some(*n),
                    _ => None,
                },
                min: shown.min,
                max: shown.max,
            })
        })
        .collect();
    let unanswered_scored = score::unanswered(q, &visible, &env, &mut scores);
    Evaluation {
        outcomes,
        scores,
        derived,
        fired,
        notes,
        unanswered_scored,
        trace: Trace {
            policy: q.decision.policy,
            contributions,
            rules: rule_traces,
            tie_break,
        },
        lang: lang.to_owned(),
        profile: ranked.map(|(_, p, _)| p),
        measures,
    }
}

/// The outcome ids alone, in the policy's order: the fast path for counterfactuals
/// (no trace, no rendering).
pub fn decide_outcomes(q: &Questionnaire, answers: &Answers) -> Vec<String> {
    let flow::Walk { visible, mut env } = flow::walk(q, answers);
    let names = ScoreNames::new(q);
    decide_in(q, &mut env, &visible, &names)
        .into_iter()
        .map(|o| q.outcomes[o].id.clone())
        .collect()
}

/// `score.<dim>` for every dimension, built once so repeated decisions do not format them.
pub(crate) struct ScoreNames(Vec<String>);

impl ScoreNames {
    pub(crate) fn new(q: &Questionnaire) -> Self {
        ScoreNames(
            q.dimensions
                .iter()
                .map(|d| format!("score.{}", d.id))
                .collect(),
        )
    }
}

/// Decides on an environment holding the visible answers (and possibly stale scores and
/// derived values from an earlier call, which are reset first): outcome indices in the
/// policy's order, without repeats. Reuses `env`'s keys, so a repeated call allocates little.
pub(crate) fn decide_in(
    q: &Questionnaire,
    env: &mut Env,
    visible: &[usize],
    names: &ScoreNames,
) -> Vec<usize> {
    // Scoring must not see the previous call's scores: absent and null read the same.
    for name in names.0.iter().chain(q.derived.iter().map(|d| &d.name)) {
        if let Some(v) = env.values.get_mut(name) {
            *v = Value::Null;
        }
    }
    let totals = score::score(q, visible, env, None);
    for (name, total) in names.0.iter().zip(&totals) {
        set(env, name, Value::Number(*total));
    }
    for d in &q.derived {
        let v = d.expr.eval(env);
        set(env, &d.name, v);
    }
    let decided = rules::decide(q, env, None);
    let mut outcomes: Vec<usize> = Vec::with_capacity(decided.fired.len().max(1));
    let picked = decided.fired.iter().map(|&i| q.decision.rules[i].outcome);
    for o in picked {
        if !outcomes.contains(&o) {
            outcomes.push(o);
        }
    }
    if outcomes.is_empty()
        && let Some(top) = &q.decision.top
    {
        let (p, kept) = profile::rank(q, top, &totals);
        outcomes = profile::outcomes(q, &p, &kept);
    }
    if outcomes.is_empty() {
        outcomes.push(q.decision.default.outcome);
    }
    outcomes
}

fn set(env: &mut Env, name: &str, v: Value) {
    match env.values.get_mut(name) {
        Some(slot) => *slot = v,
        None => {
            env.values.insert(name.to_owned(), v);
        }
    }
}

/// Puts `score.<dim>` and then each derived value (already in dependency order) into `env`.
fn bind_scores_and_derived(
    q: &Questionnaire,
    env: &mut Env,
    totals: &[f64],
) -> BTreeMap<String, Value> {
    for (d, total) in q.dimensions.iter().zip(totals) {
        env.values
            .insert(format!("score.{}", d.id), Value::Number(*total));
    }
    let mut derived = BTreeMap::new();
    for d in &q.derived {
        let v = d.expr.eval(env);
        env.values.insert(d.name.clone(), v.clone());
        derived.insert(d.name.clone(), v);
    }
    derived
}

/// Indices of the notes whose condition holds for `answers`, given their evaluation (its
/// scores and derived values): `Evaluation::notes` holds only the rendered texts.
pub fn held_notes(q: &Questionnaire, answers: &Answers, ev: &Evaluation) -> Vec<usize> {
    let mut env = flow::env(q, answers);
    for s in &ev.scores {
        env.values
            .insert(format!("score.{}", s.id), Value::Number(s.value));
    }
    for (name, value) in &ev.derived {
        env.values.insert(name.clone(), value.clone());
    }
    (0..q.decision.notes.len())
        .filter(|&i| rules::holds(&q.decision.notes[i].when, &env))
        .collect()
}
