//! The terminal as the event loop draws it: two buffers, the cells that changed between
//! them, and the escape codes that change them on the terminal.
//!
//! This is ratatui's `Terminal` for a full-screen, fixed-size viewport, with one part
//! replaced: the diff. ratatui compares every cell through `Cell`'s `PartialEq` and an
//! iterator that rechecks its state each step; on a 100x30 screen that is about 440,000
//! instructions a frame, more than drawing the frame, and the same every keypress however
//! little changed. [`diff`] yields exactly the cells ratatui's `Buffer::diff` yields (a
//! property test holds it to that, wide characters, emoji and `CellDiffOption`s included),
//! deciding the common case (an unchanged one-byte cell) field by field before ratatui's
//! rules and `PartialEq` see the rest, in about half the instructions (210,000 to 270,000
//! a frame at 100x30).

use std::io::Write;

use ratatui::backend::{Backend, ClearType, CrosstermBackend};
use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier};

use super::view::Runs;

/// A full-screen terminal of a known size, drawn a frame at a time.
///
/// A frame is composed in memory (the cells, their diff against what the terminal shows,
/// the escape codes) and then shown with one write. The two steps can be apart: a frame
/// composed ahead ([`Terminal::draw_ahead`]) waits until [`Terminal::show_ahead`] sends it,
/// and anything else drawn or resized first throws it away.
pub struct Terminal<W: Write> {
    /// Writes a frame's escape codes into memory, for `out` to receive in one piece.
    backend: Runs<CrosstermBackend<Vec<u8>>>,
    out: W,
    /// The frame being drawn and the one the terminal shows. Until the first frame is out
    /// the shown one has no cells: the terminal shows nothing, which the diff reads as blank
    /// cells, and its memory is allocated and filled after that frame, not before it.
    buffers: [Buffer; 2],
    current: usize,
    /// Indices of the changed cells, kept between frames for their allocation.
    changed: Vec<usize>,
    /// A frame is composed in `buffers[current]` and the backend's bytes but not shown.
    ahead: bool,
}

impl<W: Write> Terminal<W> {
    /// A screen of `width` x `height` cells writing to `out`, which is taken to show
    /// nothing yet: the first frame draws every cell.
    pub fn new(out: W, (width, height): (u16, u16)) -> Terminal<W> {
        let area = Rect::new(0, 0, width, height);
        Terminal {
            backend: Runs::new(CrosstermBackend::new(Vec::new())),
            out,
            buffers: [
                Buffer::empty(area),
                Buffer {
                    area,
                    content: Vec::new(),
                },
            ],
            current: 0,
            changed: Vec::new(),
            ahead: false,
        }
    }

    /// The screen's area.
    pub fn area(&self) -> Rect {
        self.buffers[self.current].area
    }

    /// The frame the terminal shows.
    pub fn shown(&self) -> &Buffer {
        &self.buffers[1 - self.current]
    }

    /// Draws a frame: `render` fills a blank buffer, and only the cells that differ from the
    /// last frame are written, with the cursor hidden, in one write.
    pub fn draw(&mut self, render: impl FnOnce(Rect, &mut Buffer)) -> std::io::Result<()> {
        self.discard_ahead();
        self.compose(render)?;
        self.show()
    }

    /// Composes a frame as [`draw`](Self::draw) does but does not show it yet: the next
    /// [`show_ahead`](Self::show_ahead) writes it as it is, unless a draw or a resize
    /// came first.
    pub fn draw_ahead(&mut self, render: impl FnOnce(Rect, &mut Buffer)) -> std::io::Result<()> {
        self.discard_ahead();
        self.compose(render)?;
        self.ahead = true;
        Ok(())
    }

    /// Shows the frame composed ahead; false when there is none.
    pub fn show_ahead(&mut self) -> std::io::Result<bool> {
        if !std::mem::take(&mut self.ahead) {
            return Ok(false);
        }
        self.show().map(|()| true)
    }

    /// Forgets the frame composed ahead, if any.
    pub fn discard_ahead(&mut self) {
        if std::mem::take(&mut self.ahead) {
            self.buffers[self.current].reset();
            self.backend.inner_mut().writer_mut().clear();
        }
    }

