//! Renders `because` and note templates, parsed at load (`questionnaire::Template`):
//! `{question}`, `{question.label}`, `{score.dim}` and `{derived}` filled in from the answers.

use crate::expr::{Env, Value};
use crate::flow::{answer_label, format_value, join_list};
use crate::questionnaire::{Answer, Part, QuestionKind, Questionnaire, Template};
use crate::words;

/// Renders `t` in `lang` against `env`. The loader has checked every placeholder; one it
/// did not know (a questionnaire built by hand) is left as written.
pub fn render(t: &Template, q: &Questionnaire, env: &Env, lang: &str) -> String {
    let mut out = String::new();
    for part in t.parts(lang, &q.default_lang) {
        match part {
            Part::Text(s) => out.push_str(s),
            Part::Name { name, label, .. } => match placeholder(name, *label, q, env, lang) {
                Some(s) => out.push_str(&s),
                None if *label => out.push_str(&format!("{{{name}.label}}")),
                None => out.push_str(&format!("{{{name}}}")),
            },
        }
    }
    out
}

fn placeholder(
    name: &str,
    label: bool,
    q: &Questionnaire,
    env: &Env,
    lang: &str,
) -> Option<String> {
    let no_answer = || words::t(lang, "no_answer");
    if label {
        let question = q.question(name)?;
        return Some(match env.values.get(name) {
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
            // A labelled scale's point is its label alone: "Several days", not "1 (Several days)".
            Some(Value::Number(n)) if question.kind.scale_label(*n).is_some() => question
                .kind
                .scale_label(*n)
                .map_or_else(String::new, |t| t.get(lang, &q.default_lang).to_owned()),
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
            Some(v) => shown(v, q),
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
        Some(v) => shown(v, q),
    })
}

/// A value in a reason: a number as [`format_result`](crate::flow::format_result) shows it.
fn shown(v: &Value, q: &Questionnaire) -> String {
    match v {
        Value::Number(n) => crate::flow::format_result(q, *n, None),
        _ => format_value(v),
    }
}

fn to_answer(kind: &QuestionKind, v: &Value) -> Answer {
    match (kind, v) {
        (_, Value::Bool(b)) => Answer::Bool(*b),
        (_, Value::Number(n)) => Answer::Number(*n),
        (_, Value::Str(s)) => Answer::Text(s.clone()),
        (_, other) => Answer::Text(format_value(other)),
    }
}
