//! The expression tree and its canonical printed form.

use std::fmt;
use std::ops::Range;

use super::Value;

/// One node of a parsed expression, with the character span it came from.
///
/// Equality compares the tree only: spans are ignored, so a tree printed and
/// parsed again compares equal to the original.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Node {
    pub kind: Kind,
    /// Character (not byte) offsets into the expression's source.
    pub span: Range<usize>,
}

impl PartialEq for Node {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
    }
}

impl Node {
    /// A node without a meaningful span, for building trees in code.
    pub fn new(kind: Kind) -> Node {
        Node { kind, span: 0..0 }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Kind {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
    // Boxed: lists are rare, and this keeps every node small.
    List(Box<ListLit>),
    Name(String),
    Unary(UnOp, Box<Node>),
    Binary(BinOp, Box<Node>, Box<Node>),
    /// `a && b && c`, kept flat so long chains do not nest.
    And(Vec<Node>),
    /// `a || b || c`, kept flat so long chains do not nest.
    Or(Vec<Node>),
    Call(Func, Vec<Node>),
    /// `c ? a : b`. Boxed together: conditionals are rare, and this keeps every node small.
    Cond(Box<[Node; 3]>),
}

/// A list literal. When every item is a literal the list is also kept as a
/// ready value, so evaluating it borrows instead of building a new list.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListLit {
    pub items: Vec<Node>,
    constant: Option<Vec<Value>>,
}

impl ListLit {
    pub fn new(items: Vec<Node>) -> ListLit {
        let constant = items.iter().map(literal_value).collect::<Option<Vec<_>>>();
        ListLit { items, constant }
    }

    /// The list's value when every item is a literal.
    pub fn constant(&self) -> Option<&[Value]> {
        self.constant.as_deref()
    }
}

fn literal_value(node: &Node) -> Option<Value> {
    match &node.kind {
        Kind::Null => Some(Value::Null),
        Kind::Bool(b) => Some(Value::Bool(*b)),
        Kind::Number(n) => Some(Value::Number(*n)),
        Kind::Str(s) => Some(Value::Str(s.clone())),
        Kind::List(list) => list.constant.clone().map(Value::List),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum UnOp {
    Not,
    Neg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BinOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::In => "in",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
        }
    }

    pub(crate) fn precedence(self) -> u8 {
        match self {
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::In => {
                PREC_CMP
            }
            BinOp::Add | BinOp::Sub => PREC_ADD,
            BinOp::Mul | BinOp::Div | BinOp::Rem => PREC_MUL,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Func {
    Size,
    Answered,
    Abs,
    Min,
    Max,
    Sum,
    Count,
    Any,
    All,
}

impl Func {
    pub const ALL: [Func; 9] = [
        Func::Size,
        Func::Answered,
        Func::Abs,
        Func::Min,
        Func::Max,
        Func::Sum,
        Func::Count,
        Func::Any,
        Func::All,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Func::Size => "size",
            Func::Answered => "answered",
            Func::Abs => "abs",
            Func::Min => "min",
            Func::Max => "max",
            Func::Sum => "sum",
            Func::Count => "count",
            Func::Any => "any",
            Func::All => "all",
        }
    }

    /// Whether it takes any number (one or more) of number arguments, not exactly one.
    pub fn variadic(self) -> bool {
        matches!(self, Func::Min | Func::Max | Func::Sum)
    }

    pub fn from_name(name: &str) -> Option<Func> {
        Func::ALL.into_iter().find(|f| f.name() == name)
    }
}

pub(crate) const PREC_OR: u8 = 1;
pub(crate) const PREC_AND: u8 = 2;
const PREC_CMP: u8 = 3;
const PREC_ADD: u8 = 4;
const PREC_MUL: u8 = 5;
const PREC_UNARY: u8 = 6;
/// `c ? a : b` binds more loosely than `||`.
pub(crate) const PREC_COND: u8 = 0;
const PREC_ATOM: u8 = 7;

fn precedence(node: &Node) -> u8 {
    match &node.kind {
        Kind::Cond(_) => PREC_COND,
        Kind::Or(_) => PREC_OR,
        Kind::And(_) => PREC_AND,
        Kind::Binary(op, ..) => op.precedence(),
        Kind::Unary(..) => PREC_UNARY,
        _ => PREC_ATOM,
    }
}

/// Words that cannot be names.
pub const RESERVED: [&str; 7] = ["true", "false", "null", "in", "and", "or", "not"];

/// Writes `node`, in parentheses when `parens` is set.
fn write_operand(f: &mut fmt::Formatter<'_>, node: &Node, parens: bool) -> fmt::Result {
    if parens {
        write!(f, "({node})")
    } else {
        write!(f, "{node}")
    }
}

/// Writes a string literal in single quotes, escaped so it reads back the same.
pub(crate) fn write_str_literal(f: &mut impl fmt::Write, s: &str) -> fmt::Result {
    f.write_char('\'')?;
    for c in s.chars() {
        match c {
            '\\' => f.write_str("\\\\")?,
            '\'' => f.write_str("\\'")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c => f.write_char(c)?,
        }
    }
    f.write_char('\'')
}

/// The canonical form: single-quoted strings, single spaces around binary
/// operators, and only the parentheses the precedence needs.
impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Null => f.write_str("null"),
            Kind::Bool(b) => write!(f, "{b}"),
            // `1e300`, not 301 digits; either form reads back as the same number.
            Kind::Number(n) if n.abs() >= 1e21 => write!(f, "{n:e}"),
            Kind::Number(n) => write!(f, "{n}"),
            Kind::Str(s) => write_str_literal(f, s),
            Kind::List(list) => {
                f.write_str("[")?;
                for (i, item) in list.items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Kind::Name(name) => f.write_str(name),
            Kind::Unary(op, operand) => {
                f.write_str(match op {
                    UnOp::Not => "!",
                    UnOp::Neg => "-",
                })?;
                write_operand(f, operand, precedence(operand) < PREC_UNARY)
            }
            Kind::Binary(op, left, right) => {
                let prec = op.precedence();
                write_operand(f, left, precedence(left) < prec)?;
                write!(f, " {} ", op.symbol())?;
                write_operand(f, right, precedence(right) <= prec)
            }
            Kind::And(items) | Kind::Or(items) => {
                let (prec, sep) = match self.kind {
                    Kind::And(_) => (PREC_AND, " && "),
                    _ => (PREC_OR, " || "),
                };
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(sep)?;
                    }
                    write_operand(f, item, precedence(item) <= prec)?;
                }
                Ok(())
            }
            Kind::Cond(parts) => {
                let [c, a, b] = &**parts;
                // Right-associative: `a ? b : c ? d : e` needs no parentheses on the right,
                // nor in the middle, which `?` and `:` enclose; needless ones would count
                // against the depth limit when the text is read back.
                write_operand(f, c, precedence(c) == PREC_COND)?;
                f.write_str(" ? ")?;
                write_operand(f, a, false)?;
                f.write_str(" : ")?;
                write_operand(f, b, false)
            }
            Kind::Call(func, args) => {
                write!(f, "{}(", func.name())?;
                for (i, arg) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{arg}")?;
                }
                f.write_str(")")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_stay_small() {
        // Parsing and checking move nodes around a lot; a fat variant would slow every one.
        assert!(
            std::mem::size_of::<Node>() <= 48,
            "{}",
            std::mem::size_of::<Node>()
        );
    }
}
