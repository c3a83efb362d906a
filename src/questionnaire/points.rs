//! The points one answer gives each dimension: its choices (a ranking weighted by
//! position), the answer itself (scored scales and numbers), and `score_if`. Scoring and
//! the reachable score ranges both count points here, so they cannot disagree.

use crate::expr::{Env, Value};

use super::{Choice, Points, Question, QuestionKind, fmt_num};

/// The weight of the item at `position` (0-based) in a ranking of `n` choices: the first
/// gets its full score, the last none, linearly in between (`(n-1-k)/(n-1)`).
pub fn rank_weight(position: usize, n: usize) -> f64 {
    if n <= 1 {
        return 1.0;
    }
    (n.saturating_sub(1).saturating_sub(position)) as f64 / (n - 1) as f64
}

impl Question {
    /// Calls `add(points, weight, via)` for each part of the answer `value` that scores:
    /// `points` per dimension times `weight`; `via` is the choice value, the answer, or the
    /// `score_if` condition's source. `env` holds the answers `score_if` reads. A missing
    /// answer scores nothing.
    pub fn points(&self, value: &Value, env: &Env, mut add: impl FnMut(&Points, f64, &str)) {
        if *value == Value::Null {
            return;
        }
        let choices = self.kind.choices();
        // A long list of choices is looked up, not searched for every item of an answer:
        // a ranking of n items would take n² comparisons for each answer scored.
        let index: Option<foldhash::HashMap<&str, &Choice>> = (choices.len() > 16
            && matches!(value, Value::List(_)))
        .then(|| choices.iter().map(|c| (c.value.as_str(), c)).collect());
        let find = |v: &Value| -> Option<&Choice> {
            match (v, &index) {
                (Value::Str(s), Some(index)) => index.get(s.as_str()).copied(),
                (Value::Str(s), None) => choices.iter().find(|c| &c.value == s),
                _ => None,
            }
        };
        match (&self.kind, value) {
            (QuestionKind::Single { .. }, v) => {
                if let Some(c) = find(v) {
                    add(&c.score, 1.0, &c.value);
                }
            }
            (QuestionKind::Multi { .. }, Value::List(items)) => {
                for c in items.iter().filter_map(find) {
                    add(&c.score, 1.0, &c.value);
                }
            }
            (QuestionKind::Rank { .. }, Value::List(items)) => {
                for (k, v) in items.iter().enumerate() {
                    if let Some(c) = find(v) {
                        add(&c.score, rank_weight(k, choices.len()), &c.value);
                    }
                }
            }
            (QuestionKind::Scale { .. } | QuestionKind::Number { .. }, Value::Number(n)) => {
                if let Some(vs) = &self.value_score {
                    add(&vs.weights, vs.keyed(*n), &fmt_num(*n));
                }
            }
            _ => {}
        }
        for s in &self.score_if {
            if s.when.eval(env).holds() {
                add(&s.score, 1.0, s.when.source());
            }
        }
    }
}
