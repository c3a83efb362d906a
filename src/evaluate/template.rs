//! Renders `because` and note templates: `{question}`, `{question.label}`, `{score.dim}`,
//! `{derived}`, and `{{` / `}}` for literal braces.

use crate::expr::{Env, Value};
use crate::flow::{answer_label, format_value, join_list};
use crate::questionnaire::{Answer, QuestionKind, Questionnaire};
use crate::words;

/// Renders `text` against `env`. The loader has checked every placeholder; one it did not
/// know (a questionnaire built by hand) is left as written.
pub fn render(text: &str, q: &Questionnaire, env: &Env, lang: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        if let Some(after) = tail.strip_prefix('}') {
            out.push('}');
            rest = after;
            continue;
        }
        match tail[1..].find('}') {
            Some(end) => {
                let name = tail[1..1 + end].trim();
                match placeholder(name, q, env, lang) {
                    Some(s) => out.push_str(&s),
                    None => out.push_str(&tail[..end + 2]),
                }
                rest = &tail[end + 2..];
            }
            None => {
                out.push_str(tail);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn placeholder(name: &str, q: &Questionnaire, env: &Env, lang: &str) -> Option<String> {
    let no_answer = || words::t(lang, "no_answer");
    if let Some(id) = name.strip_suffix(".label")
        && let Some(question) = q.question(id)
    {
        return Some(match env.values.get(id) {
            None | Some(Value::Null) => no_answer(),
            Some(Value::List(items)) => {
                let labels: Vec<String> = items
                    .iter()
                    .map(|v| {
                        let v = format_value(v);
                        let label = question.kind.choices().iter().find(|c| c.value == v);
                        label.map_or(v, |c| c.label.get(lang, &q.default_lang).to_owned())
                    })
                    .collect();
                join_list(&labels, lang)
            }
            Some(v) => answer_label(
                question,
                &to_answer(&question.kind, v),
                lang,
                &q.default_lang,
            ),
        });
    }
    if q.question(name).is_some() {
        return Some(match env.values.get(name) {
            None | Some(Value::Null) => no_answer(),
            // A confirm answer reads as a word in the user's language, not `true`.
            Some(Value::Bool(b)) => words::t(lang, if *b { "yes" } else { "no" }),
            Some(v) => format_value(v),
        });
    }
    // `{profile}` and `{dimension}` exist under `policy: top`, bound by the evaluation.
    let known = q.derived.iter().any(|d| d.name == name)
        || (q.decision.top.is_some() && matches!(name, "profile" | "dimension"))
        || name
            .strip_prefix("score.")
            .is_some_and(|d| q.dimensions.iter().any(|x| x.id == d));
    known.then(|| match env.values.get(name) {
        None | Some(Value::Null) => no_answer(),
        Some(v) => format_value(v),
    })
}

fn to_answer(kind: &QuestionKind, v: &Value) -> Answer {
    match (kind, v) {
        (_, Value::Bool(b)) => Answer::Bool(*b),
        (_, Value::Number(n)) => Answer::Number(*n),
        (_, Value::Str(s)) => Answer::Text(s.clone()),
        (_, other) => Answer::Text(format_value(other)),
    }
}
