//! Human forms of answers and values, shared by reports, the TUI and plain mode.

use crate::expr::Value;
use crate::questionnaire::{Answer, Question, QuestionKind, Questionnaire};
use crate::words;

/// An answer as a person reads it: choice labels in `lang`, "yes"/"no", numbers
/// without a trailing `.0` and with their unit, a ranking as `A > B > C`.
pub fn answer_label(q: &Question, a: &Answer, lang: &str, default_lang: &str) -> String {
    answer_label_near(q, a, lang, default_lang, None)
}

/// [`answer_label`], with a number shown apart from `near`, the number it was compared
/// with: "≥ 5.01, you answered 5.005", never "you answered 5.01".
pub fn answer_label_near(
    q: &Question,
    a: &Answer,
    lang: &str,
    default_lang: &str,
    near: Option<f64>,
) -> String {
    let apart = |n: f64| near.map_or(2, |near| places_apart(n, near));
    let label = |v: &str| -> String {
        q.kind.choices().iter().find(|c| c.value == v).map_or_else(
            || v.to_owned(),
            |c| c.label.get(lang, default_lang).to_owned(),
        )
    };
    match (&q.kind, a) {
        (QuestionKind::Single { .. }, Answer::Text(v)) => label(v),
        (QuestionKind::Rank { .. }, Answer::List(items)) => items
            .iter()
            .map(|v| label(v))
            .collect::<Vec<_>>()
            .join(" > "),
        // An empty pick reads as a word, not as an empty quote (`“”`).
        (_, Answer::List(items)) if items.is_empty() => words::t(lang, "none_chosen"),
        (_, Answer::List(items)) => items
            .iter()
            .map(|v| label(v))
            .collect::<Vec<_>>()
            .join(", "),
        (QuestionKind::Number { step, .. }, Answer::Number(n)) => {
            // As finely as the question takes answers: 20.001 is not "20" when steps are 0.001.
            let shown = format_number_to(*n, step.map_or(2, decimals).max(apart(*n)));
            match q.kind.unit_for(*n) {
                Some(unit) => format!("{shown} {}", unit.get(lang, default_lang)),
                None => shown,
            }
        }
        (QuestionKind::Scale { .. }, Answer::Number(n)) => match q.kind.scale_label(*n) {
            Some(t) => format!("{} ({})", format_number(*n), t.get(lang, default_lang)),
            None => format_number(*n),
        },
        (_, Answer::Number(n)) => format_number_to(*n, apart(*n)),
        (_, Answer::Bool(b)) => words::t(lang, if *b { "yes" } else { "no" }),
        (_, Answer::Text(s)) => s.clone(),
    }
}

/// A number without a trailing `.0`, and at most two decimals.
pub fn format_number(n: f64) -> String {
    format_number_to(n, 2)
}

/// `a` and `b` as [`format_number`] shows them, with more decimals (up to 10) when two
/// different numbers would otherwise read the same: "at least 5, it has 4.999", never
/// "at least 5, it has 5".
pub fn format_apart(a: f64, b: f64) -> (String, String) {
    let places = places_apart(a, b);
    (format_number_to(a, places), format_number_to(b, places))
}

/// The fewest decimals (2 to 10) at which `a` and `b` read differently, 2 when equal.
pub fn places_apart(a: f64, b: f64) -> usize {
    let mut places = 2;
    while places < 10 && a != b && format_number_to(a, places) == format_number_to(b, places) {
        places += 1;
    }
    places
}

/// `n` as [`format_number`] shows it, with the decimals that keep it apart from each of
/// `near`, the numbers it was compared with: 0.125 next to a threshold of 0.13 reads
/// "0.125", never "0.13".
pub fn format_near(n: f64, near: impl IntoIterator<Item = f64>) -> String {
    let places = near.into_iter().map(|t| places_apart(n, t)).max();
    format_number_to(n, places.unwrap_or(2))
}

/// A score or a derived number as results show it: with the decimals that keep it apart
/// from every number the rules and notes compare with, so a mean of 2.995 under a rule
/// `mean < 3` reads "2.995", never "3" (which would say the rule failed); and apart from
/// `near` too, the number it is shown next to, if any.
pub fn format_result(q: &Questionnaire, n: f64, near: Option<f64>) -> String {
    if n.fract() == 0.0 {
        return format_number(n);
    }
    let rules = q.decision.rules.iter().filter_map(|r| r.when.as_ref());
    let notes = q.decision.notes.iter().map(|n| &n.when);
    let compared = rules.chain(notes).flat_map(|c| c.numbers());
    format_near(n, compared.chain(near))
}

