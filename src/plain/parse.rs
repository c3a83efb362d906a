//! Turning a typed line into an answer for a question: numbers pick choices, `1,3` picks
//! several, `3,1,2` ranks, `y`/`n` confirms, numbers and text as they are.

use crate::questionnaire::{Answer, Question, QuestionKind};

use super::strings::Strings;

/// What the line means for this question.
#[derive(Debug, Clone, PartialEq)]
pub enum Parsed {
    Answer(Answer),
    /// Not an answer; the text says what is allowed.
    Invalid(String),
}

pub fn parse(
    question: &Question,
    line: &str,
    s: &Strings,
    lang: &str,
    default_lang: &str,
) -> Parsed {
    let line = line.trim();
    match &question.kind {
        QuestionKind::Single { choices } => match pick(line, choices, lang, default_lang) {
            Some(v) => Parsed::Answer(Answer::Text(v)),
            None => Parsed::Invalid(s.one_number(choices.len())),
        },
        QuestionKind::Multi { choices, .. } => {
            if s.none_words.contains(&line.to_lowercase().as_str()) {
                return Parsed::Answer(Answer::List(Vec::new()));
            }
            match pick_many(line, choices, lang, default_lang) {
                Some(vs) => Parsed::Answer(Answer::List(vs)),
                None => Parsed::Invalid(s.several_numbers(choices.len())),
            }
        }
        QuestionKind::Rank { choices } => match pick_many(line, choices, lang, default_lang) {
            Some(vs) => Parsed::Answer(Answer::List(vs)),
            None => Parsed::Invalid(s.rank_numbers(choices.len())),
        },
        QuestionKind::Confirm => {
            let word = line.to_lowercase();
            if s.yes_words.contains(&word.as_str()) {
                Parsed::Answer(Answer::Bool(true))
            } else if s.no_words.contains(&word.as_str()) {
                Parsed::Answer(Answer::Bool(false))
            } else {
                Parsed::Invalid(s.yes_or_no.to_owned())
            }
        }
        QuestionKind::Scale { min, max, .. } => {
            // A labelled point may be typed by its label (ignoring case).
            let by_label = || {
                (*min..=*max).find(|&v| {
                    question
                        .kind
                        .scale_label(v as f64)
                        .is_some_and(|t| t.get(lang, default_lang).eq_ignore_ascii_case(line))
                })
            };
            match number(line).or_else(|| by_label().map(|v| v as f64)) {
                Some(n) => Parsed::Answer(Answer::Number(n)),
                None => Parsed::Invalid(s.whole_number(*min, *max)),
            }
        }
        QuestionKind::Number { .. } => match number(line) {
            Some(n) => Parsed::Answer(Answer::Number(n)),
            None => Parsed::Invalid(s.a_number.to_owned()),
        },
        QuestionKind::Text { .. } => Parsed::Answer(Answer::Text(line.to_owned())),
    }
}

/// A number as people type it: `6`, `2.5`, and `2,5` where the comma is the decimal mark.
fn number(line: &str) -> Option<f64> {
    let n: f64 = line
        .parse()
        .or_else(|_| line.replacen(',', ".", 1).parse())
        .ok()?;
    n.is_finite().then_some(n)
}

/// One choice by its number, its value, or its label (ignoring case).
fn pick(
    item: &str,
    choices: &[crate::questionnaire::Choice],
    lang: &str,
    default_lang: &str,
) -> Option<String> {
    let item = item.trim();
    if item.is_empty() {
        return None;
    }
    if let Ok(n) = item.parse::<usize>() {
        return n
            .checked_sub(1)
            .and_then(|i| choices.get(i))
            .map(|c| c.value.clone());
    }
    choices
        .iter()
        .find(|c| c.value == item || c.label.get(lang, default_lang).eq_ignore_ascii_case(item))
        .map(|c| c.value.clone())
}

/// Several choices separated by commas or spaces, in the order typed. Repeats are kept so
/// the validator can say what is wrong with them.
fn pick_many(
    line: &str,
    choices: &[crate::questionnaire::Choice],
    lang: &str,
    default_lang: &str,
) -> Option<Vec<String>> {
    let items: Vec<&str> = if line.contains(',') {
        line.split(',').map(str::trim).collect()
    } else {
        line.split_whitespace().collect()
    };
    if items.iter().all(|i| i.is_empty()) {
        return None;
    }
    items
        .into_iter()
        .filter(|i| !i.is_empty())
        .map(|i| pick(i, choices, lang, default_lang))
        .collect()
}
