//! The parsed document as a tree of nodes with their positions, built from
//! yaml-rust2's marked events; looked up by YAML path
//! (`sections[0].questions[2].visible_if`) and deserialized by `de`.

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

/// A tree of node positions, looked up by path
/// (`sections[0].questions[2].visible_if`, `answers.role`).
// A tree rather than a map from path strings: building it allocates one Vec per
// container and hashes nothing, and a lookup walks a few short key lists.
#[derive(Debug, Default)]
pub struct PosIndex {
    pub(super) nodes: Vec<Node>,
    /// Anchor id -> the node it names.
    pub(super) anchors: HashMap<usize, u32>,
}

#[derive(Debug)]
pub(super) struct Node {
    pub value: ValuePos,
    /// Where the key naming this node is written, for map entries.
    pub key: Option<Pos>,
    pub kids: Kids,
}

#[derive(Debug)]
pub(super) enum Kids {
    /// A scalar, as written (quotes and escapes resolved).
    Leaf(String),
    /// An alias to the anchor with this id.
    Alias(usize),
    Seq(Vec<u32>),
    /// Entries in file order; large maps also get a hash index.
    Map(Vec<(String, u32)>, Option<HashMap<String, u32>>),
}

/// Maps with more entries than this get a hash index for lookups.
const BIG_MAP: usize = 32;

impl PosIndex {
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
            None => entries.iter().rev().find(|(k, _)| k == key).map(|e| e.1),
        };
        if let Some(found) = fast
            .and_then(|idx| self.nodes.get(idx as usize))
            .and_then(|child| next(child, &rest[end..]))
        {
            return Some(found);
        }
        // A key that itself holds `.` or `[` (a typo in an answers file, a hostile
        // key): try the entries `rest` starts with, longest first.
        let mut longer: Vec<&(String, u32)> = entries
            .iter()
            .filter(|(k, _)| {
                k.len() > end
                    && rest.starts_with(k.as_str())
                    && matches!(rest.as_bytes().get(k.len()), None | Some(b'.' | b'['))
            })
            .collect();
        longer.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        longer
            .into_iter()
            .find_map(|(k, idx)| next(self.nodes.get(*idx as usize)?, &rest[k.len()..]))
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
            .map(|n| n.key.unwrap_or(n.value.pos))
            .unwrap_or_default()
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

struct Frame {
    node: u32,
    /// A map's key whose value has not started yet.
    key: Option<(String, Pos)>,
    /// A collection used as a map key: indexed nowhere.
    is_key: bool,
}

/// Deepest nesting of collections accepted (as serde_yaml).
pub const MAX_DEPTH: usize = 128;

/// Why a document was refused while it was being read.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildError {
    pub message: String,
    pub pos: Pos,
    /// Characters the caret should cover.
    pub len: usize,
    pub code: &'static str,
}

#[derive(Default)]
struct Builder {
    nodes: Vec<Node>,
    anchors: HashMap<usize, u32>,
    stack: Vec<Frame>,
    documents: usize,
    error: Option<BuildError>,
}

impl Builder {
    fn into_index(self) -> PosIndex {
        PosIndex {
            nodes: self.nodes,
            anchors: self.anchors,
        }
    }

    fn fail(&mut self, pos: Pos, len: usize, code: &'static str, message: String) {
        if self.error.is_none() {
            self.error = Some(BuildError {
                message,
                pos,
                len,
                code,
            });
        }
    }

    /// Adds a node and attaches it to the open collection; `None` if it is a map key.
    fn add(&mut self, scalar: Option<String>, pos: Pos, style: Style, kids: Kids) -> Option<u32> {
        let idx = u32::try_from(self.nodes.len()).ok()?;
        let is_key = match self.stack.last() {
            Some(f) if !f.is_key => {
                f.key.is_none() && matches!(self.nodes[f.node as usize].kids, Kids::Map(..))
            }
            _ => false,
        };
        if is_key && let Some(s) = scalar {
            // A map key: remember it for the value that follows.
            return self.key(s, pos);
        }
        let kids = match scalar {
            Some(s) => Kids::Leaf(s),
            None => kids,
        };
        let mut node = Node {
            value: ValuePos { pos, style },
            key: None,
            kids,
        };
        match self.stack.last_mut() {
            None => {
                if !self.nodes.is_empty() {
                    return None;
                }
            }
            Some(frame) if frame.is_key => return None,
            Some(frame) => {
                let parent = frame.node as usize;
                match (&mut self.nodes[parent].kids, frame.key.take()) {
                    (Kids::Seq(items), _) => items.push(idx),
                    (Kids::Map(entries, _), Some((k, kpos))) => {
                        node.key = Some(kpos);
                        entries.push((k, idx));
                    }
                    (Kids::Map(..), None) => {
                        // A collection used as a key.
                        frame.key = Some(("?".to_owned(), pos));
                        return None;
                    }
                    _ => return None,
                }
            }
        }
        self.nodes.push(node);
        Some(idx)
    }

    fn key(&mut self, k: String, pos: Pos) -> Option<u32> {
        let frame = self.stack.last_mut()?;
        // A block mapping's start mark lies after its first key; the first key is where it begins.
        let parent_value = &mut self.nodes[frame.node as usize].value;
        if pos < parent_value.pos {
            parent_value.pos = pos;
        }
        frame.key = Some((k, pos));
        None
    }

