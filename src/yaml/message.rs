//! serde-saphyr's errors as messages a user can act on, in the user's terms.

mod found;
mod syntax;

use found::{describe_expected, expected_found, found_text, one_of};

use super::MAX_DEPTH;
use super::around::Around;
use crate::questionnaire::{Diagnostic, Pos, did_you_mean};
use serde_saphyr::Error;
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::granit_parser::ErrorKind;

pub fn empty(name: &str) -> Diagnostic {
    Diagnostic::error(
        name,
        Pos { line: 1, col: 1 },
        "empty-file",
        diag!("diag-empty-file"),
    )
    .with_help(diag!("diag-empty-file-help"))
}

/// The diagnostic for an error serde-saphyr reported reading `text` into the type `root`
/// (its Rust name, for "expected a questionnaire" at the top).
pub fn diagnose(name: &str, text: &str, root: &str, e: &Error) -> Diagnostic {
    let mut pos = e.location().map_or(Pos::default(), |l| Pos {
        line: u32::try_from(l.line()).unwrap_or(u32::MAX),
        col: u32::try_from(l.column()).unwrap_or(u32::MAX),
    });
    // The kind of error is the innermost; its place, where the document uses an alias.
    let mut e = e;
    while let Error::AliasError { error, .. } | Error::WithSnippet { error, .. } = e {
        e = error;
    }
    // A no-break space pasted into the indentation reads as part of a key or value, and
    // what it caused is reported on its line or the one above: the cause is said instead.
    if let Some((at, c)) = odd_indent(text, pos) {
        let code = format!("U+{:04X}", u32::from(c));
        return Diagnostic::error(
            name,
            at,
            "odd-indent",
            diag!("diag-odd-indent", code = code),
        )
        .with_snippet(text, 1)
        .with_help(diag!("diag-odd-indent-help"));
    }
    let around = Around::read(text, pos);
    let repeated = matches!(e, Error::Message { msg, .. } if msg.starts_with("duplicate "));
    if matches!(e, Error::SerdeInvalidType { .. } | Error::Message { .. }) && !repeated {
        // A value's type is checked when it starts, which serde-saphyr marks at its key.
        pos = around.value.unwrap_or(pos);
    }
    let d = |code, m: String| Diagnostic::error(name, pos, code, m).with_snippet(text, 1);
    // Underlined whole: the value written there (`ture`, `1.5`).
    let whole = |code, m: String| {
        let width = token_at(text, pos).chars().count().max(1);
        Diagnostic::error(name, pos, code, m).with_snippet(text, width)
    };
    let too_deep = || d("too-deep", diag!("diag-too-deep", max = MAX_DEPTH));
    match e {
        Error::Eof { .. } => empty(name),
        Error::SerdeUnknownField {
            field, expected, ..
        } => {
            let mut m = diag!(
                "diag-unknown-field",
                field = field.as_str(),
                expected = one_of(expected)
            );
            if let Some(s) = did_you_mean(field, expected.iter().copied()) {
                m.push_str(&diag!("diag-unknown-field-mean", name = s));
            }
            let d = Diagnostic::error(name, pos, "unknown-field", m)
                .with_snippet(text, field.chars().count());
            // Another kind of file than the command reads says which, and what reads it.
            let (questionnaire, tests) =
                (expected.contains(&"sections"), expected.contains(&"cases"));
            let help = match field.as_str() {
                _ if questionnaire && around.answers => Some("diag-unknown-field-answers"),
                "cases" | "questionnaire" if questionnaire => Some("diag-unknown-field-tests"),
                "id" | "version" | "sections" if tests => Some("diag-unknown-field-questionnaire"),
                "<<" => Some("diag-unknown-field-merge"),
                _ => None,
            };
            match help {
                Some(id) => d.with_help(crate::words::diag(id, &[])),
                None => d,
            }
        }
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let mut m = diag!(
                "diag-unknown-value",
                value = variant.as_str(),
                expected = one_of(expected)
            );
            if let Some(s) = did_you_mean(variant, expected.iter().copied()) {
                m.push_str(&diag!("diag-unknown-field-mean", name = s));
            }
            Diagnostic::error(name, pos, "unknown-value", m)
                .with_snippet(text, variant.chars().count())
        }
        Error::SerdeMissingField { field, .. } => {
            // serde-saphyr marks the mapping's last key; the mapping is what lacks one.
            let at = around.map.unwrap_or(pos);
            Diagnostic::error(
                name,
                at,
                "missing-field",
                diag!("diag-missing-key", key = *field),
            )
            .with_snippet(text, 1)
        }
        Error::DuplicateMappingKey { key, .. } => {
            duplicate(name, text, pos, key.as_deref().unwrap_or("?"))
        }
        Error::SerdeInvalidType {
            unexpected,
            expected,
            ..
        } => d("wrong-type", expected_found(expected, unexpected)),
        Error::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => d("wrong-value", expected_found(expected, unexpected)),
        Error::Budget {
            breach: BudgetBreach::Depth { .. },
            ..
        }
        | Error::AliasReplayStackDepthExceeded { .. } => too_deep(),
        Error::ExternalMessage { source, .. }
            if syntax::parser_kind(source) == Some(&ErrorKind::RecursionLimitExceeded) =>
        {
            too_deep()
        }
        Error::MultipleDocuments { .. }
        | Error::Budget {
            breach: BudgetBreach::Documents { .. },
            ..
        } => d("several-documents", diag!("diag-several-documents")),
        Error::Budget { .. }
        | Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => {
            d("alias-limit", diag!("diag-alias-limit")).with_help(diag!("diag-alias-limit-help"))
        }
        Error::UnknownAnchor { .. } => d(
            "unknown-anchor",
            diag!("diag-unknown-anchor", alias = alias_at(text, pos)),
        )
        .with_help(diag!("diag-unknown-anchor-help")),
        Error::InvalidScalar { ty, .. } => {
            let token = token_at(text, pos);
            let float = *ty == "floating point";
            let expected = describe_expected(if float { "f64" } else { ty });
            match token.trim_end_matches('…').parse::<f64>() {
                Ok(n) if float && n.is_infinite() => {
                    whole("wrong-value", diag!("diag-number-too-large", token = token))
                }
                // Not whole, or a small whole number written with decimals (`1.0`): that is
                // what is wrong, whatever the range.
                Ok(n)
                    if !float
                        && (n.fract() != 0.0
                            || (0.0..=f64::from(u32::MAX)).contains(&n)
                                && token.contains(['.', 'e', 'E'])) =>
                {
                    whole(
                        "wrong-value",
                        diag!("diag-not-integer", found = format!("`{token}`")),
                    )
                }
                Ok(_) => whole(
                    "wrong-value",
                    diag!(
                        "diag-expected-found",
                        expected = expected,
                        found = diag!("diag-found-number", value = format!("`{token}`"))
                    ),
                ),
                Err(_) => whole(
                    "wrong-type",
                    diag!(
                        "diag-expected-found",
                        expected = expected,
                        found = found_text(&token)
                    ),
                ),
            }
        }
        Error::Unexpected { .. } | Error::ExternallyTaggedEnumExpectedScalarOrMapping { .. } => {
            let mut help = None;
            let found = match token_at(text, pos).chars().next() {
                Some('[' | '-') => diag!("diag-a-list"),
                Some('{') => diag!("diag-a-mapping"),
                _ if around.root == Some(pos) && text.contains(':') => diag!("diag-a-mapping"),
                _ => found_text(&token_at(text, pos)),
            };
            let expected = match e {
                _ if around.root == Some(pos) => describe_expected(&format!("struct {root}")),
                Error::Unexpected { expected, .. } if expected.contains("sequence") => {
                    // `labels: Low, Mid, High` is one text, not three.
                    help = Some(diag!("diag-list-from-text-help"));
                    diag!("diag-a-list")
                }
                Error::Unexpected { expected, .. } if expected.contains("mapping") => {
                    diag!("diag-a-mapping")
                }
                _ => expected_by_key(line_of(text, pos)),
            };
            let d = d(
                "wrong-type",
                diag!("diag-expected-found", expected = expected, found = found),
            );
            let written = token_at(text, pos);
            match help {
                Some(help) if !written.starts_with(['[', '-', '{']) => d.with_help(help),
                _ => d,
            }
        }
        Error::UnsupportedTag { tag, .. } | Error::TaggedStructFieldName { tag, .. } => {
            // Marked after the tag, at the value it tags: the caret goes on the tag.
            let at = super::Lines::new(text)
                .tag_before(pos)
                .map_or(pos, |(at, _)| at);
            Diagnostic::error(
                name,
                at,
                "yaml-tag",
                diag!("diag-yaml-tag", tag = tag.as_str()),
            )
            .with_snippet(text, tag.chars().count())
            .with_help(diag!("diag-yaml-tag-help", tag = tag.as_str()))
        }
        Error::InvalidBooleanStrict { .. } => whole(
            "wrong-value",
            diag!("diag-expected-bool", token = token_at(text, pos)),
        ),
        Error::NullIntoString { .. } => {
            // Nothing before a `,` or `}`: a comma in a text cut it into a key of its own.
            let at = (pos.col as usize).saturating_sub(1);
            let help = match line_of(text, pos).chars().nth(at) {
                Some(',' | '}') => diag!("diag-null-string-flow-help"),
                _ => diag!("diag-null-string-help"),
            };
            d("wrong-type", diag!("diag-null-string")).with_help(help)
        }
        Error::Message { msg, .. } => custom(name, text, pos, msg),
        Error::ExternalMessage { source, msg, .. } => {
            syntax::syntax(name, text, pos, syntax::parser_kind(source), msg)
        }
        Error::RecursiveReferencesRequireWeakTypes { .. } => d(
            "unknown-anchor",
            diag!("diag-recursive-alias", alias = alias_at(text, pos)),
        )
        .with_help(diag!("diag-recursive-alias-help")),
        other => {
            // The rest of serde-saphyr's errors (in its English), without the position it
            // appends.
            let full = other.to_string();
            d(
                "yaml-syntax",
                full.split(" at line ").next().unwrap_or(&full).to_owned(),
            )
        }
    }
}

