//! The widget for each question type: radio list, checkboxes, rank list, yes/no,
//! scale row with end labels, and the one-line editor.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::questionnaire::{Choice, Question, QuestionKind};
use crate::tui::app::{App, QuestionState};
use crate::tui::input::Input;
use crate::tui::strings::tr;
use crate::tui::text;
use crate::tui::view::{put_lines, scroll_offset};

/// One row of a choice list.
fn choice_line(
    app: &App,
    marker: bool,
    mark: &str,
    n: usize,
    label: &str,
    width: usize,
) -> Line<'static> {
    let num = if n <= 9 {
        format!("{n}.")
    } else {
        "  ".to_owned()
    };
    let s = format!(
        "{}{mark}{num} {}",
        if marker { "> " } else { "  " },
        text::clean(label)
    );
    let style = if marker {
        app.theme.selected()
    } else {
        Style::new()
    };
    Line::styled(text::pad(&s, width), style)
}

/// The rows of a list that fit in `h` lines, scrolled to keep `cursor` in view, the cursor's
/// row marked `marks[0]` and the others `marks[1]`. A `None` item (an index the
/// questionnaire no longer has) is not drawn but keeps its number, so the rest stay put.
fn cursor_list<'c>(
    app: &App,
    items: impl Iterator<Item = Option<&'c Choice>>,
    cursor: usize,
    marks: [&str; 2],
    h: usize,
    w: usize,
) -> Vec<Line<'static>> {
    items
        .enumerate()
        .skip(scroll_offset(cursor, h))
        .take(h)
        .filter_map(|(pos, c)| c.map(|c| (pos, c)))
        .map(|(pos, c)| {
            let at = pos == cursor;
            let mark = if at { marks[0] } else { marks[1] };
            choice_line(app, at, mark, pos + 1, app.t(&c.label), w)
        })
        .collect()
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
    let choices = question.kind.choices();
    let theme = app.theme;
    let lines: Vec<Line<'static>> = match &st.input {
        Input::Single { cursor } => cursor_list(
            app,
            choices.iter().map(Some),
            *cursor,
            ["(•) ", "( ) "],
            h,
            w,
        ),
        Input::Multi { cursor, checked } => {
            let off = scroll_offset(*cursor, h);
            choices
                .iter()
                .enumerate()
                .skip(off)
                .take(h)
                .map(|(i, c)| {
                    let on = checked.get(i).copied().unwrap_or(false);
                    let mut line = choice_line(
                        app,
                        i == *cursor,
                        if on { "[x] " } else { "[ ] " },
                        i + 1,
                        app.t(&c.label),
                        w,
                    );
                    if on && i != *cursor {
                        line = line.style(theme.chosen());
                    }
                    line
                })
                .collect()
        }
        Input::Rank { cursor, order } => cursor_list(
            app,
            order.iter().map(|&i| choices.get(i)),
            *cursor,
            ["⇅ ", "  "],
            h,
            w,
        ),
        Input::Confirm { value } => [
            (true, tr(&app.lang, "yes_button")),
            (false, tr(&app.lang, "no_button")),
        ]
        .iter()
        .enumerate()
        .map(|(i, (b, label))| {
            let on = *value == Some(*b);
            choice_line(app, on, if on { "(•) " } else { "( ) " }, i + 1, label, w)
        })
        .collect(),
        Input::Scale { value } => scale_lines(app, question, *value, w),
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
    let QuestionKind::Scale {
        min,
        max,
        min_label,
        max_label,
        ..
    } = &question.kind
    else {
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
    let lo = min_label
        .as_ref()
        .map(|t| format!("{min} = {}", text::clean(app.t(t))))
        .unwrap_or_default();
    let hi = max_label
        .as_ref()
        .map(|t| format!("{max} = {}", text::clean(app.t(t))))
        .unwrap_or_default();
    let gap = w.saturating_sub(text::width(&lo) + text::width(&hi)).max(1);
    let labels = text::truncate(&format!("{lo}{}{hi}", " ".repeat(gap)), w);
    let mut lines = vec![Line::from(first), Line::styled(labels, theme.dim())];
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
