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
        return Diagnostic::error(name, tab, "tab-indent", diag!("diag-tab-indent"))
            .with_snippet(text, 1)
            .with_help(diag!("diag-tab-indent-help"));
    }
    // `when: !(a > 4)`, `when: !done || late`: the `!` starts a tag, and what follows it no
    // longer parses (a `>` or `|` after a tag starts a block of text).
    if let Some((col, tag)) = bang_value(line_of(text, pos)) {
        return Diagnostic::error(
            name,
            Pos { col, ..pos },
            "yaml-tag",
            diag!("diag-yaml-tag", tag = tag),
        )
        .with_snippet(text, tag.chars().count())
        .with_help(diag!("diag-yaml-tag-help", tag = tag));
    }
    let d = |m: String| Diagnostic::error(name, pos, "yaml-syntax", m).with_snippet(text, 1);
    let indentation = || diag!("diag-yaml-indentation-help");
    // The other bracket of a pair.
    let partner = |c| match c {
        '[' => ']',
        ']' => '[',
        '{' => '}',
        _ => '{',
    };
    let reserved = |c: char| {
        let c = match c {
            '`' => diag!("diag-yaml-backtick"),
            c => format!("`{}`", c.escape_default()),
        };
        d(diag!("diag-yaml-reserved", char = c)).with_help(diag!("diag-yaml-reserved-help"))
    };
    if let Some(ErrorKind::MismatchedFlowCollectionEnd { open, close }) = kind {
        // Marked at the opening bracket.
        return d(diag!(
            "diag-yaml-mismatched",
            open = open.to_string(),
            close = close.to_string()
        ))
        .with_help(diag!("diag-yaml-mismatched-help"));
    }
    if let Some((open, line, col)) = unclosed_flow(text, pos) {
        return d(diag!(
            "diag-yaml-expected-comma",
            close = partner(open).to_string()
        ))
        .with_help(diag!(
            "diag-yaml-expected-comma-help",
            open = open.to_string(),
            line = line,
            col = col
        ));
    }
    match kind {
        Some(ErrorKind::UnclosedFlowCollection { open }) => {
            d(diag!("diag-yaml-unclosed", open = open.to_string())).with_help(diag!(
                "diag-yaml-unclosed-help",
                close = partner(*open).to_string()
            ))
        }
        Some(ErrorKind::MappingValueNotAllowed) => {
            d(diag!("diag-yaml-mapping-value")).with_help(diag!("diag-yaml-mapping-value-help"))
        }
        Some(ErrorKind::ExpectedBlockSequenceEntry) => {
            d(diag!("diag-yaml-expected-item")).with_help(indentation())
        }
        Some(ErrorKind::ExpectedBlockMappingKey) => {
            d(diag!("diag-yaml-expected-key")).with_help(indentation())
        }
        Some(ErrorKind::SimpleKeyExpected) => d(diag!(
            "diag-yaml-expected-colon",
            token = token_at(text, pos)
        ))
        .with_help(diag!("diag-yaml-expected-colon-help")),
        Some(ErrorKind::UnclosedQuotedScalar) => {
            d(diag!("diag-yaml-unclosed-quote")).with_help(diag!("diag-yaml-unclosed-quote-help"))
        }
        Some(ErrorKind::InvalidTrailingSingleQuotedScalar) => {
            d(diag!("diag-yaml-after-single-quote"))
                .with_help(diag!("diag-yaml-after-single-quote-help"))
        }
        Some(ErrorKind::InvalidTrailingDoubleQuotedScalar) => {
            d(diag!("diag-yaml-after-double-quote"))
                .with_help(diag!("diag-yaml-after-double-quote-help"))
        }
        Some(ErrorKind::UnknownQuotedScalarEscape) => {
            let at = unknown_escape(text, pos).unwrap_or(pos);
            Diagnostic::error(name, at, "yaml-syntax", diag!("diag-yaml-unknown-escape"))
                .with_snippet(text, 2)
                .with_help(diag!("diag-yaml-unknown-escape-help"))
        }
        Some(ErrorKind::MissingAnchorOrAliasName) => {
            d(diag!("diag-yaml-anchor-name")).with_help(diag!("diag-yaml-anchor-name-help"))
        }
        Some(ErrorKind::UnexpectedCharacter { character }) if character.is_control() => d(diag!(
            "diag-yaml-control",
            char = character.escape_default().to_string()
        ))
        .with_help(diag!("diag-yaml-control-help")),
        Some(ErrorKind::UnexpectedCharacter { character }) => reserved(*character),
        // A flow indicator outside a flow collection (the parser reports what it was
        // parsing) or a bracket too many.
        _ => match line_of(text, pos)
            .chars()
            .nth((pos.col as usize).saturating_sub(1))
        {
            Some(',') => reserved(','),
            Some(close @ (']' | '}')) => d(diag!(
                "diag-yaml-closes-nothing",
                close = close.to_string(),
                open = partner(close).to_string()
            ))
            .with_help(diag!("diag-yaml-closes-nothing-help")),
            // The parser's own words (serde-saphyr's, in English) for the rare rest.
            _ => d(raw.split(" at ").next().unwrap_or(raw).to_owned()),
        },
    }
}

/// A value on `line` that starts with `!` unquoted (after `key: ` or `- `): its column and
/// the tag YAML reads there.
fn bang_value(line: &str) -> Option<(u32, &str)> {
    let i = match line.find(": !") {
        Some(i) => i + 2,
        None => line.len() - line.trim_start_matches([' ', '-']).len(),
    };
    let rest = line.get(i..).filter(|r| r.starts_with('!'))?;
    let tag = rest.split(char::is_whitespace).next().unwrap_or(rest);
    Some((u32::try_from(line[..i].chars().count() + 1).ok()?, tag))
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
