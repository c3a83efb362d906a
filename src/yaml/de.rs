//! A serde deserializer over the parsed tree: one parse serves both the values
//! and their positions, and every error knows the node it is about.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Unexpected, Visitor};

use super::index::{Kids, MAX_DEPTH, Node, PosIndex};
use crate::questionnaire::Pos;

/// A deserialization error, with the position of the node it is about.
#[derive(Debug)]
pub struct Error {
    pub message: String,
    pub pos: Option<Pos>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error {
            message: msg.to_string(),
            pos: None,
        }
    }
}

fn at<T>(r: Result<T, Error>, pos: Pos) -> Result<T, Error> {
    r.map_err(|mut e| {
        e.pos.get_or_insert(pos);
        e
    })
}

/// A plain scalar's meaning under the YAML 1.2 core schema.
enum Plain<'a> {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str(&'a str),
}

fn resolve(s: &str) -> Plain<'_> {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Plain::Null,
        "true" | "True" | "TRUE" => return Plain::Bool(true),
        "false" | "False" | "FALSE" => return Plain::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Plain::Float(f64::INFINITY);
        }
        "-.inf" | "-.Inf" | "-.INF" => return Plain::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Plain::Float(f64::NAN),
        _ => {}
    }
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(n) = s.parse::<i64>() {
            return Plain::Int(n);
        }
        if let Ok(n) = s.trim_start_matches('+').parse::<u64>() {
            return Plain::UInt(n);
        }
    }
    if let Some(hex) = s.strip_prefix("0x")
        && let Ok(n) = u64::from_str_radix(hex, 16)
    {
        return Plain::UInt(n);
    }
    if let Some(oct) = s.strip_prefix("0o")
        && let Ok(n) = u64::from_str_radix(oct, 8)
    {
        return Plain::UInt(n);
    }
    // [-+]? ( . digits | digits [ . digits? ] ) ( [eE] [-+]? digits )?
    let looks_float = {
        let (mantissa, exp) = match digits.find(['e', 'E']) {
            Some(i) => (&digits[..i], Some(&digits[i + 1..])),
            None => (digits, None),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let all = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
        !(int.is_empty() && frac.is_empty())
            && all(int)
            && all(frac)
            && exp.is_none_or(|e| {
                let e = e.strip_prefix(['-', '+']).unwrap_or(e);
                !e.is_empty() && all(e)
            })
    };
    if looks_float && let Ok(f) = s.parse::<f64>() {
        return Plain::Float(f);
    }
    Plain::Str(s)
}

/// Deserializes `T` from the document's root.
pub fn from_tree<'de, T: de::Deserialize<'de>>(tree: &'de PosIndex) -> Result<T, Error> {
    let Some(root) = tree.nodes.first() else {
        return Err(Error {
            message: "EOF while parsing a value".to_owned(),
            pos: None,
        });
    };
    // Alias expansion is bounded like serde_yaml's: at most 100 times the nodes written.
    let budget = Cell::new(tree.nodes.len().saturating_mul(100).max(1000));
    T::deserialize(De {
        tree,
        node: root,
        depth: 0,
        budget: &budget,
    })
}

#[derive(Clone, Copy)]
struct De<'de, 'b> {
    tree: &'de PosIndex,
    node: &'de Node,
    depth: usize,
    budget: &'b Cell<usize>,
}

impl<'de, 'b> De<'de, 'b> {
    fn pos(&self) -> Pos {
        self.node.value.pos
    }

    /// Follows aliases, counting every node visited against the budget.
    fn resolved(self) -> Result<Self, Error> {
        let left = self.budget.get();
        if left == 0 {
            return Err(Error {
                message: "repetition limit exceeded".to_owned(),
                pos: None,
            });
        }
        self.budget.set(left - 1);
        if self.depth > MAX_DEPTH {
            return Err(Error {
                message: "recursion limit exceeded".to_owned(),
                pos: Some(self.pos()),
            });
        }
        match &self.node.kids {
            Kids::Alias(id) => {
                let Some(target) = self
                    .tree
                    .anchors
                    .get(id)
                    .and_then(|&i| self.tree.nodes.get(i as usize))
                else {
                    return Err(Error {
                        message: "unknown anchor".to_owned(),
                        pos: Some(self.pos()),
                    });
                };
                De {
                    node: target,
                    depth: self.depth + 1,
                    ..self
                }
                .resolved()
            }
            _ => Ok(self),
        }
    }