    /// `render` into the blank buffer, and the escape codes that change the shown frame
    /// into it written to memory.
    fn compose(&mut self, render: impl FnOnce(Rect, &mut Buffer)) -> std::io::Result<()> {
        let area = self.area();
        render(area, &mut self.buffers[self.current]);
        let (next, prev) = (&self.buffers[self.current], &self.buffers[1 - self.current]);
        diff(prev, next, &mut self.changed);
        let width = usize::from(area.width.max(1));
        let mut last = None;
        let cells = self.changed.iter().flat_map(|&i| {
            let from = match last {
                Some(a) if bridges(&next.content, width, a, i) => a + 1,
                _ => i,
            };
            last = Some(i);
            from..=i
        });
        self.backend.draw(cells.map(|i| {
            // Both coordinates fit in u16: `i` is below width * height, both u16.
            let (x, y) = ((i % width) as u16, (i / width) as u16);
            (area.x + x, area.y + y, &next.content[i])
        }))?;
        self.backend.hide_cursor()
    }

    /// Sends what was composed, and the composed frame becomes the shown one.
    fn show(&mut self) -> std::io::Result<()> {
        let bytes = self.backend.inner_mut().writer_mut();
        let sent = self.out.write_all(bytes).and_then(|()| self.out.flush());
        bytes.clear();
        let (area, spare) = (self.area(), &mut self.buffers[1 - self.current]);
        spare.reset();
        spare.resize(area);
        self.current = 1 - self.current;
        sent
    }

    /// Takes a new size (or the same one after the terminal was given back): the terminal
    /// is cleared and the next frame draws every cell. A narrower terminal is cleared whole
    /// first, as ratatui does, because its lines may have wrapped.
    pub fn resize(&mut self, (width, height): (u16, u16)) -> std::io::Result<()> {
        self.discard_ahead();
        let area = Rect::new(0, 0, width, height);
        if width < self.area().width {
            self.backend.clear_region(ClearType::All)?;
        }
        for buffer in &mut self.buffers {
            buffer.resize(area);
        }
        self.backend.set_cursor_position(Position::ORIGIN)?;
        self.backend.clear_region(ClearType::AfterCursor)?;
        self.buffers[1 - self.current].reset();
        Ok(())
    }
}

/// The most unchanged cells written again to save a cursor move, which takes 6 to 8 bytes.
const MAX_GAP: usize = 5;

/// Whether the unchanged cells between changed cells `a` and `b` are written again: when
/// they are on one row, at most [`MAX_GAP`] of them, and they, `a` and `b` are ordinary
/// one-column ASCII cells of one style. The backend then writes `a` to `b` as one run (a
/// byte a cell) instead of moving the cursor over the gap; most gaps are the spaces between
/// the words of a line. What the terminal shows is the same: a cell written again shows what
/// it showed.
fn bridges(cells: &[Cell], width: usize, a: usize, b: usize) -> bool {
    #[allow(deprecated)]
    let joinable = |c: &Cell| {
        c.diff_option == CellDiffOption::None
            && !c.skip
            && matches!(c.symbol().as_bytes(), [b' '..=b'~'])
    };
    b > a + 1
        && b - a - 1 <= MAX_GAP
        && a / width == b / width
        && cells.get(a..=b).is_some_and(|run| {
            let style = cells[a].style();
            run.iter().all(|c| joinable(c) && c.style() == style)
        })
}

/// Modifiers that show on a blank cell (ratatui's `VISIBLE_ON_BLANK`).
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK)
    .union(Modifier::CROSSED_OUT);

/// The indices (row by row, `y * width + x`) of the cells of `next` to write over `prev`:
/// the cells ratatui's `Buffer::diff` yields, in its order, for buffers of the same area.
/// Cells missing from `prev` (a terminal that shows nothing yet) are blank.
/// Its rules, kept here step for step: a cell to skip is never written; a cell equal to
/// the last frame's is not, and the columns a wide one covers are passed over; a wide cell
/// with an emoji's VS16 is followed by the covered columns whose symbol changed (terminals
/// leave them dirty); a narrow cell over a wide one whose style shows on blanks is followed
/// by every column the wide one covered.
pub fn diff(prev: &Buffer, next: &Buffer, out: &mut Vec<usize>) {
    out.clear();
    // The first frame's diff is against a constant, which the compiler folds into the
    // comparisons: it costs half as much.
    if prev.content.is_empty() {
        diff_with(|_| BLANK, &next.content, out);
    } else {
        diff_with(|i| prev.content.get(i).unwrap_or(BLANK), &next.content, out);
    }
}

