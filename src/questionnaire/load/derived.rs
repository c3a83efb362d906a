//! Derived values: parsing, their dependency order (cycles reported once) and type checks.

use foldhash::HashMap;

use crate::expr::{Expr, Scope, Type, VarInfo};
use crate::questionnaire::fmt_num;

use super::super::raw::{Entry, RawDerived, RawQuestionnaire, RawShown};
use super::super::scope::number;
use super::super::{Derived, Question, Shown};
use super::context::Cx;

impl Cx<'_> {
    pub(super) fn derived(
        &mut self,
        raw: &RawQuestionnaire,
        questions: &[Question],
        scope: &mut Scope,
    ) -> Vec<Derived> {
        let entries = &raw.derived.0;
        // A derived value named as a question is an error (below); the name stays the
        // question's, so reading it is no dependency on the derived value.
        let clash: Vec<bool> = entries
            .iter()
            .map(|e| questions.iter().any(|q| q.id == e.key))
            .collect();
        let names: HashMap<&str, usize> = entries
            .iter()
            .enumerate()
            .filter(|&(i, _)| !clash[i])
            .map(|(i, e)| (e.key.as_str(), i))
            .collect();
        let mut parsed: Vec<Option<Expr>> = Vec::new();
        for e in entries {
            let (name, src) = (&e.key, &e.value);
            self.check_id(name, e.key_pos, true, "derived");
            if name == "score" {
                self.error(
                    e.key_pos,
                    name.chars().count(),
                    "reserved-name",
                    diag!("diag-reserved-name"),
                );
            } else if questions.iter().any(|q| &q.id == name) {
                self.error(
                    e.key_pos,
                    name.chars().count(),
                    "duplicate-id",
                    diag!("diag-derived-same-as-question", name = name.as_str()),
                );
            }
            match Expr::parse(src.source()) {
                Ok(e) => parsed.push(Some(e)),
                Err(err) => {
                    self.expr_error(expr_pos(e), src.source(), &err, "expr-syntax");
                    parsed.push(None);
                }
            }
        }
        // Dependencies among derived values, then a depth-first order that reports cycles.
        let deps: Vec<Vec<usize>> = parsed
            .iter()
            .map(|e| {
                e.as_ref().map_or_else(Vec::new, |e| {
                    e.names()
                        .into_iter()
                        .filter_map(|n| names.get(n).copied())
                        .collect()
                })
            })
            .collect();
        let order = self.topo(entries, &deps);
        let mut ordered = vec![false; entries.len()];
        for &i in &order {
            ordered[i] = true;
        }
        for (i, e) in entries.iter().enumerate() {
            if parsed[i].is_none() || !ordered[i] {
                self.failed.insert(e.key.clone());
            }
        }
        let mut out = Vec::new();
        for i in order {
            let (name, raw) = (&entries[i].key, &entries[i].value);
            let Some(_) = parsed[i].as_ref().filter(|_| !clash[i]) else {
                continue;
            };
            let want = matches!(raw, RawDerived::Shown(_)).then_some(Type::Number);
            let checked = self.expr(raw.source(), expr_pos(&entries[i]), scope, want);
            if checked.is_none() {
                self.failed.insert(name.clone());
            }
            if let Some((expr, ty)) = checked {
                scope.vars.insert(
                    name.clone(),
                    VarInfo {
                        ty,
                        choices: expr.texts(),
                        question: false,
                    },
                );
                let shown = match raw {
                    RawDerived::Expr(_) => None,
                    RawDerived::Shown(sh) => self.shown(sh),
                };
                out.push(Derived {
                    name: name.clone(),
                    expr,
                    shown,
                    pos: entries[i].key_pos,
                });
            }
        }
        // Names left out (cycles, errors) still resolve, so they cause no second error.
        for e in entries {
            scope.vars.entry(e.key.clone()).or_insert_with(number);
        }
        out
    }

    /// The range of a derived value shown with the scores.
    fn shown(&mut self, sh: &RawShown) -> Option<Shown> {
        let max = sh.max.value;
        if !(sh.min.is_finite() && max.is_finite() && sh.min < max) {
            self.error_at(
                sh.max.pos,
                "bad-range",
                diag!(
                    "diag-bad-range-shown",
                    max = fmt_num(max),
                    min = fmt_num(sh.min)
                ),
            );
            return None;
        }
        Some(Shown {
            label: sh.label.text(),
            min: sh.min,
            max,
        })
    }

    /// Derived indices in dependency order; each cycle is reported once and left out.
    fn topo(&mut self, entries: &[Entry<RawDerived>], deps: &[Vec<usize>]) -> Vec<usize> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Active,
            Done,
            Cyclic,
        }
        let n = entries.len();
        let mut mark = vec![Mark::New; n];
        let mut order = Vec::new();
        for start in 0..n {
            if mark[start] != Mark::New {
                continue;
            }
            // Iterative DFS: (node, next dependency to visit).
            let mut stack = vec![(start, 0usize)];
            mark[start] = Mark::Active;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if let Some(&dep) = deps[node].get(*next) {
                    *next += 1;
                    match mark[dep] {
                        Mark::New => {
                            mark[dep] = Mark::Active;
                            stack.push((dep, 0));
                        }
                        Mark::Active => {
                            let from = stack.iter().position(|(m, _)| *m == dep).unwrap_or(0);
                            let cycle: Vec<usize> = stack[from..].iter().map(|(m, _)| *m).collect();
                            let mut names: Vec<&str> =
                                cycle.iter().map(|&m| entries[m].key.as_str()).collect();
                            names.push(&entries[dep].key);
                            let msg = diag!(
                                "diag-derived-cycle",
                                name = entries[dep].key.as_str(),
                                cycle = names.join(" -> ")
                            );
                            self.error(
                                entries[dep].key_pos,
                                entries[dep].key.chars().count(),
                                "derived-cycle",
                                msg,
                            );
                            for m in cycle {
                                mark[m] = Mark::Cyclic;
                            }
                        }
                        Mark::Done | Mark::Cyclic => {}
                    }
                } else {
                    stack.pop();
                    if mark[node] == Mark::Active {
                        mark[node] = Mark::Done;
                        if deps[node].iter().all(|&d| mark[d] == Mark::Done) {
                            order.push(node);
                        } else {
                            mark[node] = Mark::Cyclic;
                        }
                    }
                }
            }
        }
        order
    }
}

/// Where a derived value's expression is written: the value, or its `expr`.
fn expr_pos(e: &Entry<RawDerived>) -> crate::questionnaire::Pos {
    match &e.value {
        RawDerived::Expr(_) => e.pos,
        RawDerived::Shown(sh) => sh.expr.pos,
    }
}
