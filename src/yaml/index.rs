//! Where each node of a document is written, looked up by YAML path
//! (`sections[0].questions[2].visible_if`), for errors the loader finds after serde
//! (an unknown id, a caret inside an expression) and for serde-saphyr's own.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};

use crate::questionnaire::Pos;

/// How a node was written; decides where the characters of a scalar start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Block,
    Collection,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValuePos {
    pub pos: Pos,
    pub style: Style,
}

/// The positions of a document's nodes, looked up by path
/// (`sections[0].questions[2].visible_if`, `answers.role`).
// A tree rather than a map from path strings: building it allocates one Vec per
// container and hashes nothing but large maps, and a lookup walks a few short key lists.
#[derive(Debug, Default)]
pub struct PosIndex {
    nodes: Vec<Node>,
    /// Every map key, one after the other; entries point into it.
    keys: String,
}

#[derive(Debug)]
struct Node {
    value: ValuePos,
    /// Where the key naming this node is written, for map entries (line 0 otherwise).
    key: Pos,
    kids: Kids,
}

#[derive(Debug)]
enum Kids {
    Leaf,
    Seq(Vec<u32>),
    /// Entries (key range in `keys`, node) in file order; large maps also get a hash index
    /// (boxed: most maps are small, and every node pays for the largest variant).
    #[allow(clippy::box_collection)]
    Map(Vec<(u32, u32, u32)>, Option<Box<HashMap<Box<str>, u32>>>),
}

/// Maps with more entries than this get a hash index for lookups.
const BIG_MAP: usize = 32;

