//! The review screen: every visible question with its answer; pick one to change it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::words;

use super::super::app::App;
use super::super::labels;
use super::super::strings;
use super::super::text;
use super::{scroll_offset, set_line, set_stringn};

const TOP: u16 = 2;

/// One row's prompt and answer as shown, and the answer's style.
fn row_text(app: &App, qi: usize) -> (String, String, Style) {
    let theme = app.theme;
    let question = &app.q.questions[qi];
    let prompt = text::clean(app.t(&question.prompt)).into_owned();
    let skipped = app
        .sitting
        .as_ref()
        .is_some_and(|s| s.skipped(&question.id));
    let (answer, style) = match app.answers().get(&question.id) {
        Some(a) => (
            text::clean(&labels::answer_label(&app.q, question, a, &app.lang)).into_owned(),
            theme.chosen(),
        ),
        None if skipped => (words::t(&app.lang, "skipped"), theme.dim()),
        // Not reached yet: an optional question is not "skipped" until the person skips it.
        None if !question.required => (words::t(&app.lang, "not_answered"), theme.dim()),
        None => (words::t(&app.lang, "not_answered"), theme.error()),
    };
    (prompt, answer, style)
}

/// Rows of the table and the width of its two columns.
fn columns(w: usize) -> (usize, usize) {
    let left = (w * 11 / 20).max(10);
    (left, w.saturating_sub(left + 3))
}

/// The highlighted row in full, as lines of `w` columns.
fn detail_lines(app: &App, qi: usize, w: usize) -> Vec<String> {
    let (prompt, answer, _) = row_text(app, qi);
    text::wrap(&format!("{prompt} → {answer}"), w)
}

/// The table's area, and below it (when some row is too long for its columns) the rows
/// that show the highlighted row in full. The split depends on every row, not on which is
/// highlighted, so moving through the table never moves it.
fn areas(app: &App, area: Rect) -> (Rect, Option<Rect>) {
    let body = Rect {
        y: area.y + TOP,
        height: area.height.saturating_sub(TOP),
        ..area
    };
    let w = usize::from(body.width);
    let (left, right) = columns(w);
    let visible = app.visible();
    let cut = visible.iter().filter(|&&qi| {
        let (prompt, answer, _) = row_text(app, qi);
        text::width(&prompt) > left.saturating_sub(2) || text::width(&answer) > right
    });
    let tallest = cut.map(|&qi| detail_lines(app, qi, w).len()).max();
    // The table keeps at least three rows.
    let room = body.height.saturating_sub(3);
    let Some(height) = tallest
        .map(|t| u16::try_from(t).unwrap_or(u16::MAX).min(room))
        .filter(|h| *h > 0)
    else {
        return (body, None);
    };
    let list = Rect {
        height: body.height - height,
        ..body
    };
    let detail = Rect {
        y: list.bottom(),
        height,
        ..body
    };
    (list, Some(detail))
}

/// The rows of the table to draw: the first one and how many. When they do not all fit,
/// the list's last row says how many are above and below instead, so none looks missing.
fn window(app: &App, list: Rect) -> (usize, usize) {
    let rows = app.visible().len() + 1;
    let h = usize::from(list.height);
    let shown = if rows > h { h.saturating_sub(1) } else { h };
    (scroll_offset(app.review_selected, shown), shown)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    set_stringn(
        buf,
        area.x,
        area.y,
        words::t(&app.lang, "check_answers"),
        usize::from(area.width),
        theme.heading(),
    );
    let hint = words::t(&app.lang, "review_hint");
    set_stringn(
        buf,
        area.x,
        area.y + 1,
        text::truncate(&hint, usize::from(area.width)),
        usize::from(area.width),
        theme.dim(),
    );
    let (list, detail) = areas(app, area);
    let visible = app.visible();
    let w = usize::from(list.width);
    let (left, right) = columns(w);
    let (off, h) = window(app, list);
    let rows = visible.len() + 1;
    if rows > h && h > 0 {
        let below = rows - off - h;
        let more = format!("  {}", strings::more_choices(&app.lang, off, below));
        let y = list.y + h as u16;
        set_stringn(buf, list.x, y, more, usize::from(list.width), theme.dim());
    }
    for (row, i) in (off..=visible.len()).take(h).enumerate() {
        let y = list.y + row as u16;
        let selected = i == app.review_selected;
        let marker = if selected { "> " } else { "  " };
        let line = match visible.get(i) {
            Some(&qi) => {
                let (prompt, answer, style) = row_text(app, qi);
                let style = if selected { theme.selected() } else { style };
                Line::from(vec![
                    Span::styled(
                        format!("{marker}{}", text::pad(&prompt, left.saturating_sub(2))),
                        if selected {
                            theme.selected()
                        } else {
                            Style::new()
                        },
                    ),
                    Span::styled(
                        " │ ",
                        if selected {
                            theme.selected()
                        } else {
                            theme.dim()
                        },
                    ),
                    Span::styled(text::pad(&answer, right), style),
                ])
            }
            None => {
                let s = format!("{marker}{}", words::t(&app.lang, "see_recommendation"));
                Line::styled(
                    text::pad(&s, w),
                    if selected {
                        theme.selected()
                    } else {
                        theme.title()
                    },
                )
            }
        };
        set_line(buf, list.x, y, &line, list.width);
    }
    if let (Some(d), Some(&qi)) = (detail, visible.get(app.review_selected)) {
        let lines: Vec<Line> = detail_lines(app, qi, w)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim()))
            .collect();
        super::put_lines(buf, d, &lines);
    }
    set_aside(app, list, off, buf);
}

/// Answers to questions this questionnaire no longer asks, below the list when there is room.
fn set_aside(app: &App, list: Rect, off: usize, buf: &mut Buffer) {
    let Some(session) = app.session().filter(|s| !s.set_aside.is_empty()) else {
        return;
    };
    let rows = app.visible().len() + 1;
    let used = rows.saturating_sub(off).min(usize::from(list.height));
    let mut lines = vec![
        Line::raw(""),
        Line::styled(words::t(&app.lang, "kept_aside"), app.theme.dim()),
    ];
    for (id, a) in &session.set_aside {
        let value = match a {
            crate::questionnaire::Answer::Bool(b) => b.to_string(),
            crate::questionnaire::Answer::Number(n) => crate::flow::format_number(*n),
            crate::questionnaire::Answer::Text(t) => t.clone(),
            crate::questionnaire::Answer::List(l) => l.join(", "),
        };
        lines.push(Line::styled(
            text::clean(&format!("  {id}: {value}")).into_owned(),
            app.theme.dim(),
        ));
    }
    let area = Rect {
        y: list.y + used as u16,
        height: list.height.saturating_sub(used as u16),
        ..list
    };
    super::put_lines(buf, area, &lines);
}

pub fn row_at(app: &App, area: Rect, col: u16, row: u16) -> Option<usize> {
    let (list, _) = areas(app, area);
    if !list.contains((col, row).into()) {
        return None;
    }
    let rows = app.visible().len() + 1;
    let (off, h) = window(app, list);
    let at = usize::from(row - list.y);
    let i = off + at;
    (at < h && i < rows).then_some(i)
}
