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

use super::app::{App, MENU, MIN_HEIGHT, MIN_WIDTH, MenuItem, Overlay, QuestionState, Screen};
use super::keys;
use super::strings::{self, key_name, tr};
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
    if app.read_only() {
        return Some((tr(&app.lang, "read_only").into(), true));
    }
    if !app.storage {
        return Some((tr(&app.lang, "no_storage").into(), true));
    }
    app.notice.clone().map(|n| (n, false))
}

/// Draws the whole screen.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(&app.lang, area, buf);
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

fn too_small(lang: &str, area: Rect, buf: &mut Buffer) {
    let msg = strings::too_small(lang, (MIN_WIDTH, MIN_HEIGHT), (area.width, area.height));
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
    let right = match (app.session(), app.screen) {
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
        keys::Mode::Help => &[("↑↓", "f.scroll"), ("any_key", "f.close")],
        keys::Mode::Menu => &[("↑↓", "f.move"), ("Enter", "f.choose"), ("Esc", "f.close")],
        keys::Mode::Welcome => &[
            ("↑↓", "f.move"),
            ("Enter", "f.choose"),
            ("?", "f.help"),
            ("q", "f.quit"),
        ],
        keys::Mode::Choices => &[
            ("↑↓", "f.move"),
            ("Space", "f.select"),
            ("Enter", "f.next"),
            ("←", "f.back"),
            ("?", "f.help"),
            ("Esc", "f.menu"),
        ],
        keys::Mode::Rank => &[
            ("↑↓", "f.move"),
            ("K/J", "f.reorder"),
            ("Enter", "f.next"),
            ("←", "f.back"),
            ("?", "f.help"),
        ],
        keys::Mode::Confirm => &[
            ("{key.yes}/{key.no}", "f.answer"),
            ("Enter", "f.next"),
            ("←", "f.back"),
            ("?", "f.help"),
            ("Esc", "f.menu"),
        ],
        keys::Mode::Scale => &[
            ("←→", "f.choose"),
            ("Enter", "f.next"),
            ("Shift-Tab", "f.back"),
            ("?", "f.help"),
        ],
        keys::Mode::Number => &[
            ("↑↓", "f.step"),
            ("Enter", "f.next"),
            ("Shift-Tab", "f.back"),
            ("F1", "f.help"),
            ("Esc", "f.menu"),
        ],
        keys::Mode::Text => &[
            ("Enter", "f.next"),
            ("Shift-Tab", "f.back"),
            ("Ctrl-W", "f.delete_word"),
            ("F1", "f.help"),
            ("Esc", "f.menu"),
        ],
        keys::Mode::Review => &[
            ("↑↓", "f.move"),
            ("Enter", "f.change"),
            ("r", "f.see_result"),
            ("?", "f.help"),
            ("q", "f.quit"),
        ],
        keys::Mode::Results => &[
            ("↑↓", "f.scroll"),
            ("b", "f.review"),
            ("e", "f.export"),
            ("n", "f.new"),
            ("s", "f.sessions"),
            ("q", "f.quit"),
        ],
        keys::Mode::Sessions => &[
            ("Enter", "f.open"),
            ("/", "f.filter"),
            ("r", "f.rename"),
            ("d", "f.delete"),
            ("Space", "f.mark"),
            ("c", "f.compare"),
            ("?", "f.help"),
        ],
        keys::Mode::SessionsFilter => &[("Enter", "f.keep_filter"), ("Esc", "f.clear")],
        keys::Mode::SessionsRename => &[("Enter", "f.rename"), ("Esc", "f.cancel")],
        keys::Mode::SessionsConfirmDelete => &[("y", "f.delete"), ("n", "f.keep")],
        keys::Mode::SessionsCompare => &[("↑↓", "f.scroll"), ("Esc", "f.close")],
    };
    let theme = app.theme;
    let mut spans = vec![Span::raw(" ")];
    for (i, (k, what)) in hints.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", theme.dim()));
        }
        // "any key" is a phrase, not a key name.
        let k = if *k == "any_key" {
            tr(&app.lang, k).to_owned()
        } else {
            key_name(&app.lang, &keys::letters(&app.lang, k))
        };
        spans.push(Span::styled(k, theme.key()));
        spans.push(Span::raw(format!(" {}", tr(&app.lang, what))));
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