impl PosIndex {
    /// Positions of `text`. serde-saphyr reports the parser's errors and limits, so one
    /// here only ends the index early; nesting is bounded by the parser's own limits.
    pub fn build(text: &str) -> PosIndex {
        let mut b = Builder::default();
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else { break };
            let pos = Pos {
                line: to_u32(span.start.line()),
                col: to_u32(span.start.col() + 1),
            };
            match event {
                Event::Scalar(value, style, ..) => {
                    let style = match style {
                        ScalarStyle::Plain => Style::Plain,
                        ScalarStyle::SingleQuoted => Style::SingleQuoted,
                        ScalarStyle::DoubleQuoted => Style::DoubleQuoted,
                        _ => Style::Block,
                    };
                    b.scalar(&value, pos, style);
                }
                Event::Alias(_) => b.scalar("", pos, Style::Collection),
                Event::MappingStart(..) => b.open(pos, Kids::Map(Vec::new(), None)),
                Event::SequenceStart(..) => b.open(pos, Kids::Seq(Vec::new())),
                Event::MappingEnd | Event::SequenceEnd => b.close(),
                Event::DocumentEnd => break,
                _ => {}
            }
        }
        PosIndex {
            nodes: b.nodes,
            keys: b.keys,
        }
    }

    fn key(&self, entry: &(u32, u32, u32)) -> &str {
        self.keys
            .get(entry.0 as usize..entry.1 as usize)
            .unwrap_or_default()
    }

    fn find(&self, path: &str) -> Option<&Node> {
        let root = self.nodes.first()?;
        if path.is_empty() {
            return Some(root);
        }
        self.find_in(root, path)
    }

    /// The node at `rest` (not empty) below `node`.
    fn find_in<'a>(&'a self, node: &'a Node, rest: &str) -> Option<&'a Node> {
        // What follows one step: nothing, `[i]...`, or `.` and another key (maybe empty).
        let next = |child: &'a Node, tail: &str| -> Option<&'a Node> {
            match tail.strip_prefix('.') {
                Some(t) => self.find_in(child, t),
                None if tail.is_empty() => Some(child),
                None => self.find_in(child, tail),
            }
        };
        if let Some(after) = rest.strip_prefix('[') {
            let (n, tail) = after.split_once(']')?;
            let i: usize = n.parse().ok()?;
            let Kids::Seq(items) = &node.kids else {
                return None;
            };
            return next(self.nodes.get(*items.get(i)? as usize)?, tail);
        }
        let Kids::Map(entries, big) = &node.kids else {
            return None;
        };
        let end = rest.find(['.', '[']).unwrap_or(rest.len());
        let key = &rest[..end];
        let fast = match big {
            Some(h) => h.get(key).copied(),
            None => entries.iter().find(|e| self.key(e) == key).map(|e| e.2),
        };
        if let Some(found) = fast
            .and_then(|idx| self.nodes.get(idx as usize))
            .and_then(|child| next(child, &rest[end..]))
        {
            return Some(found);
        }
        // A key that itself holds `.` or `[` (a typo in an answers file, a hostile
        // key): try the entries `rest` starts with, longest first.
        let mut longer: Vec<(&str, u32)> = entries
            .iter()
            .map(|e| (self.key(e), e.2))
            .filter(|(k, _)| {
                k.len() > end
                    && rest.starts_with(k)
                    && matches!(rest.as_bytes().get(k.len()), None | Some(b'.' | b'['))
            })
            .collect();
        longer.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        longer
            .into_iter()
            .find_map(|(k, idx)| next(self.nodes.get(idx as usize)?, &rest[k.len()..]))
    }

    pub fn value(&self, path: &str) -> Option<ValuePos> {
        self.find(path).map(|n| n.value)
    }

    /// Where the value at `path` starts (line 0 when unknown).
    pub fn pos(&self, path: &str) -> Pos {
        self.value(path).map(|v| v.pos).unwrap_or_default()
    }

    /// Where the key of the map entry at `path` is written, else the value.
    pub fn key_pos(&self, path: &str) -> Pos {
        self.find(path)
            .map(|n| if n.key.line > 0 { n.key } else { n.value.pos })
            .unwrap_or_default()
    }

    /// Where the value of the map entry whose key is written at `key` starts.
    pub fn value_of_key_at(&self, key: Pos) -> Option<Pos> {
        self.nodes
            .iter()
            .find(|n| n.key == key && key.line > 0)
            .map(|n| n.value.pos)
    }

    /// Where the mapping that holds the key written at `key` starts.
    pub fn map_of_key_at(&self, key: Pos) -> Option<Pos> {
        let child = self
            .nodes
            .iter()
            .position(|n| n.key == key && key.line > 0)?;
        let child = to_u32(child);
        self.nodes
            .iter()
            .find(|n| matches!(&n.kids, Kids::Map(entries, _) if entries.iter().any(|e| e.2 == child)))
            .map(|n| n.value.pos)
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

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Walks the written characters of a scalar to its `offset`-th character: an escape
/// or a doubled quote is several written characters for one.
fn char_pos(source: &str, v: ValuePos, offset: usize) -> Option<Pos> {
    let mut lines = source.lines().skip((v.pos.line as usize).checked_sub(1)?);
    if v.style == Style::Block {
        // The mark may be at the `|`/`>` indicator or at the first content line.
        let first = lines.next()?;
        let at_indicator = first
            .chars()
            .nth(v.pos.col as usize - 1)
            .is_some_and(|c| c == '|' || c == '>');
        let mut line_no = v.pos.line as usize + usize::from(at_indicator);
        let lines = (!at_indicator).then_some(first).into_iter().chain(lines);
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
                return Some(Pos {
                    line: u32::try_from(line_no).ok()?,
                    col: u32::try_from(ind + left + 1).ok()?,
                });
            }
            left -= content + 1;
            line_no += 1;
        }
        return None;
    }
    if v.style == Style::Collection {
        return None;
    }
    let line = lines.next()?;
    let quoted = usize::from(v.style != Style::Plain);
    let start = v.pos.col as usize - 1 + quoted;
    let mut chars = line.chars().skip(start).peekable();
    let mut col = start + 1;
    for _ in 0..offset {
        let c = chars.next()?;
        col += 1;
        let escape = match (v.style, c) {
            (Style::SingleQuoted, '\'') => chars.peek() == Some(&'\''),
            (Style::DoubleQuoted, '\\') => true,
            _ => false,
        };
        if escape {
            chars.next();
            col += 1;
        }
    }
    Some(Pos {
        line: v.pos.line,
        col: u32::try_from(col).ok()?,
    })
}

/// A key read (its range in `keys` and where it is written), waiting for its value.
type PendingKey = (u32, u32, Pos);

#[derive(Default)]
struct Builder {
    nodes: Vec<Node>,
    keys: String,
    /// Open collections; for a map, the key whose value has not come yet.
    stack: Vec<(u32, Option<PendingKey>)>,
    /// Depth of collections used as map keys being skipped (`? [a, b]: x`).
    in_key: usize,
}