/// The first invisible character other than a space or a tab in the indentation of a line
/// up to the one after `pos`, and where it is.
fn odd_indent(text: &str, pos: Pos) -> Option<(Pos, char)> {
    text.lines()
        .take(pos.line as usize + 1)
        .enumerate()
        .find_map(|(i, line)| {
            let (col, c) = line
                .chars()
                .take_while(|c| c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}'))
                .enumerate()
                .find(|(_, c)| !matches!(c, ' ' | '\t'))?;
            let at = |n: usize| u32::try_from(n + 1).ok();
            Some((
                Pos {
                    line: at(i)?,
                    col: at(col)?,
                },
                c,
            ))
        })
}

/// What the key on this line takes, for a single value given a list or a mapping.
fn expected_by_key(line: &str) -> String {
    let key = line.trim_start().trim_start_matches("- ").split(':').next();
    match key.map(str::trim) {
        Some("policy") => describe_expected("enum RawPolicy"),
        Some("type") => describe_expected("enum QuestionType"),
        _ => diag!("diag-a-single-value"),
    }
}

/// The scalar written at `pos`, up to the end of its line, a comment or a flow indicator;
/// a long one is cut, so a message never repeats a huge value.
pub(super) fn token_at(text: &str, pos: Pos) -> String {
    const MAX: usize = 40;
    let rest: String = line_of(text, pos)
        .chars()
        .skip((pos.col as usize).saturating_sub(1))
        .take(MAX + 1)
        .collect();
    let end = rest
        .find([',', ']', '}', '#'])
        .filter(|&i| i > 0)
        .unwrap_or(rest.len());
    let token = rest[..end].trim();
    if token.chars().count() > MAX {
        format!("{}…", token.chars().take(MAX).collect::<String>())
    } else {
        token.to_owned()
    }
}

