//! The condition language: a small subset of CEL, parsed once at load time,
//! type-checked against the questionnaire, and evaluated without I/O.
//!
//! A missing value is `null`, and it never makes a condition hold by
//! accident: every comparison with it is false (`==` and `!=` included),
//! except `x == null`, true when x is null, and `x != null` written with the
//! `null` literal, true when x has a value. `!null`, `-null`, arithmetic on
//! null and division by zero give null; `&&` and `||` treat anything but
//! `true` as false. So `!(role == 'ml')` holds for an unanswered `role`, and
//! `role != 'ml'` does not.
//!
//! The parts: `lex` (tokens with character spans), `parse` (the tree, with
//! the depth limit), `check` (names, choices, types), `eval`, and `ast` (the
//! tree and its canonical printed form).

pub mod ast;
mod check;
mod eval;
mod lex;
mod parse;
mod sign;
mod snap;

pub use snap::snap;

use foldhash::HashMap;
use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

/// The deepest an expression may nest before it is refused.
pub const MAX_DEPTH: usize = 64;

/// A parsed expression with the text it came from.
/// Serialized with its tree, for the built-in questionnaire's compiled form.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Expr {
    source: String,
    root: ast::Node,
}

/// A parse or check error inside one expression.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct ExprError {
    pub message: String,
    /// Character (not byte) offsets into the expression's source.
    pub span: Range<usize>,
    pub help: Option<String>,
}

/// A runtime value. A hidden or unanswered question is `Null`; any comparison with `Null` is false.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
    List(Vec<Value>),
}

/// In JSON and YAML a value is itself (`null`, `true`, `3`, `"a"`, `[..]`); a compact binary
/// format (the built-in questionnaire's embedded model) cannot guess, so there it names its
/// variant.
impl Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !s.is_human_readable() {
            return match self {
                Value::Null => s.serialize_unit_variant("Value", 0, "Null"),
                Value::Bool(b) => s.serialize_newtype_variant("Value", 1, "Bool", b),
                Value::Number(n) => s.serialize_newtype_variant("Value", 2, "Number", n),
                Value::Str(t) => s.serialize_newtype_variant("Value", 3, "Str", t),
                Value::List(l) => s.serialize_newtype_variant("Value", 4, "List", l),
            };
        }
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) => s.serialize_f64(*n),
            Value::Str(t) => s.serialize_str(t),
            Value::List(l) => l.serialize(s),
        }
    }
}

/// A value as a compact binary format holds it (see `Serialize for Value`).
#[derive(Deserialize)]
#[serde(rename = "Value")]
enum Tagged {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
    List(Vec<Value>),
}

/// What `untagged` would accept, read directly: `untagged` copies each value into serde's
/// generic buffer and tries the variants in turn, building an error message for every miss,
/// which made the list literals a visible part of reading the built-in questionnaire.
impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if !d.is_human_readable() {
            return Ok(match Tagged::deserialize(d)? {
                Tagged::Null => Value::Null,
                Tagged::Bool(b) => Value::Bool(b),
                Tagged::Number(n) => Value::Number(n),
                Tagged::Str(t) => Value::Str(t),
                Tagged::List(l) => Value::List(l),
            });
        }
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Value;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("null, a boolean, a number, a string or a list")
            }

            fn visit_unit<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }

            fn visit_none<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }

            fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
                Ok(Value::Bool(b))
            }

            fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
                Ok(Value::Number(n as f64))
            }

            fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
                Ok(Value::Number(n as f64))
            }

            fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
                Ok(Value::Number(n))
            }

            fn visit_str<E>(self, s: &str) -> Result<Value, E> {
                Ok(Value::Str(s.to_owned()))
            }

            fn visit_string<E>(self, s: String) -> Result<Value, E> {
                Ok(Value::Str(s))
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Value, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Value::List(items))
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// A static type, as the checker sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    Bool,
    Number,
    Str,
    List(Box<Type>),
}

/// What a name means in expressions: its type, and for choice questions the allowed values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VarInfo {
    pub ty: Type,
    pub choices: Option<Vec<String>>,
    /// True for question ids (the only names `answered()` accepts).
    pub question: bool,
}

/// Names visible to the checker.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub vars: HashMap<String, VarInfo>,
}

/// Values visible to the evaluator. Missing names are `Null`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Env {
    pub values: HashMap<String, Value>,
}

/// One name read while evaluating, with the value it had.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Read {
    pub name: String,
    pub value: Value,
}

