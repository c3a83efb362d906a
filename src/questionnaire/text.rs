//! User-visible strings that may come in several languages.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A user-visible string: one text, or one per language (`{en: .., es: ..}`).
///
/// `get` falls back to the questionnaire's default language, then to any
/// translation, so a lookup never fails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum Text {
    Plain(String),
    ByLang(BTreeMap<String, String>),
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
            Text::ByLang(map) => Some(map.keys().map(String::as_str)),
        };
        keys.into_iter().flatten()
    }
}