/// The help overlay's lines at `width` columns inside its border: key and description
/// side by side with the description wrapped, or, when too narrow for both, each key on
/// its own line with its description wrapped under it.
fn help_lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let rows = keys::help(keys::screen_mode(app), &app.lang);
    let kw = rows.iter().map(|(k, _)| text::width(k)).max().unwrap_or(0);
    let side_by_side = width >= kw + 3 + 16;
    let mut lines = Vec::new();
    for (k, d) in rows {
        if side_by_side {
            let desc = text::wrap(d, width - kw - 3);
            for (i, part) in desc.into_iter().enumerate() {
                let key = if i == 0 {
                    text::pad(&k, kw)
                } else {
                    " ".repeat(kw)
                };
                lines.push(Line::from(vec![
                    Span::styled(format!(" {key} "), app.theme.key()),
                    Span::raw(format!(" {part}")),
                ]));
            }
        } else {
            lines.push(Line::styled(format!(" {k}"), app.theme.key()));
            lines.extend(
                text::wrap(d, width.saturating_sub(3))
                    .into_iter()
                    .map(|part| Line::raw(format!("   {part}"))),
            );
        }
    }
    lines
}

/// The help box in `area` and its lines.
fn help_box(app: &App, area: Rect) -> (Rect, Vec<Line<'static>>) {
    let widest = help_lines(app, usize::from(u16::MAX))
        .iter()
        .map(Line::width)
        .max()
        .unwrap_or(0);
    let w = (widest + 3).min(usize::from(area.width)) as u16;
    let lines = help_lines(app, usize::from(w.saturating_sub(2)));
    let h = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    (centered(area, w, h), lines)
}

/// How far the help can scroll in a screen of `area`.
pub fn help_max_scroll(app: &App, area: Rect) -> usize {
    let (r, lines) = help_box(app, area);
    lines
        .len()
        .saturating_sub(usize::from(r.height.saturating_sub(2)))
}

fn help_overlay(app: &App, area: Rect, buf: &mut Buffer) {
    let (r, lines) = help_box(app, area);
    Clear.render(r, buf);
    let scroll = app.help_scroll.min(help_max_scroll(app, area));
    let mut block = Block::bordered()
        .title(tr(&app.lang, "keys_title"))
        .border_style(app.theme.title());
    if help_max_scroll(app, area) > 0 {
        // Say there is more, and how to get to it, on the bottom border.
        block = block.title_bottom(Line::from(format!(" ↑↓ {}/{} ", scroll + 1, lines.len())));
    }
    let inner = block.inner(r);
    block.render(r, buf);
    put_lines(buf, inner, &lines[scroll.min(lines.len())..]);
}

/// A menu row's label in `lang`.
fn menu_label(lang: &str, item: MenuItem) -> &'static str {
    tr(
        lang,
        match item {
            MenuItem::Close => "m.close",
            MenuItem::Review => "m.review",
            MenuItem::Sessions => "m.sessions",
            MenuItem::Help => "m.help",
            MenuItem::Quit => "m.quit",
        },
    )
}

fn menu_rect(lang: &str, area: Rect) -> Rect {
    let w = MENU
        .iter()
        .map(|(_, item)| text::width(menu_label(lang, *item)))
        .max()
        .unwrap_or(0) as u16
        + 10;
    centered(area, w, MENU.len() as u16 + 2)
}

fn menu_overlay(app: &App, area: Rect, buf: &mut Buffer, selected: usize) {
    let r = menu_rect(&app.lang, area);
    Clear.render(r, buf);
    let block = Block::bordered()
        .title(tr(&app.lang, "menu_title"))
        .border_style(app.theme.title());
    let inner = block.inner(r);
    block.render(r, buf);
    for (i, (_, item)) in MENU.iter().enumerate() {
        let label = menu_label(&app.lang, *item);
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
    let inner = menu_rect(&app.lang, full(app)).inner(ratatui::layout::Margin::new(1, 1));
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
