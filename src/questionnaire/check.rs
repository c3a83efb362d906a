//! Does an answer fit its question: type, choices, counts, ranges, step, length, pattern.

use super::{Answer, AnswerError, Choice, MAX_NUMBER, Question, QuestionKind, did_you_mean};

/// Whether `a` is an acceptable answer to `q` (its `constraint` aside: see
/// [`Question::check_constraint`]).
pub fn check_answer(q: &Question, a: &Answer) -> Result<(), AnswerError> {
    q.check_answer(a)
}

/// A number as written in a message: exact, but in exponent form when the plain form
/// would run to dozens of digits (`1e308`, not 309 characters), `-0` as `0`, and
/// infinities and NaN spelt as in YAML (`.inf`, `.nan`).
pub(crate) fn fmt_num(n: f64) -> String {
    if n.is_nan() {
        ".nan".to_owned()
    } else if n.is_infinite() {
        if n > 0.0 { ".inf" } else { "-.inf" }.to_owned()
    } else if n == 0.0 {
        "0".to_owned()
    } else if n.is_finite() && !(1e-6..1e21).contains(&n.abs()) {
        format!("{n:e}")
    } else {
        format!("{n}")
    }
}

fn choice_error(value: &str, choices: &[Choice]) -> AnswerError {
    let values = choices.iter().map(|c| c.value.as_str());
    // A label written for its value, or the value in other capitals: that choice, surely.
    let meant = |c: &&Choice| {
        let same = |s: &str| s.trim().to_lowercase() == value.trim().to_lowercase();
        same(&c.value)
            || same(c.label.get("", ""))
            || c.label.languages().any(|l| same(c.label.get(l, l)))
    };
    let suggestion = choices
        .iter()
        .find(meant)
        .map(|c| c.value.clone())
        .or_else(|| did_you_mean(value, values));
    AnswerError::UnknownChoice {
        value: value.to_owned(),
        choices: choices
            .iter()
            .map(|c| format!("`{}`", c.value))
            .collect::<Vec<_>>()
            .join(", "),
        suggestion,
    }
}

/// What is wrong with an answer, as facts (choice indices, the bounds, the value), found
/// once by [`Question::fault`]: authors get it worded as an [`AnswerError`], the person
/// answering as the sitting's refusal, and the evaluator only asks whether there is one.
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    /// An answer of the wrong shape for the question's type.
    WrongType,
    /// A value that names no choice.
    UnknownChoice(String),
    /// The choice at this index is given twice.
    Repeated(usize),
    /// The choice at this index is picked only on its own, and others are picked with it.
    Exclusive(usize),
    /// Too few or too many choices picked.
    Count {
        have: usize,
        min: Option<u32>,
        max: Option<u32>,
    },
    /// A ranking that leaves out the choices at these indices.
    RankMissing(Vec<usize>),
    /// Not a whole number from `min` to `max` (a scale).
    OffScale {
        n: f64,
        min: i64,
        max: i64,
    },
    /// Infinite, NaN, or outside `min`..`max` (a number question).
    OutOfRange {
        n: f64,
        min: Option<f64>,
        max: Option<f64>,
    },
    /// Not `base` plus a whole number of `step`s.
    OffStep {
        n: f64,
        step: f64,
        base: f64,
    },
    TooLong {
        max: u32,
        have: usize,
    },
    /// The text does not match the question's pattern (its source).
    Pattern(String),
}

/// Whether `n` is `base` plus a whole number of `step`s, tolerating binary rounding
/// (0.1 + 0.2 steps must still count).
pub fn on_step(n: f64, base: f64, step: f64) -> bool {
    let k = (n - base) / step;
    (k - k.round()).abs() <= 1e-9 * k.abs().max(1.0)
}

