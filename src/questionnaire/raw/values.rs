//! The raw value shapes every part of the YAML uses: maps in file order with positions,
//! texts in one or several languages, and answers.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::questionnaire::{Pos, Text};
use crate::yaml::At;

/// A YAML mapping that keeps its keys in file order, with where each key and value is
/// written, and rejects repeated keys.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderedMap<T>(pub Vec<Entry<T>>);

#[derive(Debug, Clone, PartialEq)]
pub struct Entry<T> {
    pub key: String,
    pub key_pos: Pos,
    pub value: T,
    pub pos: Pos,
}

impl<T> Default for OrderedMap<T> {
    fn default() -> Self {
        OrderedMap(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OrderedMap<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = OrderedMap<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&diag!("diag-a-mapping"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out: Vec<Entry<T>> = Vec::new();
                // Most maps are small (scores, languages): a scan beats hashing; an answers
                // file's map may be large.
                let mut seen: foldhash::HashSet<String> = Default::default();
                while let Some(key) = map.next_key::<At<String>>()? {
                    let repeated = if out.len() < 16 {
                        out.iter().any(|e| e.key == key.value)
                    } else {
                        if seen.is_empty() {
                            seen.extend(out.iter().map(|e| e.key.clone()));
                        }
                        !seen.insert(key.value.clone())
                    };
                    if repeated {
                        return Err(de::Error::custom(format_args!(
                            "duplicate key `{}`",
                            key.value
                        )));
                    }
                    let value = map.next_value::<At<T>>()?;
                    out.push(Entry {
                        key: key.value,
                        key_pos: key.pos,
                        value: value.value,
                        pos: value.pos,
                    });
                }
                Ok(OrderedMap(out))
            }
        }
        d.deserialize_map(V(PhantomData))
    }
}

/// An answers file's `answers`: a map of question id to answer, or the list a JSON report
/// writes (`[{question, answer, ...}]`), so `sessions export --format json` reads back.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawAnswers(pub OrderedMap<Option<RawAnswer>>);

impl<'de> Deserialize<'de> for RawAnswers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// One answer as a report lists it; its other keys (prompt, label) are ignored.
        #[derive(Deserialize)]
        struct Listed {
            question: At<String>,
            answer: At<Option<RawAnswer>>,
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawAnswers;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&diag!("diag-a-mapping"))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                OrderedMap::deserialize(de::value::MapAccessDeserializer::new(map)).map(RawAnswers)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out: Vec<Entry<Option<RawAnswer>>> = Vec::new();
                while let Some(l) = seq.next_element::<Listed>()? {
                    if out.iter().any(|e| e.key == l.question.value) {
                        return Err(de::Error::custom(format_args!(
                            "duplicate key `{}`",
                            l.question.value
                        )));
                    }
                    out.push(Entry {
                        key: l.question.value,
                        key_pos: l.question.pos,
                        value: l.answer.value,
                        pos: l.answer.pos,
                    });
                }
                Ok(RawAnswers(OrderedMap(out)))
            }
        }
        d.deserialize_any(V)
    }
}

impl<T: JsonSchema> JsonSchema for OrderedMap<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("Map_of_{}", T::schema_name()).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let value = generator.subschema_for::<T>();
        json_schema!({ "type": "object", "additionalProperties": value })
    }
}

/// User-visible text: a string, or a map of language code to string.
// By hand rather than `Text`'s `untagged`, whose errors lose their position.
#[derive(Debug, Clone, PartialEq)]
pub struct RawText {
    /// Its languages in canonical form (`ES` is `es`); a key that is no language is kept
    /// as written, and [`with_texts_seen`] reports it.
    pub text: Text,
    /// Where each language's string is written, for a map of languages.
    pub langs: Vec<(String, Pos)>,
}

/// One map of languages as written: each key as written, where it is, and the language it
/// names (`None`: no language tag).
#[derive(Debug, Clone)]
pub struct SeenText {
    pub keys: Vec<(At<String>, Option<String>)>,
    /// Keys that name a language given already in another case (`ES` after `es`): the
    /// loader reports them where they are; the text keeps the first.
    pub again: Vec<(At<String>, String)>,
}

thread_local! {
    /// While [`with_texts_seen`] runs: every map of languages read so far.
    static SEEN: std::cell::RefCell<Option<Vec<SeenText>>> = const { std::cell::RefCell::new(None) };
}

