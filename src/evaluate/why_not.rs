//! Why not the others: for each outcome that did not win, the closest rule that would
//! have given it and which of its conditions failed, with the value each needed and the
//! value it found.
//!
//! "Did not win" means not among the result's outcomes, under every policy: under
//! `collect` an outcome that no matching rule gave, under `top` one that neither a rule
//! nor the ranking gave.

use serde::Serialize;

use crate::expr::ast::{BinOp, Func, Kind, Node, UnOp};
use crate::expr::{Env, Expr, MAX_DEPTH, Read, Value};
use crate::flow;
use crate::questionnaire::{Answers, Condition, Policy, Questionnaire, Rule};

use super::{Evaluation, rules};

/// How many lines of "why not" a result shows before "and N more".
pub const MAX_WHY_NOT_LINES: usize = 8;

/// Why one outcome did not win.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WhyNot {
    pub outcome: String,
    #[serde(flatten)]
    pub why: Why,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Why {
    /// A rule giving it held, but the policy let `by` decide instead.
    Outranked { rule: String, by: String },
    /// No rule giving it held: the closest one and the parts of its condition that failed.
    Closest {
        rule: String,
        failed: Vec<Failed>,
        /// The rule that decided, when it would rank above this one even if this one held.
        below: Option<String>,
    },
    /// Under `policy: top`: the dimension whose rank gives it, and where it stands.
    Ranked {
        dimension: String,
        /// 1 for the highest score; equal scores keep file order.
        rank: usize,
        score: f64,
        /// How many dimensions the profile keeps, and the lowest score it kept.
        count: usize,
        cut: f64,
        /// Whether the profile had a clear lead, and the spread it needed.
        clear: bool,
        spread: f64,
        min_spread: f64,
        /// A rule that decided before the ranking was read.
        by: Option<String>,
    },
    /// Only the default rule gives it, and another rule (or the ranking) applied.
    Fallback,
    /// No rule and no dimension gives it.
    Unreachable,
}

/// One part of a condition that failed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Failed {
    /// The part as written (canonical form).
    pub expr: String,
    /// What it is about; `None` when it is not a simple comparison.
    pub subject: Option<Subject>,
    pub op: Op,
    /// The values it needed: one for a comparison, the list for `in`; empty otherwise.
    pub needed: Vec<Value>,
    pub found: Found,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Question(String),
    /// A dimension id (`score.<id>` in conditions).
    Score(String),
    /// A derived value's name.
    Derived(String),
}

/// What a failed part needed of its subject. `Holds`/`Fails` are for parts that are not a
/// simple comparison: the whole part had to come out true (or false).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Includes,
    Excludes,
    Answered,
    Unanswered,
    Holds,
    Fails,
}

/// What a failed part found.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Found {
    /// The answer of a question that was asked (its value as conditions see it).
    Answer(Value),
    /// Asked and not answered.
    Unanswered,
    /// Not asked: hidden by its `visible_if`, which reads these questions.
    NotAsked(Vec<String>),
    /// A score or derived value (`null` when it had none).
    Value(Value),
    /// For a part that is not a simple comparison: the names it read.
    Reads(Vec<Read>),
}

/// For every outcome not in `ev`, in file order, why it did not win.
///
/// The closest rule is the one with the fewest failing parts, counting the smallest set
/// of parts that would have to change for its condition to hold (every failing part of an
/// `all`, the cheapest part of an `any`; a derived true/false value counts as the parts of
/// its own expression). Ties go to the smallest change (summed over the failing parts, see
/// `distance`), then to the rule the policy would prefer if it held (higher priority under
/// `priority`), then to the earlier rule in the file.
pub fn why_not(q: &Questionnaire, answers: &Answers, ev: &Evaluation) -> Vec<WhyNot> {
    let cx = Cx {
        q,
        env: super::result_env(q, answers, ev),
        visible: flow::visible(q, answers),
    };
    let rules = &q.decision.rules;
    let winner = ev
        .fired
        .first()
        .filter(|f| !f.default)
        .and_then(|f| rules.iter().position(|r| r.id == f.rule));
    let mut out = Vec::new();
    for (o, outcome) in q.outcomes.iter().enumerate() {
        if ev.outcomes.contains(&outcome.id) {
            continue;
        }
        let giving: Vec<usize> = (0..rules.len())
            .filter(|&i| rules[i].outcome == o && rules[i].when.is_some())
            .collect();
        let why = if giving.is_empty() {
            cx.without_rules(o, ev, winner)
        } else {
            cx.closest(&giving, ev, winner)
        };
        out.push(WhyNot {
            outcome: outcome.id.clone(),
            why,
        });
    }
    out
}

