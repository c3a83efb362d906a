//! A comparison of two sessions put into words, in the order a person asks: what did I
//! answer differently, did the outcome change, why (reasons that appeared or went), and
//! how far each roadmap got. The command line prints these parts; the TUI styles them.

use crate::session::Compared;

use crate::words::{self, Value};

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
    let mut out = vec![Part::Note(words::t_args(
        lang,
        "cmp-comparing",
        &[("a", a.into()), ("b", b.into())],
    ))];
    if c.retake {
        out.push(Part::Note(words::t(lang, "cmp-retake")));
    }
    if c.reevaluated {
        out.push(Part::Note(words::t(lang, "cmp-reevaluated")));
    }
    answers(&mut out, c, lang);
    outcome(&mut out, c, lang);
    reasons(&mut out, c, lang);
    roadmap(&mut out, c, lang);
    out
}

fn arrow(before: &str, after: &str) -> String {
    format!("{before} → {after}")
}

fn count(lang: &str, id: &str, n: usize) -> String {
    words::t_args(lang, id, &[("n", Value::from(n))])
}

fn answers(out: &mut Vec<Part>, c: &Compared, lang: &str) {
    let changed: Vec<_> = c.changed().collect();
    out.push(Part::Heading(words::t_args(
        lang,
        "cmp-answers",
        &[
            ("d", Value::from(changed.len())),
            ("n", Value::from(c.rows.len())),
        ],
    )));
    if changed.is_empty() {
        out.push(Part::Note(words::t(lang, "cmp-no_answer_changed")));
    }
    let none = format!("({})", words::t(lang, "no_answer"));
    let hidden = format!("({})", words::t(lang, "not_asked"));
    let shown = |answer: &Option<String>, asked: bool| match answer {
        Some(a) => a.clone(),
        None if asked => none.clone(),
        None => hidden.clone(),
    };
    for row in &changed {
        out.push(Part::Change {
            what: row.prompt.clone(),
            change: arrow(&shown(&row.a, row.asked.0), &shown(&row.b, row.asked.1)),
        });
    }
    let same = c.rows.len() - changed.len();
    if same > 0 {
        out.push(Part::Note(count(lang, "cmp-same_answers", same)));
    }
}

fn outcome(out: &mut Vec<Part>, c: &Compared, lang: &str) {
    out.push(Part::Heading(words::t(lang, "cmp-outcome")));
    let unfinished = words::t(lang, "cmp-not_finished");
    let part = match (&c.outcome_a, &c.outcome_b) {
        (None, None) => Part::Note(words::t(lang, "cmp-no_outcomes")),
        (Some(x), Some(_)) if !c.outcomes_differ => Part::Note(words::t_args(
            lang,
            "cmp-same_outcome",
            &[("outcome", x.as_str().into())],
        )),
        (x, y) => Part::Change {
            what: String::new(),
            change: arrow(
                x.as_deref().unwrap_or(&unfinished),
                y.as_deref().unwrap_or(&unfinished),
            ),
        },
    };
    out.push(part);
}

fn reasons(out: &mut Vec<Part>, c: &Compared, lang: &str) {
    out.push(Part::Heading(words::t(lang, "cmp-reasons")));
    let Some(r) = &c.reasons else {
        out.push(Part::Note(words::t(lang, "cmp-reasons_wait")));
        return;
    };
    if r.appeared.is_empty() && r.disappeared.is_empty() {
        out.push(Part::Note(words::t(lang, "cmp-no_reason_changed")));
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
        out.push(Part::Note(count(lang, "cmp-same_reasons", r.unchanged)));
    }
}

fn roadmap(out: &mut Vec<Part>, c: &Compared, lang: &str) {
    out.push(Part::Heading(words::t(lang, "cmp-roadmap")));
    let side = |counts: &Option<crate::roadmap::RoadmapCounts>| match counts {
        Some(counts) => super::progress::counts_text(lang, counts),
        None => words::t(lang, "cmp-not_finished"),
    };
    out.push(match (&c.roadmap_a, &c.roadmap_b) {
        (None, None) => Part::Note(words::t(lang, "cmp-no_roadmaps")),
        (a, b) => Part::Change {
            what: String::new(),
            change: arrow(&side(a), &side(b)),
        },
    });
}
