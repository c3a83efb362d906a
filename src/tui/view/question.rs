//! The question screen: section, prompt, help, the widget for the question's type, progress.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Span;
use ratatui::widgets::{LineGauge, Widget};

use crate::flow;
use crate::questionnaire::{Question, QuestionKind};
use crate::words;

use super::super::app::{App, QuestionState};
use super::super::input::{Input, format_number};
use super::super::strings::{self, NumberPart};
use super::super::text;
use super::Rows;

mod prepared;
mod widget;

use prepared::BAR;
pub use prepared::Prepared;
use widget::widget;

/// Where each part of the question screen goes, and how much of each prepared text
/// fits this frame.
struct Layout {
    show_section: bool,
    /// Prompt lines shown; when some are left out, the last shown one ends in "…".
    prompt: usize,
    prompt_cut: Option<String>,
    help: usize,
    gap: bool,
    rule: Vec<String>,
    /// The highlighted choice, whose help shows under the list: how many of its lines,
    /// the last ending in "…" when some are left out.
    choice_help: Option<usize>,
    help_lines: usize,
    help_cut: Option<String>,
    /// Rows kept for choice help, whichever choice is highlighted.
    choice_rows: usize,
    message: Vec<String>,
    above_h: u16,
    widget: Rect,
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
                ..
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

fn layout(app: &App, st: &QuestionState, p: &Prepared, area: Rect) -> Option<Layout> {
    let question = app.q.questions.get(st.index)?;
    let w = usize::from(area.width);
    let h = usize::from(area.height);
    let rule_text = rule_line(app, question, st);
    let mut rule: Vec<String> = rule_text
        .as_deref()
        .map(|r| text::wrap(r, w))
        .unwrap_or_default();
    // Below the widget: the highlighted choice's help, then the validation message. The
    // help gets as many rows as the longest one needs whichever choice is highlighted, so
    // moving through the list never moves anything else (or what a click hits).
    let highlighted = match &st.input {
        Input::Single { cursor } => *cursor,
        Input::Multi { cursor, .. } => Some(*cursor),
        Input::Rank { cursor, order, .. } => order.get(*cursor).copied(),
        _ => None,
    };
    let message: Vec<String> = st
        .message
        .as_ref()
        .map(|m| text::wrap(&format!("✗ {m}"), w))
        .unwrap_or_default();
    // Rows kept for the highlighted choice's help; a short screen gives them up for the list.
    let mut choice_rows = p.help_rows;
    // Progress takes the last row, with a blank row above it.
    let fixed = |choice_rows: usize| 2 + choice_rows + message.len();
    let needed = widget::rows_needed(app, p, question, st, w);
    let mut want = needed.min(6);
    let mut gap = true;
    let above_len = |section: bool, prompt: usize, help: usize, gap: bool, rule: usize| {
        usize::from(section) + prompt + help + usize::from(gap) + rule
    };
    let mut show_section = p.section.is_some();
    let (mut prompt, mut help) = (p.prompt.len(), p.help.len());
    // Give up the least useful rows first until the widget gets room: three rows keep two
    // choices and the count of the rest in sight. The prompt is cut only when nothing else
    // is left to give.
    let least = needed.min(3);
    while h
        .saturating_sub(fixed(choice_rows) + above_len(show_section, prompt, help, gap, rule.len()))
        < want
    {
        if gap {
            gap = false;
        } else if help > 0 {
            help -= 1;
        } else if show_section {
            show_section = false;
        } else if choice_rows > 0 {
            choice_rows -= 1;
        } else if rule.len() > 1 {
            let whole = rule_text.as_deref().unwrap_or_default();
            rule = vec![text::truncate(whole, w)];
        } else if want > least {
            want -= 1;
        } else if prompt > 1 {
            prompt -= 1;
        } else if want > 1 {
            want -= 1;
        } else {
            break;
        }
    }
    // A list cut short gets the help rows beyond the first too: rows kept blank for a
    // long help would hide choices (the help is cut with "…" instead).
    while choice_rows > 1
        && h.saturating_sub(
            fixed(choice_rows) + above_len(show_section, prompt, help, gap, rule.len()),
        ) < needed
    {
        choice_rows -= 1;
    }
    let prompt_cut = (prompt < p.prompt.len())
        .then(|| text::truncate(&format!("{} …", p.prompt[prompt - 1].as_str()), w));
    let lines = highlighted.and_then(|i| p.choice_help.get(i));
    let help_lines = lines.map_or(0, |l| l.len().min(choice_rows));
    let help_cut = lines
        .filter(|l| l.len() > choice_rows && help_lines > 0)
        .map(|l| {
            let last = &l[help_lines - 1].as_str()[BAR.len()..];
            let cut = text::truncate(&format!("{last} …"), w.saturating_sub(2));
            format!("{BAR}{cut}")
        });
    let above_len = above_len(show_section, prompt, help, gap, rule.len());
    let above_h = u16::try_from(above_len)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let progress = Rect {
        y: area.bottom().saturating_sub(1),
        height: area.height.min(1),
        ..area
    };
    let below_len = u16::try_from(choice_rows + message.len()).unwrap_or(u16::MAX);
    let below_h = below_len.min(area.height.saturating_sub(above_h + 2));
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
        show_section,
        prompt,
        prompt_cut,
        help,
        gap,
        rule,
        choice_help: highlighted,
        help_lines,
        help_cut,
        choice_rows,
        message,
        above_h,
        widget,
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
    let Some(p) = app.cache.question(app, st.index, area.width) else {
        return;
    };
    let Some(l) = layout(app, st, &p, area) else {
        return;
    };
    let theme = app.theme;
    let mut rows = Rows::new(
        buf,
        Rect {
            height: l.above_h,
            ..area
        },
    );
    if l.show_section
        && let Some(s) = &p.section
    {
        rows.put_glyphs(s, theme.heading());
    }
    let bold = Style::new().add_modifier(Modifier::BOLD);
    for line in &p.prompt[..l.prompt - usize::from(l.prompt_cut.is_some())] {
        rows.put_glyphs(line, bold);
    }
    if let Some(cut) = &l.prompt_cut {
        rows.put(cut, bold);
    }
    for line in &p.help[..l.help] {
        rows.put_glyphs(line, theme.dim());
    }
    if l.gap {
        rows.skip(1);
    }
    for line in &l.rule {
        rows.put(line, theme.dim());
    }
    widget(app, &p, question, st, l.widget, buf);
    let mut rows = Rows::new(buf, l.below_area);
    let help = l.choice_help.and_then(|i| p.choice_help.get(i));
    let whole = l.help_lines - usize::from(l.help_cut.is_some());
    for line in help.into_iter().flatten().take(whole) {
        rows.put_glyphs(line, theme.dim());
    }
    if let Some(cut) = &l.help_cut {
        rows.put(cut, theme.dim());
    }
    rows.skip(l.choice_rows - l.help_lines);
    for line in &l.message {
        rows.put(line, theme.error());
    }
    progress(app, st.index, l.progress, buf);
}

/// The most questions prepared ahead in one idle moment (a long run of conditional
/// questions is prepared as Enter reaches it).
const AHEAD: usize = 8;

/// Prepares the questions that can follow `index`: every one up to the first that is
/// always shown, since the answer not given yet decides which of the others are. Those
/// before the previous question and past these are let go.
pub(super) fn prepare_next(app: &App, index: usize, width: u16) {
    app.cache.keep(index.saturating_sub(1)..=index + AHEAD);
    for (i, question) in app
        .q
        .questions
        .iter()
        .enumerate()
        .skip(index + 1)
        .take(AHEAD)
    {
        app.cache.question(app, i, width);
        if question.visible_if.is_none() {
            break;
        }
    }
}

fn progress(app: &App, index: usize, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let p = flow::progress_in(&app.q, &app.visible(), index);
    let total = p.total.max(p.position);
    let label = format!(
        "{}  ",
        strings::question_of(&app.lang, p.position, total, p.exact)
    );
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
    let p = app.cache.question(app, st.index, area.width)?;
    let l = layout(app, st, &p, area)?;
    if !l.widget.contains((col, row).into()) {
        return None;
    }
    if matches!(st.input, Input::Confirm { .. }) {
        return None;
    }
    let (items, cursor) = widget::list_items(&p, st)?;
    let heights: Vec<usize> = items.iter().map(|item| item.height(&p)).collect();
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
