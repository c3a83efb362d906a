//! Renders a result as text, Markdown or JSON, for the terminal-free outputs.
//!
//! STUB: being written.

pub mod strings;

use crate::evaluate::{Change, Evaluation};
use crate::questionnaire::{Answers, Questionnaire};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

/// Everything a report shows.
pub struct Report<'a> {
    pub questionnaire: &'a Questionnaire,
    pub answers: &'a Answers,
    pub evaluation: &'a Evaluation,
    pub changes: &'a [Change],
    pub lang: &'a str,
}

pub fn render(report: &Report<'_>, format: Format) -> String {
    let _ = (report, format);
    String::new()
}
