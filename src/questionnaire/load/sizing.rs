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
                        format!(
                            "`hours` must be a positive number of hours (at most 100000), found {h}"
                        ),
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
                            0,
                            len,
                            "expr-type",
                            format!("a margin is a number, found {}", type_name(&other)),
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
                        Some(_) => format!(
                            "`{}` is not a number or scale question, so it cannot give hours per week",
                            p.hours_per_week.value
                        ),
                        None => format!("unknown question `{}`", p.hours_per_week.value),
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
                    format!("`horizon_weeks` must be between 1 and 1040, found {horizon}"),
                );
                return None;
            }
            if !any_hours {
                self.error_at(
                    p.pos,
                    "missing-field",
                    "`plan` sizes roadmaps by their steps' `hours`, but no step has `hours`"
                        .to_owned(),
                );
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
                    format!(
                        "confidence thresholds need 0 < leaning <= clear, found leaning {} and clear {}",
                        c.leaning, c.clear
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
