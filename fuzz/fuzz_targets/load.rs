//! Any text as a questionnaire file: loading reports errors, never panics or hangs;
//! what loads is linted too.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(q) = careerpath::questionnaire::load_str("fuzz.yaml", text) {
        let _ = careerpath::questionnaire::lint(&q);
    }
});
