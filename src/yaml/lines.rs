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

    /// The position of character `offset` of the scalar written at `value`, for carets
    /// inside expressions and templates; the value's start when it cannot be followed.
    pub fn char_pos(&self, value: Pos, offset: usize) -> Pos {
        self.find_char(value, offset).unwrap_or(value)
    }

    fn find_char(&self, value: Pos, offset: usize) -> Option<Pos> {
        let first = self.line(value.line);
        let start = (value.col as usize).checked_sub(1)?;
        if self.after_block_indicator(value) {
            return self.block_char(value.line, offset);
        }
        let style = match first.chars().nth(start)? {
            // An alias, an anchor or a tag: the characters are elsewhere or further on.
            '*' | '&' | '!' => return None,
            q @ ('"' | '\'') => q,
            _ => ' ',
        };
        let (mut line, mut left) = (value.line, offset);
        let mut chars: Vec<char> = first.chars().collect();
        let mut i = start + usize::from(style != ' ');
        loop {
            // Trailing blanks before a line break fold away with it.
            let end = chars.len() - chars.iter().rev().take_while(|c| c.is_whitespace()).count();
            // A `\` ending a double-quoted line (not itself escaped) joins the next line
            // without a space: it stands for no character.
            let joined = style == '"'
                && chars[..end]
                    .iter()
                    .rev()
                    .take_while(|&&c| c == '\\')
                    .count()
                    % 2
                    == 1;
            let content = end - usize::from(joined);
            while left > 0 && i < content {
                // An escape or a doubled quote is several written characters for one.
                let escape = match (style, chars[i]) {
                    ('\'', '\'') => chars.get(i + 1) == Some(&'\''),
                    ('"', '\\') => true,
                    _ => false,
                };
                i += 1 + usize::from(escape);
                left -= 1;
            }
            // At the end of a joined line, the character is on the next one.
            if left == 0 && !(joined && i >= content) {
                return Some(Pos {
                    line,
                    col: u32::try_from(i + 1).ok()?,
                });
            }
            // A line break inside a plain or quoted scalar folds: into a space before a
            // line with text, into a line break per blank line before one.
            let mut breaks = 0;
            loop {
                line = line
                    .checked_add(1)
                    .filter(|&n| n as usize <= self.starts.len())?;
                chars = self.line(line).chars().collect();
                if chars.iter().any(|c| !c.is_whitespace()) {
                    break;
                }
                breaks += 1;
            }
            let folded = if breaks > 0 {
                breaks
            } else {
                usize::from(!joined)
            };
            if left < folded {
                return None;
            }
            left -= folded;
            i = chars.iter().take_while(|c| c.is_whitespace()).count();
        }
    }

    /// Whether the value at `value` is the content of a block scalar: what is written
    /// before it (on its line, else the lines above) ends with `|` or `>` and its
    /// chomping and indentation marks.
    fn after_block_indicator(&self, value: Pos) -> bool {
        let whole = self.line(value.line);
        let cut = whole
            .char_indices()
            .nth((value.col as usize).saturating_sub(1))
            .map_or(whole.len(), |(i, _)| i);
        let mut before = whole[..cut].trim_end();
        let mut line = value.line;
        while before.is_empty() && line > 1 {
            line -= 1;
            let l = self.line(line);
            before = l.split(" #").next().unwrap_or(l).trim_end();
        }
        let last = before.rsplit([' ', '\t']).next().unwrap_or("");
        last.starts_with(['|', '>'])
            && last[1..]
                .chars()
                .all(|c| c == '-' || c == '+' || c.is_ascii_digit())
    }

    /// Character `offset` of a block scalar whose content starts on line `first`.
    fn block_char(&self, first: u32, offset: usize) -> Option<Pos> {
        let mut indent = None;
        let mut left = offset;
        for n in first..=u32::try_from(self.starts.len()).ok()? {
            let line = self.line(n);
            if line.trim().is_empty() {
                left = left.checked_sub(1)?;
                continue;
            }
            let ind = *indent.get_or_insert(line.len() - line.trim_start().len());
            let content = line.chars().count().saturating_sub(ind);
            if left <= content {
                return Some(Pos {
                    line: n,
                    col: u32::try_from(ind + left + 1).ok()?,
                });
            }
            left -= content + 1;
        }
        None
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
        let text = "a: x == 1\nb: 'it''s {x}'\nc: \"\\\"{y}\"\nd: |\n  one\n  two\ne: *x\n";
        let lines = Lines::new(text);
        assert_eq!(lines.char_pos(at(1, 4), 5), at(1, 9));
        assert_eq!(lines.char_pos(at(2, 4), 4), at(2, 10));
        assert_eq!(lines.char_pos(at(3, 4), 1), at(3, 7));
        assert_eq!(lines.char_pos(at(5, 3), 5), at(6, 4));
        assert_eq!(lines.char_pos(at(7, 4), 2), at(7, 4));
        assert_eq!(lines.char_pos(at(9, 1), 2), at(9, 1));
    }

    /// A plain or quoted scalar over several lines: each line break folds into one space
    /// (trailing blanks and the next line's indentation go with it), a blank line into a
    /// line break, and a `\` ending a double-quoted line into nothing.
    #[test]
    fn characters_inside_scalars_over_several_lines() {
        let text = "a: x == 1\n  && yy\n   && zz\nb: 'p  \n  q'\nc: \"r\\\n  s\"\nd: t\n\n  u\ne: \"v \\\n  && w\"\n";
        let lines = Lines::new(text);
        let table = [
            // `x == 1 && yy && zz`: `yy` is character 10, `zz` 16.
            (at(1, 4), 10, at(2, 6)),
            (at(1, 4), 16, at(3, 7)),
            // `p q`: the trailing blanks folded with the break.
            (at(4, 4), 2, at(5, 3)),
            // `rs`: the escaped break joins without a space.
            (at(6, 4), 1, at(7, 3)),
            // `t\nu`: a blank line is one line break.
            (at(8, 4), 2, at(10, 3)),
            // `v && w`: the blank before an escaped break is kept, the break is nothing.
            (at(11, 4), 5, at(12, 6)),
        ];
        for (value, offset, want) in table {
            assert_eq!(lines.char_pos(value, offset), want, "{value:?} + {offset}");
        }
    }
}
