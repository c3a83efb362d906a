//! Rendering: a read-only function of the [`App`] into a buffer, plus the hit
//! tests the mouse uses (computed from the same layout, so clicks match pixels).

mod question;
mod results;
mod review;
mod sessions;
mod welcome;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use super::app::{App, MENU, MIN_HEIGHT, MIN_WIDTH, Overlay, QuestionState, Screen};
use super::keys;
use super::text;

pub use results::max_scroll as results_max_scroll;

/// Where the parts of every screen go.
#[derive(Debug, Clone, Copy)]
pub struct Chrome {
    pub header: Rect,
    pub banner: Option<Rect>,
    pub body: Rect,
    pub footer: Rect,
}

pub fn chrome(app: &App, area: Rect) -> Chrome {
    let banner = banner_text(app).is_some();
    let header = Rect {
        height: 1.min(area.height),
        ..area
    };
    let mut y = area.y + header.height;
    let banner = banner.then(|| {
        let r = Rect {
            y,
            height: 1,
            ..area
        };
        y += 1;
        r
    });
    let footer = Rect {
        y: area.bottom().saturating_sub(1).max(y),
        height: 1,
        ..area
    };
    let body = Rect {
        x: area.x + 1,
        y: y + 1,
        width: area.width.saturating_sub(2),
        height: footer.y.saturating_sub(y + 1),
    };
    Chrome {
        header,
        banner,
        body,
        footer,
    }
}

fn banner_text(app: &App) -> Option<(String, bool)> {
    if let Some(w) = &app.warning {
        return Some((w.clone(), true));
    }
    if app.read_only {
        return Some((
            "Read-only: this session is open in another careerpath; changes here are not saved."
                .into(),
            true,
        ));
    }
    if !app.storage {
        return Some((
            "Sessions are not being saved: no usable data directory.".into(),
            true,
        ));
    }
    app.notice.clone().map(|n| (n, false))
}

/// Draws the whole screen.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(area, buf);
        return;
    }
    let theme = app.theme;
    let c = chrome(app, area);
    header(app, c.header, buf);
    if let (Some(r), Some((msg, warn))) = (c.banner, banner_text(app)) {
        let style = if warn {
            theme.warning()
        } else {
            theme.chosen()
        };
        let msg = text::pad(&format!(" {} ", text::clean(&msg)), usize::from(r.width));
        buf.set_stringn(r.x, r.y, msg, usize::from(r.width), style);
    }
    match app.screen {
        Screen::Welcome => welcome::render(app, c.body, buf),
        Screen::Question => question::render(app, c.body, buf),
        Screen::Review => review::render(app, c.body, buf),
        Screen::Results => results::render(app, c.body, buf),
        Screen::Sessions => sessions::render(app, c.body, buf),
    }
    footer(app, c.footer, buf);
    match app.overlay {
        Some(Overlay::Help) => help_overlay(app, area, buf),
        Some(Overlay::Menu { selected }) => menu_overlay(app, area, buf, selected),
        None => {}
    }
}

fn too_small(area: Rect, buf: &mut Buffer) {
    let msg = format!(
        "terminal too small: need {MIN_WIDTH}x{MIN_HEIGHT}, have {}x{}",
        area.width, area.height
    );
    let lines = text::wrap(&msg, usize::from(area.width));
    let top = area.y + area.height.saturating_sub(lines.len() as u16) / 2;
    for (i, l) in lines.iter().enumerate() {
        let y = top + i as u16;
        if y >= area.bottom() {
            break;
        }
        let x = area.x + area.width.saturating_sub(text::width(l) as u16) / 2;
        buf.set_stringn(x, y, l, usize::from(area.width), Style::new());
    }
}

fn header(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let title = format!(" careerpath · {}", text::clean(app.t(&app.q.title)));
    let right = match (&app.session, app.screen) {
        (_, Screen::Welcome | Screen::Sessions) => String::new(),
        (Some(s), _) => format!("{} ", text::clean(&s.name)),
        (None, _) => String::new(),
    };
    let w = usize::from(area.width);
    let rw = text::width(&right).min(w / 2);
    let left = text::pad(&title, w.saturating_sub(rw + 1));
    buf.set_stringn(area.x, area.y, left, w, theme.title());
    let right = text::truncate(&right, rw);
    buf.set_stringn(area.x + (w - rw) as u16, area.y, right, rw, theme.dim());
}

