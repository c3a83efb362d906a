//! The session loop: starting or resuming, asking question after question, reading lines
//! and commands, saving after each answer, and the end (the result, or a stop).

use std::io::{self, BufRead, Read as _, Write};

use jiff::Timestamp;

use crate::evaluate;
use crate::flow;
use crate::questionnaire::Answer;
use crate::report::{self, Report, sanitize};
use crate::session;
use crate::store::Access;

use super::parse::{self, Parsed};
use super::{Plain, PlainExit};

/// Lines longer than this are refused (and read past), so no input can exhaust memory.
const MAX_LINE: u64 = 64 * 1024;

enum Line {
    Eof,
    TooLong,
    Text(String),
}

enum Step {
    Go(Option<usize>),
    Stop(PlainExit),
}

/// How many re-evaluations "what would change it" may spend (as the CLI).
const CHANGE_BUDGET: usize = 2000;

impl<R: BufRead, W: Write> Plain<'_, R, W> {
    /// Checks and reconciles a resumed session, takes its lock, then asks until the end.
    pub(super) fn start(&mut self, resumed: bool) -> io::Result<PlainExit> {
        let q = self.q;
        if resumed && self.session.questionnaire.id != q.id {
            writeln!(
                self.out,
                "{}",
                self.s.other_questionnaire(
                    &session::printable(&self.session.questionnaire.id),
                    &q.id
                )
            )?;
            return Ok(PlainExit::OtherQuestionnaire);
        }
        let reconciled = resumed.then(|| session::reconcile(&mut self.session, q));
        self.intro()?;
        if let Some(store) = self.store {
            match store.lock(&self.session.id) {
                Ok(Access::ReadOnly) | Err(_) => {
                    self.can_save = false;
                    writeln!(self.out, "{}", self.s.not_saved_here())?;
                }
                Ok(access) => self._access = Some(access),
            }
        }
        let start = match reconciled {
            Some(r) => {
                let (aside, again) = (
                    self.session.set_aside.len(),
                    self.session.needs_answer.len(),
                );
                if r.changed && !r.is_clean() {
                    writeln!(self.out, "{}", self.s.changed(q.version, aside, again))?;
                }
                let p = self.session.progress;
                let msg =
                    self.s
                        .resuming(&session::printable(&self.session.name), p.answered, p.total);
                writeln!(self.out, "{msg}")?;
                flow::first_unanswered(q, &self.session.answers)
            }
            None => flow::next(q, &self.session.answers, None),
        };
        self.ask_from(start)
    }

    /// Asks from question `start` on until the end, `quit`, or the end of input.
    fn ask_from(&mut self, start: Option<usize>) -> io::Result<PlainExit> {
        let mut current = start;
        while let Some(idx) = current {
            match self.ask(idx)? {
                Step::Go(next) => current = next,
                Step::Stop(exit) => return self.stop(exit),
            }
        }
        self.finish()
    }

    /// Shows question `idx` and reads lines until one moves on.
    fn ask(&mut self, idx: usize) -> io::Result<Step> {
        let q = self.q;
        let question = &q.questions[idx];
        self.show(idx)?;
        loop {
            write!(self.out, "{}", self.s.prompt)?;
            self.out.flush()?;
            let line = match self.read_line()? {
                Line::Eof => {
                    writeln!(self.out)?;
                    return Ok(Step::Stop(PlainExit::EndOfInput));
                }
                Line::TooLong => {
                    writeln!(self.out, "{}", self.s.line_too_long())?;
                    continue;
                }
                Line::Text(t) => t,
            };
            let command = line.trim().to_lowercase();
            match command.as_str() {
                "quit" | "exit" | "salir" => return Ok(Step::Stop(PlainExit::Quit)),
                "help" | "?" | "ayuda" => {
                    self.help(question)?;
                    continue;
                }
                "back" | "atrás" | "atras" => match flow::prev(q, &self.session.answers, idx) {
                    Some(p) => return Ok(Step::Go(Some(p))),
                    None => {
                        writeln!(self.out, "{}", self.s.first_question())?;
                        continue;
                    }
                },
                "skip" | "omitir" => {
                    if question.required {
                        writeln!(self.out, "{} {}", self.s.required(), self.allowed(question))?;
                        continue;
                    }
                    self.session.clear_answer(q, &question.id, Timestamp::now());
                    self.save()?;
                    return Ok(Step::Go(flow::next(q, &self.session.answers, Some(idx))));
                }
                "" => match self
                    .session
                    .answers
                    .get(&question.id)
                    .or(question.default.as_ref())
                    .cloned()
                {
                    Some(kept) => return self.accept(idx, kept),
                    None => {
                        let why = if question.required {
                            self.s.required()
                        } else {
                            self.s.optional()
                        };
                        writeln!(self.out, "{why} {}", self.allowed(question))?;
                        continue;
                    }
                },
                _ => {}
            }
            match parse::parse(question, &line, &self.s, &self.lang, &q.default_lang) {
                Parsed::Answer(answer) => {
                    match flow::check_constraint(q, idx, &self.session.answers, &answer, &self.lang)
                    {
                        Ok(()) => return self.accept(idx, answer),
                        Err(why) => {
                            let msg = self
                                .s
                                .not_accepted(&sanitize(&why, false), &self.allowed(question));
                            writeln!(self.out, "{msg}")?;
                        }
                    }
                }
                Parsed::Invalid(allowed) => {
                    let shown = session::printable(line.trim());
                    let msg = self
                        .s
                        .not_accepted(&format!("`{}`", clip(&shown, 40)), &allowed);
                    writeln!(self.out, "{msg}")?;
                }
            }
        }
    }

    fn accept(&mut self, idx: usize, answer: Answer) -> io::Result<Step> {
        let q = self.q;
        self.session
            .set_answer(q, &q.questions[idx].id, answer, Timestamp::now());
        self.save()?;
        Ok(Step::Go(flow::next(q, &self.session.answers, Some(idx))))
    }

    /// One line of input, without its line ending; invalid UTF-8 is replaced, not fatal.
    fn read_line(&mut self) -> io::Result<Line> {
        let mut buf = Vec::new();
        let n = (&mut self.input)
            .take(MAX_LINE)
            .read_until(b'\n', &mut buf)?;
        if n == 0 {
            return Ok(Line::Eof);
        }
        if !buf.ends_with(b"\n") && n as u64 == MAX_LINE {
            // Read past the rest of the long line.
            loop {
                let mut rest = Vec::new();
                let m = (&mut self.input)
                    .take(MAX_LINE)
                    .read_until(b'\n', &mut rest)?;
                if m == 0 || rest.ends_with(b"\n") {
                    break;
                }
            }
            return Ok(Line::TooLong);
        }
        let text = String::from_utf8_lossy(&buf);
        Ok(Line::Text(text.trim_end_matches(['\n', '\r']).to_owned()))
    }

    fn save(&mut self) -> io::Result<()> {
        let (Some(store), true) = (self.store, self.can_save) else {
            return Ok(());
        };
        match store.save(&self.session) {
            Ok(()) => self.on_disk = true,
            Err(e) if !self.warned => {
                self.warned = true;
                let msg = self.s.cannot_save(&e.to_string());
                writeln!(self.out, "{msg}")?;
            }
            Err(_) => {}
        }
        Ok(())
    }

    fn stop(&mut self, exit: PlainExit) -> io::Result<PlainExit> {
        if self.on_disk {
            self.save()?;
        }
        self.saved_line(false)?;
        self.out.flush()?;
        Ok(exit)
    }

    fn finish(&mut self) -> io::Result<PlainExit> {
        let q = self.q;
        let evaluation = evaluate::evaluate(q, &self.session.answers, &self.lang);
        let changes =
            evaluate::what_would_change(q, &self.session.answers, &evaluation, CHANGE_BUDGET);
        let text = report::render(
            &Report {
                questionnaire: q,
                answers: &self.session.answers,
                evaluation: &evaluation,
                changes: &changes,
                lang: &self.lang,
                plan_from: report::sizing::day_of(self.session.updated),
            },
            report::Format::Text,
        );
        self.session.set_result(q, evaluation, Timestamp::now());
        self.save()?;
        writeln!(self.out)?;
        write!(self.out, "{text}")?;
        if !text.ends_with('\n') {
            writeln!(self.out)?;
        }
        writeln!(self.out)?;
        self.saved_line(true)?;
        self.out.flush()?;
        Ok(PlainExit::Finished)
    }
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}