impl Expr {
    pub fn parse(source: &str) -> Result<Expr, ExprError> {
        let root = parse::parse(source)?;
        Ok(Expr {
            source: source.to_owned(),
            root,
        })
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    /// The parsed tree.
    pub fn ast(&self) -> &ast::Node {
        &self.root
    }

    /// Checks names, choice literals and types; returns the expression's type.
    pub fn check(&self, scope: &Scope) -> Result<Type, ExprError> {
        check::check(&self.root, scope)
    }

    pub fn eval(&self, env: &Env) -> Value {
        eval::Eval {
            env,
            reads: None,
            cite: None,
        }
        .run(&self.root)
    }

    /// Like `eval`, and records every name read (in order, without repeats).
    pub fn eval_traced(&self, env: &Env, reads: &mut Vec<Read>) -> Value {
        eval::Eval {
            env,
            reads: Some(reads),
            cite: None,
        }
        .run(&self.root)
    }

    /// Evaluates one node of a parsed tree (a part of some expression), recording the
    /// names it read: for explaining which part of a condition failed.
    pub fn eval_node(node: &ast::Node, env: &Env, reads: &mut Vec<Read>) -> Value {
        eval::Eval {
            env,
            reads: Some(reads),
            cite: None,
        }
        .run(node)
    }

    /// The names whose values decided that the expression came out `want`: of an `||`
    /// that held only the parts that held, of an `&&` that failed only the part that
    /// failed, of `c ? a : b` the condition and the branch taken. Empty when it did not
    /// come out `want`.
    pub fn cited(&self, env: &Env, want: bool) -> Vec<Read> {
        let mut reads = Vec::new();
        let v = eval::Eval {
            env,
            reads: Some(&mut reads),
            cite: Some(want),
        }
        .run(&self.root);
        if v != Value::Bool(want) {
            reads.clear();
        }
        reads
    }

    /// For each name, whether a larger value helps the expression come out `want` (`1`),
    /// hinders it (`-1`) or either (`0`).
    pub fn signs(&self, want: bool) -> Vec<(String, i8)> {
        sign::signs(&self.root, want, None)
    }

    /// For a number expression that should be larger (`1`) or smaller (`-1`) with the
    /// answers in `env`: each name it read that moved it, and which way a larger value
    /// moves it ([`signs`](Self::signs), with a `min` or `max` read as in [`deciding`](Self::deciding)).
    pub fn number_signs(&self, s: i8, env: &Env) -> Vec<(String, i8)> {
        sign::number_signs(&self.root, s, Some(env))
    }

    /// The names that decided the expression came out `want` ([`cited`](Self::cited)),
    /// each with its sign ([`signs`](Self::signs)). Of a `min` that had to be small (a
    /// `max` that had to be large), only the arguments at its value decided: the least of
    /// five items is at most 1 because of the items at that least.
    pub fn deciding(&self, env: &Env, want: bool) -> Vec<(String, i8)> {
        let every = self.signs(want);
        let at = sign::signs(&self.root, want, Some(env));
        let mut out: Vec<(String, i8)> = Vec::new();
        for r in self.cited(env, want) {
            let sign = match at.iter().find(|(n, _)| *n == r.name) {
                Some((_, s)) => *s,
                // Read only as an argument that did not decide its `min` or `max`.
                None if every.iter().any(|(n, _)| *n == r.name) => continue,
                None => 0,
            };
            if !out.iter().any(|(n, _)| *n == r.name) {
                out.push((r.name, sign));
            }
        }
        out
    }

    /// The texts the expression can give, when each of its results is a text written in it
    /// (or nothing): `x >= 10 ? 'severe' : x >= 5 ? 'mild' : 'none'`. A derived value
    /// made so can be compared only with these, as a choice question with its choices.
    /// `None` when a result is anything else (a name, a sum, a call).
    pub fn texts(&self) -> Option<Vec<String>> {
        fn collect(node: &ast::Node, out: &mut Vec<String>) -> Option<()> {
            match &node.kind {
                ast::Kind::Str(s) => {
                    if !out.contains(s) {
                        out.push(s.clone());
                    }
                    Some(())
                }
                ast::Kind::Null => Some(()),
                ast::Kind::Cond(parts) => {
                    let [_, a, b] = &**parts;
                    collect(a, out)?;
                    collect(b, out)
                }
                _ => None,
            }
        }
        let mut out = Vec::new();
        collect(&self.root, &mut out)?;
        (!out.is_empty()).then_some(out)
    }

    /// Every number written in the expression (the thresholds it compares with).
    pub fn numbers(&self) -> Vec<f64> {
        let mut out = Vec::new();
        each_node(&self.root, &mut |node| {
            if let ast::Kind::Number(n) = node.kind {
                out.push(n);
            }
        });
        out
    }

    /// Every name the expression refers to, including `answered(x)` arguments, without repeats.
    pub fn names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        each_node(&self.root, &mut |node| {
            if let ast::Kind::Name(name) = &node.kind
                && !out.contains(&name.as_str())
            {
                out.push(name);
            }
        });
        out
    }
}

/// Calls `f` on `node` and every node under it, in writing order.
fn each_node<'a>(node: &'a ast::Node, f: &mut impl FnMut(&'a ast::Node)) {
    use ast::Kind;
    f(node);
    match &node.kind {
        Kind::List(list) => list.items.iter().for_each(|n| each_node(n, f)),
        Kind::Unary(_, operand) => each_node(operand, f),
        Kind::Binary(_, left, right) => {
            each_node(left, f);
            each_node(right, f);
        }
        Kind::And(items) | Kind::Or(items) | Kind::Call(_, items) => {
            items.iter().for_each(|n| each_node(n, f));
        }
        Kind::Cond(parts) => parts.iter().for_each(|n| each_node(n, f)),
        Kind::Null | Kind::Bool(_) | Kind::Number(_) | Kind::Str(_) | Kind::Name(_) => {}
    }
}

/// Two expressions are equal when their trees are, however they were written.
impl PartialEq for Expr {
    fn eq(&self, other: &Self) -> bool {
        self.root == other.root
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub(crate) fn suggest<'c>(
    word: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let word_lower = word.to_lowercase();
    let limit = match word.chars().count() {
        0..=3 => 1,
        4..=6 => 2,
        _ => 3,
    };
    candidates
        .into_iter()
        .map(|c| {
            (
                strsim::damerau_levenshtein(&word_lower, &c.to_lowercase()),
                c,
            )
        })
        .filter(|&(d, c)| d <= limit && c != word)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.root)
    }
}

impl Value {
    /// Truthiness for conditions: only `Bool(true)` holds.
    pub fn holds(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
}
