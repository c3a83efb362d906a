//! The raw `decision:` part of a questionnaire: the policy, the rules and their
//! conditions, and the notes.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::{RawText, RawTop};
use crate::yaml::At;

/// `first`, `priority`, `collect` or `top`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Policy")]
pub enum RawPolicy {
    /// The first rule in file order whose condition holds.
    First,
    /// The matching rule with the highest priority; ties go to the earlier rule.
    Priority,
    /// Every matching rule.
    Collect,
    /// A profile: rules as under `first`; when none matches, the dimensions ranked by
    /// score name the outcome (see `top`).
    Top,
}

/// How the outcome is picked.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Decision")]
pub struct RawDecision {
    /// `first`, `priority`, `collect` or `top`.
    pub policy: At<RawPolicy>,
    /// With `policy: top`: how many dimensions, the tie rule and the minimum spread.
    #[serde(default)]
    pub top: Option<At<RawTop>>,
    pub rules: At<Vec<At<RawRule>>>,
    /// Remarks added to a result when their condition holds.
    #[serde(default)]
    pub notes: Vec<RawNote>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Rule")]
pub struct RawRule {
    pub id: At<String>,
    /// Under `priority`, the highest matching priority wins (default 0).
    #[serde(default)]
    pub priority: Option<i64>,
    /// An expression, or a tree of `all` / `any` / `not` over expressions.
    #[serde(default)]
    pub when: Option<At<RawCondition>>,
    /// `true` on exactly one rule, which has no `when`.
    #[serde(default)]
    pub default: bool,
    /// An outcome id.
    pub outcome: At<String>,
    /// Why, with `{placeholders}`.
    pub because: At<RawText>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Note")]
pub struct RawNote {
    pub id: At<String>,
    pub when: At<RawCondition>,
    /// The remark, with `{placeholders}`.
    pub text: At<RawText>,
}

/// An expression, or `{all: [...]}`, `{any: [...]}`, `{not: ...}`.
#[derive(Debug, Clone, PartialEq)]
pub enum RawCondition {
    Expr(String),
    All(At<Vec<At<RawCondition>>>),
    Any(At<Vec<At<RawCondition>>>),
    Not(Box<At<RawCondition>>),
}

impl<'de> Deserialize<'de> for RawCondition {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawCondition;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&diag!("diag-expecting-condition"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(RawCondition::Expr(v.to_owned()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                Ok(RawCondition::Expr(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                const KEYS: &[&str] = &["all", "any", "not"];
                let Some(key) = map.next_key::<String>()? else {
                    return Err(de::Error::custom(diag!("diag-empty-condition-map")));
                };
                let cond = match key.as_str() {
                    "all" => RawCondition::All(map.next_value()?),
                    "any" => RawCondition::Any(map.next_value()?),
                    "not" => RawCondition::Not(Box::new(map.next_value()?)),
                    _ => return Err(de::Error::unknown_field(&key, KEYS)),
                };
                if let Some(extra) = map.next_key::<String>()? {
                    return Err(de::Error::custom(diag!(
                        "diag-condition-two-keys",
                        key = key,
                        extra = extra
                    )));
                }
                Ok(cond)
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for RawCondition {
    fn schema_name() -> Cow<'static, str> {
        "Condition".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let me = generator.subschema_for::<RawCondition>();
        json_schema!({
            "description": "An expression, or a tree of `all` / `any` / `not` over expressions.",
            "anyOf": [
                { "type": "string" },
                { "type": "boolean" },
                { "type": "object", "properties": { "all": { "type": "array", "items": me } },
                  "required": ["all"], "additionalProperties": false },
                { "type": "object", "properties": { "any": { "type": "array", "items": me } },
                  "required": ["any"], "additionalProperties": false },
                { "type": "object", "properties": { "not": me },
                  "required": ["not"], "additionalProperties": false }
            ]
        })
    }
}
