//! The one place that names serde_yaml: bounded parsing with positions, and writing.
//!
//! STUB: being written by the loader.

// Plain reading and writing for the session store (src/store*): no positions needed there,
// only a one-line reason when a file is damaged. Added by the sessions helper; distinct names so
// they do not collide with the loader's `from_str`/`to_string`.

/// Serializes a value as YAML.
pub(crate) fn store_to_string<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

/// Deserializes YAML; the error is one line, with the position when serde_yaml knows it.
pub(crate) fn store_from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_yaml::from_str(text).map_err(|e| e.to_string().split_whitespace().collect::<Vec<_>>().join(" "))
}
