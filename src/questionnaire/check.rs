//! Does an answer fit its question: type, choices, counts, ranges, step, length, pattern.

use crate::expr::{Env, Value};

use super::{Answer, AnswerError, Choice, Question, QuestionKind, did_you_mean};

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
    AnswerError::UnknownChoice {
        value: value.to_owned(),
        choices: choices
            .iter()
            .map(|c| format!("`{}`", c.value))
            .collect::<Vec<_>>()
            .join(", "),
        suggestion: did_you_mean(value, values),
    }
}

fn known(value: &str, choices: &[Choice]) -> Result<(), AnswerError> {
    if choices.iter().any(|c| c.value == value) {
        Ok(())
    } else {
        Err(choice_error(value, choices))
    }
}

fn no_repeats(items: &[String]) -> Result<(), AnswerError> {
    for (i, item) in items.iter().enumerate() {
        if items[..i].contains(item) {
            return Err(AnswerError::Repeated(item.clone()));
        }
    }
    Ok(())
}

fn wrong(expected: &'static str, a: &Answer) -> AnswerError {
    AnswerError::WrongType {
        expected,
        found: a.describe(),
    }
}

fn range_text(min: Option<f64>, max: Option<f64>) -> String {
    match (min, max) {
        (Some(lo), Some(hi)) => format!("{} to {}", fmt_num(lo), fmt_num(hi)),
        (Some(lo), None) => format!("at least {}", fmt_num(lo)),
        (None, Some(hi)) => format!("at most {}", fmt_num(hi)),
        (None, None) => "any number".to_owned(),
    }
}

impl Question {
    /// Whether `a` is an acceptable answer (type, choices, counts, range, step, length, pattern).
    pub fn check_answer(&self, a: &Answer) -> Result<(), AnswerError> {
        match (&self.kind, a) {
            (QuestionKind::Single { choices }, Answer::Text(v)) => known(v, choices),
            (QuestionKind::Single { .. }, _) => Err(wrong("one choice value (a text)", a)),
            (QuestionKind::Multi { choices, min, max }, Answer::List(items)) => {
                for item in items {
                    known(item, choices)?;
                }
                no_repeats(items)?;
                let n = items.len();
                let lo = min.unwrap_or(0) as usize;
                let hi = max.map_or(choices.len(), |m| m as usize);
                if n < lo || n > hi {
                    let expected = if lo == hi {
                        format!("exactly {lo}")
                    } else if hi >= choices.len() {
                        format!("at least {lo}")
                    } else {
                        format!("{lo} to {hi}")
                    };
                    return Err(AnswerError::Count { found: n, expected });
                }
                Ok(())
            }
            (QuestionKind::Multi { .. }, _) => Err(wrong("a list of choice values", a)),
            (QuestionKind::Rank { choices }, Answer::List(items)) => {
                for item in items {
                    known(item, choices)?;
                }
                no_repeats(items)?;
                let missing: Vec<String> = choices
                    .iter()
                    .filter(|c| !items.contains(&c.value))
                    .map(|c| format!("`{}`", c.value))
                    .collect();
                if !missing.is_empty() {
                    return Err(AnswerError::IncompleteRank(format!(
                        "missing {}",
                        missing.join(", ")
                    )));
                }
                Ok(())
            }
            (QuestionKind::Rank { .. }, _) => Err(wrong("a list of every choice value", a)),
            (QuestionKind::Confirm, Answer::Bool(_)) => Ok(()),
            (QuestionKind::Confirm, _) => Err(wrong("`true` or `false`", a)),
            (QuestionKind::Scale { min, max, .. }, Answer::Number(n)) => {
                let (lo, hi) = (*min as f64, *max as f64);
                if n.fract() != 0.0 || *n < lo || *n > hi {
                    return Err(AnswerError::OutOfRange {
                        value: fmt_num(*n),
                        range: format!("a whole number from {min} to {max}"),
                    });
                }
                Ok(())
            }
            (QuestionKind::Scale { .. }, _) => Err(wrong("a whole number", a)),
            (QuestionKind::Number { min, max, step, .. }, Answer::Number(n)) => {
                let n = *n;
                if !n.is_finite() || min.is_some_and(|lo| n < lo) || max.is_some_and(|hi| n > hi) {
                    return Err(AnswerError::OutOfRange {
                        value: fmt_num(n),
                        range: range_text(*min, *max),
                    });
                }
                if let Some(step) = step.filter(|s| *s > 0.0) {
                    let k = (n - min.unwrap_or(0.0)) / step;
                    // Tolerate binary rounding: 0.1 + 0.2 steps must still count.
                    if (k - k.round()).abs() > 1e-9 * k.abs().max(1.0) {
                        return Err(AnswerError::Step(fmt_num(n), fmt_num(step)));
                    }
                }
                Ok(())
            }
            (QuestionKind::Number { .. }, _) => Err(wrong("a number", a)),
            (QuestionKind::Text { max_len, pattern }, Answer::Text(s)) => {
                let len = s.chars().count();
                if let Some(max) = max_len.filter(|m| len > *m as usize) {
                    return Err(AnswerError::TooLong { len, max });
                }
                if let Some(p) = pattern.as_ref().filter(|p| !p.regex.is_match(s)) {
                    return Err(AnswerError::Pattern(p.source.clone()));
                }
                Ok(())
            }
            (QuestionKind::Text { .. }, _) => Err(wrong("a text", a)),
        }
    }

    /// Whether `a` satisfies the question's `constraint`; the error is its message in `lang`.
    pub fn check_constraint(&self, a: &Answer, lang: &str, fallback: &str) -> Result<(), String> {
        let Some(c) = &self.constraint else {
            return Ok(());
        };
        let mut env = Env::default();
        env.values.insert(self.id.clone(), answer_value(a));
        if c.expr.eval(&env).holds() {
            Ok(())
        } else {
            Err(c.message.get(lang, fallback).to_owned())
        }
    }
}

/// An answer as an expression value.
pub fn answer_value(a: &Answer) -> Value {
    match a {
        Answer::Bool(b) => Value::Bool(*b),
        Answer::Number(n) => Value::Number(*n),
        Answer::Text(s) => Value::Str(s.clone()),
        Answer::List(items) => Value::List(items.iter().cloned().map(Value::Str).collect()),
    }
}
