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

/// Rows above the menu: title, blank, the description, blank.
fn menu_top(app: &App, area: Rect) -> u16 {
    let about = text::wrap(ABOUT, usize::from(area.width));
    let desc = app.q.description.as_ref().map_or(0, |d| {
        text::wrap(app.t(d), usize::from(area.width)).len() + 1
    });
    area.y + 2 + about.len() as u16 + 1 + desc as u16
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let w = usize::from(area.width);
    let mut lines = vec![
        Line::styled(
            text::clean(app.t(&app.q.title)).into_owned(),
            theme.heading(),
        ),
        Line::raw(""),
    ];
    lines.extend(text::wrap(ABOUT, w).into_iter().map(Line::raw));
    lines.push(Line::raw(""));
    if let Some(d) = &app.q.description {
        lines.extend(
            text::wrap(app.t(d), w)
                .into_iter()
                .map(|l| Line::styled(l, theme.dim())),
        );
        lines.push(Line::raw(""));
    }
    put_lines(buf, area, &lines);
    let top = menu_top(app, area);
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
    let top = menu_top(app, area);
    if row < top || !(area.x..area.right()).contains(&col) {
        return None;
    }
    Some(usize::from(row - top)).filter(|&i| i < app.welcome_items().len())
}
