//! Splits an expression into tokens, with character spans, on demand.

use std::ops::Range;

use super::ExprError;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok<'s> {
    Number(f64),
    Str(String),
    /// A name, possibly dotted (`score.rust`).
    Ident(&'s str),
    True,
    False,
    Null,
    In,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Not,
    Minus,
    Plus,
    Star,
    Slash,
    Percent,
    AndAnd,
    OrOr,
    EqEq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Question,
    Colon,
    End,
}

#[derive(Debug, Clone)]
pub(crate) struct Token<'s> {
    pub tok: Tok<'s>,
    /// Character offsets.
    pub span: Range<usize>,
    /// The token's text in the source (empty at the end).
    pub text: &'s str,
}

impl Token<'_> {
    /// How an error message names this token.
    pub fn describe(&self) -> String {
        if self.tok == Tok::End {
            return diag!("diag-expr-end");
        }
        let mut shown = String::new();
        for (i, c) in self.text.chars().enumerate() {
            if i == 24 {
                shown.push('…');
                break;
            }
            if crate::sanitize::is_unsafe(c) {
                shown.extend(c.escape_default());
            } else {
                shown.push(c);
            }
        }
        format!("`{shown}`")
    }
}

pub(crate) struct Lexer<'s> {
    src: &'s str,
    /// Byte offset of the next character.
    pos: usize,
    /// Character offset of the next character.
    col: usize,
}

impl<'s> Lexer<'s> {
    /// The source text of the characters `span` covers.
    pub(crate) fn text(&self, span: std::ops::Range<usize>) -> String {
        self.src
            .chars()
            .skip(span.start)
            .take(span.end.saturating_sub(span.start))
            .collect()
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn err(message: String, span: Range<usize>, help: Option<String>) -> ExprError {
    ExprError {
        message,
        span,
        help,
    }
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Lexer<'s> {
        Lexer {
            src,
            pos: 0,
            col: 0,
        }
    }

    fn peek(&self) -> Option<char> {
        // Almost every character in an expression is ASCII: skip UTF-8 decoding for those.
        let b = *self.src.as_bytes().get(self.pos)?;
        if b.is_ascii() {
            Some(char::from(b))
        } else {
            self.src[self.pos..].chars().next()
        }
    }

    /// Skips ASCII characters while `keep` holds.
    fn skip_ascii(&mut self, keep: impl Fn(u8) -> bool) {
        while let Some(&b) = self.src.as_bytes().get(self.pos)
            && b.is_ascii()
            && keep(b)
        {
            self.pos += 1;
            self.col += 1;
        }
    }

    fn peek2(&self) -> Option<char> {
        let mut it = self.src[self.pos..].chars();
        it.next();
        it.next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        self.col += 1;
        Some(c)
    }

    fn eat(&mut self, want: char) -> bool {
        if self.peek() == Some(want) {
            self.bump();
            true
        } else {
            false
        }
    }

    pub fn next_token(&mut self) -> Result<Token<'s>, ExprError> {
        self.skip_ascii(|b| b.is_ascii_whitespace());
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
        let (start_byte, start) = (self.pos, self.col);
        let Some(c) = self.bump() else {
            return Ok(Token {
                tok: Tok::End,
                span: start..start,
                text: "",
            });
        };
        let tok = match c {
            '(' => Tok::LParen,
            ')' => Tok::RParen,
            '[' => Tok::LBracket,
            ']' => Tok::RBracket,
            ',' => Tok::Comma,
            '?' => Tok::Question,
            ':' => Tok::Colon,
            '+' => Tok::Plus,
            '-' => Tok::Minus,
            '*' => Tok::Star,
            '/' => Tok::Slash,
            '%' => Tok::Percent,
            '!' if self.eat('=') => Tok::Ne,
            '!' => Tok::Not,
            '<' if self.eat('=') => Tok::Le,
            '<' => Tok::Lt,
            '>' if self.eat('=') => Tok::Ge,
            '>' => Tok::Gt,
            '=' if self.eat('=') => Tok::EqEq,
            '=' => {
                let (found, want) = match self.peek() {
                    Some('>') => ("=>", ">="),
                    Some('<') => ("=<", "<="),
                    _ => ("=", "=="),
                };
                if found.len() == 2 {
                    self.bump();
                }
                let help = if want == "==" {
                    diag!("diag-expr-equality-help")
                } else {
                    diag!("diag-expr-equals-last-help")
                };
                return Err(err(
                    diag!("diag-expr-expected-op", want = want, found = found),
                    start..self.col,
                    Some(help),
                ));
            }
            '&' if self.eat('&') => Tok::AndAnd,
            '&' => {
                return Err(err(
                    diag!("diag-expr-expected-op", want = "&&", found = "&"),
                    start..self.col,
                    Some(diag!("diag-expr-and-help")),
                ));
            }
            '|' if self.eat('|') => Tok::OrOr,
            '|' => {
                return Err(err(
                    diag!("diag-expr-expected-op", want = "||", found = "|"),
                    start..self.col,
                    Some(diag!("diag-expr-or-help")),
                ));
            }
            '\'' | '"' => Tok::Str(self.string(c, start)?),
            c if c.is_ascii_digit() => self.number(start_byte, start)?,
            c if is_ident_start(c) => self.ident(start_byte, start)?,
            c => {
                let shown: String = if crate::sanitize::is_unsafe(c) {
                    c.escape_default().collect()
                } else {
                    c.to_string()
                };
                let help = match c {
                    '#' => Some(diag!("diag-expr-comment-help")),
                    '.' => Some(diag!("diag-expr-dot-help")),
                    '‘' | '’' | '“' | '”' => Some(diag!("diag-expr-curly-quote-help")),
                    '≥' | '≤' | '≠' | '×' | '÷' | '−' => {
                        let ascii = match c {
                            '≥' => ">=",
                            '≤' => "<=",
                            '≠' => "!=",
                            '×' => "*",
                            '÷' => "/",
                            _ => "-",
                        };
                        Some(diag!("diag-expr-ascii-op-help", op = ascii))
                    }
                    c if c.is_alphabetic() => Some(diag!("diag-expr-non-ascii-help")),
                    _ => None,
                };
                return Err(err(
                    diag!("diag-expr-unexpected-char", char = shown),
                    start..self.col,
                    help,
                ));
            }
        };
        Ok(Token {
            tok,
            span: start..self.col,
            text: &self.src[start_byte..self.pos],
        })
    }