fn footer(app: &App, area: Rect, buf: &mut Buffer) {
    let hints: &[(&str, &str)] = match keys::mode(app) {
        keys::Mode::Help => &[("any key", "close")],
        keys::Mode::Menu => &[("↑↓", "move"), ("Enter", "choose"), ("Esc", "close")],
        keys::Mode::Welcome => &[
            ("↑↓", "move"),
            ("Enter", "choose"),
            ("?", "help"),
            ("q", "quit"),
        ],
        keys::Mode::Choices => &[
            ("↑↓", "move"),
            ("Space", "select"),
            ("Enter", "next"),
            ("←", "back"),
            ("?", "help"),
            ("Esc", "menu"),
        ],
        keys::Mode::Rank => &[
            ("↑↓", "move"),
            ("K/J", "reorder"),
            ("Enter", "next"),
            ("←", "back"),
            ("?", "help"),
        ],
        keys::Mode::Confirm => &[
            ("y/n", "answer"),
            ("Enter", "next"),
            ("←", "back"),
            ("?", "help"),
            ("Esc", "menu"),
        ],
        keys::Mode::Scale => &[
            ("←→", "choose"),
            ("Enter", "next"),
            ("Shift-Tab", "back"),
            ("?", "help"),
        ],
        keys::Mode::Number => &[
            ("↑↓", "step"),
            ("Enter", "next"),
            ("Shift-Tab", "back"),
            ("F1", "help"),
            ("Esc", "menu"),
        ],
        keys::Mode::Text => &[
            ("Enter", "next"),
            ("Shift-Tab", "back"),
            ("Ctrl-W", "delete word"),
            ("F1", "help"),
            ("Esc", "menu"),
        ],
        keys::Mode::Review => &[
            ("↑↓", "move"),
            ("Enter", "change"),
            ("r", "see result"),
            ("?", "help"),
            ("q", "quit"),
        ],
        keys::Mode::Results => &[
            ("↑↓", "scroll"),
            ("b", "review"),
            ("e", "export"),
            ("n", "new"),
            ("s", "sessions"),
            ("q", "quit"),
        ],
        keys::Mode::Sessions => &[
            ("Enter", "open"),
            ("/", "filter"),
            ("r", "rename"),
            ("d", "delete"),
            ("Space", "mark"),
            ("c", "compare"),
            ("?", "help"),
        ],
        keys::Mode::SessionsFilter => &[("Enter", "keep filter"), ("Esc", "clear")],
        keys::Mode::SessionsRename => &[("Enter", "rename"), ("Esc", "cancel")],
        keys::Mode::SessionsConfirmDelete => &[("y", "delete"), ("n", "keep")],
        keys::Mode::SessionsCompare => &[("↑↓", "scroll"), ("Esc", "close")],
    };
    let theme = app.theme;
    let mut spans = vec![Span::raw(" ")];
    for (i, (k, what)) in hints.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", theme.dim()));
        }
        spans.push(Span::styled(*k, theme.key()));
        spans.push(Span::raw(format!(" {what}")));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// A box of `w` x `h` centered in `area`, shrunk to fit.
fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

fn help_overlay(app: &App, area: Rect, buf: &mut Buffer) {
    let mode = keys::screen_mode(app);
    let rows = keys::help(mode);
    let kw = rows.iter().map(|(k, _)| text::width(k)).max().unwrap_or(0);
    let dw = rows.iter().map(|(_, d)| text::width(d)).max().unwrap_or(0);
    let r = centered(area, (kw + dw + 7) as u16, rows.len() as u16 + 2);
    Clear.render(r, buf);
    let block = Block::bordered()
        .title(" Keys ")
        .border_style(app.theme.title());
    let inner = block.inner(r);
    block.render(r, buf);
    for (i, (k, d)) in rows.iter().enumerate() {
        let y = inner.y + i as u16;
        if y >= inner.bottom() {
            break;
        }
        let line = Line::from(vec![
            Span::styled(format!(" {} ", text::pad(k, kw)), app.theme.key()),
            Span::raw(format!(" {d}")),
        ]);
        buf.set_line(inner.x, y, &line, inner.width);
    }
}

fn menu_rect(area: Rect) -> Rect {
    let w = MENU.iter().map(|(l, _)| text::width(l)).max().unwrap_or(0) as u16 + 10;
    centered(area, w, MENU.len() as u16 + 2)
}

fn menu_overlay(app: &App, area: Rect, buf: &mut Buffer, selected: usize) {
    let r = menu_rect(area);
    Clear.render(r, buf);
    let block = Block::bordered()
        .title(" Menu ")
        .border_style(app.theme.title());
    let inner = block.inner(r);
    block.render(r, buf);
    for (i, (label, _)) in MENU.iter().enumerate() {
        let y = inner.y + i as u16;
        if y >= inner.bottom() {
            break;
        }
        let (marker, style) = if i == selected {
            ("> ", app.theme.selected())
        } else {
            ("  ", Style::new())
        };
        let s = text::pad(
            &format!("{marker}{}. {label}", i + 1),
            usize::from(inner.width),
        );
        buf.set_stringn(inner.x, y, s, usize::from(inner.width), style);
    }
}

fn full(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

/// Which menu row is at a screen position.
pub fn menu_row_at(app: &App, col: u16, row: u16) -> Option<usize> {
    let inner = menu_rect(full(app)).inner(ratatui::layout::Margin::new(1, 1));
    (inner.contains((col, row).into()))
        .then(|| usize::from(row - inner.y))
        .filter(|&i| i < MENU.len())
}

pub fn welcome_row_at(app: &App, col: u16, row: u16) -> Option<usize> {
    if app.too_small() {
        return None;
    }
    welcome::row_at(app, chrome(app, full(app)).body, col, row)
}

pub fn choice_at(app: &App, st: &QuestionState, col: u16, row: u16) -> Option<usize> {
    if app.too_small() {
        return None;
    }
    question::choice_at(app, st, chrome(app, full(app)).body, col, row)
}

pub fn review_row_at(app: &App, col: u16, row: u16) -> Option<usize> {
    if app.too_small() {
        return None;
    }
    review::row_at(app, chrome(app, full(app)).body, col, row)
}

pub fn sessions_row_at(app: &App, col: u16, row: u16) -> Option<usize> {
    if app.too_small() {
        return None;
    }
    sessions::row_at(app, chrome(app, full(app)).body, col, row)
}

/// The first row to show so that `selected` is visible in `height` rows.
pub fn scroll_offset(selected: usize, height: usize) -> usize {
    if height == 0 {
        0
    } else {
        (selected + 1).saturating_sub(height)
    }
}

/// Writes lines top to bottom, dropping what does not fit.
fn put_lines(buf: &mut Buffer, area: Rect, lines: &[Line<'_>]) {
    for (i, line) in lines.iter().enumerate() {
        let y = area.y + i as u16;
        if y >= area.bottom() {
            break;
        }
        buf.set_line(area.x, y, line, area.width);
    }
}
