//! The JSON report: a stable structure for scripts (outcomes, scores, reasons, notes,
//! roadmap, changes, answers, trace). Field names only ever get added.

use serde::Serialize;

use super::{Incomplete, Report};
use crate::evaluate::Trace;
use crate::expr::Value;
use crate::questionnaire::Answer;

#[derive(Serialize)]
struct Json<'a> {
    /// False when the result is provisional; `incomplete` then says why.
    complete: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    incomplete: Option<IncompleteJson<'a>>,
    questionnaire: Meta<'a>,
    lang: &'a str,
    outcomes: Vec<OutcomeJson<'a>>,
    scores: Vec<ScoreJson>,
    reasons: Vec<ReasonJson<'a>>,
    notes: &'a [String],
    roadmap: Vec<RoadmapJson<'a>>,
    changes: Vec<ChangeJson<'a>>,
    /// False when the search for changes stopped before trying every answer it meant to.
    changes_complete: bool,
    answers: Vec<AnswerJson<'a>>,
    derived: &'a std::collections::BTreeMap<String, Value>,
    trace: &'a Trace,
    confidence: Option<crate::evaluate::Confidence>,
    /// The roadmap sized to the week, with the day it starts from.
    plan: Option<crate::evaluate::Plan>,
    plan_from: String,
    sources: Vec<SourceJson<'a>>,
    /// The heading the questionnaire gives the result, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    result_label: Option<&'a str>,
    /// Derived values shown with the scores.
    measures: &'a [crate::evaluate::Measure],
    /// Questions shown, left unanswered, that give points when answered: the scores
    /// count none for them.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    unanswered_scored: &'a [String],
    /// Under `policy: top`: the ranking.
    #[serde(skip_serializing_if = "Option::is_none")]
    profile: Option<&'a crate::evaluate::Profile>,
    /// Every outcome that did not win, why, with the text the other formats show.
    why_not: Vec<WhyNotJson>,
    /// A finished session's progress through the roadmap.
    #[serde(skip_serializing_if = "Option::is_none")]
    progress: Option<ProgressJson<'a>>,
}

#[derive(Serialize)]
struct WhyNotJson {
    #[serde(flatten)]
    why: crate::evaluate::WhyNot,
    text: String,
    lines: Vec<String>,
}

#[derive(Serialize)]
struct ProgressJson<'a> {
    #[serde(flatten)]
    counts: crate::roadmap::RoadmapCounts,
    /// Every item, numbered as shown (`2.3`), with its state: `done`, `in_progress`,
    /// `skipped` or `not_started`.
    items: Vec<ProgressItemJson<'a>>,
}

#[derive(Serialize)]
struct ProgressItemJson<'a> {
    position: String,
    outcome: &'a str,
    step: &'a str,
    /// Absent for a stage without items (the stage is the item).
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<&'a str>,
    state: &'static str,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    outcome: &'a str,
    title: &'a str,
    author: Option<&'a str>,
    year: Option<u16>,
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct IncompleteJson<'a> {
    answered: usize,
    total: usize,
    message: String,
    missing_required: Vec<MissingJson<'a>>,
}

#[derive(Serialize)]
struct MissingJson<'a> {
    question: &'a str,
    prompt: &'a str,
}

#[derive(Serialize)]
struct Meta<'a> {
    id: &'a str,
    version: u32,
    title: &'a str,
    hash: &'a str,
}

#[derive(Serialize)]
struct OutcomeJson<'a> {
    id: &'a str,
    title: &'a str,
    summary: &'a str,
    leads_to: Option<&'a str>,
}

#[derive(Serialize)]
struct ScoreJson {
    id: String,
    label: String,
    value: f64,
    min: f64,
    max: f64,
    /// Questions left unanswered that would give it points (a result marked incomplete).
    #[serde(skip_serializing_if = "is_zero")]
    unanswered: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Serialize)]
