//! `score-threshold`: a score, a derived value or a number answer compared with a number
//! it can never reach, or always passes; `contradictory-bounds`: comparisons joined by `&&` (or
//! listed under `all:`) that no value satisfies together.

use crate::expr::Expr;
use crate::expr::ast::{BinOp, Kind, Node, UnOp};

use super::super::{Condition, Pos, Questionnaire, check::range_text, fmt_num};
use super::Lint;
use super::bounds::{Bounds, Origin, Span};
use super::rules::{flip, walk};

/// A condition the checks read: an expression, or a rule's or note's `when` tree.
enum Site<'q> {
    Expr(&'q Expr),
    Cond(&'q Condition),
}

/// Every condition and derived value, with where a warning about it points.
fn sites(q: &Questionnaire) -> Vec<(Site<'_>, Pos)> {
    let mut out = Vec::new();
    for question in &q.questions {
        let pos = question.pos;
        if let Some(e) = &question.visible_if {
            out.push((Site::Expr(e), pos));
        }
        if let Some(c) = &question.constraint {
            out.push((Site::Expr(&c.expr), pos));
        }
        out.extend(question.score_if.iter().map(|s| (Site::Expr(&s.when), pos)));
    }
    out.extend(q.derived.iter().map(|d| (Site::Expr(&d.expr), d.pos)));
    for r in &q.decision.rules {
        if let Some(c) = &r.when {
            out.push((Site::Cond(c), r.when_pos));
        }
    }
    out.extend(
        q.decision
            .notes
            .iter()
            .map(|n| (Site::Cond(&n.when), n.when_pos)),
    );
    out
}

/// Whether condition `c` can never hold for what these checks see: a comparison it needs
/// (joined at its top by `&&` or `all:`) never holds for its value's range, or two of them
/// contradict each other.
pub(super) fn never_holds(bounds: &Bounds<'_>, c: &Condition) -> bool {
    let (mut parts, mut rest) = (Vec::new(), Vec::new());
    flatten_all(c, &mut parts, &mut rest);
    contradiction(&parts).is_some()
        || parts
            .iter()
            .filter_map(|p| compared(p))
            .any(|(name, op, v)| {
                bounds
                    .get(name)
                    .is_some_and(|(span, _)| verdict(op, v, span) == Some("never"))
            })
}

/// Runs both checks over every condition and derived value.
pub(super) fn check(cx: &mut Lint<'_>, bounds: &Bounds<'_>) {
    for (site, pos) in sites(cx.q) {
        let mut exprs = Vec::new();
        let mut conjunctions = Vec::new();
        match site {
            Site::Expr(e) => {
                exprs.push(e);
                expr_conjunctions(e.ast(), &mut conjunctions);
            }
            Site::Cond(c) => {
                leaves(c, &mut exprs);
                cond_conjunctions(c, &mut conjunctions);
            }
        }
        for e in exprs {
            walk(e.ast(), &mut |node| threshold(cx, bounds, node, pos));
        }
        for parts in conjunctions {
            if let Some((a, b, name)) = contradiction(&parts) {
                cx.warn(
                    pos,
                    "contradictory-bounds",
                    diag!(
                        "diag-contradictory-bounds",
                        a = a.to_string(),
                        b = b.to_string()
                    ),
                )
                .help = Some(diag!("diag-contradictory-bounds-help", name = name));
            }
        }
    }
}

fn leaves<'a>(c: &'a Condition, out: &mut Vec<&'a Expr>) {
    match c {
        Condition::Expr(e) => out.push(e),
        Condition::All(p) | Condition::Any(p) => p.iter().for_each(|c| leaves(c, out)),
        Condition::Not(c) => leaves(c, out),
    }
}

