//! The linter: likely mistakes in a questionnaire that loaded fine
//! (conditions that never hold, unreachable outcomes, shadowed rules,
//! thresholds out of a value's reach, contradictory comparisons, things nothing uses).

mod bounds;
mod range;

pub use range::outer_range;
mod missing;
mod reach;
mod rules;
mod thresholds;

use foldhash::HashSet;

use super::template::Part;
use super::{Condition, Diagnostic, Pos, Questionnaire, Template};

use reach::{Reach, Truth};

/// Warnings beyond load errors, sorted by position and stable.
pub fn lint(q: &Questionnaire) -> Vec<Diagnostic> {
    let mut cx = Lint { q, out: Vec::new() };
    let reach = cx.visibility();
    // Loading worked the ranges out already (the same walk); a hand-built model may lack them.
    let computed;
    let range = if q.score_ranges.len() == q.dimensions.len() {
        &q.score_ranges
    } else {
        computed = reach.score_range();
        &computed
    };
    rules::rules(&mut cx, &reach, range);
    cx.unused(&reach);
    for m in &q.missing_translations {
        let (lang, shown) = (m.lang.as_str(), m.shown.as_str());
        cx.warn(
            m.pos,
            "missing-translation",
            diag!("diag-missing-translation", lang = lang),
        )
        .help = Some(diag!(
            "diag-missing-translation-help",
            lang = lang,
            shown = shown
        ));
    }
    explain_never(&mut cx.out);
    super::diagnostic::sort(&mut cx.out);
    cx.out
}

/// A rule that can never match because one of its comparisons never holds is one mistake:
/// the comparison's warning becomes the rule's help instead of a second warning.
fn explain_never(out: &mut Vec<Diagnostic>) {
    let why: Vec<(Pos, String)> = out
        .iter()
        .filter(|d| matches!(d.code, "score-threshold" | "contradictory-bounds"))
        .map(|d| (d.pos, d.message.clone()))
        .collect();
    let mut explained = Vec::new();
    for d in out.iter_mut().filter(|d| d.code == "never-matches") {
        let here: Vec<&str> = why
            .iter()
            .filter(|(p, _)| *p == d.pos)
            .map(|(_, m)| m.as_str())
            .collect();
        if !here.is_empty() {
            d.help = Some(here.join("; "));
            explained.push(d.pos);
        }
    }
    out.retain(|d| {
        !(matches!(d.code, "score-threshold" | "contradictory-bounds")
            && explained.contains(&d.pos))
    });
}

/// The lowest and highest reachable score per dimension, in `q.dimensions` order.
pub fn score_range(q: &Questionnaire) -> Vec<(f64, f64)> {
    let mut cx = Lint { q, out: Vec::new() };
    cx.visibility().score_range()
}

struct Lint<'q> {
    q: &'q Questionnaire,
    out: Vec<Diagnostic>,
}

impl<'q> Lint<'q> {
    fn warn(&mut self, pos: Pos, code: &'static str, msg: String) -> &mut Diagnostic {
        let i = self.out.len();
        self.out
            .push(Diagnostic::warning(&self.q.source, pos, code, msg));
        &mut self.out[i]
    }

    /// Finds questions whose `visible_if` never holds (in order, so a question
    /// that depends only on a never-shown one is never shown either).
    fn visibility(&mut self) -> Reach<'q> {
        let mut reach = Reach::new(self.q);
        for (i, question) in self.q.questions.iter().enumerate() {
            let Some(cond) = &question.visible_if else {
                continue;
            };
            if reach.expr(cond) == Truth::Never {
                reach.hidden.insert(i);
                let hidden_deps: Vec<String> = cond
                    .names()
                    .into_iter()
                    .filter(|n| reach.question(n).is_some_and(|j| reach.hidden.contains(&j)))
                    .map(|n| format!("`{n}`"))
                    .collect();
                let help = if hidden_deps.is_empty() {
                    diag!("diag-never-visible-help")
                } else {
                    diag!(
                        "diag-never-visible-hidden",
                        names = hidden_deps.join(", "),
                        n = hidden_deps.len()
                    )
                };
                self.warn(
                    question.pos,
                    "never-visible",
                    diag!(
                        "diag-never-visible",
                        id = question.id.as_str(),
                        condition = cond.source()
                    ),
                )
                .help = Some(help);
            }
        }
        reach
    }

    /// Dimensions nothing scores, questions that affect nothing, derived values nothing reads.
    fn unused(&mut self, reach: &Reach<'_>) {
        let q = self.q;
        let mut used: HashSet<&str> = HashSet::default();
        let use_expr = |e: &'q crate::expr::Expr, used: &mut HashSet<&'q str>| {
            used.extend(e.names());
        };
        for question in &q.questions {
            if let Some(e) = &question.visible_if {
                use_expr(e, &mut used);
            }
            for s in &question.score_if {
                // A question's own score_if is how it scores, not a use by others.
                used.extend(s.when.names().into_iter().filter(|n| *n != question.id));
            }
            if let Some(c) = &question.constraint {
                used.extend(c.expr.names().into_iter().filter(|n| *n != question.id));
            }
        }
        for d in &q.derived {
            use_expr(&d.expr, &mut used);
        }
        let mut conds: Vec<&Condition> = q
            .decision
            .rules
            .iter()
            .filter_map(|r| r.when.as_ref())
            .collect();
        conds.extend(q.decision.notes.iter().map(|n| &n.when));
        for c in conds {
            used.extend(c.names());
        }
        let mut templates: Vec<&Template> = q.decision.rules.iter().map(|r| &r.because).collect();
        templates.push(&q.decision.default.because);
        templates.extend(q.decision.notes.iter().map(|n| &n.text));
        for (_, parts) in templates.iter().flat_map(|t| t.languages()) {
            for part in parts {
                if let Part::Name { name, .. } = part {
                    used.insert(name);
                }
            }
        }

        let mut scored: HashSet<&str> = HashSet::default();
        for (i, question) in q.questions.iter().enumerate() {
            let mut scores = false;
            for c in question.kind.choices() {
                for (d, p) in &c.score {
                    if *p != 0.0 {
                        scored.insert(d);
                        scores = true;
                    }
                }
            }
            for s in &question.score_if {
                for (d, p) in &s.score {
                    if *p != 0.0 {
                        scored.insert(d);
                        scores = true;
                    }
                }
            }
            if let Some(vs) = &question.value_score {
                for (d, p) in &vs.weights {
                    if *p != 0.0 {
                        scored.insert(d);
                        scores = true;
                    }
                }
            }
            // A collect-only answer is recorded for the author on purpose.
            if !scores
                && !question.collect
                && !used.contains(question.id.as_str())
                && !reach.hidden.contains(&i)
            {
                self.warn(
                    question.pos,
                    "dead-question",
                    diag!("diag-dead-question", id = question.id.as_str()),
                )
                .help = Some(diag!("diag-dead-question-help"));
            }
        }
        for d in &q.dimensions {
            if !scored.contains(d.id.as_str()) {
                self.warn(
                    d.pos,
                    "unused-dimension",
                    diag!("diag-unused-dimension", id = d.id.as_str()),
                )
                .help = Some(diag!("diag-unused-dimension-help"));
            }
        }
        // A value shown with the scores is used: the person reads it.
        for d in q.derived.iter().filter(|d| d.shown.is_none()) {
            if !used.contains(d.name.as_str()) {
                self.warn(
                    d.pos,
                    "unused-derived",
                    diag!("diag-unused-derived", name = d.name.as_str()),
                )
                .help = Some(diag!("diag-unused-derived-help"));
            }
        }
    }
}