struct ReasonJson<'a> {
    rule: &'a str,
    outcome: &'a str,
    text: &'a str,
    default: bool,
    answers: Vec<AnswerJson<'a>>,
    /// Answers that also fed the scores this reason read, past the largest `answers` lists.
    more_answers: usize,
}

#[derive(Serialize)]
struct AnswerJson<'a> {
    question: &'a str,
    prompt: String,
    answer: Option<&'a Answer>,
    label: String,
}

#[derive(Serialize)]
struct RoadmapJson<'a> {
    outcome: &'a str,
    steps: Vec<StepJson<'a>>,
}

#[derive(Serialize)]
struct StepJson<'a> {
    step: &'a str,
    items: Vec<&'a str>,
    optional: bool,
    resources: Vec<ResourceJson<'a>>,
}

#[derive(Serialize)]
struct ResourceJson<'a> {
    title: &'a str,
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct ChangeJson<'a> {
    question: &'a str,
    prompt: String,
    from: Option<&'a Answer>,
    to: &'a Answer,
    to_label: &'a str,
    outcomes: &'a [String],
    text: String,
}

/// `progress`: the states of roadmap items, for a finished session.
pub(super) fn render(
    r: &Report<'_>,
    incomplete: Option<&Incomplete>,
    progress: Option<&[crate::roadmap::Mark]>,
) -> String {
    let q = r.questionnaire;
    let e = r.evaluation;
    let answer = |id: &'_ str| answer(r, id);
    let outcomes = r.outcomes();
    let json = Json {
        complete: incomplete.is_none(),
        incomplete: incomplete.map(|inc| incomplete_json(r, inc, inc.headline(r.lang))),
        questionnaire: meta(r),
        lang: r.lang,
        outcomes: outcomes
            .iter()
            .map(|o| OutcomeJson {
                id: &o.id,
                title: r.t(&o.title),
                summary: r.t(&o.summary),
                leads_to: o.leads_to.as_ref().map(|t| r.t(t)),
            })
            .collect(),
        scores: e
            .scores
            .iter()
            .map(|s| ScoreJson {
                id: s.id.clone(),
                label: r.dimension_label(&s.id),
                value: s.value,
                min: s.min,
                max: s.max,
                unanswered: s.unanswered,
            })
            .collect(),
        reasons: e
            .fired
            .iter()
            .map(|f| ReasonJson {
                rule: &f.rule,
                outcome: &f.outcome,
                text: &f.reason,
                default: f.default,
                answers: f.answers.iter().filter_map(|id| answer(id)).collect(),
                more_answers: f.more,
            })
            .collect(),
        notes: &e.notes,
        roadmap: outcomes
            .iter()
            .map(|o| RoadmapJson {
                outcome: &o.id,
                steps: o
                    .roadmap
                    .iter()
                    .map(|s| StepJson {
                        step: r.t(&s.step),
                        items: s.items.iter().map(|i| r.t(i)).collect(),
                        optional: s.optional,
                        resources: s
                            .resources
                            .iter()
                            .map(|res| ResourceJson {
                                title: r.t(&res.title),
                                url: res.url.as_deref(),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
        changes_complete: !r.changes.cut_short,
        changes: r
            .changes
            .iter()
            .map(|c| ChangeJson {
                question: &c.question,
                prompt: q
                    .question(&c.question)
                    .map_or_else(String::new, |x| r.t(&x.prompt).to_owned()),
                from: c.from.as_ref(),
                to: &c.to,
                to_label: &c.to_label,
                outcomes: &c.outcomes,
                text: r.change_line(c),
            })
            .collect(),
        answers: answers(r),
        derived: &e.derived,
        trace: &e.trace,
        confidence: r.confidence(),
        plan: r.plan(),
        plan_from: r.plan_from.to_string(),
        sources: outcomes
            .iter()
            .flat_map(|o| {
                o.sources.iter().map(|s| SourceJson {
                    outcome: &o.id,
                    title: r.t(&s.title),
                    author: s.author.as_deref(),
                    year: s.year,
                    url: s.url.as_deref(),
                })
            })
            .collect(),
        result_label: r.result_label(),
        measures: &e.measures,
        unanswered_scored: &e.unanswered_scored,
        profile: e.profile.as_ref(),
        why_not: r
            .why_not()
            .into_iter()
            .map(|w| WhyNotJson {
                why: w.why,
                text: w.head,
                lines: w.lines,
            })
            .collect(),
        progress: progress.map(|marks| progress_json(r, marks)),
    };
    // Serializing these plain structs cannot fail (string keys, no custom impls), but a
    // report must never panic, so an impossible failure still yields valid JSON.
    crate::questionnaire::json_safe(
        serde_json::to_string_pretty(&json)
            .unwrap_or_else(|e| format!("{{\"error\": {:?}}}", e.to_string())),
    )
}

fn progress_json<'a>(r: &'a Report<'a>, marks: &[crate::roadmap::Mark]) -> ProgressJson<'a> {
    let stages = crate::roadmap::stages(r.questionnaire, &r.evaluation.outcomes);
    let mut items = Vec::new();
    for stage in &stages {
        for item in &stage.items {
            items.push(ProgressItemJson {
                position: super::progress::address(stage, item),
                outcome: &stage.outcome.id,
                step: r.t(&stage.step.step),
                item: item.text.map(|t| r.t(t)),
                state: crate::roadmap::State::name(crate::roadmap::state_of(marks, &item.key)),
            });
        }
    }
    ProgressJson {
        counts: crate::roadmap::counts(&stages, marks),
        items,
    }
}

/// An unfinished session: where it stands and its answers so far; `outcomes` is empty and
/// `result` null, as in `sessions export --all`, since a result would rest on questions not
/// answered yet.
pub(super) fn render_answers_so_far<'a>(r: &'a Report<'a>, inc: &Incomplete) -> String {
    #[derive(Serialize)]
    struct Unfinished<'a> {
        complete: bool,
        incomplete: IncompleteJson<'a>,
        questionnaire: Meta<'a>,
        lang: &'a str,
        outcomes: [(); 0],
        result: Option<()>,
        answers: Vec<AnswerJson<'a>>,
    }
    let json = Unfinished {
        complete: false,
        incomplete: incomplete_json(r, inc, inc.count(r.lang)),
        questionnaire: meta(r),
        lang: r.lang,
        outcomes: [],
        result: None,
        answers: answers(r),
    };
    crate::questionnaire::json_safe(
        serde_json::to_string_pretty(&json)
            .unwrap_or_else(|e| format!("{{\"error\": {:?}}}", e.to_string())),
    )
}

fn incomplete_json<'a>(r: &'a Report<'a>, inc: &Incomplete, message: String) -> IncompleteJson<'a> {
    let q = r.questionnaire;
    IncompleteJson {
        answered: inc.answered,
        total: inc.total,
        message,
        missing_required: inc
            .missing
            .iter()
            .map(|&i| MissingJson {
                question: &q.questions[i].id,
                prompt: r.t(&q.questions[i].prompt),
            })
            .collect(),
    }
}

fn meta<'a>(r: &'a Report<'a>) -> Meta<'a> {
    let q = r.questionnaire;
    Meta {
        id: &q.id,
        version: q.version,
        title: r.t(&q.title),
        hash: &q.hash,
    }
}

/// Each question on the path with an answer, in order.
fn answers<'a>(r: &'a Report<'a>) -> Vec<AnswerJson<'a>> {
    let q = r.questionnaire;
    crate::flow::visible(q, r.answers)
        .into_iter()
        .filter_map(|i| answer(r, &q.questions[i].id))
        .collect()
}

fn answer<'a>(r: &'a Report<'a>, id: &str) -> Option<AnswerJson<'a>> {
    let (prompt, label) = r.answered(id)?;
    let question = r.questionnaire.question(id)?;
    Some(AnswerJson {
        question: &question.id,
        prompt,
        answer: r.answers.get(id),
        label,
    })
}
