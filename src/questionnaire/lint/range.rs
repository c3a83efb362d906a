//! The reachable score range per dimension: each question bounded exactly by trying
//! its answers where that is cheap, else part by part.

use crate::expr::Value;

use super::super::{Question, QuestionKind, Questionnaire, rank_weight};
use super::reach::Reach;

/// Per-question ranges, one `(lo, hi)` per dimension.
type Ranges = Vec<(f64, f64)>;

impl Reach<'_> {
    /// The lowest and highest total each dimension can reach, in `q.dimensions` order:
    /// the sum of each question's own reachable range. A question that may go unanswered
    /// (optional or conditional) may also add nothing. A question is bounded exactly by
    /// trying its answers together with those its `score_if` reads, so entries that
    /// exclude each other count once; where that is too many answers, each choice and each
    /// `score_if` is bounded on its own (an outer bound).
    pub fn score_range(&self) -> Ranges {
        let q = self.q;
        let mut total = vec![(0.0, 0.0); q.dimensions.len()];
        for (qi, question) in q.questions.iter().enumerate() {
            if self.hidden.contains(&qi) {
                continue;
            }
            let may_skip = !question.required || question.visible_if.is_some();
            let r = self
                .exact_range(question, may_skip)
                .unwrap_or_else(|| outer_range(q, question, may_skip));
            for (t, (lo, hi)) in total.iter_mut().zip(r) {
                t.0 += lo;
                t.1 += hi;
            }
        }
        total
            .into_iter()
            .map(|(lo, hi)| (crate::expr::snap(lo), crate::expr::snap(hi)))
            .collect()
    }

    /// Tries every answer of the question and of the questions its `score_if` reads.
    fn exact_range(&self, question: &Question, may_skip: bool) -> Option<Ranges> {
        let mut names = vec![question.id.as_str()];
        for s in &question.score_if {
            for n in s.when.names() {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        let dims = &self.q.dimensions;
        let mut r = vec![(f64::INFINITY, f64::NEG_INFINITY); dims.len()];
        let mut points = vec![0.0; dims.len()];
        let complete = self.each_combination(&names, |env| {
            let own = env.values.get(&question.id).unwrap_or(&Value::Null);
            if *own == Value::Null && !may_skip {
                return;
            }
            points.iter_mut().for_each(|p| *p = 0.0);
            question.points(own, env, |map, weight, _| {
                for (dim, p) in map {
                    if let Some(d) = dims.iter().position(|x| x.id == dim) {
                        points[d] += p * weight;
                    }
                }
            });
            for (b, p) in r.iter_mut().zip(&points) {
                *b = (b.0.min(*p), b.1.max(*p));
            }
        });
        complete.then(|| {
            r.into_iter()
                .map(|(lo, hi)| if lo > hi { (0.0, 0.0) } else { (lo, hi) })
                .collect()
        })
    }
}

/// Bounds each part of a question on its own: choices by their kind, the scored answer
/// over its range, and each `score_if` as if it could hold or not independently.
/// The points `question` can give each dimension, lowest and highest, bounded part by
/// part (each choice and each `score_if` on its own): an outer bound, cheap enough to
/// work out while citing answers.
pub fn outer_range(q: &Questionnaire, question: &Question, may_skip: bool) -> Ranges {
    q.dimensions
        .iter()
        .map(|dim| {
            let d = dim.id.as_str();
            let points: Vec<f64> = question
                .kind
                .choices()
                .iter()
                .map(|c| c.score.get(d).copied().unwrap_or(0.0))
                .collect();
            let (mut qlo, mut qhi) = match &question.kind {
                QuestionKind::Single { .. } => (
                    points.iter().copied().fold(f64::INFINITY, f64::min),
                    points.iter().copied().fold(f64::NEG_INFINITY, f64::max),
                ),
                QuestionKind::Multi { choices, min, max } => {
                    // An exclusive choice ("None of these") goes alone; the rest in sets of
                    // `min` to `max`.
                    let alone = || (0..points.len()).filter(|&i| choices[i].exclusive);
                    let mut sorted: Vec<f64> = (0..points.len())
                        .filter(|&i| !choices[i].exclusive)
                        .map(|i| points[i])
                        .collect();
                    sorted.sort_by(f64::total_cmp);
                    let lo_n = min.unwrap_or(0) as usize;
                    let hi_n = max.map_or(sorted.len(), |m| m as usize).min(sorted.len());
                    // Fewest/most points: the lowest/highest k choices for the best allowed k.
                    let sum_low = |k: usize| sorted.iter().take(k).sum::<f64>();
                    let sum_high = |k: usize| sorted.iter().rev().take(k).sum::<f64>();
                    let ks = lo_n..=hi_n;
                    (
                        ks.clone()
                            .map(sum_low)
                            .chain(alone().map(|i| points[i]))
                            .fold(f64::INFINITY, f64::min),
                        ks.map(sum_high)
                            .chain(alone().map(|i| points[i]))
                            .fold(f64::NEG_INFINITY, f64::max),
                    )
                }
                QuestionKind::Rank { .. } => {
                    // Pairing the largest weights with the largest scores gives the most,
                    // and reversed the least.
                    let n = points.len();
                    let mut sorted = points.clone();
                    sorted.sort_by(f64::total_cmp);
                    let high: f64 = sorted
                        .iter()
                        .rev()
                        .enumerate()
                        .map(|(k, p)| p * rank_weight(k, n))
                        .sum();
                    let low: f64 = sorted
                        .iter()
                        .enumerate()
                        .map(|(k, p)| p * rank_weight(k, n))
                        .sum();
                    (low, high)
                }
                QuestionKind::Scale { min, max, .. } => {
                    value_range(question, d, *min as f64, *max as f64)
                }
                QuestionKind::Number {
                    min: Some(lo),
                    max: Some(hi),
                    ..
                } => value_range(question, d, *lo, *hi),
                _ => (0.0, 0.0),
            };
            if !qlo.is_finite() {
                qlo = 0.0;
            }
            if !qhi.is_finite() {
                qhi = 0.0;
            }
            for s in &question.score_if {
                let p = s.score.get(d).copied().unwrap_or(0.0);
                if p < 0.0 {
                    qlo += p;
                } else {
                    qhi += p;
                }
            }
            if may_skip {
                qlo = qlo.min(0.0);
                qhi = qhi.max(0.0);
            }
            (qlo, qhi)
        })
        .collect()
}

/// The points a scored answer from `lo` to `hi` gives dimension `d`, lowest first.
fn value_range(question: &Question, d: &str, lo: f64, hi: f64) -> (f64, f64) {
    let Some(vs) = question.value_score.as_ref() else {
        return (0.0, 0.0);
    };
    let Some(w) = vs.weights.get(d) else {
        return (0.0, 0.0);
    };
    // Reversing mirrors the range onto itself; the offset moves both ends.
    let (a, b) = (vs.keyed(lo) * w, vs.keyed(hi) * w);
    (a.min(b), a.max(b))
}
