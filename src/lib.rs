//! careerpath's engine: questionnaires, the condition language, evaluation,
//! flow, sessions and reports, plus the interfaces built on them.
//!
//! The engine modules never import ratatui or crossterm; `cargo check --lib
//! --no-default-features` proves it.

pub mod evaluate;
pub mod expr;
pub mod flow;
pub mod lang;
pub mod questionnaire;
pub mod report;
pub mod sanitize;
pub mod session;
pub mod store;
mod yaml;

pub mod plain;
#[cfg(feature = "tui")]
pub mod tui;