/// `name op number` (or `number op name`, turned round), for the comparisons both checks read.
fn compared(node: &Node) -> Option<(&str, BinOp, f64)> {
    let Kind::Binary(op, a, b) = &node.kind else {
        return None;
    };
    if !matches!(
        op,
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Eq
    ) {
        return None;
    }
    let number = |n: &Node| match &n.kind {
        Kind::Number(c) => Some(*c),
        Kind::Unary(UnOp::Neg, x) => match x.kind {
            Kind::Number(c) => Some(-c),
            _ => None,
        },
        _ => None,
    };
    match (&a.kind, &b.kind) {
        (Kind::Name(n), _) => Some((n, *op, number(b)?)),
        (_, Kind::Name(n)) => Some((n, flip(*op), number(a)?)),
        _ => None,
    }
}

/// Whether `name op c` never holds (`"never"`, a missing value included) or always holds
/// (`"always"`, only for a value that is never missing, and past its range's end), for a
/// value in `s`: a select key of `diag-score-threshold`.
fn verdict(op: BinOp, c: f64, s: Span) -> Option<&'static str> {
    if s.is_empty() {
        return None;
    }
    let (lo, hi) = (s.lo, s.hi);
    let never = match op {
        BinOp::Gt => c >= hi,
        BinOp::Ge => c > hi,
        BinOp::Lt => c <= lo,
        BinOp::Le => c < lo,
        BinOp::Eq => c < lo || c > hi,
        _ => false,
    };
    // `>= lowest` and `<= highest` write out a band's end as a manual does (PHQ-9's "0
    // to 4"): only a number past the end is a mistake.
    let always = !s.other
        && match op {
            BinOp::Gt | BinOp::Ge => c < lo,
            BinOp::Lt | BinOp::Le => c > hi,
            _ => false,
        };
    if never {
        Some("never")
    } else {
        always.then_some("always")
    }
}

fn threshold(cx: &mut Lint<'_>, bounds: &Bounds<'_>, node: &Node, pos: Pos) {
    let Some((name, op, c)) = compared(node) else {
        return;
    };
    let Some((span, origin)) = bounds.get(name) else {
        return;
    };
    let Some(verdict) = verdict(op, c, span) else {
        return;
    };
    let (lo, hi) = (span.lo, span.hi);
    let node = node.to_string();
    let msg = if lo.is_finite() && hi.is_finite() {
        diag!(
            "diag-score-threshold",
            node = node,
            verdict = verdict,
            name = name,
            min = fmt_num(lo),
            max = fmt_num(hi)
        )
    } else {
        let range = range_text(lo.is_finite().then_some(lo), hi.is_finite().then_some(hi));
        diag!(
            "diag-bound-threshold",
            node = node,
            verdict = verdict,
            name = name,
            range = range
        )
    };
    let help = match origin {
        Origin::Score => diag!("diag-score-threshold-help"),
        Origin::Answer => diag!("diag-answer-range-help", name = name),
        Origin::Derived(d) => {
            let names: Vec<String> = d.expr.names().iter().map(|n| format!("`{n}`")).collect();
            diag!(
                "diag-derived-range-help",
                name = name,
                expr = d.expr.source(),
                names = names.join(", "),
                n = names.len()
            )
        }
    };
    cx.warn(pos, "score-threshold", msg).help = Some(help);
}

