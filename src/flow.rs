//! Which question comes next, going back, branch-aware progress, pruning
//! answers whose question is no longer visible, and validating one answer.
//! Pure: no I/O.
//!
//! Visibility is decided in question order with an environment built as we
//! go: a question's `visible_if` sees only the answers of earlier questions
//! that are themselves visible, so a question hidden because an earlier one
//! is hidden stays hidden.

mod check;
mod label;

use crate::expr::{Env, Value};
use crate::questionnaire::{Answer, Answers, Question, Questionnaire};

pub use check::{check_constraint, constraint_refusal, fits};
pub(crate) use label::on_grid;
pub use label::{
    answer_label, answer_label_near, format_apart, format_near, format_number, format_result,
    format_value, join_list, join_or, places_apart, result_near, value_near,
};

/// "Question `position` of about `total`".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub position: usize,
    pub total: usize,
    /// The total cannot change: no question is asked on a condition.
    pub exact: bool,
}

/// The visible questions and the environment of their (fitting) answers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Walk {
    /// Indices of the visible questions, in order.
    pub visible: Vec<usize>,
    /// Question id -> value, for visible questions with an answer that fits.
    pub env: Env,
}

/// Walks the questions in order, deciding visibility and collecting answer values.
pub fn walk(q: &Questionnaire, answers: &Answers) -> Walk {
    let mut env = Env {
        values: foldhash::HashMap::with_capacity_and_hasher(
            q.questions.len() + 8,
            Default::default(),
        ),
    };
    let mut visible = Vec::with_capacity(q.questions.len());
    for (i, question) in q.questions.iter().enumerate() {
        let shown = question
            .visible_if
            .as_ref()
            .is_none_or(|e| e.eval(&env).holds());
        if !shown {
            continue;
        }
        visible.push(i);
        if let Some(value) = answers
            .get(&question.id)
            .and_then(|a| answer_value(question, a))
        {
            env.values.insert(question.id.clone(), value);
        }
    }
    Walk { visible, env }
}

/// The expression environment of these answers: visible questions only.
pub fn env(q: &Questionnaire, answers: &Answers) -> Env {
    walk(q, answers).env
}

/// The value an answer has in expressions, or `None` when it does not fit the question
/// (wrong shape, unknown choice, out of range): such answers are ignored.
pub fn answer_value(question: &Question, answer: &Answer) -> Option<Value> {
    if !fits(question, answer) {
        return None;
    }
    // A fitting answer has its question's shape, so the answer alone says the value.
    Some(match answer {
        Answer::Bool(b) => Value::Bool(*b),
        Answer::Number(n) => Value::Number(*n),
        Answer::Text(s) => Value::Str(s.clone()),
        Answer::List(items) => Value::List(items.iter().map(|s| Value::Str(s.clone())).collect()),
    })
}

/// Indices of the questions visible with these answers, in order.
pub fn visible(q: &Questionnaire, answers: &Answers) -> Vec<usize> {
    walk(q, answers).visible
}

/// The visible question after `current` (or the first one when `None`).
pub fn next(q: &Questionnaire, answers: &Answers, current: Option<usize>) -> Option<usize> {
    next_in(&visible(q, answers), current)
}

/// [`next`] among the visible questions `v`.
pub fn next_in(v: &[usize], current: Option<usize>) -> Option<usize> {
    match current {
        None => v.first().copied(),
        Some(c) => v.iter().copied().find(|&i| i > c),
    }
}

/// The visible question before `current`.
pub fn prev(q: &Questionnaire, answers: &Answers, current: usize) -> Option<usize> {
    prev_in(&visible(q, answers), current)
}

/// [`prev`] among the visible questions `v`.
pub fn prev_in(v: &[usize], current: usize) -> Option<usize> {
    v.iter().copied().rev().find(|&i| i < current)
}

/// The first visible question without an answer (an answer that does not fit counts as none).
pub fn first_unanswered(q: &Questionnaire, answers: &Answers) -> Option<usize> {
    let w = walk(q, answers);
    w.visible
        .into_iter()
        .find(|&i| !w.env.values.contains_key(&q.questions[i].id))
}

/// Visible required questions without an answer that fits, in question order. A result
/// built without these would rest on missing answers; `evaluate` and both interfaces
/// refuse one (or label it incomplete) while this is not empty.
pub fn missing_required(q: &Questionnaire, answers: &Answers) -> Vec<usize> {
    missing_required_in(q, &walk(q, answers))
}

/// [`missing_required`] of answers already walked.
pub fn missing_required_in(q: &Questionnaire, w: &Walk) -> Vec<usize> {
    w.visible
        .iter()
        .copied()
        .filter(|&i| q.questions[i].required && !w.env.values.contains_key(&q.questions[i].id))
        .collect()
}

/// Branch-aware progress at `current`: the position among the visible questions, and
/// the number of questions visible with the current answers. Questions whose condition
/// depends on answers not given yet are not counted, hence "about" (unless there are none).
pub fn progress(q: &Questionnaire, answers: &Answers, current: usize) -> Progress {
    progress_in(q, &visible(q, answers), current)
}

/// [`progress`] among the questions `v` that the answers show.
pub fn progress_in(q: &Questionnaire, v: &[usize], current: usize) -> Progress {
    let before = v.iter().filter(|&&i| i < current).count();
    // The current question may be one that the current answers hide (the user is
    // looking at it while editing); it still counts.
    let extra = usize::from(current < q.questions.len() && !v.contains(&current));
    Progress {
        position: before + 1,
        total: (v.len() + extra).max(before + 1),
        exact: q.fixed_length(),
    }
}

/// Drops answers to questions that are not visible; returns the dropped answers with their
/// ids, in question order. Answers to ids the questionnaire does not have are left alone
/// (sessions set those aside themselves).
pub fn prune(
    q: &Questionnaire,
    answers: &mut Answers,
) -> Vec<(String, crate::questionnaire::Answer)> {
    let v = visible(q, answers);
    let mut shown = vec![false; q.questions.len()];
    for &i in &v {
        shown[i] = true;
    }
    let mut dropped = Vec::new();
    for (i, question) in q.questions.iter().enumerate() {
        if !shown[i]
            && let Some(answer) = answers.remove(&question.id)
        {
            dropped.push((question.id.clone(), answer));
        }
    }
    // A question's condition reads only the answers of earlier questions that are shown,
    // so dropping the answers of hidden ones hides nothing more: one pass is stable.
    debug_assert_eq!(visible(q, answers), v, "pruning changed what is shown");
    dropped
}
