//! Static checks against a scope: names exist, choice literals are real
//! choices, and operators get operands of types they accept.

use super::ast::{BinOp, Func, Kind, Node, UnOp};
use super::{ExprError, Scope, Type, suggest};

mod ty;

use ty::{Item, Ty, compatible};

/// How a message names an operand: by name when it has one.
fn what(node: &Node, ty: Ty) -> String {
    match &node.kind {
        Kind::Name(name) => diag!("diag-expr-named", name = name.as_str(), ty = ty.article()),
        _ => ty.article(),
    }
}

/// `my-role` parses as `my - role`; when the two names touch the minus, the name the
/// author meant, else `None`. Chains (`a-b-c`) nest to the left.
fn dashed_name(left: &Node, right: &Node) -> Option<String> {
    let Kind::Name(r) = &right.kind else {
        return None;
    };
    let l = match &left.kind {
        Kind::Name(l) => l.clone(),
        Kind::Binary(BinOp::Sub, ll, lr) => dashed_name(ll, lr)?,
        _ => return None,
    };
    (left.span.end + 1 == right.span.start).then(|| format!("{l}-{r}"))
}

fn error(message: String, node: &Node) -> ExprError {
    ExprError {
        message,
        span: node.span.clone(),
        help: None,
    }
}

/// Two sides of a comparison whose types do not meet; a number written in quotes beside a
/// number (`hours == '4'`) gets the fix.
fn cannot_compare(left: &Node, lt: Ty, right: &Node, rt: Ty, node: &Node) -> ExprError {
    let mut e = error(
        diag!("diag-expr-compare", a = what(left, lt), b = what(right, rt)),
        node,
    );
    let quoted = |side: &Node, other: Ty| match &side.kind {
        Kind::Str(s) if other.is(Ty::Num) && s.trim().parse::<f64>().is_ok() => Some(s.clone()),
        _ => None,
    };
    if let Some(n) = quoted(left, rt).or_else(|| quoted(right, lt)) {
        e.help = Some(diag!("diag-expr-quoted-number-help", n = n.trim()));
    }
    e
}

pub(crate) fn check(root: &Node, scope: &Scope) -> Result<Type, ExprError> {
    let ty = Checker { scope }.ty(root)?;
    ty.to_type()
        .ok_or_else(|| error(diag!("diag-expr-always-null"), root))
}

struct Checker<'a> {
    scope: &'a Scope,
}

