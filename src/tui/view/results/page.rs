//! The results page laid out: one builder, one method per section, in the order the page
//! shows them.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::super::app::{App, ResultsState};
use super::super::super::labels;
use super::super::super::strings;
use super::super::super::text;
use super::super::super::theme::Theme;
use super::why_not;
use crate::evaluate::{self, Evaluation};
use crate::report::{Report, progress, sizing};
use crate::roadmap;
use crate::words;

/// Pushes `s` wrapped to `width`: its first line after `first`, the others after `indent`.
pub(super) fn wrapped(
    out: &mut Vec<Line<'static>>,
    s: &str,
    width: usize,
    indent: &str,
    first: &str,
    style: Style,
) {
    let avail = width.saturating_sub(text::width(indent)).max(1);
    for (i, l) in text::wrap(s, avail).into_iter().enumerate() {
        let lead = if i == 0 { first } else { indent };
        out.push(Line::styled(format!("{lead}{l}"), style));
    }
}

/// The page's lines, and the row each markable roadmap item starts on with the row of its
/// stage's heading.
pub(super) fn page(app: &App, width: usize) -> (Vec<Line<'static>>, Vec<(usize, usize)>) {
    let Some(r) = &app.results else {
        return (Vec::new(), Vec::new());
    };
    let tracked = super::tracked(app);
    let marks = tracked
        .as_ref()
        .and(app.session())
        .map(|s| s.roadmap.as_slice());
    let stages = tracked.unwrap_or_else(|| roadmap::stages(&app.q, &r.evaluation.outcomes));
    // The engine's report builds the confidence, plan and source sentences once for every face.
    let report = app.report(r, r.all_changes);
    let mut p = Page {
        app,
        width,
        theme: app.theme,
        lang: &app.lang,
        out: Vec::new(),
        items: Vec::new(),
    };
    let e = &r.evaluation;
    p.outcomes(e);
    p.clarity(&report);
    p.scores(e);
    p.reasons(e);
    p.notes(e);
    p.roadmaps(e, &report, &stages, marks, r.item);
    p.progress(&stages, marks);
    p.sources(&report);
    if app.q.explain_changes {
        p.changes(r);
    }
    why_not::push(&report, p.theme, width, &mut p.out);
    (p.out, p.items)
}

/// The page being laid out.
struct Page<'a> {
    app: &'a App,
    width: usize,
    theme: Theme,
    lang: &'a str,
    out: Vec<Line<'static>>,
    /// The row each markable roadmap item starts on, in order, and its stage heading's.
    items: Vec<(usize, usize)>,
}

