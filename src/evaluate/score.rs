//! Scoring: points per dimension from choices (rank weighted by position) and `score_if`,
//! and the range of scores any answers can reach.

use std::collections::BTreeMap;

use crate::expr::{Env, Value};
use crate::questionnaire::{Choice, QuestionKind, Questionnaire};

use super::Contribution;

/// The weight of the item at `position` (0-based) in a ranking of `n` choices: the first
/// gets its full score, the last none, linearly in between (`(n-1-k)/(n-1)`).
pub fn rank_weight(position: usize, n: usize) -> f64 {
    if n <= 1 {
        return 1.0;
    }
    (n.saturating_sub(1).saturating_sub(position)) as f64 / (n - 1) as f64
}

/// Totals per dimension (in `q.dimensions` order) from the visible answers in `env`;
/// when `contributions` is given, records each non-zero contribution.
pub(super) fn score(
    q: &Questionnaire,
    visible: &[usize],
    env: &Env,
    mut contributions: Option<&mut Vec<Contribution>>,
) -> Vec<f64> {
    let mut totals = vec![0.0; q.dimensions.len()];
    let mut add = |question: &str, map: &BTreeMap<String, f64>, weight: f64, via: &str| {
        for (dim, points) in map {
            let points = points * weight;
            let Some(d) = q.dimensions.iter().position(|x| &x.id == dim) else {
                continue;
            };
            if points == 0.0 || !points.is_finite() {
                continue;
            }
            totals[d] += points;
            if let Some(list) = contributions.as_deref_mut() {
                list.push(Contribution {
                    question: question.to_owned(),
                    dimension: dim.clone(),
                    points,
                    via: via.to_owned(),
                });
            }
        }
    };
    for &i in visible {
        let question = &q.questions[i];
        let Some(value) = env.values.get(&question.id) else {
            continue;
        };
        let choices = question.kind.choices();
        let find = |v: &Value| -> Option<&Choice> {
            match v {
                Value::Str(s) => choices.iter().find(|c| &c.value == s),
                _ => None,
            }
        };
        match (&question.kind, value) {
            (QuestionKind::Single { .. }, v) => {
                if let Some(c) = find(v) {
                    add(&question.id, &c.score, 1.0, &c.value);
                }
            }
            (QuestionKind::Multi { .. }, Value::List(items)) => {
                for c in items.iter().filter_map(find) {
                    add(&question.id, &c.score, 1.0, &c.value);
                }
            }
            (QuestionKind::Rank { .. }, Value::List(items)) => {
                for (k, c) in items
                    .iter()
                    .enumerate()
                    .filter_map(|(k, v)| Some((k, find(v)?)))
                {
                    add(
                        &question.id,
                        &c.score,
                        rank_weight(k, choices.len()),
                        &c.value,
                    );
                }
            }
            _ => {}
        }
        for s in &question.score_if {
            if s.when.eval(env).holds() {
                add(&question.id, &s.score, 1.0, s.when.source());
            }
        }
    }
    totals
}

/// The lowest and highest score each dimension can reach (in `q.dimensions` order).
/// Each question is bounded on its own, so this is the range of the sum of per-question
/// ranges: exact when questions are independent, an outer bound otherwise.
pub fn score_range(q: &Questionnaire) -> Vec<(f64, f64)> {
    let mut range = vec![(0.0, 0.0); q.dimensions.len()];
    // One buffer for every question's points, sorted in place: this runs on every evaluation.
    let mut points: Vec<f64> = Vec::new();
    for question in &q.questions {
        let choices = question.kind.choices();
        if choices.is_empty() && question.score_if.is_empty() {
            continue;
        }
        // A question that can be hidden or skipped can also contribute nothing.
        let may_skip = !question.required || question.visible_if.is_some();
        for (d, dim) in q.dimensions.iter().enumerate() {
            points.clear();
            points.extend(
                choices
                    .iter()
                    .map(|c| c.score.get(&dim.id).copied().unwrap_or(0.0)),
            );
            let n = points.len();
            let (mut lo, mut hi) = match &question.kind {
                QuestionKind::Single { .. } => {
                    let mut b = if may_skip {
                        (0.0, 0.0)
                    } else {
                        (f64::INFINITY, f64::NEG_INFINITY)
                    };
                    for &p in &points {
                        b = (b.0.min(p), b.1.max(p));
                    }
                    if b.0 > b.1 { (0.0, 0.0) } else { b }
                }
                QuestionKind::Multi { min, max, .. } => {
                    points.sort_by(|a, b| b.total_cmp(a));
                    let lo_k = min.map_or(0, |m| m as usize).min(n);
                    let hi_k = max.map_or(n, |m| m as usize).min(n).max(lo_k);
                    multi_bounds(&points, lo_k, hi_k, may_skip)
                }
                QuestionKind::Rank { .. } => {
                    points.sort_by(|a, b| b.total_cmp(a));
                    // Rearrangement: the best ranking puts the highest points first.
                    let hi: f64 = points
                        .iter()
                        .enumerate()
                        .map(|(k, p)| p * rank_weight(k, n))
                        .sum();
                    let lo: f64 = points
                        .iter()
                        .rev()
                        .enumerate()
                        .map(|(k, p)| p * rank_weight(k, n))
                        .sum();
                    if may_skip {
                        (lo.min(0.0), hi.max(0.0))
                    } else {
                        (lo, hi)
                    }
                }
                _ => (0.0, 0.0),
            };
            for s in &question.score_if {
                let p = s.score.get(&dim.id).copied().unwrap_or(0.0);
                lo += p.min(0.0);
                hi += p.max(0.0);
            }
            range[d].0 += lo;
            range[d].1 += hi;
        }
    }
    range
}

/// Best and worst sums of `k` distinct choices, `k` in `lo_k..=hi_k`, from points sorted
/// highest first.
fn multi_bounds(desc: &[f64], lo_k: usize, hi_k: usize, may_skip: bool) -> (f64, f64) {
    let (mut top, mut bottom) = (0.0, 0.0);
    let (mut lo, mut hi) = if may_skip {
        (0.0, 0.0)
    } else {
        (f64::INFINITY, f64::NEG_INFINITY)
    };
    for k in 0..=hi_k.min(desc.len()) {
        if k > 0 {
            top += desc[k - 1];
            bottom += desc[desc.len() - k];
        }
        if k >= lo_k {
            hi = f64::max(hi, top);
            lo = f64::min(lo, bottom);
        }
    }
    if lo > hi { (0.0, 0.0) } else { (lo, hi) }
}
