//! The question screen: section, prompt, help, the widget for the question's type, progress.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Widget};

use crate::flow;
use crate::questionnaire::{Question, QuestionKind};
use crate::words;

use super::super::app::{App, QuestionState};
use super::super::input::{Input, format_number};
use super::super::strings::{self, NumberPart};
use super::super::text;
use super::put_lines;

mod widget;

use widget::widget;

/// Where each part of the question screen goes.
struct Layout {
    above: Vec<Line<'static>>,
    widget: Rect,
    below: Vec<Line<'static>>,
    below_area: Rect,
    progress: Rect,
}

/// A line above the widget saying what is allowed, when the type has limits.
fn rule_line(app: &App, question: &Question, st: &QuestionState) -> Option<String> {
    match (&question.kind, &st.input) {
        (QuestionKind::Multi { min, max, .. }, Input::Multi { checked, .. }) => {
            let n = checked.iter().filter(|c| **c).count();
            Some(format!(
                "{} · {}",
                strings::choose_range(&app.lang, *min, *max),
                strings::chosen(&app.lang, n)
            ))
        }
        (QuestionKind::Rank { .. }, _) => Some(words::t(&app.lang, "rank_rule")),
        (
            QuestionKind::Number {
                min,
                max,
                step,
                unit,
            },
            _,
        ) => {
            let lang = app.lang.as_str();
            let (lo, hi) = (min.map(format_number), max.map(format_number));
            let mut parts = Vec::new();
            match (&lo, &hi) {
                (Some(a), Some(b)) => {
                    parts.push(strings::number_part(lang, NumberPart::Range(a, b)))
                }
                (Some(a), None) => parts.push(strings::number_part(lang, NumberPart::AtLeast(a))),
                (None, Some(b)) => parts.push(strings::number_part(lang, NumberPart::AtMost(b))),
                (None, None) => {}
            }
            if let Some(s) = step {
                parts.push(strings::number_part(
                    lang,
                    NumberPart::Step(&format_number(*s)),
                ));
            }
            if let Some(u) = unit {
                parts.push(strings::number_part(lang, NumberPart::Unit(app.t(u))));
            }
            (!parts.is_empty()).then(|| strings::number_rule(lang, &parts.join(", ")))
        }
        (QuestionKind::Text { max_len, .. }, Input::Text { editor }) => {
            let n = editor.text().chars().count();
            Some(strings::characters(
                &app.lang,
                n,
                max_len.and_then(|m| usize::try_from(m).ok()),
            ))
        }
        _ => None,
    }
    .map(|s| text::clean(&s).into_owned())
}

