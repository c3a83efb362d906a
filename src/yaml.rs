//! The one place that names serde_yaml: bounded reading, parsing with clear
//! positioned errors, a position index for values that parsed fine, and writing.

mod de;
mod index;
mod message;

use std::io::Read as _;
use std::path::Path;

use serde::Serialize;
use serde::de::{Deserialize as _, DeserializeOwned};

use crate::questionnaire::{Diagnostic, LoadError, Pos};

pub use index::PosIndex;

/// Input files larger than this are refused (4 MiB).
pub const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// Reads a whole input file, refusing anything that is not a regular file of
/// at most [`MAX_BYTES`] of UTF-8. A leading BOM is dropped.
pub fn read_capped(path: &Path) -> Result<String, LoadError> {
    // stat before open: opening a FIFO would block, and a device may never end.
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(LoadError::Missing {
                path: path.to_owned(),
            });
        }
        Err(e) => {
            return Err(LoadError::Io {
                path: path.to_owned(),
                source: e,
            });
        }
    };
    if meta.is_dir() {
        return Err(unreadable(path, "is a directory, expected a YAML file"));
    }
    if !meta.is_file() {
        return Err(unreadable(
            path,
            "is not a regular file (a device, FIFO or socket)",
        ));
    }
    let name = path.display().to_string();
    if meta.len() > MAX_BYTES {
        return Err(too_large(&name));
    }
    let file = std::fs::File::open(path).map_err(|e| LoadError::Io {
        path: path.to_owned(),
        source: e,
    })?;
    let mut bytes = Vec::new();
    // The file may have grown since the stat: never read more than the cap + 1.
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::Io {
            path: path.to_owned(),
            source: e,
        })?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(&name));
    }
    decode(&name, bytes)
}

fn unreadable(path: &Path, reason: &str) -> LoadError {
    LoadError::Unreadable {
        path: path.to_owned(),
        reason: reason.to_owned(),
    }
}

fn too_large(name: &str) -> LoadError {
    LoadError::Invalid(vec![Diagnostic::error(
        name,
        Pos::default(),
        "too-large",
        format!("the file is larger than {} MiB", MAX_BYTES / (1024 * 1024)),
    )])
}

/// Bytes to text: UTF-8 only, with the position of the first bad byte; a BOM is dropped.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(e) => {
            let bytes = e.as_bytes();
            let good = e.utf8_error().valid_up_to();
            let before = String::from_utf8_lossy(&bytes[..good]);
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let pos = Pos {
                line: to_u32(line),
                col: to_u32(col),
            };
            let byte = bytes.get(good).copied().unwrap_or(0);
            Err(LoadError::Invalid(vec![
                Diagnostic::error(
                    name,
                    pos,
                    "not-utf8",
                    format!("not valid UTF-8 at line {line} col {col} (byte 0x{byte:02x})"),
                )
                .with_help("save the file as UTF-8"),
            ]))
        }
    }
}

fn strip_bom(text: &str) -> Option<&str> {
    text.strip_prefix('\u{feff}')
}

/// Parses `text` into `T`. On failure, one diagnostic with the position and a
/// cleaned-up message (with a did-you-mean for unknown keys).
pub fn from_str<T: DeserializeOwned>(name: &str, text: &str) -> Result<T, Box<Diagnostic>> {
    let text = strip_bom(text).unwrap_or(text);
    if is_blank(text) {
        return Err(Box::new(message::empty(name)));
    }
    let diagnose = |e: serde_yaml::Error| {
        let pos = e
            .location()
            .map(|l| Pos {
                line: to_u32(l.line()),
                col: to_u32(l.column()),
            })
            .unwrap_or_default();
        message::diagnose(name, text, pos, &e.to_string())
    };
    // Deserializing applies serde_yaml's depth and alias limits. Only when it
    // fails is the whole document walked once more, so a syntax error, nesting
    // that is too deep or an alias bomb anywhere is reported before a type
    // mismatch that happened to come first.
    serde_yaml::from_str(text).map_err(|e| match serde_yaml::from_str::<Probe>(text) {
        Err(first) => Box::new(diagnose(first)),
        Ok(Probe) => Box::new(diagnose(e)),
    })
}

