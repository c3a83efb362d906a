//! Answers and sessions as a person reads them.

use crate::questionnaire::{Answer, Question, Questionnaire};

/// The human form of an answer (choice labels, yes/no, numbers with their unit), as the
/// reports and plain mode show it.
pub fn answer_label(q: &Questionnaire, question: &Question, answer: &Answer, lang: &str) -> String {
    crate::flow::answer_label(question, answer, lang, &q.default_lang)
}

/// An outcome id as its title (the id itself when the questionnaire lacks it).
pub fn outcome_title(q: &Questionnaire, id: &str, lang: &str) -> String {
    q.outcome(id).map_or_else(
        || id.to_owned(),
        |o| o.title.get(lang, &q.default_lang).to_owned(),
    )
}

/// Several outcome ids as one title ("Learn Python first + Learn Rust first").
pub fn outcomes_title(q: &Questionnaire, ids: &[String], lang: &str) -> String {
    ids.iter()
        .map(|id| outcome_title(q, id, lang))
        .collect::<Vec<_>>()
        .join(" + ")
}
