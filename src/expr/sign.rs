//! Which way each name pushes an expression: for a condition, whether a larger value
//! of the name helps it hold (`+1`), hinders it (`-1`), or either (`0`: compared for
//! equality, inside `abs()`, multiplied by another name). Used to cite only the answers
//! that moved a score in the direction a reason claims.

use super::ast::{BinOp, Func, Kind, Node, UnOp};

/// `(name, sign)` for every name `root` reads, for the condition being `want`; a name
/// seen in several places with different signs gets `0`.
pub fn signs(root: &Node, want: bool) -> Vec<(String, i8)> {
    let mut out: Vec<(String, i8)> = Vec::new();
    boolean(root, if want { 1 } else { -1 }, &mut out);
    out
}

/// `(name, sign)` for a number expression that should be larger (`s = 1`) or smaller (`-1`).
pub fn number_signs(root: &Node, s: i8) -> Vec<(String, i8)> {
    let mut out: Vec<(String, i8)> = Vec::new();
    number(root, s, &mut out);
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
fn boolean(node: &Node, s: i8, out: &mut Vec<(String, i8)>) {
    match &node.kind {
        Kind::And(items) | Kind::Or(items) => items.iter().for_each(|i| boolean(i, s, out)),
        Kind::Unary(UnOp::Not, x) => boolean(x, -s, out),
        Kind::Binary(op @ (BinOp::Gt | BinOp::Ge | BinOp::Lt | BinOp::Le), a, b) => {
            let up = if matches!(op, BinOp::Gt | BinOp::Ge) {
                s
            } else {
                -s
            };
            number(a, up, out);
            number(b, -up, out);
        }
        Kind::Binary(_, a, b) => {
            number(a, 0, out);
            number(b, 0, out);
        }
        Kind::Cond(parts) => {
            let [c, a, b] = &**parts;
            number(c, 0, out);
            boolean(a, s, out);
            boolean(b, s, out);
        }
        Kind::Call(Func::Any | Func::All | Func::Count, args) => {
            for a in args {
                match &a.kind {
                    Kind::List(list) => list.items.iter().for_each(|i| boolean(i, s, out)),
                    _ => number(a, 0, out),
                }
            }
        }
        _ => number(node, s, out),
    }
}

/// A number that should be larger (`s = 1`), smaller (`s = -1`), or either (`0`).
fn number(node: &Node, s: i8, out: &mut Vec<(String, i8)>) {
    let literal = |n: &Node| match n.kind {
        Kind::Number(x) if x > 0.0 => Some(1),
        Kind::Number(x) if x < 0.0 => Some(-1),
        _ => None,
    };
    match &node.kind {
        Kind::Name(name) => push(out, name, s),
        // Whether a question was answered, not its answer: no value moved it.
        Kind::Call(Func::Answered, _) => {}
        Kind::Unary(UnOp::Neg, x) => number(x, -s, out),
        Kind::Binary(BinOp::Add, a, b) => {
            number(a, s, out);
            number(b, s, out);
        }
        Kind::Binary(BinOp::Sub, a, b) => {
            number(a, s, out);
            number(b, -s, out);
        }
        Kind::Binary(BinOp::Mul, a, b) => match (literal(a), literal(b)) {
            (Some(k), _) => number(b, s * k, out),
            (_, Some(k)) => number(a, s * k, out),
            _ => {
                number(a, 0, out);
                number(b, 0, out);
            }
        },
        // A denominator that is not a literal is taken as positive, as the counts and
        // maxima a questionnaire divides by are: a larger one makes the quotient smaller.
        Kind::Binary(BinOp::Div, a, b) => match literal(b) {
            Some(k) => number(a, s * k, out),
            None => {
                number(a, s, out);
                number(b, -s, out);
            }
        },
        Kind::Call(Func::Min | Func::Max | Func::Sum, args) => {
            args.iter().for_each(|a| number(a, s, out));
        }
        Kind::Cond(parts) => {
            let [c, a, b] = &**parts;
            number(c, 0, out);
            number(a, s, out);
            number(b, s, out);
        }
        Kind::Unary(_, x) => number(x, 0, out),
        Kind::Binary(_, a, b) => {
            number(a, 0, out);
            number(b, 0, out);
        }
        Kind::And(items) | Kind::Or(items) | Kind::Call(_, items) => {
            items.iter().for_each(|i| number(i, 0, out));
        }
        Kind::List(list) => list.items.iter().for_each(|i| number(i, 0, out)),
        Kind::Null | Kind::Bool(_) | Kind::Number(_) | Kind::Str(_) => {}
    }
}
