//! Rule checks: rules that never match, rules shadowed by earlier ones,
//! outcomes nothing produces; then the threshold checks (`thresholds.rs`).

use std::collections::BTreeSet;

use foldhash::HashMap;

use crate::expr::ast::{BinOp, Kind, Node};

use super::super::{Condition, Policy, Rule};
use super::Lint;
use super::bounds::Bounds;
use super::reach::{Reach, Truth};
use super::thresholds::never_holds;

/// Above this many rules, only identical and always-true conditions count as
/// shadowing (the subset check compares every pair).
const SUBSET_CHECK_MAX_RULES: usize = 300;

/// A condition in a canonical printed form, so equal trees compare equal.
fn key(c: &Condition) -> String {
    match c {
        Condition::Expr(e) => e.ast().to_string(),
        Condition::All(parts) => format!(
            "all({})",
            parts.iter().map(key).collect::<Vec<_>>().join(", ")
        ),
        Condition::Any(parts) => format!(
            "any({})",
            parts.iter().map(key).collect::<Vec<_>>().join(", ")
        ),
        Condition::Not(inner) => format!("not({})", key(inner)),
    }
}

/// The conjuncts of a condition: whenever all of them hold, it holds.
fn conjuncts(c: &Condition) -> BTreeSet<String> {
    match c {
        Condition::All(parts) => parts.iter().flat_map(conjuncts).collect(),
        Condition::Expr(e) => match &e.ast().kind {
            Kind::And(parts) => parts.iter().map(ToString::to_string).collect(),
            _ => BTreeSet::from([key(c)]),
        },
        _ => BTreeSet::from([key(c)]),
    }
}

/// A conjunct that compares a name with a number (`score.ess <= 5`, or `5 >= score.ess`
/// turned round): its printed form, and (name, comparison, number).
type Bound = (String, (String, BinOp, f64));

/// The conjuncts of `c` that are such comparisons.
fn bounds(c: &Condition) -> Vec<Bound> {
    let nodes: Vec<&Node> = match c {
        Condition::All(parts) => parts
            .iter()
            .filter_map(|p| match p {
                Condition::Expr(e) => Some(e.ast()),
                _ => None,
            })
            .collect(),
        Condition::Expr(e) => match &e.ast().kind {
            Kind::And(parts) => parts.iter().collect(),
            _ => vec![e.ast()],
        },
        _ => Vec::new(),
    };
    let mut out = Vec::new();
    for node in nodes {
        let (nested, flat);
        let parts: &[&Node] = match &node.kind {
            Kind::And(parts) => {
                nested = parts.iter().collect::<Vec<_>>();
                &nested
            }
            _ => {
                flat = [node];
                &flat
            }
        };
        for part in parts {
            let Kind::Binary(op, l, r) = &part.kind else {
                continue;
            };
            let b = match (&l.kind, &r.kind) {
                (Kind::Name(n), Kind::Number(v)) => (n.to_string(), *op, *v),
                (Kind::Number(v), Kind::Name(n)) => (n.to_string(), flip(*op), *v),
                _ => continue,
            };
            if matches!(
                b.1,
                BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Eq
            ) {
                out.push((part.to_string(), b));
            }
        }
    }
    out
}

/// Whether `l` holding makes `e` hold: `x <= 4` makes `x <= 5` hold.
fn implies(l: &(String, BinOp, f64), e: &(String, BinOp, f64)) -> bool {
    use BinOp::{Eq, Ge, Gt, Le, Lt};
    let ((ln, lo, a), (en, eo, b)) = (l, e);
    ln == en
        && match (eo, lo) {
            (Le, Le | Lt | Eq) | (Lt, Lt) => a <= b,
            (Lt, Le | Eq) => a < b,
            (Ge, Ge | Gt | Eq) | (Gt, Gt) => a >= b,
            (Gt, Ge | Eq) => a > b,
            (Eq, Eq) => a == b,
            _ => false,
        }
}