/// Runs `read` (which deserializes a questionnaire) and returns with what it made every
/// text it read that is a map of languages, once each (an alias read twice is one text),
/// in file order: what the loader checks the language keys and missing translations on.
pub fn with_texts_seen<T>(read: impl FnOnce() -> T) -> (T, Vec<SeenText>) {
    let before = SEEN.with(|s| s.replace(Some(Vec::new())));
    let made = read();
    let mut seen = SEEN.with(|s| s.replace(before)).unwrap_or_default();
    seen.sort_by_key(|t| t.keys.first().map(|(k, _)| k.pos));
    seen.dedup_by_key(|t| t.keys.first().map(|(k, _)| k.pos));
    (made, seen)
}

impl RawText {
    fn plain(s: String) -> RawText {
        RawText {
            text: Text::Plain(s.into()),
            langs: Vec::new(),
        }
    }
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&diag!("diag-expecting-text"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(RawText::plain(v.to_owned()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(RawText::plain(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(RawText::plain(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(RawText::plain(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = std::collections::BTreeMap::new();
                let mut langs = Vec::new();
                let (mut keys, mut again) = (Vec::new(), Vec::new());
                while let Some(key) = map.next_key::<At<String>>()? {
                    let text: At<String> = map.next_value()?;
                    if keys
                        .iter()
                        .any(|(k, _): &(At<String>, _)| k.value == key.value)
                    {
                        return Err(de::Error::custom(format_args!(
                            "duplicate key `{}`",
                            key.value
                        )));
                    }
                    // Tags are case-insensitive: `ES` is the one language `es` is.
                    let tag = super::super::langtag::canonical(&key).ok();
                    let lang = tag.clone().unwrap_or_else(|| key.value.clone());
                    if out.contains_key(&lang) {
                        again.push((key, lang));
                        continue;
                    }
                    out.insert(lang.clone(), text.value);
                    langs.push((lang, text.pos));
                    keys.push((key, tag));
                }
                SEEN.with(|s| {
                    if let Some(seen) = s.borrow_mut().as_mut() {
                        seen.push(SeenText { keys, again });
                    }
                });
                if out.is_empty() {
                    // A signal, not the message: `yaml::message` words it.
                    return Err(de::Error::custom(
                        "empty text: expected a string, or a map of language code to string",
                    ));
                }
                Ok(RawText {
                    text: Text::ByLang(out.into_iter().map(|(l, t)| (l, t.into())).collect()),
                    langs,
                })
            }
        }
        d.deserialize_any(V)
    }
}

impl RawText {
    pub fn text(&self) -> Text {
        self.text.clone()
    }

    /// Where the string of language `lang` is written (`""`: the text is one string).
    pub fn lang_pos(&self, lang: &str) -> Option<Pos> {
        self.langs.iter().find(|(l, _)| l == lang).map(|(_, p)| *p)
    }
}

/// An optional raw text as a model text.
pub fn opt_text(t: &Option<RawText>) -> Option<Text> {
    t.as_ref().map(RawText::text)
}

impl JsonSchema for RawText {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Text shown to the user: a string, or a map of language code to string (`{en: Hours a week?, es: ¿Horas por semana?}`).",
            "anyOf": [
                { "type": "string" },
                { "type": "object", "additionalProperties": { "type": "string" }, "minProperties": 1 }
            ]
        })
    }
}

/// An answer as written in YAML: a boolean, a number, a string or a list of strings.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "Answer")]
pub enum RawAnswer {
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<String>),
}

// By hand rather than `untagged`, so a wrong shape gets a message with a position.
impl<'de> Deserialize<'de> for RawAnswer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawAnswer;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&diag!("diag-expecting-answer"))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                Ok(RawAnswer::Bool(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(RawAnswer::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(RawAnswer::Number(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                // `1e400` reads as infinity: said as what was written, not as `.inf`.
                if !v.is_finite() {
                    return Err(E::custom(diag!("diag-not-finite")));
                }
                Ok(RawAnswer::Number(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(RawAnswer::Text(v.to_owned()))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<String>()? {
                    items.push(item);
                }
                Ok(RawAnswer::List(items))
            }
        }
        d.deserialize_any(V)
    }
}
