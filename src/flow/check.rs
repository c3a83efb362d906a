//! Whether an answer fits its question, and the one validation TUI and plain mode share.

use crate::questionnaire::{Answer, Answers, Question, Questionnaire};

use super::walk;

/// True when `answer` fits the question ([`Question::fault`] finds nothing). The
/// evaluator ignores answers that do not fit rather than failing on them.
pub fn fits(question: &Question, answer: &Answer) -> bool {
    question.fault(answer).is_none()
}

/// Validates `candidate` as the answer to question `question_idx`: first its shape (type,
/// choices, range, count, step, length, pattern), then the question's `constraint`
/// ([`constraint_refusal`]). The error is the message to show, in `lang`; the sitting words
/// shape errors its own way and shares the constraint check.
pub fn check_constraint(
    q: &Questionnaire,
    question_idx: usize,
    answers: &Answers,
    candidate: &Answer,
    lang: &str,
) -> Result<(), String> {
    let Some(question) = q.questions.get(question_idx) else {
        return Err(format!("there is no question number {}", question_idx + 1));
    };
    crate::questionnaire::check_answer(question, candidate).map_err(|e| e.to_string())?;
    constraint_refusal(q, question, answers, candidate, lang).map_or(Ok(()), Err)
}

/// The question's `constraint` message in `lang` when it does not hold for `candidate`, seen
/// with the question's own id bound to the candidate and every other name bound to the
/// current (visible) answers; `None` when it holds or there is none.
pub fn constraint_refusal(
    q: &Questionnaire,
    question: &Question,
    answers: &Answers,
    candidate: &Answer,
    lang: &str,
) -> Option<String> {
    let constraint = question.constraint.as_ref()?;
    let mut env = walk(q, answers).env;
    match super::answer_value(question, candidate) {
        Some(v) => env.values.insert(question.id.clone(), v),
        None => env.values.remove(&question.id),
    };
    (!constraint.expr.eval(&env).holds())
        .then(|| constraint.message.get(lang, &q.default_lang).to_owned())
}
