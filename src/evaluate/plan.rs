//! The roadmap sized to the user's week: each stage's hours (from the questionnaire) over
//! the hours per week they answered give weeks per stage, the week each stage ends, and
//! whether the required stages fit the plan's horizon. Dates are left to the caller, who
//! knows the session's day.

use serde::Serialize;

use crate::expr::Value;
use crate::flow;
use crate::questionnaire::{Answers, Outcome, Questionnaire};

use super::Evaluation;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub hours_per_week: f64,
    pub horizon_weeks: f64,
    /// One per recommended outcome whose every stage has hours, in the result's order.
    pub outcomes: Vec<OutcomePlan>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutcomePlan {
    pub outcome: String,
    /// One per roadmap step, in order.
    pub stages: Vec<StagePlan>,
    /// The week the last required stage ends (optional stages are not counted).
    pub required_weeks: u32,
    pub required_hours: f64,
    /// The required stages end within the horizon.
    pub fits: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StagePlan {
    pub hours: f64,
    /// Whole weeks at the user's pace, at least one.
    pub weeks: u32,
    /// Weeks from the start until this stage is done, stages taken in roadmap order.
    pub ends_after_weeks: u32,
    pub optional: bool,
}

/// None when the questionnaire has no `plan` or the hours question has no usable answer
/// (hidden, skipped, or not positive): a plan is never built on a missing answer.
pub fn plan(q: &Questionnaire, answers: &Answers, ev: &Evaluation) -> Option<Plan> {
    let spec = q.plan.as_ref()?;
    let question = &q.questions[spec.hours_question];
    let env = flow::walk(q, answers).env;
    let Some(Value::Number(hours_per_week)) = env.values.get(&question.id) else {
        return None;
    };
    let hours_per_week = *hours_per_week;
    if !(hours_per_week.is_finite() && hours_per_week > 0.0) {
        return None;
    }
    let outcomes = ev
        .outcomes
        .iter()
        .filter_map(|id| q.outcome(id))
        .filter_map(|o| size(o, hours_per_week, spec.horizon_weeks))
        .collect();
    Some(Plan {
        hours_per_week,
        horizon_weeks: spec.horizon_weeks,
        outcomes,
    })
}

/// None when the outcome has no roadmap or a step has no hours.
fn size(o: &Outcome, per_week: f64, horizon: f64) -> Option<OutcomePlan> {
    if o.roadmap.is_empty() {
        return None;
    }
    let mut stages = Vec::with_capacity(o.roadmap.len());
    let mut elapsed: u32 = 0;
    let (mut required_weeks, mut required_hours) = (0, 0.0);
    for step in &o.roadmap {
        let hours = step.hours?;
        // Whole weeks: nobody finishes a stage at a fraction of a week, and a tiny
        // stage still takes one.
        let weeks = ((hours / per_week).ceil() as u32).max(1);
        elapsed = elapsed.saturating_add(weeks);
        if !step.optional {
            required_weeks = elapsed;
            required_hours += hours;
        }
        stages.push(StagePlan {
            hours,
            weeks,
            ends_after_weeks: elapsed,
            optional: step.optional,
        });
    }
    Some(OutcomePlan {
        outcome: o.id.clone(),
        stages,
        required_weeks,
        required_hours,
        fits: f64::from(required_weeks) <= horizon,
    })
}

/// The day `weeks` after `start`, the date a stage ending then is done by.
pub fn date_after(start: jiff::civil::Date, weeks: u32) -> jiff::civil::Date {
    let days = i64::from(weeks).saturating_mul(7);
    jiff::Span::new()
        .try_days(days)
        .ok()
        .and_then(|span| start.checked_add(span).ok())
        .unwrap_or(jiff::civil::Date::MAX)
}
