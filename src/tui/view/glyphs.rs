//! A line cut once into the cells a ratatui buffer gives it: a line drawn by every frame (a
//! question's prompt, help, choice labels) is then copied cell by cell instead of being
//! split into graphemes and measured again, which was most of a frame's drawing.

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::style::Style;
use ratatui::text::Span;

use super::super::text;

#[derive(Debug, Clone, PartialEq)]
pub struct Glyphs {
    text: String,
    cells: Vec<Glyph>,
    /// [`text::width`] of the text: what [`text::pad`] pads it by.
    width: usize,
}

/// One grapheme that takes cells: its bytes in the text, the column it starts at (from the
/// text's start) and its width.
#[derive(Debug, Clone, PartialEq)]
struct Glyph {
    bytes: std::ops::Range<usize>,
    x: usize,
    width: u16,
}

impl Glyphs {
    /// The graphemes and widths `Buffer::set_stringn` would find (through ratatui's own
    /// segmentation, which drops those with control characters), without the zero-wide.
    pub fn new(text: String) -> Glyphs {
        let base = text.as_ptr() as usize;
        let mut x = 0;
        let cells = Span::raw(text.as_str())
            .styled_graphemes(Style::new())
            .filter_map(|g| {
                let width = g.symbol.cell_width();
                if width == 0 {
                    return None;
                }
                // Every grapheme is a slice of `text`.
                let start = g.symbol.as_ptr() as usize - base;
                let glyph = Glyph {
                    bytes: start..start + g.symbol.len(),
                    x,
                    width,
                };
                x += usize::from(width);
                Some(glyph)
            })
            .collect();
        let width = text::width(&text);
        Glyphs { text, cells, width }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn width(&self) -> usize {
        self.width
    }

    /// What `buf.set_stringn(x, y, text, max, style)` does, cell for cell; returns the
    /// column after the last cell written.
    pub fn draw(&self, buf: &mut Buffer, x: u16, y: u16, max: usize, style: Style) -> u16 {
        let max = u16::try_from(max).unwrap_or(u16::MAX);
        let room = usize::from(buf.area.right().saturating_sub(x).min(max));
        let mut end = x;
        for g in &self.cells {
            if g.x + usize::from(g.width) > room {
                break;
            }
            // Within `room`, so within the row.
            let at = x + g.x as u16;
            if let Some(cell) = buf.cell_mut((at, y)) {
                cell.set_symbol(&self.text[g.bytes.clone()])
                    .set_style(style);
            }
            // The cells a wide grapheme covers are reset, as ratatui does.
            for k in 1..g.width {
                if let Some(cell) = buf.cell_mut((at + k, y)) {
                    cell.reset();
                }
            }
            end = at + g.width;
        }
        end
    }
}
