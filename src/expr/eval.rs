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
    /// Keep only the reads that decided the value: of an `||` (or `any`/`count` over a
    /// list literal) that held, the parts that held; of an `&&` that failed, the part
    /// that failed. `!` flips which outcome is being explained.
    pub cite: Option<bool>,
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
            Kind::Unary(op, operand) => {
                let flip = *op == UnOp::Not;
                if flip {
                    self.cite = self.cite.map(|w| !w);
                }
                let v = self.eval(operand);
                if flip {
                    self.cite = self.cite.map(|w| !w);
                }
                match (op, v) {
                    (UnOp::Not, V::Bool(b)) => V::Bool(!b),
                    (UnOp::Neg, V::Num(n)) => V::Num(-n),
                    _ => V::Null,
                }
            }
            Kind::And(items) => {
                let start = self.mark();
                let mut all = true;
                for item in items {
                    let mark = self.mark();
                    if !self.eval(item).holds() {
                        all = false;
                        // Explaining a failure: the part that failed is the reason, not
                        // the parts before it that held.
                        if self.cite == Some(false)
                            && let Some(reads) = self.reads.as_deref_mut()
                        {
                            reads.drain(start..mark);
                        }
                        break;
                    }
                }
                V::Bool(all)
            }
            Kind::Or(items) => {
                let held = self.any_of(items, true);
                V::Bool(held > 0)
            }
            Kind::Cond(parts) => {
                let [c, a, b] = &**parts;
                match self.eval(c) {
                    V::Bool(true) => self.eval(a),
                    V::Bool(false) => self.eval(b),
                    _ => V::Null,
                }
            }
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
        if func.variadic() {
            return self.fold(func, args);
        }
        // Over a list literal, `all` that failed cites only the items that failed.
        if func == Func::All
            && let [
                Node {
                    kind: Kind::List(list),
                    ..
                },
            ] = args
            && list.constant().is_none()
        {
            let mut all = true;
            for item in &list.items {
                let mark = self.mark();
                if self.eval(item).holds() {
                    if self.cite == Some(false)
                        && let Some(reads) = self.reads.as_deref_mut()
                    {
                        reads.truncate(mark);
                    }
                } else {
                    all = false;
                }
            }
            return V::Bool(all);
        }
        // Over a list literal, `any` and `count` cite only the items that held.
        if matches!(func, Func::Any | Func::Count)
            && let [
                Node {
                    kind: Kind::List(list),
                    ..
                },
            ] = args
            && list.constant().is_none()
        {
            let held = self.any_of(&list.items, func == Func::Any);
            return match func {
                Func::Any => V::Bool(held > 0),
                _ => V::Num(held as f64),
            };
        }
        let Some(arg) = args.first() else {
            return V::Null;
        };
        match (func, self.eval(arg)) {
            (Func::Size, V::Str(s)) => V::Num(s.chars().count() as f64),
            (Func::Abs, V::Num(n)) => V::Num(n.abs()),
            (Func::Size, v) => match v.items() {
                Some(items) => V::Num(items.len() as f64),
                None => V::Null,
            },
            (Func::Count, v) => match v.items() {
                Some(items) => V::Num(items.iter().filter(|i| i.holds()).count() as f64),
                None => V::Null,
            },
            (Func::Any, v) => match v.items() {
                Some(items) => V::Bool(items.iter().any(Value::holds)),
                None => V::Null,
            },
            (Func::All, v) => match v.items() {
                Some(items) => V::Bool(items.iter().all(Value::holds)),
                None => V::Null,
            },
            _ => V::Null,
        }
    }

    /// `min`, `max`, `sum` over numbers; any missing value makes the result missing, so
    /// a total is never built on unanswered questions.
    fn fold(&mut self, func: Func, args: &'a [Node]) -> V<'a> {
        let mut acc: Option<f64> = None;
        for arg in args {
            let V::Num(n) = self.eval(arg) else {
                return V::Null;
            };
            acc = Some(match (func, acc) {
                (_, None) => n,
                (Func::Min, Some(a)) => a.min(n),
                (Func::Max, Some(a)) => a.max(n),
                (_, Some(a)) => a + n,
            });
        }
        match acc {
            Some(n) if n.is_finite() => V::Num(super::snap(n)),
            _ => V::Null,
        }
    }

    /// How many items hold; with `short`, stops at the first that does (enough for `||`
    /// and `any`). When citing a success, the reads of items that did not hold are dropped.
    fn any_of(&mut self, items: &'a [Node], short: bool) -> usize {
        let mut held = 0;
        for item in items {
            let mark = self.mark();
            if self.eval(item).holds() {
                held += 1;
                if short {
                    break;
                }
            } else if self.cite == Some(true)
                && let Some(reads) = self.reads.as_deref_mut()
            {
                reads.truncate(mark);
            }
        }
        held
    }

    fn mark(&self) -> usize {
        self.reads.as_deref().map_or(0, Vec::len)
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
            if n.is_finite() {
                V::Num(super::snap(n))
            } else {
                V::Null
            }
        }
    }
}
