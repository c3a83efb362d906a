//! Renders a result as text, Markdown or JSON, for the terminal-free outputs (the CLI,
//! plain mode, exports). Questionnaire and user text never reaches the output with its
//! control characters.

pub mod compare;
mod incomplete;
mod json;
mod markdown;
pub mod progress;
pub mod sizing;
mod text;
mod why_not;

use crate::evaluate::{Change, Changes, Evaluation, group_changes, shown_changes};
use crate::flow;
use crate::questionnaire::{Answers, Outcome, Questionnaire, Text};
use crate::words;

pub use incomplete::Incomplete;
pub use why_not::WhyNotLines;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

/// Everything a report shows.
pub struct Report<'a> {
    pub questionnaire: &'a Questionnaire,
    pub answers: &'a Answers,
    pub evaluation: &'a Evaluation,
    pub changes: &'a Changes,
    pub lang: &'a str,
    /// The day a sized plan starts from (the session's date), for "by about April".
    pub plan_from: jiff::civil::Date,
    /// List every question whose change would change the result, not only the closest
    /// (see [`crate::evaluate::MAX_CHANGE_LINES`]).
    pub all_changes: bool,
}

/// Renders the report. When required questions are unanswered the result is provisional,
/// and every format says so at the very top (see [`Incomplete`]).
pub fn render(report: &Report<'_>, format: Format) -> String {
    render_with(report, format, false)
}

/// Renders the report of a session the user has not finished: like [`render`], but labelled
/// incomplete (N of M answered) even when only optional questions are left.
pub fn render_unfinished(report: &Report<'_>, format: Format) -> String {
    render_with(report, format, true)
}

/// Renders the report of a saved session: with the progress through its roadmap when it is
/// finished (Markdown as a task list, JSON with each item's state); when it is not, only
/// the answers so far, under the incomplete label.
pub fn render_session(
    report: &Report<'_>,
    format: Format,
    session: &crate::session::Session,
) -> String {
    if !session.finished() {
        return render_answers_so_far(report, format, session);
    }
    render_full(report, format, false, Some(session.roadmap.as_slice()))
}

/// [`render_session`] as a file to keep: a finished session's report also says which
/// session it is, above, and the answers it rests on, below (the JSON has the answers as a
/// field; an unfinished one's lists its answers already).
pub fn export_session(
    report: &Report<'_>,
    format: Format,
    session: &crate::session::Session,
) -> String {
    let body = render_session(report, format, session);
    if !session.finished() || format == Format::Json {
        return body;
    }
    let date = crate::session::local_time(session.updated);
    let head = words::t_args(
        report.lang,
        "session-export-head",
        &[
            ("name", session.name.as_str().into()),
            ("date", date.into()),
        ],
    );
    match format {
        Format::Markdown => markdown::with_session(report, &head, body),
        _ => text::with_session(report, &head, body),
    }
}

/// An unfinished session's report: where it stands and the answers so far, and no result,
/// which would rest on questions not answered yet (`evaluate --partial` shows one, asked
/// for and labelled).
fn render_answers_so_far(
    report: &Report<'_>,
    format: Format,
    session: &crate::session::Session,
) -> String {
    let incomplete = Incomplete::of_session(report.questionnaire, session);
    match format {
        Format::Text => text::render_answers_so_far(report, &incomplete),
        Format::Markdown => markdown::render_answers_so_far(report, &incomplete),
        Format::Json => json::render_answers_so_far(report, &incomplete),
    }
}

fn render_with(report: &Report<'_>, format: Format, unfinished: bool) -> String {
    render_full(report, format, unfinished, None)
}

/// `marks`: the states of the roadmap's items, for a finished session's report.
fn render_full(
    report: &Report<'_>,
    format: Format,
    unfinished: bool,
    marks: Option<&[crate::roadmap::Mark]>,
) -> String {
    let incomplete = Incomplete::of(report.questionnaire, report.answers);
    let label = (unfinished || !incomplete.missing.is_empty()).then_some(&incomplete);
    match format {
        Format::Text => text::render(report, label),
        Format::Markdown => markdown::render(report, label, marks),
        Format::Json => json::render(report, label, marks),
    }
}

pub use crate::sanitize::sanitize;

/// " (4 not answered)" after a score counted without questions left unanswered that feed
/// it (a result marked incomplete); nothing for a whole one.
pub fn unanswered_suffix(s: &crate::evaluate::DimScore, lang: &str) -> String {
    if s.unanswered == 0 {
        return String::new();
    }
    format!(
        " ({})",
        words::t_args(lang, "score-unanswered", &[("n", s.unanswered.into())])
    )
}