impl Checker<'_> {
    fn ty(&self, node: &Node) -> Result<Ty, ExprError> {
        Ok(match &node.kind {
            Kind::Null => Ty::Null,
            Kind::Bool(_) => Ty::Bool,
            Kind::Number(_) => Ty::Num,
            Kind::Str(_) => Ty::Str,
            Kind::List(list) => {
                let mut item_ty = Ty::Any;
                for item in &list.items {
                    let t = self.ty(item)?;
                    if !compatible(item_ty, t) {
                        return Err(error(
                            diag!(
                                "diag-expr-list-types",
                                found = t.article(),
                                after = item_ty.article()
                            ),
                            item,
                        ));
                    }
                    if item_ty.loose() && t != Ty::Null {
                        item_ty = t;
                    }
                }
                Ty::List(Item::of(item_ty))
            }
            Kind::Name(name) => self.name(name, node)?,
            Kind::Unary(op, operand) => {
                let t = self.ty(operand)?;
                let (want, sym) = match op {
                    UnOp::Not => (Ty::Bool, "!"),
                    UnOp::Neg => (Ty::Num, "-"),
                };
                if !t.is(want) {
                    let msg = diag!(
                        "diag-expr-needs",
                        op = sym,
                        want = want.article(),
                        found = what(operand, t)
                    );
                    return Err(error(msg, operand));
                }
                want
            }
            Kind::And(items) | Kind::Or(items) => {
                let sym = if matches!(node.kind, Kind::And(_)) {
                    "&&"
                } else {
                    "||"
                };
                for item in items {
                    let t = self.ty(item)?;
                    if !t.is(Ty::Bool) {
                        return Err(error(
                            diag!(
                                "diag-expr-needs",
                                op = sym,
                                want = Ty::Bool.plural(),
                                found = what(item, t)
                            ),
                            item,
                        ));
                    }
                }
                Ty::Bool
            }
            Kind::Binary(op, left, right) => self.binary(*op, left, right, node)?,
            Kind::Call(func, args) => self.call(*func, args)?,
            Kind::Cond(parts) => {
                let [c, a, b] = &**parts;
                let ct = self.ty(c)?;
                if !ct.is(Ty::Bool) {
                    return Err(error(
                        diag!("diag-expr-cond-not-bool", found = what(c, ct)),
                        c,
                    ));
                }
                let (at, bt) = (self.ty(a)?, self.ty(b)?);
                if !compatible(at, bt) {
                    return Err(error(
                        diag!("diag-expr-cond-types", a = what(a, at), b = what(b, bt)),
                        node,
                    ));
                }
                if at.loose() { bt } else { at }
            }
        })
    }

    fn name(&self, name: &str, node: &Node) -> Result<Ty, ExprError> {
        match self.scope.vars.get(name) {
            Some(info) => Ok(Ty::from_type(&info.ty)),
            None => {
                let mut err = error(diag!("diag-expr-unknown-name", name = name), node);
                let mut names: Vec<&str> = self.scope.vars.keys().map(String::as_str).collect();
                // Sorted so that ties between suggestions resolve the same way every run.
                names.sort_unstable();
                err.help = suggest(name, names).map(|s| diag!("diag-did-you-mean", name = s));
                // `role == ml`: a choice value written without its quotes.
                let is_choice = self.scope.vars.values().any(|v| {
                    v.choices
                        .as_ref()
                        .is_some_and(|c| c.iter().any(|c| c == name))
                });
                if err.help.is_none() && is_choice {
                    err.help = Some(diag!("diag-expr-unquoted-choice-help", name = name));
                }
                Err(err)
            }
        }
    }

    fn binary(&self, op: BinOp, left: &Node, right: &Node, node: &Node) -> Result<Ty, ExprError> {
        if op == BinOp::Sub
            && let Some(joined) = dashed_name(left, right)
            && self.scope.vars.contains_key(&joined)
        {
            let mut err = error(diag!("diag-expr-dashed-name", name = joined.as_str()), node);
            err.help = Some(diag!(
                "diag-expr-dashed-name-help",
                name = joined.as_str(),
                renamed = joined.replace('-', "_")
            ));
            return Err(err);
        }
        let lt = self.ty(left)?;
        let rt = self.ty(right)?;
        let sym = op.symbol();
        match op {
            BinOp::Eq | BinOp::Ne => {
                if !compatible(lt, rt) {
                    return Err(cannot_compare(left, lt, right, rt, node));
                }
                self.choices(left, right)?;
                self.choices(right, left)?;
                Ok(Ty::Bool)
            }
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                for (side, t) in [(left, lt), (right, rt)] {
                    if !(t.is(Ty::Num) || t.is(Ty::Str)) {
                        return Err(error(
                            diag!(
                                "diag-expr-needs",
                                op = sym,
                                want = diag!("diag-expr-numbers-or-strings"),
                                found = what(side, t)
                            ),
                            side,
                        ));
                    }
                }
                if !compatible(lt, rt) {
                    return Err(cannot_compare(left, lt, right, rt, node));
                }
                // Choice values are names, not ranks: `'four_plus' < 'two_three'` by spelling.
                for side in [left, right] {
                    if let Kind::Name(name) = &side.kind
                        && self
                            .scope
                            .vars
                            .get(name)
                            .is_some_and(|v| v.choices.is_some())
                    {
                        let mut err = error(
                            diag!("diag-expr-choice-order", op = sym, name = name.as_str()),
                            node,
                        );
                        err.help = Some(diag!("diag-expr-choice-order-help", name = name.as_str()));
                        return Err(err);
                    }
                }
                Ok(Ty::Bool)
            }
            BinOp::In => {
                let item = match rt {
                    Ty::List(item) => item.ty(),
                    t if t.loose() => Ty::Any,
                    t => {
                        return Err(error(
                            diag!("diag-expr-in-list", found = what(right, t)),
                            right,
                        ));
                    }
                };
                if !compatible(lt, item) {
                    return Err(error(
                        diag!(
                            "diag-expr-in-types",
                            a = what(left, lt),
                            b = what(right, rt),
                            items = item.plural()
                        ),
                        node,
                    ));
                }
                self.choices(right, left)?;
                self.choices(left, right)?;
                Ok(Ty::Bool)
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem => {
                for (side, t) in [(left, lt), (right, rt)] {
                    if !t.is(Ty::Num) {
                        return Err(error(
                            diag!(
                                "diag-expr-needs",
                                op = sym,
                                want = Ty::Num.plural(),
                                found = what(side, t)
                            ),
                            side,
                        ));
                    }
                }
                Ok(Ty::Num)
            }
        }
    }

    /// When `named` is a choice question, every string literal in `other`
    /// (alone or in a list literal) must be one of its choices; when it is a derived value
    /// that gives only texts written in it ([`super::Expr::texts`]), one of those.
    fn choices(&self, named: &Node, other: &Node) -> Result<(), ExprError> {
        let Kind::Name(name) = &named.kind else {
            return Ok(());
        };
        let Some(var) = self.scope.vars.get(name) else {
            return Ok(());
        };
        let Some(choices) = var.choices.as_ref() else {
            return Ok(());
        };
        // A derived value's texts are what its expression gives, not choices.
        let id = if var.question {
            "diag-expr-not-a-choice"
        } else {
            "diag-expr-not-a-text"
        };
        let literals: &[Node] = match &other.kind {
            Kind::List(list) => &list.items,
            _ => std::slice::from_ref(other),
        };
        for lit in literals {
            let Kind::Str(value) = &lit.kind else {
                continue;
            };
            if choices.iter().any(|c| c == value) {
                continue;
            }
            let args = [
                ("value", crate::words::Value::from(value.as_str())),
                ("name", name.as_str().into()),
                ("choices", choices.join(", ").into()),
            ];
            let mut err = error(crate::words::diag(id, &args), lit);
            err.help = suggest(value, choices.iter().map(String::as_str))
                .map(|s| diag!("diag-did-you-mean", name = s));
            return Err(err);
        }
        Ok(())
    }

    fn call(&self, func: Func, args: &[Node]) -> Result<Ty, ExprError> {
        if func == Func::Answered {
            for arg in args {
                if let Kind::Name(name) = &arg.kind {
                    self.name(name, arg)?;
                    if !self.scope.vars.get(name).is_some_and(|v| v.question) {
                        let mut err = error(
                            diag!("diag-expr-answered-not-question", name = name.as_str()),
                            arg,
                        );
                        err.help = Some(diag!("diag-expr-answered-not-question-help"));
                        return Err(err);
                    }
                }
            }
            return Ok(Ty::Bool);
        }
        for arg in args {
            let t = self.ty(arg)?;
            // A select key of `diag-expr-call-needs`.
            let (ok, want) = match func {
                Func::Size => (t.loose() || matches!(t, Ty::Str | Ty::List(_)), "sized"),
                Func::Count | Func::Any | Func::All => (
                    t.loose() || matches!(t, Ty::List(Item::Bool | Item::Any)),
                    "bools",
                ),
                _ => (t.is(Ty::Num), "number"),
            };
            if !ok {
                return Err(error(
                    diag!(
                        "diag-expr-call-needs",
                        func = func.name(),
                        want = want,
                        found = what(arg, t)
                    ),
                    arg,
                ));
            }
        }
        Ok(match func {
            Func::Any | Func::All => Ty::Bool,
            _ => Ty::Num,
        })
    }
}

#[cfg(test)]
mod tests;