/// The two comparisons of `parts` (all joined by "and") that no value of one name
/// satisfies together, in the order written, and the name.
fn contradiction<'n>(parts: &[&'n Node]) -> Option<(&'n Node, &'n Node, &'n str)> {
    /// The tightest bound so far: its number, whether it is strict, and which part set it.
    type End = Option<(f64, bool, usize)>;
    let mut names: Vec<(&str, End, End)> = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let Some((name, op, c)) = compared(part) else {
            continue;
        };
        let (lower, upper) = match op {
            BinOp::Gt => (Some(true), None),
            BinOp::Ge => (Some(false), None),
            BinOp::Lt => (None, Some(true)),
            BinOp::Le => (None, Some(false)),
            _ => (Some(false), Some(false)),
        };
        let k = match names.iter().position(|(n, ..)| *n == name) {
            Some(k) => k,
            None => {
                names.push((name, None, None));
                names.len() - 1
            }
        };
        let entry = &mut names[k];
        if let Some(strict) = lower
            && entry
                .1
                .is_none_or(|(v, s, _)| c > v || (c == v && strict && !s))
        {
            entry.1 = Some((c, strict, i));
        }
        if let Some(strict) = upper
            && entry
                .2
                .is_none_or(|(v, s, _)| c < v || (c == v && strict && !s))
        {
            entry.2 = Some((c, strict, i));
        }
    }
    names.into_iter().find_map(|(name, lower, upper)| {
        let ((lo, lo_strict, i), (hi, hi_strict, j)) = (lower?, upper?);
        let empty = lo > hi || (lo == hi && (lo_strict || hi_strict));
        (empty && i != j).then(|| (parts[i.min(j)], parts[i.max(j)], name))
    })
}

/// Every `&&` chain in `node` (chains inside it flattened into it) onto `out`, each as its parts.
fn expr_conjunctions<'n>(node: &'n Node, out: &mut Vec<Vec<&'n Node>>) {
    if let Kind::And(_) = node.kind {
        let mut parts = Vec::new();
        flatten_and(node, &mut parts);
        for p in &parts {
            inner_conjunctions(p, out);
        }
        out.push(parts);
    } else {
        inner_conjunctions(node, out);
    }
}

fn flatten_and<'n>(node: &'n Node, parts: &mut Vec<&'n Node>) {
    match &node.kind {
        Kind::And(items) => items.iter().for_each(|i| flatten_and(i, parts)),
        _ => parts.push(node),
    }
}

/// The `&&` chains below `node` (not `node` itself).
fn inner_conjunctions<'n>(node: &'n Node, out: &mut Vec<Vec<&'n Node>>) {
    match &node.kind {
        Kind::Unary(_, a) => expr_conjunctions(a, out),
        Kind::Binary(_, a, b) => {
            expr_conjunctions(a, out);
            expr_conjunctions(b, out);
        }
        Kind::And(parts) | Kind::Or(parts) | Kind::Call(_, parts) => {
            parts.iter().for_each(|p| expr_conjunctions(p, out));
        }
        Kind::List(list) => list.items.iter().for_each(|p| expr_conjunctions(p, out)),
        Kind::Cond(parts) => parts.iter().for_each(|p| expr_conjunctions(p, out)),
        Kind::Null | Kind::Bool(_) | Kind::Number(_) | Kind::Str(_) | Kind::Name(_) => {}
    }
}

/// The conjunctions of a `when` tree: an `all:` with every `&&` chain at the top of its
/// items (and nested `all:` lists) as one, then those further in.
fn cond_conjunctions<'n>(c: &'n Condition, out: &mut Vec<Vec<&'n Node>>) {
    match c {
        Condition::Expr(e) => expr_conjunctions(e.ast(), out),
        Condition::All(_) => {
            let (mut parts, mut rest) = (Vec::new(), Vec::new());
            flatten_all(c, &mut parts, &mut rest);
            for p in &parts {
                inner_conjunctions(p, out);
            }
            out.push(parts);
            for r in rest {
                cond_conjunctions(r, out);
            }
        }
        Condition::Any(items) => items.iter().for_each(|i| cond_conjunctions(i, out)),
        Condition::Not(inner) => cond_conjunctions(inner, out),
    }
}

fn flatten_all<'n>(c: &'n Condition, parts: &mut Vec<&'n Node>, rest: &mut Vec<&'n Condition>) {
    match c {
        Condition::All(items) => items.iter().for_each(|i| flatten_all(i, parts, rest)),
        Condition::Expr(e) => flatten_and(e.ast(), parts),
        _ => rest.push(c),
    }
}
