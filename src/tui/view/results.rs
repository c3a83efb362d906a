//! The results screen: outcome, score bars, reasons with their answers, roadmap (with the
//! progress of a finished session, one markable line per item), and what would change the
//! outcome. One scrolling column of pre-wrapped lines.

mod page;
mod why_not;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::words;

use super::super::app::App;
use super::super::strings;
use super::super::text;
use super::{chrome, full, put_lines, set_stringn};
use crate::roadmap;
use page::{page, wrapped};

/// The whole results page at `width` columns.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    page(app, width).0
}

/// The roadmap whose items can be marked: the shown result's, once the session is finished
/// (never on a provisional result).
pub fn tracked(app: &App) -> Option<Vec<roadmap::Stage<'_>>> {
    let r = app.results.as_ref()?;
    app.session()?.roadmap_stages(&app.q)?;
    Some(roadmap::stages(&app.q, &r.evaluation.outcomes))
}

/// From one layout of the page at the current terminal size: how far it can scroll, and
/// the row each markable roadmap item starts on, with the row of its stage's heading.
pub fn items(app: &App) -> (u16, Vec<(usize, usize)>) {
    let body = chrome(app, full(app)).body;
    let (lines, rows) = page(app, usize::from(body.width));
    (furthest(lines.len(), body.height), rows)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let all = lines(app, usize::from(area.width));
    let overflow = all.len() > usize::from(area.height);
    // When the page is longer than the screen, the last row says where the reader is.
    let text_area = Rect {
        height: area.height.saturating_sub(u16::from(overflow)),
        ..area
    };
    let max = all.len().saturating_sub(usize::from(text_area.height));
    let scroll = app
        .results
        .as_ref()
        .map_or(0, |r| usize::from(r.scroll))
        .min(max);
    put_lines(buf, text_area, &all[scroll.min(all.len())..]);
    if overflow && area.height > 0 {
        let more = if scroll < max {
            strings::more_lines(&app.lang, max - scroll)
        } else {
            words::t(&app.lang, "end_of_page")
        };
        let more = text::truncate(&more, usize::from(area.width));
        let x = area.right().saturating_sub(text::width(&more) as u16);
        set_stringn(
            buf,
            x,
            area.bottom() - 1,
            &more,
            usize::from(area.width),
            app.theme.key(),
        );
    }
}

/// The furthest the results can scroll at the current terminal size.
pub fn max_scroll(app: &App) -> u16 {
    let body = chrome(app, full(app)).body;
    furthest(lines(app, usize::from(body.width)).len(), body.height)
}

/// The furthest `n` lines can scroll in a body `height` rows high, whose last row says
/// there is more when they do not fit.
fn furthest(n: usize, height: u16) -> u16 {
    let height = usize::from(height);
    let shown = if n > height {
        height.saturating_sub(1)
    } else {
        height
    };
    u16::try_from(n.saturating_sub(shown)).unwrap_or(u16::MAX)
}
