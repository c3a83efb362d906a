//! Conditions and the hit policy: which rules match, which decide, and the trace of each.

use crate::expr::{Env, Read, Value};
use crate::questionnaire::{Condition, Policy, Questionnaire};

use super::{CondTrace, RuleTrace};

/// A condition's value. `all` and `any` are definite like `&&` and `||`; a leaf whose
/// expression is not a boolean (it read an unanswered question) is unknown, and `not` of
/// unknown stays unknown, like `!` in expressions: `{not: serving}` does not hold just
/// because `serving` was never answered.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tri {
    True,
    False,
    Unknown,
}

impl Tri {
    fn of(v: &Value) -> Tri {
        match v {
            Value::Bool(true) => Tri::True,
            Value::Bool(false) => Tri::False,
            _ => Tri::Unknown,
        }
    }

    fn from_bool(b: bool) -> Tri {
        if b { Tri::True } else { Tri::False }
    }

    fn not(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        }
    }
}

/// Whether a condition holds, without recording anything (the fast path).
pub(super) fn holds(c: &Condition, env: &Env) -> bool {
    tri(c, env) == Tri::True
}

fn tri(c: &Condition, env: &Env) -> Tri {
    match c {
        Condition::Expr(e) => Tri::of(&e.eval(env)),
        Condition::All(parts) => Tri::from_bool(parts.iter().all(|p| holds(p, env))),
        Condition::Any(parts) => Tri::from_bool(parts.iter().any(|p| holds(p, env))),
        Condition::Not(p) => tri(p, env).not(),
    }
}

/// The names (with the direction a larger value pushed) that decided that `c` came out
/// `want`: of an `all` that held every part, of one that failed the parts that failed; of
/// an `any` that held the parts that held, of one that failed every part; `not` flips.
pub(super) fn cited(c: &Condition, env: &Env, want: bool, out: &mut Vec<(String, i8)>) {
    match c {
        Condition::Expr(e) => {
            for (name, s) in e.deciding(env, want) {
                // Read one way in one part and the other way in another (`total > 4` and
                // `total <= 9`): read both ways.
                match out.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, sign)) if *sign != s => *sign = 0,
                    Some(_) => {}
                    None => out.push((name, s)),
                }
            }
        }
        Condition::All(parts) | Condition::Any(parts) => {
            // The parts that came out the way that decided the whole.
            let deciding = matches!(c, Condition::All(_)) != want;
            for p in parts {
                let t = tri(p, env);
                if !deciding || t == Tri::from_bool(want) {
                    cited(p, env, want, out);
                }
            }
        }
        Condition::Not(p) => cited(p, env, !want, out),
    }
}

/// Evaluates every node (no short-circuit, so the trace shows every part) and records
/// each leaf's value and the names it read.
pub(super) fn trace(c: &Condition, env: &Env) -> CondTrace {
    trace_tri(c, env).0
}

fn trace_tri(c: &Condition, env: &Env) -> (CondTrace, Tri) {
    match c {
        Condition::Expr(e) => {
            let mut reads = Vec::new();
            let t = Tri::of(&e.eval_traced(env, &mut reads));
            (
                CondTrace::Leaf {
                    expr: e.source().to_owned(),
                    value: t == Tri::True,
                    reads,
                },
                t,
            )
        }
        Condition::All(parts) => {
            let parts: Vec<CondTrace> = parts.iter().map(|p| trace(p, env)).collect();
            let value = parts.iter().all(CondTrace::value);
            (CondTrace::All { value, parts }, Tri::from_bool(value))
        }
        Condition::Any(parts) => {
            let parts: Vec<CondTrace> = parts.iter().map(|p| trace(p, env)).collect();
            let value = parts.iter().any(CondTrace::value);
            (CondTrace::Any { value, parts }, Tri::from_bool(value))
        }
        Condition::Not(p) => {
            let (part, t) = trace_tri(p, env);
            let t = t.not();
            (
                CondTrace::Not {
                    value: t == Tri::True,
                    part: Box::new(part),
                },
                t,
            )
        }
    }
}

