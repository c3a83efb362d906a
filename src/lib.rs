//! careerpath's engine: questionnaires, the condition language, evaluation,
//! flow, sessions and reports, plus the interfaces built on them.
//!
//! The engine modules never import ratatui or crossterm; `cargo check --lib
//! --no-default-features` proves it.

/// The built-in questionnaire's loaded form, written by build.rs (see `questionnaire::builtin`).
macro_rules! builtin_model {
    () => {
        include_bytes!(concat!(env!("OUT_DIR"), "/builtin.postcard"))
    };
}

/// The texts the built-in model's texts point into (see `questionnaire::text`).
macro_rules! builtin_texts {
    () => {
        include_str!(concat!(env!("OUT_DIR"), "/builtin.texts"))
    };
}

include!("words/diag.rs");

pub mod evaluate;
pub mod expr;
pub mod flow;
mod input;
pub mod lang;
pub mod questionnaire;
pub mod report;
pub mod roadmap;
pub mod sanitize;
pub mod session;
pub mod sitting;
pub mod store;
pub mod testing;
pub mod text;
pub mod watch;
pub mod words;
mod yaml;

pub mod plain;
#[cfg(feature = "tui")]
pub mod tui;
