//! Bringing a session up to date with a questionnaire that changed since it was answered.

use crate::evaluate;
use crate::flow;
use crate::questionnaire::{Answer, Question, Questionnaire};

use super::{Session, Status};

/// A session whose file was edited by hand ([`Session::edited`]), answered with `q`: its
/// result, outcome and progress worked out again from its answers, as saving them would
/// have; with a required answer gone, it is unfinished and has no result. Its times stay.
/// Says whether it was refreshed.
pub fn refresh_edited(session: &mut Session, q: &Questionnaire) -> bool {
    if !session.edited || session.questionnaire_changed(q) {
        return false;
    }
    session.edited = false;
    let updated = session.updated;
    if session.status == Status::Complete && flow::missing_required(q, &session.answers).is_empty()
    {
        let evaluation = evaluate::evaluate(q, &session.answers, &session.lang);
        session.set_result(q, evaluation, updated);
    } else {
        session.status = Status::InProgress;
        session.result = None;
        session.outcome = None;
        session.touch(q, updated);
    }
    true
}

/// [`reconcile`], and the status `q` gives the session: one answered with another revision
/// of `q` that now has an answer to give again, or a required one missing, is in progress
/// (its progress counted again), whatever its file says. In memory: listings, reports and
/// exports say this of it, and resuming it saves it so.
pub fn fit(session: &mut Session, q: &Questionnaire) -> Reconciled {
    let out = reconcile(session, q);
    if out.changed {
        if !session.needs_answer.is_empty()
            || !flow::missing_required(q, &session.answers).is_empty()
        {
            session.status = Status::InProgress;
            session.outcome = None;
        }
        let updated = session.updated;
        session.touch(q, updated);
    }
    out
}

/// What [`reconcile`] did, for the caller to tell the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reconciled {
    /// The questionnaire differs from the one the session was answered with.
    pub changed: bool,
    /// Answers moved aside because their question is gone.
    pub set_aside: Vec<String>,
    /// Answers set aside earlier whose question is back and which fit again.
    pub restored: Vec<String>,
    /// Questions whose answer no longer fits and must be answered again.
    pub needs_answer: Vec<String>,
    /// The saved result came from another questionnaire version; re-evaluate to refresh it.
    pub result_outdated: bool,
}

impl Reconciled {
    /// True when nothing had to move.
    pub fn is_clean(&self) -> bool {
        self.set_aside.is_empty() && self.restored.is_empty() && self.needs_answer.is_empty()
    }
}

/// Fits `session` to `q` without losing anything: answers to removed questions go to
/// `set_aside`, answers that no longer fit go to `stale` and their ids to `needs_answer`,
/// set-aside answers whose question came back are restored. The saved result is left as it
/// is (labelled with its questionnaire version), and so is `session.questionnaire`, which
/// changes only when the user re-evaluates ([`Session::set_result`]). Idempotent.
pub fn reconcile(session: &mut Session, q: &Questionnaire) -> Reconciled {
    refresh_edited(session, q);
    let mut out = Reconciled {
        changed: session.questionnaire_changed(q),
        result_outdated: session.result_outdated(q),
        ..Reconciled::default()
    };

    let aside = std::mem::take(&mut session.set_aside);
    for (id, answer) in aside {
        match q.question(&id) {
            Some(question) if !session.answers.contains_key(&id) && fits(question, &answer) => {
                session.answers.insert(id.clone(), answer);
                out.restored.push(id);
            }
            Some(_) if session.answers.contains_key(&id) => {}
            Some(_) => {
                session.stale.insert(id.clone(), answer);
                if !session.needs_answer.contains(&id) {
                    session.needs_answer.push(id);
                }
            }
            None => {
                session.set_aside.insert(id, answer);
            }
        }
    }

    let answers = std::mem::take(&mut session.answers);
    for (id, answer) in answers {
        match q.question(&id) {
            None => {
                session.set_aside.insert(id.clone(), answer);
                out.set_aside.push(id);
            }
            Some(question) if !fits(question, &answer) => {
                session.stale.insert(id.clone(), answer);
                if !session.needs_answer.contains(&id) {
                    session.needs_answer.push(id.clone());
                }
                out.needs_answer.push(id);
            }
            Some(_) => {
                session.answers.insert(id, answer);
            }
        }
    }

    // Stale answers whose question has since disappeared are plain set-aside answers now;
    // those that fit again (the question changed back) are answers again.
    let stale = std::mem::take(&mut session.stale);
    for (id, answer) in stale {
        match q.question(&id) {
            None => {
                session.set_aside.insert(id.clone(), answer);
                out.set_aside.push(id);
            }
            Some(question) if !session.answers.contains_key(&id) && fits(question, &answer) => {
                session.answers.insert(id.clone(), answer);
                out.restored.push(id);
            }
            Some(_) => {
                session.stale.insert(id, answer);
            }
        }
    }
    session
        .needs_answer
        .retain(|id| q.question(id).is_some() && !session.answers.contains_key(id));
    out.set_aside.sort();
    out.set_aside.dedup();

    // An answer awaiting re-asking means the session is not complete, whatever it was.
    if !session.needs_answer.is_empty() {
        session.status = Status::InProgress;
    }
    session.progress = session.count(q, &session.passed_over(q));
    out
}

/// Whether `answer` is a valid answer to `question` as it is now: type, choices, count,
/// range, step, length and pattern (its `constraint` aside: that may depend on other answers).
fn fits(question: &Question, answer: &Answer) -> bool {
    crate::questionnaire::check_answer(question, answer).is_ok()
}
