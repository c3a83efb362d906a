//! The decision block and outcomes: rules, conditions, templates, the default rule.

use foldhash::HashMap;

use crate::expr::{Scope, Type};

use super::super::raw::{RawCondition, RawPolicy, RawQuestionnaire, RawText, opt_text};
use super::super::template::{Part, name_len};
use super::super::{
    Condition, Decision, Derived, Note, Outcome, Policy, Pos, Resource, Rule, Step, Template, Text,
};
use super::context::{Cx, suggest};
use crate::yaml::At;

/// What a template may name.
#[derive(Clone, Copy)]
pub(super) struct Names<'a> {
    pub dims: &'a [String],
    pub derived: &'a [Derived],
    pub extra: &'a [String],
}

impl Cx<'_> {
    pub(super) fn outcomes(&mut self, raw: &RawQuestionnaire) -> Vec<Outcome> {
        let mut out = Vec::new();
        if raw.outcomes.0.is_empty() {
            self.error_at(raw.outcomes.pos, "no-outcomes", diag!("diag-no-outcomes"));
        }
        for e in &raw.outcomes.0 {
            let (id, o) = (&e.key, &e.value);
            self.check_id(id, e.key_pos, true, "outcome");
            let roadmap = o
                .roadmap
                .iter()
                .map(|s| Step {
                    step: s.step.text(),
                    items: s.items.iter().map(RawText::text).collect(),
                    optional: s.optional,
                    resources: s
                        .resources
                        .iter()
                        .map(|r| Resource {
                            title: r.title.text(),
                            url: r.url.clone(),
                        })
                        .collect(),
                    hours: s.hours.as_ref().map(|h| h.value),
                })
                .collect();
            out.push(Outcome {
                id: id.clone(),
                title: o.title.text(),
                summary: o.summary.text(),
                leads_to: opt_text(&o.leads_to),
                roadmap,
                // Parsed with the derived values in scope, in `load/sizing.rs`.
                margin: None,
                sources: Vec::new(),
                pos: e.key_pos,
            });
        }
        out
    }

    fn condition(&mut self, c: &At<RawCondition>, scope: &Scope) -> Option<Condition> {
        match &c.value {
            RawCondition::Expr(src) => self
                .expr(src, c.pos, scope, Some(Type::Bool))
                .map(|(e, _)| Condition::Expr(e)),
            RawCondition::All(parts) | RawCondition::Any(parts) => {
                let key = if matches!(c.value, RawCondition::All(_)) {
                    "all"
                } else {
                    "any"
                };
                if parts.is_empty() {
                    self.error_at(
                        parts.pos,
                        "empty-condition",
                        diag!("diag-empty-condition", key = key),
                    );
                    return None;
                }
                let built: Vec<Option<Condition>> =
                    parts.iter().map(|p| self.condition(p, scope)).collect();
                let built: Option<Vec<Condition>> = built.into_iter().collect();
                let built = built?;
                Some(if key == "all" {
                    Condition::All(built)
                } else {
                    Condition::Any(built)
                })
            }
            RawCondition::Not(inner) => self
                .condition(inner, scope)
                .map(|c| Condition::Not(Box::new(c))),
        }
    }

    /// Checks every placeholder of a text (each language).
    pub(super) fn template(&mut self, text: &At<RawText>, names: &Names<'_>) -> Template {
        let at = |lang: &str| text.lang_pos(lang).unwrap_or(text.pos);
        let src = |lang: &str| text.text.get(lang, lang);
        let (template, errors) = Template::parse(&text.text);
        for (lang, e) in errors {
            self.error_in(
                at(&lang),
                src(&lang),
                e.offset,
                e.len,
                "bad-template",
                e.message,
            )
            .help = e.help;
        }
        for (lang, parts) in template.languages() {
            for part in parts {
                if let Part::Name {
                    name,
                    label,
                    at: offset,
                } = part
                    && let Some((msg, help)) = self.placeholder(name, *label, names)
                {
                    let len = name_len(name, *label);
                    self.error_in(at(lang), src(lang), *offset, len, "bad-template", msg)
                        .help = help;
                }
            }
        }
        template
    }

    /// Why `{name}` / `{name.label}` is not a valid placeholder, if it is not.
    fn placeholder(
        &self,
        name: &str,
        label: bool,
        n: &Names<'_>,
    ) -> Option<(String, Option<String>)> {
        let shown = if label {
            format!("{{{name}.label}}")
        } else {
            format!("{{{name}}}")
        };
        if let Some(q) = self.qindex.get(name).map(|&i| &self.qinfo[i]) {
            if label && !q.labelled {
                return Some((
                    diag!(
                        "diag-bad-template-no-labels",
                        shown = shown,
                        name = name,
                        kind = q.kind.name()
                    ),
                    Some(diag!("diag-bad-template-no-labels-help", name = name)),
                ));
            }
            return None;
        }
        let known = !label
            && (n.derived.iter().any(|d| d.name == name)
                || n.extra.iter().any(|e| e == name)
                || name
                    .strip_prefix("score.")
                    .is_some_and(|d| n.dims.iter().any(|x| x == d)));
        if known {
            return None;
        }
        let mut candidates: Vec<String> = self.qinfo.iter().map(|q| q.id.clone()).collect();
        // `{reading.lable}` is read as the name `reading.lable`: offer `reading.label`.
        candidates.extend(
            self.qinfo
                .iter()
                .filter(|q| q.labelled)
                .map(|q| format!("{}.label", q.id)),
        );
        candidates.extend(n.dims.iter().map(|d| format!("score.{d}")));
        candidates.extend(n.derived.iter().map(|d| d.name.clone()));
        let help = suggest(name, candidates.iter().map(String::as_str))
            .or_else(|| Some(diag!("diag-bad-template-unknown-help")));
        Some((diag!("diag-bad-template-unknown", shown = shown), help))
    }

    pub(super) fn decision(
        &mut self,
        raw: &mut RawQuestionnaire,
        scope: &Scope,
        dims: &[String],
        derived: &[Derived],
        outcomes: &[Outcome],
    ) -> Decision {
        let mut extra: Vec<String> = raw.derived.0.iter().map(|e| e.key.clone()).collect();
        if raw.decision.policy.value == RawPolicy::Top {
            extra.push("profile".to_owned());
        }
        let names = Names {
            dims,
            derived,
            extra: &extra,
        };
        let policy = match raw.decision.policy.value {
            RawPolicy::First => Policy::First,
            RawPolicy::Priority => Policy::Priority,
            RawPolicy::Collect => Policy::Collect,
            RawPolicy::Top => Policy::Top,
        };
        let top = self.top(raw, &names);
        let mut rules = Vec::with_capacity(raw.decision.rules.len());
        let mut defaults: Vec<(Rule, Pos)> = Vec::new();
        let mut seen: HashMap<&str, Pos> = HashMap::default();
        for r in raw.decision.rules.iter() {
            self.check_id(&r.id, r.id.pos, false, "rule");
            if let Some(first) = seen.insert(&r.id, r.id.pos) {
                self.duplicate(r.id.pos, "rule", &r.id, first);
            }
        }
        let outcome_ids: HashMap<&str, usize> = outcomes
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i))
            .collect();
        // Consumed: each raw rule is freed once its model is made (as the questions are).
        for r in std::mem::take(&mut raw.decision.rules.value) {
            let pos = self.key_pos(r.id.pos, "id");
            let outcome = outcome_ids.get(r.outcome.as_str()).copied();
            if outcome.is_none() {
                let ids = || outcomes.iter().map(|o| o.id.as_str());
                let help = suggest(&r.outcome, ids()).unwrap_or_else(|| {
                    diag!(
                        "diag-unknown-outcome-help",
                        known = ids()
                            .map(|o| format!("`{o}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                });
                let len = r.outcome.chars().count();
                self.error(
                    r.outcome.pos,
                    len,
                    "unknown-outcome",
                    diag!("diag-unknown-outcome", outcome = r.outcome.value.as_str()),
                )
                .help = Some(help);
            }
            let when = match &r.when {
                Some(c) => self.condition(c, scope),
                None => None,
            };
            if let Some(w) = r.when.as_ref().filter(|_| r.default) {
                let pos = self.key_pos(w.pos, "when");
                self.error(
                    pos,
                    4,
                    "default-with-when",
                    diag!("diag-default-with-when", id = r.id.value.as_str()),
                )
                .help = Some(diag!("diag-default-with-when-help"));
            }
            if !r.default && r.when.is_none() {
                self.error_at(
                    r.pos,
                    "missing-when",
                    diag!("diag-missing-when", id = r.id.value.as_str()),
                )
                .help = Some(diag!("diag-missing-when-help"));
            }
            let because = self.template(&r.because, &names);
            let when_pos = r.when.as_ref().map_or(pos, |w| w.pos);
            let rule = Rule {
                id: r.id.value.clone(),
                priority: r.priority.unwrap_or(0),
                when: if r.default { None } else { when },
                outcome: outcome.unwrap_or(0),
                because,
                pos,
                when_pos,
            };
            if r.default {
                defaults.push((rule, r.id.pos));
            } else {
                rules.push(rule);
            }
        }
        let default = match defaults.len() {
            1 => defaults.remove(0).0,
            0 => {
                self.error_at(
                    raw.decision.rules.pos,
                    "no-default-rule",
                    diag!("diag-no-default-rule"),
                )
                .help = Some(diag!("diag-no-default-rule-help"));
                placeholder_rule()
            }
            _ => {
                let first = defaults[0].0.pos;
                for (r, pos) in &defaults[1..] {
                    self.error(
                        *pos,
                        r.id.chars().count(),
                        "several-default-rules",
                        diag!("diag-several-default-rules", id = r.id.as_str()),
                    )
                    .help = Some(diag!("diag-several-default-rules-help", line = first.line));
                }
                defaults.remove(0).0
            }
        };
        let mut notes = Vec::new();
        let mut seen_notes: HashMap<&str, Pos> = HashMap::default();
        for n in &raw.decision.notes {
            self.check_id(&n.id, n.id.pos, false, "note");
            let pos = n.id.pos;
            if let Some(first) = seen_notes.insert(&n.id, pos) {
                self.duplicate(pos, "note", &n.id, first);
            }
            let when = self.condition(&n.when, scope);
            let text = self.template(&n.text, &names);
            if let Some(when) = when {
                notes.push(Note {
                    id: n.id.value.clone(),
                    when,
                    text,
                    pos: self.key_pos(n.id.pos, "id"),
                    when_pos: n.when.pos,
                });
            }
        }
        Decision {
            policy,
            rules,
            default,
            notes,
            top,
        }
    }
}

/// Stands in for a missing default rule; the load fails with an error anyway.
fn placeholder_rule() -> Rule {
    Rule {
        id: String::new(),
        priority: 0,
        when: None,
        outcome: 0,
        because: Template::parse(&Text::plain("")).0,
        pos: Pos::default(),
        when_pos: Pos::default(),
    }
}
