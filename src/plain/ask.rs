//! The session loop: starting or resuming, asking question after question, reading lines
//! and commands, saving after each answer, and the end (the result, or a stop).

use std::io::{self, BufRead, Read as _, Write};

use jiff::Timestamp;

use crate::questionnaire::Answer;
use crate::report::{self, Report, sanitize};
use crate::session::{self, Reconciled};
use crate::sitting::{Refusal, Saved};

use super::{Plain, PlainExit};

/// Lines longer than this are refused (and read past), so no input can exhaust memory.
const MAX_LINE: u64 = 64 * 1024;

/// Lines read for one question, from input that is not a terminal, before plain mode
/// stops trying.
const MAX_TRIES: usize = 20;

enum Line {
    Eof,
    TooLong,
    Text(String),
}

enum Step {
    Go(Option<usize>),
    Stop(PlainExit),
}

impl<R: BufRead, W: Write> Plain<'_, R, W> {
    /// Says where a resumed session stands, then asks until the end.
    pub(super) fn start(
        &mut self,
        reconciled: Option<Reconciled>,
        held_elsewhere: bool,
    ) -> io::Result<PlainExit> {
        let q = self.q;
        self.intro()?;
        if held_elsewhere {
            writeln!(self.out, "{}", self.s.not_saved_here())?;
        }
        let start = match reconciled {
            Some(r) => {
                let session = self.sitting.session();
                let (aside, again) = (session.set_aside.len(), session.needs_answer.len());
                if r.changed && !r.is_clean() {
                    writeln!(self.out, "{}", self.s.changed(q.version, aside, again))?;
                }
                let p = session.progress;
                // A retake just started was announced as one (`retake`); it is not resumed.
                let fresh_retake = session.retake_of.is_some() && session.current.is_none();
                if !fresh_retake {
                    let msg = self.s.resuming(
                        &session::printable(&session.name),
                        (p.answered, p.total),
                        q.fixed_length(),
                    );
                    writeln!(self.out, "{msg}")?;
                }
                self.sitting.resume_at(q)
            }
            None => self.sitting.next(None),
        };
        self.ask_from(start)
    }

    /// Asks from question `start` on until the end, `quit`, or the end of input.
    fn ask_from(&mut self, start: Option<usize>) -> io::Result<PlainExit> {
        let mut current = start;
        loop {
            while let Some(idx) = current {
                match self.ask(idx)? {
                    Step::Go(next) => current = next,
                    Step::Stop(exit) => return self.stop(exit),
                }
            }
            // Past the last question, anything still missing (answered "back" past it, a
            // question revealed late) is asked before there can be a result.
            match self.sitting.missing(self.q).first() {
                Some(&i) => current = Some(i),
                None => return self.finish(),
            }
        }
    }

    /// Shows question `idx` and reads lines until one moves on.
    fn ask(&mut self, idx: usize) -> io::Result<Step> {
        let q = self.q;
        let question = &q.questions[idx];
        self.show(idx)?;
        let mut tries = 0;
        loop {
            // Input that is not a person (`yes 6 | careerpath`) may never answer: after so
            // many lines that did not move on, stop as at its end, the answers saved.
            if self.echo && tries == MAX_TRIES {
                writeln!(self.out, "{}", self.s.stopped_trying(MAX_TRIES))?;
                return Ok(Step::Stop(PlainExit::EndOfInput));
            }
            tries += 1;
            write!(self.out, "{}", self.s.prompt)?;
            self.out.flush()?;
            let line = match self.read_line()? {
                Line::Eof => {
                    writeln!(self.out)?;
                    writeln!(self.out, "{}", self.s.input_ended())?;
                    return Ok(Step::Stop(PlainExit::EndOfInput));
                }
                Line::TooLong => {
                    if self.echo {
                        writeln!(self.out, "…")?;
                    }
                    writeln!(self.out, "{}", self.s.line_too_long())?;
                    continue;
                }
                Line::Text(t) => t,
            };
            if self.echo {
                // Not `?`: the line is read, and an output closed meanwhile must not cost
                // its answer; what is written after it reports the closed output.
                let _ = writeln!(self.out, "{}", sanitize(&line, false));
            }
            let command = line.trim().to_lowercase();
            match command.as_str() {
                "quit" | "exit" | "salir" => return Ok(Step::Stop(PlainExit::Quit)),
                "help" | "?" | "ayuda" => {
                    self.help(question)?;
                    continue;
                }
                "back" | "atrás" | "atras" => match self.sitting.prev(idx) {
                    Some(p) => return Ok(Step::Go(Some(p))),
                    None => {
                        writeln!(self.out, "{}", self.s.first_question())?;
                        continue;
                    }
                },
                "skip" | "omitir" => {
                    if self.sitting.skip(q, idx, Timestamp::now()).is_err() {
                        writeln!(self.out, "{} {}", self.s.required(), self.allowed(question))?;
                        continue;
                    }
                    self.changed = true;
                    self.save()?;
                    return Ok(Step::Go(self.sitting.next(Some(idx))));
                }
                // Left unanswered before (a retake, a resumed session): kept so, rather
                // than given its default.
                "" if self.sitting.left_unanswered(question) => {
                    if self.sitting.skip(q, idx, Timestamp::now()).is_ok() {
                        self.changed = true;
                        self.save()?;
                    }
                    return Ok(Step::Go(self.sitting.next(Some(idx))));
                }
                "" => match self
                    .sitting
                    .answers()
                    .get(&question.id)
                    .or(question.default.as_deref())
                    .cloned()
                {
                    Some(kept) => match self.accept(idx, kept)? {
                        Some(step) => return Ok(step),
                        None => continue,
                    },
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
            match self.sitting.read(q, idx, &line) {
                Ok(Some(answer)) => {
                    if let Some(step) = self.accept(idx, answer)? {
                        return Ok(step);
                    }
                }
                // Only blank lines read as nothing, and those were handled above.
                Ok(None) => {}
                Err(why) => self.refuse(&why, idx)?,
            }
        }
    }

    fn refuse(&mut self, why: &Refusal, idx: usize) -> io::Result<()> {
        let question = &self.q.questions[idx];
        let msg = self.s.not_accepted(
            &sanitize(&why.words(&self.lang), false),
            &self.allowed(question),
        );
        writeln!(self.out, "{msg}")
    }

    /// Records `answer`; `None` when it was refused (and the refusal shown).
    fn accept(&mut self, idx: usize, answer: Answer) -> io::Result<Option<Step>> {
        let q = self.q;
        if let Err(why) = self.sitting.answer(q, idx, answer, Timestamp::now()) {
            self.refuse(&why, idx)?;
            return Ok(None);
        }
        self.changed = true;
        self.save()?;
        Ok(Some(Step::Go(self.sitting.next(Some(idx)))))
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
        let Some(store) = self.store else {
            return Ok(());
        };
        match self.sitting.save(store, Timestamp::now()) {
            Ok(Saved::Written) => {
                self.on_disk = true;
                self.saved_answers = Some(self.sitting.answers().clone());
                self.failing = false;
                super::UNSAVED.store(false, std::sync::atomic::Ordering::Relaxed);
            }
            // Read-only: another process holds the session.
            Ok(Saved::NotHere) => self.held_unsaved |= self.changed,
            Err(e) => {
                super::UNSAVED.store(true, std::sync::atomic::Ordering::Relaxed);
                if !std::mem::replace(&mut self.failing, true) {
                    let msg = self.s.cannot_save(&e);
                    writeln!(self.out, "{msg}")?;
                }
            }
        }
        Ok(())
    }

    /// How the run ends once its last save is done: `exit`, unless answers given were not
    /// saved (the last save failed, another process holds the session, or there is no
    /// usable data directory).
    pub(super) fn ended(&self, exit: PlainExit) -> PlainExit {
        if self.failing || self.held_unsaved || (self.store.is_none() && self.changed) {
            PlainExit::NotSaved
        } else {
            exit
        }
    }

    fn stop(&mut self, exit: PlainExit) -> io::Result<PlainExit> {
        // A save that failed is tried once more: the disk may have room again. A session
        // only looked at is not written again (on a read-only disk that would fail).
        if (self.on_disk && self.changed) || self.failing {
            self.save()?;
        }
        self.saved_line(false)?;
        self.out.flush()?;
        Ok(self.ended(exit))
    }

    fn finish(&mut self) -> io::Result<PlainExit> {
        let q = self.q;
        let was_finished = self.sitting.session().finished();
        let evaluation = match self.sitting.finish(q, Timestamp::now()) {
            Ok(e) => e,
            // `ask_from` asks every missing question before it gets here.
            Err(_) => return self.stop(PlainExit::Quit),
        };
        let changes = self.sitting.changes(q, &evaluation);
        let text = report::render(
            &Report {
                questionnaire: q,
                answers: self.sitting.answers(),
                evaluation: &evaluation,
                changes: &changes,
                lang: &self.lang,
                plan_from: report::sizing::day_of(self.sitting.session().updated),
                all_changes: false,
            },
            report::Format::Text,
        );
        // A finished session only looked at again is not written again.
        if self.changed || !was_finished || self.failing {
            self.save()?;
        }
        writeln!(self.out)?;
        write!(self.out, "{text}")?;
        if !text.ends_with('\n') {
            writeln!(self.out)?;
        }
        writeln!(self.out)?;
        self.saved_line(true)?;
        self.out.flush()?;
        Ok(self.ended(PlainExit::Finished))
    }
}
