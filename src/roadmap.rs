//! Progress through a result's roadmap: the stages and items as every face shows and
//! numbers them, the state saved for each item, counts, and `STEP[.ITEM]` addresses.
//!
//! Numbering: the stages of every recommended outcome, in the result's order, are numbered
//! 1, 2, 3... straight through (a second outcome's roadmap goes on from where the first
//! ended); items are numbered from 1 inside their stage, so `2.3` is the third item of the
//! second stage. A stage without items is one item of its own (`2` and `2.1` name it).
//!
//! Identity: a saved state names its item by the outcome id, the stage's text and the item's
//! text in the questionnaire's default language, never by position. So a retake that reaches
//! the same outcome, or a questionnaire edit that reorders or inserts stages, finds the
//! same items again; an item whose text was reworded starts over as not started.

use serde::{Deserialize, Serialize};

use crate::questionnaire::{Outcome, Questionnaire, Step, Text};

/// Where a roadmap item is. An item with no saved state has not been started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Done,
    InProgress,
    Skipped,
}

impl State {
    /// The state's key in the word table (`roadmap.state.done`, ...).
    pub fn key(self) -> &'static str {
        match self {
            State::Done => "roadmap-state-done",
            State::InProgress => "roadmap-state-in_progress",
            State::Skipped => "roadmap-state-skipped",
        }
    }

    /// The machine name, as saved and in JSON.
    pub fn name(state: Option<State>) -> &'static str {
        match state {
            None => "not_started",
            Some(State::Done) => "done",
            Some(State::InProgress) => "in_progress",
            Some(State::Skipped) => "skipped",
        }
    }
}

/// One item's saved state (see the module's doc for the identity).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub outcome: String,
    pub step: String,
    /// `None` for a stage that has no items (the stage is the item).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    pub state: State,
}

/// The identity of one roadmap item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    pub outcome: String,
    pub step: String,
    pub item: Option<String>,
}

impl Mark {
    fn is(&self, key: &Key) -> bool {
        self.outcome == key.outcome && self.step == key.step && self.item == key.item
    }
}

/// How far a roadmap got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RoadmapCounts {
    pub done: usize,
    pub in_progress: usize,
    pub skipped: usize,
    /// Every item of the roadmap, whatever its state.
    pub total: usize,
}

impl RoadmapCounts {
    fn add(&mut self, state: Option<State>) {
        self.total += 1;
        match state {
            Some(State::Done) => self.done += 1,
            Some(State::InProgress) => self.in_progress += 1,
            Some(State::Skipped) => self.skipped += 1,
            None => {}
        }
    }
}

impl std::fmt::Display for RoadmapCounts {
    /// `7/23`: done of all.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.done, self.total)
    }
}

/// One stage of the roadmap as shown.
#[derive(Debug, Clone)]
pub struct Stage<'q> {
    /// 1-based, straight through every outcome's stages.
    pub number: usize,
    pub outcome: &'q Outcome,
    /// Its place in the outcome's own roadmap (what the sized plan's stages follow).
    pub index: usize,
    pub step: &'q Step,
    pub items: Vec<Item<'q>>,
}

/// One item of a stage as shown.
#[derive(Debug, Clone)]
pub struct Item<'q> {
    /// 1-based inside its stage.
    pub number: usize,
    /// The item's text; `None` when the stage has no items and stands for itself.
    pub text: Option<&'q Text>,
    pub key: Key,
}

/// The roadmap of a result whose recommended outcomes are `outcomes`, numbered as shown.
pub fn stages<'q>(q: &'q Questionnaire, outcomes: &[String]) -> Vec<Stage<'q>> {
    let lang = q.default_lang.as_str();
    let mut out: Vec<Stage<'q>> = Vec::new();
    for o in outcomes.iter().filter_map(|id| q.outcome(id)) {
        for (index, step) in o.roadmap.iter().enumerate() {
            let key = |item: Option<&Text>| Key {
                outcome: o.id.clone(),
                step: step.step.get(lang, lang).to_owned(),
                item: item.map(|t| t.get(lang, lang).to_owned()),
            };
            let items = if step.items.is_empty() {
                vec![Item {
                    number: 1,
                    text: None,
                    key: key(None),
                }]
            } else {
                step.items
                    .iter()
                    .enumerate()
                    .map(|(k, t)| Item {
                        number: k + 1,
                        text: Some(t),
                        key: key(Some(t)),
                    })
                    .collect()
            };
            out.push(Stage {
                number: out.len() + 1,
                outcome: o,
                index,
                step,
                items,
            });
        }
    }
    out
}

