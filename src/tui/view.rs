//! Rendering: a read-only function of the [`App`] into a buffer, plus the hit
//! tests the mouse uses (computed from the same layout, so clicks match pixels).

use crate::words;

mod cache;
mod glyphs;
mod overlay;
mod question;
mod results;
mod review;
mod runs;
mod sessions;
mod welcome;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::app::{App, MIN_HEIGHT, MIN_WIDTH, Overlay, QuestionState, Screen};
use super::keys;
use super::strings;
use super::text;

pub use cache::Cache;
pub use glyphs::{Glyphs, set_line, set_stringn};
pub use overlay::{help_max_scroll, menu_row_at};
pub use results::{items as results_items, max_scroll as results_max_scroll, tracked};
pub use runs::Runs;

/// The area the results page is drawn in.
pub fn results_body(app: &crate::tui::app::App) -> ratatui::layout::Rect {
    chrome(app, full(app)).body
}

use overlay::{help_overlay, menu_overlay};

/// Where the parts of every screen go.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub header: Rect,
    pub banner: Option<Banner>,
    pub body: Rect,
    pub footer: Rect,
}

/// The banner under the header: its place, its lines, and whether it warns.
#[derive(Debug, Clone)]
pub struct Banner {
    pub area: Rect,
    pub lines: Vec<String>,
    pub warn: bool,
}

