//! "Why not the others" as sentences in the report's language, shared by every report
//! format and the results screen: one heading line per outcome that did not win, then
//! one line per condition it needed.

use crate::evaluate::{
    Failed, Found, MAX_WHY_NOT_LINES, Op, Subject, Why, WhyNot, fit_lines, why_not,
};
use crate::expr::Value;
use crate::flow::{self, format_number, format_value};
use crate::questionnaire::{Answer, Policy};

use super::{Report, sanitize};
use crate::words;

/// One outcome that did not win, explained.
pub struct WhyNotLines {
    pub why: WhyNot,
    pub head: String,
    /// What it needed, one line each (the heading ends with "needs:" when there are any).
    pub lines: Vec<String>,
}

impl Report<'_> {
    /// Every outcome that did not win, in file order, explained.
    pub fn why_not(&self) -> Vec<WhyNotLines> {
        why_not(self.questionnaire, self.answers, self.evaluation)
            .into_iter()
            .map(|w| {
                let (head, lines) = self.explain(&w);
                WhyNotLines {
                    why: w,
                    head,
                    lines,
                }
            })
            .collect()
    }

    /// The outcomes a result shows, and how many it leaves for "and N more": whole
    /// outcomes while they fit in [`MAX_WHY_NOT_LINES`] lines (the first always), or all of
    /// them with `all_changes`.
    pub fn why_not_shown(&self) -> (Vec<WhyNotLines>, usize) {
        let mut all = self.why_not();
        let sizes: Vec<usize> = all.iter().map(|w| 1 + w.lines.len()).collect();
        let (shown, more) = fit_lines(&sizes, MAX_WHY_NOT_LINES, self.all_changes);
        all.truncate(shown);
        (all, more)
    }

    fn explain(&self, w: &WhyNot) -> (String, Vec<String>) {
        let q = self.questionnaire;
        let lang = self.lang;
        let outcome = sanitize(&self.outcome_title(&w.outcome), false);
        let fill = |key: &str, pairs: &[(&str, String)]| {
            let mut args = vec![("outcome", words::Value::from(outcome.clone()))];
            args.extend(
                pairs
                    .iter()
                    .map(|(k, v)| (*k, words::Value::from(v.clone()))),
            );
            words::t_args(lang, key, &args)
        };
        let priority = |id: &str| {
            q.decision
                .rules
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.priority)
        };
        match &w.why {
            Why::Outranked { rule, by } => {
                let pairs = [
                    ("rule", rule.clone()),
                    ("by", by.clone()),
                    ("high", priority(by).unwrap_or_default().to_string()),
                    ("low", priority(rule).unwrap_or_default().to_string()),
                ];
                let key = match q.decision.policy {
                    Policy::Priority if priority(by) == priority(rule) => "wn-outranked_tie",
                    Policy::Priority => "wn-outranked_priority",
                    _ => "wn-outranked_first",
                };
                (fill(key, &pairs), Vec::new())
            }
            Why::Closest {
                rule,
                failed,
                below,
                fallback_but,
            } => {
                let head = match (below, fallback_but) {
                    (Some(by), None) => fill(
                        "wn-closest_below",
                        &[("rule", rule.clone()), ("by", by.clone())],
                    ),
                    (None, None) => fill("wn-closest", &[("rule", rule.clone())]),
                    // The fallback gives it too: with no rule matching it would have won.
                    (below, Some(by)) => fill(
                        if below.is_some() {
                            "wn-closest_below_fallback"
                        } else {
                            "wn-closest_fallback"
                        },
                        &[("rule", rule.clone()), ("by", by.clone())],
                    ),
                };
                (head, failed.iter().map(|f| self.failed_line(f)).collect())
            }
            Why::Ranked {
                dimension,
                rank,
                level_with,
                score,
                count,
                cut,
                clear,
                spread,
                min_spread,
                by,
            } => {
                let dim = sanitize(&self.dimension_label(dimension), false);
                // "at the top" for a profile of one, not "among the top 1".
                let one = if *count == 1 { "yes" } else { "no" };
                let profile = self.evaluation.profile.as_ref();
                let kept = profile.is_some_and(|p| p.dimensions.contains(dimension));
                // Level with the last place, and left out by the questionnaire's order.
                let tied_out = profile.filter(|p| !kept && p.tied.contains(dimension));
                let mut lines = Vec::new();
                if let Some(by) = by {
                    lines.push(fill("wn-ranked_by", &[("by", by.clone())]));
                }
                if let Some(p) = tied_out {
                    let first: Vec<String> = p
                        .tied
                        .iter()
                        .filter(|d| p.dimensions.contains(d))
                        .map(|d| sanitize(&self.dimension_label(d), false))
                        .collect();
                    lines.push(fill(
                        "wn-ranked_tied",
                        &[
                            ("dimension", dim.clone()),
                            ("score", format_number(*score)),
                            ("first", flow::join_list(&first, self.lang)),
                            ("count", count.to_string()),
                            ("one", one.to_owned()),
                        ],
                    ));
                } else if !kept {
                    let (cut, score) = flow::format_apart(*cut, *score);
                    // A number, so the message can select on it.
                    let level = ("level", words::Value::from(*level_with));
                    let args = [
                        ("dimension", words::Value::from(dim.clone())),
                        ("count", words::Value::from(count.to_string())),
                        ("one", words::Value::from(one)),
                        ("cut", words::Value::from(cut)),
                        ("rank", words::Value::from(rank.to_string())),
                        ("score", words::Value::from(score)),
                        level,
                    ];
                    lines.push(words::t_args(lang, "wn-ranked_rank", &args));
                }
                if !clear {
                    lines.push(if *min_spread > 0.0 {
                        fill(
                            "wn-ranked_spread",
                            &[
                                ("min", format_number(*min_spread)),
                                ("spread", format_number(*spread)),
                            ],
                        )
                    } else {
                        fill("wn-ranked_spread_any", &[])
                    });
                }
                let head = fill(
                    "wn-ranked",
                    &[
                        ("dimension", dim),
                        ("count", count.to_string()),
                        ("one", one.to_owned()),
                    ],
                );
                (head, lines)
            }
            Why::Fallback => {
                let key = if q.decision.policy == Policy::Top {
                    "wn-fallback_top"
                } else {
                    "wn-fallback"
                };
                (fill(key, &[]), Vec::new())
            }
            Why::Unreachable => (fill("wn-unreachable", &[]), Vec::new()),
        }
    }

    /// "“Where are you heading?” = “Backend engineer”, you answered “AI/ML engineer”".
    fn failed_line(&self, f: &Failed) -> String {
        let lang = self.lang;
        let Some(subject) = &f.subject else {
            let key = if f.op == Op::Fails {
                "wn-fails"
            } else {
                "wn-holds"
            };
            let need = words::t_args(
                lang,
                key,
                &[(
                    "expr",
                    words::Value::from(format!("`{}`", f.expr).to_string()),
                )],
            );
            return format!("{need}, {}", self.found_text(None, &f.found, None));
        };
        let name = self.subject_name(subject);
        // Compared numbers read apart: "≥ 0.13, yours is 0.125", never "yours is 0.13".
        let found_number = match &f.found {
            Found::Value(Value::Number(n)) | Found::Answer(Value::Number(n)) => Some(*n),
            _ => None,
        };
        let needed_number = match f.needed.as_slice() {
            [Value::Number(n)] => Some(*n),
            _ => None,
        };
        let values: Vec<String> = f
            .needed
            .iter()
            .map(|v| self.value_label(subject, v, found_number))
            .collect();
        let one = values.first().cloned().unwrap_or_default();
        let need = match f.op {
            Op::In | Op::NotIn => {
                let key = if f.op == Op::In { "wn-in" } else { "wn-not_in" };
                words::t_args(
                    lang,
                    key,
                    &[
                        ("subject", words::Value::from(name.to_string())),
                        (
                            "values",
                            words::Value::from(flow::join_or(&values, lang).to_string()),
                        ),
                    ],
                )
            }
            Op::Includes | Op::Excludes => {
                let key = if f.op == Op::Includes {
                    "wn-includes"
                } else {
                    "wn-excludes"
                };
                words::t_args(
                    lang,
                    key,
                    &[
                        ("subject", words::Value::from(name.to_string())),
                        ("value", words::Value::from(one.to_string())),
                    ],
                )
            }
            Op::Answered | Op::Unanswered => {
                let key = if f.op == Op::Answered {
                    "wn-answered"
                } else {
                    "wn-unanswered"
                };
                words::t_args(
                    lang,
                    key,
                    &[("subject", words::Value::from(name.to_string()))],
                )
            }
            Op::Holds | Op::Fails => words::t_args(
                lang,
                "wn-holds",
                &[("expr", words::Value::from(name.to_string()))],
            ),
            op => format!("{name} {} {one}", symbol(op)),
        };
        let found = self.found_text(Some(subject), &f.found, needed_number);
        format!("{need}, {found}")
    }

    fn subject_name(&self, subject: &Subject) -> String {
        let q = self.questionnaire;
        match subject {
            Subject::Question(id) => {
                let prompt = q.question(id).map_or(id.as_str(), |x| self.t(&x.prompt));
                quoted(prompt, self.lang)
            }
            Subject::Score(d) => words::t_args(
                self.lang,
                "wn-score_of",
                &[(
                    "dimension",
                    words::Value::from(sanitize(&self.dimension_label(d), false).to_string()),
                )],
            ),
            Subject::Derived(name) => {
                let shown = q.derived.iter().find(|d| &d.name == name);
                match shown.and_then(|d| d.shown.as_ref()) {
                    Some(s) => sanitize(self.t(&s.label), false),
                    None => format!("`{name}`"),
                }
            }
        }
    }

    /// A needed value as the person reads it: a choice's label, "yes", a number with its unit.
    /// `near` is the number it is compared with, if any (as for `found_text`).
    fn value_label(&self, subject: &Subject, v: &Value, near: Option<f64>) -> String {
        let q = self.questionnaire;
        let question = match subject {
            Subject::Question(id) => q.question(id),
            _ => None,
        };
        let answer = match v {
            Value::Bool(b) => Some(Answer::Bool(*b)),
            Value::Number(n) => Some(Answer::Number(*n)),
            Value::Str(s) => Some(Answer::Text(s.clone())),
            _ => None,
        };
        match (question, answer) {
            (Some(question), Some(a)) => {
                let label = flow::answer_label_near(question, &a, self.lang, &q.default_lang, near);
                match a {
                    Answer::Text(_) => quoted(&label, self.lang),
                    _ => sanitize(&label, false),
                }
            }
            _ => sanitize(&flow::value_near(v, near), false),
        }
    }

    fn found_text(&self, subject: Option<&Subject>, found: &Found, near: Option<f64>) -> String {
        let q = self.questionnaire;
        let lang = self.lang;
        match (found, subject) {
            (Found::Answer(found), Some(Subject::Question(id))) => {
                let label = match (q.question(id), found, near) {
                    (Some(question), Value::Number(n), Some(_)) => {
                        let a = Answer::Number(*n);
                        flow::answer_label_near(question, &a, lang, &q.default_lang, near)
                    }
                    _ => self.answered(id).map(|(_, l)| l).unwrap_or_default(),
                };
                let label = match q.question(id).map(|x| x.kind.choices().is_empty()) {
                    Some(false) => quoted(&label, lang),
                    _ => sanitize(&label, false),
                };
                words::t_args(
                    lang,
                    "wn-you_answered",
                    &[("answer", words::Value::from(label.to_string()))],
                )
            }
            (Found::Unanswered, _) => words::t(lang, "wn-you_did_not_answer"),
            (Found::NotAsked(by), _) if by.is_empty() => words::t(lang, "wn-not_asked"),
            (Found::NotAsked(by), _) => {
                let prompts: Vec<String> = by
                    .iter()
                    .map(|id| self.subject_name(&Subject::Question(id.clone())))
                    .collect();
                words::t_args(
                    lang,
                    "wn-not_asked_because",
                    &[(
                        "questions",
                        words::Value::from(flow::join_list(&prompts, lang).to_string()),
                    )],
                )
            }
            (Found::Value(Value::Null), _) => words::t(lang, "wn-no_value"),
            (Found::Value(v), Some(Subject::Score(_))) => words::t_args(
                lang,
                "wn-yours_is",
                &[("value", words::Value::from(flow::result_near(q, v, near)))],
            ),
            (Found::Value(v), Some(Subject::Derived(name))) => {
                let mut s = words::t_args(
                    lang,
                    "wn-it_is",
                    &[("value", words::Value::from(flow::result_near(q, v, near)))],
                );
                let d = q.derived.iter().find(|d| &d.name == name);
                if let Some(d) = d.filter(|d| d.shown.is_none()) {
                    // An unlabelled value is only a name: say what it comes from, the
                    // answers it reads or else its definition. A question it reads that
                    // was not answered gave no answer to name.
                    let read: Vec<String> = d
                        .expr
                        .names()
                        .into_iter()
                        .filter(|n| q.question(n).is_some() && self.answers.contains_key(*n))
                        .map(|n| self.subject_name(&Subject::Question(n.to_owned())))
                        .collect();
                    if read.is_empty() {
                        s.push_str(&format!(" (`{name}` = `{}`)", d.expr.ast()));
                    } else {
                        let from = words::t_args(
                            lang,
                            "wn-from_answers",
                            &[(
                                "questions",
                                words::Value::from(flow::join_list(&read, lang).to_string()),
                            )],
                        );
                        s.push_str(&format!(" ({from})"));
                    }
                }
                s
            }
            (Found::Reads(reads), _) => {
                let parts: Vec<String> = reads
                    .iter()
                    .map(|r| {
                        let value = match (&r.value, q.question(&r.name)) {
                            (Value::Null, _) => words::t(lang, "no_answer"),
                            (_, Some(_)) => self
                                .answered(&r.name)
                                .map_or_else(|| format_value(&r.value), |(_, l)| l),
                            _ => format_value(&r.value),
                        };
                        format!("{} = {}", r.name, sanitize(&value, false))
                    })
                    .collect();
                words::t_args(
                    lang,
                    "wn-found",
                    &[("reads", words::Value::from(parts.join(", ").to_string()))],
                )
            }
            (Found::Answer(v) | Found::Value(v), _) => format_value(v),
        }
    }
}

fn quoted(s: &str, lang: &str) -> String {
    words::t_args(
        lang,
        "wn-quoted",
        &[("v", words::Value::from(sanitize(s, false).to_string()))],
    )
}

fn symbol(op: Op) -> &'static str {
    match op {
        Op::Eq => "=",
        Op::Ne => "≠",
        Op::Lt => "<",
        Op::Le => "≤",
        Op::Gt => ">",
        Op::Ge => "≥",
        _ => "",
    }
}
