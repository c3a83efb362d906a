//! Answers files: an `answers` map checked against the questionnaire.

use foldhash::HashMap;
use std::path::Path;

use crate::{flow, yaml};

use super::super::raw::{OrderedMap, RawAnswer, RawAnswersFile};
use super::super::{Answer, Answers, Diagnostic, LoadError, Pos, QuestionKind, Questionnaire};
use super::context::suggest;
use super::question::to_answer;

/// What an answers file looks like, the help of an empty or mapless one.
fn answers_shape() -> String {
    diag!("diag-answers-shape")
}

/// Reads an answers file (or a saved session: other top-level keys are ignored).
pub fn load_answers(q: &Questionnaire, path: &Path) -> Result<Answers, LoadError> {
    let text = crate::input::read_capped(path)?;
    load_answers_str(q, &path.display().to_string(), &text)
}

/// Parses answers text and checks every answer against its question; all errors are reported.
pub fn load_answers_str(q: &Questionnaire, name: &str, text: &str) -> Result<Answers, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let raw: RawAnswersFile = yaml::load(name, text, yaml::Repeats::Parser).map_err(|mut d| {
        // The parser's advice on an empty file describes a questionnaire.
        if d.code == "empty-file" {
            d.help = Some(answers_shape());
        }
        LoadError::Invalid(vec![*d])
    })?;
    let Some(super::super::raw::RawAnswers(map)) = raw.answers else {
        return Err(LoadError::Invalid(vec![
            Diagnostic::error(
                name,
                Pos { line: 1, col: 1 },
                "no-answers",
                diag!("diag-no-answers"),
            )
            .with_help(if raw.sections.is_some() {
                diag!("diag-no-answers-questionnaire")
            } else {
                answers_shape()
            }),
        ]));
    };
    check_answers(q, name, text, map).map_err(|mut diags| {
        super::super::diagnostic::sort(&mut diags);
        LoadError::Invalid(diags)
    })
}

/// Checks every answer of an answers map against its question: unknown ids, wrong shapes,
/// answers to hidden questions, constraints. Every error is returned.
pub(crate) fn check_answers(
    q: &Questionnaire,
    name: &str,
    text: &str,
    map: OrderedMap<Option<RawAnswer>>,
) -> Result<Answers, Vec<Diagnostic>> {
    // Large questionnaires get large answers files: look ids up in a map, not a scan.
    let by_id: HashMap<&str, usize> = q
        .questions
        .iter()
        .enumerate()
        .map(|(i, question)| (question.id.as_str(), i))
        .collect();
    let mut diags = Vec::new();
    let mut answers = Answers::new();
    // Answers that have their question's shape, in file order, for the constraint pass.
    let mut shaped = Vec::new();
    // Questions whose answer in the file was refused: a constraint reading one has no
    // answer to check against, and would fail falsely.
    let mut refused: Vec<String> = Vec::new();
    for entry in map.0 {
        let (id, value) = (entry.key, entry.value);
        let Some(question) = by_id.get(id.as_str()).map(|&i| &q.questions[i]) else {
            let help = suggest(&id, q.questions.iter().map(|q| q.id.as_str()));
            diags.push(
                Diagnostic::error(
                    name,
                    entry.key_pos,
                    "unknown-question",
                    diag!("diag-unknown-question", id = crate::sanitize::clip(&id)),
                )
                .with_snippet(text, id.chars().count())
                .with_help_opt(help),
            );
            continue;
        };
        let Some(value) = value else {
            refused.push(id.clone());
            diags.push(
                Diagnostic::error(
                    name,
                    entry.key_pos,
                    "null-answer",
                    diag!("diag-null-answer", id = id.as_str()),
                )
                .with_snippet(text, 1)
                .with_help(diag!("diag-null-answer-help")),
            );
            continue;
        };
        let answer = to_answer(&value);
        match question.check_answer(&answer) {
            Ok(()) => {
                shaped.push((entry.key_pos, entry.pos, id.clone()));
                answers.insert(id, answer);
            }
            Err(e) => {
                diags.push(
                    Diagnostic::error(
                        name,
                        entry.pos,
                        "bad-answer",
                        diag!("diag-bad-answer", id = id.as_str(), why = e.to_string()),
                    )
                    .with_snippet(text, 1)
                    .with_help_opt(yaml_hint(&question.kind, &answer)),
                );
                refused.push(id);
            }
        }
    }
    // An answer to a question these answers hide would be ignored without a word; say so.
    // Only once every answer has its shape: a bad answer would hide questions falsely.
    let mut visible = vec![false; q.questions.len()];
    for i in flow::visible(q, &answers) {
        visible[i] = true;
    }
    if diags.is_empty() {
        for (key_pos, _, id) in &shaped {
            let Some(&idx) = by_id.get(id.as_str()) else {
                continue;
            };
            if visible[idx] {
                continue;
            }
            let condition = q.questions[idx]
                .visible_if
                .as_ref()
                .map(|e| diag!("diag-hidden-answer-condition", condition = e.source()))
                .unwrap_or_default();
            diags.push(
                Diagnostic::error(
                    name,
                    *key_pos,
                    "hidden-answer",
                    diag!(
                        "diag-hidden-answer",
                        id = id.as_str(),
                        condition = condition
                    ),
                )
                .with_snippet(text, id.chars().count())
                .with_help(diag!("diag-hidden-answer-help")),
            );
        }
    }
    // A constraint may read earlier answers, so it is checked once every answer is in;
    // it is the same check the interactive modes apply while the user answers.
    for (_, pos, id) in shaped {
        let Some(&idx) = by_id.get(id.as_str()).filter(|&&i| visible[i]) else {
            continue;
        };
        let Some(answer) = answers.get(&id) else {
            continue;
        };
        let reads_refused = q.questions[idx].constraint.as_ref().is_some_and(|c| {
            c.expr
                .names()
                .iter()
                .any(|n| refused.iter().any(|r| r == n))
        });
        if reads_refused {
            continue;
        }
        if let Err(message) = flow::check_constraint(q, idx, &answers, answer, &q.default_lang) {
            diags.push(
                Diagnostic::error(
                    name,
                    pos,
                    "constraint",
                    diag!("diag-bad-answer", id = id.as_str(), why = message),
                )
                .with_snippet(text, 1),
            );
        }
    }
    if diags.is_empty() {
        Ok(answers)
    } else {
        Err(diags)
    }
}

/// Where YAML itself turned the value into the wrong type, how to write it instead.
fn yaml_hint(kind: &QuestionKind, answer: &Answer) -> Option<String> {
    match (kind, answer) {
        (QuestionKind::Text { .. }, Answer::Number(_) | Answer::Bool(_)) => {
            Some(diag!("diag-bad-answer-quote"))
        }
        (QuestionKind::Confirm, Answer::Text(t))
            if ["yes", "no", "on", "off", "y", "n"].contains(&t.to_ascii_lowercase().as_str()) =>
        {
            Some(diag!("diag-bad-answer-yaml-bool", text = t.as_str()))
        }
        _ => None,
    }
}
