//! A question's texts wrapped for one width and language: everything on the question
//! screen that no key changes, computed once and drawn by every frame of that question.

use crate::questionnaire::{Question, QuestionKind};
use crate::words;

use super::super::super::app::App;
use super::super::super::text;
use super::super::Glyphs;
use super::widget;

/// What marks the highlighted choice's help under the list.
pub const BAR: &str = "│ ";

/// Lines of a question's texts, ready to draw at the width they were wrapped for.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    /// The section title, upper-cased.
    pub section: Option<Glyphs>,
    pub prompt: Vec<Glyphs>,
    /// At most four lines.
    pub help: Vec<Glyphs>,
    /// Each choice's help after the bar that marks it ("│ "), wrapped to fit with it, at
    /// most three lines; empty for a choice without help.
    pub choice_help: Vec<Vec<Glyphs>>,
    /// The rows the longest choice help takes.
    pub help_rows: usize,
    /// The list widget's items (the choices, or yes and no) as their wrapped label lines:
    /// the first after the lead ("> (•) 1.") and its last space, which it starts with; the
    /// others indented as far as the lead reaches.
    pub labels: Vec<Vec<Glyphs>>,
    /// Cells of that lead.
    pub indent: usize,
}

impl Prepared {
    pub fn new(app: &App, question: &Question, width: u16) -> Prepared {
        let w = usize::from(width);
        let section = app
            .q
            .sections
            .get(question.section)
            .map(|s| Glyphs::new(text::clean(app.t(&s.title)).to_uppercase()));
        let mut help = question
            .help
            .as_ref()
            .map(|t| text::wrap(app.t(t), w))
            .unwrap_or_default();
        help.truncate(4);
        let glyphs = |lines: Vec<String>| lines.into_iter().map(Glyphs::new).collect::<Vec<_>>();
        let choices = question.kind.choices();
        let choice_help: Vec<Vec<Glyphs>> = choices
            .iter()
            .map(|c| {
                c.help.as_ref().map_or_else(Vec::new, |t| {
                    let mut lines = text::wrap(app.t(t), w.saturating_sub(2));
                    lines.truncate(3);
                    lines
                        .into_iter()
                        .map(|l| Glyphs::new(format!("{BAR}{l}")))
                        .collect()
                })
            })
            .collect();
        let indent = widget::lead_width(&question.kind);
        let label = |s: &str| {
            text::wrap(s, w.saturating_sub(indent).max(1))
                .into_iter()
                .enumerate()
                .map(|(i, l)| match i {
                    0 => Glyphs::new(format!(" {l}")),
                    _ => Glyphs::new(format!("{}{l}", " ".repeat(indent))),
                })
                .collect()
        };
        let labels = match question.kind {
            QuestionKind::Confirm => ["yes_button", "no_button"]
                .iter()
                .map(|id| label(&words::t(&app.lang, id)))
                .collect(),
            _ => choices.iter().map(|c| label(app.t(&c.label))).collect(),
        };
        Prepared {
            section,
            prompt: glyphs(text::wrap(app.t(&question.prompt), w)),
            help: glyphs(help),
            help_rows: choice_help.iter().map(Vec::len).max().unwrap_or(0),
            choice_help,
            labels,
            indent,
        }
    }
}
