//! `because` and note templates: literal text with `{name}`, `{name.label}`,
//! `{score.dim}` placeholders and `{{`/`}}` for literal braces.

/// One piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Literal text (with `{{`/`}}` already turned into one brace).
    Text(&'a str),
    /// A literal `{` or `}` written as `{{` or `}}`.
    Brace(char),
    /// `{name}` or `{name.label}`; `name` may be `score.<dimension>`.
    Name { name: &'a str, label: bool },
}

/// A malformed template; `offset`/`len` are in characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    pub offset: usize,
    pub len: usize,
    pub message: String,
    pub help: Option<String>,
}

/// Splits a template into pieces, or says where it is malformed.
pub fn parse_template(s: &str) -> Result<Vec<Piece<'_>>, TemplateError> {
    let mut pieces = Vec::new();
    let mut lit_start = 0;
    let bytes = s.as_bytes();
    let mut i = 0;
    let char_at = |b: usize| s[..b].chars().count();
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'}' if bytes.get(i + 1) == Some(&bytes[i]) => {
                if lit_start < i {
                    pieces.push(Piece::Text(&s[lit_start..i]));
                }
                pieces.push(Piece::Brace(char::from(bytes[i])));
                i += 2;
                lit_start = i;
            }
            b'{' => {
                let Some(close) = s[i + 1..].find(['}', '{']).map(|c| c + i + 1) else {
                    return Err(TemplateError {
                        offset: char_at(i),
                        len: 1,
                        message: "`{` is never closed".to_owned(),
                        help: Some("write `{{` for a literal brace".to_owned()),
                    });
                };
                if bytes[close] == b'{' {
                    return Err(TemplateError {
                        offset: char_at(i),
                        len: s[i..close].chars().count(),
                        message: "`{` is never closed".to_owned(),
                        help: Some("write `{{` for a literal brace".to_owned()),
                    });
                }
                if lit_start < i {
                    pieces.push(Piece::Text(&s[lit_start..i]));
                }
                let inner = &s[i + 1..close];
                let (name, label) = match inner.strip_suffix(".label") {
                    Some(n) => (n, true),
                    None => (inner, false),
                };
                let valid = !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
                if !valid {
                    return Err(TemplateError {
                        offset: char_at(i),
                        len: inner.chars().count() + 2,
                        message: format!("`{{{inner}}}` is not a placeholder"),
                        help: Some(
                            "placeholders are `{question}`, `{question.label}`, `{score.dimension}` or `{derived}`; write `{{` for a literal brace"
                                .to_owned(),
                        ),
                    });
                }
                pieces.push(Piece::Name { name, label });
                i = close + 1;
                lit_start = i;
            }
            b'}' => {
                return Err(TemplateError {
                    offset: char_at(i),
                    len: 1,
                    message: "`}` without a matching `{`".to_owned(),
                    help: Some("write `}}` for a literal brace".to_owned()),
                });
            }
            _ => i += 1,
        }
    }
    if lit_start < s.len() {
        pieces.push(Piece::Text(&s[lit_start..]));
    }
    Ok(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces() {
        let table: &[(&str, Result<Vec<Piece>, usize>)] = &[
            (
                "a {b} c",
                Ok(vec![
                    Piece::Text("a "),
                    Piece::Name {
                        name: "b",
                        label: false,
                    },
                    Piece::Text(" c"),
                ]),
            ),
            (
                "{r.label}",
                Ok(vec![Piece::Name {
                    name: "r",
                    label: true,
                }]),
            ),
            (
                "{score.rust}",
                Ok(vec![Piece::Name {
                    name: "score.rust",
                    label: false,
                }]),
            ),
            (
                "{{x}}",
                Ok(vec![Piece::Brace('{'), Piece::Text("x"), Piece::Brace('}')]),
            ),
            ("é {", Err(2)),
            ("a }", Err(2)),
            ("{a b}", Err(0)),
            ("{a {b}", Err(0)),
        ];
        for (src, want) in table {
            let got = parse_template(src).map_err(|e| e.offset);
            assert_eq!(&got, want, "{src}");
        }
    }
}
