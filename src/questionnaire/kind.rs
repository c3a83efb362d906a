//! A question's type: what each type carries (choices, bounds, labels, unit, pattern)
//! and what follows from the type alone: its choices and labels, the values an answer
//! can take, and how expressions see that answer. The loader builds it (`load/kind.rs`).

use crate::expr::{Type, Value, VarInfo};

use super::raw::QuestionType;
use super::{Choice, Text};

/// A question's type with what that type carries, checked: the model form of a
/// `QuestionType` and its keys.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum QuestionKind {
    Single {
        choices: Vec<Choice>,
    },
    Multi {
        choices: Vec<Choice>,
        min: Option<u32>,
        max: Option<u32>,
    },
    Confirm,
    Scale {
        min: i64,
        max: i64,
        min_label: Option<Text>,
        max_label: Option<Text>,
        /// A label per point, lowest first (empty, or exactly `max - min + 1`).
        labels: Vec<Text>,
    },
    Number {
        min: Option<f64>,
        max: Option<f64>,
        step: Option<f64>,
        unit: Option<Text>,
        /// The unit after exactly 1, when `unit` reads as a plural (boxed: rarely given,
        /// and a question stays small).
        unit_one: Option<Box<Text>>,
    },
    Text {
        max_len: Option<u32>,
        pattern: Option<Pattern>,
    },
    Rank {
        choices: Vec<Choice>,
    },
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Pattern {
    pub source: String,
    #[serde(with = "regex_text")]
    pub regex: regex::Regex,
}

/// A compiled pattern is stored as its text (for the built-in questionnaire's compiled form).
mod regex_text {
    use serde::{Deserialize as _, Deserializer, Serializer, de::Error as _};

    pub fn serialize<S: Serializer>(regex: &regex::Regex, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(regex.as_str())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<regex::Regex, D::Error> {
        regex::Regex::new(&String::deserialize(d)?).map_err(D::Error::custom)
    }
}

impl QuestionKind {
    pub fn choices(&self) -> &[Choice] {
        match self {
            QuestionKind::Single { choices }
            | QuestionKind::Multi { choices, .. }
            | QuestionKind::Rank { choices } => choices,
            QuestionKind::Confirm
            | QuestionKind::Scale { .. }
            | QuestionKind::Number { .. }
            | QuestionKind::Text { .. } => &[],
        }
    }

    /// The label of a scale point: its own label, else the end label at either end.
    pub fn scale_label(&self, value: f64) -> Option<&Text> {
        let QuestionKind::Scale {
            min,
            max,
            min_label,
            max_label,
            labels,
        } = self
        else {
            return None;
        };
        if value.fract() != 0.0 {
            return None;
        }
        let own = (value as i64)
            .checked_sub(*min)
            .and_then(|k| usize::try_from(k).ok())
            .and_then(|k| labels.get(k));
        own.or(if value == *min as f64 {
            min_label.as_ref()
        } else if value == *max as f64 {
            max_label.as_ref()
        } else {
            None
        })
    }

    /// The unit written after the number `n`: `unit_one` after exactly 1, else `unit`.
    pub fn unit_for(&self, n: f64) -> Option<&Text> {
        let QuestionKind::Number { unit, unit_one, .. } = self else {
            return None;
        };
        unit_one.as_deref().filter(|_| n == 1.0).or(unit.as_ref())
    }

    /// How far apart the lowest and highest answers are, for a bounded numeric question
    /// (how big a change of answer is).
    pub fn span(&self) -> Option<f64> {
        match self {
            QuestionKind::Scale { min, max, .. } => Some((max - min) as f64),
            QuestionKind::Number {
                min: Some(lo),
                max: Some(hi),
                ..
            } => Some(hi - lo),
            _ => None,
        }
    }

    /// The type as written in YAML.
    pub(crate) fn question_type(&self) -> QuestionType {
        match self {
            QuestionKind::Single { .. } => QuestionType::Single,
            QuestionKind::Multi { .. } => QuestionType::Multi,
            QuestionKind::Confirm => QuestionType::Confirm,
            QuestionKind::Scale { .. } => QuestionType::Scale,
            QuestionKind::Number { .. } => QuestionType::Number,
            QuestionKind::Text { .. } => QuestionType::Text,
            QuestionKind::Rank { .. } => QuestionType::Rank,
        }
    }

    /// The type's name as written in YAML (`single`, `multi`, ...).
    pub fn name(&self) -> &'static str {
        self.question_type().name()
    }

    /// Every value an answer can take ("no answer" aside), when they are few enough to
    /// try each one: `None` for the open-ended types and for a long scale or choice list.
    pub fn few_values(&self) -> Option<Vec<Value>> {
        let strs = |c: &[Choice]| {
            c.iter()
                .map(|c| Value::Str(c.value.clone()))
                .collect::<Vec<_>>()
        };
        let mut out = Vec::new();
        match self {
            QuestionKind::Single { choices } => out.extend(strs(choices)),
            QuestionKind::Confirm => out.extend([Value::Bool(true), Value::Bool(false)]),
            QuestionKind::Scale { min, max, .. } => {
                if max - min > 100 {
                    return None;
                }
                out.extend((*min..=*max).map(|n| Value::Number(n as f64)));
            }
            QuestionKind::Multi { choices, min, max } => {
                let n = choices.len();
                if n > 8 {
                    return None;
                }
                let lo = min.unwrap_or(0) as usize;
                let hi = max.map_or(n, |m| m as usize);
                // An exclusive choice ("None of these") goes alone, whatever `min` asks.
                let exclusive: u32 = (0..n)
                    .filter(|&i| choices[i].exclusive)
                    .fold(0, |m, i| m | 1 << i);
                for mask in 0u32..(1 << n) {
                    let size = mask.count_ones() as usize;
                    let alone = size == 1 && mask & exclusive != 0;
                    if !alone && (size < lo || size > hi || mask & exclusive != 0) {
                        continue;
                    }
                    let items = (0..n)
                        .filter(|i| mask & (1 << i) != 0)
                        .map(|i| Value::Str(choices[i].value.clone()))
                        .collect();
                    out.push(Value::List(items));
                }
            }
            QuestionKind::Rank { choices } => {
                if choices.len() > 5 {
                    return None;
                }
                let mut items: Vec<Value> = strs(choices);
                permutations(&mut items, 0, &mut out);
            }
            QuestionKind::Number { .. } | QuestionKind::Text { .. } => return None,
        }
        Some(out)
    }
}

/// Every order of `items[k..]` after `items[..k]`, pushed onto `out` as lists.
fn permutations(items: &mut Vec<Value>, k: usize, out: &mut Vec<Value>) {
    if k == items.len() {
        out.push(Value::List(items.clone()));
        return;
    }
    for i in k..items.len() {
        items.swap(k, i);
        permutations(items, k + 1, out);
        items.swap(k, i);
    }
}

impl QuestionType {
    /// How an answer of this type looks to expressions; `choices` gives the choice values
    /// and is asked only of a type that has choices.
    pub fn var(self, choices: impl FnOnce() -> Option<Vec<String>>) -> VarInfo {
        let ty = match self {
            QuestionType::Single | QuestionType::Text => Type::Str,
            QuestionType::Multi | QuestionType::Rank => Type::List(Box::new(Type::Str)),
            QuestionType::Confirm => Type::Bool,
            QuestionType::Scale | QuestionType::Number => Type::Number,
        };
        VarInfo {
            ty,
            choices: self.has_choices().then(choices).flatten(),
            question: true,
        }
    }
}