pub(super) fn rules(cx: &mut Lint<'_>, reach: &Reach<'_>, range: &[(f64, f64)]) {
    let q = cx.q;
    let d = &q.decision;
    let truth: Vec<Truth> = d
        .rules
        .iter()
        .map(|r| {
            r.when
                .as_ref()
                .map_or(Truth::Always, |c| reach.condition(c))
        })
        .collect();
    let ranges = Bounds::new(q, range);
    let mut live = vec![true; d.rules.len()];
    for (i, r) in d.rules.iter().enumerate() {
        if truth[i] == Truth::Never {
            live[i] = false;
            cx.warn(
                r.when_pos,
                "never-matches",
                diag!("diag-never-matches-rule", id = r.id.as_str()),
            )
            .help = Some(diag!("diag-never-matches-help"));
        } else if r.when.as_ref().is_some_and(|c| never_holds(&ranges, c)) {
            // A comparison out of its value's reach, or two that contradict each other:
            // their own warning says why, and the rule shadows and is shadowed by nothing.
            live[i] = false;
        }
    }
    for n in &d.notes {
        if reach.condition(&n.when) == Truth::Never {
            cx.warn(
                n.when_pos,
                "never-matches",
                diag!("diag-never-matches-note", id = n.id.as_str()),
            )
            .help = Some(diag!("diag-never-matches-help"));
        }
    }
    // A rule that always matches: the default never applies, and under `first`
    // / `priority` it beats every rule it ranks above.
    let mut always: Option<(usize, &Rule)> = None;
    for (i, r) in d.rules.iter().enumerate() {
        let better = match always {
            None => true,
            Some((_, a)) => d.policy == Policy::Priority && r.priority > a.priority,
        };
        if live[i] && truth[i] == Truth::Always && better {
            always = Some((i, r));
        }
    }
    if let Some((_, a)) = always {
        cx.warn(
            d.default.pos,
            "unreachable-default",
            diag!(
                "diag-unreachable-default",
                id = d.default.id.as_str(),
                by = a.id.as_str()
            ),
        );
    }
    if d.policy != Policy::Collect {
        // Does `earlier` (written before `r`) win over `r` whenever both match?
        let ranks_above = |e: &Rule, e_first: bool, r: &Rule| match d.policy {
            Policy::First => e_first,
            _ => e.priority > r.priority || (e.priority == r.priority && e_first),
        };
        let mut seen: HashMap<String, (usize, &Rule)> = HashMap::default();
        let small = d.rules.len() <= SUBSET_CHECK_MAX_RULES;
        let sets: Vec<BTreeSet<String>> = if small {
            d.rules
                .iter()
                .map(|r| r.when.as_ref().map(conjuncts).unwrap_or_default())
                .collect()
        } else {
            Vec::new()
        };
        let compared: Vec<Vec<Bound>> = if small {
            d.rules
                .iter()
                .map(|r| r.when.as_ref().map(bounds).unwrap_or_default())
                .collect()
        } else {
            Vec::new()
        };
        // Whenever rule `i` holds, rule `j` does: each of `j`'s conjuncts is one of `i`'s,
        // or a comparison one of `i`'s implies (`x <= 4` makes an earlier `x <= 5` hold).
        let covers = |j: usize, i: usize| {
            !sets[j].is_empty()
                && sets[j].iter().all(|s| {
                    sets[i].contains(s)
                        || compared[j].iter().any(|(text, e)| {
                            text == s && compared[i].iter().any(|(_, l)| implies(l, e))
                        })
                })
        };
        for (i, r) in d.rules.iter().enumerate() {
            if !live[i] {
                continue;
            }
            let mut by: Option<&Rule> = always
                .filter(|(j, a)| *j != i && ranks_above(a, *j < i, r))
                .map(|(_, a)| a);
            let k = r.when.as_ref().map(key).unwrap_or_default();
            if by.is_none()
                && let Some((_, e)) = seen.get(&k).filter(|(_, e)| ranks_above(e, true, r))
            {
                by = Some(e);
            }
            if by.is_none() && small {
                by = d.rules[..i]
                    .iter()
                    .enumerate()
                    .find(|(j, e)| live[*j] && ranks_above(e, true, r) && covers(*j, i))
                    .map(|(_, e)| e);
            }
            if let Some(earlier) = by {
                live[i] = false;
                let why = if d.policy == Policy::First {
                    diag!("diag-shadowed-rule-first")
                } else {
                    diag!(
                        "diag-shadowed-rule-priority",
                        by = earlier.id.as_str(),
                        priority = earlier.priority.to_string(),
                        this = r.priority.to_string()
                    )
                };
                cx.warn(
                    r.pos,
                    "shadowed-rule",
                    diag!(
                        "diag-shadowed-rule",
                        id = r.id.as_str(),
                        by = earlier.id.as_str(),
                        line = earlier.pos.line
                    ),
                )
                .help = Some(diag!(
                    "diag-shadowed-rule-help",
                    by = earlier.id.as_str(),
                    why = why
                ));
                continue;
            }
            let entry = seen.entry(k).or_insert((i, r));
            if r.priority > entry.1.priority {
                *entry = (i, r);
            }
        }
    }

    // Outcomes no live rule produces.
    let mut produced = vec![false; q.outcomes.len()];
    let mut by_dead = vec![false; q.outcomes.len()];
    produced[d.default.outcome] = true;
    if d.top.is_some() {
        // Under `policy: top` a dimension that ranks on top produces its outcome.
        for o in q.dimensions.iter().filter_map(|dim| dim.outcome) {
            produced[o] = true;
        }
    }
    for (i, r) in d.rules.iter().enumerate() {
        if live[i] {
            produced[r.outcome] = true;
        } else {
            by_dead[r.outcome] = true;
        }
    }
    for (o, outcome) in q.outcomes.iter().enumerate() {
        if produced[o] {
            continue;
        }
        let msg = if by_dead[o] {
            diag!("diag-unreachable-outcome-dead", id = outcome.id.as_str())
        } else {
            diag!("diag-unreachable-outcome", id = outcome.id.as_str())
        };
        cx.warn(outcome.pos, "unreachable-outcome", msg);
    }

    super::thresholds::check(cx, &ranges);
    super::missing::missing_in_conditionals(cx);
}

pub(super) fn flip(op: BinOp) -> BinOp {
    match op {
        BinOp::Lt => BinOp::Gt,
        BinOp::Le => BinOp::Ge,
        BinOp::Gt => BinOp::Lt,
        BinOp::Ge => BinOp::Le,
        other => other,
    }
}

/// Visits every node, without recursion (expressions may be long flat chains).
pub(super) fn walk(root: &Node, f: &mut impl FnMut(&Node)) {
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        f(node);
        match &node.kind {
            Kind::Unary(_, a) => stack.push(a),
            Kind::Binary(_, a, b) => {
                stack.push(b);
                stack.push(a);
            }
            Kind::And(parts) | Kind::Or(parts) | Kind::Call(_, parts) => {
                stack.extend(parts.iter().rev())
            }
            Kind::List(list) => stack.extend(list.items.iter().rev()),
            Kind::Cond(parts) => stack.extend(parts.iter().rev()),
            _ => {}
        }
    }
}