impl Builder {
    fn scalar(&mut self, value: &str, pos: Pos, style: Style) {
        if self.in_key > 0 {
            return;
        }
        if let Some((parent, key @ None)) = self.stack.last_mut()
            && matches!(self.nodes[*parent as usize].kids, Kids::Map(..))
        {
            let start = to_u32(self.keys.len());
            self.keys.push_str(value);
            *key = Some((start, to_u32(self.keys.len()), pos));
            // A block mapping starts at its first key.
            let parent = &mut self.nodes[*parent as usize].value.pos;
            if pos < *parent {
                *parent = pos;
            }
            return;
        }
        self.add(pos, style, Kids::Leaf);
    }

    /// Adds a node under the open collection; `None` when there is no place for it.
    fn add(&mut self, pos: Pos, style: Style, kids: Kids) -> Option<u32> {
        let idx = to_u32(self.nodes.len());
        let mut node = Node {
            value: ValuePos { pos, style },
            key: Pos::default(),
            kids,
        };
        match self.stack.last_mut() {
            None if !self.nodes.is_empty() => return None,
            None => {}
            Some((parent, key)) => match (&mut self.nodes[*parent as usize].kids, key.take()) {
                (Kids::Seq(items), _) => items.push(idx),
                (Kids::Map(entries, _), Some((start, end, kpos))) => {
                    node.key = kpos;
                    entries.push((start, end, idx));
                }
                _ => return None,
            },
        }
        self.nodes.push(node);
        Some(idx)
    }

    fn open(&mut self, pos: Pos, kids: Kids) {
        let is_key = self.in_key > 0
            || matches!(self.stack.last(), Some((p, None)) if matches!(self.nodes[*p as usize].kids, Kids::Map(..)));
        if is_key {
            self.in_key += 1;
            return;
        }
        if let Some(idx) = self.add(pos, Style::Collection, kids) {
            self.stack.push((idx, None));
        }
    }

    fn close(&mut self) {
        if self.in_key > 0 {
            self.in_key -= 1;
            if self.in_key == 0 {
                // The collection was a key: its map now waits for the value, found by no path.
                if let Some((_, key)) = self.stack.last_mut() {
                    *key = Some((0, 0, Pos::default()));
                }
            }
            return;
        }
        let Some((idx, _)) = self.stack.pop() else {
            return;
        };
        let keys = &self.keys;
        if let Kids::Map(entries, big) = &mut self.nodes[idx as usize].kids
            && entries.len() > BIG_MAP
        {
            let key = |e: &(u32, u32, u32)| keys.get(e.0 as usize..e.1 as usize).unwrap_or("");
            *big = Some(Box::new(
                entries.iter().map(|e| (key(e).into(), e.2)).collect(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, col: u32) -> Pos {
        Pos { line, col }
    }

    #[test]
    fn positions() {
        let text = "answers:\n  role: ml\n  hours:\n  list:\n    - a\n    - 'b'\n  q: {x: \"y\"}\n  lit: |\n    one\n    two\n  role.label: x\n  \"a[0]\": 1\n  \"\": 2\n  \"q.x\": {z: 3}\n  ? [k]\n  : v\n  after: 1\n";
        let index = PosIndex::build(text);
        let table = [
            ("answers", None, at(2, 3)),
            ("answers.role", Some(at(2, 3)), at(2, 9)),
            ("answers.list[0]", None, at(5, 7)),
            ("answers.list[1]", None, at(6, 7)),
            ("answers.q.x", Some(at(7, 7)), at(7, 10)),
            // Keys holding `.` or `[`, and the empty key.
            ("answers.role.label", Some(at(11, 3)), at(11, 15)),
            ("answers.a[0]", Some(at(12, 3)), at(12, 11)),
            ("answers.", Some(at(13, 3)), at(13, 7)),
            ("answers.q.x.z", Some(at(14, 11)), at(14, 14)),
            // A collection as a key is skipped; the keys after it are found.
            ("answers.after", Some(at(17, 3)), at(17, 10)),
        ];
        for (path, key, value) in table {
            if let Some(key) = key {
                assert_eq!(index.key_pos(path), key, "key of {path}");
            }
            assert_eq!(index.pos(path), value, "value of {path}");
        }
        assert_eq!(index.pos("answers.hours").line, 3, "an empty value");
        assert_eq!(index.char_pos(text, "answers.q.x", 0), at(7, 11));
        assert_eq!(index.char_pos(text, "answers.list[1]", 0), at(6, 8));
        assert_eq!(index.char_pos(text, "answers.lit", 5), at(10, 6));
        assert_eq!(index.pos("answers.nothing"), Pos::default());
    }
}
