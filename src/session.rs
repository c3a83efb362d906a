//! A saved session: the answers (the same shape `evaluate --answers` reads) plus
//! metadata, a small summary for fast listing, and the last result.
//!
//! On disk (format 2, written by `store`): a first comment line
//! `# careerpath session <checksum of the rest> {"id":..,"name":..,..}` that listings read
//! instead of the YAML, then this struct as YAML in field order, `answers:` at the top level.
//! A file whose checksum does not hold (edited by hand) is simply read in full.
//!
//! Format 1 (read and migrated in memory, rewritten as 2 on the next save): `id`, `name`,
//! `started`, `saved`, `finished: bool`, `questionnaire: <id>`, `questionnaire_version`,
//! `lang`, `responses:` (the answers) and an optional `outcome` id; no result was kept.

mod compare;
mod name;
mod reconcile;

use std::collections::BTreeSet;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::evaluate::Evaluation;
use crate::flow;
use crate::questionnaire::{Answer, Answers, Questionnaire};

pub use compare::{Compared, Row, compare};
pub use name::{default_name, distinct_name, printable};
pub use reconcile::{Reconciled, reconcile};

/// The session file format this build writes.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub format_version: u32,
    /// Generated (UUID v7, simple form), never derived from the name.
    pub id: String,
    /// Any text the user likes; strip control characters before printing it ([`printable`]).
    pub name: String,
    pub created: Timestamp,
    pub updated: Timestamp,
    pub status: Status,
    /// Visible questions answered, of those visible, as of the last save.
    #[serde(default)]
    pub progress: Progress,
    /// The title of the last result's outcome(s) in the session's language, for listings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    pub questionnaire: QuestionnaireRef,
    /// The language the session was answered in.
    pub lang: String,
    /// The question the user was at, to resume there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    pub answers: Answers,
    /// Answers to questions the questionnaire no longer has.
    #[serde(default, skip_serializing_if = "Answers::is_empty")]
    pub set_aside: Answers,
    /// Earlier answers that no longer fit their (changed) question; each id is also in
    /// `needs_answer`. Kept so the user can see what they said before.
    #[serde(default, skip_serializing_if = "Answers::is_empty")]
    pub stale: Answers,
    /// Questions whose answer no longer fits (changed type or choices) and must be answered again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs_answer: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<SavedResult>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    InProgress,
    Complete,
}

impl Status {
    /// The status as a listing shows it.
    pub fn label(self, lang: &str) -> String {
        let id = match self {
            Status::InProgress => "in_progress",
            Status::Complete => "complete",
        };
        crate::words::t(lang, id)
    }
}

/// How far a session got: `answered` of `total` visible questions ("7/14").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl std::fmt::Display for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A migrated v1 session does not know its total until it is opened again.
        if self.total == 0 {
            write!(f, "{}", self.answered)
        } else {
            write!(f, "{}/{}", self.answered, self.total)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: u32,
    /// Hex SHA-256 of the questionnaire's source; empty when unknown (migrated sessions).
    pub hash: String,
}

