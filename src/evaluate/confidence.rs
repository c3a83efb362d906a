//! How clear a result was: the outcome's `margin` read against the questionnaire's
//! `confidence` thresholds (clear, leaning, close, tie), and which single answer change
//! would most likely overturn it.

use serde::Serialize;

use crate::expr::{Env, Value};
use crate::flow;
use crate::questionnaire::{Answers, Questionnaire};

use super::{Change, Evaluation};

/// A margin this close to zero is a tie: sums of rank weights are not exact.
const TIE: f64 = 1e-9;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Clarity {
    Clear,
    Leaning,
    Close,
    Tie,
    /// The points favour another outcome, and a rule decided regardless: not "close", which
    /// would read as nearly level however far apart the points are.
    Against,
}

impl Clarity {
    /// The word-table key of the label (`clarity_clear`, ...).
    pub fn key(self) -> &'static str {
        match self {
            Clarity::Clear => "clarity_clear",
            Clarity::Leaning => "clarity_leaning",
            Clarity::Close => "clarity_close",
            Clarity::Tie => "clarity_tie",
            Clarity::Against => "clarity_counter",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Confidence {
    /// The outcome whose margin was read (the first, under `collect`).
    pub outcome: String,
    /// How far the answers favour that outcome; negative when they favour another and a
    /// rule decided regardless.
    pub margin: f64,
    pub clarity: Clarity,
}

/// The answers' environment as the decision saw it: visible answers, scores, derived values.
pub fn result_env(q: &Questionnaire, answers: &Answers, ev: &Evaluation) -> Env {
    let mut env = flow::walk(q, answers).env;
    for s in &ev.scores {
        env.values
            .insert(format!("score.{}", s.id), Value::Number(s.value));
    }
    for (name, value) in &ev.derived {
        env.values.insert(name.clone(), value.clone());
    }
    env
}

/// None when the questionnaire has no thresholds, the outcome no margin, or the margin is
/// not a finite number for these answers.
pub fn confidence(q: &Questionnaire, answers: &Answers, ev: &Evaluation) -> Option<Confidence> {
    let spec = q.confidence?;
    let outcome = q.outcome(ev.outcomes.first()?)?;
    let env = result_env(q, answers, ev);
    let Value::Number(margin) = outcome.margin.as_ref()?.eval(&env) else {
        return None;
    };
    if !margin.is_finite() {
        return None;
    }
    Some(Confidence {
        outcome: outcome.id.clone(),
        margin,
        clarity: clarity(margin, spec.leaning, spec.clear),
    })
}

/// A zero margin is a tie whatever the thresholds; a negative one (the points favour
/// another outcome) is against them.
pub fn clarity(margin: f64, leaning: f64, clear: f64) -> Clarity {
    if margin.abs() < TIE {
        Clarity::Tie
    } else if margin < 0.0 {
        Clarity::Against
    } else if margin < leaning {
        Clarity::Close
    } else if margin < clear {
        Clarity::Leaning
    } else {
        Clarity::Clear
    }
}

/// Of the changes that would overturn the result, the smallest reconsideration: the one
/// closest to the answer given (a Likert answer one point away before a four-point swing
/// or a different choice, as "what would change it" orders them), then the one to the
/// answer that weighs least in it (fewest points moved), then the first asked.
pub fn most_likely_change<'a>(
    q: &Questionnaire,
    ev: &Evaluation,
    changes: &'a [Change],
) -> Option<&'a Change> {
    let weight = |question: &str| -> f64 {
        ev.trace
            .contributions
            .iter()
            .filter(|c| c.question == question)
            .map(|c| c.points.abs())
            .sum()
    };
    let order = |question: &str| q.question_index(question).unwrap_or(usize::MAX);
    let distance = |c: &Change| super::change::distance(q, c);
    changes.iter().min_by(|a, b| {
        distance(a)
            .total_cmp(&distance(b))
            .then(weight(&a.question).total_cmp(&weight(&b.question)))
            .then(order(&a.question).cmp(&order(&b.question)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_from_the_margin() {
        for (margin, want) in [
            (0.0, Clarity::Tie),
            (1e-12, Clarity::Tie),
            (-4.0, Clarity::Against),
            (-0.5, Clarity::Against),
            (1.0, Clarity::Close),
            (2.99, Clarity::Close),
            (3.0, Clarity::Leaning),
            (5.5, Clarity::Leaning),
            (6.0, Clarity::Clear),
            (40.0, Clarity::Clear),
        ] {
            assert_eq!(clarity(margin, 3.0, 6.0), want, "margin {margin}");
        }
    }
}
