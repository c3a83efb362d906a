//! Scoring: the totals per dimension from the visible answers, with each contribution.

use crate::expr::{Env, Value};
use crate::questionnaire::Questionnaire;

use super::{Contribution, DimScore};

/// Totals per dimension (in `q.dimensions` order) from the visible answers in `env`;
/// when `contributions` is given, records each non-zero contribution.
pub(super) fn score(
    q: &Questionnaire,
    visible: &[usize],
    env: &Env,
    mut contributions: Option<&mut Vec<Contribution>>,
) -> Vec<f64> {
    let mut totals = vec![0.0; q.dimensions.len()];
    for &i in visible {
        let question = &q.questions[i];
        let Some(value) = env.values.get(&question.id) else {
            continue;
        };
        question.points(value, env, |map, weight, via| {
            for (dim, points) in map {
                let points = points * weight;
                let Some(d) = q.dimensions.iter().position(|x| x.id == dim) else {
                    continue;
                };
                if points == 0.0 || !points.is_finite() {
                    continue;
                }
                totals[d] += points;
                if let Some(list) = contributions.as_deref_mut() {
                    list.push(Contribution {
                        question: question.id.clone(),
                        dimension: dim.to_owned(),
                        points,
                        via: via.to_owned(),
                    });
                }
            }
        });
    }
    totals.into_iter().map(crate::expr::snap).collect()
}

/// The questions shown and left unanswered that would give points: their ids, and on each
/// score of `scores` how many of them would feed it.
pub(super) fn unanswered(
    q: &Questionnaire,
    visible: &[usize],
    env: &Env,
    scores: &mut [DimScore],
) -> Vec<String> {
    let mut ids = Vec::new();
    for x in visible.iter().map(|&i| &q.questions[i]) {
        if !matches!(env.values.get(&x.id), None | Some(Value::Null)) {
            continue;
        }
        let feeds: Vec<bool> = crate::questionnaire::outer_range(q, x, true)
            .iter()
            .map(|&(lo, hi)| lo != 0.0 || hi != 0.0)
            .collect();
        if !feeds.contains(&true) {
            continue;
        }
        ids.push(x.id.clone());
        for s in scores.iter_mut() {
            let d = q.dimensions.iter().position(|d| d.id == s.id);
            s.unanswered += usize::from(d.is_some_and(|d| feeds.get(d) == Some(&true)));
        }
    }
    ids
}
