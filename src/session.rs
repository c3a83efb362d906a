//! A saved session: the answers (the same shape `evaluate --answers` reads) plus
//! metadata, a small summary for fast listing, the last result, and progress through its
//! roadmap.
//!
//! On disk (format 3, written by `store`): a first comment line
//! `# careerpath session <checksum of the rest> {"id":..,"name":..,..}` that listings read
//! instead of the YAML, then this struct as YAML in field order, `answers:` at the top level.
//! A file whose checksum does not hold (edited by hand) is simply read in full.
//!
//! Format 3 added `roadmap:` (a list of `{outcome, step, item, state}`, see
//! [`crate::roadmap`] for why items are named by their text), `roadmap_progress:` (its
//! counts as of the last save, for listings) and `retake_of:` (the session a retake started
//! from). Format 2 is format 3 without them and is read as it is.
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
use crate::roadmap::{self, Mark, RoadmapCounts, Stage, State, Target, TargetError};

pub use compare::{Compared, Reason, Reasons, Row, before_after, compare};
pub use name::{MAX_NAME, default_name, distinct_name, name_from, printable};
pub use reconcile::{Reconciled, fit, reconcile, refresh_edited};

/// The session file format this build writes.
pub const FORMAT_VERSION: u32 = 3;

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
    /// The state of each roadmap item the user marked; unmarked items are not started.
    /// Marks of items the current result does not show are kept: a later result may show
    /// them again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roadmap: Vec<Mark>,
    /// [`Session::roadmap_counts`] as of the last save, for listings (which read no
    /// questionnaire); `None` while there is no result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roadmap_progress: Option<RoadmapCounts>,
    /// The session this one retook (`careerpath retake`), by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retake_of: Option<String>,
    /// Its file was changed by hand after careerpath saved it (the checksum on its first
    /// line no longer holds): the saved result and counts may not follow from the answers,
    /// so [`refresh_edited`] works them out again. Never written.
    #[serde(skip)]
    pub edited: bool,
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

/// The local time zone: for session names, the dates listings show and where a plan starts.
///
/// jiff's `TimeZone::system` finds `/etc/localtime`'s zone by name, and to look a name up it
/// first lists the whole zoneinfo database: on the keypress that starts a session that was
/// some twenty directories read and 60 kB kept. Nothing here shows a zone's name, so unless
/// `TZ` says otherwise the file is read as the zone it describes; with `TZ`, or when the
/// file cannot be read, jiff decides as before. Read once per process.
/// `t` as a local date and time to the minute (`2026-12-05 10:10`), as listings and
/// exports write it.
pub fn local_time(t: Timestamp) -> String {
    t.to_zoned_datetime(local_zone())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}

pub fn local_zone() -> jiff::tz::TimeZone {
    static LOCAL: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
    LOCAL
        .get_or_init(|| {
            let unnamed = || {
                if !cfg!(unix) || std::env::var_os("TZ").is_some() {
                    return None;
                }
                let tzif = std::fs::read("/etc/localtime").ok()?;
                jiff::tz::TimeZone::tzif("Local", &tzif).ok()
            };
            unnamed().unwrap_or_else(jiff::tz::TimeZone::system)
        })
        .clone()
}

