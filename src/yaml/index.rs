//! Positions of values that parsed fine, keyed by YAML path
//! (`sections[0].questions[2].visible_if`), from yaml-rust2's marked events.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::questionnaire::Pos;

/// How a node was written; decides where the characters of a scalar start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
    Mapping,
    Sequence,
    Alias,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValuePos {
    pub pos: Pos,
    pub style: Style,
}

/// Path -> position of the value there, and of the key naming it (for map entries).
#[derive(Debug, Default)]
pub struct PosIndex {
    values: HashMap<String, ValuePos>,
    keys: HashMap<String, Pos>,
}

impl PosIndex {
    pub fn value(&self, path: &str) -> Option<ValuePos> {
        self.values.get(path).copied()
    }

    /// Where the value at `path` starts (line 0 when unknown).
    pub fn pos(&self, path: &str) -> Pos {
        self.value(path).map(|v| v.pos).unwrap_or_default()
    }

    /// Where the key of the map entry at `path` is written, else the value.
    pub fn key_pos(&self, path: &str) -> Pos {
        self.keys
            .get(path)
            .copied()
            .unwrap_or_else(|| self.pos(path))
    }

    /// The position of character `offset` of the scalar at `path`, for carets
    /// inside expressions and templates. Falls back to the value's start.
    pub fn char_pos(&self, source: &str, path: &str, offset: usize) -> Pos {
        let Some(v) = self.value(path) else {
            return Pos::default();
        };
        char_pos(source, v, offset).unwrap_or(v.pos)
    }
}

fn char_pos(source: &str, v: ValuePos, offset: usize) -> Option<Pos> {
    let mut lines = source.lines().skip(v.pos.line as usize - 1);
    match v.style {
        Style::Plain | Style::SingleQuoted | Style::DoubleQuoted => {
            let line = lines.next()?;
            let start = v.pos.col as usize - 1;
            let quoted = v.style != Style::Plain;
            let mut chars = line.chars().skip(start + usize::from(quoted)).peekable();
            let mut col = start + usize::from(quoted) + 1;
            let mut seen = 0;
            // Walk the written characters; an escape is several written characters for one.
            while seen < offset {
                let c = chars.next()?;
                col += 1;
                match (v.style, c) {
                    (Style::SingleQuoted, '\'') if chars.peek() == Some(&'\'') => {
                        chars.next();
                        col += 1;
                    }
                    (Style::DoubleQuoted, '\\') => {
                        chars.next();
                        col += 1;
                    }
                    _ => {}
                }
                seen += 1;
            }
            Some(Pos {
                line: v.pos.line,
                col: u32::try_from(col).ok()?,
            })
        }
        Style::Literal | Style::Folded => {
            // The mark may be at the `|`/`>` indicator or at the first content line.
            let first = lines.next()?;
            let at_indicator = first
                .chars()
                .nth(v.pos.col as usize - 1)
                .is_some_and(|c| c == '|' || c == '>');
            let mut line_no = v.pos.line as usize + 1;
            let lines = (!at_indicator)
                .then(|| {
                    line_no -= 1;
                    first
                })
                .into_iter()
                .chain(lines);
            let mut indent = None;
            let mut left = offset;
            for line in lines {
                if line.trim().is_empty() {
                    left = left.checked_sub(1)?;
                    line_no += 1;
                    continue;
                }
                let ind = *indent.get_or_insert(line.len() - line.trim_start().len());
                let content = line.chars().count().saturating_sub(ind);
                if left <= content {
                    let col = ind + left + 1;
                    return Some(Pos {
                        line: u32::try_from(line_no).ok()?,
                        col: u32::try_from(col).ok()?,
                    });
                }
                left -= content + 1;
                line_no += 1;
            }
            None
        }
        _ => None,
    }
}

enum Frame {
    Map { path: String, key: Option<String> },
    Seq { path: String, next: usize },
}

