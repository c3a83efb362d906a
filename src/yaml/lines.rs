//! The places messages point at that serde-saphyr's positions (where a value starts) do
//! not give directly: the key written before a value, a character inside a scalar.

use crate::questionnaire::Pos;

/// A text and where its lines start.
#[derive(Debug)]
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Line `n` (from 1) without its line break; empty past the end.
    fn line(&self, n: u32) -> &'a str {
        let Some(i) = (n as usize).checked_sub(1) else {
            return "";
        };
        let Some(&start) = self.starts.get(i) else {
            return "";
        };
        let end = self.starts.get(i + 1).map_or(self.text.len(), |&e| e - 1);
        let line = self.text.get(start..end).unwrap_or("");
        line.strip_suffix('\r').unwrap_or(line)
    }

    /// Where the key `key` of the value written at `value` is: before the value on its
    /// line, or ending an earlier line (`key:`, the value below). The value's own position
    /// when the text does not read that way (a tag or an anchor between them, an escape).
    pub fn key_pos(&self, value: Pos, key: &str) -> Pos {
        self.find_key(value, key).unwrap_or(value)
    }

    fn find_key(&self, value: Pos, key: &str) -> Option<Pos> {
        let mut line = value.line;
        let whole = self.line(line);
        let cut = whole
            .char_indices()
            .nth((value.col as usize).checked_sub(1)?)
            .map_or(whole.len(), |(i, _)| i);
        let mut before = whole[..cut].trim_end();
        while before.is_empty() {
            line = line.checked_sub(1).filter(|&l| l > 0)?;
            let l = self.line(line);
            // Blank and comment lines may stand between a key and its value.
            before = match l.trim_start().starts_with('#') {
                true => "",
                false => l.split(" #").next().unwrap_or(l).trim_end(),
            };
        }
        let head = before.strip_suffix(':')?.trim_end();
        let (head, quote) = match head.chars().next_back() {
            Some(q @ ('"' | '\'')) => (&head[..head.len() - 1], Some(q)),
            _ => (head, None),
        };
        let start = head.strip_suffix(key)?;
        let col = match quote {
            Some(q) => start.strip_suffix(q)?.chars().count() + 1,
            None if start.ends_with(|c: char| !(c.is_whitespace() || "-?{,".contains(c))) => {
                return None;
            }
            None => start.chars().count() + 1,
        };
        Some(Pos {
            line,
            col: u32::try_from(col).ok()?,
        })
    }

    /// The tag written just before the value at `value` on its line, and where it starts:
    /// the `!` of `when: ! answered(x)`, which YAML takes off the value as a tag.
    pub fn tag_before(&self, value: Pos) -> Option<(Pos, &'a str)> {
        let line = self.line(value.line);
        let cut = line
            .char_indices()
            .nth((value.col as usize).checked_sub(1)?)
            .map_or(line.len(), |(i, _)| i);
        let before = line[..cut].trim_end();
        let start = before
            .rfind(|c: char| c.is_whitespace() || matches!(c, '[' | '{' | ','))
            .map_or(0, |i| i + 1);
        let tag = &before[start..];
        let col = u32::try_from(before[..start].chars().count() + 1).ok()?;
        tag.starts_with('!').then_some((Pos { col, ..value }, tag))
    }

    /// The position of character `offset` of `scalar`, the value written at `value`, for
    /// carets inside expressions and templates. The value's characters are found in the
    /// text in order, passing over what YAML writes around them: quotes, the `\` of an
    /// escape, indentation, and line breaks that fold. The value's start when the text does
    /// not read as the value (an alias, a tag, an escape by code such as `\t`).
    pub fn char_pos(&self, value: Pos, scalar: &str, offset: usize) -> Pos {
        self.find_char(value, scalar, offset).unwrap_or(value)
    }

    fn find_char(&self, value: Pos, scalar: &str, offset: usize) -> Option<Pos> {
        let first = self.line(value.line);
        let col = (value.col as usize).checked_sub(1)?;
        let start = self.starts.get((value.line as usize).checked_sub(1)?)?
            + first
                .char_indices()
                .nth(col)
                .map_or(first.len(), |(i, _)| i);
        let mut written = self.text.get(start..)?.chars();
        let mut next = value;
        for (i, want) in scalar.chars().enumerate() {
            loop {
                let here = next;
                let c = written.next()?;
                next = match c {
                    '\n' => Pos {
                        line: here.line + 1,
                        col: 1,
                    },
                    _ => Pos {
                        col: here.col + 1,
                        ..here
                    },
                };
                if c == want && i == offset {
                    return Some(here);
                } else if c == want {
                    break;
                } else if !matches!(c, ' ' | '\t' | '\r' | '\n' | '"' | '\'' | '\\') {
                    return None;
                }
            }
        }
        // The end of the value: just after its last character.
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, col: u32) -> Pos {
        Pos { line, col }
    }

    #[test]
    fn keys_before_values() {
        let text = "- id: q0\n  \"max\": 3\n  when:\n    # why\n    x\n  {value: a, 'label': b}\n  xid: 1\n  id: &a q\n";
        let lines = Lines::new(text);
        let table = [
            (at(1, 7), "id", at(1, 3)),
            (at(2, 10), "max", at(2, 3)),
            (at(5, 5), "when", at(3, 3)),
            (at(6, 11), "value", at(6, 4)),
            (at(6, 23), "label", at(6, 14)),
            // Not this key, or not readable: the value itself.
            (at(7, 8), "id", at(7, 8)),
            (at(8, 10), "id", at(8, 10)),
        ];
        for (value, key, want) in table {
            assert_eq!(lines.key_pos(value, key), want, "{key} of {value:?}");
        }
    }

    #[test]
    fn characters_inside_scalars() {
        let text =
            "a: x == 1\nb: 'it''s {x}'\nc: \"\\\"{y}\"\nd: |\n  one\n  two\ne: *x\nf: \"\\t{z}\"\n";
        let lines = Lines::new(text);
        let table = [
            (at(1, 4), "x == 1", 5, at(1, 9)),
            // The end of the value.
            (at(1, 4), "x == 1", 6, at(1, 10)),
            (at(2, 4), "it's {x}", 4, at(2, 10)),
            (at(3, 4), "\"{y}", 1, at(3, 7)),
            (at(5, 3), "one\ntwo\n", 5, at(6, 4)),
            // Not readable as the value: the value's start.
            (at(7, 4), "x == 1", 2, at(7, 4)),
            (at(8, 4), "\t{z}", 1, at(8, 4)),
            (at(10, 1), "x", 0, at(10, 1)),
        ];
        for (value, scalar, offset, want) in table {
            assert_eq!(
                lines.char_pos(value, scalar, offset),
                want,
                "{scalar:?} + {offset}"
            );
        }
    }

    /// A plain or quoted scalar over several lines: each line break folds into one space
    /// (trailing blanks and the next line's indentation go with it), a blank line into a
    /// line break, and a `\` ending a double-quoted line into nothing.
    #[test]
    fn characters_inside_scalars_over_several_lines() {
        let text = "a: x == 1\n  && yy\n   && zz\nb: 'p  \n  q'\nc: \"r\\\n  s\"\nd: t\n\n  u\ne: \"v \\\n  && w\"\n";
        let lines = Lines::new(text);
        let table = [
            (at(1, 4), "x == 1 && yy && zz", 10, at(2, 6)),
            (at(1, 4), "x == 1 && yy && zz", 16, at(3, 7)),
            // The trailing blanks folded with the break.
            (at(4, 4), "p q", 2, at(5, 3)),
            // The escaped break joins without a space.
            (at(6, 4), "rs", 1, at(7, 3)),
            // A blank line is one line break.
            (at(8, 4), "t\nu", 2, at(10, 3)),
            // The blank before an escaped break is kept, the break is nothing.
            (at(11, 4), "v && w", 5, at(12, 6)),
        ];
        for (value, scalar, offset, want) in table {
            assert_eq!(
                lines.char_pos(value, scalar, offset),
                want,
                "{scalar:?} + {offset}"
            );
        }
    }
}
