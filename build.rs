//! Checks the built-in questionnaire (`questions/career.yaml`) with careerpath's own loader
//! and embeds its loaded form: a build with an invalid questionnaire fails, and a start
//! deserializes the model instead of parsing YAML (see `src/questionnaire/builtin.rs`).

// The engine modules are compiled here as they are in the library; this script uses only
// the loader, so much of them is unused in this crate.
#![allow(dead_code, unused_imports, unused_macros)]

use std::path::PathBuf;

/// Stands in for the library's macro of the same name: the model is what this script makes.
macro_rules! builtin_model {
    () => {
        "{}"
    };
}

#[path = "src"]
mod engine {
    pub mod expr;
    pub mod lang;
    pub mod questionnaire;
    pub mod sanitize;
    pub mod yaml;
}

pub use engine::{expr, lang, questionnaire, sanitize, yaml};

/// The message ids a questionnaire's `words:` are checked against; only this part of
/// `src/words` (no Fluent bundles) is needed to load.
#[path = "src/words/ids.rs"]
mod words;

/// The loader's answers-file half (`questionnaire::load_answers`) walks the flow; this script
/// loads no answers file, and compiling the real flow would pull in the reports' words.
mod flow {
    use crate::questionnaire::{Answer, Answers, Questionnaire};

    pub fn visible(_: &Questionnaire, _: &Answers) -> Vec<usize> {
        panic!("build.rs loads no answers file")
    }

    pub fn check_constraint(
        _: &Questionnaire,
        _: usize,
        _: &Answers,
        _: &Answer,
        _: &str,
    ) -> Result<(), String> {
        panic!("build.rs loads no answers file")
    }
}

const SOURCE: &str = "questions/career.yaml";

fn main() {
    for path in [
        SOURCE,
        "src/questionnaire.rs",
        "src/questionnaire",
        "src/expr.rs",
        "src/expr",
        "src/yaml.rs",
        "src/yaml",
        "src/lang.rs",
        "src/sanitize.rs",
        "src/words/ids.rs",
        "i18n/en.ftl",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let text = std::fs::read_to_string(SOURCE)
        .unwrap_or_else(|e| fail(&format!("cannot read {SOURCE}: {e}")));
    let q = questionnaire::load_str("<built-in>", &text).unwrap_or_else(|e| {
        fail(&format!(
            "the built-in questionnaire {SOURCE} does not load:\n{e}"
        ))
    });
    let json = serde_json::to_string(&q)
        .unwrap_or_else(|e| fail(&format!("cannot serialize {SOURCE}: {e}")));
    // What a start will read must be the model the loader made, to the last field.
    let back: questionnaire::Questionnaire = serde_json::from_str(&json)
        .unwrap_or_else(|e| fail(&format!("{SOURCE}'s compiled form does not read back: {e}")));
    if serde_json::to_string(&back).ok().as_deref() != Some(json.as_str()) {
        fail(&format!("{SOURCE}'s compiled form reads back different"));
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("builtin.json");
    std::fs::write(&out, json)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
