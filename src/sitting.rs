//! One session in progress, behind both interfaces: reading and checking an answer,
//! applying it, pruning answers whose question is no longer shown, progress and
//! completeness, whether a result exists, the result itself, and saving. Plain mode and
//! the TUI keep no copy of the answers or of these rules: they ask the [`Sitting`].

mod check;
mod read;
mod refusal;
pub mod words;

use std::collections::BTreeSet;

use jiff::Timestamp;

use crate::evaluate::{self, Evaluation};
use crate::flow;
use crate::questionnaire::{Answer, Answers, Question, Questionnaire};
use crate::session::{self, Reconciled, Session, Status};
use crate::store::{Store, StoreError};

pub use check::step_from;
pub use flow::missing_required;
pub use read::{number_char, read_number};
pub use refusal::Refusal;

/// How many re-evaluations "what would change it" may spend.
pub const CHANGE_BUDGET: usize = 2000;

/// A session being answered.
#[derive(Debug, Clone, PartialEq)]
pub struct Sitting {
    session: Session,
    /// Optional questions the user passed over on purpose: they count as done.
    skipped: BTreeSet<String>,
    /// Another process holds the session, or there is no store: nothing is saved.
    read_only: bool,
    /// The questions the answers show and their values, walked again whenever an answer
    /// changes ([`refresh`](Self::refresh)) rather than by every question asked of them:
    /// an answer given in the TUI asked for a dozen walks.
    walk: flow::Walk,
    /// An answer was given or changed, or a question skipped, in this sitting.
    touched: bool,
    /// Answers this sitting dropped because a changed answer hid their question, given
    /// back when a later change shows the question again: a role changed and changed back
    /// keeps the follow-ups answered under it. Kept in memory only; the session file holds
    /// the answers shown.
    set_aside: Answers,
}

/// What [`Sitting::save`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Written,
    /// The sitting is read-only: nothing was written.
    NotHere,
}

impl Sitting {
    /// A sitting on a new (or already reconciled) session.
    pub fn new(q: &Questionnaire, session: Session, read_only: bool) -> Sitting {
        let mut s = Sitting {
            skipped: session.passed_over(q),
            session,
            read_only,
            walk: flow::Walk::default(),
            touched: false,
            set_aside: Answers::new(),
        };
        flow::prune(q, &mut s.session.answers);
        s.refresh(q);
        s
    }

    /// A saved session brought up to date with `q` ([`session::reconcile`]) and opened.
    pub fn open(q: &Questionnaire, mut session: Session, read_only: bool) -> (Sitting, Reconciled) {
        let reconciled = session::reconcile(&mut session, q);
        (Sitting::new(q, session, read_only), reconciled)
    }

