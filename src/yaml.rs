//! Reading YAML: questionnaire, answers and test files through serde-saphyr with
//! positioned values and errors, sessions through serde_yaml.

mod around;
mod lines;
mod message;

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_saphyr::options::DuplicateKeyPolicy;

use crate::input::MAX_BYTES;
use crate::questionnaire::{Diagnostic, Pos};

pub use lines::Lines;

/// Deepest nesting of collections accepted.
pub const MAX_DEPTH: usize = 128;

/// The limits every questionnaire, answers and test file is read under: nesting,
/// alias expansion ("billion laughs"), and no merge keys; `duplicates` says who rejects a
/// repeated key (see [`load`]), `tags` whether a tag is an error.
fn options(duplicates: DuplicateKeyPolicy, tags: bool) -> serde_saphyr::Options {
    let cap = usize::try_from(MAX_BYTES).unwrap_or(usize::MAX);
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    // A 4 MiB file has fewer events and nodes than bytes; aliases may not multiply them.
    budget.max_events = cap;
    budget.max_nodes = cap;
    budget.max_reader_input_bytes = Some(cap);
    budget.max_documents = 1;
    budget.flow_nesting_limit = MAX_DEPTH;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.alias_limits.max_total_replayed_events = 100_000;
    options.duplicate_keys = duplicates;
    // `<<` is an ordinary key, which no type takes: the error says merge keys are not supported.
    options.merge_keys = serde_saphyr::options::MergeKeyPolicy::AsOrdinary;
    options.strict_booleans = true;
    // No value of the format takes a tag: `when: !complete` is a condition without quotes,
    // not a tagged empty value.
    options.reject_unsupported_tags = tags;
    options.reject_tagged_field_names = tags;
    // `.inf` and `.nan` reach the loader, which says which keys take only finite numbers.
    options.non_finite_float_policy = serde_saphyr::options::NonFiniteFloatPolicy::PassThrough;
    options
}

/// Who rejects a key written twice in one mapping (always an error).
#[derive(Debug, Clone, Copy)]
pub enum Repeats {
    /// The type read: every mapping in it is read by a derived struct that denies unknown
    /// keys or by [`OrderedMap`](crate::questionnaire::OrderedMap), and both reject a repeated
    /// key themselves. serde-saphyr then need not remember every mapping's keys as well,
    /// about 6% of reading a questionnaire. The message comes from the second
    /// reading that a failure gets, which does remember them, and so points at the copy.
    /// A tag is an error.
    Type,
    /// serde-saphyr: the type skips keys it does not know (an answers file, which may be a
    /// whole exported session), and would not see those repeated. Tags pass: a session
    /// file's other keys have them (serde_yaml writes a variant as `!Name`).
    Parser,
}

/// Parses `text` into `T` (questionnaire, answers and test files), whose [`At`] values
/// carry their positions. Errors carry the position of the node they are about.
pub fn load<T: DeserializeOwned>(
    name: &str,
    text: &str,
    repeats: Repeats,
) -> Result<T, Box<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if is_blank(text) {
        return Err(Box::new(message::empty(name)));
    }
    let (policy, tags) = match repeats {
        Repeats::Type => (DuplicateKeyPolicy::PassThrough, true),
        Repeats::Parser => (DuplicateKeyPolicy::Error, false),
    };
    serde_saphyr::from_str_with_options::<T>(text, options(policy, tags)).map_err(|e| {
        let root = std::any::type_name::<T>()
            .rsplit("::")
            .next()
            .unwrap_or_default();
        // A broken document (syntax, limits, a second document) is reported before a
        // value of the wrong type that happened to come first.
        let first = serde_saphyr::from_str_with_options::<serde::de::IgnoredAny>(
            text,
            options(DuplicateKeyPolicy::Error, tags),
        )
        .err()
        .unwrap_or(e);
        Box::new(message::diagnose(name, text, root, &first))
    })
}

/// A value and where it is written (its first character; a block mapping's first key).
#[derive(Debug, Clone, PartialEq)]
pub struct At<T> {
    pub value: T,
    pub pos: Pos,
}

impl<T> std::ops::Deref for At<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: std::fmt::Display> std::fmt::Display for At<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.value.fmt(f)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for At<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = serde_saphyr::Spanned::<T>::deserialize(d)?;
        // Where the value is used: an alias's own place, not its anchor's.
        let at = s.referenced;
        Ok(At {
            value: s.value,
            pos: Pos {
                line: u32::try_from(at.line()).unwrap_or(u32::MAX),
                col: u32::try_from(at.column()).unwrap_or(u32::MAX),
            },
        })
    }
}

/// Written as its value alone (the schema's defaults are written through this).
impl<T: Serialize> Serialize for At<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

/// Editors see the value's own schema: the position is not part of the format.
impl<T: JsonSchema> JsonSchema for At<T> {
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

fn is_blank(text: &str) -> bool {
    text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    })
}

/// Parses a saved session with serde_yaml (the format the store writes); the error
/// keeps serde_yaml's wording without its position marks, and the position apart.
pub fn from_str<T: DeserializeOwned>(name: &str, text: &str) -> Result<T, Box<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if is_blank(text) {
        return Err(Box::new(message::empty(name)));
    }
    serde_yaml::from_str(text).map_err(|e| {
        let pos = e.location().map_or(Pos::default(), |l| Pos {
            line: to_u32(l.line()),
            col: to_u32(l.column()),
        });
        let full = e.to_string();
        let msg = full.split(" at line ").next().unwrap_or(&full);
        Box::new(Diagnostic::error(name, pos, "yaml", msg.to_owned()))
    })
}

/// Why a value could not be written as YAML (serde_yaml's words inside).
#[derive(Debug)]
pub struct WriteError(String);

impl std::error::Error for WriteError {}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&diag!("diag-yaml-write", why = self.0.as_str()))
    }
}

pub fn to_string<T: Serialize>(value: &T) -> Result<String, WriteError> {
    serde_yaml::to_string(value).map_err(|e| WriteError(e.to_string()))
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
