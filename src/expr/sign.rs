//! Which way each name pushes an expression: for a condition, whether a larger value
//! of the name helps it hold (`+1`), hinders it (`-1`), or either (`0`: compared for
//! equality, inside `abs()`, multiplied by another name). Used to cite only the answers
//! that moved a score in the direction a reason claims.

use super::ast::{BinOp, Func, Kind, Node, UnOp};
use super::{Env, Expr, Value};

/// `(name, sign)` for every name `root` reads, for the condition being `want`; a name
/// seen in several places with different signs gets `0`.
///
/// With the answers (`at`), the arguments of a `min` that had to be small (or a `max`
/// that had to be large) are only those at its value: the least of five items is at most
/// 1 because of the items at that least, not because of an item at 3.
pub fn signs(root: &Node, want: bool, at: Option<&Env>) -> Vec<(String, i8)> {
    let mut out: Vec<(String, i8)> = Vec::new();
    boolean(root, if want { 1 } else { -1 }, &mut out, at);
    out
}

/// `(name, sign)` for a number expression that should be larger (`s = 1`) or smaller (`-1`).
pub fn number_signs(root: &Node, s: i8, at: Option<&Env>) -> Vec<(String, i8)> {
    let mut out: Vec<(String, i8)> = Vec::new();
    number(root, s, &mut out, at);
    out
}

fn push(out: &mut Vec<(String, i8)>, name: &str, s: i8) {
    match out.iter_mut().find(|(n, _)| n == name) {
        Some((_, old)) if *old != s => *old = 0,
        Some(_) => {}
        None => out.push((name.to_owned(), s)),
    }
}

/// A node that should come out true (`s = 1`) or false (`s = -1`).
fn boolean(node: &Node, s: i8, out: &mut Vec<(String, i8)>, at: Option<&Env>) {
    match &node.kind {
        Kind::And(items) | Kind::Or(items) => items.iter().for_each(|i| boolean(i, s, out, at)),
        Kind::Unary(UnOp::Not, x) => boolean(x, -s, out, at),
        Kind::Binary(op @ (BinOp::Gt | BinOp::Ge | BinOp::Lt | BinOp::Le), a, b) => {
            let up = if matches!(op, BinOp::Gt | BinOp::Ge) {
                s
            } else {
                -s
            };
            number(a, up, out, at);
            number(b, -up, out, at);
        }
        Kind::Binary(_, a, b) => {
            number(a, 0, out, at);
            number(b, 0, out, at);
        }
        Kind::Cond(parts) => {
            let [c, a, b] = &**parts;
            number(c, 0, out, at);
            boolean(a, s, out, at);
            boolean(b, s, out, at);
        }
        Kind::Call(Func::Any | Func::All | Func::Count, args) => {
            for a in args {
                match &a.kind {
                    Kind::List(list) => list.items.iter().for_each(|i| boolean(i, s, out, at)),
                    _ => number(a, 0, out, at),
                }
            }
        }
        _ => number(node, s, out, at),
    }
}

/// A number that should be larger (`s = 1`), smaller (`s = -1`), or either (`0`).
fn number(node: &Node, s: i8, out: &mut Vec<(String, i8)>, at: Option<&Env>) {
    let literal = |n: &Node| match n.kind {
        Kind::Number(x) if x > 0.0 => Some(1),
        Kind::Number(x) if x < 0.0 => Some(-1),
        _ => None,
    };
    match &node.kind {
        Kind::Name(name) => push(out, name, s),
        // Whether a question was answered, not its answer: no value moved it.
        Kind::Call(Func::Answered, _) => {}
        Kind::Unary(UnOp::Neg, x) => number(x, -s, out, at),
        Kind::Binary(BinOp::Add, a, b) => {
            number(a, s, out, at);
            number(b, s, out, at);
        }
        Kind::Binary(BinOp::Sub, a, b) => {
            number(a, s, out, at);
            number(b, -s, out, at);
        }
        Kind::Binary(BinOp::Mul, a, b) => match (literal(a), literal(b)) {
            (Some(k), _) => number(b, s * k, out, at),
            (_, Some(k)) => number(a, s * k, out, at),
            _ => {
                number(a, 0, out, at);
                number(b, 0, out, at);
            }
        },
        // A denominator that is not a literal is taken as positive, as the counts and
        // maxima a questionnaire divides by are: a larger one makes the quotient smaller.
        Kind::Binary(BinOp::Div, a, b) => match literal(b) {
            Some(k) => number(a, s * k, out, at),
            None => {
                number(a, s, out, at);
                number(b, -s, out, at);
            }
        },
        Kind::Call(f @ (Func::Min | Func::Max), args) => {
            let decided = deciding(*f, args, s, at);
            args.iter()
                .enumerate()
                .filter(|(i, _)| decided.as_ref().is_none_or(|d| d.contains(i)))
                .for_each(|(_, a)| number(a, s, out, at));
        }
        Kind::Call(Func::Sum, args) => args.iter().for_each(|a| number(a, s, out, at)),
        Kind::Cond(parts) => {
            let [c, a, b] = &**parts;
            number(c, 0, out, at);
            number(a, s, out, at);
            number(b, s, out, at);
        }
        Kind::Unary(_, x) => number(x, 0, out, at),
        Kind::Binary(_, a, b) => {
            number(a, 0, out, at);
            number(b, 0, out, at);
        }
        Kind::And(items) | Kind::Or(items) | Kind::Call(_, items) => {
            items.iter().for_each(|i| number(i, 0, out, at));
        }
        Kind::List(list) => list.items.iter().for_each(|i| number(i, 0, out, at)),
        Kind::Null | Kind::Bool(_) | Kind::Number(_) | Kind::Str(_) => {}
    }
}

/// Which arguments of a `min` (`f`) that had to be small, or a `max` that had to be large
/// (`s`), decided its value: those at it. `None` (all of them) the other way round, where
/// every argument had to be large (small), or without the answers, or with one missing.
fn deciding(f: Func, args: &[Node], s: i8, at: Option<&Env>) -> Option<Vec<usize>> {
    let least = match (f, s) {
        (Func::Min, -1) => true,
        (Func::Max, 1) => false,
        _ => return None,
    };
    let env = at?;
    let values: Vec<f64> = args
        .iter()
        .map(|a| match Expr::eval_node(a, env, &mut Vec::new()) {
            Value::Number(n) => Some(n),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let fold = if least { f64::min } else { f64::max };
    let extreme = values.iter().copied().reduce(fold)?;
    Some(
        (0..values.len())
            .filter(|&i| values[i] == extreme)
            .collect(),
    )
}
