//! Reading typed text as an answer: choice numbers or labels, `1,3`, yes/no words of the
//! sitting's language, and numbers as people write them (a decimal comma where the
//! language uses one, full-width digits). The one number reader of both interfaces.

use crate::questionnaire::{Answer, Choice, Question, QuestionKind};

use super::Refusal;
use super::refusal::echo;
use super::words;

/// A number as typed: `6`, `2.5`, `-1`, `1e3`; `2,5` where the language writes a decimal
/// comma (Spanish), full-width digits (`２．５`) and the minus sign `−` as their ASCII forms.
/// `inf`, `NaN` and anything that is not finite are not numbers.
pub fn read_number(text: &str, lang: &str) -> Option<f64> {
    let folded: String = text.trim().chars().map(fold).collect();
    let s = if words::decimal_comma(lang) {
        if folded.contains(',') && folded.contains('.') {
            return None;
        }
        folded.replacen(',', ".", 1)
    } else {
        folded
    };
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
    {
        return None;
    }
    s.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// True for a character that may be part of a typed number in some language (the number
/// field lets these through and [`read_number`] decides).
pub fn number_char(c: char) -> bool {
    let c = fold(c);
    c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | 'e' | 'E')
}

/// Full-width digits and signs to ASCII, the minus sign to `-`.
fn fold(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        '．' => '.',
        '，' => ',',
        '－' | '−' => '-',
        '＋' => '+',
        c => c,
    }
}

/// The answer `text` gives to `question`: `Ok(None)` when nothing was typed. The answer is
/// only read here, not checked against the question's limits ([`super::check`] does that).
pub fn read(
    question: &Question,
    text: &str,
    lang: &str,
    default_lang: &str,
) -> Result<Option<Answer>, Refusal> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let answer = match &question.kind {
        QuestionKind::Single { choices } => Answer::Text(pick(text, choices, lang, default_lang)?),
        QuestionKind::Multi { choices, .. } => {
            // A whole label first (`Mobile app`, a "None of these" labelled `None`), then
            // the word for nothing, then several choices.
            if let Ok(one) = pick(text, choices, lang, default_lang) {
                Answer::List(vec![one])
            } else if words::none_words(lang).contains(&text.to_lowercase()) {
                Answer::List(Vec::new())
            } else {
                Answer::List(pick_many(text, choices, lang, default_lang)?)
            }
        }
        QuestionKind::Rank { choices } => {
            Answer::List(pick_many(text, choices, lang, default_lang)?)
        }
        QuestionKind::Confirm => {
            let word = text.to_lowercase();
            // The TUI lists yes and no as 1 and 2 and takes those digits; so does this.
            if word == "1" || words::yes_words(lang).contains(&word) {
                Answer::Bool(true)
            } else if word == "2" || words::no_words(lang).contains(&word) {
                Answer::Bool(false)
            } else {
                return Err(Refusal::NotYesNo(echo(text)));
            }
        }
        QuestionKind::Scale { min, max, .. } => {
            // A labelled point may be typed by its label.
            let by_label = || {
                let labels: Vec<(i64, &str)> = (*min..=*max)
                    .filter_map(|v| {
                        let label = question.kind.scale_label(v as f64)?;
                        Some((v, label.get(lang, default_lang)))
                    })
                    .collect();
                labelled(&labels, text)
            };
            let n = read_number(text, lang).or_else(|| by_label().map(|v| v as f64));
            Answer::Number(n.ok_or_else(|| Refusal::NotANumber(echo(text)))?)
        }
        QuestionKind::Number { .. } => {
            Answer::Number(read_number(text, lang).ok_or_else(|| Refusal::NotANumber(echo(text)))?)
        }
        QuestionKind::Text { .. } => Answer::Text(text.to_owned()),
    };
    Ok(Some(answer))
}

/// One choice by its number or its label (ignoring case); the value itself is accepted
/// too, so answers files and people's typing agree.
fn pick(item: &str, choices: &[Choice], lang: &str, default_lang: &str) -> Result<String, Refusal> {
    let item = item.trim();
    let not = || Refusal::NotAChoice {
        typed: echo(item),
        count: choices.len(),
    };
    if let Some(n) = read_number(item, "en") {
        return (n.fract() == 0.0 && n >= 1.0)
            .then(|| choices.get(n as usize - 1))
            .flatten()
            .map(|c| c.value.clone())
            .ok_or_else(not);
    }
    let labels: Vec<(&str, &str)> = choices
        .iter()
        .map(|c| (c.value.as_str(), c.label.get(lang, default_lang)))
        .collect();
    choices
        .iter()
        .find(|c| c.value == item)
        .map(|c| c.value.as_str())
        .or_else(|| labelled(&labels, item))
        .map(str::to_owned)
        .ok_or_else(not)
}

/// What the label `typed` names: ignoring case, else ignoring accents too when only one
/// label reads so (labels that differ only in their accents are told apart only by typing
/// them exactly), else the one label whose first words are the words typed (`something
/// else` for "Something else (Go, Java...)", `safety critical` for "Safety-critical
/// systems").
fn labelled<T: Copy>(labels: &[(T, &str)], typed: &str) -> Option<T> {
    let lower = typed.to_lowercase();
    if let Some((t, _)) = labels.iter().find(|(_, l)| l.to_lowercase() == lower) {
        return Some(*t);
    }
    let loosely = loose(typed);
    let typed_words = words(typed);
    only(labels, |l| loose(l) == loosely).or_else(|| {
        only(labels, |l| {
            !typed_words.is_empty() && words(l).starts_with(&typed_words)
        })
    })
}

/// The one label that `ok` accepts; `None` when none or several do.
fn only<T: Copy>(labels: &[(T, &str)], ok: impl Fn(&str) -> bool) -> Option<T> {
    let mut found = labels.iter().filter(|(_, l)| ok(l));
    match (found.next(), found.next()) {
        (Some((t, _)), None) => Some(*t),
        _ => None,
    }
}

/// The words of `text` as [`loose`] reads it, without the marks between them.
fn words(text: &str) -> Vec<String> {
    loose(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Text as people may type it: lower case, with accents and other marks dropped
/// (`Investigación` reads as `investigacion`).
fn loose(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Several choices separated by commas or spaces, in the order typed. Repeats are kept so
/// the check can say what is wrong with them.
fn pick_many(
    line: &str,
    choices: &[Choice],
    lang: &str,
    default_lang: &str,
) -> Result<Vec<String>, Refusal> {
    let items: Vec<&str> = if line.contains(',') {
        line.split(',').map(str::trim).collect()
    } else {
        line.split_whitespace().collect()
    };
    items
        .into_iter()
        .filter(|i| !i.is_empty())
        .map(|i| pick(i, choices, lang, default_lang))
        .collect()
}