struct Builder {
    index: PosIndex,
    stack: Vec<Frame>,
    root_done: bool,
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

impl Builder {
    /// The path of the node that starts now, or `None` if it is a map key.
    fn place(&mut self, scalar: Option<&str>, pos: Pos) -> Option<String> {
        match self.stack.last_mut() {
            None => {
                if self.root_done {
                    return None;
                }
                self.root_done = true;
                Some(String::new())
            }
            Some(Frame::Seq { path, next }) => {
                let p = format!("{path}[{next}]");
                *next += 1;
                Some(p)
            }
            Some(Frame::Map { path, key }) => match key.take() {
                Some(k) => Some(join(path, &k)),
                None => {
                    let k = scalar.unwrap_or("?").to_owned();
                    // A block mapping's start mark lies after its first key; the
                    // first key is where a reader sees the mapping begin.
                    if let Some(v) = self.index.values.get_mut(path.as_str())
                        && v.style == Style::Mapping
                        && pos < v.pos
                    {
                        v.pos = pos;
                    }
                    self.index.keys.insert(join(path, &k), pos);
                    *key = Some(k);
                    None
                }
            },
        }
    }

    fn record(&mut self, path: Option<String>, pos: Pos, style: Style) -> Option<String> {
        let path = path?;
        self.index
            .values
            .insert(path.clone(), ValuePos { pos, style });
        Some(path)
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let pos = Pos {
            line: u32::try_from(mark.line()).unwrap_or(u32::MAX),
            col: u32::try_from(mark.col() + 1).unwrap_or(u32::MAX),
        };
        match ev {
            Event::Scalar(value, style, ..) => {
                let path = self.place(Some(&value), pos);
                let style = match style {
                    TScalarStyle::Plain => Style::Plain,
                    TScalarStyle::SingleQuoted => Style::SingleQuoted,
                    TScalarStyle::DoubleQuoted => Style::DoubleQuoted,
                    TScalarStyle::Literal => Style::Literal,
                    TScalarStyle::Folded => Style::Folded,
                };
                self.record(path, pos, style);
            }
            Event::Alias(_) => {
                let path = self.place(None, pos);
                self.record(path, pos, Style::Alias);
            }
            Event::MappingStart(..) => {
                let is_key = matches!(self.stack.last(), Some(Frame::Map { key: None, .. }));
                let path = self.place(None, pos);
                let path = self.record(path, pos, Style::Mapping);
                // A mapping used as a key: index nothing inside it.
                let path = if is_key {
                    "?".to_owned()
                } else {
                    path.unwrap_or_default()
                };
                self.stack.push(Frame::Map { path, key: None });
            }
            Event::SequenceStart(..) => {
                let is_key = matches!(self.stack.last(), Some(Frame::Map { key: None, .. }));
                let path = self.place(None, pos);
                let path = self.record(path, pos, Style::Sequence);
                let path = if is_key {
                    "?".to_owned()
                } else {
                    path.unwrap_or_default()
                };
                self.stack.push(Frame::Seq { path, next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

pub fn build(text: &str) -> PosIndex {
    let mut builder = Builder {
        index: PosIndex::default(),
        stack: Vec::new(),
        root_done: false,
    };
    let mut parser = Parser::new_from_str(text);
    // serde_yaml accepted this text already; a late error only leaves the index partial.
    let _ = parser.load(&mut builder, false);
    builder.index
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, col: u32) -> Pos {
        Pos { line, col }
    }

    #[test]
    fn positions() {
        let text = "answers:\n  role: ml\n  hours:\n  list:\n    - a\n    - 'b'\n  q: {x: \"y\"}\n  lit: |\n    one\n    two\n";
        let index = build(text);
        let table = [
            ("answers", None, at(2, 3)),
            ("answers.role", Some(at(2, 3)), at(2, 9)),
            ("answers.hours", Some(at(3, 3)), at(4, 3)), // an empty value is marked at the next token
            ("answers.list[0]", None, at(5, 7)),
            ("answers.list[1]", None, at(6, 7)),
            ("answers.q.x", Some(at(7, 7)), at(7, 10)),
        ];
        for (path, key, value) in table {
            if let Some(key) = key {
                assert_eq!(index.key_pos(path), key, "key of {path}");
            }
            assert_eq!(index.pos(path), value, "value of {path}");
        }
        assert_eq!(index.char_pos(text, "answers.q.x", 0), at(7, 11));
        assert_eq!(index.char_pos(text, "answers.list[1]", 0), at(6, 8));
        assert_eq!(index.char_pos(text, "answers.lit", 5), at(10, 6));
    }
}
