//! User-visible strings that may come in several languages.
//!
//! In the built-in questionnaire's compiled form (postcard, see `builtin.rs`) a text's
//! words are not written inline: they are a place in one table of all its texts, which the
//! binary holds as a `&'static str` checked when careerpath was built. A start then borrows
//! every text from it instead of checking and copying each one into the heap.

use foldhash::HashMap;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::fmt;

use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Serialize};

use super::SortedMap;

/// A user-visible string: one text, or one per language (`{en: .., es: ..}`).
///
/// `get` falls back to the questionnaire's default language, then to any
/// translation, so a lookup never fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Plain(Str),
    ByLang(SortedMap<Str>),
}

/// The words of a text: borrowed from the built-in table, or owned (a file's texts).
#[derive(Clone, PartialEq, Eq)]
pub struct Str(Cow<'static, str>);

impl Str {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Str {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl From<String> for Str {
    fn from(s: String) -> Self {
        Str(Cow::Owned(s))
    }
}

impl From<&str> for Str {
    fn from(s: &str) -> Self {
        Str(Cow::Owned(s.to_owned()))
    }
}

/// A table being written: the texts so far, and where each one already is.
type Writing = (String, HashMap<String, (u32, u32)>);

thread_local! {
    /// While a compiled form is written: its table.
    static WRITING: RefCell<Option<Writing>> = const { RefCell::new(None) };
    /// While one is read: the table its texts are in.
    static READING: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Runs `write` (which serializes into a compact binary form) with every text it writes
/// put in one table instead, each text once; returns what `write` made and the table.
pub fn with_table_written<T>(write: impl FnOnce() -> T) -> (T, String) {
    WRITING.with(|w| *w.borrow_mut() = Some(Default::default()));
    let made = write();
    let table = WRITING.with(|w| w.borrow_mut().take()).map(|(t, _)| t);
    (made, table.unwrap_or_default())
}

/// Runs `read` (which deserializes a compact binary form) with its texts borrowed from
/// `table`, the one [`with_table_written`] returned.
pub fn with_table_read<T>(table: &'static str, read: impl FnOnce() -> T) -> T {
    let before = READING.with(|r| r.replace(Some(table)));
    let made = read();
    READING.with(|r| r.set(before));
    made
}

impl Serialize for Str {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            return s.serialize_str(&self.0);
        }
        let place = WRITING.with(|w| {
            let mut w = w.borrow_mut();
            let (table, seen) = w.as_mut()?;
            if let Some(&place) = seen.get(&*self.0) {
                return Some(Ok(place));
            }
            let (Ok(start), Ok(len)) = (u32::try_from(table.len()), u32::try_from(self.0.len()))
            else {
                return Some(Err(S::Error::custom("the text table is over 4 GiB")));
            };
            table.push_str(&self.0);
            seen.insert(self.0.to_string(), (start, len));
            Some(Ok((start, len)))
        });
        match place {
            Some(place) => place?.serialize(s),
            None => Err(S::Error::custom(
                "a text in binary form is written only inside `with_table_written`",
            )),
        }
    }
}

impl<'de> Deserialize<'de> for Str {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            return String::deserialize(d).map(Str::from);
        }
        let (start, len) = <(u32, u32)>::deserialize(d)?;
        let Some(table) = READING.with(Cell::get) else {
            return Err(D::Error::custom(
                "a text in binary form is read only inside `with_table_read`",
            ));
        };
        let (start, len) = (start as usize, len as usize);
        start
            .checked_add(len)
            .and_then(|end| table.get(start..end))
            .map(|t| Str(Cow::Borrowed(t)))
            .ok_or_else(|| D::Error::custom("a text's place is outside the text table"))
    }
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
    Plain(Str),
    ByLang(SortedMap<Str>),
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
                f.write_str(&diag!("diag-expecting-texts"))
            }

            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Text, E> {
                Ok(Text::Plain(s.into()))
            }

            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Text, E> {
                Ok(Text::Plain(s.into()))
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
        Text::Plain(Str::from(s.into()))
    }

    /// The text in `lang`, else in the language it is a form of (`es` for `es-MX`), else in
    /// `fallback`, else any text there is. The keys are canonical (`es`, `pt-BR`; the
    /// loader made them so), and so is `lang` when it is one of the questionnaire's.
    pub fn get<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        match self {
            Text::Plain(s) => s,
            Text::ByLang(map) => std::iter::successors(Some(lang), |l| super::langtag::parent(l))
                .find_map(|l| map.get(l))
                .or_else(|| map.get(fallback))
                .or_else(|| map.values().next())
                .map_or("", Str::as_str),
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
