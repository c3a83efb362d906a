//! Renders a result as text, Markdown or JSON, for the terminal-free outputs (the CLI,
//! plain mode, exports). Questionnaire and user text never reaches the output with its
//! control characters.

mod json;
mod markdown;
pub mod sizing;
pub mod strings;
mod text;

use crate::evaluate::{Change, Evaluation};
use crate::flow;
use crate::questionnaire::{Answers, Outcome, Questionnaire, Text};

pub use strings::ui;

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
    /// The day a sized plan starts from (the session's date), for "by about April".
    pub plan_from: jiff::civil::Date,
}

pub fn render(report: &Report<'_>, format: Format) -> String {
    match format {
        Format::Text => text::render(report),
        Format::Markdown => markdown::render(report),
        Format::Json => json::render(report),
    }
}

/// Removes control characters (C0, DEL, C1) and bidirectional overrides, which could move
/// the cursor, recolour or reorder a terminal; tabs become spaces, and newlines stay only
/// when `multiline`.
pub fn sanitize(s: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' if multiline => out.push('\n'),
            '\n' | '\t' | '\r' if !multiline || c == '\t' => out.push(' '),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

impl Report<'_> {
    fn t<'s>(&'s self, text: &'s Text) -> &'s str {
        text.get(self.lang, &self.questionnaire.default_lang)
    }

    fn outcomes(&self) -> Vec<&Outcome> {
        self.evaluation
            .outcomes
            .iter()
            .filter_map(|id| self.questionnaire.outcome(id))
            .collect()
    }

    fn outcome_title(&self, id: &str) -> String {
        self.questionnaire
            .outcome(id)
            .map_or_else(|| id.to_owned(), |o| self.t(&o.title).to_owned())
    }

    fn outcome_titles(&self, ids: &[String]) -> String {
        let titles: Vec<String> = ids.iter().map(|id| self.outcome_title(id)).collect();
        flow::join_list(&titles, self.lang)
    }

    fn dimension_label(&self, id: &str) -> String {
        let dims = &self.questionnaire.dimensions;
        dims.iter()
            .find(|d| d.id == id)
            .map_or_else(|| id.to_owned(), |d| self.t(&d.label).to_owned())
    }

    /// (prompt, answer label) for a question id that has an answer.
    fn answered(&self, id: &str) -> Option<(String, String)> {
        let question = self.questionnaire.question(id)?;
        let answer = self.answers.get(id)?;
        let label = flow::answer_label(
            question,
            answer,
            self.lang,
            &self.questionnaire.default_lang,
        );
        Some((self.t(&question.prompt).to_owned(), label))
    }

    fn change_line(&self, c: &Change) -> String {
        let prompt = self
            .questionnaire
            .question(&c.question)
            .map_or(c.question.as_str(), |q| self.t(&q.prompt));
        ui(self.lang, "change_line")
            .replace("{answer}", &sanitize(&c.to_label, false))
            .replace("{question}", &sanitize(prompt, false))
            .replace(
                "{outcome}",
                &sanitize(&self.outcome_titles(&c.outcomes), false),
            )
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn strips_control_characters() {
        for (input, multiline, want) in [
            ("plain", false, "plain"),
            ("a\x1b[31mred\x1b[0m", false, "a[31mred[0m"),
            ("two\nlines", false, "two lines"),
            ("two\nlines", true, "two\nlines"),
            ("tab\there", true, "tab here"),
            ("cr\r\nlf", true, "cr\nlf"),
            ("bell\x07 c1\u{9b}", false, "bell c1"),
            ("bidi\u{202E}txet", false, "biditxet"),
            ("ñandú 日本", false, "ñandú 日本"),
        ] {
            assert_eq!(sanitize(input, multiline), want, "{input:?}");
        }
    }
}
