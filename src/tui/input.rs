//! The state of the widget for one question, and turning it into an [`Answer`].

use crate::questionnaire::{Answer, Question, QuestionKind};

use super::editor::Editor;
use super::strings::{Msg, message};

/// What the user has entered so far for the question on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Radio list: the highlighted choice is the answer.
    Single {
        cursor: usize,
    },
    Multi {
        cursor: usize,
        checked: Vec<bool>,
    },
    /// `None` until yes or no is picked (no default is assumed).
    Confirm {
        value: Option<bool>,
    },
    Scale {
        value: Option<i64>,
    },
    Number {
        editor: Editor,
    },
    Text {
        editor: Editor,
    },
    /// `order` holds choice indices, most important first.
    Rank {
        cursor: usize,
        order: Vec<usize>,
    },
}

impl Input {
    /// The widget for `question`, filled from an earlier answer, else its default.
    pub fn new(question: &Question, answer: Option<&Answer>) -> Input {
        let answer = answer.or(question.default.as_ref());
        match &question.kind {
            QuestionKind::Single { choices } => {
                let cursor = match answer {
                    Some(Answer::Text(v)) => {
                        choices.iter().position(|c| &c.value == v).unwrap_or(0)
                    }
                    _ => 0,
                };
                Input::Single { cursor }
            }
            QuestionKind::Multi { choices, .. } => {
                let checked = choices
                    .iter()
                    .map(|c| matches!(answer, Some(Answer::List(l)) if l.contains(&c.value)))
                    .collect();
                Input::Multi { cursor: 0, checked }
            }
            QuestionKind::Confirm => Input::Confirm {
                value: match answer {
                    Some(Answer::Bool(b)) => Some(*b),
                    _ => None,
                },
            },
            QuestionKind::Scale { .. } => Input::Scale {
                value: match answer {
                    Some(Answer::Number(n)) if n.is_finite() => Some(n.round() as i64),
                    _ => None,
                },
            },
            QuestionKind::Number { .. } => Input::Number {
                editor: Editor::new(&match answer {
                    Some(Answer::Number(n)) => format_number(*n),
                    _ => String::new(),
                }),
            },
            QuestionKind::Text { .. } => Input::Text {
                editor: Editor::new(match answer {
                    Some(Answer::Text(t)) => t,
                    _ => "",
                }),
            },
            QuestionKind::Rank { choices } => {
                let mut order: Vec<usize> = Vec::with_capacity(choices.len());
                if let Some(Answer::List(l)) = answer {
                    for v in l {
                        if let Some(i) = choices.iter().position(|c| &c.value == v)
                            && !order.contains(&i)
                        {
                            order.push(i);
                        }
                    }
                }
                // Choices the saved ranking lacks go last, in file order.
                for i in 0..choices.len() {
                    if !order.contains(&i) {
                        order.push(i);
                    }
                }
                Input::Rank { cursor: 0, order }
            }
        }
    }

    /// The answer as entered: `Ok(None)` when nothing was entered, `Err` with a
    /// message when the entry cannot be an answer of this type.
    pub fn answer(&self, question: &Question) -> Result<Option<Answer>, String> {
        self.answer_in(question, "en")
    }

    /// [`Input::answer`], with the problem worded in `lang`.
    pub fn answer_in(&self, question: &Question, lang: &str) -> Result<Option<Answer>, String> {
        let choices = question.kind.choices();
        match self {
            Input::Single { cursor } => {
                Ok(choices.get(*cursor).map(|c| Answer::Text(c.value.clone())))
            }
            Input::Multi { checked, .. } => Ok(Some(Answer::List(
                choices
                    .iter()
                    .zip(checked)
                    .filter(|(_, on)| **on)
                    .map(|(c, _)| c.value.clone())
                    .collect(),
            ))),
            Input::Confirm { value } => Ok(value.map(Answer::Bool)),
            Input::Scale { value } => Ok(value.map(|v| Answer::Number(v as f64))),
            Input::Number { editor } => {
                let t = editor.text();
                let t = t.trim();
                if t.is_empty() {
                    return Ok(None);
                }
                match t.parse::<f64>() {
                    Ok(n) if n.is_finite() => Ok(Some(Answer::Number(n))),
                    _ => Err(message(lang, Msg::NotANumber(t))),
                }
            }
            Input::Text { editor } => {
                let t = editor.text();
                if t.trim().is_empty() {
                    Ok(None)
                } else {
                    Ok(Some(Answer::Text(t)))
                }
            }
            Input::Rank { order, .. } => Ok(Some(Answer::List(
                order
                    .iter()
                    .filter_map(|&i| choices.get(i))
                    .map(|c| c.value.clone())
                    .collect(),
            ))),
        }
    }

    /// True for widgets that take typed characters (so letter keys are text, not commands).
    pub fn is_editor(&self) -> bool {
        matches!(self, Input::Number { .. } | Input::Text { .. })
    }

    pub fn editor_mut(&mut self) -> Option<&mut Editor> {
        match self {
            Input::Number { editor } | Input::Text { editor } => Some(editor),
            _ => None,
        }
    }
}

/// A number as a person writes it: no trailing `.0`.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Checks that fit the widget itself (counts, ranges, steps, length); the
/// questionnaire's own constraint is checked by the engine.
pub fn check(question: &Question, answer: &Answer) -> Result<(), String> {
    check_in(question, answer, "en")
}

/// [`check`], with the problem worded in `lang`.
pub fn check_in(question: &Question, answer: &Answer, lang: &str) -> Result<(), String> {
    match (&question.kind, answer) {
        (QuestionKind::Multi { min, max, .. }, Answer::List(l)) => {
            let n = l.len() as u32;
            match (min, max) {
                (Some(lo), _) if n < *lo => {
                    Err(message(lang, Msg::ChooseAtLeast { min: *lo, have: n }))
                }
                (_, Some(hi)) if n > *hi => {
                    Err(message(lang, Msg::ChooseAtMost { max: *hi, have: n }))
                }
                _ => Ok(()),
            }
        }
        (QuestionKind::Scale { min, max, .. }, Answer::Number(v)) => {
            if *v < *min as f64 || *v > *max as f64 {
                Err(message(
                    lang,
                    Msg::ScaleRange {
                        min: *min,
                        max: *max,
                    },
                ))
            } else {
                Ok(())
            }
        }
        (QuestionKind::Number { min, max, step, .. }, Answer::Number(v)) => {
            if let Some(lo) = min
                && v < lo
            {
                return Err(message(lang, Msg::NumberAtLeast(&format_number(*lo))));
            }
            if let Some(hi) = max
                && v > hi
            {
                return Err(message(lang, Msg::NumberAtMost(&format_number(*hi))));
            }
            if let Some(s) = step
                && *s > 0.0
            {
                let base = min.unwrap_or(0.0);
                let k = (v - base) / s;
                if (k - k.round()).abs() > 1e-9 {
                    return Err(message(
                        lang,
                        Msg::Steps {
                            step: &format_number(*s),
                            from: &format_number(base),
                        },
                    ));
                }
            }
            Ok(())
        }
        (QuestionKind::Text { max_len, pattern }, Answer::Text(t)) => {
            let len = t.chars().count();
            if let Some(m) = max_len
                && len > *m as usize
            {
                return Err(message(lang, Msg::TextTooLong { max: *m, have: len }));
            }
            if let Some(p) = pattern
                && !p.regex.is_match(t)
            {
                return Err(message(lang, Msg::Pattern(&p.source)));
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
