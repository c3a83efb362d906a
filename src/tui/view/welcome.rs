//! The welcome screen: what careerpath does, and where to start.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::app::{App, WelcomeItem};
use super::super::text;
use super::put_lines;

const ABOUT: &str = "Answer a few questions about where your career is heading. \
careerpath recommends Python, Rust or both, in what order, and tells you why.";

fn item_label(app: &App, item: WelcomeItem) -> String {
    match item {
        WelcomeItem::New => "Start a new session".to_owned(),
        WelcomeItem::Resume => match &app.resumable {
            Some(s) => format!(
                "Resume “{}” — question {} of about {}",
                text::clean(&s.name),
                (s.progress.answered + 1).min(s.progress.total.max(1)),
                s.progress.total.max(1)
            ),
            None => "Resume".to_owned(),
        },
        WelcomeItem::Sessions => "Saved sessions".to_owned(),
        WelcomeItem::Quit => "Quit".to_owned(),
    }
}

/// The lines above the menu, dropping the least useful ones when the screen is short.
fn intro(app: &App, area: Rect) -> Vec<Line<'static>> {
    let theme = app.theme;
    let w = usize::from(area.width);
    let room = usize::from(area.height).saturating_sub(app.welcome_items().len());
    let title = vec![
        Line::styled(
            text::clean(app.t(&app.q.title)).into_owned(),
            theme.heading(),
        ),
        Line::raw(""),
    ];
    let mut about: Vec<Line<'static>> = text::wrap(ABOUT, w).into_iter().map(Line::raw).collect();
    about.push(Line::raw(""));
    let mut desc: Vec<Line<'static>> = match &app.q.description {
        Some(d) => text::wrap(app.t(d), w)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim()))
            .collect(),
        None => Vec::new(),
    };
    if !desc.is_empty() {
        desc.push(Line::raw(""));
    }
    let mut parts = [title, about, desc];
    // Drop the description, then the title, then the about text, until the menu fits.
    for drop in [2, 0, 1] {
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
        buf.set_line(area.x, y, &line, area.width);
    }
}

pub fn row_at(app: &App, area: Rect, col: u16, row: u16) -> Option<usize> {
    let top = area.y + intro(app, area).len() as u16;
    if row < top || !(area.x..area.right()).contains(&col) {
        return None;
    }
    Some(usize::from(row - top)).filter(|&i| i < app.welcome_items().len())
}
