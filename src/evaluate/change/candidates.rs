//! The answers "what would change it" tries in place of one given (or for a question left
//! unanswered), and the nearest of those found per outcome.

use crate::flow;
use crate::questionnaire::{Answer, Question, QuestionKind};

/// Multiples of the step tried on each side of a number answer.
const NUMBER_STEPS: [f64; 6] = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0];
/// A scale wider than this is tried like a number, not value by value.
const MAX_SCALE_VALUES: i64 = 101;

/// `(anchor, step)` of the values a number question accepts, or `None` when every value
/// is tried anyway (a narrow scale) or the question is not numeric.
pub(super) fn grid(question: &Question) -> Option<(f64, f64)> {
    match &question.kind {
        QuestionKind::Number { min, step, .. } => {
            let step = step.filter(|s| *s > 0.0 && s.is_finite()).unwrap_or(1.0);
            // The anchor `check_answer` measures steps from.
            Some((min.unwrap_or(0.0), step))
        }
        QuestionKind::Scale { min, max, .. } if max.saturating_sub(*min) >= MAX_SCALE_VALUES => {
            Some((*min as f64, 1.0))
        }
        _ => None,
    }
}

/// The alternative answers to try for `question`.
pub(super) fn alternatives(question: &Question, from: &Answer) -> Vec<Answer> {
    let choices = question.kind.choices();
    match (&question.kind, from) {
        (QuestionKind::Single { .. }, Answer::Text(v)) => choices
            .iter()
            .filter(|c| &c.value != v)
            .map(|c| Answer::Text(c.value.clone()))
            .collect(),
        (QuestionKind::Confirm, Answer::Bool(b)) => vec![Answer::Bool(!b)],
        (QuestionKind::Multi { min, max, .. }, Answer::List(items)) => {
            let lo = min.map_or(usize::from(question.required), |m| m as usize);
            let hi = max.map_or(choices.len(), |m| m as usize);
            let mut alts = Vec::new();
            if items.len() < hi {
                for c in choices.iter().filter(|c| !items.contains(&c.value)) {
                    let mut with = items.clone();
                    with.push(c.value.clone());
                    alts.push(Answer::List(with));
                }
            }
            if items.len() > lo {
                for k in 0..items.len() {
                    let mut without = items.clone();
                    without.remove(k);
                    alts.push(Answer::List(without));
                }
            }
            // Ticking "None of these" replaces the rest, and the next choice ticked replaces
            // it: one change each.
            for c in choices
                .iter()
                .filter(|c| c.exclusive && !items.contains(&c.value))
            {
                alts.push(Answer::List(vec![c.value.clone()]));
            }
            if let [only] = items.as_slice()
                && choices.iter().any(|c| c.exclusive && c.value == *only)
            {
                for c in choices.iter().filter(|c| c.value != *only) {
                    alts.push(Answer::List(vec![c.value.clone()]));
                }
            }
            // One choice swapped for another: the only single change of a pick at its most.
            if items.len() >= hi {
                for k in 0..items.len() {
                    for c in choices.iter().filter(|c| !items.contains(&c.value)) {
                        let mut swapped = items.clone();
                        swapped[k] = c.value.clone();
                        alts.push(Answer::List(swapped));
                    }
                }
            }
            alts
        }
        // Each item moved to the top, and each pair of neighbours swapped.
        (QuestionKind::Rank { .. }, Answer::List(items)) => {
            let mut alts: Vec<Answer> = (1..items.len())
                .map(|k| {
                    let mut moved = items.clone();
                    let item = moved.remove(k);
                    moved.insert(0, item);
                    Answer::List(moved)
                })
                .collect();
            for k in 1..items.len().saturating_sub(1) {
                let mut swapped = items.clone();
                swapped.swap(k, k + 1);
                alts.push(Answer::List(swapped));
            }
            alts
        }
        (QuestionKind::Scale { min, max, .. }, Answer::Number(n))
            if max.saturating_sub(*min) < MAX_SCALE_VALUES =>
        {
            (*min..=*max)
                .map(|v| v as f64)
                .filter(|v| v != n)
                .map(Answer::Number)
                .collect()
        }
        (QuestionKind::Scale { min, max, .. }, Answer::Number(n)) => {
            number_candidates(*n, Some(*min as f64), Some(*max as f64), Some(1.0))
        }
        (QuestionKind::Number { min, max, step, .. }, Answer::Number(n)) => {
            number_candidates(*n, *min, *max, *step)
        }
        _ => Vec::new(),
    }
}

/// The answers to try for an optional `question` left unanswered: every choice (one, for
/// a multi that takes one), yes and no, every point of a narrow scale, the ends of a wider
/// one or of a bounded number. A ranking or a text is not guessed at.
pub(super) fn first_answers(question: &Question) -> Vec<Answer> {
    let choices = question.kind.choices();
    match &question.kind {
        QuestionKind::Single { .. } => choices
            .iter()
            .map(|c| Answer::Text(c.value.clone()))
            .collect(),
        QuestionKind::Multi { min, .. } if min.is_none_or(|m| m <= 1) => choices
            .iter()
            .map(|c| Answer::List(vec![c.value.clone()]))
            .collect(),
        QuestionKind::Confirm => vec![Answer::Bool(true), Answer::Bool(false)],
        QuestionKind::Scale { min, max, .. } if max.saturating_sub(*min) < MAX_SCALE_VALUES => {
            (*min..=*max).map(|v| Answer::Number(v as f64)).collect()
        }
        QuestionKind::Scale { min, max, .. } => {
            vec![Answer::Number(*min as f64), Answer::Number(*max as f64)]
        }
        QuestionKind::Number {
            min: Some(min),
            max: Some(max),
            ..
        } => vec![Answer::Number(*min), Answer::Number(*max)],
        _ => Vec::new(),
    }
}

fn number_candidates(n: f64, min: Option<f64>, max: Option<f64>, step: Option<f64>) -> Vec<Answer> {
    let step = step.filter(|s| *s > 0.0 && s.is_finite()).unwrap_or(1.0);
    let mut vals: Vec<f64> = min.into_iter().chain(max).collect();
    // On the step's decimals: the value tried is the one a person would type, and the
    // one "what would change it" names.
    for k in NUMBER_STEPS {
        vals.push(flow::on_grid(n - k * step, step));
        vals.push(flow::on_grid(n + k * step, step));
    }
    vals.retain(|v| v.is_finite() && *v != n);
    vals.sort_by(f64::total_cmp);
    vals.dedup();
    vals.into_iter().map(Answer::Number).collect()
}

/// For number and scale answers, keeps per resulting outcome only the nearest value
/// below and above the current one, in increasing order: "4 hours" says it, "1 hour" adds
/// nothing.
pub(super) fn keep_nearest(cur: f64, found: &mut Vec<(Answer, Vec<usize>)>) {
    let num = |a: &Answer| match a {
        Answer::Number(v) => *v,
        _ => f64::NAN,
    };
    let mut keep: Vec<(Answer, Vec<usize>)> = Vec::new();
    for (to, outcomes) in found.drain(..) {
        let v = num(&to);
        let rival = keep
            .iter_mut()
            .find(|(k, o)| (num(k) > cur) == (v > cur) && *o == outcomes);
        match rival {
            Some(k) if (v - cur).abs() < (num(&k.0) - cur).abs() => *k = (to, outcomes),
            Some(_) => {}
            None => keep.push((to, outcomes)),
        }
    }
    keep.sort_by(|a, b| num(&a.0).total_cmp(&num(&b.0)));
    *found = keep;
}