/// A score or derived value where a rule needed another: a number as
/// [`format_result`] shows it next to `near`; anything else as [`value_near`] does.
pub fn result_near(q: &Questionnaire, v: &Value, near: Option<f64>) -> String {
    match v {
        Value::Number(n) => format_result(q, *n, near),
        _ => value_near(v, near),
    }
}

/// `n` rounded to at most `places` decimals (at most 10), without trailing zeros.
pub fn format_number_to(n: f64, places: usize) -> String {
    // Past 1e21 the plain form runs to dozens of digits (and scaling it below could
    // overflow to infinity), so such numbers are shown in exponent form.
    if !n.is_finite() || n.abs() >= 1e21 {
        return crate::questionnaire::fmt_num(n);
    }
    let places = places.min(10);
    let scale = 10f64.powi(places as i32);
    let rounded = (n * scale).round() / scale;
    if rounded.fract() == 0.0 && rounded.abs() < 1e15 {
        // `+ 0.0` turns -0 into 0.
        return format!("{}", rounded + 0.0);
    }
    let s = format!("{rounded:.places$}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// `v` rounded to the decimals of `step`: 0.1 + 0.2 on a grid of 0.1 is 0.3, the answer a
/// person would type, not 0.30000000000000004.
pub(crate) fn on_grid(v: f64, step: f64) -> f64 {
    let scale = 10f64.powi(decimals(step) as i32);
    let rounded = (v * scale).round() / scale;
    if rounded.is_finite() { rounded } else { v }
}

/// How many decimals `step` has as written (0.001 has 3), at most 10.
fn decimals(step: f64) -> usize {
    let written = format!("{step}");
    written.split_once('.').map_or(0, |(_, f)| f.len()).min(10)
}

/// `v` as [`format_value`] shows it; a number next to the number `near` it was compared
/// with, with the decimals that tell the two apart.
pub fn value_near(v: &Value, near: Option<f64>) -> String {
    match (v, near) {
        (Value::Number(n), Some(near)) => format_apart(*n, near).0,
        _ => format_value(v),
    }
}

/// A runtime value as text: numbers via [`format_number`], lists joined with ", ",
/// `null` as the empty string.
pub fn format_value(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format_number(*n),
        Value::Str(s) => s.clone(),
        Value::List(items) => items
            .iter()
            .map(format_value)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// `a`, `a and b`, `a, b and c`, with "and" in `lang`.
pub fn join_list(items: &[String], lang: &str) -> String {
    join_with(items, &words::t(lang, "and"))
}

/// `a`, `a or b`, `a, b or c`, with "or" in `lang`.
pub fn join_or(items: &[String], lang: &str) -> String {
    join_with(items, &words::t(lang, "or"))
}

fn join_with(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_different_numbers_never_read_the_same() {
        for (a, b, want) in [
            (5.0, 4.999, ("5", "4.999")),
            (5.0, 5.0, ("5", "5")),
            (2.5, 1.0, ("2.5", "1")),
            (1.0 / 3.0, 0.3334, ("0.3333", "0.3334")),
        ] {
            let (x, y) = format_apart(a, b);
            assert_eq!((x.as_str(), y.as_str()), want, "{a} {b}");
        }
    }

    #[test]
    fn numbers() {
        for (n, want) in [
            (14.0, "14"),
            (-0.0, "0"),
            (2.5, "2.5"),
            (0.1 + 0.2, "0.3"),
            (1.0 / 3.0, "0.33"),
            (-7.25, "-7.25"),
            (1e20, "100000000000000000000"),
            (1e21, "1e21"),
            (-2.5e300, "-2.5e300"),
            (1e307, "1e307"),
            (f64::MAX, "1.7976931348623157e308"),
        ] {
            assert_eq!(format_number(n), want, "{n}");
        }
    }

    #[test]
    fn lists() {
        let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join_list(&s(&[]), "en"), "");
        assert_eq!(join_list(&s(&["a"]), "en"), "a");
        assert_eq!(join_list(&s(&["a", "b"]), "en"), "a and b");
        assert_eq!(join_list(&s(&["a", "b", "c"]), "es"), "a, b y c");
    }
}
