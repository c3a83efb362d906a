//! The document around a position, read again by the parser only once serde-saphyr has
//! failed: what its error messages need and its errors do not carry.

use serde_saphyr::granit_parser::{Event, Parser};

use crate::questionnaire::Pos;

/// What a message needs to know of the document around the position of an error: the
/// value and the mapping of the key written there, the root, whether the root has an
/// `answers` key. A second read of the text by the parser, only once the first failed.
#[derive(Debug, Default)]
pub(super) struct Around {
    pub value: Option<Pos>,
    pub map: Option<Pos>,
    pub root: Option<Pos>,
    pub answers: bool,
}

impl Around {
    pub fn read(text: &str, key: Pos) -> Around {
        let mut out = Around::default();
        // Open collections: (a mapping, where it starts, the next node is a key).
        let mut open: Vec<(bool, Pos, bool)> = Vec::new();
        // Depth inside a collection used as a key (`? [a, b]: x`), which no path names.
        let mut in_key = 0usize;
        let mut value_next = false;
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else { break };
            let pos = Pos {
                line: u32::try_from(span.start.line()).unwrap_or(u32::MAX),
                col: u32::try_from(span.start.col() + 1).unwrap_or(u32::MAX),
            };
            let (opens, map) = match &event {
                Event::MappingStart(..) => (true, true),
                Event::SequenceStart(..) => (true, false),
                Event::MappingEnd | Event::SequenceEnd => {
                    if in_key > 0 {
                        in_key -= 1;
                        if in_key == 0
                            && let Some(top) = open.last_mut()
                        {
                            top.2 = false;
                        }
                    } else {
                        open.pop();
                    }
                    continue;
                }
                Event::Scalar(..) | Event::Alias(_) => (false, false),
                Event::DocumentEnd => break,
                _ => continue,
            };
            if in_key > 0 {
                in_key += usize::from(opens);
                continue;
            }
            out.root.get_or_insert(pos);
            if std::mem::take(&mut value_next) {
                out.value = Some(pos);
            }
            let depth = open.len();
            let mut is_key = false;
            if let Some(top) = open.last_mut().filter(|t| t.0) {
                is_key = top.2;
                top.2 = !top.2;
                if is_key {
                    // A block mapping starts at its first key.
                    if pos < top.1 {
                        top.1 = pos;
                        if depth == 1 {
                            out.root = Some(pos);
                        }
                    }
                    if pos == key {
                        out.map = Some(top.1);
                        value_next = true;
                    }
                    if depth == 1 && matches!(&event, Event::Scalar(v, ..) if v == "answers") {
                        out.answers = true;
                    }
                }
            }
            if opens {
                if is_key {
                    in_key = 1;
                } else {
                    open.push((map, pos, true));
                }
            }
        }
        out
    }
}