    fn string(&mut self, quote: char, start: usize) -> Result<String, ExprError> {
        // Most strings are short choice values without escapes: copy them in one go.
        let rest = &self.src[self.pos..];
        if let Some(end) = rest.find([quote, '\\'])
            && rest[end..].starts_with(quote)
        {
            let body = &rest[..end];
            self.pos += end + 1;
            self.col += body.chars().count() + 1;
            return Ok(body.to_owned());
        }
        let mut out = String::new();
        loop {
            let here = self.col;
            match self.bump() {
                None => {
                    return Err(err(
                        diag!("diag-expr-unterminated", quote = quote.to_string()),
                        start..self.col,
                        None,
                    ));
                }
                Some(c) if c == quote => return Ok(out),
                Some('\\') => {
                    let escaped = match self.bump() {
                        Some('\\') => '\\',
                        Some('\'') => '\'',
                        Some('"') => '"',
                        Some('n') => '\n',
                        Some('t') => '\t',
                        Some('r') => '\r',
                        other => {
                            let found = match other {
                                None => diag!("diag-expr-end"),
                                Some(c) => format!("`\\{}`", c.escape_default()),
                            };
                            return Err(err(
                                diag!("diag-expr-unknown-escape", found = found),
                                here..self.col,
                                None,
                            ));
                        }
                    };
                    out.push(escaped);
                }
                Some(c) => out.push(c),
            }
        }
    }

    fn number(&mut self, start_byte: usize, start: usize) -> Result<Tok<'s>, ExprError> {
        self.skip_ascii(|b| b.is_ascii_digit());
        if self.peek() == Some('.') {
            if !self.peek2().is_some_and(|c| c.is_ascii_digit()) {
                self.bump();
                return Err(err(
                    diag!(
                        "diag-expr-expected-digit",
                        number = &self.src[start_byte..self.pos],
                        found = self.describe_next()
                    ),
                    start..self.col,
                    None,
                ));
            }
            self.bump();
            self.skip_ascii(|b| b.is_ascii_digit());
        }
        // An exponent, as CEL writes it: `1e6`, `2.5E-3`. Only when digits follow, so
        // that a name right after a number is still reported as a missing operator.
        if matches!(self.peek(), Some('e' | 'E')) {
            let rest = &self.src.as_bytes()[self.pos + 1..];
            let sign = usize::from(matches!(rest.first(), Some(b'+' | b'-')));
            if rest.get(sign).is_some_and(u8::is_ascii_digit) {
                self.pos += 1 + sign;
                self.col += 1 + sign;
                self.skip_ascii(|b| b.is_ascii_digit());
            }
        }
        let text = &self.src[start_byte..self.pos];
        match text.parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(Tok::Number(n)),
            _ => Err(err(
                diag!("diag-expr-number-too-large", number = text),
                start..self.col,
                None,
            )),
        }
    }

    fn ident(&mut self, start_byte: usize, start: usize) -> Result<Tok<'s>, ExprError> {
        loop {
            self.skip_ascii(|b| b.is_ascii_alphanumeric() || b == b'_');
            if self.peek() != Some('.') {
                break;
            }
            let dot = self.col;
            self.bump();
            if !self.peek().is_some_and(is_ident_start) {
                return Err(err(
                    diag!("diag-expr-expected-name", found = self.describe_next()),
                    dot..self.col,
                    None,
                ));
            }
        }
        let text = &self.src[start_byte..self.pos];
        let instead = match text {
            "true" => return Ok(Tok::True),
            "false" => return Ok(Tok::False),
            "null" => return Ok(Tok::Null),
            "in" => return Ok(Tok::In),
            "and" => "&&",
            "or" => "||",
            "not" => "!",
            _ => return Ok(Tok::Ident(text)),
        };
        Err(err(
            diag!("diag-expr-word-operator", word = text),
            start..self.col,
            Some(diag!(
                "diag-expr-word-operator-help",
                instead = instead,
                word = text
            )),
        ))
    }

    /// Names the character after the cursor, for messages.
    fn describe_next(&self) -> String {
        match self.peek() {
            None => diag!("diag-expr-end"),
            Some(c) if c.is_whitespace() => diag!("diag-expr-space"),
            Some(c) => format!("`{}`", c.escape_default()),
        }
    }
}

#[cfg(test)]
mod tests;
