//! The parser's syntax errors, chosen by its own error kind and worded as the mistakes
//! people make: a tab in the indentation, a bracket left open or closed twice, a quote.

use serde_saphyr::granit_parser::ErrorKind;
use serde_saphyr::localizer::ExternalMessageSource;

use super::{line_of, token_at};
use crate::questionnaire::{Diagnostic, Pos};

/// The parser's category of an error it reported.
pub(super) fn parser_kind(source: &ExternalMessageSource) -> Option<&ErrorKind> {
    match source {
        ExternalMessageSource::Parser(e) => Some(e.kind()),
        _ => None,
    }
}

/// A syntax error from the parser, in the words of the mistakes people make. `kind` is the
/// parser's own category of the error; `raw` its text, said as it is for the rare kinds
/// not worded here.
pub(super) fn syntax(
    name: &str,
    text: &str,
    pos: Pos,
    kind: Option<&ErrorKind>,
    raw: &str,
) -> Diagnostic {
    if let Some(tab) = tab_indent(text, pos, kind) {
        return Diagnostic::error(name, tab, "tab-indent", "tab character in indentation")
            .with_snippet(text, 1)
            .with_help("YAML indents with spaces only; replace the tab with spaces");
    }
    let d = |m: &str| Diagnostic::error(name, pos, "yaml-syntax", m).with_snippet(text, 1);
    let indentation = "check this line's indentation against the lines above";
    // The other bracket of a pair.
    let partner = |c| match c {
        '[' => ']',
        ']' => '[',
        '{' => '}',
        _ => '{',
    };
    let reserved = |c: char| {
        let c = match c {
            '`' => "a backtick".to_owned(),
            c => format!("`{}`", c.escape_default()),
        };
        d(&format!("{c} cannot start a value written without quotes"))
            .with_help("put the value in quotes: `\"...\"`")
    };
    if let Some(ErrorKind::MismatchedFlowCollectionEnd { open, close }) = kind {
        // Marked at the opening bracket.
        return d(&format!("this `{open}` is closed by a `{close}`"))
            .with_help("close a `[` with `]` and a `{` with `}`");
    }
    if let Some((open, line, col)) = unclosed_flow(text, pos) {
        return d(&format!("expected `,` or `{}` here", partner(open))).with_help(format!(
            "the `{open}` opened at line {line} column {col} is not closed"
        ));
    }
    match kind {
        Some(ErrorKind::UnclosedFlowCollection { open }) => {
            d(&format!("this `{open}` is not closed"))
                .with_help(format!("close it with `{}`", partner(*open)))
        }
        Some(ErrorKind::MappingValueNotAllowed) => d("found `: ` where no mapping can start").with_help(
            "a value that holds `: ` needs quotes (`title: \"a: b\"`); otherwise check this line's indentation against the lines above",
        ),
        Some(ErrorKind::ExpectedBlockSequenceEntry) => {
            d("expected a `- ` list item at this indentation").with_help(indentation)
        }
        Some(ErrorKind::ExpectedBlockMappingKey) => {
            d("expected a `key: value` line at this indentation").with_help(indentation)
        }
        Some(ErrorKind::SimpleKeyExpected) => {
            d(&format!("expected `:` after `{}`", token_at(text, pos))).with_help(
                "each line of a mapping is `key: value`; if this line belongs to the one above, check its indentation",
            )
        }
        Some(ErrorKind::UnclosedQuotedScalar) => d("this quoted text is not closed")
            .with_help("end it with the quote it starts with, `\"` or `'`"),
        Some(ErrorKind::InvalidTrailingSingleQuotedScalar) => {
            d("more text after the closing `'` of a quoted value").with_help(
                "inside single quotes write `''` for each `'` (`'it''s'`), or use double quotes",
            )
        }
        Some(ErrorKind::InvalidTrailingDoubleQuotedScalar) => {
            d("more text after the closing `\"` of a quoted value")
                .with_help("inside double quotes write `\\\"` for each `\"`, or use single quotes")
        }
        Some(ErrorKind::UnknownQuotedScalarEscape) => {
            let at = unknown_escape(text, pos).unwrap_or(pos);
            Diagnostic::error(name, at, "yaml-syntax", "unknown escape in double-quoted text")
                .with_snippet(text, 2)
                .with_help(
                "write `\\\\` for a backslash (or `\\n`, `\\\"`), or use single quotes, where `\\` is just a character",
            )
        }
        Some(ErrorKind::MissingAnchorOrAliasName) => {
            d("an anchor `&` or an alias `*` needs a name right after it")
                .with_help("name a value with `&name value`, then repeat it with `*name`")
        }
        Some(ErrorKind::UnexpectedCharacter { character }) if character.is_control() => d(
            &format!("the control character `{}` is not allowed", character.escape_default()),
        )
        .with_help("remove it: of the control characters, YAML allows only tabs and line breaks"),
        Some(ErrorKind::UnexpectedCharacter { character }) => reserved(*character),
        // A flow indicator outside a flow collection (the parser reports what it was
        // parsing) or a bracket too many.
        _ => match line_of(text, pos).chars().nth((pos.col as usize).saturating_sub(1)) {
            Some(',') => reserved(','),
            Some(close @ (']' | '}')) => {
                d(&format!("this `{close}` closes no `{}`", partner(close))).with_help(
                    "remove it, or put the value in quotes if its text starts with it",
                )
            }
            _ => d(raw.split(" at ").next().unwrap_or(raw)),
        },
    }
}

