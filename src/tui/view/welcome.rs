//! The welcome screen: what careerpath does, and where to start.

use crate::words;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::app::{App, WelcomeItem};
use super::super::strings;
use super::super::text;
use super::{put_lines, set_line};

fn item_label(app: &App, item: WelcomeItem) -> String {
    match item {
        WelcomeItem::New => words::t(&app.lang, "w-new"),
        WelcomeItem::Resume => match &app.resumable {
            Some(s) => strings::resume(
                &app.lang,
                &text::clean(&s.name),
                (
                    (s.progress.answered + 1).min(s.progress.total.max(1)),
                    s.progress.total.max(1),
                ),
                app.q.fixed_length(),
            ),
            None => words::t(&app.lang, "w-resume"),
        },
        WelcomeItem::Sessions => words::t(&app.lang, "m-sessions"),
        WelcomeItem::Quit => words::t(&app.lang, "m-quit"),
    }
}

/// The lines above the menu, dropping the least useful ones when the screen is short.
fn intro(app: &App, area: Rect) -> Vec<Line<'static>> {
    let theme = app.theme;
    let w = usize::from(area.width);
    let room = usize::from(area.height).saturating_sub(app.welcome_items().len());
    let title = vec![
        Line::styled(
            text::clean(app.t(&app.q.head().title)).into_owned(),
            theme.heading(),
        ),
        Line::raw(""),
    ];
    // The questionnaire says what it is about when it can; the app's own lines are for
    // one that does not (showing both said the same thing twice).
    let about = match app.q.head().description.as_ref().map(|d| app.t(d)) {
        Some(d) if !d.trim().is_empty() => d,
        _ => &words::t(&app.lang, "about"),
    };
    let mut about: Vec<Line<'static>> = text::wrap(about, w).into_iter().map(Line::raw).collect();
    about.push(Line::raw(""));
    let mut parts = [title, about];
    // Drop the title, then the description, until the menu fits.
    for drop in [0, 1] {
        if parts.iter().map(Vec::len).sum::<usize>() <= room {
            break;
        }
        parts[drop].clear();
    }
    parts.concat()
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let w = usize::from(area.width);
    let lines = intro(app, area);
    put_lines(buf, area, &lines);
    let top = area.y + lines.len() as u16;
    for (i, item) in app.welcome_items().into_iter().enumerate() {
        let y = top + i as u16;
        if y >= area.bottom() {
            break;
        }
        let selected = i == app.welcome_selected;
        let (marker, style) = if selected {
            ("> ", theme.selected())
        } else {
            ("  ", Style::new())
        };
        let label = format!("{marker}{}. {}", i + 1, item_label(app, item));
        let line = Line::from(Span::styled(
            text::pad(&label, w.min(text::width(&label) + 2)),
            style,
        ));
        set_line(buf, area.x, y, &line, area.width);
    }
}

pub fn row_at(app: &App, area: Rect, col: u16, row: u16) -> Option<usize> {
    let top = area.y + intro(app, area).len() as u16;
    if row < top || !(area.x..area.right()).contains(&col) {
        return None;
    }
    Some(usize::from(row - top)).filter(|&i| i < app.welcome_items().len())
}
