//! Two sessions of one questionnaire, compared: which answers changed, whether the outcome
//! changed, and which reasons appeared or disappeared. Words are the report's business
//! (`report::compare`); this builds the facts, all text [`printable`].

use crate::evaluate::{self, Evaluation};
use crate::flow;
use crate::questionnaire::{Answer, Questionnaire};

use super::{Session, printable};
use crate::roadmap::RoadmapCounts;

/// One answer either session gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub question: String,
    /// The prompt in the requested language, or the id for a question `q` does not have.
    pub prompt: String,
    pub a: Option<String>,
    pub b: Option<String>,
    pub differs: bool,
    /// Whether each session's answers show the question: one without an answer was either
    /// left unanswered or never asked.
    pub asked: (bool, bool),
}

/// A reason the result gave: the rule that fired and its rendered `because`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub rule: String,
    pub text: String,
}

/// How the reasons of two results differ. Two reasons are the same when the same rule gave
/// the same words; a rule whose words changed (it quotes a changed answer) counts as one
/// reason gone and one new.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reasons {
    /// In `b`'s result and not in `a`'s, in `b`'s order.
    pub appeared: Vec<Reason>,
    /// In `a`'s result and not in `b`'s, in `a`'s order.
    pub disappeared: Vec<Reason>,
    pub unchanged: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compared {
    /// Questions in questionnaire order, then answers to questions `q` does not have.
    pub rows: Vec<Row>,
    /// The outcome titles, or `None` for a session that is not finished: a result built on
    /// missing answers would be false.
    pub outcome_a: Option<String>,
    pub outcome_b: Option<String>,
    pub outcomes_differ: bool,
    /// `None` unless both sessions are finished.
    pub reasons: Option<Reasons>,
    /// A finished session was answered with another revision of the questionnaire, so its
    /// result was worked out again with this one (the words say so).
    pub reevaluated: bool,
    /// The second session is a retake of the first ([`before_after`] puts them so).
    pub retake: bool,
    /// Each finished session's progress through its roadmap; `None` for an unfinished one.
    pub roadmap_a: Option<RoadmapCounts>,
    pub roadmap_b: Option<RoadmapCounts>,
}

/// The two sessions in the order a comparison shows them: a retake always after the session
/// it retakes, whatever order they were named in; otherwise as named.
pub fn before_after<'s>(a: &'s Session, b: &'s Session) -> (&'s Session, &'s Session) {
    if a.retake_of.as_deref() == Some(b.id.as_str()) {
        (b, a)
    } else {
        (a, b)
    }
}

impl Compared {
    /// The rows whose answers differ.
    pub fn changed(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.differs)
    }
}

/// Compares `a` (before) with `b` (after), labelled with `q` in `lang`. Results are worked
/// out again from the answers in `lang`, so both sides speak the same language and the same
/// questionnaire; evaluation is deterministic, so an unchanged questionnaire gives the saved
/// result.
pub fn compare(q: &Questionnaire, a: &Session, b: &Session, lang: &str) -> Compared {
    let result = |s: &Session| {
        s.finished()
            .then(|| evaluate::evaluate(q, &s.answers, lang))
    };
    let (ea, eb) = (result(a), result(b));
    let title = |e: &Evaluation| {
        let titles: Vec<&str> = e
            .outcomes
            .iter()
            .map(|id| {
                q.outcome(id)
                    .map_or(id.as_str(), |o| o.title.get(lang, &q.default_lang))
            })
            .collect();
        printable(&titles.join(" + "))
    };
    Compared {
        rows: rows(q, a, b, lang),
        outcome_a: ea.as_ref().map(title),
        outcome_b: eb.as_ref().map(title),
        outcomes_differ: ea.as_ref().map(|e| &e.outcomes) != eb.as_ref().map(|e| &e.outcomes),
        reasons: ea.as_ref().zip(eb.as_ref()).map(|(x, y)| reasons(x, y)),
        reevaluated: [a, b]
            .iter()
            .any(|s| s.finished() && s.questionnaire_changed(q)),
        retake: b.retake_of.as_deref() == Some(a.id.as_str()),
        // Counted on the results compared here (worked out again), so the roadmap matches.
        roadmap_a: ea.as_ref().map(|e| roadmap_counts(q, e, a)),
        roadmap_b: eb.as_ref().map(|e| roadmap_counts(q, e, b)),
    }
}

fn roadmap_counts(q: &Questionnaire, e: &Evaluation, s: &Session) -> RoadmapCounts {
    crate::roadmap::counts(&crate::roadmap::stages(q, &e.outcomes), &s.roadmap)
}

fn reasons(a: &Evaluation, b: &Evaluation) -> Reasons {
    let of = |e: &Evaluation| -> Vec<Reason> {
        e.fired
            .iter()
            .map(|f| Reason {
                rule: f.rule.clone(),
                text: printable(&f.reason),
            })
            .collect()
    };
    let (ra, rb) = (of(a), of(b));
    Reasons {
        unchanged: rb.iter().filter(|r| ra.contains(r)).count(),
        appeared: rb.iter().filter(|r| !ra.contains(r)).cloned().collect(),
        disappeared: ra.into_iter().filter(|r| !rb.contains(r)).collect(),
    }
}

/// Every answer (and set-aside answer) either session gave.
fn rows(q: &Questionnaire, a: &Session, b: &Session, lang: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    let (seen_a, seen_b) = (flow::visible(q, &a.answers), flow::visible(q, &b.answers));
    for (i, question) in q.questions.iter().enumerate() {
        let la = a
            .answers
            .get(&question.id)
            .map(|x| flow::answer_label(question, x, lang, &q.default_lang));
        let lb = b
            .answers
            .get(&question.id)
            .map(|x| flow::answer_label(question, x, lang, &q.default_lang));
        if la.is_none() && lb.is_none() {
            continue;
        }
        rows.push(Row {
            question: question.id.clone(),
            prompt: printable(question.prompt.get(lang, &q.default_lang)),
            differs: a.answers.get(&question.id) != b.answers.get(&question.id),
            a: la.map(|s| printable(&s)),
            b: lb.map(|s| printable(&s)),
            asked: (seen_a.contains(&i), seen_b.contains(&i)),
        });
    }
    let mut others: Vec<&String> = [&a.answers, &a.set_aside, &b.answers, &b.set_aside]
        .into_iter()
        .flat_map(|m| m.keys())
        .filter(|id| q.question(id).is_none())
        .collect();
    others.sort();
    others.dedup();
    for id in others {
        let get = |s: &Session| s.answers.get(id).or_else(|| s.set_aside.get(id)).cloned();
        let (va, vb) = (get(a), get(b));
        rows.push(Row {
            question: id.clone(),
            prompt: printable(id),
            differs: va != vb,
            a: va.as_ref().map(raw_label),
            b: vb.as_ref().map(raw_label),
            asked: (true, true),
        });
    }
    rows
}

/// An answer to a question the questionnaire no longer has: shown as it was stored.
fn raw_label(a: &Answer) -> String {
    printable(&match a {
        Answer::Bool(b) => b.to_string(),
        Answer::Number(n) => flow::format_number(*n),
        Answer::Text(s) => s.clone(),
        Answer::List(items) => items.join(", "),
    })
}
