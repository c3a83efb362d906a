//! The widget for each question type: radio list, checkboxes, rank list, yes/no,
//! scale row with end labels, and the one-line editor.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::questionnaire::{Choice, Question, QuestionKind};
use crate::tui::app::{App, QuestionState};
use crate::tui::input::Input;
use crate::tui::strings;
use crate::tui::text;
use crate::tui::view::put_lines;
use crate::words;

/// One item of a choice list: the label wraps under itself (a hanging indent after the
/// marker and number), so a long label is read in full at any width.
fn choice_item(
    app: &App,
    marker: bool,
    mark: &str,
    n: usize,
    label: &str,
    width: usize,
) -> Vec<Line<'static>> {
    let num = if n <= 9 {
        format!("{n}.")
    } else {
        "  ".to_owned()
    };
    let lead = format!("{}{mark}{num} ", if marker { "> " } else { "  " });
    let indent = text::width(&lead);
    let style = if marker {
        app.theme.selected()
    } else {
        Style::new()
    };
    text::wrap(label, width.saturating_sub(indent).max(1))
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let head = if i == 0 {
                lead.clone()
            } else {
                " ".repeat(indent)
            };
            Line::styled(text::pad(&format!("{head}{l}"), width), style)
        })
        .collect()
}

/// The items of a choice-list widget (single, multi, rank, yes/no), each as its wrapped
/// lines, and the highlighted item. `None` for the other widgets.
pub(super) fn list_items(
    app: &App,
    question: &Question,
    st: &QuestionState,
    w: usize,
) -> Option<(Vec<Vec<Line<'static>>>, Option<usize>)> {
    let choices = question.kind.choices();
    let theme = app.theme;
    let label = |c: &Choice| app.t(&c.label).to_owned();
    Some(match &st.input {
        Input::Single { cursor } => (
            choices
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let at = *cursor == Some(i);
                    choice_item(
                        app,
                        at,
                        if at { "(•) " } else { "( ) " },
                        i + 1,
                        &label(c),
                        w,
                    )
                })
                .collect(),
            *cursor,
        ),
        Input::Multi { cursor, checked } => (
            choices
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let on = checked.get(i).copied().unwrap_or(false);
                    let lines = choice_item(
                        app,
                        i == *cursor,
                        if on { "[x] " } else { "[ ] " },
                        i + 1,
                        &label(c),
                        w,
                    );
                    if on && i != *cursor {
                        lines.into_iter().map(|l| l.style(theme.chosen())).collect()
                    } else {
                        lines
                    }
                })
                .collect(),
            Some(*cursor),
        ),
        // A rank position whose index the questionnaire no longer has keeps its row empty,
        // so the numbers of the rest stay put.
        Input::Rank { cursor, order } => (
            order
                .iter()
                .enumerate()
                .map(|(pos, &i)| match choices.get(i) {
                    Some(c) => {
                        let at = pos == *cursor;
                        choice_item(app, at, if at { "⇅ " } else { "  " }, pos + 1, &label(c), w)
                    }
                    None => vec![Line::raw("")],
                })
                .collect(),
            Some(*cursor),
        ),
        Input::Confirm { value } => (
            [
                (true, words::t(&app.lang, "yes_button")),
                (false, words::t(&app.lang, "no_button")),
            ]
            .iter()
            .enumerate()
            .map(|(i, (b, l))| {
                let on = *value == Some(*b);
                choice_item(app, on, if on { "(•) " } else { "( ) " }, i + 1, l, w)
            })
            .collect(),
            value.map(|v| usize::from(!v)),
        ),
        _ => return None,
    })
}

/// How many rows the widget needs to show everything at width `w`.
pub(super) fn rows_needed(app: &App, question: &Question, st: &QuestionState, w: usize) -> usize {
    match list_items(app, question, st, w) {
        Some((items, _)) => items.iter().map(Vec::len).sum::<usize>().max(1),
        None => match &st.input {
            Input::Scale { value, .. } => scale_lines(app, question, *value, w).len(),
            _ => 1,
        },
    }
}

/// The first item to draw and the rows the items get in `h` rows: when they do not all
/// fit, the last row is kept for the count of those left out, so none is hidden silently
/// (unless two rows are all there is: then both show choices).
pub(super) fn window(heights: &[usize], cursor: Option<usize>, h: usize) -> (usize, usize) {
    let rows = if heights.iter().sum::<usize>() > h && h >= 3 {
        h - 1
    } else {
        h
    };
    (first_item(heights, cursor, rows), rows)
}

/// The first item to draw so the highlighted one is whole in `h` rows: items above it are
/// dropped only as far as needed, so the window moves only when the highlight would leave it.
pub(super) fn first_item(heights: &[usize], cursor: Option<usize>, h: usize) -> usize {
    let Some(cursor) = cursor.filter(|&c| c < heights.len()) else {
        return 0;
    };
    let mut top = 0;
    while top < cursor && heights[top..=cursor].iter().sum::<usize>() > h {
        top += 1;
    }
    top
}