    fn child(&self, node: &'de Node) -> Self {
        De {
            node,
            depth: self.depth + 1,
            ..*self
        }
    }

    fn plain(&self) -> bool {
        self.node.value.style == super::index::Style::Plain
    }

    fn unexpected(&self) -> Unexpected<'de> {
        match &self.node.kids {
            Kids::Leaf(s) if self.plain() => match resolve(s) {
                Plain::Null => Unexpected::Unit,
                Plain::Bool(b) => Unexpected::Bool(b),
                Plain::Int(n) => Unexpected::Signed(n),
                Plain::UInt(n) => Unexpected::Unsigned(n),
                Plain::Float(f) => Unexpected::Float(f),
                Plain::Str(s) => Unexpected::Str(s),
            },
            Kids::Leaf(s) => Unexpected::Str(s),
            Kids::Seq(_) => Unexpected::Seq,
            Kids::Map(..) => Unexpected::Map,
            Kids::Alias(_) => Unexpected::Other("alias"),
        }
    }

    fn wrong<V: Visitor<'de>, T>(&self, visitor: &V) -> Result<T, Error> {
        Err(de::Error::invalid_type(self.unexpected(), visitor))
    }
}

struct Seq<'de, 'b> {
    de: De<'de, 'b>,
    items: std::slice::Iter<'de, u32>,
}

impl<'de> de::SeqAccess<'de> for Seq<'de, '_> {
    type Error = Error;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some(&i) = self.items.next() else {
            return Ok(None);
        };
        let Some(node) = self.de.tree.nodes.get(i as usize) else {
            return Ok(None);
        };
        let child = self.de.child(node);
        at(seed.deserialize(child), child.pos()).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Map<'de, 'b> {
    de: De<'de, 'b>,
    entries: std::slice::Iter<'de, (String, u32)>,
    value: Option<&'de Node>,
}

impl<'de> de::MapAccess<'de> for Map<'de, '_> {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some((key, i)) = self.entries.next() else {
            return Ok(None);
        };
        let Some(node) = self.de.tree.nodes.get(*i as usize) else {
            return Ok(None);
        };
        self.value = Some(node);
        let kpos = node.key.unwrap_or(node.value.pos);
        let key = de::value::BorrowedStrDeserializer::<'de, Error>::new(key.as_str());
        at(seed.deserialize(key), kpos).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some(node) = self.value.take() else {
            return Err(de::Error::custom("a value without a key"));
        };
        let child = self.de.child(node);
        at(seed.deserialize(child), child.pos())
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// A scalar as an enum: its text names a unit variant.
struct UnitVariant<'de>(&'de str);

impl<'de> de::EnumAccess<'de> for UnitVariant<'de> {
    type Error = Error;
    type Variant = Self;
    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let name = de::value::BorrowedStrDeserializer::<'de, Error>::new(self.0);
        Ok((seed.deserialize(name)?, self))
    }
}

impl<'de> de::VariantAccess<'de> for UnitVariant<'de> {
    type Error = Error;
    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, Error> {
        Err(de::Error::invalid_type(
            Unexpected::UnitVariant,
            &"a variant with a value",
        ))
    }
    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Error> {
        Err(de::Error::invalid_type(
            Unexpected::UnitVariant,
            &"a tuple variant",
        ))
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Error> {
        Err(de::Error::invalid_type(
            Unexpected::UnitVariant,
            &"a struct variant",
        ))
    }
}

