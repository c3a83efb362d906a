//! The questionnaire: validated model types, loading from YAML, and the linter.
//!
//! A [`Questionnaire`] that exists has been loaded and checked: every reference
//! resolves, every outcome exists, there is a default rule, no derived value
//! depends on itself. Code that holds one never re-validates it.

mod answer;
mod builtin;
mod check;
mod diagnostic;
mod graph;
mod kind;
mod langtag;
mod lazy;
mod limits;
mod lint;
mod load;
mod model;
mod points;
mod raw;
mod schema;
mod scope;
mod sizing;
mod sorted;
mod template;
mod text;

pub use crate::lang::pick_lang;
pub use crate::sanitize::escape;
pub use answer::{Answer, AnswerError, Answers};
pub use builtin::{builtin, builtin_lazy};
pub(crate) use check::fmt_num;
pub use check::{Fault, check_answer, on_step};
pub(crate) use diagnostic::sort as sort_diagnostics;
pub use diagnostic::{
    Diagnostic, LoadError, Severity, Snippet, did_you_mean, json_safe, to_json, with_snippets,
};
pub use graph::{GraphKind, graph};
pub use kind::{Pattern, QuestionKind};
pub use lazy::{Head, Lazy};
pub use limits::{MAX_NUMBER, MAX_POINTS};
pub use lint::{lint, outer_range, score_range};
pub use load::{load_answers, load_answers_str, load_file, load_str};
// For test files (src/testing*), which embed answers maps and reuse their checks.
pub(crate) use load::check_answers;
pub use model::*;
pub use points::rank_weight;
pub(crate) use raw::{OrderedMap, RawAnswer};
pub use schema::json_schema;
pub use scope::{question_var, scope};
pub use sizing::{ConfidenceSpec, DEFAULT_HORIZON_WEEKS, PlanSpec, Source};
pub use sorted::SortedMap;
pub use template::{Part, Piece, TemplateError, parse_template};
pub use text::{Str, Text, with_table_read, with_table_written};