pub(super) fn widget(
    app: &App,
    question: &Question,
    st: &QuestionState,
    area: Rect,
    buf: &mut Buffer,
) {
    let w = usize::from(area.width);
    let h = usize::from(area.height);
    let theme = app.theme;
    if let Some((items, cursor)) = list_items(app, question, st, w) {
        let heights: Vec<usize> = items.iter().map(Vec::len).collect();
        let (top, rows) = window(&heights, cursor, h);
        let mut lines: Vec<Line<'static>> =
            items.into_iter().skip(top).flatten().take(rows).collect();
        if rows < h {
            // Items wholly shown: from `top` while their rows fit.
            let mut used = 0;
            let shown = heights[top..]
                .iter()
                .take_while(|&&n| {
                    used += n;
                    used <= rows
                })
                .count();
            let below = heights.len() - top - shown;
            lines.resize(rows, Line::raw(""));
            lines.push(Line::styled(
                format!("  {}", strings::more_choices(&app.lang, top, below)),
                theme.dim(),
            ));
        }
        put_lines(buf, area, &lines);
        return;
    }
    let lines: Vec<Line<'static>> = match &st.input {
        Input::Scale { value, .. } => scale_lines(app, question, *value, w),
        Input::Number { editor } | Input::Text { editor } => {
            let inner = w.saturating_sub(4);
            let (shown, col) = editor.window(inner);
            let shown = text::clean(&shown).into_owned();
            // The cursor is drawn as a reversed cell, so it shows in snapshots and needs no terminal cursor.
            let mut spans = vec![Span::styled("› ", theme.key())];
            let (before, rest) = split_at_cells(&shown, col);
            let mut rest_chars = rest.chars();
            let at = rest_chars.next().map_or(" ".to_owned(), |c| c.to_string());
            let after: String = rest_chars.collect();
            // A selected prefilled value shows reversed, like a selected form field: typing replaces it.
            let text_style = if editor.selected() {
                theme.cursor()
            } else {
                Style::new().add_modifier(ratatui::style::Modifier::UNDERLINED)
            };
            spans.push(Span::styled(before, text_style));
            spans.push(Span::styled(at, theme.cursor()));
            spans.push(Span::styled(
                after,
                Style::new().add_modifier(ratatui::style::Modifier::UNDERLINED),
            ));
            let used = 2 + text::width(&shown) + usize::from(col >= text::width(&shown));
            spans.push(Span::styled(
                "_".repeat(inner.saturating_sub(used.saturating_sub(2)))
                    .to_string(),
                theme.dim(),
            ));
            vec![Line::from(spans)]
        }
        _ => Vec::new(),
    };
    put_lines(buf, area, &lines);
}

/// Splits `s` after `cells` columns.
fn split_at_cells(s: &str, cells: usize) -> (String, String) {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        if used >= cells {
            return (s[..i].to_owned(), s[i..].to_owned());
        }
        used += text::char_width(c);
    }
    (s.to_owned(), String::new())
}

/// The cells each scale value takes, or `None` when the row does not fit.
fn scale_cell(min: i64, max: i64, width: usize) -> Option<usize> {
    let digits = min.to_string().len().max(max.to_string().len());
    let cell = digits + 3;
    let n = usize::try_from(max - min + 1).ok()?;
    (n.checked_mul(cell)? <= width).then_some(cell)
}

fn scale_lines(app: &App, question: &Question, value: Option<i64>, w: usize) -> Vec<Line<'static>> {
    let QuestionKind::Scale { min, max, .. } = &question.kind else {
        return Vec::new();
    };
    let (min, max) = (*min, *max);
    let theme = app.theme;
    let mut first = Vec::new();
    match scale_cell(min, max, w) {
        Some(cell) => {
            for v in min..=max {
                let s = if value == Some(v) {
                    format!("[{v}]")
                } else {
                    format!(" {v} ")
                };
                let s = format!("{s:^cell$}");
                first.push(if value == Some(v) {
                    Span::styled(s, theme.selected())
                } else {
                    Span::raw(s)
                });
            }
        }
        None => {
            let v = value.map_or("–".to_owned(), |v| v.to_string());
            first.push(Span::raw(format!("◀ {min} … ")));
            first.push(Span::styled(format!("[{v}]"), theme.selected()));
            first.push(Span::raw(format!(" … {max} ▶")));
        }
    }
    // The ends' own labels, or the first and last of a scale that labels every point, so
    // what 1 and 5 mean shows before anything is chosen.
    let end = |v: i64| {
        question
            .kind
            .scale_label(v as f64)
            .map(|t| format!("{v} = {}", text::clean(app.t(t))))
            .unwrap_or_default()
    };
    let (lo, hi) = (end(min), end(max));
    let mut lines = vec![Line::from(first)];
    if text::width(&lo) + text::width(&hi) < w {
        let gap = w - text::width(&lo) - text::width(&hi);
        lines.push(Line::styled(
            format!("{lo}{}{hi}", " ".repeat(gap)),
            theme.dim(),
        ));
    } else {
        // Too narrow for both ends on one row: each gets its own, wrapped.
        for end in [lo, hi].iter().filter(|e| !e.is_empty()) {
            lines.extend(
                text::wrap(end, w)
                    .into_iter()
                    .map(|l| Line::styled(l, theme.dim())),
            );
        }
    }
    // A scale that labels every point says what the chosen one means.
    if let QuestionKind::Scale { labels: own, .. } = &question.kind
        && !own.is_empty()
        && let Some(t) = value.and_then(|v| question.kind.scale_label(v as f64))
    {
        let shown = format!("{} = {}", value.unwrap_or_default(), text::clean(app.t(t)));
        lines.push(Line::styled(text::truncate(&shown, w), theme.selected()));
    }
    lines
}