impl CondTrace {
    /// The node's truth value.
    pub fn value(&self) -> bool {
        match self {
            CondTrace::Leaf { value, .. }
            | CondTrace::All { value, .. }
            | CondTrace::Any { value, .. }
            | CondTrace::Not { value, .. } => *value,
        }
    }

    /// The reads of the parts that made this node hold: every part of an `all`, the parts
    /// of an `any` that held, the whole operand of a `not` (its falsehood is the reason).
    pub fn held_reads(&self) -> Vec<&Read> {
        let mut out = Vec::new();
        if self.value() {
            self.collect_held(&mut out);
        }
        out
    }

    fn collect_held<'a>(&'a self, out: &mut Vec<&'a Read>) {
        match self {
            CondTrace::Leaf { reads, .. } => out.extend(reads),
            CondTrace::All { parts, .. } => parts.iter().for_each(|p| p.collect_held(out)),
            CondTrace::Any { parts, .. } => {
                parts
                    .iter()
                    .filter(|p| p.value())
                    .for_each(|p| p.collect_held(out));
            }
            CondTrace::Not { part, .. } => part.collect_all(out),
        }
    }

    fn collect_all<'a>(&'a self, out: &mut Vec<&'a Read>) {
        match self {
            CondTrace::Leaf { reads, .. } => out.extend(reads),
            CondTrace::All { parts, .. } | CondTrace::Any { parts, .. } => {
                parts.iter().for_each(|p| p.collect_all(out));
            }
            CondTrace::Not { part, .. } => part.collect_all(out),
        }
    }
}

/// What the policy decided.
pub(super) struct Decided {
    /// Indices into `q.decision.rules`, in the order the policy ranked them; empty when
    /// the default rule applies.
    pub fired: Vec<usize>,
    pub tie_break: Option<String>,
}

/// Applies the policy. With `traces`, records a `RuleTrace` per rule evaluated (index i is
/// rule i: `first` stops at the first match, so the traces are a prefix of the rules).
pub(super) fn decide(
    q: &Questionnaire,
    env: &Env,
    mut traces: Option<&mut Vec<RuleTrace>>,
) -> Decided {
    let policy = q.decision.policy;
    let mut matched = Vec::new();
    for (i, rule) in q.decision.rules.iter().enumerate() {
        let ok = match (&rule.when, traces.as_deref_mut()) {
            (None, None) => false,
            // Only the default rule lacks a condition; should another, it never matches,
            // and it still gets a trace so trace `i` stays rule `i`.
            (None, Some(list)) => {
                list.push(RuleTrace {
                    rule: rule.id.clone(),
                    matched: false,
                    condition: None,
                });
                false
            }
            (Some(c), None) => holds(c, env),
            (Some(c), Some(list)) => {
                let t = trace(c, env);
                let ok = t.value();
                list.push(RuleTrace {
                    rule: rule.id.clone(),
                    matched: ok,
                    condition: Some(t),
                });
                ok
            }
        };
        if ok {
            matched.push(i);
            if matches!(policy, Policy::First | Policy::Top) {
                break;
            }
        }
    }
    let rules = &q.decision.rules;
    match policy {
        Policy::First | Policy::Collect | Policy::Top => Decided {
            fired: matched,
            tie_break: None,
        },
        Policy::Priority => {
            // Stable sort: equal priorities keep file order, so ties go to the earlier rule.
            matched.sort_by_key(|&i| std::cmp::Reverse(rules[i].priority));
            let Some(&winner) = matched.first() else {
                return Decided {
                    fired: matched,
                    tie_break: None,
                };
            };
            let top = rules[winner].priority;
            let tied: Vec<&str> = matched
                .iter()
                .filter(|&&i| rules[i].priority == top)
                .map(|&i| rules[i].id.as_str())
                .collect();
            let tie_break = (tied.len() > 1).then(|| {
                format!(
                    "rules {} matched with the same priority {top}; `{}` wins because it is written first",
                    tied.iter().map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", "),
                    tied[0],
                )
            });
            let outcome = rules[winner].outcome;
            // Other matching rules that lead to the same outcome add their reasons.
            matched.retain(|&i| rules[i].outcome == outcome);
            Decided {
                fired: matched,
                tie_break,
            }
        }
    }
}
