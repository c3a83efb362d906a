//! Loading `plan:`, `confidence:`, each outcome's `margin` and `sources`, and each roadmap
//! step's `hours`: the keys that size a roadmap to a week and say how clear a result was.

use crate::expr::{Scope, Type};

use super::super::raw::RawQuestionnaire;
use super::super::sizing::{ConfidenceSpec, DEFAULT_HORIZON_WEEKS, PlanSpec, Source};
use super::super::{Outcome, Question, QuestionKind};
use super::context::{Cx, suggest, type_name};

impl Cx<'_> {
    /// Fills in each outcome's margin and sources, checks every step's hours, and returns
    /// the validated `plan` and `confidence` (None when absent or wrong, with an error).
    pub(super) fn sizing(
        &mut self,
        raw: &RawQuestionnaire,
        questions: &[Question],
        scope: &Scope,
        outcomes: &mut [Outcome],
    ) -> (Option<PlanSpec>, Option<ConfidenceSpec>) {
        let mut any_hours = false;
        for (e, out) in raw.outcomes.0.iter().zip(outcomes.iter_mut()) {
            let o = &e.value;
            for step in &o.roadmap {
                let Some(hours) = &step.hours else { continue };
                let h = hours.value;
                any_hours = true;
                if !(h.is_finite() && h > 0.0 && h <= 100_000.0) {
                    self.error_at(
                        hours.pos,
                        "bad-hours",
                        diag!("diag-bad-hours", found = h.to_string()),
                    );
                }
            }
            if let Some(src) = &o.margin {
                out.margin = match self.expr(src, src.pos, scope, None) {
                    Some((expr, Type::Number)) => Some(expr),
                    Some((_, other)) => {
                        let len = src.chars().count();
                        self.error_in(
                            src.pos,
                            src,
                            0,
                            len,
                            "expr-type",
                            diag!("diag-expr-type-margin", found = type_name(&other)),
                        );
                        None
                    }
                    None => None,
                };
            }
            out.sources = o
                .sources
                .iter()
                .map(|s| Source {
                    title: s.title.text(),
                    author: s.author.clone(),
                    year: s.year,
                    url: s.url.clone(),
                })
                .collect();
        }
        let plan = raw.plan.as_ref().and_then(|p| {
            let index = questions
                .iter()
                .position(|q| q.id == p.hours_per_week.value);
            let numeric = index.is_some_and(|i| {
                matches!(
                    questions[i].kind,
                    QuestionKind::Number { .. } | QuestionKind::Scale { .. }
                )
            });
            if !numeric {
                let ids = questions.iter().map(|q| q.id.as_str());
                let d = self.error_at(
                    p.hours_per_week.pos,
                    "unknown-question",
                    match index {
                        Some(_) => diag!(
                            "diag-hours-question-not-numeric",
                            id = p.hours_per_week.value.as_str()
                        ),
                        None => diag!(
                            "diag-unknown-question",
                            id = p.hours_per_week.value.as_str()
                        ),
                    },
                );
                if index.is_none() {
                    d.help = suggest(&p.hours_per_week, ids);
                }
                return None;
            }
            let horizon = p
                .horizon_weeks
                .as_ref()
                .map_or(DEFAULT_HORIZON_WEEKS, |h| h.value);
            if !(horizon.is_finite() && (1.0..=1040.0).contains(&horizon)) {
                self.error_at(
                    p.horizon_weeks.as_ref().map_or(p.pos, |h| h.pos),
                    "bad-range",
                    diag!("diag-bad-range-horizon", found = horizon.to_string()),
                );
                return None;
            }
            if !any_hours {
                self.error_at(p.pos, "missing-field", diag!("diag-missing-field-hours"));
            }
            index.map(|hours_question| PlanSpec {
                hours_question,
                horizon_weeks: horizon,
            })
        });
        let confidence = raw.confidence.as_ref().and_then(|c| {
            let ok = c.leaning.is_finite()
                && c.clear.is_finite()
                && c.leaning > 0.0
                && c.clear >= c.leaning;
            if !ok {
                self.error_at(
                    c.pos,
                    "bad-range",
                    diag!(
                        "diag-bad-range-confidence",
                        leaning = c.leaning.to_string(),
                        clear = c.clear.to_string()
                    ),
                );
                return None;
            }
            Some(ConfidenceSpec {
                leaning: c.leaning,
                clear: c.clear,
            })
        });
        (plan, confidence)
    }
}