/// Parses `text` once into `T` and the position index of its nodes (for the
/// questionnaire and answers files). Errors carry the exact node's position.
pub fn load<T: DeserializeOwned>(name: &str, text: &str) -> Result<(T, PosIndex), Box<Diagnostic>> {
    let text = strip_bom(text).unwrap_or(text);
    if is_blank(text) {
        return Err(Box::new(message::empty(name)));
    }
    let tree = index::parse(text).map_err(|e| {
        if e.code == "yaml-syntax" {
            message::syntax(name, text, e.pos, &e.message)
        } else {
            let help = (e.code == "duplicate-key")
                .then(|| "each key may appear once in a mapping".to_owned());
            Diagnostic::error(name, e.pos, e.code, e.message)
                .with_snippet(text, e.len)
                .with_help_opt(help)
        }
    })?;
    let value = de::from_tree::<T>(&tree)
        .map_err(|e| message::diagnose(name, text, e.pos.unwrap_or_default(), &e.message))?;
    Ok((value, tree))
}

fn is_blank(text: &str) -> bool {
    text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    })
}

/// Visits every node, following aliases, allocating nothing: serde_yaml's
/// depth and alias-repetition limits apply to it (`IgnoredAny` skips both).
struct Probe;

impl<'de> serde::Deserialize<'de> for Probe {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ProbeVisitor)
    }
}

struct ProbeVisitor;

impl<'de> serde::de::Visitor<'de> for ProbeVisitor {
    type Value = Probe;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Probe, E> {
        Ok(Probe)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Probe, E> {
        Ok(Probe)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Probe, E> {
        Ok(Probe)
    }
    fn visit_i128<E>(self, _: i128) -> Result<Probe, E> {
        Ok(Probe)
    }
    fn visit_u128<E>(self, _: u128) -> Result<Probe, E> {
        Ok(Probe)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Probe, E> {
        Ok(Probe)
    }
    fn visit_str<E>(self, _: &str) -> Result<Probe, E> {
        Ok(Probe)
    }
    fn visit_unit<E>(self) -> Result<Probe, E> {
        Ok(Probe)
    }
    fn visit_none<E>(self) -> Result<Probe, E> {
        Ok(Probe)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Probe, D::Error> {
        Probe::deserialize(d)
    }
    fn visit_newtype_struct<D: serde::Deserializer<'de>>(self, d: D) -> Result<Probe, D::Error> {
        Probe::deserialize(d)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Probe, A::Error> {
        while seq.next_element::<Probe>()?.is_some() {}
        Ok(Probe)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Probe, A::Error> {
        while map.next_key::<Probe>()?.is_some() {
            map.next_value::<Probe>()?;
        }
        Ok(Probe)
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<Probe, A::Error> {
        use serde::de::VariantAccess as _;
        let (Probe, variant) = data.variant::<Probe>()?;
        variant.newtype_variant::<Probe>()
    }
}

/// Why a value could not be written as YAML.
#[derive(Debug, thiserror::Error)]
#[error("cannot write YAML: {0}")]
pub struct WriteError(String);

pub fn to_string<T: Serialize>(value: &T) -> Result<String, WriteError> {
    serde_yaml::to_string(value).map_err(|e| WriteError(e.to_string()))
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

// Plain reading and writing for the session store (src/store*): no positions needed there,
// only a one-line reason when a file is damaged. Added by the sessions helper.

/// Serializes a value as YAML.
#[allow(dead_code)]
pub(crate) fn store_to_string<T: Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

/// Deserializes YAML; the error is one line, with the position when serde_yaml knows it.
#[allow(dead_code)]
pub(crate) fn store_from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_yaml::from_str(text).map_err(|e| {
        e.to_string()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    })
}
