//! User-visible strings that may come in several languages.

use serde::{Deserialize, Serialize};

use super::SortedMap;

/// A user-visible string: one text, or one per language (`{en: .., es: ..}`).
///
/// `get` falls back to the questionnaire's default language, then to any
/// translation, so a lookup never fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Plain(String),
    ByLang(SortedMap<String>),
}

/// In JSON and YAML a text is the string or the map itself; a compact binary format (the
/// built-in questionnaire's embedded model) cannot guess, so there it names its variant.
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match (self, s.is_human_readable()) {
            (Text::Plain(t), true) => t.serialize(s),
            (Text::ByLang(m), true) => m.serialize(s),
            (Text::Plain(t), false) => s.serialize_newtype_variant("Text", 0, "Plain", t),
            (Text::ByLang(m), false) => s.serialize_newtype_variant("Text", 1, "ByLang", m),
        }
    }
}

/// A text as a compact binary format holds it (see `Serialize for Text`).
#[derive(Deserialize)]
#[serde(rename = "Text")]
enum Tagged {
    Plain(String),
    ByLang(SortedMap<String>),
}

/// What `untagged` would accept (a string, or a map of strings), read directly: `untagged`
/// first copies every value into serde's generic buffer and then reads it again, which made
/// texts most of the built-in questionnaire's start-up decoding.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if !d.is_human_readable() {
            return Ok(match Tagged::deserialize(d)? {
                Tagged::Plain(t) => Text::Plain(t),
                Tagged::ByLang(m) => Text::ByLang(m),
            });
        }
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Text;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, or a map of language codes to texts")
            }

            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Text, E> {
                Ok(Text::Plain(s.to_owned()))
            }

            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Text, E> {
                Ok(Text::Plain(s))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
                super::sorted::MapVisitor(std::marker::PhantomData)
                    .visit_map(map)
                    .map(Text::ByLang)
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl Text {
    pub fn plain(s: impl Into<String>) -> Self {
        Text::Plain(s.into())
    }

    /// The text in `lang`, else in `fallback`, else any text there is.
    pub fn get<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        match self {
            Text::Plain(s) => s,
            Text::ByLang(map) => map
                .get(lang)
                .or_else(|| map.get(fallback))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }

    /// Languages this text has explicitly (empty for a plain string).
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        let keys = match self {
            Text::Plain(_) => None,
            Text::ByLang(map) => Some(map.keys()),
        };
        keys.into_iter().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_untagged_would() {
        let plain: Text = serde_json::from_str(r#""hi""#).unwrap();
        assert_eq!(plain, Text::plain("hi"));
        let by_lang: Text = serde_json::from_str(r#"{"en":"hi","es":"hola"}"#).unwrap();
        assert_eq!(by_lang.get("es", "en"), "hola");
        assert_eq!(
            serde_json::to_string(&by_lang).unwrap(),
            r#"{"en":"hi","es":"hola"}"#
        );
        assert!(serde_json::from_str::<Text>("3").is_err());
        assert!(serde_json::from_str::<Text>(r#"{"en":3}"#).is_err());
    }
}
