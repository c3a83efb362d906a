//! Any text as a test file for the built-in questionnaire: parsed, checked and, when it
//! checks, run; errors are reported, never a panic or a hang.

#![no_main]

use std::sync::LazyLock;

use careerpath::questionnaire::{Questionnaire, builtin};
use careerpath::testing::{TestFile, run};
use libfuzzer_sys::fuzz_target;

static Q: LazyLock<Questionnaire> =
    LazyLock::new(|| builtin().expect("the built-in questionnaire loads"));

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(file) = TestFile::parse("fuzz.tests.yaml", text) else {
        return;
    };
    if let Ok(suite) = file.check(&Q) {
        let _ = run(&Q, &suite);
    }
});
