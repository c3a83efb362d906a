//! How a frame's changed cells reach the terminal: in runs. ratatui's crossterm backend
//! formats every changed cell on its own (a cursor check, a style check and a `Print`
//! through `fmt` each), which on the frame after Enter, where most of the screen changes,
//! costs more than drawing the frame. [`Runs`] joins the cells ratatui's diff yields into
//! runs of one style and one row and hands the backend one cell per run, whose symbol is
//! the run's text.
//!
//! The terminal ends up with the same characters, in the same places and styles: a run
//! only takes cells that follow each other on the row and are one column wide each (so the
//! terminal's cursor moves by the run's cell count), anything else goes through as it came;
//! the backend only adds a cursor move after a run, because it expects the next cell one
//! column after the run's first.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// A backend that draws through `B` in runs of cells.
#[derive(Debug)]
pub struct Runs<B> {
    inner: B,
    /// The cells handed to `inner`, kept between frames for their allocation.
    runs: Vec<(u16, u16, Cell)>,
    text: String,
}

impl<B> Runs<B> {
    pub fn new(inner: B) -> Runs<B> {
        Runs {
            inner,
            runs: Vec::new(),
            text: String::new(),
        }
    }

    pub fn inner_mut(&mut self) -> &mut B {
        &mut self.inner
    }
}

/// A cell a run can hold: it advances the terminal's cursor by exactly one column. Most
/// cells hold one printable ASCII character, which does without a width table.
fn narrow(cell: &Cell) -> bool {
    match cell.symbol().as_bytes() {
        [b] if (b' '..=b'~').contains(b) => true,
        _ => crate::text::width(cell.symbol()) == 1,
    }
}

impl<B: Backend> Backend for Runs<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let Runs { runs, text, .. } = self;
        runs.clear();
        // The run being built: its cell is the last in `runs`, its text in `text`, and
        // `end` is the column after it.
        let mut end: Option<(u16, u16)> = None;
        for (x, y, cell) in content {
            let narrow = narrow(cell);
            let joins = narrow
                && end == Some((x, y))
                && runs
                    .last()
                    .is_some_and(|(_, _, run)| run.style() == cell.style());
            if joins {
                text.push_str(cell.symbol());
                end = Some((x + 1, y));
                continue;
            }
            close(runs, text);
            runs.push((x, y, cell.clone()));
            end = narrow.then(|| (x + 1, y));
        }
        close(runs, text);
        self.inner
            .draw(self.runs.iter().map(|(x, y, cell)| (*x, *y, cell)))
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

/// Ends the run being built: the text joined after its first cell becomes its symbol.
fn close(runs: &mut [(u16, u16, Cell)], text: &mut String) {
    if text.is_empty() {
        return;
    }
    if let Some((_, _, run)) = runs.last_mut() {
        text.insert_str(0, run.symbol());
        run.set_symbol(text);
    }
    text.clear();
}