/// [`Report::unanswered_scored`], for the interfaces that draw the scores themselves.
pub fn unanswered_scored(
    q: &Questionnaire,
    e: &crate::evaluate::Evaluation,
    lang: &str,
) -> Option<String> {
    if e.unanswered_scored.is_empty() {
        return None;
    }
    let prompts: Vec<String> = e
        .unanswered_scored
        .iter()
        .filter_map(|id| q.question(id))
        .map(|x| {
            let prompt = sanitize(x.prompt.get(lang, &q.default_lang), false);
            words::t_args(lang, "wn-quoted", &[("v", prompt.into())])
        })
        .collect();
    Some(words::t_args(
        lang,
        "unanswered_scored",
        &[
            ("n", prompts.len().into()),
            ("questions", flow::join_list(&prompts, lang).into()),
        ],
    ))
}

/// "Profile: IAS", with ", no clear lead" when the default rule decided for want of one
/// (the code is then only the ranking's order), and the dimensions tied at its last place.
pub fn profile_line(q: &Questionnaire, p: &crate::evaluate::Profile, lang: &str) -> String {
    let code = if p.clear {
        p.code.clone()
    } else {
        words::t_args(lang, "profile-unclear", &[("code", p.code.as_str().into())])
    };
    let mut line = format!("{}: {code}", words::t(lang, "profile"));
    if let Some(tied) = tied_note(q, p, lang) {
        line.push_str(&format!(" ({tied})"));
    }
    line
}

/// The dimensions tied at the profile's last place, and under `ties: order` which of them
/// the questionnaire's order put in the profile: a tie settled by order is never read as a
/// lead. `None` without a tie there.
pub fn tied_note(q: &Questionnaire, p: &crate::evaluate::Profile, lang: &str) -> Option<String> {
    if p.tied.is_empty() {
        return None;
    }
    let label = |id: &String| {
        q.dimensions.iter().find(|d| &d.id == id).map_or_else(
            || id.clone(),
            |d| d.label.get(lang, &q.default_lang).to_owned(),
        )
    };
    let names: Vec<String> = p.tied.iter().map(label).collect();
    let first: Vec<String> = p
        .tied
        .iter()
        .filter(|d| p.dimensions.contains(d))
        .map(label)
        .collect();
    let by_order = q
        .decision
        .top
        .as_ref()
        .is_some_and(|t| t.ties == crate::questionnaire::Ties::Order);
    Some(words::t_args(
        lang,
        "tied",
        &[
            ("names", flow::join_list(&names, lang).into()),
            ("first", flow::join_list(&first, lang).into()),
            ("order", words::yes_no(by_order)),
        ],
    ))
}

/// "…and 3 more", for a list that shows only its first items.
pub fn and_more(lang: &str, more: usize) -> String {
    words::t_args(
        lang,
        "and_more",
        &[("n", words::Value::from(more.to_string()))],
    )
}

/// A session's stored outcome title (saved in the language it was answered in, several
/// joined with " + ") in `lang`, when `q` has outcomes with those titles; else as stored.
pub fn outcome_title_in(q: &Questionnaire, stored: &str, lang: &str) -> String {
    let translate = |part: &str| {
        q.outcomes.iter().find_map(|o| {
            let titles = o.title.languages().map(|l| o.title.get(l, &q.default_lang));
            let known = titles.chain([o.title.get(&q.default_lang, &q.default_lang)]);
            known
                .into_iter()
                .any(|t| t == part)
                .then(|| o.title.get(lang, &q.default_lang).to_owned())
        })
    };
    let parts: Option<Vec<String>> = stored.split(" + ").map(translate).collect();
    parts.map_or_else(|| stored.to_owned(), |p| p.join(" + "))
}

