//! The results screen: outcome, score bars, reasons with their answers, roadmap (with the
//! progress of a finished session, one markable line per item), and what would change the
//! outcome. One scrolling column of pre-wrapped lines.

mod why_not;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::evaluate;
use crate::words;

use super::super::app::App;
use super::super::labels;
use super::super::strings;
use super::super::text;
use super::{chrome, full, put_lines};
use crate::report::{Report, progress, sizing};
use crate::roadmap;

fn wrapped(
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

/// The whole results page at `width` columns.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    page(app, width).0
}

/// The roadmap whose items can be marked: the shown result's, once the session is finished
/// (never on a provisional result).
pub fn tracked(app: &App) -> Option<Vec<roadmap::Stage<'_>>> {
    let r = app.results.as_ref()?;
    app.session()?.roadmap_stages(&app.q)?;
    Some(roadmap::stages(&app.q, &r.evaluation.outcomes))
}

/// From one layout of the page at the current terminal size: how far it can scroll, and
/// the row each markable roadmap item starts on.
pub fn items(app: &App) -> (u16, Vec<usize>) {
    let body = chrome(app, full(app)).body;
    let (lines, rows) = page(app, usize::from(body.width));
    (furthest(lines.len(), body.height), rows)
}

/// The page's lines, and the row each markable roadmap item starts on.
fn page(app: &App, width: usize) -> (Vec<Line<'static>>, Vec<usize>) {
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut items: Vec<usize> = Vec::new();
    let Some(r) = &app.results else {
        return (out, items);
    };
    let selected = r.item;
    let tracked = tracked(app);
    let marks = tracked
        .as_ref()
        .and(app.session())
        .map(|s| s.roadmap.as_slice());
    let stages = tracked.unwrap_or_else(|| roadmap::stages(&app.q, &r.evaluation.outcomes));
    let theme = app.theme;
    let q = &app.q;
    let e = &r.evaluation;
    let lang = app.lang.as_str();
    // The engine's report builds the confidence, plan and source sentences once for every face.
    let report = Report {
        questionnaire: q,
        answers: app.answers(),
        evaluation: e,
        changes: &r.changes,
        lang,
        plan_from: app.plan_from(),
        all_changes: r.all_changes,
    };
    let title = labels::outcomes_title(q, &e.outcomes, lang);
    let heading = q
        .result_label
        .as_ref()
        .map_or_else(|| words::t(lang, "recommendation"), |t| app.t(t).to_owned());
    wrapped(
        &mut out,
        &format!("{heading}: {title}"),
        width,
        "",
        "",
        theme.title(),
    );
    for id in &e.outcomes {
        if let Some(o) = q.outcome(id) {
            if e.outcomes.len() > 1 {
                wrapped(&mut out, app.t(&o.title), width, "", "", theme.heading());
            }
            wrapped(&mut out, app.t(&o.summary), width, "", "", Style::new());
            if let Some(l) = &o.leads_to {
                wrapped(
                    &mut out,
                    &format!("{}: {}", words::t(lang, "leads_to"), app.t(l)),
                    width,
                    "  ",
                    "",
                    theme.dim(),
                );
            }
        }
    }
    let clarity = report.confidence_lines();
    if !clarity.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(words::t(lang, "how_clear"), theme.heading()));
        for (i, line) in clarity.iter().enumerate() {
            let style = if i == 0 { theme.chosen() } else { Style::new() };
            wrapped(&mut out, line, width, "    ", "  ", style);
        }
    }
    // Scores, then derived values shown with them: (name, value, min, max).
    let mut rows: Vec<(String, Option<f64>, f64, f64)> = e
        .scores
        .iter()
        .map(|s| {
            let name = q.dimensions.iter().find(|d| d.id == s.id).map_or_else(
                || s.id.clone(),
                |d| text::clean(app.t(&d.label)).into_owned(),
            );
            (name, Some(s.value), s.min, s.max)
        })
        .collect();
    rows.extend(
        e.measures
            .iter()
            .map(|m| (text::clean(&m.label).into_owned(), m.value, m.min, m.max)),
    );
    if !rows.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(words::t(lang, "scores"), theme.heading()));
        let names: Vec<&String> = rows.iter().map(|r| &r.0).collect();
        let nums: Vec<String> = rows
            .iter()
            .map(|(_, value, _, max)| match value {
                Some(v) => format!(
                    "{} / {}",
                    super::super::input::format_number(*v),
                    super::super::input::format_number(*max)
                ),
                None => words::t(lang, "no_answer"),
            })
            .collect();
        let numw = nums.iter().map(|n| text::width(n)).max().unwrap_or(0);
        // Names are whole while a bar of ten cells still fits beside them; only then cut.
        let nw = names
            .iter()
            .map(|n| text::width(n))
            .max()
            .unwrap_or(0)
            .min(width.saturating_sub(numw + 6 + 10).max(8));
        let bar_w = width.saturating_sub(nw + numw + 6).clamp(1, 40);
        for ((&(_, value, min, max), name), num) in rows.iter().zip(&names).zip(&nums) {
            // Bars start at the lowest reachable value, not at 0.
            let span = max - min;
            let frac = match value {
                Some(v) if span > 0.0 => ((v - min) / span).clamp(0.0, 1.0),
                _ => 0.0,
            };
            let filled = (frac * bar_w as f64).round() as usize;
            out.push(Line::from(vec![
                Span::raw(format!("  {} ", text::pad(name, nw))),
                Span::styled("█".repeat(filled), theme.bar()),
                Span::styled("░".repeat(bar_w - filled), theme.dim()),
                Span::raw(format!(" {num}")),
            ]));
        }
        if let Some(p) = &e.profile {
            let mut line = format!("{}: {}", words::t(lang, "profile"), p.code);
            if !p.tied.is_empty() {
                let tied: Vec<String> = p
                    .tied
                    .iter()
                    .map(|d| {
                        q.dimensions
                            .iter()
                            .find(|x| &x.id == d)
                            .map_or_else(|| d.clone(), |x| app.t(&x.label).to_owned())
                    })
                    .collect();
                line.push_str(&format!(
                    " ({}: {})",
                    words::t(lang, "tied"),
                    tied.join(", ")
                ));
            }
            wrapped(
                &mut out,
                &text::clean(&line),
                width,
                "    ",
                "  ",
                theme.chosen(),
            );
        }
    }
    if !e.fired.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(words::t(lang, "why"), theme.heading()));
        for f in &e.fired {
            wrapped(&mut out, &f.reason, width, "    ", "  • ", Style::new());
            let because: Vec<String> = f
                .answers
                .iter()
                .filter_map(|id| {
                    let question = q.question(id)?;
                    let a = app.answers().get(id)?;
                    Some(format!(
                        "{} = {}",
                        text::truncate(app.t(&question.prompt), 40),
                        labels::answer_label(q, question, a, &app.lang)
                    ))
                })
                .collect();
            if !because.is_empty() {
                wrapped(
                    &mut out,
                    &format!(
                        "{}: {}",
                        words::t(lang, "because_you_answered"),
                        because.join("; ")
                    ),
                    width,
                    "      ",
                    "    ",
                    theme.dim(),
                );
            }
        }
    }
    if !e.notes.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(words::t(lang, "notes"), theme.heading()));
        for n in &e.notes {
            wrapped(&mut out, n, width, "    ", "  • ", Style::new());
        }
    }
    let plan = report.plan();
    for id in &e.outcomes {
        let Some(o) = q.outcome(id) else { continue };
        if o.roadmap.is_empty() {
            continue;
        }
        let sized = sizing::sized(plan.as_ref(), &o.id);
        out.push(Line::raw(""));
        let heading = if e.outcomes.len() > 1 {
            format!("{}: {}", words::t(lang, "roadmap"), app.t(&o.title))
        } else {
            words::t(lang, "roadmap")
        };
        wrapped(&mut out, &heading, width, "", "", theme.heading());
        if let Some((p, op)) = sized {
            let line = sizing::plan_line(lang, p, op, report.plan_from);
            let style = if op.fits {
                Style::new()
            } else {
                theme.chosen()
            };
            wrapped(&mut out, &line, width, "  ", "  ", style);
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
            wrapped(
                &mut out,
                &format!("{}{opt}{counts}", app.t(&step.step)),
                width,
                "     ",
                &format!("  {}. ", stage.number),
                theme.chosen(),
            );
            if let Some(stage) = sized.and_then(|(_, op)| op.stages.get(i)) {
                let size = sizing::stage_size(lang, stage, report.plan_from);
                wrapped(&mut out, &size, width, "     ", "     ", theme.dim());
            }
            match marks {
                // One line per item, with its box; the highlighted one is where the
                // marking keys act.
                Some(m) => {
                    for item in &stage.items {
                        let state = roadmap::state_of(m, &item.key);
                        let here = items.len() == selected;
                        items.push(out.len());
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
                        wrapped(&mut out, &line, width, "         ", first, style);
                    }
                }
                None if !step.items.is_empty() => {
                    let items: Vec<&str> = step.items.iter().map(|t| app.t(t)).collect();
                    wrapped(
                        &mut out,
                        &items.join(", "),
                        width,
                        "     ",
                        "     ",
                        Style::new(),
                    );
                }
                None => {}
            }
            for res in &step.resources {
                let s = match &res.url {
                    Some(u) => format!("{} — {u}", app.t(&res.title)),
                    None => app.t(&res.title).to_owned(),
                };
                wrapped(&mut out, &s, width, "       ", "     ↗ ", theme.dim());
            }
        }
    }
    if let Some(m) = marks.filter(|_| !stages.is_empty()) {
        out.push(Line::raw(""));
        wrapped(
            &mut out,
            &format!(
                "{}: {}",
                words::t(lang, "roadmap-progress"),
                progress::counts_text(lang, &roadmap::counts(&stages, m))
            ),
            width,
            "  ",
            "",
            theme.heading(),
        );
    }
    let sources = report.source_lines();
    if !sources.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(words::t(lang, "sources"), theme.heading()));
        for s in &sources {
            wrapped(&mut out, s, width, "    ", "  • ", Style::new());
        }
        if report.stages_link_docs() {
            wrapped(
                &mut out,
                &words::t(lang, "sources_docs"),
                width,
                "  ",
                "  ",
                theme.dim(),
            );
        }
    }
    if !q.explain_changes {
        why_not::push(&report, theme, width, &mut out);
        return (out, items);
    }
    out.push(Line::raw(""));
    out.push(Line::styled(
        words::t(lang, "what_would_change"),
        theme.heading(),
    ));
    if r.changes.is_empty() {
        wrapped(
            &mut out,
            &words::t(lang, "no_change"),
            width,
            "    ",
            "  ",
            theme.dim(),
        );
    }
    // One line per question (answers with the same result share it), closest first.
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
            wrapped(&mut out, &s, width, "    ", "  • ", Style::new());
        }
    }
    if more > 0 {
        let more = words::t_args(lang, "more_changes", &[("n", more.to_string().into())]);
        wrapped(&mut out, &more, width, "    ", "  ", theme.dim());
    }
    why_not::push(&report, theme, width, &mut out);
    (out, items)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let all = lines(app, usize::from(area.width));
    let overflow = all.len() > usize::from(area.height);
    // When the page is longer than the screen, the last row says where the reader is.
    let text_area = Rect {
        height: area.height.saturating_sub(u16::from(overflow)),
        ..area
    };
    let max = all.len().saturating_sub(usize::from(text_area.height));
    let scroll = app
        .results
        .as_ref()
        .map_or(0, |r| usize::from(r.scroll))
        .min(max);
    put_lines(buf, text_area, &all[scroll.min(all.len())..]);
    if overflow && area.height > 0 {
        let more = if scroll < max {
            strings::more_lines(&app.lang, max - scroll)
        } else {
            words::t(&app.lang, "end_of_page")
        };
        let more = text::truncate(&more, usize::from(area.width));
        let x = area.right().saturating_sub(text::width(&more) as u16);
        buf.set_stringn(
            x,
            area.bottom() - 1,
            &more,
            usize::from(area.width),
            app.theme.key(),
        );
    }
}

/// The furthest the results can scroll at the current terminal size.
pub fn max_scroll(app: &App) -> u16 {
    let body = chrome(app, full(app)).body;
    furthest(lines(app, usize::from(body.width)).len(), body.height)
}

/// The furthest `n` lines can scroll in a body `height` rows high, whose last row says
/// there is more when they do not fit.
fn furthest(n: usize, height: u16) -> u16 {
    let height = usize::from(height);
    let shown = if n > height {
        height.saturating_sub(1)
    } else {
        height
    };
    u16::try_from(n.saturating_sub(shown)).unwrap_or(u16::MAX)
}
