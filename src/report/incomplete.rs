//! How far answers are from a finished questionnaire, and the words that say so at the top
//! of a report that is not a finished result.

use crate::flow;
use crate::questionnaire::{Answers, Questionnaire};
use crate::words;

/// How far a set of answers is from a finished questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incomplete {
    /// Visible questions with an answer that fits, of `total` visible.
    pub answered: usize,
    pub total: usize,
    /// Indices of the visible required questions without an answer ([`flow::missing_required`]).
    pub missing: Vec<usize>,
    /// In an unfinished retake, the answers carried over from the old session and not
    /// confirmed yet (not among `answered`).
    pub carried: usize,
}

impl Incomplete {
    pub fn of(q: &Questionnaire, answers: &Answers) -> Incomplete {
        let walk = flow::walk(q, answers);
        let answered = walk
            .visible
            .iter()
            .filter(|&&i| walk.env.values.contains_key(&q.questions[i].id))
            .count();
        Incomplete {
            answered,
            total: walk.visible.len(),
            missing: flow::missing_required(q, answers),
            carried: 0,
        }
    }

    /// Where an unfinished session stands, counted as its progress is (a skipped optional
    /// question is dealt with), with the answers it must give again counted as missing.
    pub fn of_session(q: &Questionnaire, s: &crate::session::Session) -> Incomplete {
        let visible = flow::visible(q, &s.answers);
        let progress = s.count_in(q, &visible, &s.passed_over(q));
        let mut missing = flow::missing_required(q, &s.answers);
        for i in s.needs_answer.iter().filter_map(|id| q.question_index(id)) {
            if !missing.contains(&i) {
                missing.push(i);
            }
        }
        missing.sort_unstable();
        let carried = s.carried_from(q, &visible).map_or(0, |from| {
            visible[from..]
                .iter()
                .filter(|&&i| s.answers.contains_key(&q.questions[i].id))
                .count()
        });
        Incomplete {
            answered: progress.answered,
            total: progress.total,
            missing,
            carried,
        }
    }

    /// "INCOMPLETE: 3 of 9 questions answered. ..." in `lang`, one line.
    pub fn headline(&self, lang: &str) -> String {
        let tail = if !self.missing.is_empty() {
            words::t(lang, "incomplete_provisional")
        } else if self.answered + self.carried < self.total {
            words::t(lang, "incomplete_optional_left")
        } else {
            words::t(lang, "incomplete_not_confirmed")
        };
        format!("{} {tail}", self.count(lang))
    }

    /// Why an unfinished session shows no result: questions not answered, or (every one
    /// answered, a retake's carried-over answers say) a session not finished yet.
    pub fn no_result(&self, lang: &str) -> String {
        let id = if self.missing.is_empty() && self.answered + self.carried >= self.total {
            "no_result_not_finished"
        } else {
            "no_result_unfinished"
        };
        words::t(lang, id)
    }

    /// "INCOMPLETE: 3 of 9 questions answered." in `lang`: the headline of a report that
    /// shows no result; "NOT FINISHED: all 9 questions answered." when only finishing is
    /// left (not "INCOMPLETE: 9 of 9").
    pub fn count(&self, lang: &str) -> String {
        words::t_args(
            lang,
            if self.carried > 0 {
                "incomplete_carried"
            } else if self.missing.is_empty() && self.answered >= self.total {
                "unfinished_all_answered"
            } else {
                "incomplete"
            },
            &[
                ("answered", self.answered.into()),
                ("total", self.total.into()),
                ("carried", self.carried.into()),
            ],
        )
    }
}