/// Known, distinct choice values: their indices, or the first that is unknown or repeated.
/// Linear in the answer: "what would change it" checks thousands of answers to a ranking,
/// and a search of the choices for each item made a 1,000-item ranking take 8 s.
fn distinct(items: &[String], choices: &[Choice]) -> Result<Vec<usize>, Fault> {
    // A few choices are found faster by looking than by hashing.
    let index: Option<foldhash::HashMap<&str, usize>> = (choices.len() > 16).then(|| {
        let mut index = foldhash::HashMap::default();
        for (i, c) in choices.iter().enumerate() {
            index.entry(c.value.as_str()).or_insert(i);
        }
        index
    });
    let mut seen = vec![false; choices.len()];
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let found = match &index {
            Some(index) => index.get(item.as_str()).copied(),
            None => choices.iter().position(|c| c.value == *item),
        };
        let Some(i) = found else {
            return Err(Fault::UnknownChoice(item.clone()));
        };
        if std::mem::replace(&mut seen[i], true) {
            return Err(Fault::Repeated(i));
        }
        out.push(i);
    }
    Ok(out)
}

pub(super) fn range_text(min: Option<f64>, max: Option<f64>) -> String {
    match (min, max) {
        (Some(lo), Some(hi)) => diag!("diag-range-between", min = fmt_num(lo), max = fmt_num(hi)),
        (Some(lo), None) => diag!("diag-range-at-least", min = fmt_num(lo)),
        (None, Some(hi)) => diag!("diag-range-at-most", max = fmt_num(hi)),
        (None, None) => diag!("diag-range-any"),
    }
}

impl Question {
    /// What is wrong with `a` as this question's answer (type, choices, counts, range,
    /// step, length, pattern; its `constraint` aside), or `None` when it fits.
    pub fn fault(&self, a: &Answer) -> Option<Fault> {
        match (&self.kind, a) {
            (QuestionKind::Single { choices }, Answer::Text(v)) => {
                (!choices.iter().any(|c| c.value == *v)).then(|| Fault::UnknownChoice(v.clone()))
            }
            (QuestionKind::Multi { choices, min, max }, Answer::List(items)) => {
                let seen = match distinct(items, choices) {
                    Ok(seen) => seen,
                    Err(f) => return Some(f),
                };
                // "None of these" is a whole answer on its own, whatever `min` asks.
                if let Some(&i) = seen.iter().find(|&&i| choices[i].exclusive) {
                    return (seen.len() > 1).then_some(Fault::Exclusive(i));
                }
                let have = items.len();
                let off = min.is_some_and(|m| have < m as usize)
                    || max.is_some_and(|m| have > m as usize);
                off.then_some(Fault::Count {
                    have,
                    min: *min,
                    max: *max,
                })
            }
            (QuestionKind::Rank { choices }, Answer::List(items)) => {
                let seen = match distinct(items, choices) {
                    Ok(seen) => seen,
                    Err(f) => return Some(f),
                };
                let missing: Vec<usize> =
                    (0..choices.len()).filter(|i| !seen.contains(i)).collect();
                (!missing.is_empty()).then_some(Fault::RankMissing(missing))
            }
            (QuestionKind::Confirm, Answer::Bool(_)) => None,
            (QuestionKind::Scale { min, max, .. }, Answer::Number(n)) => {
                let off = n.fract() != 0.0 || *n < *min as f64 || *n > *max as f64;
                off.then_some(Fault::OffScale {
                    n: *n,
                    min: *min,
                    max: *max,
                })
            }
            (QuestionKind::Number { min, max, step, .. }, Answer::Number(n)) => {
                let n = *n;
                let base = min.unwrap_or(0.0);
                if !n.is_finite() || min.is_some_and(|lo| n < lo) || max.is_some_and(|hi| n > hi) {
                    Some(Fault::OutOfRange {
                        n,
                        min: *min,
                        max: *max,
                    })
                } else if n.abs() > MAX_NUMBER {
                    // Past the bound every number that feeds a sum keeps (see `limits`).
                    Some(Fault::OutOfRange {
                        n,
                        min: Some(min.unwrap_or(-MAX_NUMBER)),
                        max: Some(max.unwrap_or(MAX_NUMBER)),
                    })
                } else {
                    let step = step.filter(|s| *s > 0.0 && !on_step(n, base, *s))?;
                    Some(Fault::OffStep { n, step, base })
                }
            }
            (QuestionKind::Text { max_len, pattern }, Answer::Text(s)) => {
                let have = s.chars().count();
                if let Some(max) = max_len.filter(|m| have > *m as usize) {
                    Some(Fault::TooLong { max, have })
                } else {
                    let p = pattern.as_ref().filter(|p| !p.regex.is_match(s))?;
                    Some(Fault::Pattern(p.source.clone()))
                }
            }
            // Named one by one, so that a new type must say how its answers are checked.
            (
                QuestionKind::Single { .. }
                | QuestionKind::Multi { .. }
                | QuestionKind::Rank { .. }
                | QuestionKind::Confirm
                | QuestionKind::Scale { .. }
                | QuestionKind::Number { .. }
                | QuestionKind::Text { .. },
                _,
            ) => Some(Fault::WrongType),
        }
    }

