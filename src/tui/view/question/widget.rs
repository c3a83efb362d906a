//! The widget for each question type: radio list, checkboxes, rank list, yes/no,
//! scale row with end labels, and the one-line editor.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::questionnaire::{Question, QuestionKind};
use crate::tui::app::{App, QuestionState};
use crate::tui::input::Input;
use crate::tui::strings;
use crate::tui::text;
use crate::tui::view::{Rows, put_lines};

use super::Prepared;

/// The marks before a label: (highlighted or on, off). The two of a pair are equally
/// wide, so a label wraps the same in either state and is wrapped once per question.
const RADIO: (&str, &str) = ("(•) ", "( ) ");
const CHECK: (&str, &str) = ("[x] ", "[ ] ");
const RANK: (&str, &str) = ("⇅ ", "  ");
const POINTER: (&str, &str) = ("> ", "  ");
const NUMBERS: [&str; 9] = ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."];

/// Cells of the lead before a list item's label ("> (•) 1. "), by the question's kind.
pub(super) fn lead_width(kind: &QuestionKind) -> usize {
    let mark = match kind {
        QuestionKind::Multi { .. } => CHECK.1,
        QuestionKind::Rank { .. } => RANK.1,
        _ => RADIO.1,
    };
    text::width(POINTER.1) + text::width(mark) + 3
}

/// One item of a choice-list widget: which prepared label it shows (`None`: a rank position
/// whose index the questionnaire no longer has, kept as an empty row so the numbers of the
/// rest stay put), its 1-based number, its mark and whether it is highlighted.
pub(super) struct Item {
    label: Option<usize>,
    n: usize,
    mark: &'static str,
    marker: bool,
    /// Ticked but not highlighted.
    chosen: bool,
}

impl Item {
    pub(super) fn height(&self, p: &Prepared) -> usize {
        self.label.and_then(|i| p.labels.get(i)).map_or(1, Vec::len)
    }
}

/// The items of a choice-list widget (single, multi, rank, yes/no) and the highlighted
/// item. `None` for the other widgets.
pub(super) fn list_items(p: &Prepared, st: &QuestionState) -> Option<(Vec<Item>, Option<usize>)> {
    let n = p.labels.len();
    let item =
        |label: Option<usize>, n: usize, on: bool, marks: (&'static str, &'static str)| Item {
            label,
            n,
            mark: if on { marks.0 } else { marks.1 },
            marker: on,
            chosen: false,
        };
    Some(match &st.input {
        Input::Single { cursor } => (
            (0..n)
                .map(|i| item(Some(i), i + 1, *cursor == Some(i), RADIO))
                .collect(),
            *cursor,
        ),
        Input::Multi { cursor, checked } => (
            (0..n)
                .map(|i| {
                    let on = checked.get(i).copied().unwrap_or(false);
                    Item {
                        label: Some(i),
                        n: i + 1,
                        mark: if on { CHECK.0 } else { CHECK.1 },
                        marker: i == *cursor,
                        chosen: on && i != *cursor,
                    }
                })
                .collect(),
            Some(*cursor),
        ),
        Input::Rank { cursor, order, .. } => (
            order
                .iter()
                .enumerate()
                .map(|(pos, &i)| {
                    let label = (i < n).then_some(i);
                    item(label, pos + 1, pos == *cursor, RANK)
                })
                .collect(),
            Some(*cursor),
        ),
        Input::Confirm { value } => (
            [true, false]
                .iter()
                .enumerate()
                .map(|(i, b)| item(Some(i), i + 1, *value == Some(*b), RADIO))
                .collect(),
            value.map(|v| usize::from(!v)),
        ),
        _ => return None,
    })
}

/// How many rows the widget needs to show everything at width `w`.
pub(super) fn rows_needed(
    app: &App,
    p: &Prepared,
    question: &Question,
    st: &QuestionState,
    w: usize,
) -> usize {
    match list_items(p, st) {
        Some((items, _)) => items.iter().map(|i| i.height(p)).sum::<usize>().max(1),
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

/// Draws the list items from `top` in `rows` rows of `area`: each label line after its
/// lead (or under it), padded to the width in the item's style. Only whole items are
/// drawn, as the count of those below says (but for a first one taller than the rows).
fn draw_items(
    app: &App,
    p: &Prepared,
    items: &[Item],
    top: usize,
    rows: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = app.theme;
    let mut out = Rows::new(buf, area);
    let mut line = String::new();
    let mut left = rows;
    for item in items.iter().skip(top) {
        let style = if item.marker {
            theme.selected()
        } else if item.chosen {
            theme.chosen()
        } else {
            Style::new()
        };
        let Some(label) = item.label.and_then(|i| p.labels.get(i)) else {
            // An empty row: nothing to draw, not even its style.
            if left == 0 {
                return;
            }
            out.skip(1);
            left -= 1;
            continue;
        };
        if label.len() > left && left < rows {
            return;
        }
        for (i, l) in label.iter().enumerate() {
            if left == 0 {
                return;
            }
            // The lead, but for the space the first label line starts with.
            line.clear();
            if i == 0 {
                line.push_str(if item.marker { POINTER.0 } else { POINTER.1 });
                line.push_str(item.mark);
                line.push_str(NUMBERS.get(item.n.wrapping_sub(1)).unwrap_or(&"  "));
            }
            out.put_glyphs_padded(&line, l, style);
            left -= 1;
        }
    }
}

pub(super) fn widget(
    app: &App,
    p: &Prepared,
    question: &Question,
    st: &QuestionState,
    area: Rect,
    buf: &mut Buffer,
) {
    let w = usize::from(area.width);
    let h = usize::from(area.height);
    let theme = app.theme;
    if let Some((items, cursor)) = list_items(p, st) {
        let heights: Vec<usize> = items.iter().map(|i| i.height(p)).collect();
        let (top, rows) = window(&heights, cursor, h);
        draw_items(app, p, &items, top, rows, area, buf);
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
            let more = format!("  {}", strings::more_choices(&app.lang, top, below));
            let mut last = Rows::new(buf, area);
            last.skip(rows);
            last.put(&more, theme.dim());
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Labels are wrapped once per question for either state of their mark.
    #[test]
    fn the_marks_of_a_pair_are_equally_wide() {
        for (on, off) in [RADIO, CHECK, RANK, POINTER] {
            assert_eq!(text::width(on), text::width(off), "{on:?} / {off:?}");
        }
        assert!(NUMBERS.iter().all(|n| text::width(n) == 2));
    }
}
