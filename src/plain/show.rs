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
        writeln!(self.out, "{}", self.s.commands)
    }

    pub(super) fn show(&mut self, idx: usize) -> io::Result<()> {
        let q = self.q;
        let question = &q.questions[idx];
        let p = flow::progress(q, &self.session.answers, idx);
        let section = q
            .sections
            .get(question.section)
            .map(|s| sanitize(self.t(&s.title), false))
            .unwrap_or_default();
        writeln!(self.out)?;
        writeln!(
            self.out,
            "{} · {section}",
            self.s.question_of(p.position, p.total)
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
        if self.session.needs_answer.contains(&question.id)
            && let Some(before) = self.session.stale.get(&question.id)
        {
            let before = sanitize(
                &flow::answer_label(question, before, &self.lang, &q.default_lang),
                false,
            );
            writeln!(self.out, "{}", self.s.answer_again(&before))?;
        }
        if let Some(a) = self
            .session
            .answers
            .get(&question.id)
            .or(question.default.as_ref())
        {
            let label = sanitize(
                &flow::answer_label(question, a, &self.lang, &q.default_lang),
                false,
            );
            writeln!(self.out, "{}", self.s.keep(&label))?;
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
                parts.push(self.s.several_numbers(choices.len()));
                parts.extend(self.s.pick_between(*min, *max));
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
            QuestionKind::Number { min, max, unit, .. } => {
                parts.push(self.s.a_number.to_owned());
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
        writeln!(self.out, "{}", self.s.commands)
    }

    pub(super) fn saved_line(&mut self, done: bool) -> io::Result<()> {
        match self.store {
            Some(store) if self.can_save && self.on_disk && !self.warned => {
                let prefix = store.short_id(&self.session.id);
                let name = session::printable(&self.session.name);
                let msg = self.s.saved_as(&name, &self.session.id, &prefix, done);
                writeln!(self.out, "{msg}")
            }
            _ if !self.on_disk && self.session.answers.is_empty() => {
                writeln!(self.out, "{}", self.s.nothing_saved())
            }
            _ => writeln!(self.out, "{}", self.s.unsaved()),
        }
    }
}