impl QuestionnaireRef {
    pub fn of(q: &Questionnaire) -> Self {
        QuestionnaireRef {
            id: q.id.clone(),
            version: q.version,
            hash: q.hash.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedResult {
    /// The questionnaire version the result was computed with.
    pub questionnaire_version: u32,
    pub evaluation: Evaluation,
}

impl Session {
    /// A new, empty session for `q`, named after `now` in the local time zone.
    pub fn new(q: &Questionnaire, lang: &str, now: Timestamp) -> Session {
        let zoned = now.to_zoned_datetime(jiff::tz::TimeZone::system());
        let mut session = Session {
            format_version: FORMAT_VERSION,
            id: new_id(),
            name: default_name(&zoned, lang),
            created: now,
            updated: now,
            status: Status::InProgress,
            progress: Progress::default(),
            outcome: None,
            questionnaire: QuestionnaireRef::of(q),
            lang: lang.to_owned(),
            current: None,
            answers: Answers::new(),
            set_aside: Answers::new(),
            stale: Answers::new(),
            needs_answer: Vec::new(),
            result: None,
        };
        session.touch(q, now);
        session
    }

    /// Records an answer given now: it replaces any earlier or stale one, answers to questions
    /// it hides are dropped (their ids are returned), and the summary is brought up to date.
    pub fn set_answer(
        &mut self,
        q: &Questionnaire,
        id: &str,
        answer: Answer,
        now: Timestamp,
    ) -> Vec<String> {
        self.answers.insert(id.to_owned(), answer);
        self.needs_answer.retain(|n| n != id);
        self.stale.remove(id);
        self.current = Some(id.to_owned());
        let dropped = flow::prune(q, &mut self.answers);
        self.touch(q, now);
        dropped
    }

    /// Removes the answer to `id` (a skipped optional question).
    pub fn clear_answer(&mut self, q: &Questionnaire, id: &str, now: Timestamp) -> Vec<String> {
        self.answers.remove(id);
        self.current = Some(id.to_owned());
        let dropped = flow::prune(q, &mut self.answers);
        self.touch(q, now);
        dropped
    }

    /// Keeps a fresh result: the session is complete, the result is labelled with the
    /// questionnaire version it came from, and the session now refers to that questionnaire.
    pub fn set_result(&mut self, q: &Questionnaire, evaluation: Evaluation, now: Timestamp) {
        let titles: Vec<&str> = evaluation
            .outcomes
            .iter()
            .filter_map(|id| q.outcome(id))
            .map(|o| o.title.get(&self.lang, &q.default_lang))
            .collect();
        self.outcome = (!titles.is_empty()).then(|| titles.join(" + "));
        self.result = Some(SavedResult {
            questionnaire_version: q.version,
            evaluation,
        });
        self.questionnaire = QuestionnaireRef::of(q);
        self.status = Status::Complete;
        self.touch(q, now);
    }

    /// Marks the session as changed now and recomputes its progress.
    pub fn touch(&mut self, q: &Questionnaire, now: Timestamp) {
        self.progress = self.count(q, &self.passed_over(q));
        self.updated = now;
    }

    /// Optional questions the user passed over, as far as the file tells: unanswered
    /// visible ones up to the last question they dealt with, or every one once complete.
    pub fn passed_over(&self, q: &Questionnaire) -> BTreeSet<String> {
        let complete = self.status == Status::Complete;
        let stop = self
            .current
            .as_deref()
            .and_then(|id| q.question_index(id))
            .map_or(0, |i| i + 1);
        flow::visible(q, &self.answers)
            .into_iter()
            .filter(|&i| complete || i < stop)
            .map(|i| &q.questions[i])
            .filter(|question| !question.required && !self.answers.contains_key(&question.id))
            .map(|question| question.id.clone())
            .collect()
    }

    /// Visible questions done (answered and not awaiting a new answer, or optional and in
    /// `skipped`), of those visible.
    pub fn count(&self, q: &Questionnaire, skipped: &BTreeSet<String>) -> Progress {
        let visible = flow::visible(q, &self.answers);
        let answered = visible
            .iter()
            .map(|&i| &q.questions[i])
            .filter(|question| {
                !self.needs_answer.contains(&question.id)
                    && (self.answers.contains_key(&question.id)
                        || (!question.required && skipped.contains(&question.id)))
            })
            .count();
        Progress {
            answered,
            total: visible.len(),
        }
    }

    /// True when the session was answered with another questionnaire or another revision of it.
    pub fn questionnaire_changed(&self, q: &Questionnaire) -> bool {
        self.questionnaire.id != q.id || self.questionnaire.hash != q.hash
    }

    /// True when the saved result came from an older (or other) questionnaire than `q`.
    pub fn result_outdated(&self, q: &Questionnaire) -> bool {
        self.result
            .as_ref()
            .is_some_and(|r| r.questionnaire_version != q.version || self.questionnaire_changed(q))
    }
}

/// A fresh session id: UUID v7 in simple form, so ids sort by creation time.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().simple().to_string()
}

/// Whether `id` can name a session file: ASCII letters, digits, `-` and `_`, 1 to 64 of them.
/// Everything else (a `/`, `..`, a space) is refused, so an id never leaves the directory.
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
