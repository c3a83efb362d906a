//! The questionnaire: validated model types, loading from YAML, and the linter.
//!
//! A [`Questionnaire`] that exists has been loaded and checked: every reference
//! resolves, every outcome exists, there is a default rule, no derived value
//! depends on itself. Code that holds one never re-validates it.

mod answer;
mod check;
mod diagnostic;
mod graph;
mod lint;
mod load;
mod model;
mod raw;
mod schema;
mod scope;
mod template;
mod text;

pub use crate::lang::pick_lang;
pub use crate::sanitize::escape;
pub use answer::{Answer, AnswerError, Answers};
pub use check::check_answer;
pub(crate) use check::fmt_num;
pub use diagnostic::{Diagnostic, LoadError, Severity, Snippet, did_you_mean, json_safe, to_json};
pub use graph::{GraphKind, graph};
pub use lint::{lint, score_range};
pub use load::{builtin, load_answers, load_answers_str, load_file, load_str};
pub use model::*;
pub use schema::json_schema;
pub use scope::{question_var, scope};
pub use template::{Piece, TemplateError, parse_template};
pub use text::Text;