    fn open(&mut self, pos: Pos, style: Style, kids: Kids, anchor: usize) {
        if self.stack.len() >= MAX_DEPTH {
            self.fail(
                pos,
                1,
                "too-deep",
                format!("the document nests too deeply (more than {MAX_DEPTH} levels)"),
            );
        }
        match self.add(None, pos, style, kids) {
            Some(idx) => {
                if anchor > 0 {
                    self.anchors.insert(anchor, idx);
                }
                self.stack.push(Frame {
                    node: idx,
                    key: None,
                    is_key: false,
                });
            }
            None => self.stack.push(Frame {
                node: 0,
                key: None,
                is_key: true,
            }),
        }
    }

    fn close(&mut self, pos: Pos) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        if frame.is_key {
            // The collection was a key: the parent map now waits for its value.
            if let Some(parent) = self.stack.last_mut() {
                parent.key = Some(("?".to_owned(), pos));
            }
            return;
        }
        let Kids::Map(entries, big) = &mut self.nodes[frame.node as usize].kids else {
            return;
        };
        // Repeated keys: checked once per map, hashed only when the map is large.
        let mut dup: Option<(String, u32)> = None;
        if entries.len() > BIG_MAP {
            let mut seen: HashMap<&str, u32> = HashMap::with_capacity(entries.len());
            for (k, i) in entries.iter() {
                if seen.insert(k.as_str(), *i).is_some() && k != "?" {
                    dup = Some((k.clone(), *i));
                    break;
                }
            }
            *big = Some(entries.iter().map(|(k, i)| (k.clone(), *i)).collect());
        } else {
            'outer: for (n, (k, i)) in entries.iter().enumerate() {
                for (earlier, _) in &entries[..n] {
                    if earlier == k && k != "?" {
                        dup = Some((k.clone(), *i));
                        break 'outer;
                    }
                }
            }
        }
        if let Some((k, i)) = dup {
            let at = self.nodes[i as usize].key.unwrap_or(pos);
            let len = k.chars().count();
            self.fail(at, len, "duplicate-key", format!("duplicate key `{k}`"));
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let pos = Pos {
            line: u32::try_from(mark.line()).unwrap_or(u32::MAX),
            col: u32::try_from(mark.col() + 1).unwrap_or(u32::MAX),
        };
        if self.error.is_some() {
            return;
        }
        match ev {
            Event::DocumentStart => {
                self.documents += 1;
                if self.documents > 1 {
                    self.fail(
                        pos,
                        1,
                        "several-documents",
                        "the file holds more than one YAML document (`---`); expected exactly one"
                            .to_owned(),
                    );
                }
            }
            Event::Scalar(value, style, anchor, _) => {
                let style = match style {
                    TScalarStyle::Plain => Style::Plain,
                    TScalarStyle::SingleQuoted => Style::SingleQuoted,
                    TScalarStyle::DoubleQuoted => Style::DoubleQuoted,
                    TScalarStyle::Literal => Style::Literal,
                    TScalarStyle::Folded => Style::Folded,
                };
                if let Some(idx) = self.add(Some(value), pos, style, Kids::Seq(Vec::new()))
                    && anchor > 0
                {
                    self.anchors.insert(anchor, idx);
                }
            }
            Event::Alias(id) => {
                self.add(None, pos, Style::Alias, Kids::Alias(id));
            }
            Event::MappingStart(anchor, _) => {
                self.open(pos, Style::Mapping, Kids::Map(Vec::new(), None), anchor)
            }
            Event::SequenceStart(anchor, _) => {
                self.open(pos, Style::Sequence, Kids::Seq(Vec::new()), anchor)
            }
            Event::MappingEnd | Event::SequenceEnd => self.close(pos),
            _ => {}
        }
    }
}

/// Reads a document into a tree, refusing syntax errors, nesting deeper than
/// [`MAX_DEPTH`], repeated keys and more than one document.
pub fn parse(text: &str) -> Result<PosIndex, BuildError> {
    let mut b = Builder::default();
    let mut parser = Parser::new_from_str(text);
    if let Err(e) = parser.load(&mut b, true) {
        let m = e.marker();
        let pos = Pos {
            line: u32::try_from(m.line()).unwrap_or(u32::MAX),
            col: u32::try_from(m.col() + 1).unwrap_or(u32::MAX),
        };
        // A depth error found first stays first: the parser stops at its own, later limit.
        b.fail(pos, 1, "yaml-syntax", e.info().to_owned());
    }
    match b.error {
        Some(e) => Err(e),
        None => Ok(b.into_index()),
    }
}

/// The tree of a document that is known to parse (positions only matter).
pub fn build(text: &str) -> PosIndex {
    let mut b = Builder::default();
    let mut parser = Parser::new_from_str(text);
    let _ = parser.load(&mut b, false);
    b.into_index()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, col: u32) -> Pos {
        Pos { line, col }
    }

    #[test]
    fn positions() {
        let text = "answers:\n  role: ml\n  hours:\n  list:\n    - a\n    - 'b'\n  q: {x: \"y\"}\n  lit: |\n    one\n    two\n  role.label: x\n  \"a[0]\": 1\n  \"\": 2\n  \"q.x\": {z: 3}\n";
        let index = build(text);
        let table = [
            ("answers", None, at(2, 3)),
            ("answers.role", Some(at(2, 3)), at(2, 9)),
            ("answers.hours", Some(at(3, 3)), at(4, 3)), // an empty value is marked at the next token
            ("answers.list[0]", None, at(5, 7)),
            ("answers.list[1]", None, at(6, 7)),
            ("answers.q.x", Some(at(7, 7)), at(7, 10)),
            // Keys holding `.` or `[`, and the empty key.
            ("answers.role.label", Some(at(11, 3)), at(11, 15)),
            ("answers.a[0]", Some(at(12, 3)), at(12, 11)),
            ("answers.", Some(at(13, 3)), at(13, 7)),
            ("answers.q.x.z", Some(at(14, 11)), at(14, 14)),
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
