//! The built-in questionnaire: `questions/career.yaml`, checked when careerpath is built and
//! embedded in its loaded form, so a start reads it in microseconds instead of parsing YAML.
//!
//! `build.rs` runs the real loader (these very modules) on the YAML: a questionnaire with an
//! error fails the build with the loader's messages. It then writes the loaded model in
//! postcard, a compact binary form with no text to parse, with its texts in a table of
//! their own that the binary holds as a checked `&'static str`. It checks that the two read
//! back to the same model, and this module deserializes them, borrowing every text.

use super::{LoadError, Questionnaire};

/// The built-in questionnaire, loaded.
///
/// build.rs has read these very bytes back to the same model, so this cannot fail unless the
/// binary itself is damaged; then it says so rather than guess. (The YAML is not kept in the
/// binary as a fallback: it would be 90 KB that a start never reads.)
pub fn builtin() -> Result<Questionnaire, LoadError> {
    let read = || postcard::from_bytes(builtin_model!());
    super::with_table_read(builtin_texts!(), read).map_err(|e| LoadError::Unreadable {
        path: "<built-in>".into(),
        reason: format!(
            "this build's embedded questionnaire does not decode ({e}); reinstall careerpath"
        ),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_model_reads_without_the_yaml() {
        let read = || postcard::from_bytes::<super::Questionnaire>(builtin_model!());
        let decoded = super::super::with_table_read(builtin_texts!(), read);
        assert!(decoded.is_ok(), "{:?}", decoded.err());
        // Its texts are in the table alone.
        let alone = postcard::from_bytes::<super::Questionnaire>(builtin_model!());
        assert!(alone.is_err());
    }
}