    /// Whether `a` is an acceptable answer, worded for the author of an answers or test
    /// file (choice values, not labels).
    pub fn check_answer(&self, a: &Answer) -> Result<(), AnswerError> {
        let Some(fault) = self.fault(a) else {
            return Ok(());
        };
        let choices = self.kind.choices();
        let value = |i: usize| format!("`{}`", choices[i].value);
        Err(match fault {
            Fault::WrongType => match (&self.kind, a) {
                // A label where its point belongs: say which point.
                (QuestionKind::Scale { min, max, .. }, Answer::Text(t)) => (*min..=*max)
                    .find(|&p| {
                        self.kind.scale_label(p as f64).is_some_and(|l| {
                            std::iter::once(l.get("", ""))
                                .chain(l.languages().map(|g| l.get(g, g)))
                                .any(|s| s.trim().to_lowercase() == t.trim().to_lowercase())
                        })
                    })
                    .map_or_else(
                        || AnswerError::WrongType {
                            // The select key of `diag-answer-expected`: the type as written.
                            expected: self.kind.name(),
                            found: a.describe(),
                        },
                        |point| AnswerError::ScaleLabel {
                            label: t.clone(),
                            point,
                        },
                    ),
                _ => AnswerError::WrongType {
                    expected: self.kind.name(),
                    found: a.describe(),
                },
            },
            Fault::UnknownChoice(v) => choice_error(&v, choices),
            Fault::Repeated(i) => AnswerError::Repeated(choices[i].value.clone()),
            Fault::Exclusive(i) => AnswerError::Exclusive(choices[i].value.clone()),
            Fault::Count { have, min, max } => {
                let lo = min.unwrap_or(0) as usize;
                let hi = max.map_or(choices.len(), |m| m as usize);
                let expected = if lo == hi {
                    diag!("diag-count-exactly", n = lo)
                } else if hi >= choices.len() {
                    diag!("diag-count-at-least", n = lo)
                } else {
                    diag!("diag-count-between", min = lo, max = hi)
                };
                AnswerError::Count {
                    found: have,
                    expected,
                }
            }
            Fault::RankMissing(missing) => AnswerError::IncompleteRank(diag!(
                "diag-rank-missing",
                values = missing
                    .iter()
                    .map(|&i| value(i))
                    .collect::<Vec<_>>()
                    .join(", "),
                n = missing.len()
            )),
            // In range but between two points, it is not out of range.
            Fault::OffScale { n, min, max } if n >= min as f64 && n <= max as f64 => {
                AnswerError::NotWhole {
                    value: fmt_num(n),
                    range: diag!(
                        "diag-expected-whole",
                        min = min.to_string(),
                        max = max.to_string()
                    ),
                }
            }
            Fault::OffScale { n, min, max } => AnswerError::OutOfRange {
                value: fmt_num(n),
                range: diag!(
                    "diag-expected-whole",
                    min = min.to_string(),
                    max = max.to_string()
                ),
            },
            Fault::OutOfRange { n, min, max } => AnswerError::OutOfRange {
                value: fmt_num(n),
                range: range_text(min, max),
            },
            Fault::OffStep { n, step, .. } => AnswerError::Step(fmt_num(n), fmt_num(step)),
            Fault::TooLong { max, have } => AnswerError::TooLong { len: have, max },
            Fault::Pattern(source) => AnswerError::Pattern(source),
        })
    }
}