pub fn chrome(app: &App, area: Rect) -> Chrome {
    let banner = banner_text(app).map(|(msg, warn)| (banner_lines(&msg, area.width), warn));
    let header = Rect {
        height: 1.min(area.height),
        ..area
    };
    let mut y = area.y + header.height;
    let banner = banner.map(|(lines, warn)| {
        let height = lines.len() as u16;
        let r = Rect { y, height, ..area };
        y += height;
        Banner {
            area: r,
            lines,
            warn,
        }
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
        return Some((words::t(&app.lang, "read_only"), true));
    }
    if let Some(why) = &app.no_storage {
        return Some((
            words::t_args(&app.lang, "no_storage", &[("reason", why.into())]),
            true,
        ));
    }
    app.notice.clone().map(|n| (n, false))
}

/// A banner takes up to this many lines; what is longer ends in `…`.
const BANNER_LINES: usize = 3;

/// The banner's message wrapped to the screen's width, so the reason at the end of a long
/// message (a full disk, after the file's path) is read, not cut.
fn banner_lines(msg: &str, width: u16) -> Vec<String> {
    let cells = usize::from(width).saturating_sub(2).max(1);
    let mut lines = text::wrap(msg, cells);
    if lines.len() > BANNER_LINES {
        lines.truncate(BANNER_LINES);
        let last = &mut lines[BANNER_LINES - 1];
        *last = text::truncate(&format!("{last} …"), cells);
    }
    lines
}

/// Draws the whole screen into a blank buffer (ratatui hands every frame one, so clearing it
/// again would only cost time on every key).
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(&app.lang, area, buf);
        return;
    }
    let theme = app.theme;
    let c = chrome(app, area);
    header(app, c.header, buf);
    if let Some(Banner {
        area: r,
        lines,
        warn,
    }) = &c.banner
    {
        let style = if *warn {
            theme.warning()
        } else {
            theme.chosen()
        };
        let width = usize::from(r.width);
        for (y, line) in (r.y..r.bottom()).zip(lines) {
            set_stringn(
                buf,
                r.x,
                y,
                text::pad(&format!(" {line} "), width),
                width,
                style,
            );
        }
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

/// Idle work once a frame is on screen: prepares the questions Enter can show next, so the
/// frame after the keypress finds their texts wrapped.
pub fn prepare_next(app: &App) {
    if app.screen != Screen::Question || app.too_small() || app.overlay.is_some() {
        return;
    }
    if let Some(st) = &app.question {
        question::prepare_next(app, st.index, chrome(app, full(app)).body.width);
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
        set_stringn(buf, x, y, l, usize::from(area.width), Style::new());
    }
}

fn header(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let title = format!(" careerpath · {}", text::clean(app.t(&app.q.head().title)));
    let right = match (app.session(), app.screen) {
        (_, Screen::Welcome | Screen::Sessions) => String::new(),
        (Some(s), _) => format!("{} ", text::clean(&s.name)),
        (None, _) => String::new(),
    };
    let w = usize::from(area.width);
    let rw = text::width(&right).min(w / 2);
    let left = text::pad(&title, w.saturating_sub(rw + 1));
    set_stringn(buf, area.x, area.y, left, w, theme.title());
    let right = text::truncate(&right, rw);
    set_stringn(
        buf,
        area.x + (w - rw) as u16,
        area.y,
        right,
        rw,
        theme.dim(),
    );
}

fn footer(app: &App, area: Rect, buf: &mut Buffer) {
    let optional = app
        .question
        .as_ref()
        .and_then(|st| app.q.questions.get(st.index))
        .is_some_and(|q| !q.required);
    let hints = app.cache.footer(app, keys::mode(app), optional);
    let theme = app.theme;
    // A hint that does not fit whole is left out (a later, shorter one may still fit), so a
    // narrow footer never shows half a key. How to go on and how to quit are placed
    // first, and the others fill the room that is left, in order.
    let width = |h: &keys::FooterHint| text::width(&h.keys) + 1 + text::width(&h.what);
    let room = usize::from(area.width).saturating_sub(1);
    let mut keep = vec![false; hints.len()];
    let mut used = 0;
    for kept_first in [true, false] {
        for (i, hint) in hints.iter().enumerate() {
            let w = width(hint) + if used > 0 { 3 } else { 0 };
            if hint.kept == kept_first && used + w <= room {
                keep[i] = true;
                used += w;
            }
        }
    }
    let mut spans = vec![Span::raw(" ")];
    for (hint, _) in hints.iter().zip(keep).filter(|(_, keep)| *keep) {
        if spans.len() > 1 {
            spans.push(Span::styled(" · ", theme.dim()));
        }
        spans.push(Span::styled(hint.keys.as_str(), theme.key()));
        spans.push(Span::raw(format!(" {}", hint.what)));
    }
    set_line(buf, area.x, area.y, &Line::from(spans), area.width);
}

pub(super) fn full(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
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

/// Writes text top to bottom in an area, one row each, dropping what does not fit: what
/// [`put_lines`] does for lines of one style, without building them.
pub(super) struct Rows<'b> {
    buf: &'b mut Buffer,
    area: Rect,
    y: u16,
}

impl<'b> Rows<'b> {
    pub(super) fn new(buf: &'b mut Buffer, area: Rect) -> Rows<'b> {
        Rows {
            buf,
            y: area.y,
            area,
        }
    }

    pub(super) fn skip(&mut self, rows: usize) {
        self.y = self
            .y
            .saturating_add(u16::try_from(rows).unwrap_or(u16::MAX));
    }

    pub(super) fn put(&mut self, s: &str, style: Style) {
        if self.y < self.area.bottom() {
            let w = usize::from(self.area.width);
            set_stringn(self.buf, self.area.x, self.y, s, w, style);
        }
        self.skip(1);
    }

    /// [`Rows::put`] of `text::pad(s, width)`, with the padding set cell by cell rather than
    /// cut into graphemes.
    pub(super) fn put_padded(&mut self, s: &str, style: Style) {
        if self.y < self.area.bottom() {
            let (x, y, w) = (self.area.x, self.y, usize::from(self.area.width));
            let cut;
            let s = if text::width(s) <= w {
                s
            } else {
                cut = text::truncate(s, w);
                &cut
            };
            let (end, _) = set_stringn(self.buf, x, y, s, w, style);
            self.pad(end, text::width(s), style);
        }
        self.skip(1);
    }

    pub(super) fn put_glyphs(&mut self, line: &Glyphs, style: Style) {
        if self.y < self.area.bottom() {
            let w = usize::from(self.area.width);
            line.draw(self.buf, self.area.x, self.y, w, style);
        }
        self.skip(1);
    }

    /// [`Rows::put_padded`] of `lead` followed by `rest`, the part that is the same on
    /// every frame drawn from its glyphs. `rest` must not start with a character that joins
    /// the one before it (it starts with a space), so the two split where their text would.
    pub(super) fn put_glyphs_padded(&mut self, lead: &str, rest: &Glyphs, style: Style) {
        let (x, y, w) = (self.area.x, self.y, usize::from(self.area.width));
        let used = text::width(lead) + rest.width();
        if used > w {
            // Cut with "…": rare enough to build the line.
            return self.put_padded(&format!("{lead}{}", rest.as_str()), style);
        }
        if y < self.area.bottom() {
            let (mid, _) = set_stringn(self.buf, x, y, lead, w, style);
            let end = rest.draw(self.buf, mid, y, w - usize::from(mid - x), style);
            self.pad(end, used, style);
        }
        self.skip(1);
    }

    /// The spaces `text::pad` adds after text `used` cells wide that ended at column `end`,
    /// set cell by cell.
    fn pad(&mut self, end: u16, used: usize, style: Style) {
        let w = usize::from(self.area.width);
        let written = usize::from(end - self.area.x);
        let spaces = w.saturating_sub(used).min(w.saturating_sub(written));
        for x in (end..).take(spaces) {
            if let Some(cell) = self.buf.cell_mut((x, self.y)) {
                cell.set_symbol(" ").set_style(style);
            }
        }
    }
}

/// Writes lines top to bottom, dropping what does not fit.
fn put_lines(buf: &mut Buffer, area: Rect, lines: &[Line<'_>]) {
    for (i, line) in lines.iter().enumerate() {
        let y = area.y + i as u16;
        if y >= area.bottom() {
            break;
        }
        set_line(buf, area.x, y, line, area.width);
    }
}
