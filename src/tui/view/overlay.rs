//! What sits on top of a screen: the help overlay (wrapped, scrolling) and the Esc menu,
//! and which menu row the mouse hits.

use crate::words;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use super::super::app::{App, MENU, MenuItem};
use super::super::keys;
use super::super::text;
use super::{full, put_lines, set_stringn};

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
            let desc = text::wrap(&d, width - kw - 3);
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
                text::wrap(&d, width.saturating_sub(3))
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

pub(super) fn help_overlay(app: &App, area: Rect, buf: &mut Buffer) {
    let (r, lines) = help_box(app, area);
    Clear.render(r, buf);
    let scroll = app.help_scroll.min(help_max_scroll(app, area));
    let mut block = Block::bordered()
        .title(words::t(&app.lang, "keys_title"))
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
fn menu_label(lang: &str, item: MenuItem) -> String {
    words::t(
        lang,
        match item {
            MenuItem::Close => "m-close",
            MenuItem::Review => "m-review",
            MenuItem::Sessions => "m-sessions",
            MenuItem::Help => "m-help",
            MenuItem::Quit => "m-quit",
        },
    )
}

/// Sized for every row the menu can have, so it does not change size as rows come and go.
fn menu_rect(app: &App, area: Rect) -> Rect {
    let w = MENU
        .iter()
        .map(|(_, item)| text::width(&menu_label(&app.lang, *item)))
        .max()
        .unwrap_or(0) as u16
        + 10;
    centered(area, w, app.menu().len() as u16 + 2)
}

pub(super) fn menu_overlay(app: &App, area: Rect, buf: &mut Buffer, selected: usize) {
    let r = menu_rect(app, area);
    Clear.render(r, buf);
    let block = Block::bordered()
        .title(words::t(&app.lang, "menu_title"))
        .border_style(app.theme.title());
    let inner = block.inner(r);
    block.render(r, buf);
    for (i, item) in app.menu().into_iter().enumerate() {
        let label = menu_label(&app.lang, item);
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
        set_stringn(buf, inner.x, y, s, usize::from(inner.width), style);
    }
}

/// Which menu row is at a screen position.
pub fn menu_row_at(app: &App, col: u16, row: u16) -> Option<usize> {
    let inner = menu_rect(app, full(app)).inner(ratatui::layout::Margin::new(1, 1));
    (inner.contains((col, row).into()))
        .then(|| usize::from(row - inner.y))
        .filter(|&i| i < app.menu().len())
}
