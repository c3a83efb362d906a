//! serde-saphyr's errors as messages a user can act on, in the user's terms.

mod syntax;

use super::MAX_DEPTH;
use super::around::Around;
use crate::questionnaire::{Diagnostic, Pos, did_you_mean};
use serde_saphyr::Error;
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::granit_parser::ErrorKind;

/// serde's wording of a list of names: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => "nothing".to_owned(),
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        all => format!("one of {}", all.join(", ")),
    }
}

fn describe_expected(expected: &str) -> String {
    if let Some(name) = expected.strip_prefix("struct ") {
        return match name {
            "RawQuestionnaire" => "a questionnaire: a mapping with `id`, `version`, `title`, `dimensions`, `sections`, `decision` and `outcomes`".to_owned(),
            "RawAnswersFile" => "an answers file: a mapping with an `answers` map".to_owned(),
            "RawTestFile" => "a test file: a mapping with a `cases` list".to_owned(),
            _ => "a mapping".to_owned(),
        };
    }
    match expected {
        "enum QuestionType" => {
            "a question type: `single`, `multi`, `confirm`, `scale`, `number`, `text` or `rank`"
                .to_owned()
        }
        "enum RawPolicy" => "a policy: `first`, `priority` or `collect`".to_owned(),
        e if e.starts_with("enum ") => "one of the names this key takes".to_owned(),
        "u32" => format!("a whole number from 0 to {}", u32::MAX),
        "u64" => format!("a whole number from 0 to {}", u64::MAX),
        "i64" => format!("a whole number from {} to {}", i64::MIN, i64::MAX),
        "f64" => "a number".to_owned(),
        other => other.replace("a sequence", "a list"),
    }
}

/// What the user wrote, from serde's `Unexpected` text.
fn describe_found(found: &str) -> String {
    // serde writes a float in full (`100000000000000000000000.0`); show it as a number.
    if let Some(n) = found
        .strip_prefix("floating point `")
        .and_then(|r| r.strip_suffix('`'))
        .and_then(|r| r.parse::<f64>().ok())
    {
        return format!("the number `{}`", crate::questionnaire::fmt_num(n));
    }
    found
        .replace("sequence", "a list")
        .replace("map", "a mapping")
        .replace("unit value", "null")
        .replace("string ", "the text ")
        .replace("integer ", "the number ")
        .replace("floating point ", "the number ")
        .replace("boolean ", "the boolean ")
}

