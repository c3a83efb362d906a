//! What a number in a condition can be: each score's reachable range, each number and
//! scale answer's declared bounds, and each derived value's range worked out from theirs
//! by interval arithmetic. An outer bound: it may take in values that never occur, never
//! leave one out.

use foldhash::HashMap;

use crate::expr::ast::{BinOp, Func, Kind, Node, UnOp};
use crate::expr::snap;

use super::super::{Derived, QuestionKind, Questionnaire};

/// The numbers a value can be, `lo..=hi` (empty when `lo > hi`), and whether it can also be
/// something else: missing (`null`), or a text, a list, a truth value. A comparison of such
/// a value with a number is false, so it can make a comparison fail, never hold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Span {
    pub lo: f64,
    pub hi: f64,
    pub other: bool,
}

impl Span {
    /// Nothing known.
    const ANY: Span = Span {
        lo: f64::NEG_INFINITY,
        hi: f64::INFINITY,
        other: true,
    };
    /// Never a number.
    const NONE: Span = Span {
        lo: f64::INFINITY,
        hi: f64::NEG_INFINITY,
        other: true,
    };

    fn number(lo: f64, hi: f64) -> Span {
        Span {
            lo,
            hi,
            other: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.lo > self.hi
    }

    fn union(self, b: Span) -> Span {
        Span {
            lo: self.lo.min(b.lo),
            hi: self.hi.max(b.hi),
            other: self.other || b.other,
        }
    }

    /// The span of results whose extremes are among `ends`, each worked out by the same
    /// float operation the evaluator does, then snapped as it snaps: rounding and snapping
    /// both keep order, so every result lies between the lowest and the highest. A result
    /// that overflows is missing (`other`).
    fn of_ends(ends: &[f64], other: bool) -> Span {
        if ends.iter().any(|e| e.is_nan()) {
            return Span::ANY;
        }
        let lo = ends.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = ends.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        Span {
            lo: snap(lo),
            hi: snap(hi),
            other: other || !lo.is_finite() || !hi.is_finite(),
        }
    }
}

/// Where a name's range comes from, for the help line of a warning.
#[derive(Clone, Copy)]
pub(super) enum Origin<'q> {
    Score,
    Answer,
    Derived(&'q Derived),
}

/// The span of every name whose numbers are known: `score.<dim>`, number and scale
/// questions, and derived values.
pub(super) struct Bounds<'q> {
    names: HashMap<String, (Span, Origin<'q>)>,
}

impl<'q> Bounds<'q> {
    /// `range` is each dimension's reachable score range, in `q.dimensions` order.
    pub fn new(q: &'q Questionnaire, range: &[(f64, f64)]) -> Self {
        let mut names = HashMap::default();
        for (d, &(lo, hi)) in q.dimensions.iter().zip(range) {
            // A score always has a value: the decision sees every total.
            names.insert(
                format!("score.{}", d.id),
                (Span::number(lo, hi), Origin::Score),
            );
        }
        for question in &q.questions {
            let (lo, hi) = match &question.kind {
                QuestionKind::Scale { min, max, .. } => (*min as f64, *max as f64),
                QuestionKind::Number { min, max, .. } => (
                    min.unwrap_or(f64::NEG_INFINITY),
                    max.unwrap_or(f64::INFINITY),
                ),
                _ => continue,
            };
            // An answer out of bounds is refused (ignored when read from a file); a
            // question may also be skipped, hidden or not reached yet.
            let span = Span {
                lo,
                hi,
                other: true,
            };
            names.insert(question.id.clone(), (span, Origin::Answer));
        }
        let mut bounds = Bounds { names };
        // In dependency order: each reads only earlier ones.
        for d in &q.derived {
            let span = bounds.span(d.expr.ast());
            bounds
                .names
                .insert(d.name.clone(), (span, Origin::Derived(d)));
        }
        bounds
    }

    pub fn get(&self, name: &str) -> Option<(Span, Origin<'q>)> {
        self.names.get(name).copied()
    }