/// The saved state of the item `key`.
pub fn state_of(marks: &[Mark], key: &Key) -> Option<State> {
    marks.iter().find(|m| m.is(key)).map(|m| m.state)
}

/// Sets (or with `None` forgets) the state of the item `key`; true when it changed.
pub fn set(marks: &mut Vec<Mark>, key: &Key, state: Option<State>) -> bool {
    let before = state_of(marks, key);
    marks.retain(|m| !m.is(key));
    if let Some(state) = state {
        marks.push(Mark {
            outcome: key.outcome.clone(),
            step: key.step.clone(),
            item: key.item.clone(),
            state,
        });
    }
    before != state
}

/// The counts of one stage.
pub fn stage_counts(stage: &Stage<'_>, marks: &[Mark]) -> RoadmapCounts {
    let mut c = RoadmapCounts::default();
    for item in &stage.items {
        c.add(state_of(marks, &item.key));
    }
    c
}

/// The counts of a whole roadmap.
pub fn counts(stages: &[Stage<'_>], marks: &[Mark]) -> RoadmapCounts {
    let mut c = RoadmapCounts::default();
    for stage in stages {
        for item in &stage.items {
            c.add(state_of(marks, &item.key));
        }
    }
    c
}

/// A `STEP[.ITEM]` address as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Stage(usize),
    Item(usize, usize),
}

/// Why an address names no item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetError {
    Malformed(String),
    Unfinished,
    Empty,
    NoStage {
        asked: usize,
        last: usize,
    },
    NoItem {
        stage: usize,
        asked: usize,
        last: usize,
    },
}

impl TargetError {
    /// The error in `lang`.
    pub fn message(&self, lang: &str) -> String {
        // Positions are addresses, not quantities: written as they are typed.
        let n = |n: &usize| crate::words::Value::from(n.to_string());
        match self {
            TargetError::Malformed(t) => crate::words::t_args(
                lang,
                "roadmap-bad_target",
                &[(
                    "target",
                    crate::words::Value::from(crate::sanitize::echo(t)),
                )],
            ),
            TargetError::Unfinished => crate::words::t(lang, "roadmap-target_unfinished"),
            TargetError::Empty => crate::words::t(lang, "roadmap-target_empty"),
            TargetError::NoStage { asked, last } => crate::words::t_args(
                lang,
                "roadmap-no_stage",
                &[("asked", n(asked)), ("last", n(last))],
            ),
            TargetError::NoItem { stage, asked, last } => crate::words::t_args(
                lang,
                "roadmap-no_item",
                &[("stage", n(stage)), ("asked", n(asked)), ("last", n(last))],
            ),
        }
    }
}

impl std::error::Error for TargetError {}
crate::words::english_display!(TargetError);

impl std::str::FromStr for Target {
    type Err = TargetError;

    fn from_str(s: &str) -> Result<Target, TargetError> {
        let bad = || TargetError::Malformed(crate::sanitize::echo(s));
        let number = |part: &str| {
            // `parse` alone would take `+2`; a position is digits only.
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            part.parse::<usize>().map_err(|_| bad())
        };
        match s.trim().split_once('.') {
            None => Ok(Target::Stage(number(s.trim())?)),
            Some((stage, item)) => Ok(Target::Item(number(stage)?, number(item)?)),
        }
    }
}

impl Target {
    /// The keys of the items the address names: every item of a stage, or one item.
    pub fn resolve(self, stages: &[Stage<'_>]) -> Result<Vec<Key>, TargetError> {
        if stages.is_empty() {
            return Err(TargetError::Empty);
        }
        let n = match self {
            Target::Stage(n) | Target::Item(n, _) => n,
        };
        let stage = n
            .checked_sub(1)
            .and_then(|i| stages.get(i))
            .ok_or(TargetError::NoStage {
                asked: n,
                last: stages.len(),
            })?;
        match self {
            Target::Stage(_) => Ok(stage.items.iter().map(|i| i.key.clone()).collect()),
            Target::Item(_, k) => k
                .checked_sub(1)
                .and_then(|i| stage.items.get(i))
                .map(|i| vec![i.key.clone()])
                .ok_or(TargetError::NoItem {
                    stage: n,
                    asked: k,
                    last: stage.items.len(),
                }),
        }
    }
}
