//! The condition language: a small subset of CEL, parsed once at load time,
//! type-checked against the questionnaire, and evaluated without I/O.
//!
//! STUB: the public surface below is the contract; the bodies are being written.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

/// The deepest an expression may nest before it is refused.
pub const MAX_DEPTH: usize = 64;

/// A parsed expression with the text it came from.
#[derive(Debug, Clone)]
pub struct Expr {
    source: String,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
    List(Vec<Value>),
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
#[derive(Debug, Clone, Default)]
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
        Ok(Expr { source: source.to_owned() })
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    /// Checks names, choice literals and types; returns the expression's type.
    pub fn check(&self, _scope: &Scope) -> Result<Type, ExprError> {
        Ok(Type::Bool)
    }

    pub fn eval(&self, _env: &Env) -> Value {
        Value::Null
    }

    /// Like `eval`, and records every name read (in order, without repeats).
    pub fn eval_traced(&self, env: &Env, _reads: &mut Vec<Read>) -> Value {
        self.eval(env)
    }

    /// Every name the expression refers to, including `answered(x)` arguments, without repeats.
    pub fn names(&self) -> Vec<&str> {
        Vec::new()
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

impl Value {
    /// Truthiness for conditions: only `Bool(true)` holds.
    pub fn holds(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
}