impl Session {
    /// A new, empty session for `q`, named after `now` in the local time zone.
    pub fn new(q: &Questionnaire, lang: &str, now: Timestamp) -> Session {
        let zoned = now.to_zoned_datetime(local_zone());
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
            roadmap: Vec::new(),
            roadmap_progress: None,
            retake_of: None,
            edited: false,
        };
        session.touch(q, now);
        session
    }

    /// A new session that retakes `old`: its answers (fitted to `q`, as resuming would) to
    /// walk through again, its roadmap states to carry over to the items the new result
    /// shares with the old one, and a link back to it.
    pub fn retake(q: &Questionnaire, old: &Session, lang: &str, now: Timestamp) -> Session {
        let mut s = Session::new(q, lang, now);
        s.answers = old.answers.clone();
        s.set_aside = old.set_aside.clone();
        s.stale = old.stale.clone();
        s.needs_answer = old.needs_answer.clone();
        s.roadmap = old.roadmap.clone();
        s.retake_of = Some(old.id.clone());
        reconcile(&mut s, q);
        flow::prune(q, &mut s.answers);
        s.touch(q, now);
        s
    }

    /// Records an answer given now: it replaces any earlier or stale one, answers to questions
    /// it hides are dropped (their ids are returned), and the summary is brought up to date.
    pub fn set_answer(
        &mut self,
        q: &Questionnaire,
        id: &str,
        answer: Answer,
        now: Timestamp,
    ) -> Vec<(String, Answer)> {
        self.answers.insert(id.to_owned(), answer);
        self.needs_answer.retain(|n| n != id);
        self.stale.remove(id);
        self.current = Some(id.to_owned());
        let dropped = flow::prune(q, &mut self.answers);
        self.touch(q, now);
        dropped
    }

    /// Removes the answer to `id` (a skipped optional question).
    pub fn clear_answer(
        &mut self,
        q: &Questionnaire,
        id: &str,
        now: Timestamp,
    ) -> Vec<(String, Answer)> {
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

    /// The answers changed since the result: the session is unfinished again, and the
    /// result and outcome it had are dropped, so nothing reads it as finished (a list, an
    /// export of the file) until it is finished again.
    pub fn reopen(&mut self) {
        self.status = Status::InProgress;
        self.outcome = None;
        self.result = None;
    }

    /// Marks the session as changed now and recomputes its progress.
    pub fn touch(&mut self, q: &Questionnaire, now: Timestamp) {
        let visible = flow::visible(q, &self.answers);
        self.progress = self.count_in(q, &visible, &self.passed_over_in(q, &visible));
        self.roadmap_progress = self.roadmap_counts(q);
        self.updated = now;
    }

    /// The evaluation to show of this session in `lang`: the saved one when it was made
    /// with `q` and in `lang`, else worked out again from the answers (the same outcome,
    /// its reasons in `lang`), so a report never mixes two languages.
    pub fn evaluation_in(&self, q: &Questionnaire, lang: &str) -> std::borrow::Cow<'_, Evaluation> {
        match &self.result {
            Some(r) if !self.questionnaire_changed(q) && r.evaluation.lang == lang => {
                std::borrow::Cow::Borrowed(&r.evaluation)
            }
            _ => std::borrow::Cow::Owned(crate::evaluate::evaluate(q, &self.answers, lang)),
        }
    }

    /// The roadmap of the saved result, numbered as shown; `None` unless the session is
    /// complete (a roadmap is never shown for a result built on missing answers).
    pub fn roadmap_stages<'q>(&self, q: &'q Questionnaire) -> Option<Vec<Stage<'q>>> {
        let result = self.result.as_ref()?;
        (self.status == Status::Complete && self.needs_answer.is_empty())
            .then(|| roadmap::stages(q, &result.evaluation.outcomes))
    }

    /// Done, in progress, skipped and total items of the saved result's roadmap; `None`
    /// unless the session is complete.
    pub fn roadmap_counts(&self, q: &Questionnaire) -> Option<RoadmapCounts> {
        self.roadmap_stages(q)
            .map(|stages| roadmap::counts(&stages, &self.roadmap))
    }

    /// The saved state of one item.
    pub fn roadmap_state(&self, key: &roadmap::Key) -> Option<State> {
        roadmap::state_of(&self.roadmap, key)
    }

    /// Sets the state of the items `target` names (`None`: not started); returns how many
    /// changed. Refused while the session is not complete, or when `target` is not on the
    /// roadmap.
    pub fn mark(
        &mut self,
        q: &Questionnaire,
        target: Target,
        state: Option<State>,
        now: Timestamp,
    ) -> Result<usize, TargetError> {
        let stages = self.roadmap_stages(q).ok_or(TargetError::Unfinished)?;
        let keys = target.resolve(&stages)?;
        let changed = keys
            .iter()
            .filter(|key| roadmap::set(&mut self.roadmap, key, state))
            .count();
        self.touch(q, now);
        Ok(changed)
    }

    /// Optional questions the user passed over, as far as the file tells: unanswered
    /// visible ones up to the last question they dealt with, or every one once complete or
    /// in a retake (the session it retakes was complete: what it left unanswered was
    /// passed over, and the retake carries that over as it carries answers).
    pub fn passed_over(&self, q: &Questionnaire) -> BTreeSet<String> {
        self.passed_over_in(q, &flow::visible(q, &self.answers))
    }

    /// [`passed_over`](Self::passed_over) among the questions `visible` that the answers show.
    fn passed_over_in(&self, q: &Questionnaire, visible: &[usize]) -> BTreeSet<String> {
        let complete = self.status == Status::Complete || self.retake_of.is_some();
        let stop = self
            .current
            .as_deref()
            .and_then(|id| q.question_index(id))
            .map_or(0, |i| i + 1);
        visible
            .iter()
            .copied()
            .filter(|&i| complete || i < stop)
            .map(|i| &q.questions[i])
            .filter(|question| !question.required && !self.answers.contains_key(&question.id))
            .map(|question| question.id.clone())
            .collect()
    }

    /// Visible questions done (answered and not awaiting a new answer, or optional and in
    /// `skipped`), of those visible.
    pub fn count(&self, q: &Questionnaire, skipped: &BTreeSet<String>) -> Progress {
        self.count_in(q, &flow::visible(q, &self.answers), skipped)
    }

    /// In an unfinished retake, where in `visible` the answers carried over from the old
    /// session and not yet confirmed begin: after the last question dealt with, or at the
    /// start when none was. `None` for any other session, or when that question is hidden.
    pub fn carried_from(&self, q: &Questionnaire, visible: &[usize]) -> Option<usize> {
        if self.retake_of.is_none() || self.status == Status::Complete {
            return None;
        }
        match self.current.as_deref() {
            None => Some(0),
            Some(id) => visible
                .iter()
                .position(|&i| q.questions[i].id == id)
                .map(|p| p + 1),
        }
    }

    /// [`count`](Self::count) among the questions `visible` that the answers show. In an
    /// unfinished retake the answers carried over and not yet confirmed do not count.
    pub fn count_in(
        &self,
        q: &Questionnaire,
        visible: &[usize],
        skipped: &BTreeSet<String>,
    ) -> Progress {
        let confirmed = self.carried_from(q, visible).unwrap_or(visible.len());
        let answered = visible[..confirmed]
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

    /// Complete, with no answer waiting to be given again: only then is its result the
    /// person's result rather than one built on missing answers.
    pub fn finished(&self) -> bool {
        self.status == Status::Complete && self.needs_answer.is_empty()
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

#[cfg(test)]
mod tests {
    /// The zone read from `/etc/localtime` keeps every offset jiff's named zone has: across
    /// fifty years, each half year, so a daylight-saving rule would show.
    #[test]
    fn local_zone_keeps_the_system_offsets() {
        let (ours, jiffs) = (super::local_zone(), jiff::tz::TimeZone::system());
        for half_year in 0..100_i64 {
            let ts = jiff::Timestamp::from_second(1_000_000_000 + half_year * 15_778_800)
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(ours.to_offset(ts), jiffs.to_offset(ts), "at {ts}");
        }
    }
}