    /// The questionnaire changed under the sitting (`--watch`): answers that still fit are
    /// kept, the others set aside or asked again ([`session::reconcile`]), and answers to
    /// questions no longer shown are set aside for this sitting.
    pub fn reload(&mut self, q: &Questionnaire) -> Reconciled {
        let reconciled = session::reconcile(&mut self.session, q);
        self.skipped.retain(|id| q.question(id).is_some());
        // Answers the new version hides are set aside, and come back if a later version
        // (or a changed answer) shows their question again.
        let dropped = flow::prune(q, &mut self.session.answers);
        self.give_back(q, dropped);
        self.refresh(q);
        reconciled
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn answers(&self) -> &Answers {
        &self.session.answers
    }

    /// The questions the answers show, in order.
    pub fn visible(&self) -> &[usize] {
        &self.walk.visible
    }

    /// The question shown after `current` (the first one, with `None`).
    pub fn next(&self, current: Option<usize>) -> Option<usize> {
        flow::next_in(self.visible(), current)
    }

    /// The question shown before `current`.
    pub fn prev(&self, current: usize) -> Option<usize> {
        flow::prev_in(self.visible(), current)
    }

    /// The language the session is answered in.
    pub fn lang(&self) -> &str {
        &self.session.lang
    }

    /// Whether an answer was given or changed, or a question skipped, in this sitting:
    /// what a read-only one leaves unsaved.
    pub fn touched(&self) -> bool {
        self.touched
    }

    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// True when the optional question `id` was passed over on purpose.
    pub fn skipped(&self, id: &str) -> bool {
        self.skipped.contains(id)
    }

    /// An optional question without an answer that was passed over before: Enter on it
    /// keeps it unanswered.
    pub fn left_unanswered(&self, question: &Question) -> bool {
        !question.required
            && self.skipped(&question.id)
            && !self.answers().contains_key(&question.id)
    }

    pub fn rename(&mut self, name: String) {
        self.session.name = name;
    }

    /// Reads typed `text` as the answer to question `index` (`Ok(None)`: nothing typed),
    /// then checks it.
    pub fn read(
        &self,
        q: &Questionnaire,
        index: usize,
        text: &str,
    ) -> Result<Option<Answer>, Refusal> {
        let question = q.questions.get(index).ok_or(Refusal::WrongType)?;
        let answer = read::read(question, text, self.lang(), &q.default_lang)?;
        if let Some(a) = &answer {
            self.check(q, index, a)?;
        }
        Ok(answer)
    }

    /// Whether `answer` is acceptable for question `index` with the other answers as they are.
    pub fn check(&self, q: &Questionnaire, index: usize, answer: &Answer) -> Result<(), Refusal> {
        check::check(q, index, self.answers(), answer, self.lang())
    }

    /// Checks and records `answer` to question `index`; returns the ids of answers dropped
    /// because their question is no longer shown.
    pub fn answer(
        &mut self,
        q: &Questionnaire,
        index: usize,
        answer: Answer,
        now: Timestamp,
    ) -> Result<Vec<String>, Refusal> {
        self.check(q, index, &answer)?;
        let id = q.questions[index].id.clone();
        self.skipped.remove(&id);
        self.touched |= self.session.answers.get(&id) != Some(&answer);
        let dropped = self.session.set_answer(q, &id, answer, now);
        self.set_aside.remove(&id);
        let ids = self.give_back(q, dropped);
        self.changed(q);
        Ok(ids)
    }

    /// Leaves optional question `index` unanswered on purpose.
    pub fn skip(
        &mut self,
        q: &Questionnaire,
        index: usize,
        now: Timestamp,
    ) -> Result<Vec<String>, Refusal> {
        let question = q.questions.get(index).ok_or(Refusal::WrongType)?;
        if question.required {
            return Err(Refusal::Required);
        }
        self.touched |= self.skipped.insert(question.id.clone())
            || self.session.answers.contains_key(&question.id);
        let dropped = self.session.clear_answer(q, &question.id, now);
        self.set_aside.remove(&question.id);
        let ids = self.give_back(q, dropped);
        self.changed(q);
        Ok(ids)
    }

    /// Optional questions left open before `index` (every one, with `None`) were passed
    /// over on purpose: they are not asked again.
    pub fn pass_over(&mut self, q: &Questionnaire, index: Option<usize>) {
        for &i in &self.walk.visible {
            let question = &q.questions[i];
            if index.is_none_or(|end| i < end)
                && !question.required
                && !self.session.answers.contains_key(&question.id)
            {
                self.skipped.insert(question.id.clone());
            }
        }
        self.recount(q);
    }

    /// True when visible question `i` needs nothing more: answered (not awaiting a new
    /// answer), or optional and passed over.
    pub fn is_done(&self, q: &Questionnaire, i: usize) -> bool {
        let question = &q.questions[i];
        let id = question.id.as_str();
        if self.session.needs_answer.iter().any(|n| n == id) {
            return false;
        }
        self.answers().contains_key(id) || (!question.required && self.skipped(id))
    }

    /// The first visible question that still needs something.
    pub fn pending(&self, q: &Questionnaire) -> Option<usize> {
        self.visible()
            .iter()
            .copied()
            .find(|&i| !self.is_done(q, i))
    }

    /// Where a resumed session goes on: the first question that still needs something,
    /// except in an unfinished retake, whose answers were carried over from the old
    /// session and are confirmed one by one: it goes on after the last question dealt with
    /// (from the start if none was), so none is taken as given unseen.
    pub fn resume_at(&self, q: &Questionnaire) -> Option<usize> {
        self.session
            .carried_from(q, self.visible())
            .and_then(|p| self.visible().get(p).copied())
            .or_else(|| self.pending(q))
    }

    /// Visible questions that must be answered before a result exists: required ones
    /// without a fitting answer, and any awaiting a new answer.
    pub fn missing(&self, q: &Questionnaire) -> Vec<usize> {
        let mut missing = flow::missing_required_in(q, &self.walk);
        for &i in self.visible() {
            if self.session.needs_answer.contains(&q.questions[i].id) && !missing.contains(&i) {
                missing.push(i);
            }
        }
        missing.sort_unstable();
        missing
    }

    /// A result exists only when nothing is [`missing`](Self::missing).
    pub fn complete(&self, q: &Questionnaire) -> bool {
        self.missing(q).is_empty()
    }

    /// "Question 3 of about 10" at question `index`.
    pub fn progress_at(&self, q: &Questionnaire, index: usize) -> flow::Progress {
        flow::progress_in(q, self.visible(), index)
    }

    /// Evaluates and keeps the result; the questions still missing when there can be none.
    pub fn finish(&mut self, q: &Questionnaire, now: Timestamp) -> Result<Evaluation, Vec<usize>> {
        let missing = self.missing(q);
        if !missing.is_empty() {
            return Err(missing);
        }
        // A result rests on answers given or confirmed, not on a retake's carried ones.
        if let Some(first) = self.unconfirmed(q) {
            return Err(vec![first]);
        }
        let evaluation = evaluate::evaluate(q, self.answers(), &self.session.lang);
        self.pass_over(q, None);
        self.session.set_result(q, evaluation.clone(), now);
        self.recount(q);
        Ok(evaluation)
    }

    /// True when the sitting is complete but its result is not kept yet (or is stale), and
    /// every answer was given or confirmed here: a retake's answers carried over and not
    /// gone through yet are no one's answers to finish on.
    pub fn unfinished_result(&self, q: &Questionnaire) -> bool {
        self.complete(q) && self.session.status != Status::Complete && self.unconfirmed(q).is_none()
    }

    /// In an unfinished retake, the first question whose carried-over answer has not been
    /// gone through yet.
    pub fn unconfirmed(&self, q: &Questionnaire) -> Option<usize> {
        let from = self.session.carried_from(q, self.visible())?;
        self.visible().get(from).copied()
    }

    /// Sets the state of roadmap items of the finished session ([`Session::mark`]).
    pub fn mark(
        &mut self,
        q: &Questionnaire,
        target: crate::roadmap::Target,
        state: Option<crate::roadmap::State>,
        now: Timestamp,
    ) -> Result<usize, crate::roadmap::TargetError> {
        self.session.mark(q, target, state, now)
    }

    /// What single answer change would change `evaluation`.
    pub fn changes(&self, q: &Questionnaire, evaluation: &Evaluation) -> evaluate::Changes {
        evaluate::what_would_change(q, self.answers(), evaluation, CHANGE_BUDGET)
    }

    /// Writes the session, stamped `now`, unless the sitting is read-only.
    pub fn save(&self, store: &Store, now: Timestamp) -> Result<Saved, StoreError> {
        if self.read_only {
            return Ok(Saved::NotHere);
        }
        let mut session = self.session.clone();
        session.updated = now;
        store.save(&session).map(|()| Saved::Written)
    }

    /// Sets aside the `dropped` answers, then gives back every answer set aside earlier
    /// whose question is shown again and still accepts it, until none is left to give (a
    /// follow-up given back can show its own follow-up). Each round takes at least one
    /// answer out of the set-aside ones, so it ends. Returns the ids dropped.
    fn give_back(&mut self, q: &Questionnaire, dropped: Vec<(String, Answer)>) -> Vec<String> {
        let ids = dropped.iter().map(|(id, _)| id.clone()).collect();
        self.set_aside.extend(dropped);
        let mut gave = false;
        while !self.set_aside.is_empty() {
            let shown: Vec<usize> = flow::visible(q, &self.session.answers)
                .into_iter()
                .filter(|&i| {
                    let id = &q.questions[i].id;
                    self.set_aside.contains_key(id) && !self.session.answers.contains_key(id)
                })
                .collect();
            if shown.is_empty() {
                break;
            }
            for i in shown {
                let id = &q.questions[i].id;
                let Some(answer) = self.set_aside.remove(id) else {
                    continue;
                };
                if self.check(q, i, &answer).is_ok() {
                    self.session.answers.insert(id.clone(), answer);
                    gave = true;
                }
            }
        }
        // An answer given back can hide a later question (`visible_if: not answered(x)`):
        // that one is set aside in turn, so only answers to questions shown are kept.
        if gave {
            let hidden = flow::prune(q, &mut self.session.answers);
            self.set_aside.extend(hidden);
        }
        ids
    }

    /// After an answer changed: the result no longer stands, progress is recounted.
    fn changed(&mut self, q: &Questionnaire) {
        self.session.reopen();
        self.refresh(q);
    }

    /// After the answers changed: they are walked again, and progress recounted.
    fn refresh(&mut self, q: &Questionnaire) {
        self.walk = flow::walk(q, self.answers());
        self.recount(q);
    }

    /// After what counts as done changed, with the answers as walked.
    fn recount(&mut self, q: &Questionnaire) {
        let visible = &self.walk.visible;
        self.skipped
            .retain(|id| visible.iter().any(|&i| q.questions[i].id == *id));
        self.session.progress = self.session.count_in(q, visible, &self.skipped);
        if !self.complete(q) {
            self.session.reopen();
        }
    }
}
