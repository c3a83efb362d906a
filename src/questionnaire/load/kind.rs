//! A question's type: its per-type keys (bounds, step, unit, labels, length, pattern),
//! its choices, and the points choices and `score_if` give each dimension.

use std::collections::{BTreeMap, HashMap};

use super::super::raw::{OrderedMap, QuestionType, RawQuestion, opt_text};
use super::super::{Choice, Pattern, QuestionKind, ValueScore};
use super::context::{Cx, suggest};
use crate::questionnaire::fmt_num;

/// The most points one choice or `score_if` may give a dimension: sums over thousands of
/// questions stay far from overflowing to infinity, which no score bar or JSON can show.
const MAX_POINTS: f64 = 1e6;

impl Cx<'_> {
    /// Scores as a map, with every dimension checked.
    pub(super) fn score(
        &mut self,
        score: &OrderedMap<f64>,
        path: &str,
        dims: &[String],
    ) -> BTreeMap<String, f64> {
        let mut out = BTreeMap::new();
        for (dim, points) in &score.0 {
            let p = format!("{path}.{dim}");
            if !dims.contains(dim) {
                let known = dims
                    .iter()
                    .map(|d| format!("`{d}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let help = suggest(dim, dims.iter().map(String::as_str))
                    .unwrap_or_else(|| format!("the dimensions are {known}"));
                self.error_key(
                    &p,
                    dim.chars().count(),
                    "unknown-dimension",
                    format!("unknown dimension `{dim}`"),
                )
                .help = Some(help);
                continue;
            }
            if !points.is_finite() || points.abs() > MAX_POINTS {
                self.error_at(
                    &p,
                    "bad-score",
                    format!(
                        "expected points from -{} to {}, found {}",
                        fmt_num(MAX_POINTS),
                        fmt_num(MAX_POINTS),
                        fmt_num(*points)
                    ),
                );
                continue;
            }
            out.insert(dim.clone(), *points);
        }
        out
    }

    fn integer(&mut self, v: Option<f64>, path: &str) -> Option<i64> {
        let v = v?;
        if v.fract() != 0.0 || !v.is_finite() {
            self.error_at(
                path,
                "not-integer",
                format!("expected a whole number, found {}", fmt_num(v)),
            );
            return None;
        }
        if v.abs() > 1e15 {
            self.error_at(
                path,
                "bad-range",
                format!(
                    "expected a whole number from -1e15 to 1e15, found {}",
                    fmt_num(v)
                ),
            );
            return None;
        }
        Some(v as i64)
    }

    pub(super) fn kind(
        &mut self,
        rq: &RawQuestion,
        path: &str,
        dims: &[String],
    ) -> Option<QuestionKind> {
        let set: [(&str, bool); 12] = [
            ("choices", rq.choices.is_some()),
            ("min", rq.min.is_some()),
            ("max", rq.max.is_some()),
            ("step", rq.step.is_some()),
            ("unit", rq.unit.is_some()),
            ("min_label", rq.min_label.is_some()),
            ("max_label", rq.max_label.is_some()),
            ("labels", rq.labels.is_some()),
            ("score", rq.score.is_some()),
            ("reverse", rq.reverse.is_some()),
            ("max_len", rq.max_len.is_some()),
            ("pattern", rq.pattern.is_some()),
        ];
        let ok_keys = rq.kind.keys();
        let mut bad = false;
        for (key, present) in set {
            if present && !ok_keys.contains(&key) {
                bad = true;
                let p = format!("{path}.{key}");
                let tname = rq.kind.name();
                let help = if ok_keys.is_empty() {
                    format!("a `{tname}` question takes no type-specific keys")
                } else {
                    let list = ok_keys
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    format!("a `{tname}` question takes {list}")
                };
                self.error_key(
                    &p,
                    key.len(),
                    "key-not-allowed",
                    format!("`{key}` is not allowed on a `{tname}` question"),
                )
                .help = Some(help);
            }
        }
        let choices = self.choices(rq, path, dims);
        let mp = |k: &str| format!("{path}.{k}");
        let kind = match rq.kind {
            QuestionType::Single => QuestionKind::Single { choices: choices? },
            QuestionType::Rank => QuestionKind::Rank { choices: choices? },
            QuestionType::Multi => {
                let choices = choices?;
                let min = self.integer(rq.min, &mp("min"));
                let max = self.integer(rq.max, &mp("max"));
                let n = choices.len() as i64;
                let lo = min.unwrap_or(0);
                let hi = max.unwrap_or(n);
                if lo < 0 || lo > hi || hi > n {
                    self.error_at(&mp(if rq.max.is_some() { "max" } else { "min" }), "bad-range",
                        format!("selection limits must satisfy 0 <= min <= max <= {n} (the number of choices), found min {lo}, max {hi}"));
                    return None;
                }
                QuestionKind::Multi {
                    choices,
                    min: min.map(|m| m as u32),
                    max: max.map(|m| m as u32),
                }
            }
            QuestionType::Confirm => QuestionKind::Confirm,
            QuestionType::Scale => {
                let (Some(min), Some(max)) = (rq.min, rq.max) else {
                    self.error_at(
                        path,
                        "missing-field",
                        "a `scale` question needs `min` and `max`".to_owned(),
                    );
                    return None;
                };
                let min = self.integer(Some(min), &mp("min"))?;
                let max = self.integer(Some(max), &mp("max"))?;
                if min >= max {
                    self.error_at(
                        &mp("max"),
                        "bad-range",
                        format!("`max` ({max}) must be greater than `min` ({min})"),
                    );
                    return None;
                }
                if max - min > 1000 {
                    self.error_at(
                        &mp("max"),
                        "bad-range",
                        format!("a scale has at most 1000 steps, found {}", max - min),
                    )
                    .help = Some("use a `number` question for wide ranges".to_owned());
                    return None;
                }
                let labels: Vec<_> = rq.labels.iter().flatten().map(|t| t.text()).collect();
                let points = max - min + 1;
                if rq.labels.is_some() && labels.len() as i64 != points {
                    self.error_at(
                        &mp("labels"),
                        "bad-labels",
                        format!(
                            "a scale from {min} to {max} has {points} points, so `labels` needs {points} labels, found {}",
                            labels.len()
                        ),
                    )
                    .help = Some("give one label per point, lowest first".to_owned());
                    return None;
                }
                QuestionKind::Scale {
                    min,
                    max,
                    min_label: opt_text(&rq.min_label),
                    max_label: opt_text(&rq.max_label),
                    labels,
                }
            }
            QuestionType::Number => {
                for (k, v) in [("min", rq.min), ("max", rq.max), ("step", rq.step)] {
                    if v.is_some_and(|v| !v.is_finite()) {
                        self.error_at(
                            &mp(k),
                            "bad-range",
                            format!(
                                "`{k}` must be a finite number, found {}",
                                fmt_num(v.unwrap_or_default())
                            ),
                        );
                        return None;
                    }
                }
                if let (Some(lo), Some(hi)) = (rq.min, rq.max)
                    && lo > hi
                {
                    self.error_at(
                        &mp("max"),
                        "bad-range",
                        format!(
                            "`max` ({}) must not be less than `min` ({})",
                            fmt_num(hi),
                            fmt_num(lo)
                        ),
                    );
                    return None;
                }
                if let Some(step) = rq.step.filter(|s| *s <= 0.0) {
                    self.error_at(
                        &mp("step"),
                        "bad-range",
                        format!("`step` must be greater than 0, found {}", fmt_num(step)),
                    );
                    return None;
                }
                QuestionKind::Number {
                    min: rq.min,
                    max: rq.max,
                    step: rq.step,
                    unit: opt_text(&rq.unit),
                }
            }
            QuestionType::Text => {
                if rq.max_len == Some(0) {
                    self.error_at(
                        &mp("max_len"),
                        "bad-range",
                        "`max_len` must be at least 1".to_owned(),
                    );
                }
                let pattern = match &rq.pattern {
                    None => None,
                    Some(src) => match regex::Regex::new(&format!("^(?:{src})$")) {
                        Ok(regex) => Some(Pattern {
                            source: src.clone(),
                            regex,
                        }),
                        Err(e) => {
                            let detail = e.to_string();
                            let last = detail.lines().last().unwrap_or("").trim();
                            let last = last.strip_prefix("error: ").unwrap_or(last).to_owned();
                            self.error_at(
                                &mp("pattern"),
                                "bad-pattern",
                                format!("the pattern is not a valid regular expression: {last}"),
                            );
                            return None;
                        }
                    },
                };
                QuestionKind::Text {
                    max_len: rq.max_len,
                    pattern,
                }
            }
        };
        if bad { None } else { Some(kind) }
    }

    /// `score` and `reverse` of a `scale` or `number`: the answer itself scores.
    pub(super) fn value_score(
        &mut self,
        rq: &RawQuestion,
        path: &str,
        dims: &[String],
    ) -> Option<ValueScore> {
        let bounds = match (rq.kind, rq.min, rq.max) {
            (QuestionType::Scale | QuestionType::Number, Some(lo), Some(hi)) => Some((lo, hi)),
            _ => None,
        };
        let reverse = rq.reverse == Some(true);
        let Some(raw) = &rq.score else {
            if reverse {
                self.error_at(
                    &format!("{path}.reverse"),
                    "reverse-without-score",
                    "`reverse` needs a `score` to reverse".to_owned(),
                )
                .help = Some("add `score: {dimension: 1}`".to_owned());
            }
            return None;
        };
        let weights = self.score(raw, &format!("{path}.score"), dims);
        if bounds.is_none() && rq.kind == QuestionType::Number {
            // Without both bounds neither the score's range nor its mirror exists.
            self.error_at(
                path,
                "score-needs-bounds",
                format!(
                    "`{}` scores its answer, so it needs both `min` and `max`",
                    rq.id
                ),
            );
            return None;
        }
        Some(ValueScore {
            weights,
            reverse: bounds.filter(|_| reverse),
        })
    }

    fn choices(&mut self, rq: &RawQuestion, path: &str, dims: &[String]) -> Option<Vec<Choice>> {
        let needs = matches!(
            rq.kind,
            QuestionType::Single | QuestionType::Multi | QuestionType::Rank
        );
        if !needs {
            return None;
        }
        let Some(raw) = &rq.choices else {
            self.error_at(
                path,
                "missing-field",
                format!("a `{}` question needs `choices`", rq.kind.name()),
            );
            return None;
        };
        if raw.is_empty() {
            self.error_at(
                &format!("{path}.choices"),
                "no-choices",
                "`choices` is empty".to_owned(),
            );
            return None;
        }
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut out = Vec::new();
        for (i, c) in raw.iter().enumerate() {
            let cp = format!("{path}.choices[{i}]");
            let vp = format!("{cp}.value");
            self.check_id(&c.value, &vp, false, "choice value");
            if let Some(j) = seen.insert(&c.value, i) {
                let pos = self.index.pos(&vp);
                let first = self.index.pos(&format!("{path}.choices[{j}].value"));
                self.error(
                    pos,
                    c.value.chars().count(),
                    "duplicate-id",
                    format!("choice `{}` appears twice in question `{}`", c.value, rq.id),
                )
                .help = Some(format!("the first is at line {}", first.line));
            }
            let score = self.score(&c.score, &format!("{cp}.score"), dims);
            out.push(Choice {
                value: c.value.clone(),
                label: c.label.text(),
                help: opt_text(&c.help),
                score,
            });
        }
        Some(out)
    }
}
