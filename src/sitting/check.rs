//! Whether an answer is acceptable to a question for a person: its shape, choices, counts,
//! range, whole numbers, step, length, pattern, then the questionnaire's constraint seen
//! with the other (visible) answers. Refusals name choices by number and label.

use crate::flow;
use crate::questionnaire::{Answer, Answers, Choice, Fault, Question, Questionnaire, on_step};

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

fn numbered(choices: &[Choice], i: usize, lang: &str, default_lang: &str) -> (usize, String) {
    (i + 1, choices[i].label.get(lang, default_lang).to_owned())
}

/// The question's own check ([`Question::fault`]), worded for the person answering:
/// choices by number and label, numbers as they typed them.
fn shape(question: &Question, a: &Answer, lang: &str, default_lang: &str) -> Result<(), Refusal> {
    let fmt = crate::flow::format_number;
    let Some(fault) = question.fault(a) else {
        return Ok(());
    };
    let choices = question.kind.choices();
    Err(match fault {
        Fault::WrongType => Refusal::WrongType,
        Fault::UnknownChoice(v) => Refusal::NotAChoice {
            typed: super::refusal::echo(&v),
            count: choices.len(),
        },
        Fault::Repeated(i) => {
            let (n, label) = numbered(choices, i, lang, default_lang);
            Refusal::Repeated(n, label)
        }
        Fault::Exclusive(i) => {
            let (n, label) = numbered(choices, i, lang, default_lang);
            Refusal::Exclusive(n, label)
        }
        Fault::Count { have, min, max } => match min.filter(|m| have < *m as usize) {
            Some(min) => Refusal::TooFew { min, have },
            None => Refusal::TooMany {
                max: max.unwrap_or_default(),
                have,
            },
        },
        Fault::RankMissing(missing) => Refusal::RankMissing(
            missing
                .into_iter()
                .map(|i| numbered(choices, i, lang, default_lang))
                .collect(),
        ),
        Fault::OffScale { n, .. } if n.fract() != 0.0 => Refusal::NotWhole(not_whole(n)),
        Fault::OffScale { min, max, .. } => Refusal::ScaleRange { min, max },
        Fault::OutOfRange { n, .. } if !n.is_finite() => Refusal::NotANumber(fmt(n)),
        Fault::OutOfRange {
            n, min: Some(lo), ..
        } if n < lo => Refusal::AtLeast(fmt(lo)),
        Fault::OutOfRange { max, .. } => Refusal::AtMost(fmt(max.unwrap_or_default())),
        // "3.5 is not a whole number" says more than "use steps of 1 from 0".
        Fault::OffStep { n, step, base } if step == 1.0 && base.fract() == 0.0 => {
            Refusal::NotWhole(not_whole(n))
        }
        Fault::OffStep { step, base, .. } => Refusal::OffStep {
            step: fmt(step),
            from: fmt(base),
        },
        Fault::TooLong { max, have } => Refusal::TooLong { max, have },
        Fault::Pattern(source) => Refusal::Pattern(source),
    })
}

/// `n`, which is not whole, with the decimals that show it: "3.0000001 is not a whole
/// number", never "3 is not".
fn not_whole(n: f64) -> String {
    flow::format_apart(n, n.round()).0
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
