//! The checker's types: what an operand is, small and `Copy`.

use super::super::Type;

/// The checker's view of a type: `Null` is the `null` literal, `Any` the
/// item type of an empty list; both go with everything. Small and `Copy`, so
/// checking allocates nothing; a list of lists is just "a list of lists".
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Ty {
    Null,
    Any,
    Bool,
    Num,
    Str,
    List(Item),
}

/// What a list holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Item {
    Any,
    Bool,
    Num,
    Str,
    List,
}

impl Item {
    pub(super) fn ty(self) -> Ty {
        match self {
            Item::Any | Item::List => Ty::Any,
            Item::Bool => Ty::Bool,
            Item::Num => Ty::Num,
            Item::Str => Ty::Str,
        }
    }

    pub(super) fn of(ty: Ty) -> Item {
        match ty {
            Ty::Null | Ty::Any => Item::Any,
            Ty::Bool => Item::Bool,
            Ty::Num => Item::Num,
            Ty::Str => Item::Str,
            Ty::List(_) => Item::List,
        }
    }
}

impl Ty {
    pub(super) fn from_type(ty: &Type) -> Ty {
        match ty {
            Type::Bool => Ty::Bool,
            Type::Number => Ty::Num,
            Type::Str => Ty::Str,
            Type::List(item) => Ty::List(Item::of(Ty::from_type(item))),
        }
    }

    /// `None` for `Null`, which no caller can use.
    pub(super) fn to_type(self) -> Option<Type> {
        Some(match self {
            Ty::Null => return None,
            // Lists in questionnaires hold choice values.
            Ty::Any | Ty::Str => Type::Str,
            Ty::Bool => Type::Bool,
            Ty::Num => Type::Number,
            Ty::List(Item::List) => Type::List(Box::new(Type::List(Box::new(Type::Str)))),
            Ty::List(item) => Type::List(Box::new(item.ty().to_type().unwrap_or(Type::Str))),
        })
    }

    /// The type as a message names one of its values: "a number", "null".
    pub(super) fn article(self) -> String {
        diag!("diag-expr-ty", ty = self.key())
    }

    /// The type as a message names its values: "numbers".
    pub(super) fn plural(self) -> String {
        diag!("diag-expr-ty-plural", ty = self.key())
    }

    /// The select key of `diag-expr-ty` and `diag-expr-ty-plural`.
    fn key(self) -> &'static str {
        match self {
            Ty::Null => "null",
            Ty::Any => "any",
            Ty::Bool => "bool",
            Ty::Num => "number",
            Ty::Str => "string",
            Ty::List(_) => "list",
        }
    }

    pub(super) fn loose(self) -> bool {
        matches!(self, Ty::Null | Ty::Any)
    }

    pub(super) fn is(self, want: Ty) -> bool {
        self.loose() || self == want
    }
}

pub(super) fn compatible(a: Ty, b: Ty) -> bool {
    match (a, b) {
        _ if a.loose() || b.loose() => true,
        (Ty::List(x), Ty::List(y)) => compatible(x.ty(), y.ty()),
        _ => a == b,
    }
}
