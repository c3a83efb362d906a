//! Turns serde_yaml's and libyaml's error text into a message a user can act on.

use crate::questionnaire::{Diagnostic, Pos, did_you_mean};

/// Strips serde_yaml's ` at line L column C` / ` at position N` marks.
fn strip_marks(s: &str) -> String {
    static MARK: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r" at (line \d+ column \d+|position \d+)").ok()
    });
    match MARK.as_ref() {
        Some(re) => re.replace_all(s, "").trim_end().to_owned(),
        None => s.to_owned(),
    }
}

/// serde_yaml prefixes messages with the path (`sections[0].questions[1]: ...`);
/// the line and column say that already.
fn split_path(s: &str) -> (&str, &str) {
    if let Some((head, tail)) = s.split_once(": ") {
        let is_path = !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'));
        if is_path {
            return (head, tail);
        }
    }
    ("", s)
}

/// Where the second `key` of the mapping at `path` is written.
fn duplicate_pos(text: &str, path: &str, key: &str, fallback: Pos) -> Pos {
    let index = super::index::build(text);
    let full = if path.is_empty() || path == "." {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    };
    let pos = index.key_pos(&full);
    if pos.line == 0 { fallback } else { pos }
}

/// The mark of libyaml's context (`while parsing a flow sequence at line 1 column 5`).
fn context_help(raw: &str) -> Option<String> {
    let (_, ctx) = raw.split_once(", while ")?;
    let what = ctx.split(" at ").next()?;
    let at = ctx.split(" at line ").nth(1)?;
    let mut parts = at.split(" column ");
    let line = parts.next()?.trim();
    let col = parts.next()?.trim();
    let opener = if what.contains("flow sequence") {
        "the `[`"
    } else if what.contains("flow mapping") {
        "the `{`"
    } else if what.contains("quoted scalar") {
        "the quote"
    } else {
        return Some(format!(
            "while {what} that starts at line {line} column {col}"
        ));
    };
    Some(format!(
        "{opener} opened at line {line} column {col} is not closed"
    ))
}

/// `expected one of `a`, `b`` -> ["a", "b"].
fn backticked(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
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
        "a string" | "a boolean" | "a sequence" => expected.replace("a sequence", "a list"),
        "Text" => "a text".to_owned(),
        other => other.replace("a sequence", "a list"),
    }
}

/// What the user wrote, in their terms.
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