impl Report<'_> {
    fn t<'s>(&'s self, text: &'s Text) -> &'s str {
        text.get(self.lang, &self.questionnaire.default_lang)
    }

    fn outcomes(&self) -> Vec<&Outcome> {
        self.evaluation
            .outcomes
            .iter()
            .filter_map(|id| self.questionnaire.outcome(id))
            .collect()
    }

    fn outcome_title(&self, id: &str) -> String {
        self.questionnaire
            .outcome(id)
            .map_or_else(|| id.to_owned(), |o| self.t(&o.title).to_owned())
    }

    fn outcome_titles(&self, ids: &[String]) -> String {
        let titles: Vec<String> = ids.iter().map(|id| self.outcome_title(id)).collect();
        flow::join_list(&titles, self.lang)
    }

    fn dimension_label(&self, id: &str) -> String {
        let dims = &self.questionnaire.dimensions;
        dims.iter()
            .find(|d| d.id == id)
            .map_or_else(|| id.to_owned(), |d| self.t(&d.label).to_owned())
    }

    /// The prompts of the required questions `incomplete` lists as unanswered.
    fn missing_prompts(&self, incomplete: &Incomplete) -> Vec<String> {
        incomplete
            .missing
            .iter()
            .map(|&i| self.t(&self.questionnaire.questions[i].prompt).to_owned())
            .collect()
    }

    /// (prompt, answer label) for a question id that has an answer.
    fn answered(&self, id: &str) -> Option<(String, String)> {
        let question = self.questionnaire.question(id)?;
        let answer = self.answers.get(id)?;
        let label = flow::answer_label(
            question,
            answer,
            self.lang,
            &self.questionnaire.default_lang,
        );
        Some((self.t(&question.prompt).to_owned(), label))
    }

    /// (prompt, answer) of every question on the path with an answer, in order.
    fn answers_so_far(&self) -> Vec<(String, String)> {
        flow::visible(self.questionnaire, self.answers)
            .into_iter()
            .filter_map(|i| self.answered(&self.questionnaire.questions[i].id))
            .collect()
    }

    /// The heading above the outcome when the questionnaire names one.
    fn result_label(&self) -> Option<&str> {
        self.questionnaire.result_label.as_ref().map(|t| self.t(t))
    }

    /// Derived values shown with the scores: (label, value or "no answer", min, max).
    fn measures(&self) -> Vec<(String, Option<f64>, f64, f64)> {
        self.evaluation
            .measures
            .iter()
            .map(|m| (m.label.clone(), m.value, m.min, m.max))
            .collect()
    }

    /// "Not answered, so they add no points: “A” and “B”." under the scores, when questions
    /// that give points were left unanswered.
    pub fn unanswered_scored(&self) -> Option<String> {
        unanswered_scored(self.questionnaire, self.evaluation, self.lang)
    }

    /// The profile line: its code, and the dimensions tied at the last place.
    fn profile_line(&self) -> Option<String> {
        let p = self.evaluation.profile.as_ref()?;
        Some(sanitize(
            &profile_line(self.questionnaire, p, self.lang),
            false,
        ))
    }

    /// "What would change it" as lines grouped per question, the closest questions
    /// first; unless `all_changes`, only about [`crate::evaluate::MAX_CHANGE_LINES`]
    /// lines, with how many more there are. `None` when the questionnaire turned it off.
    fn change_lines(&self) -> Option<(Vec<String>, usize)> {
        if !self.questionnaire.explain_changes {
            return None;
        }
        let groups = group_changes(self.questionnaire, self.changes);
        let (shown, more) = shown_changes(&groups, self.all_changes);
        let mut lines = Vec::new();
        for g in &groups[..shown] {
            for (outcomes, answers) in g.by_outcome() {
                lines.push(self.change_text(g.question, &answers.join(" / "), outcomes));
            }
        }
        Some((lines, more))
    }

    /// What to say of the changes besides listing them: that none changed the result when
    /// the search tried every answer it meant to (`none` found), or that it stopped before.
    pub fn changes_note(&self, none: bool) -> Option<String> {
        match (none, self.changes.cut_short) {
            (true, false) => Some(words::t(self.lang, "nothing_would_change")),
            (true, true) => Some(words::t(self.lang, "nothing_found_cut_short")),
            (false, true) => Some(words::t(self.lang, "changes_cut_short")),
            (false, false) => None,
        }
    }

    fn change_line(&self, c: &Change) -> String {
        self.change_text(&c.question, &c.to_label, &c.outcomes)
    }

    fn change_text(&self, question: &str, answer: &str, outcomes: &[String]) -> String {
        let prompt = self
            .questionnaire
            .question(question)
            .map_or(question, |q| self.t(&q.prompt));
        words::t_args(
            self.lang,
            "change_line",
            &[
                ("answer", (sanitize(answer, false)).into()),
                ("question", (sanitize(prompt, false)).into()),
                (
                    "outcome",
                    (sanitize(&self.outcome_titles(outcomes), false)).into(),
                ),
            ],
        )
    }
}