/// The cell the terminal shows where it shows nothing.
const BLANK: &Cell = &Cell::EMPTY;

/// [`diff`], with the shown frame's cell at `i` as `old(i)`.
fn diff_with<'a>(old: impl Fn(usize) -> &'a Cell + Copy, next: &[Cell], out: &mut Vec<usize>) {
    let len = next.len();
    let mut i = 0;
    while i < len {
        let (cur, old_cell) = (&next[i], old(i));
        let at = i;
        i += 1;
        if unchanged_narrow(cur, old_cell) {
            continue;
        }
        match cur.diff_option {
            CellDiffOption::Skip => {}
            _ if skipped(cur) => {}
            CellDiffOption::ForcedWidth(width) => {
                i = i.saturating_add(usize::from(width.get() - 1));
                if cur != old_cell {
                    out.push(at);
                }
            }
            CellDiffOption::None | CellDiffOption::AlwaysUpdate => {
                let always = cur.diff_option == CellDiffOption::AlwaysUpdate;
                if !always && cur == old_cell {
                    i += usize::from(cur.cell_width()).saturating_sub(1);
                    continue;
                }
                out.push(at);
                let (w, was) = (
                    usize::from(cur.cell_width()),
                    usize::from(old_cell.cell_width()),
                );
                if w > 1 && cur.symbol().contains('\u{FE0F}') {
                    i = trailing(old, next, at + 1, (at + w).min(len), false, out);
                } else if w > 1 {
                    i += w - 1;
                } else if was > w
                    && (old_cell.bg != Color::Reset
                        || old_cell.modifier.intersects(VISIBLE_ON_BLANK))
                {
                    i = trailing(old, next, at + 1, (at + was).min(len), true, out);
                }
            }
        }
    }
}

/// The columns after a wide cell, from `from` up to `end` (moved on past any wide cell in
/// them): those whose symbol changed, or all of them when `force`. Returns where the diff
/// goes on.
fn trailing<'a>(
    old: impl Fn(usize) -> &'a Cell,
    next: &[Cell],
    from: usize,
    mut end: usize,
    force: bool,
    out: &mut Vec<usize>,
) -> usize {
    let len = next.len();
    let mut j = from;
    while j < end {
        let at = j;
        j += usize::from(next[at].cell_width().max(1));
        end = end.max(j).min(len);
        if !skipped(&next[at]) && (force || old(at).symbol() != next[at].symbol()) {
            out.push(at);
        }
    }
    end
}

/// The common case, decided without the general rules: an ordinary cell that holds one
/// byte (one column) and is equal to the last frame's.
/// Inlined into both diffs: against the first frame's blank cells it folds to a few
/// comparisons with constants.
#[allow(deprecated)]
#[inline(always)]
fn unchanged_narrow(cur: &Cell, old: &Cell) -> bool {
    let plain = |c: &Cell| c.diff_option == CellDiffOption::None && !c.skip;
    let one_byte = |c: &Cell| match c.symbol().as_bytes() {
        &[b] => Some(b),
        _ => None,
    };
    plain(cur)
        && plain(old)
        && one_byte(cur).is_some_and(|b| one_byte(old) == Some(b))
        && cur.fg == old.fg
        && cur.bg == old.bg
        && cur.modifier == old.modifier
        && cur.underline_color == old.underline_color
}

/// A cell the diff never writes (ratatui's `is_skip`, which still honours the old field).
#[allow(deprecated)]
fn skipped(cell: &Cell) -> bool {
    cell.diff_option == CellDiffOption::Skip
        || (cell.skip && cell.diff_option == CellDiffOption::None)
}

#[cfg(test)]
mod tests;
