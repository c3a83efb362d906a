//! Any text as an answers file for the built-in questionnaire: every answer is checked
//! and every error reported, never a panic or a hang.

#![no_main]

use std::sync::LazyLock;

use careerpath::questionnaire::{Questionnaire, builtin, load_answers_str};
use libfuzzer_sys::fuzz_target;

static Q: LazyLock<Questionnaire> =
    LazyLock::new(|| builtin().expect("the built-in questionnaire loads"));

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = load_answers_str(&Q, "fuzz.yaml", text);
});