struct Cx<'a> {
    q: &'a Questionnaire,
    env: Env,
    visible: Vec<usize>,
}

impl Cx<'_> {
    fn closest(&self, giving: &[usize], ev: &Evaluation, winner: Option<usize>) -> Why {
        let rules = &self.q.decision.rules;
        let policy = self.q.decision.policy;
        // The order the policy would prefer them in: stable, so equal priorities keep
        // file order.
        let mut ranked = giving.to_vec();
        if policy == Policy::Priority {
            ranked.sort_by_key(|&i| std::cmp::Reverse(rules[i].priority));
        }
        let mut best: Option<((usize, f64), usize, Vec<Failed>)> = None;
        for &i in &ranked {
            let Some(when) = &rules[i].when else { continue };
            let mut failed = Vec::new();
            let count = self.condition(when, true, true, &mut failed);
            let cost = (count, failed.iter().map(|f| self.distance(f)).sum::<f64>());
            if count == 0 {
                // It held, so only the policy's ranking kept it out.
                let by = ev
                    .fired
                    .first()
                    .map_or_else(String::new, |f| f.rule.clone());
                return Why::Outranked {
                    rule: rules[i].id.clone(),
                    by,
                };
            }
            if best
                .as_ref()
                .is_none_or(|((n, d), _, _)| cost.0 < *n || (cost.0 == *n && cost.1 < *d))
            {
                best = Some((cost, i, failed));
            }
        }
        let Some((_, i, failed)) = best else {
            return Why::Unreachable;
        };
        let below = winner
            .filter(|&w| outranks(policy, rules, w, i))
            .map(|w| rules[w].id.clone());
        Why::Closest {
            rule: rules[i].id.clone(),
            failed,
            below,
        }
    }

    /// How far a failed part is from holding: a number's distance to the value it needed
    /// over its range (a score of 4 that needed 5 is close), 1 for another choice or a
    /// missing answer, 2 for a question that was not asked (another answer must change
    /// first for it to be asked).
    fn distance(&self, f: &Failed) -> f64 {
        if matches!(f.found, Found::NotAsked(_)) {
            return 2.0;
        }
        let (Found::Answer(Value::Number(found)) | Found::Value(Value::Number(found))) = &f.found
        else {
            return 1.0;
        };
        let Some(Value::Number(needed)) = f.needed.first() else {
            return 1.0;
        };
        let q = self.q;
        let span = match &f.subject {
            Some(Subject::Score(d)) => q
                .dimensions
                .iter()
                .position(|x| &x.id == d)
                .and_then(|i| q.score_ranges.get(i))
                .map(|(lo, hi)| hi - lo),
            Some(Subject::Question(id)) => q.question(id).and_then(|x| x.kind.span()),
            Some(Subject::Derived(name)) => q
                .derived
                .iter()
                .find(|d| &d.name == name)
                .and_then(|d| d.shown.as_ref())
                .map(|s| s.max - s.min),
            None => None,
        }
        .unwrap_or_else(|| found.abs().max(needed.abs()).max(1.0));
        ((found - needed).abs() / span.max(f64::MIN_POSITIVE)).min(1.0)
    }

    /// An outcome no rule with a condition gives: the ranking's, the fallback's, or none.
    fn without_rules(&self, o: usize, ev: &Evaluation, winner: Option<usize>) -> Why {
        let q = self.q;
        if let (Some(top), Some(profile)) = (&q.decision.top, &ev.profile) {
            let score = |id: &str| {
                ev.scores
                    .iter()
                    .find(|s| s.id == id)
                    .map_or(f64::NAN, |s| s.value)
            };
            let mut order: Vec<usize> = (0..q.dimensions.len()).collect();
            order.sort_by(|&a, &b| {
                score(&q.dimensions[b].id).total_cmp(&score(&q.dimensions[a].id))
            });
            let cut = profile
                .dimensions
                .iter()
                .map(|d| score(d))
                .fold(f64::INFINITY, f64::min);
            if let Some(rank) = order
                .iter()
                .position(|&d| q.dimensions[d].outcome == Some(o))
            {
                let dim = &q.dimensions[order[rank]];
                return Why::Ranked {
                    dimension: dim.id.clone(),
                    rank: rank + 1,
                    score: score(&dim.id),
                    count: top.count,
                    cut,
                    clear: profile.clear,
                    spread: profile.spread,
                    min_spread: top.min_spread,
                    by: winner.map(|w| q.decision.rules[w].id.clone()),
                };
            }
        }
        if q.decision.default.outcome == o {
            Why::Fallback
        } else {
            Why::Unreachable
        }
    }

    /// How many parts of `c` must change for it to come out `want`, recording them in
    /// `out`. `strict`: coming out false needs a definite false (under `not`: a condition
    /// that read an unanswered question is neither); inside `all` and `any` anything but
    /// true counts as false.
    fn condition(&self, c: &Condition, want: bool, strict: bool, out: &mut Vec<Failed>) -> usize {
        match c {
            Condition::Expr(e) => self.node(e.ast(), want, strict, 0, out),
            Condition::All(parts) => self.parts(parts.iter(), want, true, out, |p, w, o| {
                self.condition(p, w, false, o)
            }),
            Condition::Any(parts) => self.parts(parts.iter(), want, false, out, |p, w, o| {
                self.condition(p, w, false, o)
            }),
            Condition::Not(_) if want && rules::holds(c, &self.env) => 0,
            Condition::Not(p) => self.condition(p, !want, true, out),
        }
    }

    /// The cost of an `all` (`conj`) or `any` of `parts` coming out `want`: every failing
    /// part when all of them must come out that way, else the cheapest (the first of equals).
    fn parts<'p, T: 'p>(
        &self,
        parts: impl Iterator<Item = &'p T>,
        want: bool,
        conj: bool,
        out: &mut Vec<Failed>,
        cost: impl Fn(&'p T, bool, &mut Vec<Failed>) -> usize,
    ) -> usize {
        if conj == want {
            parts.map(|p| cost(p, want, out)).sum()
        } else {
            // The cheapest part: fewest failing parts, then the smallest change.
            let mut best: Option<((usize, f64), Vec<Failed>)> = None;
            for p in parts {
                let mut f = Vec::new();
                let c = cost(p, want, &mut f);
                if c == 0 {
                    return 0;
                }
                let c = (c, f.iter().map(|x| self.distance(x)).sum::<f64>());
                if best
                    .as_ref()
                    .is_none_or(|(b, _)| c.0 < b.0 || (c.0 == b.0 && c.1 < b.1))
                {
                    best = Some((c, f));
                }
            }
            let ((c, _), f) = best.unwrap_or_default();
            out.extend(f);
            c
        }
    }

    /// The same for one part of an expression. `strict`: coming out false needs a real
    /// `false` (under `not` and `!`); inside `&&`, `||`, `all` and `any` anything but
    /// `true` counts as false.
    fn node(
        &self,
        n: &Node,
        want: bool,
        strict: bool,
        depth: usize,
        out: &mut Vec<Failed>,
    ) -> usize {
        let value = Expr::eval_node(n, &self.env, &mut Vec::new());
        let ok = match (want, &value) {
            (true, v) => *v == Value::Bool(true),
            (false, v) => *v == Value::Bool(false) || (!strict && *v != Value::Bool(true)),
        };
        if ok {
            return 0;
        }
        let deeper = depth + 1 < MAX_DEPTH;
        let items = |args: &'_ [Node]| -> Option<Vec<Node>> {
            match args {
                [
                    Node {
                        kind: Kind::List(list),
                        ..
                    },
                ] => Some(list.items.clone()),
                _ => None,
            }
        };
        match &n.kind {
            Kind::And(parts) if deeper => self.parts(parts.iter(), want, true, out, |p, w, o| {
                self.node(p, w, false, depth + 1, o)
            }),
            Kind::Or(parts) if deeper => self.parts(parts.iter(), want, false, out, |p, w, o| {
                self.node(p, w, false, depth + 1, o)
            }),
            Kind::Call(f @ (Func::All | Func::Any), args) if deeper && items(args).is_some() => {
                let parts = items(args).unwrap_or_default();
                self.parts(parts.iter(), want, *f == Func::All, out, |p, w, o| {
                    self.node(p, w, false, depth + 1, o)
                })
            }
            Kind::Unary(UnOp::Not, p) if deeper => self.node(p, !want, true, depth + 1, out),
            Kind::Name(name) if deeper && self.q.question_index(name).is_none() => {
                match self.q.derived.iter().find(|d| &d.name == name) {
                    // A true/false derived value fails for the parts of its own expression.
                    Some(d) if matches!(value, Value::Bool(_) | Value::Null) => {
                        self.node(d.expr.ast(), want, strict, depth + 1, out)
                    }
                    _ => {
                        out.push(self.failed(n, want));
                        1
                    }
                }
            }
            _ => {
                out.push(self.failed(n, want));
                1
            }
        }
    }

    /// Describes a part that failed: `subject op literal` when it is one, else the part.
    fn failed(&self, n: &Node, want: bool) -> Failed {
        let expr = n.to_string();
        let literal = |n: &Node| match &n.kind {
            Kind::Null => Some(Value::Null),
            Kind::Bool(b) => Some(Value::Bool(*b)),
            Kind::Number(x) => Some(Value::Number(*x)),
            Kind::Str(s) => Some(Value::Str(s.clone())),
            Kind::List(l) => l.constant().map(|c| Value::List(c.to_vec())),
            _ => None,
        };
        let name = |n: &Node| match &n.kind {
            Kind::Name(x) => Some(x.clone()),
            _ => None,
        };
        let simple = match &n.kind {
            Kind::Name(x) => Some((x.clone(), Op::Eq, vec![Value::Bool(want)])),
            Kind::Unary(UnOp::Not, p) => name(p).map(|x| (x, Op::Eq, vec![Value::Bool(!want)])),
            Kind::Call(Func::Answered, args) => args.first().and_then(name).map(|x| {
                let op = if want { Op::Answered } else { Op::Unanswered };
                (x, op, Vec::new())
            }),
            Kind::Binary(BinOp::In, l, r) => match (name(l), literal(l), name(r), literal(r)) {
                (Some(x), _, _, Some(Value::List(items))) => {
                    Some((x, if want { Op::In } else { Op::NotIn }, items))
                }
                (_, Some(v), Some(x), _) => {
                    Some((x, if want { Op::Includes } else { Op::Excludes }, vec![v]))
                }
                _ => None,
            },
            Kind::Binary(op, l, r) => {
                let cmp = compare(*op);
                match (name(l), literal(l), name(r), literal(r), cmp) {
                    (Some(x), _, _, Some(v), Some(op)) => Some((x, op, vec![v])),
                    (_, Some(v), Some(x), _, Some(op)) => Some((x, mirror(op), vec![v])),
                    _ => None,
                }
                .map(|(x, op, v)| (x, if want { op } else { negate(op) }, v))
            }
            _ => None,
        };
        match simple.and_then(|(x, op, needed)| Some((self.subject(&x)?, op, needed))) {
            Some((subject, op, needed)) => Failed {
                expr,
                found: self.found(&subject),
                subject: Some(subject),
                op,
                needed,
            },
            None => {
                let mut reads = Vec::new();
                Expr::eval_node(n, &self.env, &mut reads);
                Failed {
                    expr,
                    subject: None,
                    op: if want { Op::Holds } else { Op::Fails },
                    needed: Vec::new(),
                    found: Found::Reads(reads),
                }
            }
        }
    }

    fn subject(&self, name: &str) -> Option<Subject> {
        if self.q.question_index(name).is_some() {
            return Some(Subject::Question(name.to_owned()));
        }
        if let Some(d) = name.strip_prefix("score.")
            && self.q.dimensions.iter().any(|x| x.id == d)
        {
            return Some(Subject::Score(d.to_owned()));
        }
        self.q
            .derived
            .iter()
            .any(|d| d.name == name)
            .then(|| Subject::Derived(name.to_owned()))
    }

    fn found(&self, subject: &Subject) -> Found {
        let value = |name: &str| self.env.values.get(name).cloned().unwrap_or(Value::Null);
        match subject {
            Subject::Question(id) => {
                let i = self.q.question_index(id);
                match value(id) {
                    Value::Null if i.is_some_and(|i| !self.visible.contains(&i)) => {
                        let steering = i
                            .and_then(|i| self.q.questions[i].visible_if.as_ref())
                            .map(|e| {
                                e.names()
                                    .into_iter()
                                    .filter(|n| self.q.question_index(n).is_some())
                                    .map(str::to_owned)
                                    .collect()
                            })
                            .unwrap_or_default();
                        Found::NotAsked(steering)
                    }
                    Value::Null => Found::Unanswered,
                    v => Found::Answer(v),
                }
            }
            Subject::Score(d) => Found::Value(value(&format!("score.{d}"))),
            Subject::Derived(name) => Found::Value(value(name)),
        }
    }
}

