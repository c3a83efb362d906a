//! The terminal's diff, runs and gaps against ratatui's own.

use super::*;
use proptest::prelude::*;
use ratatui::style::Style;
use std::num::NonZeroU16;

/// Symbols of every width and kind the diff treats differently.
const SYMBOLS: [&str; 8] = [" ", "a", "b", "é", "あ", "中", "👍\u{FE0F}", "ｶﾞ"];

/// Symbols a terminal gives the width ratatui gives them. Where they disagree (the
/// half-width kana with its combining mark, an emoji made wide by VS16) no drawing of
/// ratatui's keeps the terminal's cursor where ratatui thinks it is.
const AGREED: [&str; 6] = [" ", "a", "b", "é", "あ", "中"];

fn cell() -> impl Strategy<Value = Cell> {
    cell_of(&SYMBOLS)
}

fn cell_of(symbols: &'static [&'static str]) -> impl Strategy<Value = Cell> {
    (
        0..symbols.len(),
        prop_oneof![Just(Color::Reset), Just(Color::Red), Just(Color::Indexed(3))],
        prop_oneof![Just(Color::Reset), Just(Color::Blue)],
        prop_oneof![
            Just(Modifier::empty()),
            Just(Modifier::BOLD),
            Just(Modifier::REVERSED),
            Just(Modifier::UNDERLINED)
        ],
        prop_oneof![
            8 => Just(CellDiffOption::None),
            1 => Just(CellDiffOption::Skip),
            1 => Just(CellDiffOption::AlwaysUpdate),
            1 => (1..3u16).prop_map(|w| CellDiffOption::ForcedWidth(NonZeroU16::MIN.saturating_add(w - 1))),
        ],
        proptest::bool::weighted(0.05),
    )
        .prop_map(|(s, fg, bg, modifier, option, skip)| {
            let mut cell = Cell::new(symbols[s]);
            cell.fg = fg;
            cell.bg = bg;
            cell.modifier = modifier;
            cell.diff_option = option;
            #[allow(deprecated)]
            {
                cell.skip = skip;
            }
            cell
        })
}

/// Two buffers of one area with arbitrary cells, well formed or not; the last cell of
/// the old one is narrow, where ratatui's own diff would index past the end.
fn buffers() -> impl Strategy<Value = (Buffer, Buffer)> {
    (1..7u16, 1..4u16).prop_flat_map(|(w, h)| {
        let n = usize::from(w * h);
        (
            proptest::collection::vec(cell(), n),
            proptest::collection::vec(cell(), n),
        )
            .prop_map(move |(mut old, new)| {
                if let Some(last) = old.last_mut() {
                    *last = Cell::new("z");
                }
                let area = Rect::new(0, 0, w, h);
                (Buffer { area, content: old }, Buffer { area, content: new })
            })
    })
}

/// Two frames drawn as the interface draws them: text of every width, styled, over
/// text already there.
fn drawn() -> impl Strategy<Value = (Buffer, Buffer)> {
    drawn_of(&SYMBOLS)
}

fn drawn_of(symbols: &'static [&'static str]) -> impl Strategy<Value = (Buffer, Buffer)> {
    let writes = move || {
        let text = proptest::collection::vec(0..symbols.len(), 0..12)
            .prop_map(move |s| s.iter().map(|&i| symbols[i]).collect::<String>());
        proptest::collection::vec((0..8u16, 0..4u16, text, cell_of(symbols)), 0..6)
    };
    (writes(), writes()).prop_map(|(a, b)| {
        let area = Rect::new(0, 0, 8, 4);
        let frame = |writes: Vec<(u16, u16, String, Cell)>| {
            let mut buf = Buffer::empty(area);
            for (x, y, s, c) in writes {
                buf.set_string(x, y, s, c.style());
            }
            buf
        };
        (frame(a), frame(b))
    })
}

/// What the terminal shows before the first frame: no cells.
fn nothing(area: Rect) -> Buffer {
    Buffer {
        area,
        content: Vec::new(),
    }
}

fn indices(prev: &Buffer, next: &Buffer) -> Vec<usize> {
    let width = usize::from(next.area.width);
    prev.diff(next)
        .iter()
        .map(|&(x, y, _)| usize::from(y) * width + usize::from(x))
        .collect()
}

