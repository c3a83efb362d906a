//! The built-in questionnaire: `questions/career.yaml`, checked when careerpath is built and
//! embedded in its loaded form, so a start reads it in microseconds instead of parsing YAML.
//!
//! `build.rs` runs the real loader (these very modules) on the YAML: a questionnaire with an
//! error fails the build with the loader's messages. It then writes the loaded model in
//! postcard, a compact binary form with no text to parse, checks that it reads back to the
//! same model, and this module deserializes it.

use super::{LoadError, Questionnaire};

/// The YAML it was built from, named `<built-in>` in messages.
pub const SOURCE: &str = include_str!("../../questions/career.yaml");

/// The built-in questionnaire, loaded.
pub fn builtin() -> Result<Questionnaire, LoadError> {
    match postcard::from_bytes(builtin_model!()) {
        Ok(q) => Ok(q),
        // build.rs has read this very text back; should that ever fail here, the YAML
        // still loads, only slower.
        Err(_) => super::load_str("<built-in>", SOURCE),
    }
}

#[cfg(test)]
mod tests {
    /// The fallback to YAML is for a build gone wrong, not the way a start goes.
    #[test]
    fn the_embedded_model_reads_without_the_yaml() {
        let decoded = postcard::from_bytes::<super::Questionnaire>(builtin_model!());
        assert!(decoded.is_ok(), "{:?}", decoded.err());
    }
}
