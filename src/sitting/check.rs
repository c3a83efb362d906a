//! Whether an answer is acceptable to a question for a person: its shape, choices, counts,
//! range, whole numbers, step, length, pattern, then the questionnaire's constraint seen
//! with the other (visible) answers. Refusals name choices by number and label.

use crate::flow;
use crate::questionnaire::{Answer, Answers, Choice, Question, QuestionKind, Questionnaire};

use super::Refusal;

/// Checks `candidate` as the answer to question `index` given the other `answers`.
pub fn check(
    q: &Questionnaire,
    index: usize,
    answers: &Answers,
    candidate: &Answer,
    lang: &str,
) -> Result<(), Refusal> {
    let Some(question) = q.questions.get(index) else {
        return Err(Refusal::WrongType);
    };
    shape(question, candidate, lang, &q.default_lang)?;
    flow::constraint_refusal(q, question, answers, candidate, lang)
        .map_or(Ok(()), |message| Err(Refusal::Constraint(message)))
}

fn position(choices: &[Choice], value: &str) -> Option<usize> {
    choices.iter().position(|c| c.value == value)
}

fn numbered(choices: &[Choice], i: usize, lang: &str, default_lang: &str) -> (usize, String) {
    (i + 1, choices[i].label.get(lang, default_lang).to_owned())
}

/// Known, distinct choices; the first repeat is refused.
fn distinct(
    items: &[String],
    choices: &[Choice],
    lang: &str,
    default_lang: &str,
) -> Result<Vec<usize>, Refusal> {
    let mut seen = Vec::with_capacity(items.len());
    for item in items {
        let Some(i) = position(choices, item) else {
            return Err(Refusal::NotAChoice {
                typed: super::refusal::echo(item),
                count: choices.len(),
            });
        };
        if seen.contains(&i) {
            let (n, label) = numbered(choices, i, lang, default_lang);
            return Err(Refusal::Repeated(n, label));
        }
        seen.push(i);
    }
    Ok(seen)
}

fn shape(question: &Question, a: &Answer, lang: &str, default_lang: &str) -> Result<(), Refusal> {
    let fmt = crate::flow::format_number;
    match (&question.kind, a) {
        (QuestionKind::Single { choices }, Answer::Text(v)) => {
            position(choices, v).map(|_| ()).ok_or(Refusal::NotAChoice {
                typed: super::refusal::echo(v),
                count: choices.len(),
            })
        }
        (QuestionKind::Multi { choices, min, max }, Answer::List(items)) => {
            distinct(items, choices, lang, default_lang)?;
            let have = items.len();
            if let Some(min) = min.filter(|m| have < *m as usize) {
                return Err(Refusal::TooFew { min, have });
            }
            if let Some(max) = max.filter(|m| have > *m as usize) {
                return Err(Refusal::TooMany { max, have });
            }
            Ok(())
        }
        (QuestionKind::Rank { choices }, Answer::List(items)) => {
            let seen = distinct(items, choices, lang, default_lang)?;
            let missing: Vec<(usize, String)> = (0..choices.len())
                .filter(|i| !seen.contains(i))
                .map(|i| numbered(choices, i, lang, default_lang))
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(Refusal::RankMissing(missing))
            }
        }
        (QuestionKind::Confirm, Answer::Bool(_)) => Ok(()),
        (QuestionKind::Scale { min, max, .. }, Answer::Number(n)) => {
            if n.fract() != 0.0 {
                return Err(Refusal::NotWhole(fmt(*n)));
            }
            if *n < *min as f64 || *n > *max as f64 {
                return Err(Refusal::ScaleRange {
                    min: *min,
                    max: *max,
                });
            }
            Ok(())
        }
        (QuestionKind::Number { min, max, step, .. }, Answer::Number(n)) => {
            let n = *n;
            if !n.is_finite() {
                return Err(Refusal::NotANumber(fmt(n)));
            }
            if let Some(lo) = min.filter(|lo| n < *lo) {
                return Err(Refusal::AtLeast(fmt(lo)));
            }
            if let Some(hi) = max.filter(|hi| n > *hi) {
                return Err(Refusal::AtMost(fmt(hi)));
            }
            if let Some(s) = step.filter(|s| *s > 0.0) {
                let base = min.unwrap_or(0.0);
                if !on_step(n, base, s) {
                    // "3.5 is not a whole number" says more than "use steps of 1 from 0".
                    if s == 1.0 && base.fract() == 0.0 {
                        return Err(Refusal::NotWhole(fmt(n)));
                    }
                    return Err(Refusal::OffStep {
                        step: fmt(s),
                        from: fmt(base),
                    });
                }
            }
            Ok(())
        }
        (QuestionKind::Text { max_len, pattern }, Answer::Text(t)) => {
            let have = t.chars().count();
            if let Some(max) = max_len.filter(|m| have > *m as usize) {
                return Err(Refusal::TooLong { max, have });
            }
            if let Some(p) = pattern.as_ref().filter(|p| !p.regex.is_match(t)) {
                return Err(Refusal::Pattern(p.source.clone()));
            }
            Ok(())
        }
        _ => Err(Refusal::WrongType),
    }
}

/// Whether `n` is `base` plus a whole number of `step`s, tolerating binary rounding
/// (0.1 + 0.2 steps must still count).
pub fn on_step(n: f64, base: f64, step: f64) -> bool {
    let k = (n - base) / step;
    (k - k.round()).abs() <= 1e-9 * k.abs().max(1.0)
}

/// The step value next to `n` going up or down (`base` plus whole steps), kept within
/// `min`/`max`: from an off-step value the first move lands on a step.
pub fn step_from(
    n: f64,
    up: bool,
    base: f64,
    step: f64,
    min: Option<f64>,
    max: Option<f64>,
) -> f64 {
    let k = (n - base) / step;
    let k = if on_step(n, base, step) {
        k.round() + if up { 1.0 } else { -1.0 }
    } else if up {
        k.ceil()
    } else {
        k.floor()
    };
    let mut v = base + k * step;
    if let Some(lo) = min {
        v = v.max(lo);
    }
    if let Some(hi) = max {
        v = v.min(hi);
    }
    v
}
