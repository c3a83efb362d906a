//! Raw types for what a result shows and how `policy: top` ranks: `explain`, derived
//! values shown with the scores, the `top` block and its tie rule.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::RawText;
use crate::yaml::At;

/// What the result explains.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Explain")]
pub struct RawExplain {
    /// `false`: no "what would change it" (say, for a survey whose answers are not a choice).
    #[serde(default = "yes")]
    pub changes: bool,
}

fn yes() -> bool {
    true
}

/// A derived value: an expression, or one shown with the scores.
#[derive(Debug, Clone, PartialEq)]
pub enum RawDerived {
    Expr(String),
    Shown(RawShown),
}

/// A derived value shown with the scores, as a bar from `min` to `max`.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ShownDerived")]
pub struct RawShown {
    /// The expression (a number).
    pub expr: At<String>,
    /// Its name as shown, e.g. "Wellbeing (percent)".
    pub label: RawText,
    /// The lowest value it can take.
    pub min: f64,
    /// The highest value it can take.
    pub max: At<f64>,
}

impl RawDerived {
    pub fn source(&self) -> &str {
        match self {
            RawDerived::Expr(s) => s,
            RawDerived::Shown(s) => &s.expr.value,
        }
    }
}

impl<'de> Deserialize<'de> for RawDerived {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawDerived;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&diag!("diag-expecting-derived"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(RawDerived::Expr(v.to_owned()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(RawDerived::Expr(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(RawDerived::Expr(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(RawDerived::Expr(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                Ok(RawDerived::Expr(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                RawShown::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(RawDerived::Shown)
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for RawDerived {
    fn schema_name() -> Cow<'static, str> {
        "Derived".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let shown = generator.subschema_for::<RawShown>();
        json_schema!({
            "description": "An expression, or `{expr, label, min, max}` to show the value with the scores.",
            "anyOf": [ { "type": "string" }, shown ]
        })
    }
}

/// How `policy: top` ranks the dimensions.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Top")]
pub struct RawTop {
    /// How many dimensions the profile names (default 1); `3` gives a code like `IAS`.
    #[serde(default)]
    pub count: Option<At<u32>>,
    /// `order`: equal scores rank in file order; `all`: every dimension tied with the
    /// last place is kept.
    pub ties: RawTies,
    /// The highest score minus the lowest must be at least this for a clear lead;
    /// below it (and when every score is equal) the default rule applies.
    #[serde(default)]
    pub min_spread: Option<At<f64>>,
    /// Why, per dimension in the profile, with `{placeholders}`, also `{dimension}` (its
    /// label) and `{profile}` (the code).
    pub because: At<RawText>,
}

/// How `policy: top` settles equal scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Ties")]
pub enum RawTies {
    /// The dimension written first ranks higher.
    Order,
    /// Every dimension tied with the last place is kept.
    All,
}
