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

/// One grapheme that takes cells: its bytes in the text and its width. Twelve bytes, as a
/// question keeps one for every character it draws; where it starts on screen is the sum of
/// the widths before it.
#[derive(Debug, Clone, PartialEq)]
struct Glyph {
    start: u32,
    end: u32,
    width: u16,
}

const _: () = assert!(std::mem::size_of::<Glyph>() == 12);

impl Glyphs {
    /// The graphemes and widths `Buffer::set_stringn` would find (through ratatui's own
    /// segmentation, which drops those with control characters), without the zero-wide.
    /// A line's graphemes past its first 4 GiB (never on screen) are left out.
    pub fn new(text: String) -> Glyphs {
        let base = text.as_ptr() as usize;
        let cells = Span::raw(text.as_str())
            .styled_graphemes(Style::new())
            .filter_map(|g| {
                let width = g.symbol.cell_width();
                // Every grapheme is a slice of `text`.
                let start = g.symbol.as_ptr() as usize - base;
                Some((start, g.symbol.len(), width)).filter(|_| width > 0)
            })
            .map_while(|(start, len, width)| {
                Some(Glyph {
                    start: u32::try_from(start).ok()?,
                    end: u32::try_from(start + len).ok()?,
                    width,
                })
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
        // Columns from `x`; `room` is at most a row, so they fit a u16.
        let mut col = 0;
        for g in &self.cells {
            if usize::from(col) + usize::from(g.width) > room {
                break;
            }
            let at = x + col;
            // `start..end` came from a slice of `text` in `new`.
            if let Some(cell) = buf.cell_mut((at, y)) {
                cell.set_symbol(&self.text[g.start as usize..g.end as usize])
                    .set_style(style);
            }
            // The cells a wide grapheme covers are reset, as ratatui does.
            for k in 1..g.width {
                if let Some(cell) = buf.cell_mut((at + k, y)) {
                    cell.reset();
                }
            }
            col += g.width;
            end = at + g.width;
        }
        end
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};

    use super::Glyphs;

    /// Text mixing what segmentation and widths make hard: wide and combining characters,
    /// emoji sequences, controls and tabs.
    fn line() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("a"),
            Just("Z "),
            Just("界"),
            Just("e\u{301}"),
            Just("\u{301}"),
            Just("👩\u{200d}💻"),
            Just("🇪🇸"),
            Just("\t"),
            Just("\u{1b}"),
            Just("\u{200b}"),
            Just("。"),
        ];
        prop::collection::vec(piece, 0..40).prop_map(|p| p.concat())
    }

    proptest! {
        /// Drawing a line's glyphs leaves the buffer cell for cell as `set_stringn` does,
        /// and returns the column after the last cell, as it does.
        #[test]
        fn draw_is_set_stringn(text in line(), x in 0u16..14, max in 0usize..30, width in 1u16..24) {
            let area = Rect::new(0, 0, width, 1);
            let style = Style::new().fg(Color::Cyan);
            // Over an earlier frame's cells, which covered cells must be cleared of.
            let mut before = Buffer::empty(area);
            before.set_string(0, 0, "#".repeat(usize::from(width)), Style::new().bg(Color::Red));
            let mut expected = before.clone();
            let (end, _) = expected.set_stringn(x, 0, &text, max, style);
            let mut drawn = before;
            let got = Glyphs::new(text.clone()).draw(&mut drawn, x, 0, max, style);
            prop_assert_eq!(drawn, expected);
            prop_assert_eq!(got, end);
        }
    }
}
