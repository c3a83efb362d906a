//! A one-line text editor: cursor movement, word delete, paste. No terminal I/O.

use super::text;

/// The text being edited and the cursor, as a char index (never inside a char).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Editor {
    chars: Vec<char>,
    cursor: usize,
    /// Longest text accepted, in chars; keeps a runaway paste from growing without end.
    limit: usize,
    /// The initial text is selected, as in a focused form field: typing replaces it, and
    /// moving the cursor keeps it. Without this, typing 8 over a default of 5 gives 58.
    selected: bool,
}

/// Pasted or typed text beyond this is dropped.
const DEFAULT_LIMIT: usize = 4096;

impl Editor {
    pub fn new(initial: &str) -> Editor {
        let mut e = Editor {
            chars: Vec::new(),
            cursor: 0,
            limit: DEFAULT_LIMIT,
            selected: false,
        };
        e.paste(initial);
        e.selected = !e.chars.is_empty();
        e
    }

    /// True while the initial text is selected (the next edit replaces it).
    pub fn selected(&self) -> bool {
        self.selected
    }

    /// Ends the selection; with `replace`, the selected text goes with it.
    fn deselect(&mut self, replace: bool) -> bool {
        let was = std::mem::take(&mut self.selected);
        if was && replace {
            self.clear();
        }
        was
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn insert(&mut self, c: char) {
        // Control characters never enter the text: they would reach the terminal later.
        if c.is_control() {
            return;
        }
        self.deselect(true);
        if self.chars.len() >= self.limit {
            return;
        }
        self.chars.insert(self.cursor, c);
        self.cursor += 1;
    }

    /// Inserts pasted text as typed text: newlines and tabs become spaces, other
    /// control characters are dropped, and nothing is submitted.
    pub fn paste(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '\r' | '\n' | '\t' => self.insert(' '),
                c => self.insert(c),
            }
        }
    }

    pub fn backspace(&mut self) {
        if self.deselect(true) {
            return;
        }
        if self.cursor > 0 {
            self.cursor -= 1;
            self.chars.remove(self.cursor);
        }
    }

    pub fn delete(&mut self) {
        if self.deselect(true) {
            return;
        }
        if self.cursor < self.chars.len() {
            self.chars.remove(self.cursor);
        }
    }

    /// Deletes the word before the cursor (and the spaces before it), like Ctrl-W in a shell.
    pub fn delete_word(&mut self) {
        if self.deselect(true) {
            return;
        }
        let mut start = self.cursor;
        while start > 0 && self.chars[start - 1].is_whitespace() {
            start -= 1;
        }
        while start > 0 && !self.chars[start - 1].is_whitespace() {
            start -= 1;
        }
        self.chars.drain(start..self.cursor);
        self.cursor = start;
    }

    pub fn left(&mut self) {
        self.deselect(false);
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.deselect(false);
        self.cursor = (self.cursor + 1).min(self.chars.len());
    }

    pub fn home(&mut self) {
        self.deselect(false);
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.deselect(false);
        self.cursor = self.chars.len();
    }

    pub fn clear(&mut self) {
        self.selected = false;
        self.chars.clear();
        self.cursor = 0;
    }

    /// The part of the text that fits in `cells` columns with the cursor in view,
    /// and the cursor's column within it.
    pub fn window(&self, cells: usize) -> (String, usize) {
        if cells == 0 {
            return (String::new(), 0);
        }
        let widths: Vec<usize> = self.chars.iter().map(|&c| text::char_width(c)).collect();
        // Leave one cell for the cursor when it sits after the last char.
        let room = cells.saturating_sub(1).max(1);
        let mut start = 0;
        let mut before: usize = widths[..self.cursor].iter().sum();
        while before > room && start < self.cursor {
            before -= widths[start];
            start += 1;
        }
        let mut shown = String::new();
        let mut used = 0;
        for (i, &c) in self.chars.iter().enumerate().skip(start) {
            if used + widths[i] > cells {
                break;
            }
            used += widths[i];
            shown.push(c);
        }
        (shown, before)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy, Debug)]
    enum Op {
        Type(&'static str),
        Paste(&'static str),
        Left,
        Right,
        Home,
        End,
        Back,
        Del,
        Word,
    }

    fn apply(e: &mut Editor, op: Op) {
        match op {
            Op::Type(s) => s.chars().for_each(|c| e.insert(c)),
            Op::Paste(s) => e.paste(s),
            Op::Left => e.left(),
            Op::Right => e.right(),
            Op::Home => e.home(),
            Op::End => e.end(),
            Op::Back => e.backspace(),
            Op::Del => e.delete(),
            Op::Word => e.delete_word(),
        }
    }

    #[test]
    fn editing_table() {
        use Op::*;
        let cases: &[(&[Op], &str, usize)] = &[
            (&[Type("hello")], "hello", 5),
            (&[Type("hello"), Left, Left, Type("X")], "helXlo", 4),
            (&[Type("hello"), Home, Type(">")], ">hello", 1),
            (&[Type("hello"), Home, End, Back], "hell", 4),
            (&[Type("hello"), Home, Del], "ello", 0),
            (&[Type("one two  "), Word], "one ", 4),
            (&[Type("one two"), Word, Word], "", 0),
            (&[Type("ab"), Home, Word], "ab", 0),
            (
                &[Paste("line one\nline\ttwo\x1b[2J")],
                "line one line two[2J",
                20,
            ),
            (&[Type("日本"), Left, Type("x")], "日x本", 2),
            (&[Left, Back, Del, Right], "", 0),
        ];
        for (ops, text, cursor) in cases {
            let mut e = Editor::new("");
            for &op in *ops {
                apply(&mut e, op);
            }
            assert_eq!(e.text(), *text, "ops {ops:?}");
            assert_eq!(e.cursor(), *cursor, "ops {ops:?}");
        }
    }

    #[test]
    fn prefilled_text_is_selected_until_the_first_edit() {
        use Op::*;
        // (initial text, operations, text, cursor)
        let cases: &[(&str, &[Op], &str, usize)] = &[
            ("5", &[Type("8")], "8", 1),
            ("5", &[Type("12")], "12", 2),
            ("5", &[Back], "", 0),
            ("5", &[Del, Type("7")], "7", 1),
            ("old name", &[Paste("new")], "new", 3),
            ("old name", &[Word], "", 0),
            ("5", &[End, Type("0")], "50", 2),
            ("15", &[Home, Type("2")], "215", 1),
            ("15", &[Left, Back], "5", 0),
            ("", &[Type("3")], "3", 1),
        ];
        for (initial, ops, text, cursor) in cases {
            let mut e = Editor::new(initial);
            assert_eq!(e.selected(), !initial.is_empty());
            for &op in *ops {
                apply(&mut e, op);
            }
            assert_eq!(e.text(), *text, "{initial:?} then {ops:?}");
            assert_eq!(e.cursor(), *cursor, "{initial:?} then {ops:?}");
            assert!(!e.selected(), "{initial:?} then {ops:?}");
        }
    }

    #[test]
    fn window_keeps_the_cursor_visible() {
        let e = Editor::new("abcdefghij");
        let (shown, col) = e.window(5);
        assert_eq!(col, 4);
        assert!(shown.ends_with('j'), "{shown}");
        let mut e = Editor::new("abcdefghij");
        e.home();
        assert_eq!(e.window(5), ("abcde".to_owned(), 0));
        assert_eq!(Editor::new("日本語").window(0), (String::new(), 0));
    }
}
