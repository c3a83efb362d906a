//! Line-by-line prompt mode for screen readers, pipes and dumb terminals: the same
//! questionnaire, saving and results as the full-screen interface, with no escape sequences.
//!
//! Each question is printed as plain lines (numbered choices, what may be typed), then one
//! line is read. Commands: `back`, `help`, `skip` (optional questions), `quit`. The session is
//! saved after every accepted answer. At the end the result is printed as plain text.
//!
//! Exit codes ([`PlainExit::code`]): 0 finished or quit; 75 the input ended before the
//! questionnaire did (the session is saved and the message says how to resume); 65 the
//! session belongs to another questionnaire. Ctrl-C is handled by the caller (130).

mod parse;
mod strings;

use std::io::{self, BufRead, Read as _, Write};

use jiff::Timestamp;

use crate::evaluate;
use crate::flow;
use crate::questionnaire::{Answer, Question, QuestionKind, Questionnaire};
use crate::report::{self, Report, sanitize};
use crate::session::{self, Session};
use crate::store::{Access, Store};

use parse::Parsed;
use strings::Strings;

/// How a plain run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlainExit {
    /// Every question answered; the result was printed.
    Finished,
    /// The user typed `quit`; the session is saved.
    Quit,
    /// The input ended mid-way; the session is saved and can be resumed.
    EndOfInput,
    /// The session to resume was answered with another questionnaire.
    OtherQuestionnaire,
}

impl PlainExit {
    /// The process exit code: 0, 0, 75 (EX_TEMPFAIL: run again with `resume`), 65.
    pub fn code(self) -> i32 {
        match self {
            PlainExit::Finished | PlainExit::Quit => 0,
            PlainExit::EndOfInput => 75,
            PlainExit::OtherQuestionnaire => 65,
        }
    }
}

/// Lines longer than this are refused (and read past), so no input can exhaust memory.
const MAX_LINE: u64 = 64 * 1024;

/// Asks `q` line by line on `output`, reading answers from `input`. `session` resumes a saved
/// session (reconciled with `q` first); `None` starts a new one, saved from its first answer.
/// Without a store, or when another process holds the session, nothing is saved.
pub fn run(
    q: &Questionnaire,
    store: Option<&Store>,
    session: Option<Session>,
    input: impl BufRead,
    output: impl Write,
    lang: &str,
) -> io::Result<PlainExit> {
    // Output closed early (`| head`): every answer so far is saved; stop quietly.
    match run_inner(q, store, session, input, output, lang) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(PlainExit::Quit),
        other => other,
    }
}

fn run_inner(
    q: &Questionnaire,
    store: Option<&Store>,
    session: Option<Session>,
    input: impl BufRead,
    output: impl Write,
    lang: &str,
) -> io::Result<PlainExit> {
    let s = strings::strings(lang);
    let resumed = session.is_some();
    let mut output = output;
    let mut session = session.unwrap_or_else(|| Session::new(q, lang, Timestamp::now()));
    if resumed && session.questionnaire.id != q.id {
        writeln!(
            output,
            "{}",
            s.other_questionnaire(&session::printable(&session.questionnaire.id), &q.id)
        )?;
        return Ok(PlainExit::OtherQuestionnaire);
    }
    let reconciled = resumed.then(|| session::reconcile(&mut session, q));
    let mut plain = Plain {
        q,
        store,
        s,
        lang: lang.to_owned(),
        input,
        out: output,
        session,
        can_save: store.is_some(),
        on_disk: resumed,
        warned: false,
        _access: None,
    };
    plain.intro()?;
    if let Some(store) = store {
        match store.lock(&plain.session.id) {
            Ok(Access::ReadOnly) | Err(_) => {
                plain.can_save = false;
                writeln!(plain.out, "{}", plain.s.not_saved_here())?;
            }
            Ok(access) => plain._access = Some(access),
        }
    }
    let start = match reconciled {
        Some(r) => {
            let (aside, again) = (
                plain.session.set_aside.len(),
                plain.session.needs_answer.len(),
            );
            if r.changed && !r.is_clean() {
                writeln!(plain.out, "{}", plain.s.changed(q.version, aside, again))?;
            }
            let p = plain.session.progress;
            let msg = plain.s.resuming(
                &session::printable(&plain.session.name),
                p.answered,
                p.total,
            );
            writeln!(plain.out, "{msg}")?;
            flow::first_unanswered(q, &plain.session.answers)
        }
        None => flow::next(q, &plain.session.answers, None),
    };
    plain.ask_from(start)
}

struct Plain<'a, R, W> {
    q: &'a Questionnaire,
    store: Option<&'a Store>,
    s: Strings,
    lang: String,
    input: R,
    out: W,
    session: Session,
    /// False without a store or when another process holds the session.
    can_save: bool,
    /// The session has a file (it was resumed, or saved at least once).
    on_disk: bool,
    /// A save failure was already reported; later ones are not repeated.
    warned: bool,
    /// Holds the session's lock for as long as the run lasts.
    _access: Option<Access>,
}

enum Line {
    Eof,
    TooLong,
    Text(String),
}

impl<R: BufRead, W: Write> Plain<'_, R, W> {
    fn t<'t>(&self, text: &'t crate::questionnaire::Text) -> &'t str {
        text.get(&self.lang, &self.q.default_lang)
    }

    fn intro(&mut self) -> io::Result<()> {
        let title = sanitize(self.t(&self.q.title), false);
        writeln!(self.out, "{title}")?;
        if let Some(d) = &self.q.description {
            let d = sanitize(self.t(d), true);
            writeln!(self.out, "{d}")?;
        }
        writeln!(self.out, "{}", self.s.commands)
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

    fn show(&mut self, idx: usize) -> io::Result<()> {
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
    fn allowed(&self, question: &Question) -> String {
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
            QuestionKind::Scale {
                min,
                max,
                min_label,
                max_label,
            } => {
                let mut line = self.s.whole_number(*min, *max);
                let ends: Vec<String> = [(min, min_label), (max, max_label)]
                    .into_iter()
                    .filter_map(|(n, l)| {
                        l.as_ref()
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

    fn help(&mut self, question: &Question) -> io::Result<()> {
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

    fn saved_line(&mut self, done: bool) -> io::Result<()> {
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

enum Step {
    Go(Option<usize>),
    Stop(PlainExit),
}

/// How many re-evaluations "what would change it" may spend (as the CLI).
const CHANGE_BUDGET: usize = 2000;

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}