impl<'de> de::Deserializer<'de> for De<'de, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let d = self.resolved()?;
        let r = match &d.node.kids {
            Kids::Leaf(s) if d.plain() => match resolve(s) {
                Plain::Null => visitor.visit_unit(),
                Plain::Bool(b) => visitor.visit_bool(b),
                Plain::Int(n) => visitor.visit_i64(n),
                Plain::UInt(n) => visitor.visit_u64(n),
                Plain::Float(f) => visitor.visit_f64(f),
                Plain::Str(s) => visitor.visit_borrowed_str(s),
            },
            Kids::Leaf(s) => visitor.visit_borrowed_str(s),
            Kids::Seq(items) => visitor.visit_seq(Seq {
                de: d,
                items: items.iter(),
            }),
            Kids::Map(entries, _) => visitor.visit_map(Map {
                de: d,
                entries: entries.iter(),
                value: None,
            }),
            Kids::Alias(_) => d.wrong(&visitor),
        };
        at(r, d.pos())
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let d = self.resolved()?;
        let r = match &d.node.kids {
            Kids::Leaf(s) => visitor.visit_borrowed_str(s),
            _ => d.wrong(&visitor),
        };
        at(r, d.pos())
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let d = self.resolved()?;
        let null =
            matches!(&d.node.kids, Kids::Leaf(s) if d.plain() && matches!(resolve(s), Plain::Null));
        let r = if null {
            visitor.visit_none()
        } else {
            visitor.visit_some(d)
        };
        at(r, d.pos())
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let d = self.resolved()?;
        let r = match &d.node.kids {
            Kids::Seq(items) => visitor.visit_seq(Seq {
                de: d,
                items: items.iter(),
            }),
            _ => d.wrong(&visitor),
        };
        at(r, d.pos())
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let d = self.resolved()?;
        let r = match &d.node.kids {
            Kids::Map(entries, _) => visitor.visit_map(Map {
                de: d,
                entries: entries.iter(),
                value: None,
            }),
            _ => d.wrong(&visitor),
        };
        at(r, d.pos())
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let d = self.resolved()?;
        let r = match &d.node.kids {
            Kids::Leaf(s) => visitor.visit_enum(UnitVariant(s)),
            _ => d.wrong(&visitor),
        };
        at(r, d.pos())
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        // Skipped without walking it, so an alias bomb in an ignored key costs nothing.
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char
        bytes byte_buf unit_struct tuple tuple_struct
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct T {
        a: u32,
        b: Option<String>,
        c: Vec<f64>,
        #[serde(default)]
        d: Option<bool>,
    }

    fn parse<'a, X: de::Deserialize<'a>>(tree: &'a PosIndex) -> Result<X, (String, Option<Pos>)> {
        from_tree(tree).map_err(|e| (e.message, e.pos))
    }

    #[test]
    fn values_and_errors() {
        let ok = super::super::index::parse("a: 1\nb: '2'\nc: [1, 2.5, -3e2, .inf]\nd: ~\n")
            .expect("parses");
        let t: T = parse(&ok).expect("deserializes");
        assert_eq!(t.a, 1);
        assert_eq!(t.b.as_deref(), Some("2"));
        assert_eq!(t.c[..3], [1.0, 2.5, -300.0]);
        assert_eq!(t.d, None);

        let table = [
            (
                "a: x\nc: []\n",
                "invalid type: string \"x\", expected u32",
                Pos { line: 1, col: 4 },
            ),
            (
                "a: 1\nc: [1, true]\n",
                "invalid type: boolean `true`, expected f64",
                Pos { line: 2, col: 8 },
            ),
            (
                "a: 1\nc: []\nz: 3\n",
                "unknown field `z`, expected one of `a`, `b`, `c`, `d`",
                Pos { line: 3, col: 1 },
            ),
            ("a: 1\n", "missing field `c`", Pos { line: 1, col: 1 }),
            (
                "- 1\n",
                "invalid type: sequence, expected struct T",
                Pos { line: 1, col: 1 },
            ),
        ];
        for (text, msg, pos) in table {
            let tree = super::super::index::parse(text).expect("parses");
            assert_eq!(
                parse::<T>(&tree).err(),
                Some((msg.to_owned(), Some(pos))),
                "{text}"
            );
        }
    }

    #[test]
    fn aliases_are_bounded() {
        let mut text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n".to_owned();
        for (prev, name) in ["a", "b", "c", "d", "e", "f", "g", "h"]
            .iter()
            .zip(["b", "c", "d", "e", "f", "g", "h", "i"])
        {
            text.push_str(&format!(
                "{name}: &{name} [{}]\n",
                vec![format!("*{prev}"); 10].join(", ")
            ));
        }
        let tree = super::super::index::parse(&text).expect("parses");
        let got = parse::<std::collections::BTreeMap<String, Vec<serde_json::Value>>>(&tree);
        assert_eq!(
            got.err().map(|e| e.0),
            Some("repetition limit exceeded".to_owned())
        );
        let tree = super::super::index::parse("a: &a [*a]\n").expect("parses");
        assert!(parse::<serde_json::Value>(&tree).is_err());
    }
}