/// The first `\` on the line of `pos`, from `pos` on, that starts no escape YAML knows.
fn unknown_escape(text: &str, pos: Pos) -> Option<Pos> {
    let line: Vec<char> = line_of(text, pos).chars().collect();
    let from = (pos.col as usize).saturating_sub(1);
    let mut i = from + 1;
    while i + 1 < line.len() {
        if line[i] == '\\' {
            if !"0abt\tnvfre \"/\\N_LPxuU".contains(line[i + 1]) {
                let col = u32::try_from(i + 1).ok()?;
                return Some(Pos {
                    line: pos.line,
                    col,
                });
            }
            i += 1;
        }
        i += 1;
    }
    None
}

/// Where the first line indented with a tab starts, when a tab is the likely cause.
fn tab_indent(text: &str, pos: Pos, kind: Option<&ErrorKind>) -> Option<Pos> {
    let tabbed = |l: &str| l.trim_start_matches(' ').starts_with('\t');
    let here = line_of(text, pos);
    let about_tabs = matches!(
        kind,
        Some(
            ErrorKind::TabNotAllowed
                | ErrorKind::TabInBlockIndentation
                | ErrorKind::TabInIndentation
                | ErrorKind::TabAtBlockScalarStart
                | ErrorKind::TabInPlainScalar
        )
    );
    if !(about_tabs || tabbed(here)) {
        return None;
    }
    let (i, l) = if tabbed(here) {
        ((pos.line as usize).saturating_sub(1), here)
    } else {
        text.lines().enumerate().find(|(_, l)| tabbed(l))?
    };
    Some(Pos {
        line: u32::try_from(i + 1).unwrap_or(u32::MAX),
        col: u32::try_from(l.chars().take_while(|&c| c == ' ').count() + 1).unwrap_or(1),
    })
}

/// The innermost `[` or `{` still open at `pos`, with its line and column.
fn unclosed_flow(text: &str, pos: Pos) -> Option<(char, usize, usize)> {
    let mut stack: Vec<(char, usize, usize)> = Vec::new();
    for (i, line) in text.lines().enumerate().take(pos.line as usize) {
        let mut quote: Option<char> = None;
        let mut prev = ' ';
        for (j, c) in line.chars().enumerate() {
            if i + 1 == pos.line as usize && j + 1 >= pos.col as usize {
                break;
            }
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '#') if prev.is_whitespace() => break,
                (None, '\'' | '"') if !stack.is_empty() => quote = Some(c),
                (None, '[' | '{') => stack.push((c, i + 1, j + 1)),
                (None, ']' | '}') => {
                    stack.pop();
                }
                _ => {}
            }
            prev = c;
        }
    }
    stack.pop()
}
