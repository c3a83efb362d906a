//! Line-by-line prompt mode for screen readers, pipes and dumb terminals: the same
//! questionnaire, saving and results as the full-screen interface, with no escape sequences.
//!
//! Each question is printed as plain lines (numbered choices, what may be typed), then one
//! line is read. Commands: `back`, `help`, `skip` (optional questions), `quit`. The session is
//! saved after every accepted answer. At the end the result is printed as plain text.
//!
//! How a run ended is a [`PlainExit`], which the binary turns into its exit code: 0 finished
//! or quit; 75 the input ended before the questionnaire did (the session is saved and the
//! message says how to resume); 74 answers could not be written (the message says so); 65
//! the session belongs to another questionnaire. Ctrl-C is handled by the caller (130).

mod ask;
mod show;
mod strings;

pub use strings::{command, resume_command};

/// Whether the last save this process tried failed, so answers given are only in memory:
/// what an interrupt (Ctrl-C, handled on another thread) must say instead of "saved".
pub fn unsaved() -> bool {
    UNSAVED.load(std::sync::atomic::Ordering::Relaxed)
}

static UNSAVED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

use std::io::{self, BufRead, Write};

use jiff::Timestamp;

use crate::questionnaire::Questionnaire;
use crate::session::Session;
use crate::sitting::Sitting;
use crate::store::{Access, Store};

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
    /// The run ended (finished, quit or out of input) with answers that the last save could
    /// not write, a full disk say; the output said they were not saved.
    NotSaved,
}

/// Asks `q` line by line on `output`, reading answers from `input`. `session` resumes a saved
/// session (reconciled with `q` first); `None` starts a new one, saved from its first answer.
/// Without a store, or when another process holds the session, nothing is saved.
/// `echo` writes each line read after the prompt, as a terminal would have shown it
/// typed: for input that is not a terminal, so a transcript reads "> 3", then the reply.
pub fn run(
    q: &Questionnaire,
    store: Option<&Store>,
    session: Option<Session>,
    input: impl BufRead,
    output: impl Write,
    lang: &str,
    echo: bool,
) -> io::Result<PlainExit> {
    let s = strings::strings(lang);
    let resumed = session.is_some();
    let mut session = session.unwrap_or_else(|| {
        let mut s = Session::new(q, lang, Timestamp::now());
        if let Some(store) = store {
            let listed = store.list();
            let taken = listed.iter().filter_map(|l| match l {
                crate::store::Listed::Ok(x) => Some(x.name.as_str()),
                crate::store::Listed::Damaged { .. } => None,
            });
            s.name = crate::session::distinct_name(&s.name, taken);
        }
        s
    });
    // Another process holding the session (or no store at all) makes this sitting read-only.
    let (access, held_elsewhere) = match store.map(|st| st.lock(&session.id)) {
        Some(Ok(Access::ReadOnly) | Err(_)) => (None, true),
        Some(Ok(access)) => (Some(access), false),
        None => (None, false),
    };
    let read_only = held_elsewhere || store.is_none();
    // The session is answered in the language it is asked in now.
    session.lang = lang.to_owned();
    let (sitting, reconciled) = if resumed {
        let (sitting, r) = Sitting::open(q, session, read_only);
        (sitting, Some(r))
    } else {
        (Sitting::new(q, session, read_only), None)
    };
    let mut plain = Plain {
        q,
        store,
        s,
        lang: lang.to_owned(),
        input,
        echo,
        out: output,
        sitting,
        on_disk: resumed,
        saved_answers: None,
        failing: false,
        changed: false,
        held_unsaved: false,
        _access: access,
    };
    match plain.start(reconciled, held_elsewhere) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(plain.output_closed()),
        other => other,
    }
}

impl<R: io::BufRead, W: io::Write> Plain<'_, R, W> {
    /// The output closed early (`| head`): every answer so far is saved. A finished session
    /// ends as finished; one that is not says on standard error how to go on, and ends as
    /// a run that ran out of input does, so a script sees it did not get to the end.
    fn output_closed(&self) -> PlainExit {
        if self.sitting.session().finished() {
            return self.ended(PlainExit::Finished);
        }
        let said = self.saved_message(false).unwrap_or_default();
        let mut err = io::stderr();
        // Standard error may be closed as well; nothing is left to tell then.
        let _ = writeln!(err, "careerpath: {} {said}", self.s.output_closed());
        self.ended(PlainExit::EndOfInput)
    }
}

struct Plain<'a, R, W> {
    q: &'a Questionnaire,
    store: Option<&'a Store>,
    s: Strings,
    lang: String,
    input: R,
    /// Write each line read after the prompt (see [`run`]).
    echo: bool,
    out: W,
    sitting: Sitting,
    /// The session has a file (it was resumed, or saved at least once).
    on_disk: bool,
    /// The answers as the last save that worked wrote them: when a later save fails with
    /// the same answers, only the result or the status went unsaved.
    saved_answers: Option<crate::questionnaire::Answers>,
    /// The last save failed: the answers since are in memory only. Said once when saving
    /// starts failing; the next save tries again, and the end of the run says which it was.
    failing: bool,
    /// Answers were given or skipped in this run: something to save.
    changed: bool,
    /// Answers given in this run went unsaved because another process holds the session.
    held_unsaved: bool,
    /// Holds the session's lock for as long as the run lasts.
    _access: Option<Access>,
}