/// "alias `*name`" for the alias written at `pos`.
fn alias_at(text: &str, pos: Pos) -> String {
    let alias: String = line_of(text, pos)
        .chars()
        .skip((pos.col as usize).saturating_sub(1))
        .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ']' | '}'))
        .collect();
    if alias.starts_with('*') {
        diag!("diag-alias-named", alias = alias)
    } else {
        diag!("diag-alias")
    }
}

pub(super) fn line_of(text: &str, pos: Pos) -> &str {
    text.lines()
        .nth((pos.line as usize).saturating_sub(1))
        .unwrap_or("")
}

fn duplicate(name: &str, text: &str, pos: Pos, key: &str) -> Diagnostic {
    Diagnostic::error(
        name,
        pos,
        "duplicate-key",
        diag!("diag-duplicate-key", key = key),
    )
    .with_snippet(text, key.chars().count())
    .with_help(diag!("diag-duplicate-key-help"))
}

/// A message from one of our own `Deserialize` impls (`raw.rs`).
fn custom(name: &str, text: &str, pos: Pos, msg: &str) -> Diagnostic {
    if let Some(key) = msg
        .strip_prefix("duplicate key `")
        .or_else(|| msg.strip_prefix("duplicate field `"))
        .and_then(|k| k.strip_suffix('`'))
    {
        return duplicate(name, text, pos, key);
    }
    let (code, msg) = if msg.starts_with("empty text:") {
        ("wrong-type", diag!("diag-empty-text"))
    } else {
        // Worded where it was raised (`raw.rs`).
        ("wrong-value", msg.to_owned())
    };
    Diagnostic::error(name, pos, code, msg).with_snippet(text, 1)
}
