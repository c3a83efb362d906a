//! What plain mode prints: the intro, a question with its numbered choices, what may be
//! typed for each type of question, help, and where the session was saved.

use std::io::{self, BufRead, Write};

use crate::flow;
use crate::questionnaire::{Question, QuestionKind, Text};
use crate::report::sanitize;
use crate::session;

use super::Plain;

impl<R: BufRead, W: Write> Plain<'_, R, W> {
    pub(super) fn t<'t>(&self, text: &'t Text) -> &'t str {
        text.get(&self.lang, &self.q.default_lang)
    }

    pub(super) fn intro(&mut self) -> io::Result<()> {
        let title = sanitize(self.t(&self.q.title), false);
        writeln!(self.out, "{title}")?;
        if let Some(d) = &self.q.description {
            let d = sanitize(self.t(d), true);
            writeln!(self.out, "{d}")?;
        }
        writeln!(self.out, "{}", self.s.commands(self.store.is_some()))
    }

    pub(super) fn show(&mut self, idx: usize) -> io::Result<()> {
        let q = self.q;
        let question = &q.questions[idx];
        let p = self.sitting.progress_at(q, idx);
        let section = q
            .sections
            .get(question.section)
            .map(|s| sanitize(self.t(&s.title), false))
            .unwrap_or_default();
        writeln!(self.out)?;
        writeln!(
            self.out,
            "{} · {section}",
            self.s.question_of(p.position, p.total, p.exact)
        )?;
        writeln!(self.out, "{}", sanitize(self.t(&question.prompt), false))?;
        if let Some(h) = &question.help {
            writeln!(self.out, "{}", sanitize(self.t(h), true))?;
        }
        for (i, c) in question.kind.choices().iter().enumerate() {
            writeln!(
                self.out,
                "  {}. {}",
                i + 1,
                sanitize(self.t(&c.label), false)
            )?;
        }
        writeln!(self.out, "{}", self.allowed(question))?;
        if !question.required {
            writeln!(self.out, "{}", self.s.optional())?;
        }
        let session = self.sitting.session();
        if session.needs_answer.contains(&question.id)
            && let Some(before) = session.stale.get(&question.id)
        {
            let before = sanitize(
                &flow::answer_label(question, before, &self.lang, &q.default_lang),
                false,
            );
            writeln!(self.out, "{}", self.s.answer_again(&before))?;
        }
        // An answer given before is kept, and so is a question left unanswered before; a
        // default was never given, so it is taken.
        let given = session.answers.get(&question.id);
        if self.sitting.left_unanswered(question) {
            writeln!(self.out, "{}", self.s.keep_skipped())?;
        } else if let Some(a) = given.or(question.default.as_deref()) {
            let label = sanitize(
                &flow::answer_label(question, a, &self.lang, &q.default_lang),
                false,
            );
            writeln!(self.out, "{}", self.s.keep(&label, given.is_some()))?;
        }
        Ok(())
    }

    /// What may be typed for this question, in one line.
    pub(super) fn allowed(&self, question: &Question) -> String {
        let fmt = |n: f64| flow::format_number(n);
        let mut parts = Vec::new();
        match &question.kind {
            QuestionKind::Single { choices } => parts.push(self.s.one_number(choices.len())),
            QuestionKind::Multi { choices, min, max } => {
                // `none` is offered only where choosing none is accepted.
                let none = min.is_none_or(|m| m == 0);
                parts.push(self.s.several_numbers(choices.len(), none));
                parts.extend(self.s.pick_between(*min, *max));
                // "None of these" is a whole answer, whatever the count above asks.
                for (i, c) in choices.iter().enumerate().filter(|(_, c)| c.exclusive) {
                    parts.push(self.s.alone(i + 1, &sanitize(self.t(&c.label), false)));
                }
            }
            QuestionKind::Rank { choices } => parts.push(self.s.rank_numbers(choices.len())),
            QuestionKind::Confirm => parts.push(self.s.yes_or_no.to_owned()),
            QuestionKind::Scale { min, max, .. } => {
                let mut line = self.s.whole_number(*min, *max);
                // Every labelled point (all of them when the scale labels each one).
                let ends: Vec<String> = (*min..=*max)
                    .filter_map(|n| {
                        question
                            .kind
                            .scale_label(n as f64)
                            .map(|l| format!("{n} = {}", sanitize(self.t(l), false)))
                    })
                    .collect();
                if !ends.is_empty() {
                    line = format!("{line} ({})", ends.join(", "));
                }
                parts.push(line);
            }
            QuestionKind::Number {
                min,
                max,
                step,
                unit,
                ..
            } => {
                parts.push(
                    self.s
                        .a_number(&number_examples(*min, *max, *step, &self.lang)),
                );
                parts.extend(self.s.allowed_range(min.map(fmt), max.map(fmt)));
                if let Some(u) = unit {
                    parts.push(format!("({})", sanitize(self.t(u), false)));
                }
            }
            QuestionKind::Text { max_len, .. } => {
                parts.extend(max_len.map(|n| self.s.max_chars(n)))
            }
        }
        parts.join(" ")
    }

    pub(super) fn help(&mut self, question: &Question) -> io::Result<()> {
        if let Some(h) = &question.help {
            writeln!(self.out, "{}", sanitize(self.t(h), true))?;
        }
        for (i, c) in question.kind.choices().iter().enumerate() {
            let label = sanitize(self.t(&c.label), false);
            match &c.help {
                Some(h) => writeln!(
                    self.out,
                    "  {}. {label}: {}",
                    i + 1,
                    sanitize(self.t(h), false)
                )?,
                None => writeln!(self.out, "  {}. {label}", i + 1)?,
            }
        }
        writeln!(self.out, "{}", self.allowed(question))?;
        writeln!(self.out, "{}", self.s.commands(self.store.is_some()))
    }

    pub(super) fn saved_line(&mut self, done: bool) -> io::Result<()> {
        match self.saved_message(done) {
            Some(msg) => writeln!(self.out, "{msg}"),
            None => Ok(()),
        }
    }

    /// What was saved and how to go on, as the run ends ([`Self::saved_line`]).
    pub(super) fn saved_message(&self, done: bool) -> Option<String> {
        match self.store {
            // Another process holds the session and nothing was given here: nothing to say
            // was saved, or not saved (the start said answers here would not be).
            _ if self.sitting.read_only() && self.store.is_some() && !self.changed => None,
            // Saved up to an answer the disk refused: what was saved can be resumed.
            Some(store) if self.on_disk && !self.held_unsaved => {
                let s = self.sitting.session();
                let prefix = store.short_id(&s.id);
                let name = session::printable(&s.name);
                let resume = super::strings::resume_command(
                    true,
                    &self.q.source,
                    Some(store),
                    Some(&prefix),
                );
                // Every answer saved, and only the result refused: say that, not that
                // answers were lost.
                let answers_saved = self.saved_answers.as_ref() == Some(self.sitting.answers());
                Some(if self.failing && answers_saved {
                    self.s.result_unsaved(&name, &s.id, &resume)
                } else {
                    self.s.saved_as(&name, &s.id, &resume, done, self.failing)
                })
            }
            _ if !self.on_disk && self.sitting.answers().is_empty() => Some(self.s.nothing_saved()),
            _ => Some(self.s.unsaved()),
        }
    }
}

/// Up to two example numbers that the question accepts: 6 and 2.5 where they fit, else
/// the nearest valid values, written as the language writes decimals.
fn number_examples(
    min: Option<f64>,
    max: Option<f64>,
    step: Option<f64>,
    lang: &str,
) -> Vec<String> {
    let fits = |n: f64| {
        min.is_none_or(|m| n >= m)
            && max.is_none_or(|m| n <= m)
            && step
                .filter(|s| *s > 0.0)
                .is_none_or(|s| crate::questionnaire::on_step(n, min.unwrap_or(0.0), s))
    };
    let mut examples: Vec<f64> = [6.0, 2.5].into_iter().filter(|n| fits(*n)).collect();
    if examples.is_empty() {
        let base = min.or(max).unwrap_or(0.0);
        let next = step
            .filter(|s| *s > 0.0)
            .map(|s| base + s)
            .filter(|n| fits(*n));
        examples = std::iter::once(base).chain(next).collect();
    }
    examples
        .into_iter()
        .map(|n| {
            let text = flow::format_number(n);
            if crate::sitting::words::decimal_comma(lang) {
                text.replace('.', ",")
            } else {
                text
            }
        })
        .collect()
}