impl Page<'_> {
    fn wrap(&mut self, s: &str, indent: &str, first: &str, style: Style) {
        wrapped(&mut self.out, s, self.width, indent, first, style);
    }

    /// A blank line, then a section's heading (the word `id`).
    fn heading(&mut self, id: &str) {
        self.out.push(Line::raw(""));
        self.out
            .push(Line::styled(words::t(self.lang, id), self.theme.heading()));
    }

    /// "Recommendation: …", then each outcome's summary and where it leads.
    fn outcomes(&mut self, e: &Evaluation) {
        let (app, q, lang, theme) = (self.app, &self.app.q, self.lang, self.theme);
        let title = labels::outcomes_title(q, &e.outcomes, lang);
        let heading = q
            .result_label
            .as_ref()
            .map_or_else(|| words::t(lang, "recommendation"), |t| app.t(t).to_owned());
        self.wrap(&format!("{heading}: {title}"), "", "", theme.title());
        for id in &e.outcomes {
            let Some(o) = q.outcome(id) else { continue };
            if e.outcomes.len() > 1 {
                self.wrap(app.t(&o.title), "", "", theme.heading());
            }
            self.wrap(app.t(&o.summary), "", "", Style::new());
            if let Some(l) = &o.leads_to {
                let line = format!("{}: {}", words::t(lang, "leads_to"), app.t(l));
                self.wrap(&line, "  ", "", theme.dim());
            }
        }
    }

    /// How clear the call was.
    fn clarity(&mut self, report: &Report) {
        let clarity = report.confidence_lines();
        if clarity.is_empty() {
            return;
        }
        self.heading("how_clear");
        for (i, line) in clarity.iter().enumerate() {
            let style = if i == 0 {
                self.theme.chosen()
            } else {
                Style::new()
            };
            self.wrap(line, "    ", "  ", style);
        }
    }

    /// A bar per dimension, then the derived values shown with them, then the profile.
    fn scores(&mut self, e: &Evaluation) {
        let (app, q, lang, theme) = (self.app, &self.app.q, self.lang, self.theme);
        // (name, value, min, max, what follows the number)
        let mut rows: Vec<(String, Option<f64>, f64, f64, String)> = e
            .scores
            .iter()
            .map(|s| {
                let name = q.dimensions.iter().find(|d| d.id == s.id).map_or_else(
                    || s.id.clone(),
                    |d| text::clean(app.t(&d.label)).into_owned(),
                );
                let after = crate::report::unanswered_suffix(s, lang);
                (name, Some(s.value), s.min, s.max, after)
            })
            .collect();
        rows.extend(e.measures.iter().map(|m| {
            let name = text::clean(&m.label).into_owned();
            (name, m.value, m.min, m.max, String::new())
        }));
        if rows.is_empty() {
            return;
        }
        self.heading("scores");
        let nums: Vec<String> = rows
            .iter()
            .map(|(_, value, _, max, after)| match value {
                Some(v) => format!(
                    "{} / {}{after}",
                    crate::flow::format_result(q, *v, None),
                    super::super::super::input::format_number(*max)
                ),
                None => words::t(lang, "no_value"),
            })
            .collect();
        let numw = nums.iter().map(|n| text::width(n)).max().unwrap_or(0);
        // Names are whole while a bar of ten cells still fits beside them; only then cut.
        let nw = rows
            .iter()
            .map(|r| text::width(&r.0))
            .max()
            .unwrap_or(0)
            .min(self.width.saturating_sub(numw + 6 + 10).max(8));
        let bar_w = self.width.saturating_sub(nw + numw + 6).clamp(1, 40);
        for ((name, value, min, max, _), num) in rows.iter().zip(&nums) {
            // Bars start at the lowest reachable value, not at 0.
            let span = max - min;
            let frac = match value {
                Some(v) if span > 0.0 => ((v - min) / span).clamp(0.0, 1.0),
                _ => 0.0,
            };
            let filled = (frac * bar_w as f64).round() as usize;
            self.out.push(Line::from(vec![
                Span::raw(format!("  {} ", text::pad(name, nw))),
                Span::styled("█".repeat(filled), theme.bar()),
                Span::styled("░".repeat(bar_w - filled), theme.dim()),
                Span::raw(format!(" {num}")),
            ]));
        }
        if let Some(p) = &e.profile {
            let line = crate::report::profile_line(q, p, lang);
            self.wrap(&text::clean(&line), "    ", "  ", theme.chosen());
        }
        if let Some(line) = crate::report::unanswered_scored(q, e, lang) {
            self.wrap(&text::clean(&line), "    ", "  ", theme.dim());
        }
    }

    /// Each rule that decided, with the answers it read.
    fn reasons(&mut self, e: &Evaluation) {
        if e.fired.is_empty() {
            return;
        }
        let (app, q) = (self.app, &self.app.q);
        self.heading("why");
        for f in &e.fired {
            self.wrap(&f.reason, "    ", "  • ", Style::new());
            // Prompts are cut to two thirds of the width (40 cells at least), so a wide
            // screen shows them whole and each answer stays next to its question.
            let prompt_w = (self.width.saturating_sub(10) * 2 / 3).max(40);
            let mut because: Vec<String> = f
                .answers
                .iter()
                .filter_map(|id| {
                    let question = q.question(id)?;
                    let a = app.answers().get(id)?;
                    Some(format!(
                        "{} = {}",
                        text::truncate(app.t(&question.prompt), prompt_w),
                        labels::answer_label(q, question, a, &app.lang)
                    ))
                })
                .collect();
            if f.more > 0 && !because.is_empty() {
                because.push(crate::report::and_more(self.lang, f.more));
            }
            if !because.is_empty() {
                let line = format!(
                    "{}: {}",
                    words::t(self.lang, "because_you_answered"),
                    because.join("; ")
                );
                self.wrap(&line, "      ", "    ", self.theme.dim());
            }
        }
    }

    fn notes(&mut self, e: &Evaluation) {
        if e.notes.is_empty() {
            return;
        }
        self.heading("notes");
        for n in &e.notes {
            self.wrap(n, "    ", "  • ", Style::new());
        }
    }

    /// Each outcome's roadmap: its plan, stages, items (one markable line each once the
    /// session is finished, `selected` highlighted) and resources.
    fn roadmaps(
        &mut self,
        e: &Evaluation,
        report: &Report,
        stages: &[roadmap::Stage<'_>],
        marks: Option<&[roadmap::Mark]>,
        selected: usize,
    ) {
        let (app, q, lang, theme) = (self.app, &self.app.q, self.lang, self.theme);
        let plan = report.plan();
        for id in &e.outcomes {
            let Some(o) = q.outcome(id) else { continue };
            if o.roadmap.is_empty() {
                continue;
            }
            let sized = sizing::sized(plan.as_ref(), &o.id);
            self.out.push(Line::raw(""));
            let heading = if e.outcomes.len() > 1 {
                format!("{}: {}", words::t(lang, "roadmap"), app.t(&o.title))
            } else {
                words::t(lang, "roadmap")
            };
            self.wrap(&heading, "", "", theme.heading());
            if let Some((p, op)) = sized {
                let line = sizing::plan_line(lang, p, op, report.plan_from);
                let style = if op.fits {
                    Style::new()
                } else {
                    theme.chosen()
                };
                self.wrap(&line, "  ", "  ", style);
            }
            for stage in stages.iter().filter(|st| st.outcome.id == o.id) {
                let (i, step) = (stage.index, stage.step);
                let opt = if step.optional {
                    format!(" ({})", words::t(lang, "optional"))
                } else {
                    String::new()
                };
                // A finished session's stages say how far they got.
                let counts = marks.map_or_else(String::new, |m| {
                    format!(
                        "  ({})",
                        progress::counts_text(lang, &roadmap::stage_counts(stage, m))
                    )
                });
                let head = self.out.len();
                self.wrap(
                    &format!("{}{opt}{counts}", app.t(&step.step)),
                    "     ",
                    &format!("  {}. ", stage.number),
                    theme.chosen(),
                );
                if let Some(stage) = sized.and_then(|(_, op)| op.stages.get(i)) {
                    let size = sizing::stage_size(lang, stage, report.plan_from);
                    self.wrap(&size, "     ", "     ", theme.dim());
                }
                match marks {
                    // One line per item, with its box; the highlighted one is where the
                    // marking keys act.
                    Some(m) => {
                        for item in &stage.items {
                            let state = roadmap::state_of(m, &item.key);
                            let here = self.items.len() == selected;
                            self.items.push((self.out.len(), head));
                            let line = format!(
                                "{} {}{}",
                                progress::checkbox(state),
                                progress::item_text(stage, item, lang, &q.default_lang),
                                progress::state_suffix(lang, state)
                            );
                            let style = if here {
                                theme.selected()
                            } else if state == Some(roadmap::State::Done) {
                                theme.dim()
                            } else {
                                Style::new()
                            };
                            let first = if here { "   ▸ " } else { "     " };
                            self.wrap(&line, "         ", first, style);
                        }
                    }
                    None if !step.items.is_empty() => {
                        let items: Vec<&str> = step.items.iter().map(|t| app.t(t)).collect();
                        self.wrap(&items.join(", "), "     ", "     ", Style::new());
                    }
                    None => {}
                }
                for res in &step.resources {
                    let s = match &res.url {
                        Some(u) => format!("{} — {u}", app.t(&res.title)),
                        None => app.t(&res.title).to_owned(),
                    };
                    self.wrap(&s, "       ", "     ↗ ", theme.dim());
                }
            }
        }
    }

    /// A finished session's progress over the whole roadmap.
    fn progress(&mut self, stages: &[roadmap::Stage<'_>], marks: Option<&[roadmap::Mark]>) {
        let Some(m) = marks.filter(|_| !stages.is_empty()) else {
            return;
        };
        self.out.push(Line::raw(""));
        let line = format!(
            "{}: {}",
            words::t(self.lang, "roadmap-progress"),
            progress::counts_text(self.lang, &roadmap::counts(stages, m))
        );
        self.wrap(&line, "  ", "", self.theme.heading());
    }

    fn sources(&mut self, report: &Report) {
        let sources = report.source_lines();
        if sources.is_empty() {
            return;
        }
        self.heading("sources");
        for s in &sources {
            self.wrap(s, "    ", "  • ", Style::new());
        }
        if report.stages_link_docs() {
            let line = words::t(self.lang, "sources_docs");
            self.wrap(&line, "  ", "  ", self.theme.dim());
        }
    }

    /// What answer would change the outcome: one line per question (answers with the same
    /// result share it), closest first.
    fn changes(&mut self, r: &ResultsState) {
        let (app, q, lang) = (self.app, &self.app.q, self.lang);
        self.heading("what_would_change");
        let note = match (r.changes.is_empty(), r.changes.cut_short) {
            (true, false) => Some("no_change"),
            (true, true) => Some("nothing_found_cut_short"),
            (false, true) => Some("changes_cut_short"),
            (false, false) => None,
        };
        if let Some(id) = note {
            let line = words::t(lang, id);
            self.wrap(&line, "    ", "  ", self.theme.dim());
        }
        let groups = evaluate::group_changes(q, &r.changes);
        let (shown, more) = evaluate::shown_changes(&groups, r.all_changes);
        for g in &groups[..shown] {
            let prompt = q
                .question(g.question)
                .map_or_else(|| g.question.to_owned(), |qq| app.t(&qq.prompt).to_owned());
            for (outcomes, answers) in g.by_outcome() {
                let s = strings::change_line(
                    lang,
                    &answers.join(" / "),
                    &prompt,
                    &labels::outcomes_title(q, outcomes, lang),
                );
                self.wrap(&s, "    ", "  • ", Style::new());
            }
        }
        if more > 0 {
            let more = words::t_args(lang, "more_changes", &[("n", more.to_string().into())]);
            self.wrap(&more, "    ", "  ", self.theme.dim());
        }
    }
}
