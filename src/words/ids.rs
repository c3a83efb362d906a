//! The message ids the program knows (those of `i18n/en.ftl`) and the check of a text a
//! questionnaire brings for one of them. Needs only the Fluent parser, so build.rs compiles
//! it with the loader.

use std::sync::OnceLock;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// The English words: the reference every other language is checked against.
pub const EN: &str = include_str!("../../i18n/en.ftl");
/// The Spanish words.
pub const ES: &str = include_str!("../../i18n/es.ftl");

/// Every message of `i18n/en.ftl` in file order, with the values (`$n`) it uses.
fn english() -> &'static [(String, Vec<String>)] {
    static MESSAGES: OnceLock<Vec<(String, Vec<String>)>> = OnceLock::new();
    MESSAGES.get_or_init(|| {
        let resource = match parser::parse(EN) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let mut out = Vec::new();
        for e in &resource.body {
            if let Entry::Message(m) = e {
                let mut vars = Vec::new();
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                out.push((m.id.name.to_owned(), vars));
            }
        }
        out
    })
}

/// Every message id the program knows, in the order of `i18n/en.ftl`.
pub fn known() -> impl Iterator<Item = &'static str> {
    english().iter().map(|(id, _)| id.as_str())
}

/// True when `id` is a message the program prints.
pub fn is_known(id: &str) -> bool {
    english().iter().any(|(k, _)| k == id)
}

/// The ids of the messages in Fluent text, in order, or what does not parse.
pub fn message_ids(ftl: &str) -> Result<Vec<String>, String> {
    let resource = parser::parse(ftl).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| format!("at byte {}: {}", e.pos.start, e.kind))
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    Ok(resource
        .body
        .into_iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect())
}

/// The Fluent source of message `id` with text `value`: continuation lines are indented,
/// as Fluent wants, so a value may span lines.
pub fn entry_source(id: &str, value: &str) -> String {
    format!("{id} = {}\n", value.replace('\n', "\n    "))
}

/// Checks a questionnaire's text for message `id`: it must parse as a Fluent pattern and
/// use only the values (`{ $n }`) the English message is given.
pub fn check_text(id: &str, value: &str) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err(diag!("diag-bad-word-empty"));
    }
    let source = entry_source(id, value);
    let resource = match parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => {
            let first = errors
                .first()
                .map(|e| e.kind.to_string())
                .unwrap_or_default();
            return Err(diag!("diag-bad-word-not-fluent", why = first));
        }
    };
    let [Entry::Message(m)] = resource.body.as_slice() else {
        return Err(diag!("diag-bad-word-not-one"));
    };
    let Some(pattern) = &m.value else {
        return Err(diag!("diag-bad-word-empty"));
    };
    let allowed = english_variables(id);
    let mut used = Vec::new();
    variables(pattern, &mut used);
    match used.iter().find(|v| !allowed.contains(v)) {
        None => Ok(()),
        Some(v) if allowed.is_empty() => Err(diag!(
            "diag-bad-word-no-values",
            id = id,
            value = format!("{{ ${v} }}")
        )),
        Some(v) => Err(diag!(
            "diag-bad-word-unknown-value",
            id = id,
            value = format!("{{ ${v} }}"),
            values = allowed
                .iter()
                .map(|a| format!("`{{ ${a} }}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// The values the English message `id` uses.
fn english_variables(id: &str) -> &'static [String] {
    english()
        .iter()
        .find(|(k, _)| k == id)
        .map_or(&[], |(_, vars)| vars.as_slice())
}

fn variables(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &Expression<&str>, out: &mut Vec<String>) {
    let inline = |i: &InlineExpression<&str>, out: &mut Vec<String>| match i {
        InlineExpression::VariableReference { id } if !out.iter().any(|o| o == id.name) => {
            out.push(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    };
    match e {
        Expression::Inline(i) => inline(i, out),
        Expression::Select { selector, variants } => {
            inline(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}