proptest! {
    #[test]
    fn yields_what_ratatui_yields_for_any_cells((prev, next) in buffers()) {
        let mut ours = Vec::new();
        diff(&prev, &next, &mut ours);
        prop_assert_eq!(ours, indices(&prev, &next));
    }

    #[test]
    fn yields_what_ratatui_yields_for_drawn_frames((prev, next) in drawn()) {
        let mut ours = Vec::new();
        diff(&prev, &next, &mut ours);
        prop_assert_eq!(ours, indices(&prev, &next));
    }

    #[test]
    fn a_terminal_showing_nothing_is_a_blank_one((_, next) in drawn()) {
        let mut ours = Vec::new();
        diff(&nothing(next.area), &next, &mut ours);
        prop_assert_eq!(ours, indices(&Buffer::empty(next.area), &next));
    }
}

/// What an emulator shows after `bytes`, cell by cell: text, colours and attributes. A
/// cell never written and one written with a space look the same.
fn screen(area: Rect, bytes: &[u8]) -> Vec<String> {
    let mut parser = vt100::Parser::new(area.height, area.width, 0);
    parser.process(bytes);
    let screen = parser.screen();
    let mut cells = Vec::new();
    for row in 0..area.height {
        for col in 0..area.width {
            let c = screen.cell(row, col).expect("inside the screen");
            cells.push(format!(
                "{row},{col} {:?} {:?} {:?} {} {} {} {}",
                match c.contents() {
                    "" => " ",
                    text => text,
                },
                c.fgcolor(),
                c.bgcolor(),
                c.bold(),
                c.italic(),
                c.underline(),
                c.inverse()
            ));
        }
    }
    cells
}

proptest! {
    /// Two frames drawn by this terminal (its diff, runs and bridged gaps) leave an
    /// emulator's screen as ratatui's own terminal leaves it.
    #[test]
    fn shows_what_ratatuis_terminal_shows((a, b) in drawn_of(&AGREED)) {
        let area = a.area;
        let mut ours = Terminal::new(Vec::new(), (area.width, area.height));
        for frame in [&a, &b] {
            ours.draw(|_, buf| *buf = frame.clone()).unwrap();
        }
        let backend = CrosstermBackend::new(Vec::new());
        let options = ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(area),
        };
        let mut theirs = ratatui::Terminal::with_options(backend, options).unwrap();
        for frame in [&a, &b] {
            theirs.draw(|f| *f.buffer_mut() = frame.clone()).unwrap();
        }
        prop_assert_eq!(
            screen(area, &ours.out),
            screen(area, theirs.backend().writer())
        );
    }
}

#[test]
fn words_apart_by_spaces_are_one_run_without_cursor_moves() {
    let mut terminal = Terminal::new(Vec::new(), (20, 2));
    terminal
        .draw(|_, buf| {
            buf.set_string(0, 1, "a dozen or so", Style::new());
        })
        .unwrap();
    let text = String::from_utf8_lossy(&terminal.out).into_owned();
    assert!(text.contains("a dozen or so"), "{text:?}");
}

#[test]
fn an_unchanged_frame_writes_nothing_and_a_changed_cell_only_itself() {
    let mut prev = Buffer::empty(Rect::new(0, 0, 10, 3));
    prev.set_string(0, 1, "Question 1 of 12", Style::new());
    let mut next = prev.clone();
    let mut out = Vec::new();
    diff(&prev, &next, &mut out);
    assert_eq!(out, Vec::<usize>::new());
    next.set_string(9, 1, "2", Style::new());
    diff(&prev, &next, &mut out);
    assert_eq!(out, vec![19]);
}

#[test]
fn the_first_frame_writes_every_cell_not_blank_and_then_is_what_the_terminal_shows() {
    let area = Rect::new(0, 0, 6, 2);
    let mut terminal = Terminal::new(Vec::new(), (6, 2));
    assert!(terminal.shown().content.is_empty(), "nothing shown yet");
    terminal
        .draw(|_, buf| {
            buf.set_string(1, 1, "ab", Style::new());
        })
        .unwrap();
    let mut expected = Buffer::empty(area);
    expected.set_string(1, 1, "ab", Style::new());
    assert_eq!(*terminal.shown(), expected);
    let text = String::from_utf8_lossy(&terminal.out).into_owned();
    assert!(
        text.contains("ab"),
        "the first frame writes its cells: {text:?}"
    );
    terminal.out.clear();
    terminal
        .draw(|_, buf| {
            buf.set_string(1, 1, "ab", Style::new());
        })
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&terminal.out).contains("ab"),
        "the same frame again writes none of its cells"
    );
}
