//! Which question comes next, going back, branch-aware progress, and pruning
//! answers whose question is no longer visible. Pure: no I/O.
//!
//! STUB: the signatures are the contract; the bodies are being written.

use crate::questionnaire::{Answers, Questionnaire};

/// "Question `position` of about `total`".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub position: usize,
    pub total: usize,
}

/// Indices of the questions visible with these answers, in order.
pub fn visible(q: &Questionnaire, answers: &Answers) -> Vec<usize> {
    let _ = answers;
    (0..q.questions.len()).collect()
}

/// The visible question after `current` (or the first one when `None`).
pub fn next(q: &Questionnaire, answers: &Answers, current: Option<usize>) -> Option<usize> {
    let v = visible(q, answers);
    match current {
        None => v.first().copied(),
        Some(c) => v.into_iter().find(|&i| i > c),
    }
}

/// The visible question before `current`.
pub fn prev(q: &Questionnaire, answers: &Answers, current: usize) -> Option<usize> {
    visible(q, answers).into_iter().rev().find(|&i| i < current)
}

/// The first visible question without an answer.
pub fn first_unanswered(q: &Questionnaire, answers: &Answers) -> Option<usize> {
    visible(q, answers).into_iter().find(|&i| !answers.contains_key(&q.questions[i].id))
}

/// Branch-aware progress at `current`.
pub fn progress(q: &Questionnaire, answers: &Answers, current: usize) -> Progress {
    let v = visible(q, answers);
    Progress { position: v.iter().position(|&i| i == current).map_or(1, |p| p + 1), total: v.len() }
}

/// Drops answers to questions that are no longer visible; returns their ids.
pub fn prune(q: &Questionnaire, answers: &mut Answers) -> Vec<String> {
    let _ = (q, answers);
    Vec::new()
}
