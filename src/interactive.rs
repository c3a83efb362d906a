//! Starts the questionnaire for a person: full-screen, or line by line when the
//! terminal cannot or should not host a full-screen interface.

#[cfg(feature = "tui")]
use std::io::{self, IsTerminal};

use careerpath::questionnaire::Questionnaire;
use careerpath::session::Session;
use careerpath::store::{Listed, Store, StoreError};
use careerpath::words;

use crate::cli::Cli;
use crate::context::Context;
use crate::exit::Exit;

/// `resume`: `None` starts fresh (offering to resume on the welcome screen),
/// `Some(None)` resumes the last unfinished session, `Some(Some(id))` that one.
pub fn run(cli: &Cli, ctx: Context, resume: Option<Option<&str>>) -> color_eyre::Result<Exit> {
    let (q, lang, store) = ctx.into_parts();
    let (store, session) = match resume {
        None => (store, None),
        // Resuming reads the sessions directory first, so it is made now.
        Some(id) => {
            let store = created(store);
            if let Err(e) = &store {
                not_saved(e, &lang);
            }
            match pick_session(store.as_ref().ok(), id, &q, &lang) {
                Ok(s) => (store, Some(s)),
                Err(code) => return Ok(code),
            }
        }
    };
    start(cli, q, lang, store, session)
}

/// `store` with its directory created.
fn created(store: Result<Store, StoreError>) -> Result<Store, StoreError> {
    store.and_then(|s| s.create().map(|()| s))
}

/// The questionnaire still works without saving; says so once, up front.
fn not_saved(e: &StoreError, lang: &str) {
    errln!(
        "careerpath: {}",
        words::t_args(lang, "cli-not_saved", &[("reason", e.message(lang).into())])
    );
}

/// Opens `session` (a new one with `None`) full-screen or line by line. The full-screen
/// interface creates the sessions directory after its first frame and says there why it
/// cannot; line by line, it is created here.
pub fn start(
    cli: &Cli,
    q: careerpath::questionnaire::Lazy,
    lang: String,
    store: Result<Store, StoreError>,
    session: Option<Session>,
) -> color_eyre::Result<Exit> {
    #[cfg(feature = "tui")]
    if !wants_plain(cli) {
        let watch = cli.questions.as_deref().filter(|_| cli.watch);
        return careerpath::tui::run_watching(q, store, session, lang, watch).map(Exit::from);
    }
    let store = created(store).inspect_err(|e| not_saved(e, &lang)).ok();
    if cli.watch {
        errln!(
            "careerpath: --watch reloads the full-screen interface; it cannot be used line by line"
        );
        return Ok(Exit::Usage);
    }
    exit_on_interrupt(
        &lang,
        store.is_some(),
        &careerpath::plain::resume_command(true, &q.source, store.as_ref(), None),
    );
    // What reading the session to resume worked around, before its questions.
    crate::say_store_notes(&lang);
    let echo = !std::io::stdin().is_terminal();
    let (input, output) = (std::io::stdin().lock(), std::io::stdout().lock());
    let exit = careerpath::plain::run(&q, store.as_ref(), session, input, output, &lang, echo)?;
    Ok(Exit::from(exit))
}

/// Plain mode saves after every answer, so Ctrl-C only has to say how to come back
/// (`resume`, the command that does), unless nothing is being saved (no data directory) or
/// the last save failed: then it says so.
fn exit_on_interrupt(lang: &str, saving: bool, resume: &str) {
    let args = [("command", resume.into())];
    let said = words::t_args(lang, "cli-interrupted", &args);
    let unsaved = words::t_args(lang, "cli-interrupted_unsaved", &args);
    let nothing = words::t(lang, "cli-interrupted_nothing_saved");
    let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT]) else {
        return; // Without the handler, Ctrl-C still ends the process with 130.
    };
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _saved = careerpath::store::quiesce();
            let note = if !saving {
                nothing
            } else if careerpath::plain::unsaved() {
                unsaved
            } else {
                said
            };
            errln!("\n{note}");
            std::process::exit(i32::from(Exit::Interrupted.code()));
        }
    });
}

/// The session to resume: `id`, or the last unfinished one of the questionnaire `q`. A
/// session of another questionnaire is refused: reconciled with this one, its answers would
/// be set aside and the session rewritten as this questionnaire's.
fn pick_session(
    store: Option<&Store>,
    id: Option<&str>,
    q: &Questionnaire,
    lang: &str,
) -> Result<Session, Exit> {
    let ours = q.id.as_str();
    let Some(store) = store else {
        errln!("careerpath: {}", words::t(lang, "cli-no_sessions_dir"));
        return Err(Exit::NoInput);
    };
    let id = match id {
        Some(id) => id.to_owned(),
        None => match store.last_unfinished(q) {
            Some(summary) => summary.id,
            None => {
                // A damaged file may be the session the person means: say that it is there.
                let damaged = store
                    .list()
                    .iter()
                    .filter(|l| matches!(l, Listed::Damaged { .. }))
                    .count();
                let said = match damaged {
                    0 => words::t(lang, "cli-nothing_to_resume"),
                    n => words::t_args(
                        lang,
                        "cli-nothing_readable_to_resume",
                        &[("count", n.into())],
                    ),
                };
                errln!("careerpath: {said}");
                return Err(Exit::NoInput);
            }
        },
    };
    let session = store.load(&id).map_err(|e| {
        errln!("careerpath: {}", e.message(lang));
        Exit::from(&e)
    })?;
    if session.questionnaire.id != ours {
        let said = words::t_args(
            lang,
            "cli-other_questionnaire",
            &[
                ("id", store.short_id(&session.id).into()),
                (
                    "theirs",
                    careerpath::sanitize::echo(&session.questionnaire.id).into(),
                ),
                ("ours", careerpath::sanitize::echo(ours).into()),
            ],
        );
        errln!("careerpath: {said}");
        return Err(Exit::DataErr);
    }
    Ok(session)
}

/// True when the questionnaire should be asked line by line rather than full-screen.
#[cfg(feature = "tui")]
fn wants_plain(cli: &Cli) -> bool {
    cli.plain
        || std::env::var_os("ACCESSIBLE").is_some_and(|v| !v.is_empty())
        || std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || !io::stdin().is_terminal()
        || !io::stdout().is_terminal()
}
