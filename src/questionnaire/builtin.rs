//! The built-in questionnaire: `questions/career.yaml`, checked when careerpath is built and
//! embedded in its loaded form, so a start reads it in microseconds instead of parsing YAML.
//!
//! `build.rs` runs the real loader (these very modules) on the YAML: a questionnaire with an
//! error fails the build with the loader's messages. It then writes the loaded model in
//! postcard, a compact binary form with no text to parse, with its texts in a table of
//! their own that the binary holds as a checked `&'static str`. It checks that the two read
//! back to the same model, and this module deserializes them, borrowing every text.

use super::lazy::{Head, Lazy};
use super::{LoadError, Questionnaire};

/// The built-in questionnaire, loaded.
///
/// build.rs has read these very bytes back to the same model, so this cannot fail unless the
/// binary itself is damaged; then it says so rather than guess. (The YAML is not kept in the
/// binary as a fallback: it would be 90 KB that a start never reads.)
pub fn builtin() -> Result<Questionnaire, LoadError> {
    let (_, model) = head()?;
    decode(model)
}

/// The built-in questionnaire with its model decoded at the first read: the [`Head`] is
/// decoded now (a few microseconds), which is all the first frame needs.
pub fn builtin_lazy() -> Result<Lazy, LoadError> {
    let (head, model) = head()?;
    // build.rs read these very bytes back to the same model: decoding them later fails only
    // if the binary was damaged after it was built, when none of its code can be trusted.
    Ok(Lazy::new(head, move || {
        decode(model).unwrap_or_else(|e| panic!("{e}"))
    }))
}

/// The embedded head, and the model's bytes after it.
fn head() -> Result<(Head, &'static [u8]), LoadError> {
    let read = || postcard::take_from_bytes::<Head>(builtin_model!());
    super::with_table_read(builtin_texts!(), read).map_err(damaged)
}

fn decode(model: &'static [u8]) -> Result<Questionnaire, LoadError> {
    super::with_table_read(builtin_texts!(), || postcard::from_bytes(model)).map_err(damaged)
}

fn damaged(e: postcard::Error) -> LoadError {
    LoadError::Unreadable {
        path: "<built-in>".into(),
        reason: diag!("diag-builtin-damaged", why = e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_model_reads_without_the_yaml() {
        let (head, model) = super::head().unwrap_or_else(|e| panic!("{e}"));
        let decoded = super::decode(model).unwrap_or_else(|e| panic!("{e}"));
        // The head is the model's own.
        let same = serde_json::to_string(&super::Head::of(&decoded)).ok();
        assert_eq!(serde_json::to_string(&head).ok(), same);
        // Its texts are in the table alone.
        let alone = postcard::from_bytes::<super::Questionnaire>(model);
        assert!(alone.is_err());
    }
}