fn layout(app: &App, st: &QuestionState, area: Rect) -> Option<Layout> {
    let question = app.q.questions.get(st.index)?;
    let theme = app.theme;
    let w = usize::from(area.width);
    let h = usize::from(area.height);
    let section = app
        .q
        .sections
        .get(question.section)
        .map(|s| text::clean(app.t(&s.title)).into_owned());
    let mut prompt: Vec<String> = text::wrap(app.t(&question.prompt), w);
    let mut help: Vec<String> = question
        .help
        .as_ref()
        .map(|t| text::wrap(app.t(t), w))
        .unwrap_or_default();
    help.truncate(4);
    let rule: Vec<String> = rule_line(app, question, st)
        .map(|r| text::wrap(&r, w))
        .unwrap_or_default();
    // Below the widget: the highlighted choice's help, then the validation message. The
    // help gets as many rows as the longest one needs whichever choice is highlighted, so
    // moving through the list never moves anything else (or what a click hits).
    let choice_help = |c: &crate::questionnaire::Choice| {
        c.help.as_ref().map_or_else(Vec::new, |t| {
            let mut lines = text::wrap(app.t(t), w.saturating_sub(2));
            lines.truncate(3);
            lines
        })
    };
    let help_rows = question
        .kind
        .choices()
        .iter()
        .map(|c| choice_help(c).len())
        .max()
        .unwrap_or(0);
    let highlighted = match &st.input {
        Input::Single { cursor } => cursor.and_then(|c| question.kind.choices().get(c)),
        Input::Multi { cursor, .. } => question.kind.choices().get(*cursor),
        Input::Rank { cursor, order } => order
            .get(*cursor)
            .and_then(|&i| question.kind.choices().get(i)),
        _ => None,
    };
    let message: Vec<String> = st
        .message
        .as_ref()
        .map(|m| text::wrap(&format!("✗ {m}"), w))
        .unwrap_or_default();
    // Rows kept for the highlighted choice's help; a short screen gives them up for the list.
    let mut choice_rows = help_rows;
    // Progress takes the last row, with a blank row above it.
    let fixed = |choice_rows: usize| 2 + choice_rows + message.len();
    let needed = widget::rows_needed(app, question, st, w);
    let mut want = needed.min(6);
    let mut gap = true;
    let above_len = |section: bool, prompt: usize, help: usize, gap: bool| {
        usize::from(section) + prompt + help + usize::from(gap) + rule.len()
    };
    let mut show_section = section.is_some();
    // Give up the least useful rows first until the widget gets room; the prompt is cut
    // only when nothing else is left to give.
    while h
        .saturating_sub(fixed(choice_rows) + above_len(show_section, prompt.len(), help.len(), gap))
        < want
    {
        if gap {
            gap = false;
        } else if !help.is_empty() {
            help.pop();
        } else if show_section {
            show_section = false;
        } else if choice_rows > 1 {
            choice_rows -= 1;
        } else if want > 1 {
            want -= 1;
        } else if prompt.len() > 1 {
            prompt.pop();
            if let Some(last) = prompt.last_mut() {
                *last = text::truncate(&format!("{last} …"), w);
            }
        } else {
            break;
        }
    }
    let mut shown_help = highlighted.map(choice_help).unwrap_or_default();
    if shown_help.len() > choice_rows {
        shown_help.truncate(choice_rows);
        if let Some(last) = shown_help.last_mut() {
            *last = text::truncate(&format!("{last} …"), w.saturating_sub(2));
        }
    }
    let mut below: Vec<Line<'static>> = shown_help
        .into_iter()
        .map(|l| Line::styled(format!("│ {l}"), theme.dim()))
        .collect();
    below.resize(choice_rows, Line::raw(""));
    below.extend(message.into_iter().map(|l| Line::styled(l, theme.error())));
    let mut above: Vec<Line<'static>> = Vec::new();
    if show_section && let Some(s) = section {
        above.push(Line::styled(s.to_uppercase(), theme.heading()));
    }
    above.extend(
        prompt
            .into_iter()
            .map(|l| Line::styled(l, Style::new().add_modifier(ratatui::style::Modifier::BOLD))),
    );
    above.extend(help.into_iter().map(|l| Line::styled(l, theme.dim())));
    if gap {
        above.push(Line::raw(""));
    }
    above.extend(rule.into_iter().map(|r| Line::styled(r, theme.dim())));
    let above_h = (above.len() as u16).min(area.height);
    let progress = Rect {
        y: area.bottom().saturating_sub(1),
        height: area.height.min(1),
        ..area
    };
    let below_h = (below.len() as u16).min(area.height.saturating_sub(above_h + 2));
    let widget_y = area.y + above_h;
    // The list takes the rows it needs (so a choice's help sits right under it), or what is left.
    let needed = u16::try_from(needed + 1).unwrap_or(u16::MAX);
    let widget_h = area
        .height
        .saturating_sub(above_h + below_h + 2)
        .min(needed);
    let widget = Rect {
        y: widget_y,
        height: widget_h,
        ..area
    };
    let below_area = Rect {
        y: widget_y + widget_h,
        height: below_h,
        ..area
    };
    Some(Layout {
        above,
        widget,
        below,
        below_area,
        progress,
    })
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(st) = &app.question else {
        return;
    };
    let Some(question) = app.q.questions.get(st.index) else {
        return;
    };
    let Some(l) = layout(app, st, area) else {
        return;
    };
    put_lines(
        buf,
        Rect {
            height: l.widget.y - area.y,
            ..area
        },
        &l.above,
    );
    widget(app, question, st, l.widget, buf);
    put_lines(buf, l.below_area, &l.below);
    progress(app, st.index, l.progress, buf);
}

fn progress(app: &App, index: usize, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let p = flow::progress(&app.q, app.answers(), index);
    let total = p.total.max(p.position);
    let label = format!("{}  ", strings::question_of(&app.lang, p.position, total));
    // Questions before this one are done; block characters keep the bar readable without colour.
    let ratio = if total == 0 {
        0.0
    } else {
        (p.position.saturating_sub(1) as f64 / total as f64).clamp(0.0, 1.0)
    };
    LineGauge::default()
        .ratio(ratio)
        .label(Span::styled(label, app.theme.dim()))
        .filled_symbol("█")
        .unfilled_symbol("░")
        .filled_style(app.theme.bar())
        .unfilled_style(app.theme.dim())
        .render(area, buf);
}

/// Which choice (index into the choices, or rank position) is at a screen position, from
/// the same items and window the widget draws.
pub fn choice_at(app: &App, st: &QuestionState, area: Rect, col: u16, row: u16) -> Option<usize> {
    let question = app.q.questions.get(st.index)?;
    let l = layout(app, st, area)?;
    if !l.widget.contains((col, row).into()) {
        return None;
    }
    let (items, cursor) = widget::list_items(app, question, st, usize::from(l.widget.width))?;
    if matches!(st.input, Input::Confirm { .. }) {
        return None;
    }
    let heights: Vec<usize> = items.iter().map(Vec::len).collect();
    let (top, rows) = widget::window(&heights, cursor, usize::from(l.widget.height));
    let mut y = usize::from(row - l.widget.y);
    if y >= rows {
        return None; // the row that counts the choices left out
    }
    for (i, &height) in heights.iter().enumerate().skip(top) {
        if y < height {
            return Some(i);
        }
        y -= height;
    }
    None
}
