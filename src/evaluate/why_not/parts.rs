//! Why not, part two: which parts of a rule's condition failed, what each needed and what
//! it found. The parent module chooses the rule; this one describes it.

use crate::expr::ast::{BinOp, Func, Kind, Node, UnOp};
use crate::expr::{Expr, MAX_DEPTH, Value};
use crate::questionnaire::Condition;

use super::super::rules;
use super::{Cx, Failed, Found, Op, Subject};

impl Cx<'_> {
    /// How many parts of `c` must change for it to come out `want`, recording them in
    /// `out`. `strict`: coming out false needs a definite false (under `not`: a condition
    /// that read an unanswered question is neither); inside `all` and `any` anything but
    /// true counts as false.
    pub(super) fn condition(
        &self,
        c: &Condition,
        want: bool,
        strict: bool,
        out: &mut Vec<Failed>,
    ) -> usize {
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
