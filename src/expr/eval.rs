//! Evaluation. Values are borrowed from the environment and from literals
//! wherever possible, so a typical condition allocates nothing.

use super::ast::{BinOp, Func, Kind, Node, UnOp};
use super::{Env, Read, Value};

/// A value during evaluation. Strings and lists are never computed, only
/// read, except a list literal with non-literal items.
#[derive(Debug, Clone)]
enum V<'a> {
    Null,
    Bool(bool),
    Num(f64),
    Str(&'a str),
    List(&'a [Value]),
    Owned(Vec<Value>),
}

impl<'a> V<'a> {
    fn of(value: &'a Value) -> V<'a> {
        match value {
            Value::Null => V::Null,
            Value::Bool(b) => V::Bool(*b),
            Value::Number(n) => V::Num(*n),
            Value::Str(s) => V::Str(s),
            Value::List(items) => V::List(items),
        }
    }

    fn into_value(self) -> Value {
        match self {
            V::Null => Value::Null,
            V::Bool(b) => Value::Bool(b),
            V::Num(n) => Value::Number(n),
            V::Str(s) => Value::Str(s.to_owned()),
            V::List(items) => Value::List(items.to_vec()),
            V::Owned(items) => Value::List(items),
        }
    }

    fn items(&self) -> Option<&[Value]> {
        match self {
            V::List(items) => Some(items),
            V::Owned(items) => Some(items),
            _ => None,
        }
    }

    fn holds(&self) -> bool {
        matches!(self, V::Bool(true))
    }
}

/// Equality of two non-null values; values of different types are unequal.
fn equal(a: &V<'_>, b: &V<'_>) -> bool {
    match (a, b) {
        (V::Bool(x), V::Bool(y)) => x == y,
        (V::Num(x), V::Num(y)) => x == y,
        (V::Str(x), V::Str(y)) => x == y,
        _ => match (a.items(), b.items()) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

pub(crate) struct Eval<'a, 'r> {
    pub env: &'a Env,
    pub reads: Option<&'r mut Vec<Read>>,
}

impl<'a> Eval<'a, '_> {
    pub fn run(&mut self, root: &'a Node) -> Value {
        self.eval(root).into_value()
    }

    fn lookup(&mut self, name: &str) -> &'a Value {
        const NULL: &Value = &Value::Null;
        let value = self.env.values.get(name).unwrap_or(NULL);
        if let Some(reads) = self.reads.as_deref_mut()
            && !reads.iter().any(|r| r.name == name)
        {
            reads.push(Read {
                name: name.to_owned(),
                value: value.clone(),
            });
        }
        value
    }

    fn eval(&mut self, node: &'a Node) -> V<'a> {
        match &node.kind {
            Kind::Null => V::Null,
            Kind::Bool(b) => V::Bool(*b),
            Kind::Number(n) => V::Num(*n),
            Kind::Str(s) => V::Str(s),
            Kind::List(list) => match list.constant() {
                Some(items) => V::List(items),
                None => V::Owned(
                    list.items
                        .iter()
                        .map(|i| self.eval(i).into_value())
                        .collect(),
                ),
            },
            Kind::Name(name) => V::of(self.lookup(name)),
            Kind::Unary(op, operand) => match (op, self.eval(operand)) {
                (UnOp::Not, V::Bool(b)) => V::Bool(!b),
                (UnOp::Neg, V::Num(n)) => V::Num(-n),
                _ => V::Null,
            },
            Kind::And(items) => V::Bool(items.iter().all(|i| self.eval(i).holds())),
            Kind::Or(items) => V::Bool(items.iter().any(|i| self.eval(i).holds())),
            Kind::Binary(op, left, right) => {
                let l = self.eval(left);
                let r = self.eval(right);
                binary(*op, l, r, left, right)
            }
            Kind::Call(func, args) => self.call(*func, args),
        }
    }

    fn call(&mut self, func: Func, args: &'a [Node]) -> V<'a> {
        if func == Func::Answered {
            return match args.first().map(|a| &a.kind) {
                Some(Kind::Name(name)) => V::Bool(*self.lookup(name) != Value::Null),
                _ => V::Null,
            };
        }
        let mut vals = args.iter().map(|a| self.eval(a));
        let (a, b) = (vals.next(), vals.next());
        match (func, a, b) {
            (Func::Size, Some(V::Str(s)), _) => V::Num(s.chars().count() as f64),
            (Func::Size, Some(v), _) => match v.items() {
                Some(items) => V::Num(items.len() as f64),
                None => V::Null,
            },
            (Func::Abs, Some(V::Num(n)), _) => V::Num(n.abs()),
            (Func::Min, Some(V::Num(x)), Some(V::Num(y))) => V::Num(x.min(y)),
            (Func::Max, Some(V::Num(x)), Some(V::Num(y))) => V::Num(x.max(y)),
            _ => V::Null,
        }
    }
}

fn binary<'a>(op: BinOp, l: V<'a>, r: V<'a>, left: &Node, right: &Node) -> V<'a> {
    let l_null = matches!(l, V::Null);
    let r_null = matches!(r, V::Null);
    match op {
        BinOp::Eq => V::Bool(match (l_null, r_null) {
            (true, true) => true,
            (false, false) => equal(&l, &r),
            _ => false,
        }),
        // `x != null` asks whether x has a value; any other comparison with a
        // missing value is false, so an unanswered question satisfies nothing.
        BinOp::Ne => V::Bool(match (l_null, r_null) {
            (true, true) => false,
            (false, false) => !equal(&l, &r),
            (true, false) => matches!(left.kind, Kind::Null),
            (false, true) => matches!(right.kind, Kind::Null),
        }),
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            let ord = match (&l, &r) {
                (V::Num(x), V::Num(y)) => x.partial_cmp(y),
                (V::Str(x), V::Str(y)) => Some(x.cmp(y)),
                _ => None,
            };
            V::Bool(ord.is_some_and(|o| match op {
                BinOp::Lt => o.is_lt(),
                BinOp::Le => o.is_le(),
                BinOp::Gt => o.is_gt(),
                _ => o.is_ge(),
            }))
        }
        BinOp::In => V::Bool(
            !l_null
                && r.items()
                    .is_some_and(|items| items.iter().any(|i| equal(&l, &V::of(i)))),
        ),
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem => {
            let (V::Num(x), V::Num(y)) = (l, r) else {
                return V::Null;
            };
            let n = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                _ if y == 0.0 => return V::Null,
                BinOp::Div => x / y,
                _ => x % y,
            };
            // An overflow has no number to show in a reason or a score: like division
            // by zero, it is no value.
            if n.is_finite() { V::Num(n) } else { V::Null }
        }
    }
}
