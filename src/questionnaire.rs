//! The questionnaire: validated model types, loading from YAML, and the linter.
//!
//! A [`Questionnaire`] that exists has been loaded and checked: every reference
//! resolves, every outcome exists, there is a default rule, no derived value
//! depends on itself. Code that holds one never re-validates it.

mod answer;
mod lang;
mod model;
mod text;

pub use answer::{Answer, AnswerError, Answers};
pub use lang::pick_lang;
pub use model::*;
pub use text::Text;
