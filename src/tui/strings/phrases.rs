//! Phrases with numbers or names in them: which message, with which values.

use crate::words::{self, Value};

/// "terminal too small: need 40x12, have 20x5".
pub fn too_small(lang: &str, need: (u16, u16), have: (u16, u16)) -> String {
    let size = |(w, h): (u16, u16)| Value::from(format!("{w}x{h}"));
    words::t_args(
        lang,
        "too-small",
        &[("need", size(need)), ("have", size(have))],
    )
}

/// "Question 3 of about 10", or "of 10" when the total is `exact`.
pub fn question_of(lang: &str, position: usize, total: usize, exact: bool) -> String {
    words::t_args(
        lang,
        "question-of",
        &[
            ("position", position.into()),
            ("total", total.into()),
            ("exact", words::yes_no(exact)),
        ],
    )
}

/// "Resume “name” — question 3 of about 10", or "of 10" when the total is `exact`.
pub fn resume(lang: &str, name: &str, (position, total): (usize, usize), exact: bool) -> String {
    words::t_args(
        lang,
        "resume-session",
        &[
            ("name", name.into()),
            ("position", position.into()),
            ("total", total.into()),
            ("exact", words::yes_no(exact)),
        ],
    )
}

/// How many choices a multi question takes: "Choose 1 to 4", "Choose any".
pub fn choose_range(lang: &str, min: Option<u32>, max: Option<u32>) -> String {
    words::choose_count(lang, min, max).unwrap_or_else(|| words::t(lang, "choose_any"))
}

/// "3 chosen".
pub fn chosen(lang: &str, n: usize) -> String {
    words::t_args(lang, "chosen", &[("n", n.into())])
}

/// The parts of a number question's rule: "from 1 to 40", "at least 1", "at most 40",
/// "step 5", "in hours" (numbers and unit already formatted).
pub enum NumberPart<'a> {
    Range(&'a str, &'a str),
    AtLeast(&'a str),
    AtMost(&'a str),
    Step(&'a str),
    Unit(&'a str),
}

pub fn number_part(lang: &str, part: NumberPart<'_>) -> String {
    let (id, args): (&str, &[(&str, Value)]) = match part {
        NumberPart::Range(a, b) => ("number-range", &[("min", a.into()), ("max", b.into())]),
        NumberPart::AtLeast(a) => ("number-at-least", &[("min", a.into())]),
        NumberPart::AtMost(b) => ("number-at-most", &[("max", b.into())]),
        NumberPart::Step(s) => ("number-step", &[("step", s.into())]),
        NumberPart::Unit(u) => ("number-unit", &[("unit", u.into())]),
    };
    words::t_args(lang, id, args)
}

/// "A number from 1 to 40, step 1 · ↑↓ adjust".
pub fn number_rule(lang: &str, parts: &str) -> String {
    words::t_args(lang, "number-rule", &[("parts", parts.into())])
}

/// "12 / 40 characters" or "12 characters".
pub fn characters(lang: &str, n: usize, max: Option<usize>) -> String {
    match max {
        Some(m) => words::t_args(lang, "characters-of", &[("n", n.into()), ("max", m.into())]),
        None => words::t_args(lang, "characters", &[("n", n.into())]),
    }
}

/// "If you answered “x” to “q”, the result would be y.", worded as the reports word it.
pub fn change_line(lang: &str, answer: &str, question: &str, outcome: &str) -> String {
    words::t_args(
        lang,
        "change_line",
        &[
            ("answer", answer.into()),
            ("question", question.into()),
            ("outcome", outcome.into()),
        ],
    )
}

/// "↓ 12 more lines (↓ j PgDn)".
pub fn more_lines(lang: &str, n: usize) -> String {
    words::t_args(lang, "more-lines", &[("n", n.into())])
}

/// "↑ 2 above · ↓ 4 below": the choices a list too tall for the screen leaves out.
pub fn more_choices(lang: &str, above: usize, below: usize) -> String {
    match (above, below) {
        (0, n) => words::t_args(lang, "more-below", &[("n", n.into())]),
        (n, 0) => words::t_args(lang, "more-above", &[("n", n.into())]),
        (a, b) => words::t_args(
            lang,
            "more-above-below",
            &[("above", a.into()), ("below", b.into())],
        ),
    }
}

/// "Delete “name”? y deletes it for good, n keeps it."
pub fn confirm_delete(lang: &str, name: &str) -> String {
    words::t_args(lang, "confirm-delete", &[("name", name.into())])
}

/// "2 marked · Space marks two sessions, c compares them".
pub fn marked(lang: &str, n: usize) -> String {
    words::t_args(lang, "marked", &[("n", n.into())])
}
