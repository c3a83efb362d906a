//! A question's type: its per-type keys (bounds, step, unit, labels, length, pattern),
//! its choices, and the points choices and `score_if` give each dimension.

use std::collections::BTreeMap;

use foldhash::HashMap;

use super::super::raw::{OrderedMap, QuestionType, RawQuestion, RawText};
use super::super::{Choice, MAX_NUMBER, MAX_POINTS, Pattern, Points, QuestionKind, ValueScore};
use super::context::{Cx, suggest};
use crate::questionnaire::{Pos, fmt_num};
use crate::yaml::At;

impl Cx<'_> {
    /// Scores as a map, with every dimension checked.
    pub(super) fn score(&mut self, score: &OrderedMap<f64>, dims: &[String]) -> Points {
        let mut out = BTreeMap::new();
        for e in &score.0 {
            let (dim, points) = (&e.key, &e.value);
            if !dims.contains(dim) {
                let known = dims
                    .iter()
                    .map(|d| format!("`{d}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let help = suggest(dim, dims.iter().map(String::as_str))
                    .unwrap_or_else(|| diag!("diag-unknown-dimension-help", known = known));
                self.error(
                    e.key_pos,
                    dim.chars().count(),
                    "unknown-dimension",
                    diag!("diag-unknown-dimension", dim = dim.as_str()),
                )
                .help = Some(help);
                continue;
            }
            if !points.is_finite() || points.abs() > MAX_POINTS {
                let found = self.written(e.pos, *points);
                self.error_at(
                    e.pos,
                    "bad-score",
                    diag!("diag-bad-score", max = fmt_num(MAX_POINTS), found = found),
                );
                continue;
            }
            out.insert(dim.clone(), *points);
        }
        out.into_iter().collect()
    }

    fn integer(&mut self, v: Option<&At<f64>>) -> Option<i64> {
        let (v, path) = (v?.value, v?.pos);
        if v.fract() != 0.0 || !v.is_finite() {
            let found = self.written(path, v);
            self.error_at(
                path,
                "not-integer",
                diag!("diag-not-integer", found = found),
            );
            return None;
        }
        if v.abs() > MAX_NUMBER {
            let found = self.written(path, v);
            self.error_at(
                path,
                "bad-range",
                diag!(
                    "diag-bad-range-integer",
                    max = fmt_num(MAX_NUMBER),
                    found = found
                ),
            );
            return None;
        }
        Some(v as i64)
    }

    pub(super) fn kind(&mut self, rq: &At<RawQuestion>, dims: &[String]) -> Option<QuestionKind> {
        let set: [(&str, Option<Pos>); 14] = [
            ("choices", rq.choices.as_ref().map(|v| v.pos)),
            ("min", rq.min.as_ref().map(|v| v.pos)),
            ("max", rq.max.as_ref().map(|v| v.pos)),
            ("step", rq.step.as_ref().map(|v| v.pos)),
            ("unit", rq.unit.as_ref().map(|v| v.pos)),
            ("unit_one", rq.unit_one.as_ref().map(|v| v.pos)),
            ("min_label", rq.min_label.as_ref().map(|v| v.pos)),
            ("max_label", rq.max_label.as_ref().map(|v| v.pos)),
            ("labels", rq.labels.as_ref().map(|v| v.pos)),
            ("score", rq.score.as_ref().map(|v| v.pos)),
            ("reverse", rq.reverse.as_ref().map(|v| v.pos)),
            ("offset", rq.offset.as_ref().map(|v| v.pos)),
            ("max_len", rq.max_len.as_ref().map(|v| v.pos)),
            ("pattern", rq.pattern.as_ref().map(|v| v.pos)),
        ];
        let ok_keys = rq.kind.keys();
        let mut bad = false;
        for (key, value) in set {
            if let Some(value) = value.filter(|_| !ok_keys.contains(&key)) {
                bad = true;
                let tname = rq.kind.name();
                let help = if ok_keys.is_empty() {
                    diag!("diag-key-not-allowed-none", kind = tname)
                } else {
                    let list = ok_keys
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    diag!("diag-key-not-allowed-help", kind = tname, keys = list)
                };
                let pos = self.key_pos(value, key);
                self.error(
                    pos,
                    key.len(),
                    "key-not-allowed",
                    diag!("diag-key-not-allowed", key = key, kind = tname),
                )
                .help = Some(help);
            }
        }
        let choices = self.choices(rq, dims);
        // Where `min`, `max`... are written (only asked of keys that are there).
        let pos = |v: &Option<Box<At<f64>>>| v.as_ref().map_or(rq.pos, |v| v.pos);
        let kind = match rq.kind {
            QuestionType::Single => QuestionKind::Single { choices: choices? },
            QuestionType::Rank => QuestionKind::Rank { choices: choices? },
            QuestionType::Multi => {
                let choices = choices?;
                let min = self.integer(rq.min.as_deref());
                let max = self.integer(rq.max.as_deref());
                let n = choices.len() as i64;
                let lo = min.unwrap_or(0);
                let hi = max.unwrap_or(n);
                if lo < 0 || lo > hi || hi > n {
                    self.error_at(
                        pos(if rq.max.is_some() { &rq.max } else { &rq.min }),
                        "bad-range",
                        diag!(
                            "diag-bad-range-selection",
                            n = n.to_string(),
                            min = lo.to_string(),
                            max = hi.to_string()
                        ),
                    );
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
                let (Some(min), Some(max)) = (&rq.min, &rq.max) else {
                    self.error_at(rq.pos, "missing-field", diag!("diag-missing-field-scale"));
                    return None;
                };
                let max_pos = max.pos;
                let min = self.integer(Some(min))?;
                let max = self.integer(Some(max))?;
                if min >= max {
                    self.error_at(
                        max_pos,
                        "bad-range",
                        diag!(
                            "diag-bad-range-scale",
                            min = min.to_string(),
                            max = max.to_string()
                        ),
                    );
                    return None;
                }
                if max - min > 1000 {
                    self.error_at(
                        max_pos,
                        "bad-range",
                        diag!(
                            "diag-bad-range-scale-steps",
                            found = (max - min).to_string()
                        ),
                    )
                    .help = Some(diag!("diag-bad-range-scale-steps-help"));
                    return None;
                }
                let labels: Vec<_> = rq
                    .labels
                    .iter()
                    .flat_map(|l| l.iter())
                    .map(|t| t.text())
                    .collect();
                let points = max - min + 1;
                if let Some(given) = rq.labels.as_ref().filter(|_| labels.len() as i64 != points) {
                    self.error_at(
                        given.pos,
                        "bad-labels",
                        diag!(
                            "diag-bad-labels",
                            min = min.to_string(),
                            max = max.to_string(),
                            points = points,
                            found = labels.len()
                        ),
                    )
                    .help = Some(diag!("diag-bad-labels-help"));
                    return None;
                }
                QuestionKind::Scale {
                    min,
                    max,
                    min_label: rq.min_label.as_ref().map(|t| t.text()),
                    max_label: rq.max_label.as_ref().map(|t| t.text()),
                    labels,
                }
            }
            QuestionType::Number => {
                for (k, v) in [("min", &rq.min), ("max", &rq.max), ("step", &rq.step)] {
                    if let Some(v) = v.as_ref().filter(|v| !v.is_finite()) {
                        self.error_at(
                            v.pos,
                            "bad-range",
                            diag!("diag-bad-range-finite", key = k, found = fmt_num(v.value)),
                        );
                        return None;
                    }
                }
                for (k, v) in [("min", &rq.min), ("max", &rq.max), ("step", &rq.step)] {
                    if let Some(v) = v
                        && !self.within_limit(k, v)
                    {
                        return None;
                    }
                }
                let value = |v: &Option<Box<At<f64>>>| v.as_ref().map(|v| v.value);
                if let (Some(lo), Some(hi)) = (value(&rq.min), value(&rq.max))
                    && lo > hi
                {
                    self.error_at(
                        pos(&rq.max),
                        "bad-range",
                        diag!(
                            "diag-bad-range-number",
                            max = fmt_num(hi),
                            min = fmt_num(lo)
                        ),
                    );
                    return None;
                }
                if let Some(step) = rq.step.as_ref().filter(|s| s.value <= 0.0) {
                    self.error_at(
                        step.pos,
                        "bad-range",
                        diag!("diag-bad-range-step", found = fmt_num(step.value)),
                    );
                    return None;
                }
                if let (Some(one), None) = (&rq.unit_one, &rq.unit) {
                    self.error_at(
                        one.pos,
                        "unit-one-without-unit",
                        diag!("diag-unit-one-without-unit"),
                    )
                    .help = Some(diag!("diag-unit-one-without-unit-help"));
                }
                QuestionKind::Number {
                    min: value(&rq.min),
                    max: value(&rq.max),
                    step: value(&rq.step),
                    unit: rq.unit.as_ref().map(|t| t.text()),
                    unit_one: rq.unit_one.as_ref().map(|t| Box::new(t.text())),
                }
            }
            QuestionType::Text => {
                if let Some(zero) = rq.max_len.as_ref().filter(|m| m.value == 0) {
                    self.error_at(zero.pos, "bad-range", diag!("diag-bad-range-max-len"));
                }
                let pattern = match &rq.pattern {
                    None => None,
                    Some(src) => match regex::Regex::new(&format!("^(?:{})$", src.value)) {
                        Ok(regex) => Some(Pattern {
                            source: src.value.clone(),
                            regex,
                        }),
                        Err(e) => {
                            let detail = e.to_string();
                            let last = detail.lines().last().unwrap_or("").trim();
                            let last = last.strip_prefix("error: ").unwrap_or(last).to_owned();
                            self.error_at(
                                src.pos,
                                "bad-pattern",
                                diag!("diag-bad-pattern", why = last),
                            );
                            return None;
                        }
                    },
                };
                QuestionKind::Text {
                    max_len: rq.max_len.as_ref().map(|m| m.value),
                    pattern,
                }
            }
        };
        if bad { None } else { Some(kind) }
    }

    /// `score` and `reverse` of a `scale` or `number`: the answer itself scores.
    pub(super) fn value_score(
        &mut self,
        rq: &At<RawQuestion>,
        dims: &[String],
    ) -> Option<ValueScore> {
        // Not this type's keys at all: `key-not-allowed` says so, and nothing more.
        if !rq.kind.keys().contains(&"score") {
            return None;
        }
        let bounds = match (rq.kind, &rq.min, &rq.max) {
            (QuestionType::Scale | QuestionType::Number, Some(lo), Some(hi)) => {
                Some((lo.value, hi.value))
            }
            _ => None,
        };
        let reverse = rq.reverse.as_ref().filter(|r| r.value);
        let Some(raw) = &rq.score else {
            if let Some(reverse) = reverse {
                self.error_at(
                    reverse.pos,
                    "reverse-without-score",
                    diag!("diag-reverse-without-score"),
                )
                .help = Some(diag!("diag-add-score"));
            }
            if let Some(offset) = &rq.offset {
                self.error_at(
                    offset.pos,
                    "offset-without-score",
                    diag!("diag-offset-without-score"),
                )
                .help = Some(diag!("diag-add-score"));
            }
            return None;
        };
        let offset = rq.offset.as_ref().map_or(0.0, |o| o.value);
        if !offset.is_finite() {
            if let Some(o) = &rq.offset {
                self.error_at(o.pos, "bad-number", diag!("diag-bad-number-offset"));
            }
            return None;
        }
        if let Some(o) = &rq.offset
            && !self.within_limit("offset", o)
        {
            return None;
        }
        let weights = self.score(raw, dims);
        if let Some((lo, hi)) = bounds {
            self.answer_points(rq, raw, (lo + offset, hi + offset), &weights)?;
        }
        if bounds.is_none() && rq.kind == QuestionType::Number {
            // Without both bounds neither the score's range nor its mirror exists.
            self.error_at(
                rq.pos,
                "score-needs-bounds",
                diag!("diag-score-needs-bounds", id = rq.id.value.as_str()),
            );
            return None;
        }
        Some(ValueScore {
            weights,
            reverse: bounds.filter(|_| reverse.is_some()),
            offset,
        })
    }

    fn choices(&mut self, rq: &At<RawQuestion>, dims: &[String]) -> Option<Vec<Choice>> {
        if !rq.kind.has_choices() {
            return None;
        }
        let Some(raw) = &rq.choices else {
            self.error_at(
                rq.pos,
                "missing-field",
                diag!("diag-missing-field-choices", kind = rq.kind.name()),
            );
            return None;
        };
        if raw.is_empty() {
            self.error_at(raw.pos, "no-choices", diag!("diag-no-choices"));
            return None;
        }
        let mut seen: HashMap<&str, Pos> = HashMap::default();
        let mut out = Vec::with_capacity(raw.len());
        for c in raw.iter() {
            // Numbered answers to pick one of (0 to 3, 1 to 5) are what a scale is for:
            // plain mode picks a choice by its number, so a choice may not be another number.
            if let Some(d) = self.check_id(&c.value, c.value.pos, false, "choice")
                && rq.kind == QuestionType::Single
                && c.value.trim().parse::<f64>().is_ok()
            {
                d.help = Some(diag!(
                    "diag-bad-id-numbered",
                    rule = super::context::id_rule(),
                    value = c.value.value.as_str()
                ));
            }
            if let Some(first) = seen.insert(&c.value, c.value.pos) {
                self.error(
                    c.value.pos,
                    c.value.chars().count(),
                    "duplicate-id",
                    diag!(
                        "diag-duplicate-choice",
                        value = c.value.value.as_str(),
                        question = rq.id.value.as_str()
                    ),
                )
                .help = Some(diag!("diag-duplicate-id-first", line = first.line));
            }
            let score = self.score(&c.score, dims);
            let exclusive = c.exclusive.as_ref().filter(|e| e.value);
            if let Some(e) = exclusive.filter(|_| rq.kind != QuestionType::Multi) {
                let pos = self.key_pos(e.pos, "exclusive");
                self.error(
                    pos,
                    "exclusive".len(),
                    "key-not-allowed",
                    diag!("diag-exclusive-not-multi", kind = rq.kind.name()),
                )
                .help = Some(diag!("diag-exclusive-not-multi-help"));
            }
            out.push(Choice {
                value: c.value.value.clone(),
                label: c.label.text(),
                help: c.help.as_deref().map(RawText::text),
                score,
                exclusive: exclusive.is_some(),
            });
        }
        Some(out)
    }
}
