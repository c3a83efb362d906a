//! A comparison of two sessions put into words, in the order a person asks: what did I
//! answer differently, did the outcome change, why (reasons that appeared or went), and
//! how far each roadmap got. The command line prints these parts; the TUI styles them.

use crate::session::Compared;

use super::ui;

/// One line (or group of lines) of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Heading(String),
    /// Something that changed: `what` (a question's prompt; empty for the outcome), and
    /// `change`, "before → after".
    Change {
        what: String,
        change: String,
    },
    /// A reason that is new in the second session (`appeared`) or gone from it.
    Reason {
        appeared: bool,
        text: String,
    },
    Note(String),
}

/// The parts of `c`, `a` and `b` naming the sessions compared (first, then second).
pub fn parts(c: &Compared, a: &str, b: &str, lang: &str) -> Vec<Part> {
    let mut out = vec![Part::Note(
        ui(lang, "cmp.comparing")
            .replace("{a}", a)
            .replace("{b}", b),
    )];
    if c.reevaluated {
        out.push(Part::Note(ui(lang, "cmp.reevaluated").to_owned()));
    }
    answers(&mut out, c, lang);
    outcome(&mut out, c, lang);
    reasons(&mut out, c, lang);
    out
}

fn arrow(before: &str, after: &str) -> String {
    format!("{before} → {after}")
}

fn count(lang: &str, one: &str, many: &str, n: usize) -> String {
    ui(lang, if n == 1 { one } else { many }).replace("{n}", &n.to_string())
}

fn answers(out: &mut Vec<Part>, c: &Compared, lang: &str) {
    let changed: Vec<_> = c.changed().collect();
    out.push(Part::Heading(
        ui(lang, "cmp.answers")
            .replace("{d}", &changed.len().to_string())
            .replace("{n}", &c.rows.len().to_string()),
    ));
    if changed.is_empty() {
        out.push(Part::Note(ui(lang, "cmp.no_answer_changed").to_owned()));
    }
    let none = format!("({})", ui(lang, "no_answer"));
    for row in &changed {
        out.push(Part::Change {
            what: row.prompt.clone(),
            change: arrow(
                row.a.as_deref().unwrap_or(&none),
                row.b.as_deref().unwrap_or(&none),
            ),
        });
    }
    let same = c.rows.len() - changed.len();
    if same > 0 {
        out.push(Part::Note(count(
            lang,
            "cmp.same_answers_one",
            "cmp.same_answers_many",
            same,
        )));
    }
}

fn outcome(out: &mut Vec<Part>, c: &Compared, lang: &str) {
    out.push(Part::Heading(ui(lang, "cmp.outcome").to_owned()));
    let unfinished = ui(lang, "cmp.not_finished");
    let part = match (&c.outcome_a, &c.outcome_b) {
        (None, None) => Part::Note(ui(lang, "cmp.no_outcomes").to_owned()),
        (Some(x), Some(_)) if !c.outcomes_differ => {
            Part::Note(ui(lang, "cmp.same_outcome").replace("{outcome}", x))
        }
        (x, y) => Part::Change {
            what: String::new(),
            change: arrow(
                x.as_deref().unwrap_or(unfinished),
                y.as_deref().unwrap_or(unfinished),
            ),
        },
    };
    out.push(part);
}

fn reasons(out: &mut Vec<Part>, c: &Compared, lang: &str) {
    out.push(Part::Heading(ui(lang, "cmp.reasons").to_owned()));
    let Some(r) = &c.reasons else {
        out.push(Part::Note(ui(lang, "cmp.reasons_wait").to_owned()));
        return;
    };
    if r.appeared.is_empty() && r.disappeared.is_empty() {
        out.push(Part::Note(ui(lang, "cmp.no_reason_changed").to_owned()));
    }
    for (appeared, list) in [(true, &r.appeared), (false, &r.disappeared)] {
        for reason in list {
            out.push(Part::Reason {
                appeared,
                text: reason.text.clone(),
            });
        }
    }
    if r.unchanged > 0 {
        out.push(Part::Note(count(
            lang,
            "cmp.same_reasons_one",
            "cmp.same_reasons_many",
            r.unchanged,
        )));
    }
}
