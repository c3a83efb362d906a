//! What would change it: single-answer changes that change the outcome, found by
//! re-evaluating each alternative answer within a budget of evaluations.

use std::collections::HashSet;

use crate::flow;
use crate::questionnaire::{Answer, Answers, Question, QuestionKind, Questionnaire, check_answer};

use super::{Change, Evaluation, ScoreNames, decide_in};

/// Multiples of the step tried on each side of a number answer.
const NUMBER_STEPS: [f64; 6] = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0];
/// A scale wider than this is tried like a number, not value by value.
const MAX_SCALE_VALUES: i64 = 101;

/// Single-answer changes that would change the outcome, trying at most `budget` re-evaluations.
///
/// For each answered visible question in order: single tries the other choices, confirm
/// the other value, multi adds or removes one choice (within its min/max), scale every
/// other value, number its min, max and some steps on each side, rank moves each item
/// to the top; text is skipped. For numbers and scales only the nearest value on each
/// side is kept per resulting outcome. Hidden answers never count in an evaluation, so
/// re-evaluating is the same as pruning first.
pub fn what_would_change(
    q: &Questionnaire,
    answers: &Answers,
    current: &Evaluation,
    budget: usize,
) -> Vec<Change> {
    let flow::Walk { visible, env: base } = flow::walk(q, answers);
    let names = ScoreNames::new(q);
    // Changing a question that some `visible_if` reads may show or hide others: those
    // candidates take a full walk. Any other candidate only swaps one value in a working
    // environment, which is most of them and much cheaper.
    let steering: HashSet<&str> = q
        .questions
        .iter()
        .filter_map(|x| x.visible_if.as_ref())
        .flat_map(|e| e.names())
        .collect();
    let mut now: Vec<usize> = current
        .outcomes
        .iter()
        .filter_map(|id| q.outcomes.iter().position(|o| &o.id == id))
        .collect();
    now.sort_unstable();
    let mut env = base.clone();
    let mut alt = answers.clone();
    let mut used = 0;
    let mut out = Vec::new();
    'questions: for &i in &visible {
        let question = &q.questions[i];
        let id = &question.id;
        if !base.values.contains_key(id) {
            continue;
        }
        let Some(from) = answers.get(id) else {
            continue;
        };
        let mut candidates = alternatives(question, from);
        // Only answers the user could actually give: the same checks as the prompts make.
        candidates.retain(|a| check_answer(question, a).is_ok());
        if question.constraint.is_some() {
            candidates.retain(|a| flow::check_constraint(q, i, answers, a, &current.lang).is_ok());
        }
        let steers = steering.contains(id.as_str());
        let mut found = Vec::new();
        for to in candidates {
            if used >= budget {
                keep_nearest(from, &mut found);
                out.extend(found);
                break 'questions;
            }
            used += 1;
            let outcomes = if steers {
                alt.insert(id.clone(), to.clone());
                let mut w = flow::walk(q, &alt);
                decide_in(q, &mut w.env, &w.visible, &names)
            } else {
                let (Some(slot), Some(value)) =
                    (env.values.get_mut(id), flow::answer_value(question, &to))
                else {
                    continue;
                };
                let old = std::mem::replace(slot, value);
                let outcomes = decide_in(q, &mut env, &visible, &names);
                if let Some(slot) = env.values.get_mut(id) {
                    *slot = old;
                }
                outcomes
            };
            let mut sorted = outcomes.clone();
            sorted.sort_unstable();
            if sorted != now {
                found.push(Change {
                    question: id.clone(),
                    from: Some(from.clone()),
                    to_label: flow::answer_label(question, &to, &current.lang, &q.default_lang),
                    to,
                    outcomes: outcomes
                        .into_iter()
                        .map(|o| q.outcomes[o].id.clone())
                        .collect(),
                });
            }
        }
        if steers {
            alt.insert(id.clone(), from.clone());
        }
        keep_nearest(from, &mut found);
        out.extend(found);
    }
    out
}

/// The alternative answers to try for `question`.
fn alternatives(question: &Question, from: &Answer) -> Vec<Answer> {
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
            alts
        }
        (QuestionKind::Rank { .. }, Answer::List(items)) => (1..items.len())
            .map(|k| {
                let mut moved = items.clone();
                let item = moved.remove(k);
                moved.insert(0, item);
                Answer::List(moved)
            })
            .collect(),
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

fn number_candidates(n: f64, min: Option<f64>, max: Option<f64>, step: Option<f64>) -> Vec<Answer> {
    let step = step.filter(|s| *s > 0.0 && s.is_finite()).unwrap_or(1.0);
    let mut vals: Vec<f64> = min.into_iter().chain(max).collect();
    for k in NUMBER_STEPS {
        vals.push(n - k * step);
        vals.push(n + k * step);
    }
    vals.retain(|v| v.is_finite() && *v != n);
    vals.sort_by(f64::total_cmp);
    vals.dedup();
    vals.into_iter().map(Answer::Number).collect()
}

/// For number and scale answers, keeps per resulting outcome only the nearest value
/// below and above the current one: "4 hours" says it, "1 hour" adds nothing.
fn keep_nearest(from: &Answer, found: &mut Vec<Change>) {
    let Answer::Number(cur) = from else { return };
    let mut keep: Vec<Change> = Vec::new();
    for c in found.drain(..) {
        let Answer::Number(v) = c.to else { continue };
        let side = v > *cur;
        let rival = keep.iter_mut().find(|k| {
            matches!(k.to, Answer::Number(w) if (w > *cur) == side) && k.outcomes == c.outcomes
        });
        match rival {
            Some(k) => {
                if let Answer::Number(w) = k.to
                    && (v - cur).abs() < (w - cur).abs()
                {
                    *k = c;
                }
            }
            None => keep.push(c),
        }
    }
    keep.sort_by(|a, b| match (&a.to, &b.to) {
        (Answer::Number(x), Answer::Number(y)) => x.total_cmp(y),
        _ => std::cmp::Ordering::Equal,
    });
    *found = keep;
}