pub fn diagnose(name: &str, text: &str, pos: Pos, raw: &str) -> Diagnostic {
    let msg = strip_marks(raw);
    let (path, msg) = split_path(&msg);
    let msg = msg.split(", while ").next().unwrap_or(msg);
    let line_text = text
        .lines()
        .nth((pos.line as usize).saturating_sub(1))
        .unwrap_or("");
    let d = |code, m: String| Diagnostic::error(name, pos, code, m).with_snippet(text, 1);

    if msg == "EOF while parsing a value" {
        return empty(name);
    }
    if msg.contains("cannot start any token")
        || msg.contains("found a tab")
        || msg.contains("tabs disallowed")
        || {
            let indent: String = line_text
                .chars()
                .take_while(|c| c.is_whitespace())
                .collect();
            indent.contains('\t') && msg.contains("mapping values")
        }
    {
        let tab_line = if line_text.trim_start_matches(' ').starts_with('\t') {
            Some((pos.line, line_text))
        } else {
            text.lines()
                .enumerate()
                .find(|(_, l)| l.trim_start_matches(' ').starts_with('\t'))
                .map(|(i, l)| (u32::try_from(i + 1).unwrap_or(u32::MAX), l))
        };
        if let Some((line, l)) = tab_line {
            let col = l.chars().take_while(|&c| c == ' ').count() + 1;
            let p = Pos {
                line,
                col: u32::try_from(col).unwrap_or(1),
            };
            return Diagnostic::error(name, p, "tab-indent", "tab character in indentation")
                .with_snippet(text, 1)
                .with_help("YAML indents with spaces only; replace the tab with spaces");
        }
    }
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let (field, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let word = field.trim_matches('`');
        let options = backticked(expected);
        let mut m = format!("unknown field {field}");
        if !expected.is_empty() {
            m.push_str(&format!(", expected {}", expected.replace("expected ", "")));
        }
        if let Some(s) = did_you_mean(word, options.iter().copied()) {
            m.push_str(&format!("; did you mean `{s}`?"));
        }
        let d = Diagnostic::error(name, pos, "unknown-field", m)
            .with_snippet(text, word.chars().count());
        if path.is_empty()
            && options.contains(&"sections")
            && super::index::build(text).key_pos("answers").line > 0
        {
            return d.with_help(
                "this looks like an answers file: check it with `careerpath evaluate --answers FILE`",
            );
        }
        if word == "<<" {
            return d.with_help(
                "YAML merge keys (`<<: *anchor`) are not supported; an alias may stand for a whole value",
            );
        }
        return d;
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let (variant, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let word = variant.trim_matches('`');
        let options = backticked(expected);
        let mut m = format!("unknown value {variant}, expected {expected}");
        if let Some(s) = did_you_mean(word, options.iter().copied()) {
            m.push_str(&format!("; did you mean `{s}`?"));
        }
        return Diagnostic::error(name, pos, "unknown-value", m)
            .with_snippet(text, word.chars().count());
    }
    if let Some(field) = msg.strip_prefix("missing field ") {
        return d("missing-field", format!("missing key {field}"));
    }
    if let Some(field) = msg
        .strip_prefix("duplicate field ")
        .or_else(|| msg.strip_prefix("duplicate key "))
    {
        let key = field.trim_matches('`');
        let at = duplicate_pos(text, path, key, pos);
        return Diagnostic::error(name, at, "duplicate-key", format!("duplicate key {field}"))
            .with_snippet(text, key.chars().count())
            .with_help("each key may appear once in a mapping");
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another type"));
        return d(
            "wrong-type",
            format!(
                "expected {}, found {}",
                describe_expected(expected),
                describe_found(found)
            ),
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another value"));
        return d(
            "wrong-value",
            format!(
                "expected {}, found {}",
                describe_expected(expected),
                describe_found(found)
            ),
        );
    }
    if msg.starts_with("empty text:") {
        return d(
            "wrong-type",
            "expected a text: a string, or a map of language code to string, found an empty mapping"
                .to_owned(),
        );
    }
    if msg.starts_with("data did not match any variant of untagged enum Text") {
        let at = super::index::build(text).pos(path);
        let at = if at.line == 0 { pos } else { at };
        return Diagnostic::error(
            name,
            at,
            "wrong-type",
            "expected a text: a string, or a map of language code to string",
        )
        .with_snippet(text, 1);
    }
    if msg.starts_with("data did not match any variant of untagged enum") {
        return d("wrong-type", "this value has the wrong shape".to_owned());
    }
    if msg == "recursion limit exceeded" {
        return d(
            "too-deep",
            "the document nests too deeply (more than 128 levels)".to_owned(),
        );
    }
    if msg == "repetition limit exceeded" {
        return Diagnostic::error(name, pos, "alias-limit", "aliases expand to too many nodes")
            .with_snippet(text, 1)
            .with_help("YAML aliases (`*name`) may not be used to build huge documents");
    }
    if msg.starts_with("deserializing from YAML containing more than one document") {
        return d(
            "several-documents",
            "the file holds more than one YAML document (`---`); expected exactly one".to_owned(),
        );
    }
    if msg == "unknown anchor" || msg.ends_with("found unknown anchor") {
        let alias: String = line_text
            .chars()
            .skip((pos.col as usize).saturating_sub(1))
            .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ']' | '}'))
            .collect();
        let alias = if alias.starts_with('*') {
            format!("alias `{alias}`")
        } else {
            "alias".to_owned()
        };
        return d(
            "unknown-anchor",
            format!("{alias} refers to an anchor that is not defined before it"),
        )
        .with_help("define the anchor first: `key: &name value`, then write `*name`");
    }
    if msg.contains("mapping values are not allowed") {
        return d(
            "yaml-syntax",
            "found `: ` where no mapping can start".to_owned(),
        )
        .with_help(
            "a value that holds `: ` needs quotes (`title: \"a: b\"`); otherwise check this line's indentation against the lines above",
        );
    }
    if msg.contains("did not find expected '-' indicator") {
        return d(
            "yaml-syntax",
            "expected a `- ` list item at this indentation".to_owned(),
        )
        .with_help("check this line's indentation against the lines above");
    }
    if msg.contains("did not find expected key") {
        return d(
            "yaml-syntax",
            "expected a `key: value` line at this indentation".to_owned(),
        )
        .with_help("check this line's indentation against the lines above");
    }
    if let Some(rest) = msg.strip_prefix("did not find expected ") {
        let rest = rest.replace('\'', "`");
        return d("yaml-syntax", format!("expected {rest} here")).with_help_opt(context_help(raw));
    }
    d("yaml-syntax", msg.to_owned()).with_help_opt(context_help(raw))
}

pub fn empty(name: &str) -> Diagnostic {
    Diagnostic::error(name, Pos { line: 1, col: 1 }, "empty-file", "the file is empty")
        .with_help("expected a YAML mapping, such as a questionnaire with `id`, `version`, `title`, `dimensions`, `sections`, `decision` and `outcomes`")
}

/// A syntax error from the parser; an unclosed `[` or `{` before it is named.
pub fn syntax(name: &str, text: &str, pos: Pos, raw: &str) -> Diagnostic {
    let d = diagnose(name, text, pos, raw);
    if d.code != "yaml-syntax" {
        return d;
    }
    match unclosed_flow(text, pos) {
        Some((open, line, col)) => {
            let close = if open == '[' { ']' } else { '}' };
            Diagnostic {
                message: format!("expected `,` or `{close}` here"),
                ..d
            }
            .with_help(format!(
                "the `{open}` opened at line {line} column {col} is not closed"
            ))
        }
        None => d,
    }
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
