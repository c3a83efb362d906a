//! The results screen: outcome, score bars, reasons with their answers, roadmap,
//! and what would change the outcome. One scrolling column of pre-wrapped lines.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::app::App;
use super::super::labels;
use super::super::strings::{self, tr};
use super::super::text;
use super::{chrome, full, put_lines};
use crate::report::{Report, sizing};

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
    let mut out: Vec<Line<'static>> = Vec::new();
    let Some(r) = &app.results else {
        return out;
    };
    let theme = app.theme;
    let q = &app.q;
    let e = &r.evaluation;
    let lang = app.lang.as_str();
    // The engine's report builds the confidence, plan and source sentences once for every face.
    let report = Report {
        questionnaire: q,
        answers: &app.answers,
        evaluation: e,
        changes: &r.changes,
        lang,
        plan_from: app.plan_from(),
    };
    let title = labels::outcomes_title(q, &e.outcomes, lang);
    wrapped(
        &mut out,
        &format!("{}: {title}", tr(lang, "recommendation")),
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
                    &format!("{}: {}", tr(lang, "leads_to"), app.t(l)),
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
        out.push(Line::styled(tr(lang, "how_clear"), theme.heading()));
        for (i, line) in clarity.iter().enumerate() {
            let style = if i == 0 { theme.chosen() } else { Style::new() };
            wrapped(&mut out, line, width, "    ", "  ", style);
        }
    }
    if !e.scores.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(tr(lang, "scores"), theme.heading()));
        let names: Vec<String> = e
            .scores
            .iter()
            .map(|s| {
                q.dimensions.iter().find(|d| d.id == s.id).map_or_else(
                    || s.id.clone(),
                    |d| text::clean(app.t(&d.label)).into_owned(),
                )
            })
            .collect();
        let nw = names
            .iter()
            .map(|n| text::width(n))
            .max()
            .unwrap_or(0)
            .min(20);
        let nums: Vec<String> = e
            .scores
            .iter()
            .map(|s| {
                format!(
                    "{} / {}",
                    super::super::input::format_number(s.value),
                    super::super::input::format_number(s.max)
                )
            })
            .collect();
        let numw = nums.iter().map(|n| text::width(n)).max().unwrap_or(0);
        let bar_w = width.saturating_sub(nw + numw + 6).clamp(1, 40);
        for ((s, name), num) in e.scores.iter().zip(&names).zip(&nums) {
            let span = s.max - s.min;
            let frac = if span > 0.0 {
                ((s.value - s.min) / span).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let filled = (frac * bar_w as f64).round() as usize;
            out.push(Line::from(vec![
                Span::raw(format!("  {} ", text::pad(name, nw))),
                Span::styled("█".repeat(filled), theme.bar()),
                Span::styled("░".repeat(bar_w - filled), theme.dim()),
                Span::raw(format!(" {num}")),
            ]));
        }
    }
    if !e.fired.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(tr(lang, "why"), theme.heading()));
        for f in &e.fired {
            wrapped(&mut out, &f.reason, width, "    ", "  • ", Style::new());
            let because: Vec<String> = f
                .answers
                .iter()
                .filter_map(|id| {
                    let question = q.question(id)?;
                    let a = app.answers.get(id)?;
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
                        tr(lang, "because_you_answered"),
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
        out.push(Line::styled(tr(lang, "notes"), theme.heading()));
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
        let sized = plan
            .as_ref()
            .and_then(|p| Some((p, p.outcomes.iter().find(|x| x.outcome == o.id)?)));
        out.push(Line::raw(""));
        let heading = if e.outcomes.len() > 1 {
            format!("{}: {}", tr(lang, "roadmap"), app.t(&o.title))
        } else {
            tr(lang, "roadmap").to_owned()
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
        for (i, step) in o.roadmap.iter().enumerate() {
            let opt = if step.optional {
                format!(" ({})", tr(lang, "optional"))
            } else {
                String::new()
            };
            wrapped(
                &mut out,
                &format!("{}{opt}", app.t(&step.step)),
                width,
                "     ",
                &format!("  {}. ", i + 1),
                theme.chosen(),
            );
            if let Some(stage) = sized.and_then(|(_, op)| op.stages.get(i)) {
                let size = sizing::stage_size(lang, stage, report.plan_from);
                wrapped(&mut out, &size, width, "     ", "     ", theme.dim());
            }
            if !step.items.is_empty() {
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
            for res in &step.resources {
                let s = match &res.url {
                    Some(u) => format!("{} — {u}", app.t(&res.title)),
                    None => app.t(&res.title).to_owned(),
                };
                wrapped(&mut out, &s, width, "       ", "     ↗ ", theme.dim());
            }
        }
    }
    let sources = report.source_lines();
    if !sources.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(tr(lang, "sources"), theme.heading()));
        for s in &sources {
            wrapped(&mut out, s, width, "    ", "  • ", Style::new());
        }
        if report.stages_link_docs() {
            wrapped(
                &mut out,
                tr(lang, "sources_docs"),
                width,
                "  ",
                "  ",
                theme.dim(),
            );
        }
    }
    out.push(Line::raw(""));
    out.push(Line::styled(tr(lang, "what_would_change"), theme.heading()));
    if r.changes.is_empty() {
        wrapped(
            &mut out,
            tr(lang, "no_change"),
            width,
            "    ",
            "  ",
            theme.dim(),
        );
    }
    for c in &r.changes {
        let prompt = q
            .question(&c.question)
            .map_or_else(|| c.question.clone(), |qq| app.t(&qq.prompt).to_owned());
        let s = strings::change_line(
            lang,
            &c.to_label,
            &prompt,
            &labels::outcomes_title(q, &c.outcomes, lang),
        );
        wrapped(&mut out, &s, width, "    ", "  • ", Style::new());
    }
    out
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
            tr(&app.lang, "end_of_page").to_owned()
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
    let n = lines(app, usize::from(body.width)).len();
    let height = usize::from(body.height);
    let shown = if n > height {
        height.saturating_sub(1)
    } else {
        height
    };
    u16::try_from(n.saturating_sub(shown)).unwrap_or(u16::MAX)
}
