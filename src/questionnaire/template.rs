//! `because` and note templates: literal text with `{name}`, `{name.label}`,
//! `{score.dim}` placeholders and `{{`/`}}` for literal braces. Parsed once, when the
//! file is loaded, into a [`Template`] that evaluation renders from.

use super::{SortedMap, Str, Text};

/// A `because` or note text with `{placeholders}`: the text as written (for the lint and
/// the size checks) and each language's parts, parsed when the file was loaded.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Template {
    pub text: Text,
    /// By language; a plain string is under "". Every `because` has one, so a sorted slice
    /// rather than a `BTreeMap` (whose node has room for eleven languages).
    parts: SortedMap<Box<[Part]>>,
}

/// One part of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Part {
    /// Literal text, `{{` and `}}` already one brace.
    Text(Str),
    /// `{name}` or `{name.label}`; `name` may be `score.<dimension>`. `at` is where the
    /// placeholder starts in its language's text, in characters.
    Name {
        name: String,
        label: bool,
        at: usize,
    },
}

impl Template {
    /// Parses every language of `text`. Each malformed one is returned with its language
    /// ("" for a plain string) and left without parts.
    pub fn parse(text: &Text) -> (Template, Vec<(String, TemplateError)>) {
        let strings: Vec<(&str, &str)> = match text {
            Text::Plain(s) => vec![("", s.as_str())],
            Text::ByLang(map) => map.iter().map(|(l, s)| (l, s.as_str())).collect(),
        };
        let mut parts = Vec::with_capacity(strings.len());
        let mut errors = Vec::new();
        for (lang, s) in strings {
            match parse_template(s) {
                Ok(pieces) => parts.push((lang, to_parts(&pieces))),
                Err(e) => errors.push((lang.to_owned(), e)),
            }
        }
        (
            Template {
                text: text.clone(),
                parts: parts.into_iter().collect(),
            },
            errors,
        )
    }

    /// The parts in `lang`, else in `fallback`, else in any language there is (as
    /// [`Text::get`] picks the text).
    pub fn parts(&self, lang: &str, fallback: &str) -> &[Part] {
        self.parts
            .get(lang)
            .or_else(|| self.parts.get(fallback))
            .or_else(|| self.parts.values().next())
            .map_or(&[], |p| p)
    }

    /// Every language's parts, with the language ("" for a plain string).
    pub fn languages(&self) -> impl Iterator<Item = (&str, &[Part])> {
        self.parts.iter().map(|(l, p)| (l, &**p))
    }
}

/// How many characters `{name}` or `{name.label}` takes in its text.
pub fn name_len(name: &str, label: bool) -> usize {
    name.chars().count() + if label { 8 } else { 2 }
}

/// Pieces as the model keeps them: owned, literal braces joined to the text around them.
fn to_parts(pieces: &[Piece<'_>]) -> Box<[Part]> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut at = 0;
    for piece in pieces {
        match *piece {
            Piece::Text(t) => {
                text.push_str(t);
                at += t.chars().count();
            }
            Piece::Brace(c) => {
                text.push(c);
                at += 2;
            }
            Piece::Name { name, label } => {
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text).into()));
                }
                parts.push(Part::Name {
                    name: name.to_owned(),
                    label,
                    at,
                });
                at += name_len(name, label);
            }
        }
    }
    if !text.is_empty() {
        parts.push(Part::Text(text.into()));
    }
    parts.into_boxed_slice()
}

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
                        message: diag!("diag-bad-template-unclosed"),
                        help: Some(diag!("diag-bad-template-brace-help")),
                    });
                };
                if bytes[close] == b'{' {
                    return Err(TemplateError {
                        offset: char_at(i),
                        len: s[i..close].chars().count(),
                        message: diag!("diag-bad-template-unclosed"),
                        help: Some(diag!("diag-bad-template-brace-help")),
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
                        message: diag!("diag-bad-template-not-placeholder", inner = inner),
                        help: Some(diag!("diag-bad-template-not-placeholder-help")),
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
                    message: diag!("diag-bad-template-unopened"),
                    help: Some(diag!("diag-bad-template-close-brace-help")),
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

    #[test]
    fn parts_join_braces_and_know_where_names_are() {
        let (t, errors) = Template::parse(&Text::plain("é {{x}} {role.label}, {n}!"));
        assert!(errors.is_empty());
        let name = |name: &str, label, at| Part::Name {
            name: name.into(),
            label,
            at,
        };
        assert_eq!(
            t.parts("en", "en"),
            [
                Part::Text("é {x} ".into()),
                name("role", true, 8),
                Part::Text(", ".into()),
                name("n", false, 22),
                Part::Text("!".into()),
            ]
        );
    }
}