pub fn empty(name: &str) -> Diagnostic {
    Diagnostic::error(name, Pos { line: 1, col: 1 }, "empty-file", "the file is empty")
        .with_help("expected a YAML mapping, such as a questionnaire with `id`, `version`, `title`, `dimensions`, `sections`, `decision` and `outcomes`")
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
    let around = Around::read(text, pos);
    let repeated = matches!(e, Error::Message { msg, .. } if msg.starts_with("duplicate "));
    if matches!(e, Error::SerdeInvalidType { .. } | Error::Message { .. }) && !repeated {
        // A value's type is checked when it starts, which serde-saphyr marks at its key.
        pos = around.value.unwrap_or(pos);
    }
    let d = |code, m: String| Diagnostic::error(name, pos, code, m).with_snippet(text, 1);
    let too_deep = || {
        d(
            "too-deep",
            format!("the document nests too deeply (more than {MAX_DEPTH} levels)"),
        )
    };
    match e {
        Error::Eof { .. } => empty(name),
        Error::SerdeUnknownField {
            field, expected, ..
        } => {
            let mut m = format!("unknown field `{field}`, expected {}", one_of(expected));
            if let Some(s) = did_you_mean(field, expected.iter().copied()) {
                m.push_str(&format!("; did you mean `{s}`?"));
            }
            let d = Diagnostic::error(name, pos, "unknown-field", m)
                .with_snippet(text, field.chars().count());
            if expected.contains(&"sections") && around.answers {
                d.with_help("this looks like an answers file: check it with `careerpath evaluate --answers FILE`")
            } else if field == "<<" {
                d.with_help("YAML merge keys (`<<: *anchor`) are not supported; an alias may stand for a whole value")
            } else {
                d
            }
        }
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let mut m = format!("unknown value `{variant}`, expected {}", one_of(expected));
            if let Some(s) = did_you_mean(variant, expected.iter().copied()) {
                m.push_str(&format!("; did you mean `{s}`?"));
            }
            Diagnostic::error(name, pos, "unknown-value", m)
                .with_snippet(text, variant.chars().count())
        }
        Error::SerdeMissingField { field, .. } => {
            // serde-saphyr marks the mapping's last key; the mapping is what lacks one.
            let at = around.map.unwrap_or(pos);
            Diagnostic::error(name, at, "missing-field", format!("missing key `{field}`"))
                .with_snippet(text, 1)
        }
        Error::DuplicateMappingKey { key, .. } => {
            duplicate(name, text, pos, key.as_deref().unwrap_or("?"))
        }
        Error::SerdeInvalidType {
            unexpected,
            expected,
            ..
        } => d(
            "wrong-type",
            format!(
                "expected {}, found {}",
                describe_expected(expected),
                describe_found(unexpected)
            ),
        ),
        Error::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => d(
            "wrong-value",
            format!(
                "expected {}, found {}",
                describe_expected(expected),
                describe_found(unexpected)
            ),
        ),
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
        } => d(
            "several-documents",
            "the file holds more than one YAML document (`---`); expected exactly one".to_owned(),
        ),
        Error::Budget { .. }
        | Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => {
            d("alias-limit", "aliases expand to too many nodes".to_owned())
                .with_help("YAML aliases (`*name`) may not be used to build huge documents")
        }
        Error::UnknownAnchor { .. } => d(
            "unknown-anchor",
            format!(
                "{} refers to an anchor that is not defined before it",
                alias_at(text, pos)
            ),
        )
        .with_help("define the anchor first: `key: &name value`, then write `*name`"),
        Error::InvalidScalar { ty, .. } => {
            let token = token_at(text, pos);
            let float = *ty == "floating point";
            let expected = describe_expected(if float { "f64" } else { ty });
            match token.trim_end_matches('…').parse::<f64>() {
                Ok(n) if float && n.is_infinite() => d(
                    "wrong-value",
                    format!("`{token}` is too large to be a number (the largest is about 1.8e308)"),
                ),
                Ok(_) => d(
                    "wrong-value",
                    format!("expected {expected}, found the number `{token}`"),
                ),
                Err(_) => d(
                    "wrong-type",
                    format!("expected {expected}, found {}", found_text(&token)),
                ),
            }
        }
        Error::Unexpected { .. } | Error::ExternallyTaggedEnumExpectedScalarOrMapping { .. } => {
            let found = match token_at(text, pos).chars().next() {
                Some('[' | '-') => "a list".to_owned(),
                Some('{') => "a mapping".to_owned(),
                _ if around.root == Some(pos) && text.contains(':') => "a mapping".to_owned(),
                _ => found_text(&token_at(text, pos)),
            };
            let expected = match e {
                _ if around.root == Some(pos) => describe_expected(&format!("struct {root}")),
                Error::Unexpected { expected, .. } if expected.contains("sequence") => {
                    "a list".to_owned()
                }
                Error::Unexpected { expected, .. } if expected.contains("mapping") => {
                    "a mapping".to_owned()
                }
                _ => expected_by_key(line_of(text, pos)),
            };
            d("wrong-type", format!("expected {expected}, found {found}"))
        }
        Error::InvalidBooleanStrict { .. } => d(
            "wrong-value",
            format!(
                "expected `true` or `false`, found `{}`",
                token_at(text, pos)
            ),
        ),
        Error::NullIntoString { .. } => d("wrong-type", "expected a string, found null".to_owned())
            .with_help("write the text after the `:`, or leave the key out"),
        Error::Message { msg, .. } => custom(name, text, pos, msg),
        Error::ExternalMessage { source, msg, .. } => {
            syntax::syntax(name, text, pos, syntax::parser_kind(source), msg)
        }
        Error::RecursiveReferencesRequireWeakTypes { .. } => d(
            "unknown-anchor",
            format!(
                "{} is inside the value its anchor names",
                alias_at(text, pos)
            ),
        )
        .with_help("an alias repeats a value that is complete before it; it cannot contain itself"),
        other => {
            // The rest of serde-saphyr's errors, without the position it appends.
            let full = other.to_string();
            d(
                "yaml-syntax",
                full.split(" at line ").next().unwrap_or(&full).to_owned(),
            )
        }
    }
}

/// What the key on this line takes, for a single value given a list or a mapping.
fn expected_by_key(line: &str) -> String {
    let key = line.trim_start().trim_start_matches("- ").split(':').next();
    match key.map(str::trim) {
        Some("policy") => describe_expected("enum RawPolicy"),
        Some("type") => describe_expected("enum QuestionType"),
        _ => "a single value".to_owned(),
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
        format!("alias `{alias}`")
    } else {
        "alias".to_owned()
    }
}

pub(super) fn line_of(text: &str, pos: Pos) -> &str {
    text.lines()
        .nth((pos.line as usize).saturating_sub(1))
        .unwrap_or("")
}

fn duplicate(name: &str, text: &str, pos: Pos, key: &str) -> Diagnostic {
    Diagnostic::error(name, pos, "duplicate-key", format!("duplicate key `{key}`"))
        .with_snippet(text, key.chars().count())
        .with_help("each key may appear once in a mapping")
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
        (
            "wrong-type",
            "expected a text: a string, or a map of language code to string, found an empty mapping",
        )
    } else {
        ("wrong-value", msg)
    };
    Diagnostic::error(name, pos, code, msg).with_snippet(text, 1)
}

/// A plain token as found: YAML's null (`null`, `~`) is said as nothing, not as text.
fn found_text(token: &str) -> String {
    match token {
        "null" | "Null" | "NULL" | "~" => format!("nothing (`{token}`)"),
        _ => format!("the text \"{token}\""),
    }
}
