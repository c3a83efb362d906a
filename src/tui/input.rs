//! The state of the widget for one question, and turning it into an [`Answer`].

use crate::questionnaire::{Answer, Question, QuestionKind};

use crate::sitting::{Refusal, read_number};

use super::editor::Editor;

/// What the user has entered so far for the question on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Radio list: the highlighted choice is the answer. Nothing is highlighted until the
    /// user picks (unless the question has a default), so Enter never records a choice
    /// nobody made.
    Single {
        cursor: Option<usize>,
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
        /// Digits typed in a row (`1` then `0` is 10 on a 1-10 scale); any other key ends them.
        typed: String,
    },
    Number {
        editor: Editor,
    },
    Text {
        editor: Editor,
    },
    /// `order` holds choice indices, most important first. `set`: the order is the
    /// person's (an earlier answer or the default, an item moved, or kept after the first
    /// Enter asked): the order as first shown is the file's, not an answer.
    Rank {
        cursor: usize,
        order: Vec<usize>,
        set: bool,
    },
}

impl Input {
    /// The widget for `question`, filled from an earlier answer, else its default.
    pub fn new(question: &Question, answer: Option<&Answer>) -> Input {
        let answer = answer.or(question.default.as_deref());
        match &question.kind {
            QuestionKind::Single { choices } => {
                let cursor = match answer {
                    Some(Answer::Text(v)) => choices.iter().position(|c| &c.value == v),
                    _ => None,
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
                typed: String::new(),
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
                Input::Rank {
                    cursor: 0,
                    order,
                    set: answer.is_some(),
                }
            }
        }
    }

    /// The answer as entered: `Ok(None)` when nothing was entered (no choice picked, an
    /// empty field), a [`Refusal`] when the entry cannot be an answer of this type. Numbers
    /// are read as [`read_number`] reads them in `lang`, as plain mode does.
    pub fn answer(&self, question: &Question, lang: &str) -> Result<Option<Answer>, Refusal> {
        let choices = question.kind.choices();
        match self {
            Input::Single { cursor } => Ok(cursor
                .and_then(|i| choices.get(i))
                .map(|c| Answer::Text(c.value.clone()))),
            Input::Multi { checked, .. } => Ok(Some(Answer::List(
                choices
                    .iter()
                    .zip(checked)
                    .filter(|(_, on)| **on)
                    .map(|(c, _)| c.value.clone())
                    .collect(),
            ))),
            Input::Confirm { value } => Ok(value.map(Answer::Bool)),
            Input::Scale { value, .. } => Ok(value.map(|v| Answer::Number(v as f64))),
            Input::Number { editor } => {
                let t = editor.text();
                let t = t.trim();
                if t.is_empty() {
                    return Ok(None);
                }
                read_number(t, lang)
                    .map(|n| Some(Answer::Number(n)))
                    .ok_or_else(|| Refusal::NotANumber(t.chars().take(40).collect()))
            }
            Input::Text { editor } => {
                let t = editor.text();
                if t.trim().is_empty() {
                    Ok(None)
                } else {
                    Ok(Some(Answer::Text(t)))
                }
            }
            Input::Rank { set: false, .. } => Ok(None),
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