    /// What `node` can evaluate to, as `expr::eval` evaluates it.
    pub fn span(&self, node: &Node) -> Span {
        match &node.kind {
            Kind::Number(n) => Span::number(*n, *n),
            Kind::Null => Span::NONE,
            Kind::Name(n) => self.get(n).map_or(Span::ANY, |(s, _)| s),
            Kind::Unary(UnOp::Neg, x) => {
                let s = self.span(x);
                Span {
                    lo: -s.hi,
                    hi: -s.lo,
                    other: s.other,
                }
            }
            Kind::Binary(
                op @ (BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem),
                a,
                b,
            ) => arithmetic(*op, self.span(a), self.span(b)),
            Kind::Cond(parts) => {
                let [c, a, b] = &**parts;
                let s = self.span(a).union(self.span(b));
                // A condition that is not true or false gives no value.
                Span {
                    other: s.other || !always_bool(c),
                    ..s
                }
            }
            Kind::Call(f, args) => self.call(*f, args),
            _ => Span::ANY,
        }
    }

    fn call(&self, f: Func, args: &[Node]) -> Span {
        match f {
            Func::Abs => {
                let s = match args {
                    [x] => self.span(x),
                    _ => return Span::ANY,
                };
                if s.is_empty() {
                    return Span::NONE;
                }
                let (lo, hi) = if s.lo >= 0.0 {
                    (s.lo, s.hi)
                } else if s.hi <= 0.0 {
                    (-s.hi, -s.lo)
                } else {
                    (0.0, s.hi.max(-s.lo))
                };
                Span { lo, hi, ..s }
            }
            Func::Min | Func::Max | Func::Sum => {
                // Any argument without a number leaves the fold without one.
                let spans: Vec<Span> = args.iter().map(|a| self.span(a)).collect();
                if spans.is_empty() || spans.iter().any(Span::is_empty) {
                    return Span::NONE;
                }
                let other = spans.iter().any(|s| s.other);
                let fold = |end: fn(&Span) -> f64| {
                    let mut it = spans.iter().map(end);
                    let first = it.next().unwrap_or(f64::NAN);
                    it.fold(first, |acc, x| match f {
                        Func::Min => acc.min(x),
                        Func::Max => acc.max(x),
                        // Added left to right without snapping between, as `fold` adds.
                        _ => acc + x,
                    })
                };
                Span::of_ends(&[fold(|s| s.lo), fold(|s| s.hi)], other)
            }
            // Over a list written out, a count of its items that hold, never missing.
            Func::Count => match args {
                [
                    Node {
                        kind: Kind::List(list),
                        ..
                    },
                ] => Span::number(0.0, list.items.len() as f64),
                _ => Span {
                    lo: 0.0,
                    ..Span::ANY
                },
            },
            Func::Size => Span {
                lo: 0.0,
                ..Span::ANY
            },
            Func::Answered | Func::Any | Func::All => Span::ANY,
        }
    }
}

/// `a op b` over every number of `a` and of `b`.
fn arithmetic(op: BinOp, a: Span, b: Span) -> Span {
    if a.is_empty() || b.is_empty() {
        // One side is never a number, so neither is the result.
        return Span::NONE;
    }
    let other = a.other || b.other;
    let has_zero = b.lo <= 0.0 && b.hi >= 0.0;
    match op {
        BinOp::Add => Span::of_ends(&[a.lo + b.lo, a.hi + b.hi], other),
        BinOp::Sub => Span::of_ends(&[a.lo - b.hi, a.hi - b.lo], other),
        BinOp::Mul => Span::of_ends(&[a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi], other),
        // Near zero a quotient grows without bound (and at zero it is missing).
        BinOp::Div if has_zero => Span::ANY,
        BinOp::Div => Span::of_ends(&[a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi], other),
        BinOp::Rem if has_zero => Span::ANY,
        BinOp::Rem => {
            // The remainder has the sign of `a`, is no larger than `a`, and is smaller
            // than the largest `|b|`.
            let m = b.hi.abs().max(b.lo.abs());
            let lo = if a.lo < 0.0 { a.lo.max(-m) } else { 0.0 };
            let hi = if a.hi > 0.0 { a.hi.min(m) } else { 0.0 };
            Span::of_ends(&[lo, hi], other)
        }
        _ => Span::ANY,
    }
}

/// Whether `node` always evaluates to `true` or `false` (never to a missing value).
fn always_bool(node: &Node) -> bool {
    match &node.kind {
        Kind::Bool(_) | Kind::And(_) | Kind::Or(_) => true,
        Kind::Binary(op, ..) => matches!(
            op,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::In
        ),
        Kind::Call(Func::Answered, args) => matches!(
            args.as_slice(),
            [Node {
                kind: Kind::Name(_),
                ..
            }]
        ),
        _ => false,
    }
}