/// Whether rule `w`, which decided, ranks above rule `r` under `policy`.
fn outranks(policy: Policy, rules: &[Rule], w: usize, r: usize) -> bool {
    match policy {
        Policy::Priority => {
            rules[w].priority > rules[r].priority
                || (rules[w].priority == rules[r].priority && w < r)
        }
        Policy::First | Policy::Top => w < r,
        Policy::Collect => false,
    }
}

fn compare(op: BinOp) -> Option<Op> {
    Some(match op {
        BinOp::Eq => Op::Eq,
        BinOp::Ne => Op::Ne,
        BinOp::Lt => Op::Lt,
        BinOp::Le => Op::Le,
        BinOp::Gt => Op::Gt,
        BinOp::Ge => Op::Ge,
        _ => return None,
    })
}

/// `5 < x` is `x > 5`.
fn mirror(op: Op) -> Op {
    match op {
        Op::Lt => Op::Gt,
        Op::Le => Op::Ge,
        Op::Gt => Op::Lt,
        Op::Ge => Op::Le,
        other => other,
    }
}

/// What a comparison that had to fail needed instead.
fn negate(op: Op) -> Op {
    match op {
        Op::Eq => Op::Ne,
        Op::Ne => Op::Eq,
        Op::Lt => Op::Ge,
        Op::Le => Op::Gt,
        Op::Gt => Op::Le,
        Op::Ge => Op::Lt,
        Op::In => Op::NotIn,
        Op::NotIn => Op::In,
        Op::Includes => Op::Excludes,
        Op::Excludes => Op::Includes,
        Op::Answered => Op::Unanswered,
        Op::Unanswered => Op::Answered,
        Op::Holds => Op::Fails,
        Op::Fails => Op::Holds,
    }
}
