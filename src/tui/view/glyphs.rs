//! A line cut once into the cells a ratatui buffer gives it: a line drawn by every frame (a
//! question's prompt, help, choice labels) is then copied cell by cell instead of being
//! split into graphemes and measured again, which was most of a frame's drawing.

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

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

/// `buf.set_stringn(x, y, text, max, style)`, cell for cell, with text that is all ASCII
/// written a byte a cell: it has no grapheme that is more than one byte, and its printable
/// bytes are one column wide, so segmenting and measuring it (most of a frame's text, and
/// most of the work of drawing it) finds nothing. Other text goes to ratatui.
pub fn set_stringn(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    text: impl AsRef<str>,
    max: usize,
    style: impl Into<Style>,
) -> (u16, u16) {
    let (text, style) = (text.as_ref(), style.into());
    if !text.is_ascii() {
        return buf.set_stringn(x, y, text, max, style);
    }
    let max = u16::try_from(max).unwrap_or(u16::MAX);
    let end = x.saturating_add(buf.area.right().saturating_sub(x).min(max));
    let mut at = x;
    // ratatui drops the graphemes with a control character: for ASCII, the control bytes.
    for (i, _) in text.char_indices().filter(|(_, c)| !c.is_ascii_control()) {
        if at >= end {
            break;
        }
        if let Some(cell) = buf.cell_mut((at, y)) {
            cell.set_symbol(&text[i..=i]).set_style(style);
        }
        at += 1;
    }
    (at, y)
}

/// `buf.set_line(x, y, line, max)` through [`set_stringn`].
pub fn set_line(buf: &mut Buffer, x: u16, y: u16, line: &Line<'_>, max: u16) -> (u16, u16) {
    let (mut x, mut room) = (x, max);
    for span in line {
        if room == 0 {
            break;
        }
        let style = line.style.patch(span.style);
        let (end, _) = set_stringn(buf, x, y, &span.content, usize::from(room), style);
        room = room.saturating_sub(end.saturating_sub(x));
        x = end;
    }
    (x, y)
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

    /// ASCII with its control characters (and a CR LF, one grapheme), or any of [`line`].
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::collection::vec(
                prop_oneof![
                    Just("ab "),
                    Just("~"),
                    Just("\r\n"),
                    Just("\x7f"),
                    Just("\0")
                ],
                0..20
            )
            .prop_map(|p| p.concat()),
            "[ -~\t\r\n\x7f]{0,30}",
            line(),
        ]
    }

    proptest! {
        /// The ASCII path leaves the buffer as ratatui's `set_line` does, span by span.
        #[test]
        fn set_line_is_ratatuis(
            spans in prop::collection::vec((text(), any::<bool>()), 0..4),
            x in 0u16..14,
            max in 0u16..30,
            width in 1u16..24,
        ) {
            use ratatui::text::{Line, Span};
            let area = Rect::new(0, 0, width, 1);
            let mut before = Buffer::empty(area);
            before.set_string(0, 0, "#".repeat(usize::from(width)), Style::new().bg(Color::Red));
            let line = Line::from(
                spans
                    .iter()
                    .map(|(t, bold)| Span::styled(t.as_str(), if *bold { Style::new().bold() } else { Style::new() }))
                    .collect::<Vec<_>>(),
            )
            .style(Style::new().fg(Color::Green));
            let x = x.min(width);
            let mut expected = before.clone();
            let theirs = expected.set_line(x, 0, &line, max);
            let mut ours = before;
            let at = super::set_line(&mut ours, x, 0, &line, max);
            prop_assert_eq!(at, theirs);
            prop_assert_eq!(ours, expected);
        }

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
